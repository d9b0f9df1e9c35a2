package config

import (
	"strings"
	"testing"
)

// TestPublishTable: [publish] gives the defaults of gongkai publish; a
// command without {dir} and an empty folder are errors at their line.
func TestPublishTable(t *testing.T) {
	base := `title = "青山县"
base_url = "https://gk.example.gov.cn/"
[feedback]
phone = "0791-8812345"
[[categories]]
key = "cadre"
label = "干部选任和管理"
[publish]
`
	site, diags := Parse([]byte(base + "to = \"/srv/www/gongkai\"\ncommand = \"rsync -a {dir}/ www@host:/srv/www/\"\n"))
	if len(diags) > 0 {
		t.Fatalf("unexpected: %v", diags)
	}
	if site.Publish.To != "/srv/www/gongkai" || !strings.HasPrefix(site.Publish.Command, "rsync") {
		t.Errorf("[publish] = %+v", site.Publish)
	}
	for src, want := range map[string]string{
		"command = \"rsync -a public/ host:/srv/\"\n": "site.toml:9: [publish] command must name the built folder as {dir}",
		"dest = \"x\"\n": "site.toml:9: unknown key",
	} {
		_, diags := Parse([]byte(base + src))
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), want) {
			t.Errorf("%s: got %v, want %s…", src, diags, want)
		}
	}
}
