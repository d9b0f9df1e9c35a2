package scaffold

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/records"
)

func day(t testing.TB, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestPolicyMirrorsExample: a new site declares what the example site does.
func TestPolicyMirrorsExample(t *testing.T) {
	data, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	ex, diags := config.Parse(data)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if len(ex.Categories) != len(categories) || len(ex.Issuers) != len(issuers) || len(ex.Boards) != len(boards) {
		t.Fatalf("the example has %d categories, %d issuers, %d boards; a new site %d, %d, %d",
			len(ex.Categories), len(ex.Issuers), len(ex.Boards), len(categories), len(issuers), len(boards))
	}
	for i, c := range ex.Categories {
		got := categories[i]
		if c.Key != got.Key || c.Label != got.Label || c.Group != got.Group || c.Description != got.Description ||
			!slices.Equal(c.Channel, got.Channel) || c.Term != got.Term || c.MinWindow != got.MinWindow || c.Consultation != got.Consultation ||
			c.UnlistAfter.String() != got.UnlistAfter {
			t.Errorf("category %d: example %+v, new site %+v", i, c, got)
		}
	}
	for i, is := range ex.Issuers {
		if got := issuers[i]; is.Key != got.Key || is.Label != got.Label || is.Group != got.Group {
			t.Errorf("issuer %d: example %+v, new site %+v", i, is, got)
		}
	}
	for i, b := range ex.Boards {
		got := boards[i]
		if b.Number != got.Number || b.Name != got.Name || b.Location != got.Location || b.Paper != got.Paper ||
			b.Orientation != got.Orientation || !slices.Equal(b.Categories, got.Categories) || b.Columns != got.Columns ||
			!slices.Equal(b.Lists, got.Lists) || b.Scope != cmp.Or(got.Scope, "public") {
			t.Errorf("board %d: example %+v, new site %+v", i, b, got)
		}
	}
	// A new site has two of the example's screens: a display and a touch screen.
	if len(kiosks) != 2 || kiosks[0].Kind != "display" || kiosks[1].Kind != "touch" {
		t.Errorf("a new site's kiosks: %+v, want a display and a touch screen", kiosks)
	}
	for _, got := range kiosks {
		i := slices.IndexFunc(ex.Kiosks, func(k config.Kiosk) bool { return k.Name == got.Name })
		if i < 0 {
			t.Errorf("kiosk %q is not in the example", got.Name)
			continue
		}
		k := ex.Kiosks[i]
		if k.Title != got.Title || k.Kind != got.Kind || k.Width != got.Width || k.Height != got.Height || !slices.Equal(k.Categories, got.Categories) {
			t.Errorf("kiosk %s: example %+v, new site %+v", got.Name, k, got)
		}
	}
}

// TestNewSiteIsCleanOnAnyDay: made on any day — a weekend, the day before a
// holiday, during Spring Festival — a new site builds and `gongkai check`
// finds nothing to warn about on that day, in its content and its sample
// registers (records/).
func TestNewSiteIsCleanOnAnyDay(t *testing.T) {
	t.Parallel() // each writes its own site in its own folder
	var days []calendar.Day
	for _, span := range [][2]string{{"2026-02-10", "2026-02-26"}, {"2026-09-24", "2026-10-12"}, {"2026-11-26", "2026-11-30"}, {"2026-12-28", "2027-01-04"}} {
		for d := day(t, span[0]); !d.After(day(t, span[1])); d = d.AddDays(1) {
			days = append(days, d)
		}
	}
	for _, today := range days {
		dir := filepath.Join(t.TempDir(), "demo")
		if _, err := Site(dir, today); err != nil {
			t.Fatalf("%s: %v", today, err)
		}
		site, diags := build.Load(&build.Options{SiteDir: dir, Now: today, Records: true})
		for _, d := range diags {
			t.Errorf("%s: %s", today, d)
		}
		if site == nil || len(site.Items) != len(categories) {
			t.Fatalf("%s: the new site has %d items, want one per category (%d)", today, len(site.Items), len(categories))
		}
		for _, it := range site.Items {
			if !it.Current() {
				t.Errorf("%s: sample %s is %s, want current", today, it.ID, it.Status)
			}
		}
	}
}

func TestNewSiteBuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	created, err := Site(dir, day(t, "2026-11-27"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"site.toml", "layouts/README.md", "archetypes/README.md", "static/", "content/cadre/shili.md",
		"records/requests/shili.toml", "records/feedback/shili.toml", "records/evaluations/shili.toml",
		"records/rectifications/shili.toml", "records/supervisors.toml", "records/tasks.toml"} {
		if !slices.Contains(created, want) {
			t.Errorf("new site has no %s: %v", want, created)
		}
	}
	recs, rdiags := records.Load(os.DirFS(dir), nil)
	if len(rdiags) > 0 || len(recs.Requests) != 1 || recs.Requests[0].Reply == nil || len(recs.Feedback) != 1 || len(recs.Supervisors) != 1 ||
		len(recs.Evaluations) != 1 || len(recs.Rectifications) != 1 || len(recs.Tasks) != 3 {
		t.Errorf("the sample records: %v, %+v", rdiags, recs)
	}
	res, err := build.Run(build.Options{SiteDir: dir, Now: day(t, "2026-11-27")})
	if err != nil {
		t.Fatalf("build: %v\n%v", err, res.Diags)
	}
	if res.Items != len(categories) || res.Warnings != 0 {
		t.Errorf("build: %d items, %d warnings; want %d, 0", res.Items, res.Warnings, len(categories))
	}
	cfg := res.Site.Config
	if len(res.Site.Boards()) != 10 || len(cfg.Kiosks) != 2 || cfg.Kiosks[0].Kind != "display" || cfg.Kiosks[1].Kind != "touch" {
		t.Errorf("new site: %d public boards, %d kiosks; want 10 public boards, a display and a touch screen", len(res.Site.Boards()), len(cfg.Kiosks))
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "boards", "11")); err == nil {
		t.Error("the public build has the internal board 11")
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "cadre", "shili", "index.html")); err != nil {
		t.Errorf("the sample page was not built: %v", err)
	}
}

func TestNewSiteRefusesAFolderInUse(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Site(dir, day(t, "2026-11-27"))
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("Site into a folder with a file: %v, want a refusal", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the refused folder was changed: %d entries", len(entries))
	}
	if _, err := Site(t.TempDir(), day(t, "2026-11-27")); err != nil {
		t.Errorf("an empty folder is fine: %v", err)
	}
}

// TestNewItemEveryCategory: an item made from the built-in archetype, by
// key or by label, is a draft that builds with --drafts and passes the
// checks; published as it is, it passes them too.
func TestNewItemEveryCategory(t *testing.T) {
	t.Parallel() // each writes its own site in its own folder
	for _, today := range []string{"2026-11-27", "2026-11-28", "2026-09-30"} {
		now := day(t, today)
		dir := filepath.Join(t.TempDir(), "demo")
		if _, err := Site(dir, now); err != nil {
			t.Fatal(err)
		}
		for i, c := range categories {
			name := c.Key
			if i%2 == 1 {
				name = c.Label
			}
			it, err := Item(dir, name, c.Key+"/new-item", now)
			if err != nil {
				t.Fatalf("%s: new %s: %v", today, name, err)
			}
			if it.File != "content/"+c.Key+"/new-item.md" || !it.Draft || it.Archetype != "the built-in archetype" {
				t.Errorf("%s: new %s: %+v", today, name, it)
			}
		}
		_, diags := build.Load(&build.Options{SiteDir: dir, Now: now, Drafts: true})
		for _, d := range diags {
			t.Errorf("%s with drafts: %s", today, d)
		}
		publishAll(t, dir)
		site, diags := build.Load(&build.Options{SiteDir: dir, Now: now})
		for _, d := range diags {
			t.Errorf("%s published: %s", today, d)
		}
		if len(site.Items) != 2*len(categories) {
			t.Errorf("%s: %d items published, want %d", today, len(site.Items), 2*len(categories))
		}
	}
}

// publishAll deletes the draft line of every new item.
func publishAll(t *testing.T, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "content", "*", "new-item.md"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var keep []string
		for _, line := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(line, "draft") {
				keep = append(keep, line)
			}
		}
		if err := os.WriteFile(f, []byte(strings.Join(keep, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestNewItemTellsWhatToWrite(t *testing.T) {
	t.Parallel() // each writes its own site in its own folder
	dir := filepath.Join(t.TempDir(), "demo")
	now := day(t, "2026-11-27")
	if _, err := Site(dir, now); err != nil {
		t.Fatal(err)
	}
	if _, err := Item(dir, "cadre", "cadre/wang.md", now); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "content/cadre/wang.md"))
	for _, want := range []string{"date     = 2026-11-27", "until    = 2026-12-03", "公示期不少于 5 个工作日", "draft    = true", "写明公示对象"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("new cadre item lacks %q:\n%s", want, data)
		}
	}
	if _, err := Item(dir, "goals", "goals/2026", now); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(filepath.Join(dir, "content/goals/2026.md"))
	if !strings.Contains(string(data), `period   = "yearly"`) || !strings.Contains(string(data), "更新周期") {
		t.Errorf("new periodic item lacks its period:\n%s", data)
	}
}

func TestArchetypeLookup(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	now := day(t, "2026-11-27")
	if _, err := Site(dir, now); err != nil {
		t.Fatal(err)
	}
	theme := "+++\ntitle = \"主题模板\"\ndate = {{.Date}}\ncategory = \"{{.Category}}\"\nuntil = {{.Until}}\n+++\n来自主题。\n"
	site := "+++\ntitle = \"本站模板\"\ndate = {{.Date}}\ncategory = \"{{.Category}}\"\nuntil = {{.Until}}\n+++\n来自本站。\n"
	write := func(name, text string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("themes/default/archetypes/cadre.md", theme)
	it, err := Item(dir, "cadre", "cadre/a", now)
	if err != nil || it.Archetype != "themes/default/archetypes/cadre.md" {
		t.Fatalf("with a theme archetype: %+v, %v", it, err)
	}
	write("archetypes/cadre.md", site)
	it, err = Item(dir, "cadre", "cadre/b", now)
	if err != nil || it.Archetype != "archetypes/cadre.md" || it.Draft {
		t.Fatalf("with a site archetype: %+v, %v", it, err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "content/cadre/b.md"))
	if !strings.Contains(string(data), "本站模板") || !strings.Contains(string(data), "until = 2026-12-03") {
		t.Errorf("the site archetype was not used as written:\n%s", data)
	}
	write("archetypes/goals.md", "+++\ntitle = {{.Nope}}\n+++\n")
	if _, err := Item(dir, "goals", "goals/x", now); err == nil || !strings.Contains(err.Error(), "archetypes/goals.md") {
		t.Errorf("a broken archetype: %v, want an error naming it", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/goals/x.md")); err == nil {
		t.Errorf("a broken archetype still wrote a file")
	}
}

func TestNewItemRefusals(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	now := day(t, "2026-11-27")
	if _, err := Site(dir, now); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ cat, path, want string }{
		{"cadres", "cadre/x", `unknown category "cadres" (did you mean "cadre"?)`},
		{"干部选任", "cadre/x", "cadre（干部选任和管理）"},
		{"cadre", "cadre/shili", "already exists"},
		{"cadre", "../outside", "leads out of content/"},
		{"cadre", `cadre\x`, "backslash"},
		{"cadre", "cadre/_x", "skips"},
		{"cadre", "", "names no file"},
		{"cadre", "cadre/Wang Gongshi", `file name "Wang Gongshi.md" becomes part of the item's permanent address (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the file to "wang-gongshi.md"`},
		{"cadre", "干部/wang", `folder name "干部" becomes part of the permanent address of every item in it`},
		{"cadre", "cadre/王某任前公示.md", `writing Chinese words in pinyin (such as "ganbu-renmian.md")`},
	} {
		_, err := Item(dir, c.cat, c.path, now)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("new %s %s: %v, want %q", c.cat, c.path, err, c.want)
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, "content/cadre/shili.md"))
	if !strings.Contains(string(data), "示例") {
		t.Errorf("the existing file was overwritten")
	}
	_, err := Item(t.TempDir(), "cadre", "cadre/x", now)
	if err == nil || !strings.Contains(err.Error(), "site.toml") {
		t.Errorf("outside a site: %v, want the site.toml error", err)
	}
}
