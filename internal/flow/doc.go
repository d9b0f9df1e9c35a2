// Package flow is the layout model boards and kiosks share for the text of
// a body: a paragraph as typed inline runs, built once from the Markdown
// AST (package markdown), that can be cut at any character and written as
// HTML for any part of it without reading HTML again.
//
// A Para is a sequence of Runs. A text run holds the characters it shows
// and what the renderer writes after them (a soft line break "\n", a hard
// "<br>\n"); an atomic run (an image, raw HTML, a code span, text whose
// HTML is not its escaped characters) holds its HTML as the renderer wrote
// it and is never cut inside. Every run carries the inline elements around
// it, outermost first, as Marks: their start and end tags exactly as the
// shared Markdown renderer wrote them, so links keep its URL rules. Writing
// a part [from, to) opens and closes the marks as the runs' chains change
// and closes what is still open at the end: the HTML of the whole is the
// renderer's, byte for byte, and a part is well formed on its own.
//
// Keep-together runs (textfit.Keeps): numbers joined by hyphens (telephone
// numbers such as 0999-7654000, dates such as 2026-11-27, times such as
// 9:00-17:30), numbers with their unit characters (2026年11月27日,
// 3,200万元) and the year and number of a document number (〔2026〕12号)
// are one unit for textfit but a browser breaks them. HTML writes each one
// in a <span class="nb">, which the channels' stylesheets set white-space:
// nowrap, so the browser keeps together what the build measured together.
//
// Everything here is linear: building a Para, finding the position after
// n characters (Advance) and writing a part cost the length of what they
// read, so cutting a paragraph of 100,000 characters into slides costs its
// length once (BenchmarkFlowLongParagraph).
//
// Table widths: Columns decides the column widths of a table on a board
// or a kiosk from its cells' measured widths and the box, and reports a
// table that must become cards; it too is linear, in the cells
// (BenchmarkFlowLongTable).
package flow
