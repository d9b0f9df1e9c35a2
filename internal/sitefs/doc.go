// Package sitefs is the site folder as every command reads it: files and
// folders whose real place, symbolic links followed, is outside the site
// folder are refused. So nothing from outside the site ends up in what
// `gongkai build` publishes or `gongkai serve` shows, whatever links an
// editor or a copied folder brings in; links that stay inside the site are
// followed. Walkers of the site (content/, static/, layouts/) report a
// refused link with Describe.
package sitefs
