package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
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

// TestSessionCheckAfterTitleEdit: after edits to front matter, a title
// among them, a session of either scope reports what a fresh build
// reports, and check's own findings on the edited files (check.Run,
// which makes its editions itself) are among them: the editions check
// takes from the session's model are the ones it would make.
func TestSessionCheckAfterTitleEdit(t *testing.T) {
	t.Parallel()
	const file = "content/goals/2026-niandu-mubiao.md"
	steps := []struct {
		name    string
		edits   []string // old, new, old, new…
		overdue bool
	}{
		{"first build", nil, false},
		{"title edit", []string{"年度工作目标及", "年度工作目标和"}, false},
		{"title, date and update edit", []string{"年度工作目标和", "年度工作目标与",
			"date     = 2026-02-25", "date     = 2024-02-25", "updated  = 2026-11-12", "updated  = 2025-01-12"}, true},
		{"made internal", []string{"issuer   = \"gov-office\"", "issuer   = \"gov-office\"\nscope    = \"internal\""}, true},
	}
	for _, scope := range []config.Scope{config.Public, config.Internal} {
		dir := copySite(t)
		s := NewSession(Options{SiteDir: dir, Now: testNow, Scope: scope})
		for _, st := range steps {
			for i := 0; i < len(st.edits); i += 2 {
				replaceIn(t, dir, file, st.edits[i], st.edits[i+1])
			}
			s.Changed(file)
			_, res, err := s.Build()
			if err != nil {
				t.Fatalf("%s, %s: %v", scope, st.name, err)
			}
			_, fresh, err := NewSession(Options{SiteDir: dir, Now: testNow, Scope: scope}).Build()
			if err != nil {
				t.Fatalf("%s, %s: fresh build: %v", scope, st.name, err)
			}
			if !slices.Equal(res.Diags, fresh.Diags) {
				t.Errorf("%s, %s: the session found\n%v\na fresh build found\n%v", scope, st.name, res.Diags, fresh.Diags)
			}
			for _, d := range checkAlone(t, dir) {
				if !slices.Contains(res.Diags, d) {
					t.Errorf("%s, %s: check.Run finds %v; the session does not", scope, st.name, d)
				}
			}
			overdue := slices.ContainsFunc(res.Diags, func(d diag.Diagnostic) bool {
				return d.File == file && strings.Contains(d.Msg, "was due by")
			})
			if overdue != st.overdue {
				t.Errorf("%s, %s: overdue warning for %s: %v, want %v (%v)", scope, st.name, file, overdue, st.overdue, res.Diags)
			}
		}
	}
}

// checkAlone is check.Run on the site in dir, read afresh.
func checkAlone(t *testing.T, dir string) []diag.Diagnostic {
	t.Helper()
	fsys := siteFS(dir)
	cfg, diags := config.Load(fsys)
	if diag.CountErrors(diags) > 0 {
		t.Fatalf("site.toml: %v", diags)
	}
	set, _ := content.Load(fsys, cfg, channels.Addresses(channels.Default()))
	return check.Run(cfg, set, testNow, false)
}
