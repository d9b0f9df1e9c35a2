// Package markdown turns an item's Markdown body into HTML with goldmark, set
// up once per build: GFM tables, heading ids that keep Chinese characters, the
// CJK extension with the CSS3-draft east-asian line-break style (a line break
// inside a Chinese paragraph is not a space), raw HTML escaped unless the site
// opts in, and links to other items rewritten to their pretty URLs.
//
// Besides the page HTML it returns each top-level block on its own with its
// plain text, so board sheets and kiosk slides can split long items between
// blocks without parsing HTML again.
package markdown
