// Package printed is the print room's ledger, boards.printed, a small text
// file in the site folder that says which board sheets are on the boards:
// one line per sheet printed,
//
//	05 1 3f9a0c12 2026-11-27
//
// the board's number (two digits), the sheet's number, its fingerprint
// (board.Sheet.Print, printed small in the sheet's footer and on the print
// room's index) and the day it was printed; lines starting with # are
// comments. `gongkai boards printed 05 08` replaces the lines of those
// boards with their current sheets (Ledger.Mark); `gongkai build` compares
// the current sheets with it (Reprints) and prints which to reprint.
//
// The ledger is read by those two commands only, never by a build's
// output: the public pages are the same with it or without it.
package printed
