package kiosk

import (
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/layout"
)

// LinkOrImage is the data of partials/kiosk-inline.html: what a link's text
// (Link set; Text the link's inline HTML) or an image (Alt, its
// description) becomes inside a paragraph on a kiosk, which is never left
// and carries no files from content/.
type LinkOrImage struct {
	Link bool
	Text template.HTML
	Alt  string
}

// linkText stands for a link's text while partials/kiosk-inline.html is
// written, so that what it writes around the text becomes a mark.
const linkText = "GONGKAIKIOSKLINKTEXT"

// inlineTags is partials/kiosk-inline.html of one kiosk's theme: a link's
// tags around its text, and images' descriptions, written once each. It
// is safe for concurrent use.
type inlineTags struct {
	link   flow.Mark
	write  func(LinkOrImage) (template.HTML, error)
	mu     sync.Mutex
	images map[string]string
}

// newInlineTags reads what partials/kiosk-inline.html writes for a link
// and checks that it writes an image.
func newInlineTags(tpl *layout.Set, kind string) (*inlineTags, error) {
	t := &inlineTags{images: map[string]string{}, write: func(in LinkOrImage) (template.HTML, error) {
		return tpl.Partial(kind, "kiosk-inline.html", in)
	}}
	h, err := t.write(LinkOrImage{Link: true, Text: linkText})
	if err != nil {
		return nil, err
	}
	open, close, ok := strings.Cut(string(h), linkText)
	if !ok || strings.Contains(close, linkText) {
		return nil, fmt.Errorf("partials/kiosk-inline.html: a link must write its .Text once, between the tags a kiosk shows a link's text in; it wrote %q", h)
	}
	t.link = flow.Mark{Open: open, Close: close}
	if _, err := t.write(LinkOrImage{Alt: "图"}); err != nil {
		return nil, err
	}
	return t, nil
}

// image is what an image described by alt becomes. The partial wrote an
// image when the kiosk began, so it fails only if it fails on this alt:
// then a panic, which the kiosk reports as its error (output.Safely).
func (t *inlineTags) image(alt string) string {
	t.mu.Lock()
	h, ok := t.images[alt]
	t.mu.Unlock()
	if ok {
		return h
	}
	out, err := t.write(LinkOrImage{Alt: alt})
	if err != nil {
		panic(err)
	}
	t.mu.Lock()
	t.images[alt] = string(out)
	t.mu.Unlock()
	return string(out)
}
