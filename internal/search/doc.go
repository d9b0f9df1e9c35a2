// Package search makes the website's full-text search index at build time:
// the words of every listed item (title, number, 索引号, issuer, category and
// body text) as tokens suited to Chinese, and their postings split into
// shards by a hash of the token, so that a reader's browser fetches only the
// shards of the tokens it looks for (themes/default/static/js/search.js).
//
// A unit is a Han character or a run of other letters and digits (folded:
// full-width forms to ASCII, lower case); anything else (spaces,
// punctuation) ends a run of units. The tokens of a text are its units and
// every pair of neighbouring units in a run (character bigrams, "李秀",
// "秀英", and "3号"). A query of one or two units per run is answered
// exactly by the postings; a longer run is a phrase whose bigrams give the
// candidates, which the browser verifies against the item's text before
// showing it.
//
// Postings are item ordinals in the order of the lists (newest first),
// written as runs: [gap, length, gap, length, …], a gap counted from the end
// of the previous run. Filters are tokens too ("#c:cadre", "#i:organization",
// "#y:2026"), never made from a reader's text (# ends a run).
//
// The index is made from published items only, in a fixed order, and the
// shards are JSON with sorted keys: the same site gives the same bytes.
package search
