package ledger

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
)

// Build is what a public build publishes, as the ledger sees it.
type Build struct {
	Now     calendar.Day
	Answers map[string]bool // every address the build writes (Address of each file)
	Listed  []*Entry        // the addresses it would list (Addresses)
}

// Check reports, at its line, every address of the ledger that the build
// no longer answers, unless it is retired or listed after b.Now (a build
// of an earlier day). Each message says what to write: the alias for an
// item page that seems to have moved, or how to retire the address.
func Check(l *Ledger, b Build) []diag.Diagnostic {
	var diags []diag.Diagnostic
	added := l.New(b)
	for _, e := range l.Entries {
		if e.Retired || b.Answers[e.Path] || !e.Since.IsZero() && e.Since.After(b.Now) {
			continue
		}
		diags = append(diags, diag.Diagnostic{File: File, Line: e.Line, Msg: missing(e, added, b.Now)})
	}
	return diags
}

// New returns the addresses of b that the ledger lacks, sorted.
func (l *Ledger) New(b Build) []*Entry {
	var out []*Entry
	for _, e := range b.Listed {
		if l.Lookup(e.Path) == nil {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *Entry) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// missing says that e disappeared and what to write.
func missing(e *Entry, added []*Entry, now calendar.Day) string {
	gone := fmt.Sprintf("/%s was published before, and this build no longer has it", e.Path)
	retire := fmt.Sprintf("if the address is meant to go, mark this line retired: \"/%s  %s %s <reason>\"", e.Path, Retired, now)
	if to, why := movedTo(e, added); to != nil {
		if isFile(e.Path) {
			return fmt.Sprintf("%s; it seems to have moved to /%s (%s, %s), but a file cannot redirect: put a copy back at content/%s and link it from a published item; or, %s",
				gone, to.Path, to.Source, why, e.Path, retire)
		}
		return fmt.Sprintf("%s; it seems to have moved to /%s (%s, %s): add aliases = [\"/%s\"] to %s (the address keeps working, as a redirect); or, %s",
			gone, to.Path, to.Source, why, e.Path, to.Source, retire)
	}
	first, _, _ := strings.Cut(e.Path, "/")
	switch {
	case isFile(e.Path):
		return fmt.Sprintf("%s; a file under content/ is published while a published item links to it: put content/%s back and link it; or, %s", gone, e.Path, retire)
	case keptFolders[first] && kept(e.Path):
		return fmt.Sprintf("%s; its key in site.toml is its address: put back the %s with that key; or, %s", gone, keyed[first], retire)
	}
	return fmt.Sprintf("%s; if its item was renamed or moved, add aliases = [\"/%s\"] to the item's front matter; %s", gone, e.Path, retire)
}

// keyed names what declares each folder's pages in site.toml.
var keyed = map[string]string{"categories": "category", "terms": "term", "issuers": "issuer", "boards": "board", "kiosk": "kiosk"}

// movedTo finds among the addresses this build adds the one e seems to
// have become: the same 文号, else the same title, else the same last part
// of the address (a file moved to another folder). It also says why.
func movedTo(e *Entry, added []*Entry) (*Entry, string) {
	tests := []struct {
		why  string
		same func(a *Entry) bool
	}{
		{"same 文号", func(a *Entry) bool { return e.Number != "" && a.Number == e.Number }},
		{"same title", func(a *Entry) bool { return e.Title != "" && a.Title == e.Title }},
		{"same name", func(a *Entry) bool {
			return a.Source != "" && isFile(a.Path) == isFile(e.Path) && lastPart(a.Path) == lastPart(e.Path)
		}},
	}
	for _, t := range tests {
		for _, a := range added {
			if a.Source != "" && t.same(a) {
				return a, t.why
			}
		}
	}
	return nil, ""
}

func isFile(addr string) bool { return addr != "" && !strings.HasSuffix(addr, "/") }

func lastPart(addr string) string { return path.Base(strings.TrimSuffix(addr, "/")) }
