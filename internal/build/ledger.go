package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/ledger"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// LedgerUpdate is what a public build records in the site's urls.txt
// (package ledger).
type LedgerUpdate struct {
	Added []*ledger.Entry // the addresses the build adds, sorted
	Data  []byte          // the new urls.txt; nil when it does not change
}

// Ledger checks the site's urls.txt against the public build of site, as
// build and serve do, without writing anything (for `gongkai check`): the
// errors, and what a build would add. Only a public build has a ledger;
// for an internal one both are nil.
func Ledger(opts *Options, site *model.Site) ([]diag.Diagnostic, *LedgerUpdate) {
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		return nil, nil // the build reports them; the files it writes are not known
	}
	return checkLedger(opts, site, tpl, nil)
}

// checkLedger reads urls.txt and checks it against the build of site: the
// errors, and, for a public build without drafts, the update to write.
// The internal edition has no ledger: its addresses are not printed on
// public sheets, and a ledger of them, committed with the site, would name
// internal items. planned are the channels' files when the build has
// listed them already (build.Run), so they are not listed a second time
// beside the first (a plan as large as the site); nil lists them.
func checkLedger(opts *Options, site *model.Site, tpl *layout.Set, planned []output.File) ([]diag.Diagnostic, *LedgerUpdate) {
	if opts.Scope != config.Public {
		return nil, nil
	}
	l, diags := readLedger(opts.FS)
	if len(diags) > 0 {
		return diags, nil
	}
	written, err := plannedFiles(opts.Channels, site, tpl, opts.FS, planned)
	if err != nil {
		return []diag.Diagnostic{{File: ledger.File, Msg: "cannot list the files of the build to check this file: " + err.Error()}}, nil
	}
	b := ledger.Build{Now: site.Now, Answers: map[string]bool{}, Listed: ledger.Addresses(site, written, site.Now)}
	for _, f := range written {
		b.Answers[ledger.Address(f)] = true
	}
	if diags := ledger.Check(l, b); len(diags) > 0 {
		return diags, nil
	}
	if opts.Drafts {
		return nil, nil // a preview: drafts never enter the ledger
	}
	up := &LedgerUpdate{Added: l.New(b)}
	if len(up.Added) > 0 {
		up.Data = l.With(up.Added)
	}
	return nil, up
}

// readLedger reads urls.txt; a site without one has an empty ledger,
// which the first build writes.
func readLedger(fsys fs.FS) (*ledger.Ledger, []diag.Diagnostic) {
	data, err := fs.ReadFile(fsys, ledger.File)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ledger.New(), nil
	case err != nil:
		return nil, []diag.Diagnostic{{File: ledger.File, Msg: sitefs.Unreadable(ledger.File, false, err)}}
	}
	return ledger.Parse(data)
}

// plannedFiles lists every file the build writes, unrendered: the files of
// each channel (planned, when not nil), the static files and the
// attachments. PDFs, which only --pdf prints, are not among them.
func plannedFiles(channels []output.Channel, site *model.Site, tpl *layout.Set, fsys fs.FS, planned []output.File) ([]string, error) {
	if planned == nil {
		for _, ch := range channels {
			files, err := ch.Files(site, tpl, output.Once())
			if err != nil {
				return nil, err
			}
			planned = append(planned, files...)
		}
	}
	paths := make([]string, 0, len(planned)+len(site.Resources))
	for _, f := range planned {
		paths = append(paths, f.Path)
	}
	for _, f := range layout.Resolve(layout.Layers(fsys, site.Config.Theme, "static")) {
		paths = append(paths, f.Path)
	}
	for _, r := range site.Resources {
		paths = append(paths, resourcePath(r))
	}
	return paths, nil
}

// writeLedger replaces urls.txt in the site folder dir with data, in one
// rename, so a reader never sees half of it.
func writeLedger(dir string, data []byte) error {
	f, err := os.CreateTemp(dir, "."+ledger.File+".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, ledger.File))
	}
	if err != nil {
		_ = os.Remove(f.Name())
	}
	return err
}
