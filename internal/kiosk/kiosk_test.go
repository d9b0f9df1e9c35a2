package kiosk_test

import (
	"bytes"
	"encoding/json"
	"html"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

func load(t *testing.T, files map[string]string, now string) *model.Site {
	t.Helper()
	opts := &build.Options{SiteDir: exampleSite, FS: example(files), Now: day(t, now)}
	site, diags := build.Load(opts)
	for _, d := range diags {
		t.Errorf("%s", d)
	}
	if site == nil {
		t.FailNow()
	}
	return site
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

// spaceless is the text of s without tags, entities or spaces: what a
// reader sees, whatever the line breaks.
func spaceless(s string) string {
	s = html.UnescapeString(tagRe.ReplaceAllString(s, ""))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// lost returns the texts of blocks that are not in shown, in order.
func lost(blocks []markdown.Block, shown string) []string {
	var out []string
	pos := 0
	for _, b := range blocks {
		var parts []string
		switch {
		case len(b.Cells) > 1:
			for _, row := range b.Cells[1:] {
				parts = append(parts, row...)
			}
		case len(b.Items) > 0:
			for _, it := range b.Items {
				parts = append(parts, it.Text)
			}
		default:
			parts = []string{b.Text}
		}
		for _, p := range parts {
			key := spaceless(p)
			i := strings.Index(shown[pos:], key)
			if i < 0 {
				out = append(out, p)
				continue
			}
			pos += i + len(key)
		}
	}
	return out
}

// moreKiosks are screen sizes beyond the example's, for the layout tests.
const moreKiosks = `
[[kiosks]]
name = "small"
kind = "display"
round = "1h"
width = 1366
height = 768
categories = ["cadre", "appointments", "decisions", "goals", "projects", "contacts", "duties", "powers", "flowcharts", "masses"]

[[kiosks]]
name = "portrait4k"
kind = "display"
round = "1h"
width = 2160
height = 3840
categories = ["cadre", "appointments", "decisions", "goals", "projects", "contacts", "duties", "powers", "flowcharts", "masses"]

[[kiosks]]
name = "wide-touch"
kind = "touch"
width = 1920
height = 1080
categories = ["cadre", "appointments", "decisions", "goals", "projects", "contacts", "duties", "powers", "flowcharts", "masses"]
`

// TestSlidesHoldWholeBodiesWithinTheScreen lays out every kiosk of the
// example, and more screen sizes, and checks that no slide or touch page is
// filled beyond its measured room and that every word of every body is on
// some page, in order.
func TestSlidesHoldWholeBodiesWithinTheScreen(t *testing.T) {
	site := load(t, map[string]string{"site.toml": readSiteToml(t) + moreKiosks}, "2026-11-27")
	for i := range site.Config.Kiosks {
		k := &site.Config.Kiosks[i]
		items := kiosk.Select(site, k)
		if len(items) == 0 {
			t.Fatalf("kiosk %s shows nothing", k.Name)
		}
		bodies := map[string]*strings.Builder{}
		add := func(id string, used, room float64, where string, body template.HTML) {
			if used > room {
				t.Errorf("%s %s: %.0f px of text in %.0f px", k.Name, where, used, room)
			}
			if bodies[id] == nil {
				bodies[id] = &strings.Builder{}
			}
			bodies[id].WriteString(spaceless(string(body)))
		}
		c := common(t, site, k, items)
		if k.Kind == "touch" {
			touch, err := kiosk.NewTouch(c, items)
			if err != nil {
				t.Fatal(err)
			}
			for _, size := range touch.Sizes {
				clear(bodies)
				for _, s := range size.Screens {
					add(strings.TrimPrefix(s.View, "item:"), s.Used, s.Room, s.View+"#"+size.Key, s.Body)
				}
				checkWhole(t, k.Name+" size "+size.Key, items, bodies)
			}
			continue
		}
		// Without a round, every body whole; then in the round, the
		// items cut short within their slides too.
		round := k.RoundSeconds
		k.RoundSeconds = 0
		d, err := kiosk.NewDisplay(c, items)
		k.RoundSeconds = round
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Slides {
			add(s.Item.ID, s.Used, s.Room, s.Item.ID, s.Body)
		}
		checkWhole(t, k.Name, items, bodies)
		if d, err = kiosk.NewDisplay(c, items); err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Slides {
			add(s.Item.ID, s.Used, s.Room, s.Item.ID+" in the round", s.Body)
		}
	}
}

func checkWhole(t *testing.T, where string, items []*model.Item, bodies map[string]*strings.Builder) {
	t.Helper()
	for _, it := range items {
		b := bodies[it.ID]
		if b == nil {
			t.Errorf("%s: %s has no pages", where, it.ID)
			continue
		}
		for _, l := range lost(it.Doc.Blocks(), b.String()) {
			t.Errorf("%s: %s lost %q", where, it.ID, l)
		}
	}
}

// manifestOf is the manifest of kiosk name among a build's files.
func manifestOf(t *testing.T, files map[string][]byte, name string) kiosk.Manifest {
	t.Helper()
	data, ok := files["kiosk/"+name+"/manifest.json"]
	if !ok {
		t.Fatalf("no manifest for kiosk %s", name)
	}
	var m kiosk.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestManifestHashChangesExactlyWithContent: the same input gives the same
// page and hash on another day; a change to an item on the kiosk changes
// them; a change to an item elsewhere does not.
func TestManifestHashChangesExactlyWithContent(t *testing.T) {
	t.Parallel() // builds only: it may run while the browser tests wait
	// A screen of long-term items: the same items are in force all month.
	toml := readSiteToml(t) + `
[[kiosks]]
name = "powers"
kind = "display"
width = 1920
height = 1080
round = "1h"
categories = ["powers", "flowcharts"]
`
	const flow = "content/flowcharts/ganbu-xuanba-renyong-liucheng.md"
	const other = "content/ideology/2026-zhongxinzu-xuexi-jihua.md" // web only
	edit := func(file, from, to string) string {
		data, err := os.ReadFile(filepath.Join(exampleSite, file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), from) {
			t.Fatalf("%q is not in %s", from, file)
		}
		return strings.Replace(string(data), from, to, 1)
	}
	build := func(files map[string]string, now string) (kiosk.Manifest, []byte) {
		_, out := renderKiosks(t, files, now)
		return manifestOf(t, out, "powers"), out["kiosk/powers/index.html"]
	}
	// The example's urgent item is on every screen through 2026-11-29:
	// here it is not urgent, so the same items are in force all month.
	base := map[string]string{"site.toml": toml, urgentItem: edit(urgentItem, "urgent   = true\n", "")}
	m1, p1 := build(base, "2026-11-27")
	m2, p2 := build(base, "2026-11-27")
	if m1 != m2 || !bytes.Equal(p1, p2) {
		t.Errorf("two builds of the same input differ: %+v, %+v", m1, m2)
	}
	m3, p3 := build(base, "2026-12-15")
	// the page differs by its day alone, which its hash leaves out
	p3 = bytes.Replace(p3, []byte(`"built":"2026-12-15"`), []byte(`"built":"2026-11-27"`), 1)
	if m3.Hash != m1.Hash || !bytes.Equal(p3, p1) || m3.Built != "2026-12-15" {
		t.Errorf("a build on another day with the same items changed the page: %+v, %+v", m1, m3)
	}
	elsewhere := map[string]string{"site.toml": toml, urgentItem: base[urgentItem], other: edit(other, "+++\n\n", "+++\n\n补充说明。\n\n")}
	if m, _ := build(elsewhere, "2026-11-27"); m.Hash != m1.Hash {
		t.Errorf("a change to an item not on the kiosk changed its hash")
	}
	changed := map[string]string{"site.toml": toml, urgentItem: base[urgentItem], flow: edit(flow, "+++\n\n", "+++\n\n本流程自2026年12月1日起施行。\n\n")}
	m4, p4 := build(changed, "2026-11-27")
	if m4.Hash == m1.Hash || !bytes.Contains(p4, []byte(`本流程自<span class="nb">2026年12月1日</span>起施行`)) {
		t.Errorf("a change to an item on the kiosk did not change its hash (%s)", m4.Hash)
	}
	if !bytes.Contains(p1, []byte(m1.Hash)) {
		t.Errorf("the page does not carry its own hash %s", m1.Hash)
	}
}

// TestNothingUnpublishedReachesAKiosk puts an internal item, a draft, an
// item dated after --now, an item awaiting review, an ended notice, a withdrawn rule and an item
// not published on kiosks into a kiosk's category: none may appear on any
// kiosk page or manifest.
func TestNothingUnpublishedReachesAKiosk(t *testing.T) {
	t.Parallel() // builds only: it may run while the browser tests wait
	item := func(title, extra string) string {
		return "+++\ntitle = \"" + title + "\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\n" + extra + "+++\n\n" + title + "正文。\n"
	}
	files := map[string]string{
		"content/cadre/leak-internal.md":   item("泄露甲党内事项", "scope = \"internal\"\nchannel = [\"web\", \"kiosk\"]\n"),
		"content/cadre/leak-draft.md":      item("泄露乙草稿事项", "draft = true\n"),
		"content/cadre/leak-future.md":     strings.Replace(item("泄露丙未来事项", ""), "2026-11-20", "2026-12-20", 1),
		"content/cadre/leak-ended.md":      item("泄露丁已结束公示", "term = \"immediate\"\nuntil = 2026-11-25\n"),
		"content/cadre/leak-withdrawn.md":  item("泄露戊已废止制度", "withdrawn = 2026-11-26\n"),
		"content/cadre/leak-web.md":        item("泄露己仅网站事项", "channel = [\"web\"]\n"),
		"content/cadre/shown.md":           item("应当显示的事项", "reviewed_by = \"县委组织部 许文杰\"\nreviewed = 2026-11-19\ndecided_by = \"县委第16次常委会议 2026-11-18\"\n"),
		"content/cadre/leak-unreviewed.md": item("泄露庚待审核事项", ""),
	}
	files["content/cadre/leak-ended.md"] = strings.Replace(files["content/cadre/leak-ended.md"], "term = \"long-term\"\n", "", 1)
	site, out := renderKiosks(t, files, "2026-11-27")
	for _, k := range site.Config.Kiosks {
		page := string(out["kiosk/"+k.Name+"/index.html"])
		data := out["kiosk/"+k.Name+"/manifest.json"]
		for _, s := range []string{page, string(data)} {
			if strings.Contains(s, "泄露") || strings.Contains(s, "leak-") {
				i := strings.Index(s, "泄露")
				t.Errorf("kiosk %s shows an unpublished item: …%s…", k.Name, s[max(0, i-40):min(len(s), i+80)])
			}
		}
		if !strings.Contains(page, "应当显示的事项") {
			t.Errorf("kiosk %s lacks the item it should show: the test proves nothing", k.Name)
		}
	}
}

// TestCheckReportsItemsNotShown: a kiosk listing an id that names no item
// is an error; listing an item the kiosk never shows (not published on
// kiosks, or internal on a public kiosk) is a warning at the line.
func TestCheckReportsItemsNotShown(t *testing.T) {
	toml := strings.Replace(readSiteToml(t), `name          = "lobby"`, `name          = "lobby"
items         = ["cadre/2026-11-renqian-gongshii", "ideology/2026-zhongxinzu-xuexi-jihua", "organization/2025-dangnei-tongji-gongbao"]`, 1)
	_, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: example(map[string]string{"site.toml": toml}), Now: day(t, "2026-11-27")})
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	line := 0
	for i, l := range strings.Split(toml, "\n") {
		if strings.HasPrefix(l, "items         = [\"cadre/") {
			line = i + 1
		}
	}
	want := []string{
		`site.toml:` + strconv.Itoa(line) + `: kiosks[0].items names item "cadre/2026-11-renqian-gongshii", but there is no content/cadre/2026-11-renqian-gongshii.md (did you mean "cadre/2026-11-renqian-gongshi"?)`,
		`site.toml:` + strconv.Itoa(line) + `: warning: kiosk "lobby" lists ideology/2026-zhongxinzu-xuexi-jihua, but its channel (web) leaves out kiosks, so it is not shown; add "kiosk" to channel in content/ideology/2026-zhongxinzu-xuexi-jihua.md`,
		`site.toml:` + strconv.Itoa(line) + `: warning: kiosk "lobby" lists organization/2025-dangnei-tongji-gongbao, but that item is internal (党内公开) and the kiosk is public, so no edition shows it there; write scope = "internal" in this kiosk if the screen stands inside the Party, or take the item out of items`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPhoneNumbersAreOneUnitOnScreens: the example's telephone numbers in
// body text reach every kiosk whole, and the stylesheet keeps them on one
// line (before, 0791- ended a line on the entrance screen). The number is
// the 任前公示's, a notice every screen shows whole in its round.
func TestPhoneNumbersAreOneUnitOnScreens(t *testing.T) {
	dir, _ := builtExample(t)
	for _, k := range []string{"entrance", "hall", "lobby"} {
		page, err := os.ReadFile(filepath.Join(dir, "kiosk", k, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), ".nb{white-space:nowrap}") {
			t.Errorf("kiosk %s: no white-space:nowrap for .nb", k)
		}
		if !strings.Contains(string(page), `<span class="nb">0791-8812380</span>`) {
			t.Errorf("kiosk %s: the notice's telephone number is not kept together", k)
		}
	}
}
