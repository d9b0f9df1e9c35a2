package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/msg"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/printed"
)

// boardsSynopsis is `gongkai boards`: the print room's ledger.
const boardsSynopsis = "printed [-s DIR] [--now DATE] [--scope public|internal] [--all] [--lang zh|en] [NN ...]"

// runBoards is `gongkai boards printed 05 08`: it records the current
// sheets of those boards (every board with --all) as printed on --now in
// the site's boards.printed (package printed).
func runBoards(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("boards", boardsSynopsis, stderr)
	site := fs.String("s", ".", "the site `folder`")
	var now dayFlag
	fs.Var(&now, "now", "the `DATE` (2026-11-27) the sheets were printed, and the day whose sheets they are (default: today in the site's timezone)")
	scope := fs.String("scope", "public", scopeUsage)
	all := fs.Bool("all", false, "mark every board's sheets printed")
	pos, code := parseInterleaved(fs, args)
	if code >= 0 {
		return code
	}
	_, stdout, stderr = speak(fs, abs(*site), stdout, stderr)
	if len(pos) == 0 || pos[0] != "printed" {
		fmt.Fprintf(stderr, "gongkai boards: want \"printed\" and the boards' numbers, such as:\n  gongkai boards printed 05 08\n  gongkai boards printed --all\n")
		return exitUsage
	}
	numbers, ok := boardNumbers(pos[1:], *all, stderr)
	if !ok {
		return exitUsage
	}
	sc, ok := resolveScope("boards", *scope, stderr)
	if !ok {
		return exitUsage
	}
	opts := &build.Options{SiteDir: abs(*site), Now: now.day, Scope: sc}
	boards, code := layBoards(opts, stderr)
	if code != exitOK {
		return code
	}
	return markPrinted(opts, boards, numbers, stdout, stderr)
}

// boardNumbers reads the boards' numbers given ("05", "8"); nil with all.
func boardNumbers(args []string, all bool, stderr io.Writer) ([]int, bool) {
	if all == (len(args) > 0) {
		fmt.Fprintf(stderr, "gongkai boards printed: give the numbers of the boards printed (gongkai boards printed 05 08) or --all, not both nor neither\n")
		return nil, false
	}
	var out []int
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 {
			fmt.Fprintf(stderr, "gongkai boards printed: %q is not a board's number; write its number as in site.toml, such as 05\n", a)
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// layBoards loads the site and lays out every board of the edition, as a
// build on opts.Now does.
func layBoards(opts *build.Options, stderr io.Writer) ([]*board.Board, int) {
	s, diags := build.Load(opts)
	if s == nil || diag.CountErrors(diags) > 0 {
		printDiags(stderr, onlyErrorDiags(diags), false)
		fmt.Fprintf(stderr, "gongkai boards printed: the site has %s; nothing was recorded\n", countErrors(diags))
		return nil, exitContent
	}
	tpl, tdiags := layout.Load(opts.FS, s.Config.Theme, page.Funcs(s))
	if len(tdiags) > 0 {
		printDiags(stderr, tdiags, false)
		return nil, exitContent
	}
	boards, err := board.Layout(s, tpl)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai boards printed: %v\n", err)
		return nil, exitContent
	}
	return boards, exitOK
}

func onlyErrorDiags(ds []diag.Diagnostic) []diag.Diagnostic {
	return slices.DeleteFunc(slices.Clone(ds), func(d diag.Diagnostic) bool { return d.Severity != diag.Error })
}

// markPrinted records the sheets of the boards numbered (every board when
// numbers is nil) in the site's ledger.
func markPrinted(opts *build.Options, boards []*board.Board, numbers []int, stdout, stderr io.Writer) int {
	have := map[int]bool{}
	for _, b := range boards {
		have[b.Config.Number] = true
	}
	if numbers == nil {
		for _, b := range boards {
			numbers = append(numbers, b.Config.Number)
		}
	}
	for _, n := range numbers {
		if !have[n] {
			fmt.Fprintf(stderr, "gongkai boards printed: there is no board %02d in this edition; the boards are those of site.toml's [[boards]] (an internal board needs --scope internal)\n", n)
			return exitUsage
		}
	}
	file := filepath.Join(opts.SiteDir, printed.File)
	l, err := readLedger(file)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai boards printed: %v\n", err)
		return exitContent
	}
	l.Mark(board.Printed(boards), numbers, opts.Now)
	if err := writeFileAtomic(file, l.Format()); err != nil {
		fmt.Fprintf(stderr, "gongkai boards printed: %v\n", err)
		return exitContent
	}
	sheets := 0
	for _, b := range boards {
		if slices.Contains(numbers, b.Config.Number) {
			sheets += len(b.Sheets)
		}
	}
	fmt.Fprintf(stdout, "%s: %s of %s recorded as printed on %s\n", printed.File, plural(sheets, "sheet"), plural(len(numbers), "board"), opts.Now)
	return exitOK
}

// readLedger reads the ledger at file; an empty one when there is none.
func readLedger(file string) (*printed.Ledger, error) {
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return &printed.Ledger{}, nil
	}
	if err != nil {
		return nil, err
	}
	return printed.Parse(data)
}

// writeFileAtomic writes data to file through a temporary file beside it.
func writeFileAtomic(file string, data []byte) error {
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}

// reprintLine is what `gongkai build` prints after comparing the sheets it
// made with the ledger: "reprint: board 05 sheet 1, board 08 sheets 2–3",
// each part in the language of w; "" when every sheet is as printed.
func reprintLine(w io.Writer, l *printed.Ledger, boards []*board.Board) string {
	parts := printed.Parts(printed.Reprints(l, board.Printed(boards)))
	if len(parts) == 0 {
		return ""
	}
	lang, sep := langOf(w), ", "
	if lang == msg.Zh {
		sep = "；"
	}
	for i, p := range parts {
		parts[i] = msg.Translate(lang, p)
	}
	return fmt.Sprintf("reprint: %s", strings.Join(parts, sep))
}
