package build

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
)

// TestSessionKeepsModel: a body edit takes the last load's model again
// (model.Rebody: the same *model.Site, its items pointed at the new
// reading), reporting what a fresh load reports; a front matter edit makes
// a new one, and so does a body edit while a build still reads the model
// (a Finish not yet returned). Each build's output is a full build's.
func TestSessionKeepsModel(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	_, first, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	step := func(name string, same bool) *Pending {
		t.Helper()
		s.Changed(wang)
		p, res, err := s.Start()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := res.Site == first.Site; got != same {
			t.Errorf("%s: the session took the last model again: %v, want %v", name, got, same)
		}
		first = res
		fresh, _ := Load(&Options{SiteDir: dir, Now: testNow})
		if want, got := fresh.Items, res.Site.Items; !slices.EqualFunc(want, got, func(a, b *model.Item) bool {
			return a.ID == b.ID && string(a.Body) == string(b.Body) && a.Doc.HTML == b.Doc.HTML
		}) {
			t.Errorf("%s: the items are not a fresh load's", name)
		}
		return p
	}
	replaceIn(t, dir, wang, "## 反映方式", "见[附件](no-such-item.md)。\n\n## 反映方式")
	s.Changed(wang)
	if _, res, err := s.Build(); err == nil {
		t.Fatal("a body edit linking to no item built")
	} else if _, want := Load(&Options{SiteDir: dir, Now: testNow}); !slices.Equal(res.Diags, want) {
		t.Errorf("a body edit linking to no item: reported\n%v\nwant a fresh load's\n%v", res.Diags, want)
	}
	replaceIn(t, dir, wang, "见[附件](no-such-item.md)。\n\n", "")
	p := step("body edit", true)
	finishSame(t, "body edit", s, p, dir, config.Public)
	replaceIn(t, dir, wang, "## 反映方式", "## 反映方式及时间")
	p = step("body edit while the last build is not finished", true)
	replaceIn(t, dir, wang, "## 反映方式及时间", "## 反映方式")
	newer := step("body edit while the last build is not finished", false)
	if _, _, err := p.Finish(); err != nil {
		t.Fatal(err)
	}
	finishSame(t, "after a body edit not taking the model", s, newer, dir, config.Public)
	replaceIn(t, dir, wang, `title    = "关于王建国等同志任前公示的公告"`, `title    = "关于王建国等三名同志任前公示的公告"`)
	p = step("title edit", false)
	finishSame(t, "title edit", s, p, dir, config.Public)
}

// TestSessionKeepsModelInternal: in the internal edition a body edit of a
// public item on public boards and kiosks (which see the public edition's
// model) renders them as a full internal build does.
func TestSessionKeepsModelInternal(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	s := NewSession(Options{SiteDir: dir, Now: testNow, Scope: config.Internal})
	_, first, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	replaceIn(t, dir, wang, "## 公示期限", "## 公示期限（已延长说明）")
	s.Changed(wang)
	p, res, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	if res.Site != first.Site {
		t.Errorf("the body edit made a new model")
	}
	finishSame(t, "internal body edit", s, p, dir, config.Internal)
}

// finishSame finishes p and compares its output with a full build of dir.
func finishSame(t *testing.T, step string, s *Session, p *Pending, dir string, scope config.Scope) {
	t.Helper()
	out, _, err := p.Finish()
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	sameFiles(t, step, buildOpts(t, Options{SiteDir: dir, FS: snapshot(t, dir), Now: testNow, Scope: scope}), out.Files)
}
