package model

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// reviewFiles is a site that requires review from 2026-06-01, with items
// reviewed, unreviewed, half reviewed, outside the catalog with and
// without a collective decision, and dated before review began.
var reviewFiles = fstest.MapFS{
	"site.toml": {Data: []byte(`title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1234567"
[review]
required = true
from = 2026-06-01
[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "immediate"
[[categories]]
key = "other"
label = "其他"
term = "immediate"
[[issuers]]
key = "organization"
label = "县委组织部"
[[catalog]]
name = "任前公示"
category = "cadre"
term = "immediate"
`)},
	"content/cadre/reviewed.md":    notice(`date = 2026-11-20`, `until = 2026-11-30`, `reviewed_by = "县委组织部 李明"`, `reviewed = 2026-11-19`),
	"content/cadre/unreviewed.md":  notice(`date = 2026-11-20`, `until = 2026-11-30`, `replaces = "cadre/reviewed"`),
	"content/cadre/no-reviewer.md": notice(`date = 2026-11-20`, `until = 2026-11-30`, `reviewed = 2026-11-19`),
	"content/cadre/no-day.md":      notice(`date = 2026-11-20`, `until = 2026-11-30`, `reviewed_by = "县委组织部 李明"`),
	"content/cadre/before.md":      notice(`date = 2026-05-20`, `until = 2026-05-30`),
	"content/other/decided.md": notice(`category = "other"`, `date = 2026-11-20`, `until = 2026-11-30`,
		`reviewed_by = "县委办公室 王芳"`, `reviewed = 2026-11-18`, `decided_by = "县委第15次常委会议 2026-11-17"`),
	"content/other/undecided.md": notice(`category = "other"`, `date = 2026-11-20`, `until = 2026-11-30`,
		`reviewed_by = "县委办公室 王芳"`, `reviewed = 2026-11-18`),
}

func buildReviewSite(t *testing.T, drafts bool) *Site {
	t.Helper()
	cfg, set := loadFS(t, reviewFiles)
	s, diags := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: day("2026-11-27"), Scope: config.Public, Drafts: drafts})
	if diag.CountErrors(diags) > 0 {
		t.Fatal(diags)
	}
	return s
}

func ids(items []*Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.ID)
	}
	slices.Sort(out)
	return out
}

// TestReviewGate: where review is required, an item without reviewed_by
// and reviewed, or outside the catalog without decided_by, is not
// published, replaces nothing and counts nowhere; an item dated before
// [review] from needs no review.
func TestReviewGate(t *testing.T) {
	s := buildReviewSite(t, false)
	want := []string{"cadre/before", "cadre/reviewed", "other/decided"}
	if got := ids(s.Items); !slices.Equal(got, want) {
		t.Errorf("published %v, want %v", got, want)
	}
	if it := s.Lookup("cadre/reviewed"); it.Status != InForce || it.SupersededBy != nil {
		t.Errorf("cadre/reviewed is %s: an unreviewed item replaced it", it.Status)
	}
	if got := ids(s.Catalog.Outside); !slices.Equal(got, []string{"other/decided"}) {
		t.Errorf("outside the catalog: %v", got)
	}
	for _, it := range s.Items {
		if it.AwaitsReview {
			t.Errorf("%s is marked awaiting review in a build without drafts", it.ID)
		}
	}
}

// TestReviewPreview: a preview with drafts shows the unreviewed items,
// marked, and only them.
func TestReviewPreview(t *testing.T) {
	s := buildReviewSite(t, true)
	var marked []string
	for _, it := range s.Items {
		if it.AwaitsReview {
			marked = append(marked, it.ID)
		}
	}
	slices.Sort(marked)
	want := []string{"cadre/no-day", "cadre/no-reviewer", "cadre/unreviewed", "other/undecided"}
	if !slices.Equal(marked, want) {
		t.Errorf("marked 待审核: %v, want %v", marked, want)
	}
}

// TestPending: check's notes name each item awaiting review with what to
// write, at the key to complete.
func TestPending(t *testing.T) {
	s := buildReviewSite(t, false)
	got := map[string]string{}
	for _, p := range s.Pending() {
		got[p.Item.ID] = p.Why
	}
	for id, want := range map[string]string{
		"cadre/unreviewed":  `write reviewed_by = "`,
		"cadre/no-reviewer": `not who reviewed it`,
		"cadre/no-day":      `write reviewed = 2026-11-27`,
		"other/undecided":   `write decided_by = "`,
	} {
		if !strings.Contains(got[id], want) {
			t.Errorf("%s: note %q, want it to say %q", id, got[id], want)
		}
	}
	if len(got) != 4 {
		t.Errorf("notes for %d items, want 4: %v", len(got), got)
	}
}

// TestReviewNotRequired: without [review] required every item is
// published as before.
func TestReviewNotRequired(t *testing.T) {
	files := fstest.MapFS{}
	for k, v := range reviewFiles {
		files[k] = v
	}
	files["site.toml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(reviewFiles["site.toml"].Data), "required = true\nfrom = 2026-06-01\n", "", 1))}
	cfg, set := loadFS(t, files)
	s, _ := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: day("2026-11-27"), Scope: config.Public})
	if len(s.Items) != len(reviewFiles)-1 {
		t.Errorf("without [review] required, %d of %d items published", len(s.Items), len(reviewFiles)-1)
	}
}
