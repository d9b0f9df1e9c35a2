package build

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/publish"
)

var testNow = calendar.Day{Y: 2026, M: 11, D: 27}

// copySite copies the example site at the repository root into a temporary
// folder, without its output.
func copySite(t testing.TB) string {
	t.Helper()
	dst := t.TempDir()
	for _, name := range []string{"site.toml", "content", "layouts", "static", "records"} {
		src := filepath.Join("..", "..", name)
		if _, err := os.Stat(src); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(filepath.Join("..", ".."), p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// readTree reads a built folder as output path → bytes.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == publish.Marker {
			return nil
		}
		data, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameFiles reports every difference between two built sites.
func sameFiles(t *testing.T, step string, want, got map[string][]byte) {
	t.Helper()
	var paths []string
	for p := range want {
		paths = append(paths, p)
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	bad := 0
	for _, p := range paths {
		w, inWant := want[p]
		g, inGot := got[p]
		switch {
		case !inGot:
			t.Errorf("%s: %s is in the full build but not in the session's", step, p)
		case !inWant:
			t.Errorf("%s: %s is in the session's build but not in the full one", step, p)
		case !bytes.Equal(w, g):
			at := firstDifference(w, g)
			t.Errorf("%s: %s differs from the full build from byte %d:\nfull:    %s\nsession: %s", step, p, at, excerpt(w, at), excerpt(g, at))
		default:
			continue
		}
		if bad++; bad > 10 {
			t.Fatalf("%s: too many differences", step)
		}
	}
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// excerpt is about 200 bytes of data around at, cut at UTF-8 boundaries.
func excerpt(data []byte, at int) string {
	from, to := max(0, at-100), min(len(data), at+100)
	return strings.ToValidUTF8(string(data[from:to]), "")
}

type edit struct {
	name    string
	changed []string // paths reported to the session
	do      func(t *testing.T, dir string)
	// body says the step changes bodies only: the session must render
	// anew only a few of the planned channels' files (the item's page, the
	// lists and indexes that show it), not the site.
	body bool
	// fails says the step breaks the site: the session must report it and
	// build correctly again after the next step.
	fails bool
	// display says the step changes titles, numbers or summaries only:
	// the session must render anew the files that show them, not every
	// item's page.
	display bool
	// renders are files the step must change: the session renders them
	// anew and they differ from the last build, so a stale one would
	// differ from the full build.
	renders []string
	// keeps are folders none of whose files the session may render anew.
	keeps []string
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	write(t, dir, name, strings.Replace(string(data), old, new, 1))
}

func rename(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, to)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

const (
	wang      = "content/cadre/2026-11-renqian-gongshi.md"                   // on board 5 and every kiosk
	study     = "content/ideology/2026-zhongxinzu-xuexi-jihua.md"            // on no board or kiosk
	weimin    = "content/masses/2026-weimin-banshi.md"                       // on the hall kiosk only
	caizhen   = "content/risks/caizhengju-lianzheng-fengxian.md"             // its risk points on board 8's list, its body on no board
	dangfeng  = "content/integrity/2026-dangfeng-lianzheng-zerenzhi.md"      // on board 8 only
	goals2026 = "content/goals/2026-niandu-mubiao.md"                        // replaces goals/2025-niandu-mubiao
	xuke      = "content/flowcharts/xingzheng-xuke-liucheng.md"              // a power; content/risks/shenpiju-… names it
	rules2019 = "content/leadership/xianwei-changweihui-yishi-guize-2019.md" // withdrawn
)

// otherBoards are the sheets of every board but those numbered in on.
func otherBoards(on ...string) []string {
	var out []string
	for n := 1; n <= 10; n++ {
		if nn := fmt.Sprintf("%02d", n); !slices.Contains(on, nn) {
			out = append(out, "boards/"+nn+"/")
		}
	}
	return out
}

var edits = []edit{
	{name: "body edit", changed: []string{wang}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "## 公示期限", "## 公示期限（已延长说明）")
	}, renders: []string{"boards/05/index.html", "kiosk/lobby/index.html", "kiosk/lobby/manifest.json", "kiosk/entrance/index.html", "kiosk/hall/index.html"},
		keeps: otherBoards("05")},
	{name: "edit the text of a message whose reply is not published", changed: []string{"records/feedback/2026-035.toml"}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "records/feedback/2026-035.toml", "已核实并督促", "经核实，已督促")
	}, keeps: []string{""}},
	{name: "mark a reply for publishing", changed: []string{"records/feedback/2026-035.toml"}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "records/feedback/2026-035.toml", "publish    = false", "publish    = true")
	}, renders: []string{"replies/index.html", "index.html"}},
	{name: "body edit of an item on no board or kiosk", changed: []string{study}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, study, "全年安排集体学习12次，\n", "全年安排集体学习12次（含扩大学习2次），\n")
	}, keeps: []string{"boards/", "kiosk/"}},
	{name: "body edit of an item on the hall kiosk only", changed: []string{weimin}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, weimin, "其余6件正在按计划推进。", "其余6件正在按计划推进，年底前全部完成。")
	}, renders: []string{"kiosk/hall/index.html", "kiosk/hall/manifest.json"}, keeps: []string{"boards/", "kiosk/lobby/", "kiosk/entrance/"}},
	{name: "body edit of an item whose risk points board 8 lists", changed: []string{caizhen}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, caizhen, "投诉举报电话：", "监督举报电话：")
	}, keeps: []string{"boards/", "kiosk/"}},
	{name: "body edit of an item on board 8 only", changed: []string{dangfeng}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, dangfeng, "欢迎社会各界对党风廉政建设进行监督。", "欢迎社会各界对党风廉政建设和作风建设进行监督。")
	}, renders: []string{"boards/08/index.html"}, keeps: append(otherBoards("08"), "kiosk/")},
	{name: "a body edit that adds a sheet to board 8", changed: []string{dangfeng}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, dangfeng, "欢迎社会各界", strings.Repeat("县纪委监委将党风廉政建设责任制落实情况纳入年度考核，每半年开展一次检查，对发现的问题建立台账、限期整改，整改情况向社会公开。\n\n", 40)+"欢迎社会各界")
	}, renders: []string{"boards/08/index.html", "boards/index.html"}, keeps: append(otherBoards("08"), "kiosk/")},
	{name: "body edit on board 5 after board 8 grew: the index keeps board 8's new sheets", changed: []string{wang}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "## 公示期限（已延长说明）", "## 公示期限（已延长）")
	}, renders: []string{"boards/05/index.html"}, keeps: otherBoards("05")},
	{name: "a body edit linking to no item", fails: true, changed: []string{wang}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "## 反映方式", "见[附件](no-such-item.md)。\n\n## 反映方式")
	}},
	{name: "the body edit undone: the error goes", changed: []string{wang}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "见[附件](no-such-item.md)。\n\n## 反映方式", "## 反映方式")
	}},
	{name: "body edit adding a link to another item", changed: []string{wang}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "## 反映方式", "另见[交流轮岗办法](ganbu-jiaoliu-lungang-banfa.md)。\n\n## 反映方式")
	}},
	{name: "rename the linked item, breaking the link", fails: true, changed: []string{"content/cadre/ganbu-jiaoliu-lungang-banfa.md", "content/cadre/lungang-banfa.md"}, do: func(t *testing.T, dir string) {
		rename(t, dir, "content/cadre/ganbu-jiaoliu-lungang-banfa.md", "content/cadre/lungang-banfa.md")
	}},
	{name: "fix the link", changed: []string{wang}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, "(ganbu-jiaoliu-lungang-banfa.md)", "(lungang-banfa.md)")
	}},
	{name: "break the front matter", fails: true, changed: []string{wang}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `category = "cadre"`, `category = "cadres"`)
	}},
	{name: "fix the front matter", changed: []string{wang}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `category = "cadres"`, `category = "cadre"`)
	}},
	{name: "rename the linked item back, fixing the link", changed: []string{"content/cadre/ganbu-jiaoliu-lungang-banfa.md", "content/cadre/lungang-banfa.md", wang}, do: func(t *testing.T, dir string) {
		rename(t, dir, "content/cadre/lungang-banfa.md", "content/cadre/ganbu-jiaoliu-lungang-banfa.md")
		replaceIn(t, dir, wang, "(lungang-banfa.md)", "(ganbu-jiaoliu-lungang-banfa.md)")
	}},
	{name: "title edit", changed: []string{wang}, display: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `title    = "关于王建国等同志任前公示的公告"`, `title    = "关于王建国等三名同志任前公示的公告"`)
	}, renders: []string{"cadre/2026-11-renqian-gongshi/index.html", "categories/cadre/index.html", "index.json", "feed.xml"}},
	{name: "summary edit", changed: []string{wang}, display: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `summary  = "王建国、李秀英、张明辉3名同志拟任新职`, `summary  = "王建国等3名同志拟任新职`)
	}, renders: []string{"cadre/2026-11-renqian-gongshi/index.html"}},
	{name: "number edit", changed: []string{wang}, display: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `number   = "青组公〔2026〕31号"`, `number   = "青组公〔2026〕41号"`)
	}, renders: []string{"cadre/2026-11-renqian-gongshi/index.html"}},
	{name: "title edit of an item that replaces another: the replaced item's page names it", changed: []string{goals2026}, display: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, goals2026, `title    = "青山县2026年度工作目标`, `title    = "青山县2026年度经济社会发展目标`)
	}, renders: []string{"goals/2025-niandu-mubiao/index.html", "goals/2026-niandu-mubiao/index.html"}},
	{name: "title edit of a power: the risk table of another item names it", changed: []string{xuke}, display: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, xuke, `title      = "建筑工程施工许可证核发流程"`, `title      = "建筑工程施工许可核发流程"`)
	}, renders: []string{"risks/shenpiju-lianzheng-fengxian/index.html", "flowcharts/xingzheng-xuke-liucheng/index.html"}},
	{name: "issuer edit", changed: []string{wang}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, wang, `issuer   = "organization"`, `issuer   = "party-office"`)
	}},
	{name: "category and date edit", changed: []string{study}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, study, `category = "ideology"`, `category = "other"`)
		replaceIn(t, dir, study, "date     = 2026-01-20", "date     = 2026-01-22")
	}},
	{name: "replaces removed", changed: []string{goals2026}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, goals2026, `replaces = "goals/2025-niandu-mubiao"`+"\n", "")
	}, renders: []string{"goals/2025-niandu-mubiao/index.html"}},
	{name: "withdrawn date moved", changed: []string{rules2019}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, rules2019, "withdrawn = 2026-06-30", "withdrawn = 2026-09-30")
	}, renders: []string{"leadership/xianwei-changweihui-yishi-guize-2019/index.html"}},
	{name: "new item in a new folder", changed: []string{"content/notes"}, do: func(t *testing.T, dir string) {
		write(t, dir, "content/notes/2026-11-tongzhi.md", "+++\ntitle = \"关于开展学习的通知\"\ndate = 2026-11-26\ncategory = \"other\"\nuntil = 2026-12-10\n+++\n\n请各单位认真组织学习。\n")
	}},
	{name: "body edit of the new item", changed: []string{"content/notes/2026-11-tongzhi.md"}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "content/notes/2026-11-tongzhi.md", "请各单位", "请全县各单位")
	}},
	{name: "delete an item", changed: []string{"content/masses/2026-10-xinfang.md"}, do: func(t *testing.T, dir string) {
		if err := os.Remove(filepath.Join(dir, "content/masses/2026-10-xinfang.md")); err != nil {
			t.Fatal(err)
		}
	}},
	{name: "delete an item on board 8", changed: []string{"content/integrity/shuzhi-shulian-zhidu.md"}, do: func(t *testing.T, dir string) {
		if err := os.Remove(filepath.Join(dir, "content/integrity/shuzhi-shulian-zhidu.md")); err != nil {
			t.Fatal(err)
		}
	}, renders: []string{"boards/08/index.html"}},
	{name: "rename an item on board 5", changed: []string{"content/appointments/2026-11-kaocha-yugao.md", "content/appointments/2026-11-kaocha-yugao-ganbu.md"}, do: func(t *testing.T, dir string) {
		rename(t, dir, "content/appointments/2026-11-kaocha-yugao.md", "content/appointments/2026-11-kaocha-yugao-ganbu.md")
	}, renders: []string{"boards/05/index.html"}},
	{name: "body edit of the renamed item", changed: []string{"content/appointments/2026-11-kaocha-yugao-ganbu.md"}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "content/appointments/2026-11-kaocha-yugao-ganbu.md", "+++\n\n", "+++\n\n考察对象名单如下。\n\n")
	}, renders: []string{"boards/05/index.html"}, keeps: otherBoards("05")},
	{name: "rename a folder", changed: []string{"content/notes", "content/notices"}, do: func(t *testing.T, dir string) {
		rename(t, dir, "content/notes", "content/notices")
	}},
	{name: "make an item a draft", changed: []string{"content/notices/2026-11-tongzhi.md"}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "content/notices/2026-11-tongzhi.md", "+++\n\n", "draft = true\n+++\n\n")
	}},
	{name: "an image beside an item, and a link to it", changed: []string{wang, "content/cadre/photo.svg"}, do: func(t *testing.T, dir string) {
		write(t, dir, "content/cadre/photo.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`)
		replaceIn(t, dir, wang, "## 反映方式", "![照片](photo.svg)\n\n## 反映方式")
	}},
	// Bodies only, but the files under content/ that are published change
	// (the global fingerprint): every page is rendered.
	{name: "a body edit of another item linking to the image", changed: []string{weimin}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, weimin, "其余6件正在按计划推进", "![照片](../cadre/photo.svg)\n\n其余6件正在按计划推进")
	}, renders: []string{"masses/2026-weimin-banshi/index.html", "kiosk/hall/index.html"}},
	{name: "a body edit taking the link to the image out: it is no longer published", changed: []string{weimin}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, weimin, "![照片](../cadre/photo.svg)\n\n", "")
	}, renders: []string{"masses/2026-weimin-banshi/index.html"}},
	{name: "a layout override", changed: []string{"layouts/partials/footer.html"}, do: func(t *testing.T, dir string) {
		write(t, dir, "layouts/partials/footer.html", `<footer class="sitefoot" id="feedback"><p>{{.Site.Config.County}} 意见反馈：{{.Site.Config.Feedback.Phone}}</p></footer>`)
	}},
	{name: "a layout edit", changed: []string{"layouts/partials/footer.html"}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "layouts/partials/footer.html", "意见反馈：", "意见和建议：")
	}},
	{name: "body edit after the layout edit", changed: []string{study}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, study, "全年安排集体学习12次", "全年安排集体学习13次")
	}, renders: []string{"ideology/2026-zhongxinzu-xuexi-jihua/index.html"}}, // the site's footer may show any body: boards and kiosks are rendered too
	{name: "a static file", changed: []string{"static/css/extra.css"}, do: func(t *testing.T, dir string) {
		write(t, dir, "static/css/extra.css", "body { color: #111; }\n")
	}},
	{name: "site.toml", changed: []string{"site.toml"}, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "site.toml", "paginate = 15", "paginate = 4")
	}},
	{name: "body edit after site.toml", changed: []string{"content/cadre/2026-10-renqian-gongshi.md"}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, "content/cadre/2026-10-renqian-gongshi.md", "+++\n\n", "+++\n\n补充说明：公示期间受理来信来访。\n\n")
	}},
	{name: "the layout override removed", changed: []string{"layouts/partials"}, do: func(t *testing.T, dir string) {
		if err := os.RemoveAll(filepath.Join(dir, "layouts/partials")); err != nil {
			t.Fatal(err)
		}
	}},
	{name: "body edits of an item on board 5 and of one on a kiosk after the layouts changed", changed: []string{weimin, "content/appointments/2026-11-kaocha-yugao-ganbu.md"}, body: true, do: func(t *testing.T, dir string) {
		replaceIn(t, dir, weimin, "其余6件正在按计划推进", "其余5件正在按计划推进")
		replaceIn(t, dir, "content/appointments/2026-11-kaocha-yugao-ganbu.md", "考察对象名单如下。", "考察对象名单如下：")
	}, renders: []string{"masses/2026-weimin-banshi/index.html", "boards/05/index.html", "kiosk/hall/index.html"}, keeps: otherBoards("05")},
}

// snapshot reads the site folder's files into memory: the site as it is
// now, while the test goes on editing the folder.
func snapshot(t *testing.T, dir string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for p, data := range readTree(t, dir) {
		m[p] = &fstest.MapFile{Data: data}
	}
	return m
}

// fullBuild is a full build of the site as one step left it, made in the
// background from a snapshot while the session goes on with the next
// step; finish compares it with the session's output of that step. It is
// Run, writing to disk, or run into memory, which writes the same bytes
// (TestDeterministic) at about half the cost here.
type fullBuild struct {
	step    string
	session map[string][]byte
	dest    string          // Run's output folder, or "" for a build into memory
	mem     *publish.Writer // the build into memory
	done    chan struct{}   // closed when the build has ended, with err
	err     error
}

func startFull(t *testing.T, dir, step string, session map[string][]byte, toDisk bool) *fullBuild {
	t.Helper()
	f := &fullBuild{step: step, session: session, done: make(chan struct{})}
	opts := Options{SiteDir: dir, FS: snapshot(t, dir), Now: testNow, Scope: config.Public}
	if toDisk {
		f.dest = filepath.Join(t.TempDir(), "public")
		opts.Dest = f.dest
	} else {
		f.mem = publish.NewMemory()
	}
	go func() {
		defer close(f.done)
		if toDisk {
			_, f.err = Run(opts)
		} else {
			f.err = run(context.Background(), opts, f.mem, &Result{Pages: map[string]int{}}, time.Now())
		}
	}()
	return f
}

func (f *fullBuild) finish(t *testing.T) {
	t.Helper()
	if <-f.done; f.err != nil {
		t.Fatalf("%s: full build: %v", f.step, f.err)
	}
	if f.mem != nil {
		sameFiles(t, f.step, f.mem.Memory(), f.session)
		return
	}
	sameFiles(t, f.step, readTree(t, f.dest), f.session)
}

// TestSessionMatchesRun edits a copy of the example site step by step; after
// every step the session's output must be byte for byte a full build's, and
// a body edit must re-render only a few files. Each step's full build runs
// while the session builds the next; the first and the last are Run's
// output on disk, the others full builds into memory.
func TestSessionMatchesRun(t *testing.T) {
	t.Parallel()
	final := edits[len(edits)-1]
	if final.fails {
		t.Fatal("the last step must build: its full build is Run's, on disk")
	}
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	var last map[string][]byte
	var full *fullBuild // the last step's, not yet compared
	t.Cleanup(func() {
		if full != nil {
			<-full.done // a failed step left it running: wait before the temporary folders go
		}
	})
	check := func(step string, e edit) {
		t.Helper()
		out, res, err := s.Build()
		if err != nil {
			t.Fatalf("%s: session build: %v", step, err)
		}
		for _, p := range e.renders {
			if !slices.Contains(out.Paths, p) {
				t.Errorf("%s: the session did not render %s anew", step, p)
			}
			if bytes.Equal(out.Files[p], last[p]) {
				t.Errorf("%s: %s did not change; choose an edit that changes it", step, p)
			}
		}
		for _, p := range out.Paths {
			for _, k := range e.keeps {
				if strings.HasPrefix(p, k) {
					t.Errorf("%s: the session rendered %s anew; it shows nothing that changed", step, p)
				}
			}
		}
		last = out.Files
		body := e.body
		if full != nil {
			full.finish(t)
		}
		full = startFull(t, dir, step, out.Files, step == "first build" || step == final.name)
		if body && out.Rendered*5 > len(out.Files) {
			t.Errorf("%s: the session rendered %d of the %d files; a body edit should render under a fifth", step, out.Rendered, len(out.Files))
		}
		if e.display && out.Rendered*3 > len(out.Files) {
			t.Errorf("%s: the session rendered %d of the %d files; a title, number or summary edit should render under a third", step, out.Rendered, len(out.Files))
		}
		t.Logf("%s: rendered %d of %d files (%d items) in %v", step, out.Rendered, len(out.Files), res.Items, res.Elapsed)
		if e.body || e.display {
			t.Logf("%s: rendered %s", step, strings.Join(out.Paths, " "))
		}
	}
	check("first build", edit{})
	for _, e := range edits {
		e.do(t, dir)
		s.Changed(e.changed...)
		if e.fails {
			if _, res, err := s.Build(); err == nil || !IsContentError(err) {
				t.Fatalf("%s: the session built without a content error (%v)", e.name, err)
			} else {
				t.Logf("%s: %v", e.name, res.Diags)
			}
			continue
		}
		check(e.name, e)
	}
	full.finish(t)
	full = nil
}

// TestSessionEarly: what serve shows while the late channels (boards,
// kiosks) are still being rendered has this build's website and the last
// finished build's sheets; a Finish overtaken by a newer Start changes
// nothing.
func TestSessionEarly(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	first, _, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	// A full build of the folder as it is now, into memory: this test is
	// about what the session shows when, not about disk
	// (TestSessionMatchesRun compares the session with Run on disk).
	full := func() map[string][]byte {
		return buildOpts(t, Options{SiteDir: dir, FS: snapshot(t, dir), Now: testNow})
	}
	// Shorten the window of an item on board 5: its web page and its
	// board sheet change.
	replaceIn(t, dir, wang, "until    = 2026-11-27", "until    = 2026-11-30")
	s.Changed(wang)
	p, _, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	early := p.Early().Files
	want := full()
	sheet := "boards/05/index.html"
	if bytes.Equal(want[sheet], first.Files[sheet]) {
		t.Fatalf("the edit does not change %s; choose another", sheet)
	}
	if !bytes.Equal(early[sheet], first.Files[sheet]) {
		t.Errorf("early %s is not the last finished build's", sheet)
	}
	page := "cadre/2026-11-renqian-gongshi/index.html"
	if !bytes.Equal(early[page], want[page]) {
		t.Errorf("early %s is not this build's", page)
	}
	// A newer Start overtakes p; p's Finish must not record its sheets.
	replaceIn(t, dir, wang, "until    = 2026-11-30", "until    = 2026-12-01")
	s.Changed(wang)
	newer, _, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Finish(); err != nil {
		t.Fatal(err)
	}
	if got := newer.Early().Files[sheet]; !bytes.Equal(got, first.Files[sheet]) {
		t.Errorf("an overtaken Finish changed what the newer build shows early")
	}
	out, _, err := newer.Finish()
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "after an overtaken build", full(), out.Files)
}

// TestSessionFinishOverlapsStart runs a Finish while the next Start reads
// and renders, as serve does; under -race it shows they share nothing
// unguarded, and the newest build is still a full build's.
func TestSessionFinishOverlapsStart(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	if _, _, err := s.Build(); err != nil {
		t.Fatal(err)
	}
	var last *Pending
	for i, until := range []string{"2026-11-30", "2026-12-01", "2026-12-02"} {
		prev := []string{"2026-11-27", "2026-11-30", "2026-12-01"}[i]
		replaceIn(t, dir, wang, "until    = "+prev, "until    = "+until)
		replaceIn(t, dir, "content/cadre/ganbu-jiaoliu-lungang-banfa.md", "+++\n\n", fmt.Sprintf("+++\n\n第%d次修改。\n\n", i))
		s.Changed(wang, "content/cadre/ganbu-jiaoliu-lungang-banfa.md")
		done := make(chan error, 1)
		if last != nil {
			go func(p *Pending) { _, _, err := p.Finish(); done <- err }(last)
		} else {
			done <- nil
		}
		p, _, err := s.Start()
		if err != nil {
			t.Fatal(err)
		}
		_ = p.Early()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		last = p
	}
	out, _, err := last.Finish()
	if err != nil {
		t.Fatal(err)
	}
	full := buildOpts(t, Options{SiteDir: dir, FS: snapshot(t, dir), Now: testNow})
	sameFiles(t, "after overlapping builds", full, out.Files)
}

// TestSessionLateFiles: after a title edit Start renders the item's page
// but leaves the catalog and index.json (output.File.Late) to Finish;
// meanwhile Early shows the last finished build's, and Finish renders
// them anew.
func TestSessionLateFiles(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	first, _, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	replaceIn(t, dir, wang, `title    = "关于王建国等同志任前公示的公告"`, `title    = "关于王建国等三名同志任前公示的公告"`)
	s.Changed(wang)
	p, _, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	early := p.Early()
	page := "cadre/2026-11-renqian-gongshi/index.html"
	if bytes.Equal(early.Files[page], first.Files[page]) {
		t.Errorf("Start did not render %s anew", page)
	}
	late := []string{"catalog/index.html", "index.json"}
	for _, f := range late {
		if !bytes.Equal(early.Files[f], first.Files[f]) {
			t.Errorf("Start rendered %s; it is left to Finish", f)
		}
	}
	out, _, err := p.Finish()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range late {
		if !slices.Contains(out.Paths, f) || bytes.Equal(out.Files[f], first.Files[f]) {
			t.Errorf("Finish did not render %s anew", f)
		}
	}
}
