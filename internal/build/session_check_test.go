package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/diag"
)

// TestSessionCheckFollowsFrontMatter: a session keeps check's findings
// across a body edit, and finds them anew when front matter changes; at
// every step they are what a fresh build finds.
func TestSessionCheckFollowsFrontMatter(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	const file = "content/cadre/2026-11-renqian-gongshi.md"
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	steps := []struct {
		name, old, new string
		late           bool // the "published … after the information was formed" warning
	}{
		{"first build", "", "", false},
		{"formed long before", "formed   = 2026-11-20", "formed   = 2026-01-05", true},
		{"body edit", "拟任新职", "拟任新的职务", true},
		{"formed back", "formed   = 2026-01-05", "formed   = 2026-11-20", false},
	}
	for _, st := range steps {
		if st.old != "" {
			replaceIn(t, dir, file, st.old, st.new)
			s.Changed(file)
		}
		_, res, err := s.Build()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		_, fresh, err := NewSession(Options{SiteDir: dir, Now: testNow}).Build()
		if err != nil {
			t.Fatalf("%s: fresh build: %v", st.name, err)
		}
		if !slices.Equal(res.Diags, fresh.Diags) {
			t.Errorf("%s: the session found\n%v\na fresh build found\n%v", st.name, res.Diags, fresh.Diags)
		}
		if late := hasLate(res.Diags, file); late != st.late {
			t.Errorf("%s: warning that %s was published late: %v, want %v (%v)", st.name, file, late, st.late, res.Diags)
		}
	}
}

func hasLate(diags []diag.Diagnostic, file string) bool {
	return slices.ContainsFunc(diags, func(d diag.Diagnostic) bool {
		return d.File == file && strings.Contains(d.Msg, "after the information was formed")
	})
}
