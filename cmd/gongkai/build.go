package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/printed"
	"github.com/gongkai/gongkai/internal/publish"
)

// testHooks stop a build at named points of its swap, for the crash tests;
// only TestMain (kill_test.go) sets them, in the test binary.
var testHooks *publish.TestHooks

// testChannels, when a test sets it, are the channels of `gongkai build`
// instead of channels.Default().
var testChannels []output.Channel

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[-s DIR] [-d DIR] [--now DATE] [--scope public|internal] [--drafts] [--pdf [--chrome PATH] [--tile A3|A4]] [-q] [--lang zh|en]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	dest := fs.String("d", "", "the output `folder` (default public/, or public-internal/ with --scope internal, inside the site)")
	var now dayFlag
	fs.Var(&now, "now", "treat `DATE` (2026-11-27) as today for everything that depends on it (default: today in the site's timezone)")
	scope := fs.String("scope", "public", scopeUsage)
	drafts := fs.Bool("drafts", false, "publish drafts and items awaiting review too (for previews only)")
	pdf := fs.Bool("pdf", false, "also print each board's sheets to boards/NN/board-NN.pdf with a local Chromium")
	chrome := fs.String("chrome", "", "the Chromium or Chrome `program` for --pdf (default: found on PATH, or $GONGKAI_CHROME)")
	tile := fs.String("tile", "", "as --pdf, and also cut each sheet larger than `PAPER` (A3 or A4) into pages of it, to boards/NN/board-NN-tiles-PAPER.pdf")
	quiet := fs.Bool("q", false, "print nothing but warnings and errors")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if t := strings.ToUpper(*tile); t != "" && t != "A3" && t != "A4" {
		fmt.Fprintf(stderr, "gongkai build: --tile %s: write --tile A3 or --tile A4\n", *tile)
		return exitUsage
	}
	_, stdout, stderr = speak(fs, abs(*site), stdout, stderr)
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gongkai build: unexpected argument %q; the site folder is given with -s\n", fs.Arg(0))
		return exitUsage
	}
	sc, ok := resolveScope("build", *scope, stderr)
	if !ok {
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop) // a second Ctrl-C ends gongkai at once
	ledger, chans, laid := watchPrinted(abs(*site), stderr)
	res, err := build.RunContext(ctx, build.Options{SiteDir: abs(*site), Dest: absOrEmpty(*dest), Now: now.day,
		Scope: sc, Drafts: *drafts, PDF: *pdf || *tile != "", Chrome: *chrome, Tile: strings.ToUpper(*tile), Test: testHooks, Channels: chans})
	printDiags(stderr, res.Diags, false)
	if errors.Is(err, build.ErrInterrupted) {
		fmt.Fprintf(stderr, "gongkai build: interrupted; %s was left as it was\n", shown(res.Dest))
		return exitContent
	}
	var pdfErr *build.PDFError
	if errors.As(err, &pdfErr) {
		if !*quiet {
			fmt.Fprintln(stdout, summary(res))
		}
		fmt.Fprintf(stderr, "gongkai build: %v\n", err)
		return exitContent
	}
	if err != nil {
		if build.IsContentError(err) {
			fmt.Fprintf(stderr, "build failed: %s; the previous output was left as it was\n", countErrors(res.Diags))
			return exitContent
		}
		fmt.Fprintf(stderr, "gongkai build: %v\n", err)
		return exitContent
	}
	if !*quiet {
		fmt.Fprintln(stdout, summary(res))
		if ledger != nil {
			if line := reprintLine(stdout, ledger, *laid); line != "" {
				fmt.Fprintln(stdout, line)
			}
		}
	}
	return exitOK
}

// watchPrinted reads the print room's ledger (boards.printed) in the site
// folder, if there is one, and returns the build's channels with the boards
// as laid out caught in *laid, to compare with it (reprintLine). A ledger
// that does not read is reported and ignored: it never fails a build.
func watchPrinted(site string, stderr io.Writer) (*printed.Ledger, []output.Channel, *[]*board.Board) {
	laid := new([]*board.Board)
	l, err := readLedger(filepath.Join(site, printed.File))
	if err != nil {
		fmt.Fprintf(stderr, "gongkai build: warning: %v\n", err)
	}
	chans := testChannels
	if l == nil || !exists(filepath.Join(site, printed.File)) {
		return nil, chans, laid
	}
	if chans == nil {
		chans = channels.Default()
	}
	chans = board.Configure(chans, func(c *board.Channel) { c.Laid = func(bs []*board.Board) { *laid = bs } })
	return l, chans, laid
}

// exists reports whether file is there.
func exists(file string) bool {
	_, err := os.Stat(file)
	return err == nil
}

// printDiags prints diagnostics one per line, in the language of w when
// it is a msg.Writer; labelled adds "error:" as `gongkai check` prints
// them.
func printDiags(w io.Writer, ds []diag.Diagnostic, labelled bool) {
	l := langOf(w)
	for _, d := range ds {
		if labelled {
			fmt.Fprintln(w, d.LabelledIn(l))
		} else {
			fmt.Fprintln(w, d.In(l))
		}
	}
}

func countErrors(ds []diag.Diagnostic) string {
	n := diag.CountErrors(ds)
	if n == 1 {
		return "1 error"
	}
	return fmt.Sprintf("%d errors", n)
}

// summary is the one line printed after a build.
func summary(r *build.Result) string {
	var parts []string
	keys := make([]string, 0, len(r.Pages))
	total := 0
	for k, n := range r.Pages {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, r.Pages[k]))
	}
	return fmt.Sprintf("built %s: %d items, %d pages (%s), %s in %d ms; %s",
		shown(r.Dest), r.Items, total, strings.Join(parts, ", "), plural(r.Warnings, "warning"), r.Elapsed.Milliseconds(), nextChange(r.Site))
}
