package content

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
)

// TestLoadFrontsReadsBodiesAgain: a set read without bodies holds no
// item's body, and Set.Body reads each again as Load read it (BOM and
// CRLF line ends as Load takes them); a file whose front matter no longer
// ends where it did, or that is gone, is an error saying to build again.
func TestLoadFrontsReadsBodiesAgain(t *testing.T) {
	site, diags := config.Parse([]byte("title = \"t\"\nbase_url = \"https://x.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\nterm = \"long-term\"\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	fm := "+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\n+++\n"
	fsys := fstest.MapFS{
		"content/cadre/a.md":     {Data: []byte(fm + "第一段。\n\n第二段。\n")},
		"content/cadre/crlf.md":  {Data: []byte("\ufeff" + strings.ReplaceAll(fm+"一行\n二行\n", "\n", "\r\n"))},
		"content/cadre/empty.md": {Data: []byte(fm)},
	}
	whole, d1 := Load(fsys, site, nil)
	fronts, d2 := LoadFronts(fsys, site, nil)
	if len(d1)+len(d2) > 0 || len(whole.Items) != 3 || len(fronts.Items) != 3 {
		t.Fatalf("loads: %v %v", d1, d2)
	}
	for i, it := range fronts.Items {
		if it.Body != nil {
			t.Errorf("%s: LoadFronts kept the body %q", it.File, it.Body)
		}
		body, err := fronts.Body(it)
		if err != nil || !bytes.Equal(body, whole.Items[i].Body) || it.BodyLine != whole.Items[i].BodyLine {
			t.Errorf("%s: Body read again %q, %v; Load read %q", it.File, body, err, whole.Items[i].Body)
		}
		if got, _ := whole.Body(whole.Items[i]); !bytes.Equal(got, whole.Items[i].Body) {
			t.Errorf("%s: a set read whole gives %q, not its Body", it.File, got)
		}
	}
	a := fronts.Items[0]
	fsys["content/cadre/a.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"甲\"\nsummary = \"新\"\ndate = 2026-11-20\ncategory = \"cadre\"\n+++\n正文\n")}
	if _, err := fronts.Body(a); err == nil || !strings.Contains(err.Error(), "changed while the site was built; build again") {
		t.Errorf("front matter edited during the build: %v", err)
	}
	delete(fsys, "content/cadre/a.md")
	if _, err := fronts.Body(a); err == nil || !strings.Contains(err.Error(), "build again") {
		t.Errorf("file gone during the build: %v", err)
	}
}
