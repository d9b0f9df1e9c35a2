//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// brokenSite is a new site whose content/cadre/shili.md names the unknown
// category "cadres" on line 5, as the README's walk-through has it.
func brokenSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "demo")
	if code := run([]string{"new", "site", dir}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("gongkai new site: exit %d", code)
	}
	file := filepath.Join(dir, "content", "cadre", "shili.md")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[4], `category = "cadre"`) {
		t.Fatalf("line 5 of %s is %q", file, lines[4])
	}
	lines[4] = `category = "cadres"`
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestMessagesInTheSitesLanguage: check and build on a Chinese site print
// Chinese, with the same file:line and exit status; --lang en and an
// English LANG print the English of the code; --lang zh wins over LANG.
func TestMessagesInTheSitesLanguage(t *testing.T) {
	site := brokenSite(t)
	zhCat := `site.toml:431: 警告：公开目录事项 "干部选任和管理" 没有信息；请在类别 "cadre" 中发布一条，或用 items = ["…"] 列出一条`
	enCat := `site.toml:431: warning: catalog entry "干部选任和管理" has no item; publish one in category "cadre", or list one with items = ["…"]`
	zhCheck := `content/cadre/shili.md:5: 错误：未知的公开类别 "cadres"（是否要写 "cadre"？）` + "\n" + zhCat + "\n"
	enCheck := `content/cadre/shili.md:5: error: unknown category "cadres" (did you mean "cadre"?)` + "\n" + enCat + "\n"
	zhCount := "check: 1 个错误，1 个警告，公开和党内信息一并计算\n"
	enCount := "check: 1 error, 1 warning, in public and internal (党内) items alike\n"
	for _, c := range []struct {
		name           string
		run            func(t *testing.T, dir string, args ...string) gongkaiResult
		args           []string
		stdout, stderr string
	}{
		{"check, LANG=C.UTF-8", editorIn, []string{"check"}, zhCheck, zhCount},
		{"check --lang en, LANG=C.UTF-8", editorIn, []string{"check", "--lang", "en"}, enCheck, enCount},
		{"check, LANG=en_US.UTF-8", gongkaiIn, []string{"check"}, enCheck, enCount},
		{"check --lang zh, LANG=en_US.UTF-8", gongkaiIn, []string{"check", "--lang", "zh"}, zhCheck, zhCount},
		{"build, LANG=C.UTF-8", editorIn, []string{"build"}, "",
			`content/cadre/shili.md:5: 未知的公开类别 "cadres"（是否要写 "cadre"？）` + "\n" + zhCat + "\n生成失败：1 个错误；原先的输出保持原样\n"},
		{"build --lang en", editorIn, []string{"build", "--lang", "en"}, "",
			`content/cadre/shili.md:5: unknown category "cadres" (did you mean "cadre"?)` + "\n" + enCat + "\nbuild failed: 1 error; the previous output was left as it was\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := c.run(t, site, c.args...)
			if res.code != exitContent || res.stdout != c.stdout || res.stderr != c.stderr {
				t.Errorf("want exit %d,\n--- stdout:\n%s--- stderr:\n%sgot %s", exitContent, c.stdout, c.stderr, res)
			}
		})
	}
}

// TestMessagesWithoutASite: without a site.toml to say its language, the
// messages are Chinese, unless LANG is English.
func TestMessagesWithoutASite(t *testing.T) {
	dir := t.TempDir()
	zh := editorIn(t, dir, "check")
	want := "site.toml: 错误：站点文件夹中没有 site.toml；请运行 `gongkai new site DIR` 新建站点，或用 -s DIR 指定站点文件夹\n"
	if zh.code != exitContent || zh.stdout != want {
		t.Errorf("want exit 1 and %q; got\n%s", want, zh)
	}
	en := gongkaiIn(t, dir, "check")
	if en.code != exitContent || !strings.HasPrefix(en.stdout, "site.toml: error: no site.toml in the site folder;") {
		t.Errorf("LANG=en_US.UTF-8: want the English message; got\n%s", en)
	}
}

// TestHelpInTheSitesLanguage: --help, and a bad flag, speak as the command
// does.
func TestHelpInTheSitesLanguage(t *testing.T) {
	site := brokenSite(t)
	zh := editorIn(t, site, "check", "--help")
	for _, want := range []string{"用法：gongkai check [-s DIR]", "\n选项：\n", "  -strict\n    \t有警告也视为失败（退出状态 1）\n"} {
		if zh.code != 0 || !strings.Contains(zh.stderr, want) {
			t.Errorf("gongkai check --help: want %q; got\n%s", want, zh)
		}
	}
	bad := editorIn(t, site, "check", "--stirct")
	if first, _, _ := strings.Cut(bad.stderr, "\n"); bad.code != exitUsage || first != "没有这个选项：-stirct" {
		t.Errorf("gongkai check --stirct: want exit 2 and 没有这个选项; got\n%s", bad)
	}
	if en := editorIn(t, site, "check", "--lang", "en", "--help"); !strings.Contains(en.stderr, "Usage: gongkai check") {
		t.Errorf("gongkai check --lang en --help: want English; got\n%s", en)
	}
}
