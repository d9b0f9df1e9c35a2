package channels_test

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

const site = `title = "测试县"
base_url = "https://gk.test.example/"
timezone = "Asia/Shanghai"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"
term = "long-term"
`

// TestAddresses: what every default channel writes of its own is refused
// to items and aliases, with what is there; other addresses are free.
func TestAddresses(t *testing.T) {
	cfg, diags := config.Parse([]byte(site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	reserved := channels.Addresses(channels.Default())
	for file, want := range map[string]string{
		"content/boards/a.md":   "content/boards/ is reserved",
		"content/kiosk/a.md":    "content/kiosk/ is reserved",
		"content/catalog/a.md":  "content/catalog/ is reserved",
		"content/css/a.md":      "content/css/ is reserved",
		"content/powers.md":     "the address of the generated 职权目录 (power list)",
		"content/risks/high.md": "the address of the generated register of 高 risks",
		"content/cadre/a.md":    "",
	} {
		_, ds := content.Parse(cfg, reserved, file, []byte("+++\ntitle = \"t\"\ndate = 2026-11-01\ncategory = \"cadre\"\n+++\n正文。\n"))
		got := ""
		for _, d := range ds {
			got += d.Msg
		}
		if want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", file, got, want)
		}
	}
	for alias, want := range map[string]string{
		"/boards/03/": "is inside /boards/", "/kiosk/lobby/": "is inside /kiosk/", "/risks/low/": "is inside /risks/low/",
		"/404.html": "is inside the page for addresses that are not found (/404.html)", "/old/": "",
	} {
		_, ds := content.Parse(cfg, reserved, "content/cadre/a.md", []byte("+++\ntitle = \"t\"\ndate = 2026-11-01\ncategory = \"cadre\"\naliases = [\""+alias+"\"]\n+++\n正文。\n"))
		got := ""
		for _, d := range ds {
			got += d.Msg
		}
		if want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("alias %s: %q, want %q", alias, got, want)
		}
	}
}
