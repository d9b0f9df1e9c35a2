package build

import (
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
)

// deniedFS is fsys with some folders that cannot be read, as chmod 000
// makes them for anyone but root (and the tests run as root).
type deniedFS struct {
	fs.FS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	for p := name; p != "."; p = parent(p) {
		if d.denied[p] {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
	}
	return d.FS.Open(name)
}

func parent(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return "."
}

func loadDiags(t *testing.T, fsys fs.FS) []diag.Diagnostic {
	t.Helper()
	now, _ := calendar.Parse("2026-11-27")
	_, diags := Load(&Options{SiteDir: ".", FS: fsys, Now: now})
	return diags
}

// added are the diagnostics of ds that base does not have.
func added(base, ds []diag.Diagnostic) []string {
	seen := map[string]bool{}
	for _, d := range base {
		seen[d.String()] = true
	}
	var out []string
	for _, d := range ds {
		if !seen[d.String()] {
			out = append(out, d.String())
		}
	}
	return out
}

// TestUnreadableFolders: a folder that cannot be read is reported once, at
// the folder, with what to do; the rest of content/ is read, and nothing
// that points into the folder (links, replaces, site.toml's items lists,
// risk points naming powers, catalog entries) is called missing: those are
// the only diagnostics the intact site does not have. static/ and layouts/
// alike. The build fails, since content is missing.
func TestUnreadableFolders(t *testing.T) {
	t.Parallel()
	m := exampleSite(t)
	m["content/other/zz-points-in.md"] = &fstest.MapFile{Data: []byte(`+++
title = "指向无法读取的文件夹"
date = 2026-11-20
category = "other"
term = "long-term"
replaces = "leadership/xianwei-changweihui-yishi-guize"
+++
见[议事规则](../leadership/xianwei-changweihui-yishi-guize.md)和[流程](/flowcharts/zhongda-juece-liucheng/)、[附件](../leadership/fujian.pdf)。
`)}
	m["content/leadership/fujian.pdf"] = &fstest.MapFile{Data: []byte("%PDF")}
	m["static/img/logo.txt"] = &fstest.MapFile{Data: []byte("x")}
	fsys := deniedFS{FS: m, denied: map[string]bool{"content/leadership": true, "content/flowcharts": true, "static/img": true, "layouts": true}}
	m["layouts/partials/x.html"] = &fstest.MapFile{Data: []byte("x")}
	got := added(loadDiags(t, m), loadDiags(t, fsys))
	want := []string{
		"content/flowcharts: this folder cannot be read (permission denied); make it readable (chmod 755 content/flowcharts) or move it out of the site",
		"content/leadership: this folder cannot be read (permission denied); make it readable (chmod 755 content/leadership) or move it out of the site",
		"layouts: this folder cannot be read (permission denied); make it readable (chmod 755 layouts) or move it out of the site",
		"static/img: this folder cannot be read (permission denied); make it readable (chmod 755 static/img) or move it out of the site",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	now, _ := calendar.Parse("2026-11-27")
	if _, err := Run(Options{SiteDir: ".", FS: fsys, Now: now, Dest: t.TempDir() + "/public"}); !IsContentError(err) {
		t.Errorf("build with unreadable folders: %v, want it to fail on them", err)
	}
}

// writeSite writes fsys into a new folder and returns it.
func writeSite(t *testing.T, fsys fstest.MapFS) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range fsys {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestUnreadableFolderForReal is TestUnreadableFolders with chmod 000, which
// denies nothing to root.
func TestUnreadableFolderForReal(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which chmod 000 does not stop; TestUnreadableFolders covers it")
	}
	dir := writeSite(t, exampleSite(t))
	folder := filepath.Join(dir, "content", "leadership")
	if err := os.Chmod(folder, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(folder, 0o755) })
	now, _ := calendar.Parse("2026-11-27")
	_, diags := Load(&Options{SiteDir: dir, Now: now})
	var got []string
	for _, d := range diags {
		if d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := "content/leadership: this folder cannot be read (permission denied); make it readable (chmod 755 content/leadership) or move it out of the site"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want only %q", got, want)
	}
}

// TestSymlinksOutOfTheSite: build refuses a symbolic link that leads out of
// the site, in content/, static/, layouts/ and the site's theme, at the
// link, saying where it points and what to do; links that stay inside the
// site are followed and published. Real links in a temporary folder.
func TestSymlinksOutOfTheSite(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("SECRET-OUTSIDE"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := exampleSite(t)
	m["static/inner.txt"] = &fstest.MapFile{Data: []byte("INNER")}
	m["content/cadre/real.pdf"] = &fstest.MapFile{Data: []byte("REAL-PDF")}
	m["content/other/zz-links.md"] = &fstest.MapFile{Data: []byte(`+++
title = "附件"
date = 2026-11-20
category = "other"
term = "long-term"
+++
[别名](../cadre/alias.pdf)
`)}
	dir := writeSite(t, m)
	link := func(target, name string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("inner.txt", filepath.Join(dir, "static", "alias.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	link(filepath.Join(dir, "content/cadre/real.pdf"), "content/cadre/alias.pdf")
	now, _ := calendar.Parse("2026-11-27")
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Run(Options{SiteDir: dir, Dest: dest, Now: now}); err != nil {
		t.Fatalf("links inside the site: %v", err)
	}
	for file, want := range map[string]string{"alias.txt": "INNER", "cadre/alias.pdf": "REAL-PDF"} {
		if data, err := os.ReadFile(filepath.Join(dest, file)); err != nil || string(data) != want {
			t.Errorf("%s: %q, %v; want the linked file inside the site", file, data, err)
		}
	}

	secret := filepath.Join(outside, "secret.txt")
	link(secret, "static/leak.txt")
	link(outside, "static/leakdir")
	link(secret, "content/cadre/leak.pdf")
	link(secret, "content/cadre/leak.md")
	link(secret, "layouts/leak.html")
	link(outside, "themes/default/static/leakdir")
	link(filepath.Join(outside, "gone.txt"), "static/dangling.txt")
	link(filepath.Join(dir, "content"), "static/contentdir")
	res, err := Run(Options{SiteDir: dir, Dest: dest, Now: now})
	if !IsContentError(err) {
		t.Fatalf("links out of the site: %v, want the build refused", err)
	}
	var got []string
	for _, d := range res.Diags {
		got = append(got, d.String())
	}
	fileOut := "this is a symbolic link to " + secret + ", outside the site folder; gongkai publishes only what is inside the site: copy the file here instead of linking to it"
	dirOut := "this is a symbolic link to " + outside + ", outside the site folder; gongkai publishes only what is inside the site: copy the folder here instead of linking to it"
	want := []string{
		"content/cadre/leak.md: " + fileOut,
		"content/cadre/leak.pdf: " + fileOut,
		"layouts/leak.html: " + fileOut,
		"static/contentdir: this is a symbolic link to a folder, and gongkai does not follow links to folders; move or copy the folder here instead",
		"static/dangling.txt: this is a symbolic link to " + filepath.Join(outside, "gone.txt") + ", which does not exist; remove the link, or copy the file here",
		"static/leak.txt: " + fileOut,
		"static/leakdir: " + dirOut,
		"themes/default/static/leakdir: " + dirOut,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_ = filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, _ := os.ReadFile(p); strings.Contains(string(data), "SECRET-OUTSIDE") {
				t.Errorf("%s holds the file from outside the site", p)
			}
		}
		return nil
	})
}

// TestFileNamesBecomeAddresses: an item whose file name is not a slug does
// not build (a space used to reach the sitemap, the feed and index.json as
// it was); an attachment with a Chinese name is published under its name
// and linked percent-encoded.
func TestFileNamesBecomeAddresses(t *testing.T) {
	t.Parallel()
	now, _ := calendar.Parse("2026-11-27")
	m := exampleSite(t)
	m["content/cadre/Wang Li.md"] = &fstest.MapFile{Data: m["content/cadre/2026-11-renqian-gongshi.md"].Data}
	res, err := Run(Options{SiteDir: ".", FS: m, Now: now, Dest: filepath.Join(t.TempDir(), "public")})
	want := `content/cadre/Wang Li.md:1: file name "Wang Li.md" becomes part of the item's permanent address (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the file to "wang-li.md"`
	if !IsContentError(err) || len(res.Diags) == 0 || res.Diags[0].String() != want {
		t.Errorf("an item named with a space: %v, want %s", err, want)
	}

	delete(m, "content/cadre/Wang Li.md")
	const name = "附件1：名单（第2批）.pdf"
	m["content/cadre/"+name] = &fstest.MapFile{Data: []byte("%PDF-NAMES")}
	page := m["content/cadre/2026-11-renqian-gongshi.md"]
	page.Data = append(append([]byte(nil), page.Data...), "\n[名单](附件1：名单（第2批）.pdf)\n"...)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Run(Options{SiteDir: ".", FS: m, Now: now, Dest: dest}); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(dest, "cadre", name)); err != nil || string(data) != "%PDF-NAMES" {
		t.Errorf("the attachment was not published under its name: %v", err)
	}
	html, _ := os.ReadFile(filepath.Join(dest, "cadre/2026-11-renqian-gongshi/index.html"))
	if href := `href="/cadre/` + url.PathEscape(name) + `"`; !strings.Contains(string(html), href) {
		t.Errorf("the item page does not link %s", href)
	}
}

// setBoard replaces key's value in board number n of the example site.toml.
func setBoard(t *testing.T, m fstest.MapFS, n int, key, value string) {
	t.Helper()
	src := string(m["site.toml"].Data)
	at := strings.Index(src, "[[boards]]\nnumber      = "+strconv.Itoa(n)+"\n")
	if at < 0 {
		t.Fatalf("no board %d in site.toml", n)
	}
	end := at + strings.Index(src[at:], "\n\n")
	block := src[at:end]
	i := strings.Index(block, "\n"+key)
	if i < 0 {
		block += "\n" + key + " = " + value
	} else {
		j := i + 1 + strings.Index(block[i+1:], "\n")
		if j <= i {
			j = len(block)
		}
		block = block[:i] + "\n" + key + " = " + value + block[j:]
	}
	m["site.toml"] = &fstest.MapFile{Data: []byte(src[:at] + block + src[end:])}
}

// boardLine is "site.toml:N", N the line of key in board number n of src,
// so that the example's site.toml may change above its boards.
func boardLine(src string, n int, key string) string {
	at := strings.Index(src, "[[boards]]\nnumber      = "+strconv.Itoa(n)+"\n")
	at += strings.Index(src[at:], "\n"+key+" ") + 1
	return "site.toml:" + strconv.Itoa(strings.Count(src[:at], "\n")+1)
}

// TestBoardPaperTooSmall: a paper too small for a board's header and
// footer, or columns too narrow for a line, is an error at the board's
// paper line with a paper or a column count that fits; never a negative
// size from the paginator (main: "taller than a whole column (31 of -710
// mm)").
func TestBoardPaperTooSmall(t *testing.T) {
	t.Parallel()
	m := exampleSite(t)
	setBoard(t, m, 1, "paper", `"50x50mm"`)
	setBoard(t, m, 2, "paper", `"148x190mm"`)
	setBoard(t, m, 3, "paper", `"A4"`)
	setBoard(t, m, 3, "columns", "4")
	got := added(loadDiags(t, exampleSite(t)), loadDiags(t, m))
	src := string(m["site.toml"].Data)
	want := []string{
		boardLine(src, 1, "paper") + `: board 1: its column on paper "50x50mm" would be only 30 mm wide, too narrow for a line of its 14pt type (at least 49 mm); write a larger paper, such as paper = "A4"`,
		boardLine(src, 2, "paper") + `: board 2: paper "148x190mm" is too small for this board: its header, footer and margins leave only 45 mm for items, and a column needs at least 65 mm (an item's title, QR code and a few lines); write a larger paper, such as paper = "A4"`,
		boardLine(src, 3, "paper") + `: board 3: its 4 columns on paper "A4" would each be only 40 mm wide, too narrow for a line of its 14pt type (at least 49 mm); write columns = 3`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBlockTallerThanAColumn: a block that cannot be split and does not fit
// a column is told at its file and line, without a negative size.
func TestBlockTallerThanAColumn(t *testing.T) {
	t.Parallel()
	m := exampleSite(t)
	m["site.toml"].Data = append([]byte("raw_html = true\n"), m["site.toml"].Data...)
	setBoard(t, m, 1, "paper", `"A4"`)
	m["content/duties/zz-tall.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"很长的块\"\ndate = 2026-11-20\ncategory = \"duties\"\nterm = \"long-term\"\n+++\n第一段。\n\n<div>\n开头" + strings.Repeat("很长的文字，", 2000) + "\n</div>\n")}
	now, _ := calendar.Parse("2026-11-27")
	_, err := Run(Options{SiteDir: ".", FS: m, Now: now, Dest: filepath.Join(t.TempDir(), "public")})
	if err == nil || !strings.Contains(err.Error(), "content/duties/zz-tall.md:10: this block is taller than a whole column of the board") || regexp.MustCompile(`-\d`).MatchString(err.Error()) {
		t.Errorf("got %v, want the block told at content/duties/zz-tall.md:10 (where its text starts)", err)
	}
}
