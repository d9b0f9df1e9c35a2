// Package metricsgen reads the advance widths of Noto Sans CJK SC, the
// font boards and kiosks are set in, from the installed font files and
// writes them as Go source: the table textfit measures with
// (metrics_table.go, written by `go generate ./internal/textfit`).
//
// The build never reads a font: the table is committed, so a build gives
// the same bytes on every machine, with the font installed or not. The
// test in textfit regenerates the table from the installed fonts and
// compares it byte for byte, so a font update is noticed.
//
// Fonts come as TrueType/OpenType collections (.ttc: one file holds the
// SC, TC, JP, KR and HK faces, which map some punctuation to different
// glyphs); golang.org/x/image/font/sfnt parses collections and reads the
// cmap and hmtx tables, which is all this needs.
package metricsgen
