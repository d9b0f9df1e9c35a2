// Package redirect writes the redirect pages of items' old addresses
// (front matter `aliases`): at each alias, a small HTML page that sends the
// reader on to the item's page with a meta refresh, names it as canonical,
// asks search engines not to index it, and shows a link to it, so it works
// without JavaScript. Only the build's published items have redirects: an
// alias of an internal item, a draft or a future item writes nothing in the
// public build. Redirect pages appear in no list, feed or sitemap.
package redirect
