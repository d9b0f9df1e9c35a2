package build

import (
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/synth"
)

// TestSearchIndexLetsTheWordsGo: a build that renders once gives each
// listed item's search tokens (model.Item.Words) to the search index and
// lets them go (model.Site.IndexBody), so the index and every item's
// tokens are not held at once, the peak of a large build's last files;
// asking for an item's tokens again is an internal error, never a body
// searched without its words. The Dict that numbered the tokens goes
// with the index.
func TestSearchIndexLetsTheWordsGo(t *testing.T) {
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(60, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	res, err := Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	site := res.Site
	if len(site.Listed) == 0 {
		t.Fatal("the synthetic site lists no item")
	}
	for _, it := range site.Listed {
		if it.Words != nil {
			t.Errorf("%s still holds its search tokens once the index is written", it.File)
		}
	}
	if site.SearchDict() != nil {
		t.Error("the Dict of the bodies' tokens is held once the index is written (model.Site.IndexWritten)")
	}
	defer func() {
		if recover() == nil {
			t.Error("the tokens of an indexed item were given again, from its cut text")
		}
	}()
	site.BodyWords(site.Listed[0], site.SearchDict())
}
