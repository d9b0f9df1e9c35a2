// Package scaffold writes what `gongkai new` makes: a new site that builds at
// once and passes `gongkai check` (site.toml with the policy's categories,
// issuers, ten boards, two kiosks and a catalog; one current sample item per
// category), and new items from archetypes.
//
// An item's archetype is the first of
//
//  1. <site>/archetypes/<category key>.md
//  2. <site>/themes/<theme>/archetypes/<category key>.md
//  3. the built-in one, written from the category's term (archetype.md)
//
// Each is a Go text/template executed with ItemData: today's date in the
// site's timezone, and the end of the publicity window or the update period
// when the term needs one.
package scaffold
