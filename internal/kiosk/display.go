package kiosk

import (
	"html/template"
	"math"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/textfit"
)

// Display is the data of a display screen's page: a deck of slides, shown
// one at a time in order, the QR code of each item, the notice panel.
type Display struct {
	Common
	L       displayLayout
	Slides  []*Slide
	Items   []*DeckItem // the items on the slides, in order, and the contact slide last
	Notices []template.HTML
	Dots    bool // one dot per item, or a counter when there are too many
}

// DeckItem is an item of a display with what the screen shows beside its
// slides.
type DeckItem struct {
	Index int
	ID    string // "" for the contact slide
	Title string
	End   string // the last day it is shown, 2026-11-27, or ""
	QR    template.HTML
	Label string // the caption under the QR code
	Short bool   // cut short to fit the round: its summary or first slides
	Sets  string // the selections it is in, "0 2" (Carried), or "" for every one
}

// Slide is one screenful.
type Slide struct {
	Item        *DeckItem
	Page, Pages int
	Chips       []string
	Title       string
	Meta        template.HTML // first slide of an item only: written from words by partials/kiosk-meta.html
	Body        template.HTML // written from page by partials/kiosk-body.html
	Room        float64       // the body's capacity in px, for tests
	Used        float64       // what the body takes by measure

	words []Word
	page  Page
}

// First reports whether this is the first slide of its item.
func (s *Slide) First() bool { return s.Page == 1 }

// displayLayout is the geometry of a display screen in CSS px. The body
// type is 1/27 of the screen's shorter side: 40px on a 1080p screen, legible
// from three metres; everything else is a multiple of it.
type displayLayout struct {
	W, H, F          float64
	Portrait         bool
	Pad, Head, Foot  float64
	ColX, ColY       float64 // the slide column
	ColW, ColH       float64
	SideX, SideY     float64 // the QR code and notice panel
	SideW, SideH     float64
	QR, Inset        float64
	PanelW, PanelH   float64
	Small            float64 // chips, meta, captions, the notice panel
	Title, Continued float64 // title type on an item's first slide and after

	tags *inlineTags // what links and images inside paragraphs become
}

// Type proportions of the slide header, to the body type.
const (
	smallEm      = 0.8
	titleEm      = 1.4
	titleLine    = 1.3
	contEm       = 1.05
	contLine     = 1.35
	chipGapEm    = 0.3
	metaGapEm    = 0.25
	headPadEm    = 0.45
	headGapEm    = 0.6
	headRule     = 3 // px
	noticeLine   = 1.35
	noticeGapEm  = 0.35
	noticeHeadEm = 0.9
	noticeEm     = 0.7
	safety       = 4 // px kept free at the bottom of every page
)

func newDisplayLayout(w, h int) displayLayout {
	W, H := float64(w), float64(h)
	F := math.Round(min(W, H) / 27)
	l := displayLayout{W: W, H: H, F: F, Portrait: H > W,
		Pad: math.Round(0.8 * F), Head: math.Round(2.7 * F), Foot: math.Round(2 * F),
		Inset: math.Round(0.5 * F), Small: smallEm * F, Title: titleEm * F, Continued: contEm * F}
	caption := l.Small * smallLine
	l.ColX, l.ColY = l.Pad, l.Head+l.Pad
	if l.Portrait {
		l.SideH = math.Round(H * 0.24)
		l.ColW, l.ColH = W-2*l.Pad, H-l.Head-l.Foot-l.SideH-3*l.Pad
		l.SideX, l.SideY, l.SideW = l.Pad, l.ColY+l.ColH+l.Pad, W-2*l.Pad
		l.QR = math.Round(min(l.SideH-2*l.Inset-caption, 0.3*W))
		l.PanelW, l.PanelH = l.SideW-l.QR-2*l.Inset-l.Pad, l.SideH
	} else {
		l.SideW = math.Round(W * 0.24)
		l.ColW, l.ColH = W-3*l.Pad-l.SideW, H-l.Head-l.Foot-2*l.Pad
		l.SideX, l.SideY, l.SideH = W-l.Pad-l.SideW, l.ColY, l.ColH
		l.QR = math.Round(min(l.SideW-2*l.Inset, 0.24*H))
		l.PanelW, l.PanelH = l.SideW, l.SideH-l.QR-2*l.Inset-caption-l.Pad
	}
	return l
}

func (l displayLayout) vars() template.CSS {
	v := &cssVars{}
	v.px("w", l.W).px("h", l.H).px("pad", l.Pad).px("head", l.Head).px("foot", l.Foot)
	v.px("colx", l.ColX).px("coly", l.ColY).px("colw", l.ColW).px("colh", l.ColH)
	v.px("sidex", l.SideX).px("sidey", l.SideY).px("sidew", l.SideW).px("sideh", l.SideH)
	v.px("qr", l.QR).px("inset", l.Inset).px("panelw", l.PanelW).px("panelh", l.PanelH)
	v.px("sf", l.Small).px("tt", l.Title).px("ct", l.Continued)
	v.px("chipgap", chipGapEm*l.F).px("metagap", metaGapEm*l.F).px("shpad", headPadEm*l.F).px("shgap", headGapEm*l.F)
	v.px("brand", l.F).px("clock", 1.1*l.F).px("date", 0.6*l.F)
	v.px("nh", noticeHeadEm*l.F).px("ngap", noticeGapEm*l.F).px("nf", noticeEm*l.F)
	return v.css()
}

// body is the metrics of the slide column.
func (l displayLayout) body() Metrics { return Metrics{Width: l.ColW, Font: l.F, tags: l.tags} }

// headerHeight is the height of a slide's header above its body.
func (l displayLayout) headerHeight(chips []string, title string, meta []string, first bool) float64 {
	h := float64(chipLines(chips, l.Small, l.ColW, true))*l.Small*smallLine + chipGapEm*l.F
	if first {
		h += float64(lines(title, l.Title, l.ColW)) * l.Title * titleLine
		_, n := words(meta, l.Small, l.ColW)
		h += metaGapEm*l.F + float64(n)*l.Small*smallLine
	} else {
		h += float64(lines(title, l.Continued, l.ColW)) * l.Continued * contLine
	}
	return h + headPadEm*l.F + headRule + headGapEm*l.F
}

// itemHook, when set (by tests), is called as each item is laid out.
var itemHook func(*model.Item)

// NewDisplay lays out the slides of a display kiosk and writes them with
// the theme's partials.
func NewDisplay(p Common, items []*model.Item) (*Display, error) {
	l := newDisplayLayout(p.Width, p.Height)
	l.tags = p.tags
	d := &Display{Common: p, L: l}
	d.Vars = template.CSS(string(l.vars()) + string(l.body().Vars()))
	decks := make([][]*Slide, len(items))
	whole := make([]int, len(items))
	for i, it := range items {
		di := &DeckItem{Index: i, ID: it.ID, Title: it.Title, End: LastDay(it).String(), Sets: p.sets[it]}
		di.QR, di.Label = p.codes.item(it, "手机扫码 查看全文")
		d.Items = append(d.Items, di)
		decks[i] = l.itemSlides(p, it, di)
		whole[i] = len(decks[i])
	}
	about := &DeckItem{Index: len(items), Title: "意见反馈与依申请公开",
		QR: p.codes.svg(p.Site.Config.BaseURL, "扫码访问"+p.Site.Config.Title), Label: "扫码访问公开网站"}
	contact := l.slides(about, []string{"联系我们"}, about.Title, []string{p.Host}, feedbackBlocks(p))
	room := 0 // no round: no limit
	if r := roundSlides(p.Kiosk); r > 0 {
		room = max(r-len(contact), 1)
	}
	short := make([][]*Slide, len(items))
	sel := selections(items, p.sets, len(p.Kiosk.Schedule))
	for i, n := range capsOf(whole, sel, room, p.Kiosk.MaxSlides) {
		if n < whole[i] {
			short[i] = l.shortened(p, items[i], d.Items[i], n, whole[i])
		}
	}
	for _, deck := range refillEach(decks, short, sel, room, p.Kiosk.MaxSlides) {
		d.Slides = append(d.Slides, deck...)
	}
	d.Items = append(d.Items, about)
	d.Slides = append(d.Slides, contact...)
	d.Dots = float64(len(items))*0.9*l.F <= 0.45*l.W
	return d, d.write(p, l.notices(items))
}

// write writes the body of every slide and the pages of the notice panel.
func (d *Display) write(c Common, notices []Page) error {
	for _, s := range d.Slides {
		h, err := c.body(s.page)
		if err != nil {
			return err
		}
		s.Body = h
		if s.Meta, err = c.meta(s.words); err != nil {
			return err
		}
	}
	for _, pg := range notices {
		h, err := c.body(pg)
		if err != nil {
			return err
		}
		d.Notices = append(d.Notices, h)
	}
	return nil
}

func (l displayLayout) itemSlides(p Common, it *model.Item, di *DeckItem) []*Slide {
	defer output.Name(name(p.Kiosk) + ": " + it.File)
	if itemHook != nil {
		itemHook(it)
	}
	blocks := it.Doc.Blocks()
	if len(blocks) == 0 && it.Summary != "" {
		blocks = []markdown.Block{summaryBlock(it.Summary)}
	}
	room := l.ColH - l.headerHeight(chips(p.Site, it), it.Title, metaLine(p.Site, it), true) - safety
	blocks = append(extraBlocks(p, it, l.ColW, room, true), blocks...)
	return l.slides(di, chips(p.Site, it), it.Title, metaLine(p.Site, it), blocks)
}

// slides cuts one item (or the contact page) into slides.
func (l displayLayout) slides(di *DeckItem, cs []string, title string, meta []string, blocks []markdown.Block) []*Slide {
	m, room := l.frame(cs, title, meta)
	return l.deal(di, cs, title, meta, Paginate(Fit(blocks, m), room))
}

// frame is the metrics of an item's slides and the room each leaves for
// the body: the first slide has the taller header.
func (l displayLayout) frame(cs []string, title string, meta []string) (Metrics, func(int) float64) {
	first := l.ColH - l.headerHeight(cs, title, meta, true) - safety
	rest := l.ColH - l.headerHeight(continued(cs), title, nil, false) - safety
	m := l.body()
	m.MaxHeight = min(first, rest)
	return m, func(i int) float64 {
		if i == 0 {
			return first
		}
		return rest
	}
}

// continued is the chips of an item's slides after the first.
func continued(cs []string) []string { return []string{cs[0], "续"} }

// deal makes the slides of an item's pages.
func (l displayLayout) deal(di *DeckItem, cs []string, title string, meta []string, pages []Page) []*Slide {
	metaWords, _ := words(meta, l.Small, l.ColW)
	out := make([]*Slide, len(pages))
	for i, pg := range pages {
		s := &Slide{Item: di, Page: i + 1, Pages: len(pages), Chips: cs, Title: title, words: metaWords, page: pg, Used: pg.Height}
		s.Room = l.ColH - l.headerHeight(cs, title, meta, true) - safety
		if i > 0 {
			s.Chips, s.words = continued(cs), nil
			s.Room = l.ColH - l.headerHeight(s.Chips, title, nil, false) - safety
		}
		out[i] = s
	}
	return out
}

// feedbackBlocks are the lines of the contact slide.
func feedbackBlocks(p Common) []markdown.Block {
	fb := p.Feedback
	var out []markdown.Block
	add := func(label, val string) {
		if val == "" {
			return
		}
		out = append(out, markdown.Block{Kind: "fact", Cells: [][]string{{label, val}}, Text: label + val})
	}
	add("反馈电话：", fb.Phone)
	add("受理时间：", fb.Hours)
	add("电子邮箱：", fb.Email)
	add("来信地址：", fb.Address)
	add("公开网站：", p.Host)
	add("依申请公开：", fb.Apply)
	return out
}

// notices lays out the panel of immediate items in force, page by page:
// the screen turns the panel's page with every slide.
func (l displayLayout) notices(items []*model.Item) []Page {
	inner := l.PanelW - 2*l.Inset
	size := noticeEm * l.F
	lineH := size * noticeLine
	var pieces []*Piece
	for _, it := range items {
		if it.Term != "immediate" {
			continue
		}
		win := shortWindow(it)
		n := lines(it.Title, size, inner) + packLines([]float64{textfit.Width(win), textfit.Width("还剩30天")}, 0.84, inner/size)
		e := &Entry{ID: it.ID, End: LastDay(it).String(), Title: it.Title, Sub: win}
		pieces = append(pieces, &Piece{Notice: e, Height: float64(n)*lineH + noticeGapEm*l.F + 1})
	}
	if len(pieces) == 0 {
		return nil
	}
	room := l.PanelH - 2*l.Inset - noticeHeadEm*l.F*titleLine - chipGapEm*l.F - safety
	return Paginate(pieces, func(int) float64 { return room })
}
