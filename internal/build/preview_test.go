package build

import (
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/diag"
)

// previewURL is an address serve gives the site (Options.BaseURL).
const previewURL = "http://127.0.0.1:1313/"

// TestPreviewReportsWhatBuildReports: serve builds with the local address
// in place of base_url, but links written to the real site (base_url's
// host, or the base path of a base_url that has one) are still this
// site's links, checked as a build checks them: the preview reports
// exactly the errors `gongkai build` reports, and a link to the preview's
// own address is no more the site's than in a build.
func TestPreviewReportsWhatBuildReports(t *testing.T) {
	t.Parallel()
	for _, base := range []string{"https://gk.qingshan.example.gov.cn/", "https://www.qingshan.example.gov.cn/gk/"} {
		t.Run(base, func(t *testing.T) {
			m := exampleSite(t)
			setBaseURL(t, m, base)
			u, _ := url.Parse(base)
			host, basePath := "//"+u.Host+strings.TrimSuffix(u.Path, "/"), u.Path
			m["content/other/zz-links.md"] = &fstest.MapFile{Data: []byte(`+++
title = "指向本站的绝对链接"
date = 2026-11-20
category = "other"
term = "long-term"
+++

[党内通报](https:` + host + `/leadership/2025-minzhu-shenghuohui-duizhao-jiancha/)、
[同上](` + host + `/leadership/2025-minzhu-shenghuohui-duizhao-jiancha/index.html)、
[不存在](https:` + host + `/cadre/no-such-page/)、
[站内](` + basePath + `leadership/2025-minzhu-shenghuohui-duizhao-jiancha/)、
[预览地址](` + previewURL + `leadership/2025-minzhu-shenghuohui-duizhao-jiancha/)。
`)}
			built := runDiags(t, m, "")
			if len(built) < 3 {
				t.Fatalf("the build reports %d problems with the links; want at least 3:\n%s", len(built), strings.Join(built, "\n"))
			}
			previewed := sessionDiags(t, m)
			if !slices.Equal(built, previewed) {
				t.Errorf("the preview's diagnostics differ from the build's:\nbuild:\n%s\npreview:\n%s",
					strings.Join(built, "\n"), strings.Join(previewed, "\n"))
			}
		})
	}
}

// setBaseURL rewrites base_url in the site's site.toml.
func setBaseURL(t *testing.T, m fstest.MapFS, base string) {
	t.Helper()
	data := string(m["site.toml"].Data)
	const old = `base_url = "https://gk.qingshan.example.gov.cn/"`
	if !strings.Contains(data, old) {
		t.Fatalf("site.toml has no %s", old)
	}
	m["site.toml"] = &fstest.MapFile{Data: []byte(strings.Replace(data, old, `base_url = "`+base+`"`, 1))}
}

// runDiags are the diagnostics `gongkai build` prints for the site, with
// base (serve's address) in place of base_url when set.
func runDiags(t *testing.T, m fstest.MapFS, base string) []string {
	t.Helper()
	res, err := Run(Options{SiteDir: ".", FS: m, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, BaseURL: base})
	if err != nil && !IsContentError(err) {
		t.Fatal(err)
	}
	return strs(res.Diags)
}

// sessionDiags are the diagnostics of serve's build of the site.
func sessionDiags(t *testing.T, m fstest.MapFS) []string {
	t.Helper()
	_, res, err := NewSession(Options{SiteDir: ".", FS: m, Now: testNow, BaseURL: previewURL}).Build()
	if err != nil && !IsContentError(err) {
		t.Fatal(err)
	}
	return strs(res.Diags)
}

func strs(ds []diag.Diagnostic) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}
