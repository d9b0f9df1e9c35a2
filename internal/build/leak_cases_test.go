package build

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/publish"
)

// hiddenCase is something a public build on 2026-11-27 does not publish:
// files added to the site (or put in place of one of its files) and an
// edit of site.toml. A public build with it must be byte for byte the build
// without it.
type hiddenCase struct {
	name  string
	files map[string]string   // path → content, added or replacing
	edit  func(string) string // edits a file of the site (see edits), or nil
	edits []string            // the files edit applies to
}

// withHidden returns the site with the case applied.
func (c hiddenCase) apply(t *testing.T, base fstest.MapFS) fstest.MapFS {
	t.Helper()
	fsys := clone(base)
	for name, data := range c.files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	for _, name := range c.edits {
		f := fsys[name]
		if f == nil {
			t.Fatalf("case %s edits %s, which the site has not", c.name, name)
		}
		edited := c.edit(string(f.Data))
		if edited == string(f.Data) {
			t.Fatalf("case %s: its edit of %s changed nothing; the example changed and the case proves nothing", c.name, name)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(edited)}
	}
	return fsys
}

func clone(m fstest.MapFS) fstest.MapFS {
	out := make(fstest.MapFS, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// appendTOML adds text at the end of site.toml.
func appendTOML(text string) func(string) string {
	return func(s string) string { return s + "\n" + text + "\n" }
}

// insertFrontMatter adds TOML at the end of an item's front matter.
func insertFrontMatter(text string) func(string) string {
	return func(s string) string {
		i := strings.Index(s[3:], "\n+++") + 3
		return s[:i] + "\n" + text + s[i:]
	}
}

// listOnBoardAndKiosk names ids in board 5's and the lobby kiosk's items.
func listOnBoardAndKiosk(ids ...string) func(string) string {
	list := `["` + strings.Join(ids, `", "`) + `"]`
	return func(s string) string {
		s = strings.Replace(s, `categories  = ["cadre", "appointments"]`, `categories  = ["cadre", "appointments"]`+"\nitems       = "+list, 1)
		return strings.Replace(s, `categories    = ["cadre", "appointments", "decisions", "goals", "projects"]`,
			`categories    = ["cadre", "appointments", "decisions", "goals", "projects"]`+"\nitems         = "+list, 1)
	}
}

// hiddenCases are the things a public build must not show nor be changed
// by, each built alone against the same baseline.
func hiddenCases() []hiddenCase {
	planted := func(names ...string) map[string]string {
		m := map[string]string{}
		for _, n := range names {
			m[n] = plantedItems[n]
		}
		return m
	}
	// Each case is one build (about a second), so cases that test one
	// mechanism share a build: a test of ten seconds, not thirty.
	return []hiddenCase{
		{name: "internal items", files: planted("content/cadre/zz-leak-internal.md", "content/cadre/zz-leak-attachment.txt", "content/goals/zz-leak-internal-periodic.md")},
		{name: "drafts", files: planted("content/appointments/zz-leak-draft.md", "content/risks/zz-leak-draft-risks.md", "content/decisions/zz-leak-draft-decision.md")},
		{name: "future notice", files: planted("content/decisions/zz-leak-future.md")},
		{name: "unreviewed items on a public board, kiosk and catalog entry, one replacing a public item",
			files: planted("content/appointments/zz-leak-unreviewed.md", "content/cadre/zz-leak-halfreviewed.md", "content/other/zz-leak-undecided.md"),
			edits: []string{"site.toml"}, edit: func(s string) string {
				s = listOnBoardAndKiosk("appointments/zz-leak-unreviewed", "cadre/zz-leak-halfreviewed", "other/zz-leak-undecided")(s)
				return strings.Replace(s, `category   = "resolutions"`, `category   = "resolutions"`+"\n"+`items      = ["appointments/zz-leak-unreviewed", "cadre/zz-leak-halfreviewed"]`, 1)
			}},
		{name: "future power with its risk point", files: planted("content/flowcharts/zz-leak-future-power.md")},
		{name: "internal risk register on a public power", files: planted("content/risks/zz-leak-internal-risks.md")},
		{name: "internal power", files: planted("content/flowcharts/zz-leak-internal-power.md")},
		{name: "internal item replacing a public one", files: map[string]string{"content/goals/zz.md": `+++
title = "LEAKTITLE-REPLACES 党内年度目标"
date = 2026-11-20
category = "goals"
term = "periodic"
period = "yearly"
scope = "internal"
replaces = "goals/2026-niandu-mubiao"
+++
LEAKBODY-REPLACES
`}},
		{name: "future and draft items replacing a public one", files: map[string]string{"content/duties/zz-future-fengong.md": `+++
title = "LEAKTITLE-FUTUREREPLACES 领导分工调整"
date = 2026-12-05
category = "duties"
term = "periodic"
period = "yearly"
replaces = "duties/2026-xianwei-changwei-fengong"
+++
LEAKBODY-FUTUREREPLACES
`, "content/duties/zz-draft-fengong.md": `+++
title = "LEAKTITLE-DRAFTREPLACES 领导分工调整"
date = 2026-11-25
category = "duties"
term = "periodic"
period = "yearly"
draft = true
replaces = "duties/2026-xianwei-changwei-fengong"
+++
`}},
		{name: "hidden items named on a public board, kiosk and catalog entry",
			files: planted("content/cadre/zz-leak-internal.md", "content/cadre/zz-leak-attachment.txt", "content/appointments/zz-leak-draft.md", "content/decisions/zz-leak-future.md"),
			edits: []string{"site.toml"}, edit: func(s string) string {
				s = listOnBoardAndKiosk("cadre/zz-leak-internal", "appointments/zz-leak-draft", "decisions/zz-leak-future")(s)
				return strings.Replace(s, `category   = "resolutions"`, `category   = "resolutions"`+"\n"+`items      = ["cadre/zz-leak-internal", "decisions/zz-leak-future"]`, 1)
			}},
		{name: "internal board, kiosk and catalog entry", edits: []string{"site.toml"}, edit: appendTOML(`
[[boards]]
number      = 41
name        = "LEAKBOARD 党内公开栏"
location    = "县委机关党员活动室"
paper       = "A2"
orientation = "portrait"
scope       = "internal"
categories  = ["organization", "integrity", "leadership", "goals"]

[[kiosks]]
name       = "zz-leak-kiosk"
title      = "LEAKKIOSK 党内公开"
kind       = "display"
width      = 1920
height     = 1080
scope      = "internal"
categories = ["organization", "integrity", "leadership", "goals"]

[[catalog]]
name       = "LEAKENTRY 党内组织工作"
scope      = "internal"
time_limit = "形成后20个工作日内"
category   = "organization"`)},
		{name: "future stages of a public decision", edits: []string{"content/decisions/laojiu-xiaoqu-gaizao-zhengqiu-yijian.md"}, edit: insertFrontMatter(`
[[stages]]
stage   = "风险评估"
start   = 2026-12-18
end     = 2026-12-30
summary = "LEAKSTAGE-RISK 风险评估结论"

[[stages]]
stage    = "集体决策"
start    = 2027-01-08
meeting  = "LEAKMEETING 县政府第40次常务会议"
vote     = {for = 9, against = 1, abstain = 1}
decision = "LEAKOUTCOME 通过"`)},
		{name: "future evaluation and update of public items", edits: []string{"content/decisions/chengxiang-gongjiao-jiti-juece.md", "content/projects/chengnan-wushui-tigai.md"},
			edit: func(s string) string {
				if strings.Contains(s, "evaluations = [\n") {
					return strings.Replace(s, "evaluations = [\n", "evaluations = [\n  {date = 2026-12-15, text = \"LEAKEVAL 年底评估\"},\n", 1)
				}
				return insertFrontMatter(`updated = 2026-12-10`)(s)
			}},
	}
}

// exampleHidden returns the files of the example site that a public build
// on now does not publish, decided from the content, not from the model
// under test, and its internal catalog entries (which name some of them),
// boards and kiosks.
func exampleHidden(t *testing.T, fsys fs.FS, now calendar.Day) (files []string, tables []internalEntry) {
	t.Helper()
	cfg, _ := config.Load(fsys)
	set, _ := content.Load(fsys, cfg, nil)
	for _, it := range set.Items {
		if hiddenByContent(cfg, it, now) {
			files = append(files, it.File)
		}
	}
	slices.Sort(files)
	lines := strings.SplitAfter(string(fsys.(fstest.MapFS)["site.toml"].Data), "\n")
	table := func(key string, scope string) {
		if scope != string(config.Internal) {
			return
		}
		first := cfg.Meta.Line(key) - 1
		last := first
		for last < len(lines) && strings.TrimSpace(lines[last]) != "" {
			last++
		}
		tables = append(tables, internalEntry{text: strings.Join(lines[first:last], "")})
	}
	for i, e := range cfg.Catalog {
		table(fmt.Sprintf("catalog[%d]", i), e.Scope)
	}
	for i, b := range cfg.Boards {
		table(fmt.Sprintf("boards[%d]", i), b.Scope)
	}
	for i, k := range cfg.Kiosks {
		table(fmt.Sprintf("kiosks[%d]", i), k.Scope)
	}
	return files, tables
}

// internalEntry is an internal table of the example's site.toml (a
// catalog entry, a board, a kiosk): its text.
type internalEntry struct{ text string }

// testUnchanged builds the example site without any hidden item (its own
// internal, draft and future items and internal site.toml tables removed),
// then with each hidden item alone, and requires every output file to be
// byte for byte the same.
func testUnchanged(t *testing.T, example fstest.MapFS, now calendar.Day) {
	hidden, catalog := exampleHidden(t, example, now)
	if len(hidden) < 5 || len(catalog) < 2 {
		t.Fatalf("the example site has only %d unpublished items and %d internal catalog entries and boards; the test would prove little", len(hidden), len(catalog))
	}
	base := clone(example)
	toml := string(example["site.toml"].Data)
	for _, e := range catalog {
		toml = strings.Replace(toml, e.text, "", 1)
	}
	base["site.toml"] = &fstest.MapFile{Data: []byte(toml)}
	if _, left := exampleHidden(t, base, now); len(left) > 0 {
		t.Fatalf("the baseline still has internal tables in site.toml: %q", left)
	}
	for _, name := range hidden {
		delete(base, name)
	}
	withRecords(base)
	cases := append(hiddenCases(), exampleCase(example, hidden, catalog), recordsCase(t, base))
	want := buildFiles(t, base, now)
	if len(want) < 100 {
		t.Fatalf("the baseline build wrote only %d files", len(want))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // a build leaves a core idle at times: two at once finish sooner
			got := buildFiles(t, c.apply(t, base), now)
			if d := diffFiles(want, got); d != "" {
				t.Errorf("the public build changes with %s:\n%s", c.name, d)
			}
		})
	}
}

// exampleCase puts back the example's own hidden files and internal
// catalog entries, boards and kiosks.
func exampleCase(example fstest.MapFS, hidden []string, catalog []internalEntry) hiddenCase {
	c := hiddenCase{name: "the example's own hidden items", files: map[string]string{}, edits: []string{"site.toml"}}
	for _, name := range hidden {
		c.files[name] = string(example[name].Data)
	}
	var entries []string
	for _, e := range catalog {
		entries = append(entries, e.text)
	}
	c.edit = appendTOML(strings.Join(entries, "\n"))
	return c
}

// buildFiles builds the site's public edition and returns every file it
// wrote by its path, and under ledgerKey the urls.txt it would write into
// a site read from its folder: what it records is output too.
func buildFiles(t *testing.T, fsys fs.FS, now calendar.Day) map[string][]byte {
	t.Helper()
	res, files := buildInMemory(t, Options{SiteDir: ".", FS: fsys, Now: now})
	if res.Ledger == nil || res.Ledger.Data == nil {
		t.Fatal("the public build of a site without urls.txt would not write one")
	}
	files[ledgerKey] = res.Ledger.Data
	return files
}

// ledgerKey names the site's urls.txt among a build's output files.
const ledgerKey = "(site folder)/urls.txt"

// buildOpts builds the site as Run does, but into memory, and returns every
// file the build writes by its path. A memory writer holds byte for byte
// what a build writes to disk (TestDeterministic compares them); creating
// a build's hundreds of files and folders can cost more than rendering
// them, and these tests compare bytes only.
func buildOpts(t *testing.T, opts Options) map[string][]byte {
	t.Helper()
	_, files := buildInMemory(t, opts)
	return files
}

// buildInMemory is buildOpts with the build's result.
func buildInMemory(t *testing.T, opts Options) (*Result, map[string][]byte) {
	t.Helper()
	w := publish.NewMemory()
	if opts.Scope == "" {
		opts.Scope = config.Public
	}
	res := &Result{Pages: map[string]int{}}
	if err := run(context.Background(), opts, w, res, time.Now()); err != nil {
		t.Fatalf("build: %v", err)
	}
	return res, w.Memory()
}

// diffFiles describes the first few files that differ between two builds,
// with a little context around the first differing byte; "" when none do.
func diffFiles(want, got map[string][]byte) string {
	var names []string
	for name := range want {
		names = append(names, name)
	}
	for name := range got {
		if want[name] == nil {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var b strings.Builder
	n := 0
	for _, name := range names {
		w, inW := want[name]
		g, inG := got[name]
		switch {
		case !inG:
			fmt.Fprintf(&b, "  %s: missing\n", name)
		case !inW:
			fmt.Fprintf(&b, "  %s: added\n", name)
		case !bytes.Equal(w, g):
			i := 0
			for i < len(w) && i < len(g) && w[i] == g[i] {
				i++
			}
			fmt.Fprintf(&b, "  %s: differs at byte %d\n    without: %s\n    with:    %s\n", name, i, around(w, i), around(g, i))
		default:
			continue
		}
		if n++; n == 5 {
			b.WriteString("  …\n")
			break
		}
	}
	return b.String()
}

// around is about 60 bytes before and 100 after offset i, as valid UTF-8.
func around(data []byte, i int) string {
	lo, hi := max(0, i-60), min(len(data), i+100)
	return fmt.Sprintf("%q", strings.ToValidUTF8(string(data[lo:hi]), ""))
}

// hiddenByContent decides from an item's front matter and site.toml, not
// from the model under test, whether a public build on now leaves it out:
// internal, a draft, dated later, or awaiting review (先审后发).
func hiddenByContent(cfg *config.Site, it *content.Item, now calendar.Day) bool {
	if it.Internal() || it.Draft || it.Date.After(now) {
		return true
	}
	if !cfg.Review.Required || it.Date.Before(calendar.Of(cfg.Review.From.In(cfg.Location), cfg.Location)) {
		return false
	}
	return it.ReviewedBy == "" || it.Reviewed.IsZero() || it.Reviewed.After(now) || it.DecidedBy == "" && it.Category == "other"
}
