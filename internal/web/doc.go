// Package web renders the website channel (网络专栏): the home page, a page
// per item, lists by category, term and issuer, the archive, the catalog,
// index.json, the Atom feed, the sitemap and the 404 page, at the paths of the
// output contract. Pages are rendered in parallel; the list of pages is made
// first, in a fixed order, so output does not depend on scheduling.
package web
