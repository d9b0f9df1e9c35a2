// Package output lists a channel's output files before they are rendered:
// where each one goes, which items' bodies it shows, and how to render it.
// A full build renders every file (Write); `gongkai serve` compares each
// file's inputs with the previous build and renders only the files whose
// inputs changed (see build.Session).
//
// What a file shows is the contract that makes incremental rebuilds correct.
// Every file may show any item's metadata (title, dates, status, category…):
// a change to any item's front matter, to site.toml, to a layout or to
// --now makes every file stale. The body of an item (its HTML, text,
// summary, blocks) is different: a file depends on it only if the item is in
// Shows, or if All is set. A channel that is not sure lists more, or sets
// All; listing too few makes serve show a stale page.
//
// Several files may show what is costly to make once for all of them (a
// board's layout, for its sheet page and the print room's index): a Memo
// makes it once per build, and a Session keeps it between builds under the
// same rule, keyed by the bodies it shows.
package output
