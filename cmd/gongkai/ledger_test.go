package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ledgerSite is a small site: one notice, one attachment it links to.
var ledgerSite = map[string]string{
	"site.toml": `title = "测试县委县政府权力公开透明运行"
base_url = "https://gk.test.example/"

[feedback]
phone = "0000-1234567"

[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "long-term"
`,
	"content/cadre/wang.md": `+++
title = "青山县干部交流轮岗办法"
date = 2026-11-20
category = "cadre"
number = "青组发〔2026〕5号"
+++
全文见[附件](名单.pdf)。
`,
	"content/cadre/名单.pdf": "%PDF-1.4 名单\n",
}

// writeSite writes files into a new site folder and returns it.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		writeFile(t, dir, name, data)
	}
	return dir
}

func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestLedgerRenameNeedsAlias walks what an office does: the first build
// records the site's addresses in urls.txt; renaming an item then fails the
// build, at the ledger's line, with the alias to write; with the alias the
// build passes and the old address redirects; retiring the address instead
// passes too, and the old address is gone.
func TestLedgerRenameNeedsAlias(t *testing.T) {
	t.Parallel()
	dir := writeSite(t, ledgerSite)
	build := func(args ...string) (int, string, string) {
		return runArgs(append([]string{"build", "-q", "-s", dir, "--now", "2026-11-27"}, args...)...)
	}
	if code, _, errs := build(); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, errs)
	}
	ledger := readFile(t, dir, "urls.txt")
	for _, want := range []string{"# 网址台账", "\n/  2026-11-27\n", "\n/cadre/wang/  2026-11-27  青山县干部交流轮岗办法  文号：青组发〔2026〕5号\n",
		"\n/cadre/名单.pdf  2026-11-27\n", "\n/categories/cadre/  2026-11-27\n", "\n/feed.xml  2026-11-27\n"} {
		if !strings.Contains(ledger, want) {
			t.Errorf("the first build's urls.txt has no %q:\n%s", want, ledger)
		}
	}
	for _, never := range []string{"/css/", "/404.html", "/archive/2026/", "manifest.json"} {
		if strings.Contains(ledger, never) {
			t.Errorf("urls.txt lists %s, which comes and goes:\n%s", never, ledger)
		}
	}
	line := lineOf(t, ledger, "/cadre/wang/ ")

	// renamed without an alias: the build fails and changes nothing
	if err := os.Rename(filepath.Join(dir, "content/cadre/wang.md"), filepath.Join(dir, "content/cadre/jiaoliu-lungang.md")); err != nil {
		t.Fatal(err)
	}
	code, _, errs := build()
	want := "urls.txt:" + line + `: /cadre/wang/ was published before, and this build no longer has it; it seems to have moved to /cadre/jiaoliu-lungang/ (content/cadre/jiaoliu-lungang.md, same 文号): add aliases = ["/cadre/wang/"] to content/cadre/jiaoliu-lungang.md`
	if code != exitContent || !strings.Contains(errs, want) {
		t.Fatalf("renamed without an alias: exit %d, want 1 and\n%s\ngot:\n%s", code, want, errs)
	}
	if readFile(t, dir, "urls.txt") != ledger {
		t.Error("the failed build changed urls.txt")
	}
	if !strings.Contains(readFile(t, dir, "public/cadre/wang/index.html"), "青山县干部交流轮岗办法") {
		t.Error("the failed build changed the published site")
	}
	_, out, _ := runArgs("check", "-s", dir, "--now", "2026-11-27")
	if !strings.Contains(out, strings.Replace(want, ": /cadre", ": error: /cadre", 1)) {
		t.Errorf("check does not explain it:\n%s", out)
	}

	// with the alias: the old address redirects to the new one
	renamed := strings.Replace(ledgerSite["content/cadre/wang.md"], "category", `aliases = ["/cadre/wang/"]`+"\ncategory", 1)
	writeFile(t, dir, "content/cadre/jiaoliu-lungang.md", renamed)
	if code, _, errs := build(); code != 0 {
		t.Fatalf("with the alias: exit %d\n%s", code, errs)
	}
	page := readFile(t, dir, "public/cadre/wang/index.html")
	if !strings.Contains(page, `content="0; url=/cadre/jiaoliu-lungang/"`) || !strings.Contains(page, `href="https://gk.test.example/cadre/jiaoliu-lungang/"`) {
		t.Errorf("the old address is not a redirect to the new one:\n%s", page)
	}
	added := readFile(t, dir, "urls.txt")
	if want := strings.Replace(ledger, "/cadre/wang/ ", "/cadre/jiaoliu-lungang/  2026-11-27  青山县干部交流轮岗办法  文号：青组发〔2026〕5号\n/cadre/wang/ ", 1); added != want {
		t.Errorf("urls.txt after the rename: want the new address inserted in order, the rest as it was; got:\n%s", added)
	}

	// retired instead of redirected
	writeFile(t, dir, "content/cadre/jiaoliu-lungang.md", ledgerSite["content/cadre/wang.md"])
	code, _, errs = build()
	if code != exitContent || !strings.Contains(errs, `mark this line retired: "/cadre/wang/  retired 2026-11-27 <reason>"`) {
		t.Fatalf("without the alias again: exit %d\n%s", code, errs)
	}
	retired := strings.Replace(added, "/cadre/wang/  2026-11-27  青山县干部交流轮岗办法  文号：青组发〔2026〕5号", "/cadre/wang/  retired 2026-11-27 改为新地址，旧地址停用", 1)
	writeFile(t, dir, "urls.txt", retired)
	if code, _, errs := build(); code != 0 {
		t.Fatalf("retired: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "public/cadre/wang")); !os.IsNotExist(err) {
		t.Errorf("the retired address is still written: %v", err)
	}
	if readFile(t, dir, "urls.txt") != retired {
		t.Error("a build that adds nothing rewrote urls.txt")
	}
}

// lineOf returns the number of the line of text that starts with prefix.
func lineOf(t *testing.T, text, prefix string) string {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return strconv.Itoa(i + 1)
		}
	}
	t.Fatalf("no line starts with %q:\n%s", prefix, text)
	return ""
}

// TestLedgerOnlyPublicBuilds: the internal edition and previews with
// drafts check nothing into urls.txt; check tells what the next public
// build will add; a second site built the same way gets the same file.
func TestLedgerOnlyPublicBuilds(t *testing.T) {
	t.Parallel()
	dir := writeSite(t, ledgerSite)
	if code, _, errs := runArgs("build", "-q", "-s", dir, "--now", "2026-11-27"); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, errs)
	}
	ledger := readFile(t, dir, "urls.txt")
	again := writeSite(t, ledgerSite)
	if code, _, errs := runArgs("build", "-q", "-s", again, "--now", "2026-11-27"); code != 0 || readFile(t, again, "urls.txt") != ledger {
		t.Errorf("two first builds of one site wrote different urls.txt (exit %d)\n%s", code, errs)
	}
	writeFile(t, dir, "content/cadre/neibu.md", "+++\ntitle = \"党内事项\"\ndate = 2026-11-21\ncategory = \"cadre\"\nscope = \"internal\"\n+++\n")
	writeFile(t, dir, "content/cadre/caogao.md", "+++\ntitle = \"草稿\"\ndate = 2026-11-21\ncategory = \"cadre\"\ndraft = true\n+++\n")
	writeFile(t, dir, "content/cadre/li.md", "+++\ntitle = \"新办法\"\ndate = 2026-11-22\ncategory = \"cadre\"\n+++\n")
	for _, args := range [][]string{{"--scope", "internal"}, {"--drafts", "-d", filepath.Join(t.TempDir(), "preview")}} {
		if code, _, errs := runArgs(append([]string{"build", "-q", "-s", dir, "--now", "2026-11-27"}, args...)...); code != 0 {
			t.Fatalf("build %v: exit %d\n%s", args, code, errs)
		}
		if readFile(t, dir, "urls.txt") != ledger {
			t.Errorf("build %v changed urls.txt", args)
		}
	}
	code, out, errs := runArgs("check", "-s", dir, "--now", "2026-11-27", "--strict")
	if want := "urls.txt: note: a build on 2026-11-27 adds 1 address to it:\n  /cadre/li/  2026-11-27  新办法\n"; code != 0 || out != want {
		t.Errorf("check: exit %d, want 0 and\n%s\ngot:\n%s%s", code, want, out, errs)
	}
	if code, _, errs := runArgs("build", "-q", "-s", dir, "--now", "2026-11-27"); code != 0 {
		t.Fatalf("public build: exit %d\n%s", code, errs)
	}
	if got := readFile(t, dir, "urls.txt"); strings.Contains(got, "neibu") || strings.Contains(got, "caogao") || !strings.Contains(got, "/cadre/li/") {
		t.Errorf("the public build's urls.txt must list the new public item and no internal item or draft:\n%s", got)
	}
}
