package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// exampleSite loads the example site (the repository root) into memory, so
// tests can plant files in it without touching the checkout. It is the
// example without review before publishing ([review] and the item awaiting
// review taken out), so that tests plant public items without reviewing
// them; reviewedExample is the example as it is.
func exampleSite(t testing.TB) fstest.MapFS {
	t.Helper()
	m := reviewedExample(t)
	toml := string(m["site.toml"].Data)
	i := strings.Index(toml, "\n[review]\n")
	j := strings.Index(toml[max(i, 0):], "\n\n")
	if i < 0 || j < 0 {
		t.Fatal("the example site.toml has no [review] table ending at a blank line: update exampleSite")
	}
	m["site.toml"] = &fstest.MapFile{Data: []byte(toml[:i+1] + toml[i+j+2:])}
	delete(m, examplePending)
	return m
}

// examplePending is the example's item awaiting review.
const examplePending = "content/appointments/2026-11-kaocha-yugao-jiaoti.md"

// reviewedExample is the example site as it is, review required.
func reviewedExample(t testing.TB) fstest.MapFS {
	t.Helper()
	root := "../.."
	m := fstest.MapFS{}
	for _, top := range []string{"site.toml", "content", "themes", "layouts", "static", "archetypes", "records"} {
		_ = filepath.WalkDir(filepath.Join(root, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			m[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
			return nil
		})
	}
	if m["site.toml"] == nil {
		t.Fatal("example site.toml not found")
	}
	return m
}

// plantedItems are items that must never reach public output, each
// carrying marker strings in every field a renderer might show.
var plantedItems = map[string]string{
	// review before publishing (先审后发): the example requires review
	"content/appointments/zz-leak-unreviewed.md": `+++
title = "LEAKTITLE-UNREVIEWED 待审核考察预告"
date = 2026-11-26
until = 2026-12-03
category = "appointments"
term = "immediate"
channel = ["web", "board", "kiosk"]
issuer = "organization"
number = "LEAKNUM-UNREVIEWED"
replaces = "appointments/2026-11-kaocha-yugao"
aliases = "/appointments/zz-leak-old-unreviewed/"
+++
LEAKBODY-UNREVIEWED 未经审核的正文，提到鲸鲵湾村。
`,
	"content/cadre/zz-leak-halfreviewed.md": `+++
title = "LEAKTITLE-HALFREVIEWED 任前公示"
date = 2026-11-25
until = 2026-12-02
category = "cadre"
term = "immediate"
channel = ["web", "board", "kiosk"]
issuer = "organization"
number = "LEAKNUM-HALFREVIEWED"
reviewed_by = "LEAKREVIEWER 县委组织部"
+++
LEAKBODY-HALFREVIEWED 只写了审核人的正文，拟任人选鹳鹬同志。
`,
	"content/other/zz-leak-undecided.md": `+++
title = "LEAKTITLE-UNDECIDED 目录外事项"
date = 2026-11-24
until = 2026-12-01
category = "other"
term = "immediate"
channel = ["web", "board", "kiosk"]
number = "LEAKNUM-UNDECIDED"
reviewed_by = "LEAKREVIEWER 县委办公室"
reviewed = 2026-11-23
+++
LEAKBODY-UNDECIDED 未经集体研究的目录外事项正文，麒麟路改造。
`,
	"content/cadre/zz-leak-internal.md": `+++
title = "LEAKTITLE-INTERNAL 党内任前公示"
date = 2026-11-23
until = 2026-11-30
category = "cadre"
term = "immediate"
channel = ["web", "board", "kiosk"]
scope = "internal"
urgent = true
urgent_until = 2026-11-29
number = "LEAKNUM-INTERNAL"
issuer = "organization"
aliases = ["/cadre/zz-leak-old-internal/", "/zz-leak-old.html"]
+++
LEAKBODY-INTERNAL 党内事项正文，貔貅岭林场。见[附件](zz-leak-attachment.txt)。
`,
	"content/cadre/zz-leak-attachment.txt": "LEAKFILE-INTERNAL\n",
	"content/appointments/zz-leak-draft.md": `+++
title = "LEAKTITLE-DRAFT 草稿"
date = 2026-11-24
until = 2026-12-01
category = "appointments"
term = "immediate"
number = "LEAKNUM-DRAFT"
draft = true
urgent = true
aliases = "/appointments/zz-leak-old-draft/"
+++
LEAKBODY-DRAFT 草稿正文，鸾凤桥修缮。
`,
	"content/decisions/zz-leak-future.md": `+++
title = "LEAKTITLE-FUTURE 下月征求意见"
date = 2026-12-20
until = 2027-01-30
category = "decisions"
term = "immediate"
number = "LEAKNUM-FUTURE"
urgent = true
urgent_until = 2026-12-22
aliases = "https://gk.qingshan.example.gov.cn/decisions/zz-leak-old-future/"
+++
LEAKBODY-FUTURE 尚未发布，饕餮街夜市。
`,
	"content/flowcharts/zz-leak-future-power.md": `+++
title = "LEAKTITLE-POWER 下月公布的职权"
date = 2026-12-20
category = "flowcharts"
issuer = "approval"
power_type = "审批"
basis = "LEAKBASIS-POWER"
[[steps]]
name = "LEAKSTEP-POWER 申报"
actor = "LEAKACTOR-POWER"
conditions = "列入计划"
target = "申报"
time_limit = "随时"
requirements = "网上申报"
risk = ["LEAK-R1"]
[[risks]]
id = "LEAK-R1"
level = "高"
type = "设权风险"
description = "LEAKRISK-POWER 尚未公布的风险点"
post = "LEAKPOST-POWER"
measures = [{kind = "程序防控", text = "LEAKMEASURE-POWER"}]
+++
`,
	// a public risk point of the power above: it is published, the power is not
	"content/risks/zz-public-risk-of-future-power.md": `+++
title = "公开的风险点"
date = 2026-11-02
category = "risks"
reviewed_by = "县纪委监委 吴静"
reviewed = 2026-10-30
[[risks]]
id = "PUB-R9"
level = "低"
type = "操作风险"
description = "材料审核不严"
post = "审批股"
power = "flowcharts/zz-leak-future-power"
step = "1"
measures = [{kind = "程序防控", text = "两人审核"}]
+++
`,
	"content/risks/zz-leak-internal-risks.md": `+++
title = "LEAKTITLE-RISKS 党内风险点"
date = 2026-06-08
category = "risks"
scope = "internal"
[[risks]]
id = "LEAK-R2"
level = "高"
type = "操作风险"
description = "LEAKRISK-INTERNAL 党内风险点"
post = "LEAKPOST-INTERNAL"
power = "flowcharts/ganbu-xuanba-renyong-liucheng"
step = "2"
measures = [{kind = "分权防控", text = "LEAKMEASURE-INTERNAL"}]
+++
`,
	// for the boards' lists (职权目录, 廉政风险点): an internal power and a
	// draft register of risk points
	"content/flowcharts/zz-leak-internal-power.md": `+++
title = "LEAKTITLE-IPOWER 党内职权"
date = 2026-06-01
category = "flowcharts"
issuer = "standing"
number = "LEAKNUM-IPOWER"
power_type = "决策"
basis = "LEAKBASIS-IPOWER"
scope = "internal"
[[steps]]
name = "LEAKSTEP-IPOWER 研究"
actor = "LEAKACTOR-IPOWER"
conditions = "列入议程"
target = "研究决定"
time_limit = "随时"
requirements = "集体研究"
+++
`,
	"content/risks/zz-leak-draft-risks.md": `+++
title = "LEAKTITLE-DRAFTRISKS 草稿风险点"
date = 2026-06-08
category = "risks"
draft = true
[[risks]]
id = "LEAK-R3"
level = "中"
type = "操作风险"
description = "LEAKRISK-DRAFT 草稿风险点"
post = "LEAKPOST-DRAFT"
matter = "LEAKMATTER-DRAFT"
measures = [{kind = "程序防控", text = "LEAKMEASURE-DRAFT"}]
+++
`,
	"content/decisions/zz-leak-draft-decision.md": `+++
title = "LEAKTITLE-DECISION 草稿决策"
date = 2026-11-20
until = 2026-12-31
category = "decisions"
draft = true
[[stages]]
stage = "征求意见"
start = 2026-11-20
end = 2026-12-31
summary = "LEAKSTAGE-DRAFT"
hearing = 2026-12-10
hearing_place = "LEAKPLACE-DRAFT"
+++
`,
	"content/goals/zz-leak-internal-periodic.md": `+++
title = "LEAKTITLE-PERIODIC 党内年度目标"
date = 2026-11-01
category = "goals"
term = "periodic"
period = "yearly"
scope = "internal"
+++
LEAKBODY-PERIODIC 党内，魑魅山植树。
`,
}

// plantedWords are bigrams only the planted items' bodies hold: the search
// index must not have them as tokens.
var plantedWords = []string{"鲸鲵", "鹳鹬", "麒麟", "貔貅", "鸾凤", "饕餮", "魑魅"}

// TestNothingLeaks proves that what a public build does not publish neither
// shows nor changes anything, in every output, including ones added later.
//
// "markers" builds the example site with planted internal, draft and future
// items (also named by id in a board's and a kiosk's item lists, and with
// aliases) and greps every file of the public output, and the urls.txt the
// build would write, for anything of theirs — title, number, body text,
// address, old address — and for the example site's own unpublished items.
//
// "unchanged" builds the example site without any of its unpublished items,
// then with each hidden thing alone (an item, a future part of a published
// item, an internal board), and requires byte-identical output.
func TestNothingLeaks(t *testing.T) {
	t.Parallel()
	now, _ := calendar.Parse("2026-11-27")
	t.Run("markers", testMarkers)
	t.Run("unchanged", func(t *testing.T) { testUnchanged(t, reviewedExample(t), now) })
}

func testMarkers(t *testing.T) {
	fsys := withPlantedRecords(reviewedExample(t))
	recordMarkers := recordTraces(t, fsys)
	for name, data := range plantedItems {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	toml := string(fsys["site.toml"].Data)
	toml = strings.Replace(toml, `categories  = ["cadre", "appointments"]`, `categories  = ["cadre", "appointments"]`+"\nitems       = [\"cadre/zz-leak-internal\", \"appointments/zz-leak-draft\", \"appointments/zz-leak-unreviewed\", \"other/zz-leak-undecided\"]", 1)
	fsys["site.toml"] = &fstest.MapFile{Data: []byte(toml)}

	now, _ := calendar.Parse("2026-11-27")
	res, out := buildInMemory(t, Options{SiteDir: ".", FS: fsys, Now: now})
	out[ledgerKey] = res.Ledger.Data
	markers := []string{"LEAK", "zz-leak"}
	markers = append(markers, unpublishedTraces(t, fsys, res)...)
	markers = append(markers, recordMarkers...)
	publishedReply(t, fsys, out)
	for rel, data := range out {
		text, index := string(data), strings.HasPrefix(rel, "search/")
		if index { // the search index holds words lower-cased and cut into bigrams
			text = strings.ToLower(text)
			for _, w := range plantedWords {
				if strings.Contains(text, `"`+w+`"`) {
					t.Errorf("LEAK: %s indexes %q, a word only hidden items' bodies hold", rel, w)
				}
			}
		}
		for _, m := range markers {
			if strings.Contains(rel, m) || strings.Contains(text, m) || index && strings.Contains(text, strings.ToLower(m)) {
				t.Errorf("LEAK: %s contains %q", rel, m)
			}
		}
	}
	if len(out["search/meta.json"]) == 0 {
		t.Error("the build wrote no search index: the test proves nothing of it")
	}
	if len(out) < 50 {
		t.Fatalf("only %d output files: the build did not produce the site", len(out))
	}
	// Urgent items are shown (the example's public one), so the test
	// proves the planted urgent ones (internal, draft, future) leak nothing.
	for file, mark := range map[string]string{"index.html": "data-urgent-until", "kiosk/lobby/index.html": "urgent-bar", "kiosk/hall/index.html": "urgent-bar"} {
		if !strings.Contains(string(out[file]), mark) {
			t.Errorf("%s has no %s: no urgent item is shown, and the test proves nothing of them", file, mark)
		}
	}
	// The boards' lists are there, so the test proves they leak nothing.
	for file, row := range map[string]string{"boards/06/index.html": `data-id="flowcharts/ganbu-xuanba-renyong-liucheng"`, "boards/08/index.html": `data-id="PUB-R9"`} {
		if !strings.Contains(string(out[file]), row) {
			t.Errorf("%s has no %s: its list is missing, and the test proves nothing of it", file, row)
		}
	}
}

// unpublishedTraces lists, for every item of the example site that a public
// build on 2026-11-27 must not publish, its title, number, id and every
// sentence of its body that no published item shares.
func unpublishedTraces(t *testing.T, fsys fs.FS, res *Result) []string {
	t.Helper()
	cfg, _ := config.Load(fsys)
	set, _ := content.Load(fsys, cfg, nil)
	var published strings.Builder
	for _, it := range res.Site.Items {
		if hiddenByContent(cfg, it.Item, res.Site.Now) {
			continue
		}
		published.WriteString(it.Title + "\n" + it.Number + "\n" + string(it.Body) + "\n")
	}
	var traces []string
	hidden := 0
	for _, it := range set.Items {
		if !hiddenByContent(cfg, it, res.Site.Now) {
			continue // decided from the content, not from the model under test
		}
		hidden++
		traces = append(traces, it.Title, "/"+it.Path)
		if it.Number != "" && !strings.Contains(published.String(), it.Number) {
			traces = append(traces, it.Number)
		}
		for _, s := range sentences(string(it.Body)) {
			if !strings.Contains(published.String(), s) {
				traces = append(traces, s)
			}
		}
	}
	if hidden < 13 { // 7 planted + the example's 3 internal, 1 draft, 1 future, 1 awaiting review
		t.Fatalf("only %d unpublished items found; the leak test would prove little", hidden)
	}
	return traces
}

// sentences cuts a Markdown body into sentences of at least 12 characters.
func sentences(body string) []string {
	var out []string
	f := func(r rune) bool { return strings.ContainsRune("。！？\n|", r) }
	for _, s := range strings.FieldsFunc(body, f) {
		s = strings.TrimSpace(strings.Trim(s, "#*>- "))
		if len([]rune(s)) >= 12 && !strings.ContainsAny(s, "[]()`\\") {
			out = append(out, s)
		}
	}
	return out
}
