package model

import "github.com/gongkai/gongkai/internal/search"

// Drop says what of the bodies a build that renders once (build.Run) lets
// go as soon as each is rendered, so that it holds per item its metadata
// and, until its page is written (PageRendered), its HTML, not its source
// and its text:
//
//   - the Markdown source (content.Item.Body, the source of
//     markdown.Doc.Blocks) of every item but those carried, whose blocks a
//     board or a kiosk lays out (output.Carrier), in both editions and
//     among the items read but not published;
//   - the plain text beyond what summaries read: Lead(Doc.Text), its
//     search tokens kept as Item.Words (BodyWords).
//
// A build sets it only when no layout of the site's own may show a body
// (layout.ShowsBodies); serve keeps every body for its next build, and
// check, report and tests read them.
type Drop struct {
	Lead    func(text string) string // the start of a body's text that summaries read
	Carried func(*Site) []*Item      // the items whose blocks a channel lays out, asked before bodies are rendered
}

// dropping is a Drop under way: the ids of the items whose sources are
// kept.
type dropping struct {
	*Drop
	keep  map[string]bool
	words *search.Dict // the numbers of Item.Words
}

// start asks for the carried items of s, its editions made and its bodies
// not yet rendered; nil without d.
func (d *Drop) start(s *Site) *dropping {
	if d == nil {
		return nil
	}
	keep := map[string]bool{}
	for _, it := range d.Carried(s) {
		keep[it.ID] = true
	}
	return &dropping{d, keep, search.NewDict()}
}

// keeps reports whether the item's source is kept: always without a
// Drop, else when a board or a kiosk carries the item.
func (d *dropping) keeps(it *Item) bool { return d == nil || d.keep[it.ID] }

// body lets go of what of its body, just rendered, the build reads no
// more.
func (d *dropping) body(it *Item) {
	if d == nil {
		return
	}
	it.Words = d.words.Add(it.Doc.Text)
	it.Doc.Text = d.Lead(it.Doc.Text)
	it.Doc.Links = nil // read by nothing after the links were checked
	if !d.keep[it.ID] {
		it.Doc.DropSource()
		it.Body = nil
	}
}

// rest lets go of the sources the items of s do not hold: the public
// edition's items and the items read, which asOf may have copied, and
// those not published.
func (d *dropping) rest(s *Site) {
	if d == nil {
		return
	}
	for _, ci := range s.src {
		if !d.keep[ci.ID] {
			ci.Body = nil
		}
	}
	if s.public != nil {
		for _, it := range s.public.Items {
			if !d.keep[it.ID] {
				it.Body = nil
			}
		}
	}
}

// SearchDict is the Dict of the items' Words (BodyWords gives them as
// its numbers), nil in a build that keeps bodies.
func (s *Site) SearchDict() *search.Dict {
	if s.drop == nil {
		return nil
	}
	return s.drop.words
}

// IndexWritten says that the build's one search index is made and
// written: a build that lets bodies go lets go of the Dict of their
// tokens too (as large as the bodies' vocabulary), before the lists.
func (s *Site) IndexWritten() {
	if s.drop != nil {
		s.drop.words = nil
	}
}

// BodyWords is the search tokens of the item's body (package search) as
// Words of d, the index's Dict: those taken before a Drop cut its text
// when d is SearchDict, else its whole text numbered in d now.
func (s *Site) BodyWords(it *Item, d *search.Dict) search.Words {
	if it.Doc == nil {
		return nil
	}
	if it.indexed {
		panic("internal error: the search tokens of " + it.File + " were asked for twice in one build; they are let go once indexed (IndexBody)")
	}
	if it.Words != nil && s.drop != nil && d == s.drop.words {
		return it.Words
	}
	return d.Add(it.Doc.Text)
}

// IndexBody is BodyWords for the one search index of a build: in a build
// that lets bodies go (Drop), the item's words are let go once given, so
// the index and every item's words are not held at once.
func (s *Site) IndexBody(it *Item, d *search.Dict) search.Words {
	w := s.BodyWords(it, d)
	if s.drop != nil && d == s.drop.words {
		it.Words, it.indexed = nil, true
	}
	return w
}

// PageRendered says that the item's page, the one page of the built-in
// theme that shows its body's HTML, is rendered: a build that lets bodies
// go (Drop) lets go of the HTML too, but of the items a board or a kiosk
// carries, which keep their whole body, so boards, kiosks and the
// website's last pages are laid out with the metadata of the others only.
// Called by the page's own rendering, once its bytes are made.
func (s *Site) PageRendered(it *Item) {
	if s.drop != nil && !s.drop.keep[it.ID] && it.Doc != nil {
		it.Doc.HTML = ""
	}
}
