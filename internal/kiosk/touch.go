package kiosk

import (
	"html/template"
	"math"
	"slices"
	"sync"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// Touch is the data of a touch screen's page: every screen a reader can
// reach, laid out once for each type size the reader may choose.
type Touch struct {
	Common
	L       touchLayout
	Sizes   []*TouchSize
	Items   []*DeckItem // QR codes of the items, shown beside an item's pages
	Default string      // the type size a screen starts with and returns to
	Notices int         // immediate items in force, for the attract screen
}

// TouchSize is every screen laid out in one type size.
type TouchSize struct {
	Key, Label string
	Font       float64
	Vars       template.CSS
	Screens    []*Screen
}

// Screen is one page of one view: the home screen, a category's list, an
// item, the contact page.
type Screen struct {
	View        string // home, cat:<key>, item:<id>, about
	Kind        string // home, cat, item, about
	Page, Pages int
	First       int    // the block or list entry the page begins with
	End         string // an item's last day, so the screen goes with it
	Chips       []string
	Title       string
	Meta        template.HTML // written from words by partials/kiosk-meta.html
	Body        template.HTML // written from page by partials/kiosk-body.html
	Room, Used  float64
	Head        float64      // an item's header: its chips, title and meta line, for tests
	QR          string       // an item's QR code beside the header, in px
	Style       template.CSS // an item's header height (--dock)

	words []Word
	page  Page
}

// sizes a reader can choose: 小, 中, 大, as multiples of the chrome's type.
var touchSizes = []struct {
	key, label string
	scale      float64
}{{"s", "小", 0.75}, {"m", "中", 0.95}, {"l", "大", 1.25}}

const defaultTouchSize = "m"

// touchLayout is the geometry of a touch screen in CSS px. B is the type of
// the chrome (bars and buttons), 1/27 of the shorter side.
type touchLayout struct {
	W, H, B        float64
	Portrait       bool
	Pad, Head, Nav float64
	Pager, PagerY  float64
	ColX, ColY     float64
	ColW, ColH     float64
	QR, Dock       float64 // the item QR code and the height of its box
	Columns        int     // category tiles per row
	TileW, TileGap float64
}

// Proportions of touch screens.
const (
	entryPadYEm = 0.45
	entryPadXEm = 0.6
	entryArrow  = 1.2 // em kept for the arrow at the right of an entry
	entryGapEm  = 0.3
	entryLine   = 1.4
	tileLabelEm = 1.1
	tilePadEm   = 0.5
	touchTitle  = 1.25
)

func newTouchLayout(w, h int) touchLayout {
	W, H := float64(w), float64(h)
	B := math.Round(min(W, H) / 27)
	l := touchLayout{W: W, H: H, B: B, Portrait: H > W, Pad: B,
		Head: math.Round(2.7 * B), Nav: math.Round(3.2 * B), Pager: math.Round(2.6 * B)}
	l.ColX, l.ColY, l.ColW = l.Pad, l.Head+l.Pad, W-2*l.Pad
	l.PagerY = H - l.Nav - l.Pager - l.Pad/2
	l.ColH = l.PagerY - l.Pad/2 - l.ColY
	l.QR = math.Round(5 * B)
	l.Dock = l.QR + 0.7*B*smallLine + 0.5*B
	l.Columns = 2
	if l.ColW >= 1400 {
		l.Columns = 3
	}
	l.TileGap = math.Round(0.6 * B)
	l.TileW = math.Floor((l.ColW - float64(l.Columns-1)*l.TileGap) / float64(l.Columns))
	return l
}

func (l touchLayout) vars() template.CSS {
	v := &cssVars{}
	v.px("w", l.W).px("h", l.H).px("pad", l.Pad).px("head", l.Head).px("foot", l.Nav)
	v.px("pager", l.Pager).px("pagery", l.PagerY)
	v.px("colx", l.ColX).px("coly", l.ColY).px("colw", l.ColW).px("colh", l.ColH)
	v.px("qr", l.QR).px("dock", l.Dock).px("tilew", l.TileW).px("tilegap", l.TileGap)
	v.px("b", l.B).px("brand", l.B).px("clock", 1.1*l.B).px("date", 0.6*l.B).px("sf", smallEm*l.B)
	return v.css()
}

// NewTouch lays out every screen of a touch kiosk in each type size, the
// sizes in parallel. A crash laying out a size is its error, an
// output.Panic naming the kiosk and the item.
func NewTouch(c Common, items []*model.Item) (*Touch, error) {
	l := newTouchLayout(c.Width, c.Height)
	t := &Touch{Common: c, L: l, Default: defaultTouchSize}
	t.Vars = l.vars()
	for i, it := range items {
		di := &DeckItem{Index: i, ID: it.ID, Title: it.Title, End: LastDay(it).String()}
		di.QR, di.Label = c.codes.item(it, "手机扫码看全文")
		t.Items = append(t.Items, di)
		if it.Term == string(config.Immediate) {
			t.Notices++
		}
	}
	groups := categoryGroups(c, items)
	t.Sizes = make([]*TouchSize, len(touchSizes))
	errs := make([]error, len(touchSizes))
	var wg sync.WaitGroup
	for i, sz := range touchSizes {
		wg.Go(func() {
			errs[i] = output.Safely(name(c.Kiosk), func() error {
				s := touchBuilder{l: l, c: c, f: math.Round(sz.scale * l.B)}.size(sz.key, sz.label, groups, items)
				t.Sizes[i] = s
				return s.write(c)
			})
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return t, nil
}

// group is a category of a touch screen's home, with its items.
type group struct {
	Key, Label, Description string
	Items                   []*model.Item
}

// categoryGroups are the categories that have items on the kiosk: those
// the kiosk lists first, in its order, then the others in site order.
func categoryGroups(c Common, items []*model.Item) []*group {
	order := slices.Clone([]string(c.Kiosk.Categories))
	for _, cat := range c.Site.Config.Categories {
		if !slices.Contains(order, cat.Key) {
			order = append(order, cat.Key)
		}
	}
	var out []*group
	for _, key := range order {
		g := &group{Key: key, Label: c.Site.CategoryLabel(key)}
		if cat := c.Site.Config.CategoryByKey(key); cat != nil {
			g.Description = cat.Description
		}
		for _, it := range items {
			if it.Category == key {
				g.Items = append(g.Items, it)
			}
		}
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// touchBuilder lays out the screens of one type size.
type touchBuilder struct {
	l touchLayout
	c Common
	f float64
}

// size lays out every screen in the builder's type size.
func (b touchBuilder) size(key, label string, groups []*group, items []*model.Item) *TouchSize {
	s := &TouchSize{Key: key, Label: label, Font: b.f}
	s.Vars = template.CSS(string(b.vars()) + string(b.body(b.l.ColW).Vars()))
	s.Screens = append(s.Screens, b.home(groups, items)...)
	for _, g := range groups {
		s.Screens = append(s.Screens, b.category(g)...)
	}
	for _, it := range items {
		s.Screens = append(s.Screens, b.item(it)...)
	}
	s.Screens = append(s.Screens, b.about()...)
	return s
}

// write writes the body and the meta line of every screen of s, the
// meta line once for the screens of one view, which share it.
func (s *TouchSize) write(c Common) error {
	var last *Screen
	for _, sc := range s.Screens {
		h, err := c.body(sc.page)
		if err != nil {
			return err
		}
		sc.Body = h
		if last != nil && sc.View == last.View {
			sc.Meta = last.Meta
			continue
		}
		if sc.Meta, err = c.meta(sc.words); err != nil {
			return err
		}
		last = sc
	}
	return nil
}

func (b touchBuilder) small() float64 { return smallEm * b.f }

func (b touchBuilder) body(w float64) Metrics {
	return Metrics{Width: w, Font: b.f, tags: b.c.tags, cells: b.c.cells}
}

func (b touchBuilder) vars() template.CSS {
	v := &cssVars{}
	v.px("tt", touchTitle*b.f).px("sf", b.small()).px("chipgap", chipGapEm*b.f).px("metagap", metaGapEm*b.f)
	v.px("shpad", headPadEm*b.f).px("shgap", headGapEm*b.f).px("tl", tileLabelEm*b.f)
	return v.css()
}

// header is the height of a screen's header: chips, title, meta line, in
// a column w px wide.
func (b touchBuilder) header(cs []string, title string, meta []string, w float64) float64 {
	h := 0.0
	if len(cs) > 0 {
		h += float64(chipLines(cs, b.small(), w, false))*b.small()*smallLine + chipGapEm*b.f
	}
	h += float64(lines(title, touchTitle*b.f, w)) * touchTitle * b.f * titleLine
	if _, n := words(meta, b.small(), w); n > 0 {
		h += metaGapEm*b.f + float64(n)*b.small()*smallLine
	}
	return h + headPadEm*b.f + headRule
}

// screens pages pieces under one header.
func (b touchBuilder) screens(proto Screen, head float64, pieces []*Piece) []*Screen {
	room := b.l.ColH - head - headGapEm*b.f - safety
	pages := Paginate(pieces, func(int) float64 { return room })
	out := make([]*Screen, len(pages))
	for i, pg := range pages {
		s := proto
		s.Page, s.Pages, s.First, s.page, s.Room, s.Used = i+1, len(pages), pg.First(), pg, room, pg.Height
		out[i] = &s
	}
	return out
}

func (b touchBuilder) home(groups []*group, items []*model.Item) []*Screen {
	meta := []string{"点按下方类别，查看在公开期内的事项"}
	proto := Screen{View: "home", Kind: "home", Title: "请选择要查看的公开类别"}
	proto.words, _ = words(meta, b.small(), b.l.ColW)
	var pieces []*Piece
	for i := 0; i < len(groups); i += b.l.Columns {
		pieces = append(pieces, b.tileRow(groups[i:min(len(groups), i+b.l.Columns)], len(pieces)))
	}
	pieces = append(pieces, b.tileRow(nil, len(pieces)))
	var notices []*model.Item
	for _, it := range items {
		if it.Term == string(config.Immediate) {
			notices = append(notices, it)
		}
	}
	if len(notices) > 0 {
		pieces = append(pieces, b.subhead("正在公示", len(pieces)))
		for _, it := range notices {
			pieces = append(pieces, b.entry(it, len(pieces)))
		}
	}
	return b.screens(proto, b.header(nil, proto.Title, meta, b.l.ColW), pieces)
}

// tileRow is a row of category tiles; an empty list makes the row that
// leads to the contact page.
func (b touchBuilder) tileRow(gs []*group, first int) *Piece {
	inner := b.l.TileW - 2*entryPadXEm*b.f
	most := 0
	row := &Tiles{}
	if gs == nil {
		row.Contact = &Tile{Label: "意见反馈与依申请公开", Line: phoneOr(b.c.Feedback)}
		most = lines(row.Contact.Label, tileLabelEm*b.f, b.l.ColW-2*entryPadXEm*b.f)
	}
	for _, g := range gs {
		most = max(most, lines(g.Label, tileLabelEm*b.f, inner))
		row.Tiles = append(row.Tiles, Tile{Key: g.Key, Label: g.Label, Count: len(g.Items)})
	}
	height := 2*tilePadEm*b.f + float64(most)*tileLabelEm*b.f*titleLine + b.small()*smallLine + 2
	row.Height = num(height)
	return &Piece{Tiles: row, Height: height + b.l.TileGap, Block: first}
}

func phoneOr(fb config.Feedback) string {
	if fb.Phone != "" {
		return "电话 " + fb.Phone
	}
	return fb.Email
}

func (b touchBuilder) subhead(text string, index int) *Piece {
	size := headScale * b.f
	n := lines(text, size, b.l.ColW)
	return &Piece{Subhead: text,
		Height: float64(n)*size*headLine + b.f*gapEm, Keep: true, Block: index}
}

// entry is the button that opens an item.
func (b touchBuilder) entry(it *model.Item, index int) *Piece {
	sub := it.Date.Chinese() + "发布"
	if it.Term == string(config.Immediate) {
		sub = "公示期：" + windowText(it)
	}
	e := &Entry{ID: it.ID, End: endOf(it), Title: it.Title, Sub: sub}
	return &Piece{Entry: e, Height: b.buttonHeight(it.Title, sub), Block: index}
}

// endOf is an item's last day on a kiosk, "" if it has none.
func endOf(it *model.Item) string {
	if d := LastDay(it); !d.IsZero() {
		return d.String()
	}
	return ""
}

func (b touchBuilder) category(g *group) []*Screen {
	var meta []string
	if g.Description != "" {
		meta = []string{g.Description}
	}
	proto := Screen{View: "cat:" + g.Key, Kind: "cat", Title: g.Label}
	proto.words, _ = words(meta, b.small(), b.l.ColW)
	var pieces []*Piece
	for i, it := range g.Items {
		pieces = append(pieces, b.entry(it, i))
	}
	return b.screens(proto, b.header(nil, g.Label, meta, b.l.ColW), pieces)
}

func (b touchBuilder) item(it *model.Item) []*Screen {
	defer output.Name(name(b.c.Kiosk) + ": " + it.File)
	if itemHook != nil {
		itemHook(it)
	}
	cs := chips(b.c.Site, it)
	meta := metaLine(b.c.Site, it)
	w := b.l.ColW - b.l.QR - b.l.Pad
	proto := Screen{View: "item:" + it.ID, Kind: "item", End: LastDay(it).String(), Chips: cs, Title: it.Title}
	proto.words, _ = words(meta, b.small(), w)
	proto.Head = b.header(cs, it.Title, meta, w)
	qr, dock := b.l.dock(proto.Head)
	proto.QR, proto.Style = num(qr), dockStyle(dock)
	head := max(proto.Head, dock)
	m := b.body(b.l.ColW)
	m.MaxHeight = b.l.ColH - head - headGapEm*b.f - safety
	blocks := it.Doc.Blocks()
	if len(blocks) == 0 && it.Summary != "" {
		blocks = []markdown.Block{summaryBlock(it.Summary)}
	}
	blocks = append(extraBlocks(b.c, it, m.Width, m.MaxHeight, false), blocks...)
	pieces := Fit(blocks, m)
	if ls := links(blocks, originOf(b.c.Site.Config.BaseURL)); len(ls) > 0 {
		pieces = append(pieces, b.subhead("文中链接（请用手机扫码打开）", len(blocks)))
		for _, lk := range ls {
			pieces = append(pieces, b.linkCode(lk, len(blocks)))
		}
	}
	pages := b.screens(proto, head, pieces)
	return append(pages, b.toc(it, pages)...)
}

// linkCode shows a link of a body as a QR code with its text and address:
// on a kiosk a link is never followed.
func (b touchBuilder) linkCode(lk Link, index int) *Piece {
	size := math.Round(4 * b.l.B)
	w := b.l.ColW - size - b.f
	n := lines(lk.Text, b.f, w) + lines(lk.URL, b.small(), w)
	text := float64(n) * b.f * entryLine
	qr := &Box{W: num(size), H: num(size), SVG: b.c.codes.svg(lk.URL, lk.Text), Text: lk.Text, URL: lk.URL}
	return &Piece{Link: qr, Height: max(size, text) + b.f*gapEm, Block: index}
}

func (b touchBuilder) about() []*Screen {
	proto := Screen{View: "about", Kind: "about", Title: "意见反馈与依申请公开"}
	m := b.body(b.l.ColW)
	m.MaxHeight = b.l.ColH
	pieces := Fit(feedbackBlocks(b.c), m)
	size := math.Round(5 * b.l.B)
	qr := &Box{W: num(size), H: num(size), SVG: b.c.codes.svg(b.c.Site.Config.BaseURL, "扫码访问"+b.c.Site.Config.Title)}
	pieces = append(pieces, &Piece{Site: qr, Height: size + b.small()*smallLine + b.f*gapEm, Block: len(pieces)})
	return b.screens(proto, b.header(nil, proto.Title, nil, b.l.ColW), pieces)
}

// SizeOf returns the screens of size key, for tests.
func (t *Touch) SizeOf(key string) *TouchSize {
	for _, s := range t.Sizes {
		if s.Key == key {
			return s
		}
	}
	return nil
}
