package model

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// changeFiles is a site on 2026-11-27 with something changing on most of
// the following days, and things that must never show up.
var changeFiles = fstest.MapFS{
	"site.toml": {Data: []byte(`title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1234567"
[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "immediate"
unlist_after = "30d"
[[categories]]
key = "decisions"
label = "重大决策"
consultation = true
[[categories]]
key = "goals"
label = "年度工作目标"
`)},
	"content/cadre/a.md":           changeItem(`category = "cadre"`, `date = 2026-11-23`, `until = 2026-11-27`),
	"content/cadre/b.md":           changeItem(`category = "cadre"`, `date = 2026-11-24`, `until = 2026-11-27`),
	"content/cadre/old.md":         changeItem(`category = "cadre"`, `date = 2026-11-02`, `until = 2026-11-06`),
	"content/goals/monthly.md":     changeItem(`category = "goals"`, `term = "periodic"`, `period = "monthly"`, `date = 2026-09-01`, `updated = 2026-10-28`),
	"content/goals/yearly.md":      changeItem(`category = "goals"`, `term = "periodic"`, `period = "yearly"`, `date = 2026-01-10`),
	"content/goals/new.md":         changeItem(`category = "goals"`, `term = "periodic"`, `period = "yearly"`, `date = 2026-12-03`, `replaces = "goals/yearly"`),
	"content/goals/rule.md":        changeItem(`category = "goals"`, `term = "long-term"`, `date = 2025-01-10`, `withdrawn = 2026-12-10`),
	"content/decisions/consult.md": changeItem(`category = "decisions"`, `term = "immediate"`, `date = 2026-11-16`, `until = 2026-12-15`),
	"content/decisions/staged.md": changeItem(`category = "decisions"`, `term = "long-term"`, `date = 2026-10-01`,
		"[[stages]]\nstage = \"调查研究\"\nstart = 2026-10-01\nend = 2026-11-20\nsummary = \"调研。\"",
		"[[stages]]\nstage = \"征求意见\"\nstart = 2026-12-01\nend = 2026-12-31\nsummary = \"征求意见。\""),
	// never in the public edition
	"content/cadre/neibu.md":  changeItem(`category = "cadre"`, `date = 2026-11-23`, `until = 2026-11-30`, `scope = "internal"`),
	"content/cadre/caogao.md": changeItem(`category = "cadre"`, `date = 2026-11-23`, `until = 2026-11-30`, `draft = true`),
	// past the 30 days
	"content/cadre/later.md": changeItem(`category = "cadre"`, `date = 2027-01-04`, `until = 2027-01-08`),
}

func changeItem(keys ...string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("+++\ntitle = \"事项\"\n" + strings.Join(keys, "\n") + "\n+++\n正文。\n")}
}

func changeSite(t *testing.T, scope config.Scope) *Site {
	t.Helper()
	cfg, set := loadFS(t, changeFiles)
	s, diags := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: day("2026-11-27"), Scope: scope})
	if diag.CountErrors(diags) > 0 {
		t.Fatal(diags)
	}
	return s
}

func changeLines(cs []Change) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.Day.String() + " " + c.Item.File + ": " + c.What.String() + "\n")
	}
	return b.String()
}

// TestChanges: every change of the public edition in the 30 days after
// --now, on the day it happens, by the rules of status, asOf, replacement,
// consultation and unlisting; nothing of internal items or drafts.
func TestChanges(t *testing.T) {
	s := changeSite(t, config.Public)
	got := changeLines(Changes(s, s.Now, s.Now.AddDays(30)))
	want := `2026-11-28 content/cadre/a.md: notice ends
2026-11-28 content/cadre/b.md: notice ends
2026-11-29 content/goals/monthly.md: periodic item falls due
2026-12-01 content/decisions/staged.md: consultation opens
2026-12-01 content/decisions/staged.md: item is updated
2026-12-03 content/goals/new.md: item is published
2026-12-03 content/goals/yearly.md: item is superseded
2026-12-07 content/cadre/old.md: notice is unlisted
2026-12-10 content/goals/rule.md: item is withdrawn
2026-12-16 content/decisions/consult.md: notice ends
2026-12-16 content/decisions/consult.md: consultation closes
`
	if got != want {
		t.Errorf("changes:\n%s\nwant:\n%s", got, want)
	}
	if got := changeLines(Changes(s, s.Now, s.Now)); got != "" {
		t.Errorf("changes from a day through the same day:\n%s", got)
	}
}

// TestAuditChanges: check sees internal items' changes too, as the
// internal edition shows them; the internal build's own changes are its
// edition's.
func TestAuditChanges(t *testing.T) {
	const internal = "2026-12-01 content/cadre/neibu.md: notice ends\n"
	pub := changeSite(t, config.Public)
	if got := changeLines(AuditChanges(pub, pub.Now, pub.Now.AddDays(30))); !strings.Contains(got, internal) || !strings.Contains(got, "content/goals/new.md: item is published") {
		t.Errorf("AuditChanges:\n%s\nwant the internal notice's end and the public changes", got)
	}
	in := changeSite(t, config.Internal)
	if got := changeLines(Changes(in, in.Now, in.Now.AddDays(30))); !strings.Contains(got, internal) {
		t.Errorf("the internal edition's changes:\n%s\nwant its internal notice's end", got)
	}
	if got := changeLines(Changes(in.View("public"), in.Now, in.Now.AddDays(30))); strings.Contains(got, "neibu") {
		t.Errorf("the internal edition's public view changes with an internal item:\n%s", got)
	}
}

func TestChangeKindCount(t *testing.T) {
	for _, tt := range []struct {
		k    ChangeKind
		n    int
		want string
	}{
		{NoticeEnds, 1, "1 notice ends"},
		{NoticeEnds, 2, "2 notices end"},
		{FallsDue, 1, "1 periodic item falls due"},
		{FallsDue, 3, "3 periodic items fall due"},
		{ItemPublished, 2, "2 items are published"},
		{ItemUnlisted, 1, "1 notice is unlisted"},
	} {
		if got := tt.k.Count(tt.n); got != tt.want {
			t.Errorf("%v.Count(%d) = %q, want %q", tt.k, tt.n, got, tt.want)
		}
	}
}
