package main

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/ledger"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/msg"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]\n\nChecks every item, public and internal (党内) alike, future ones included;\ndrafts only for errors in their front matter. Also checks the office's registers\nunder records/ (requests, feedback, rectifications), of which builds publish\nonly counts and what a record marks public.", stderr)
	dir := fs.String("s", ".", "the site `folder`")
	var now dayFlag
	fs.Var(&now, "now", "check as of `DATE` (2026-11-27) (default: today in the site's timezone)")
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings too")
	next := fs.Bool("next", false, fmt.Sprintf("then list what changes by itself in the next %d days (notices ending, items falling due, published, unlisted…), one line per item", horizon))
	if code := parse(fs, args); code >= 0 {
		return code
	}
	_, stdout, stderr = speak(fs, abs(*dir), stdout, stderr)
	opts := &build.Options{SiteDir: abs(*dir), Now: now.day, Records: true}
	s, diags := build.Load(opts)
	var update *build.LedgerUpdate
	var notes []diag.Diagnostic // the boards' (build.Boards)
	if s != nil && diag.CountErrors(diags) == 0 {
		ldiags, up := build.Ledger(opts, s)
		diags, update = append(diags, ldiags...), up
		bdiags, bnotes := build.Boards(opts, s)
		diags, notes = append(diags, bdiags...), bnotes
		diags = append(diags, renumberings(s, up)...)
		diag.Sort(diags)
	}
	printDiags(stdout, diags, true)
	if s != nil {
		printPending(stdout, s)
	}
	printNotes(stdout, notes)
	printLedgerNote(stdout, opts, update)
	errs := diag.CountErrors(diags)
	if *next && errs == 0 && s != nil {
		printChanges(stdout, s) // after the warnings, which may explain a change
	}
	warns := len(diags) - errs
	// check is for the office: it checks every item, whatever edition
	// publishes it, and says so beside its counts
	switch {
	case errs > 0:
		fmt.Fprintf(stderr, "check: %s, %s, in public and internal (党内) items alike\n", countErrors(diags), plural(warns, "warning"))
		return exitContent
	case warns > 0 && *strict:
		fmt.Fprintf(stderr, "check: %s (--strict), in public and internal (党内) items alike\n", plural(warns, "warning"))
		return exitContent
	}
	return exitOK
}

// plural is "1 warning" or "2 warnings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// printLedgerNote tells what a build would add to an existing urls.txt;
// the first build of a site creates it, so a site without one hears
// nothing.
func printLedgerNote(w io.Writer, opts *build.Options, up *build.LedgerUpdate) {
	if up == nil || len(up.Added) == 0 {
		return
	}
	if _, err := fs.Stat(opts.FS, ledger.File); err != nil {
		return
	}
	n := fmt.Sprintf("%d addresses", len(up.Added))
	if len(up.Added) == 1 {
		n = "1 address"
	}
	fmt.Fprintf(w, "%s: note: a build on %s adds %s to it:\n", ledger.File, opts.Now, n)
	for _, e := range up.Added {
		fmt.Fprintf(w, "  %s\n", e)
	}
}

// printPending notes the items that await review (先审后发): neither an
// error nor a warning, the office's list of what to review next.
func printPending(w io.Writer, s *model.Site) {
	note := msg.Label(langOf(w), msg.Note)
	for _, p := range s.Pending() {
		fmt.Fprintf(w, "%s:%d: %s%s\n", p.Item.File, p.Line, note, msg.Translate(langOf(w), p.Why))
	}
}

// printNotes prints notes: neither errors nor warnings, advice.
func printNotes(w io.Writer, notes []diag.Diagnostic) {
	label := msg.Label(langOf(w), msg.Note)
	for _, n := range notes {
		fmt.Fprintf(w, "%s:%d: %s%s\n", n.File, n.Line, label, msg.Translate(langOf(w), n.Msg))
	}
}

// renumberings warns of items new to urls.txt that would move the 索引号
// of items published already (model.Site.Renumberings).
func renumberings(s *model.Site, up *build.LedgerUpdate) []diag.Diagnostic {
	if up == nil {
		return nil
	}
	added := map[string]bool{}
	for _, e := range up.Added {
		added[e.Path] = true
	}
	var out []diag.Diagnostic
	for _, r := range s.Renumberings(func(path string) bool { return added[path] }) {
		out = append(out, diag.Diagnostic{File: r.Item.File, Line: r.Item.Line("date"), Severity: diag.Warning,
			Msg: fmt.Sprintf("dated %s, this new item comes before %s in its 索引号 series and would move the number of that published item to %s; write index_no = %q to give it a number of its own",
				r.Item.Date, r.Moved.File, r.Moved.IndexNumber, r.Free)})
	}
	return out
}
