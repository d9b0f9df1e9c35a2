package build

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// TestRelated: related follows every field of a model.Item that holds
// items — SupersededBy, a risk's Item and Power — up to two steps, each
// item once, and no further.
func TestRelated(t *testing.T) {
	item := func(id string) *model.Item { return &model.Item{Item: &content.Item{ID: id}} }
	a, b, c, d, e, p := item("a"), item("b"), item("c"), item("d"), item("e"), item("p")
	a.SupersededBy = b
	b.SupersededBy = c
	c.SupersededBy = d // three steps from a
	a.RiskPoints = []*model.Risk{{Item: a, Power: p}}
	p.PowerRisks = []*model.Risk{{Item: e, Power: p}}
	var ids []string
	for _, it := range related([]*model.Item{a}) {
		ids = append(ids, it.ID)
	}
	if want := []string{"a", "b", "c", "p", "e"}; !slices.Equal(ids, want) {
		t.Errorf("related(a) = %v, want %v", ids, want)
	}
}

// TestSessionKeepsFingerprints: a rebuild after a body edit takes what
// the items on list pages lead to (related) from the last build, and walks
// only the edited item's: it is new, as is every item whose fingerprint
// may change. It fingerprints again only the files that show or list the
// edited item, or every item (home, boards, kiosks, which show all
// bodies or titles), and takes the others' from the last build. That
// the files are right is TestSessionMatchesRun's and, for titles,
// TestSessionDisplayEdits'.
func TestSessionKeepsFingerprints(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	p, _, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Finish(); err != nil {
		t.Fatal(err)
	}
	first, files := p.sums.walks.Load(), p.sums.fresh.Load()
	if first < 40 {
		t.Fatalf("the first build walked %d items: too few to tell", first)
	}
	replaceIn(t, dir, wang, "## 公示期限", "## 公示期限（已延长说明）")
	s.Changed(wang)
	p, _, err = s.Start()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Finish(); err != nil {
		t.Fatal(err)
	}
	if n := p.sums.walks.Load(); n != 1 {
		t.Errorf("a body edit walked %d items (the first build %d), want 1: the edited one", n, first)
	}
	if n := p.sums.fresh.Load(); n == 0 || n > files/4 {
		t.Errorf("a body edit fingerprinted %d of %d files again", n, files)
	}
	t.Logf("a body edit fingerprinted %d of %d files again", p.sums.fresh.Load(), files)
}
