// Package content reads content/ into items: TOML front matter between "+++"
// lines, then a Markdown body. Values may be keys or Chinese labels; they are
// resolved against the site's vocabularies here, once, so every later stage
// sees only keys. Every problem of every file is collected and returned with
// its file and line.
//
// An item's id is its path under content/ without ".md" ("cadre/wang"); its
// URL is /<id>/ unless front matter sets a slug. The id is how site.toml and
// other items refer to it.
package content
