package kiosk

import (
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"net/url"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/qr"
	"github.com/gongkai/gongkai/internal/textfit"
)

// hashMark stands for the page's hash while the page is rendered; the hash
// of the rendered page then replaces it (see stamp). builtMark stands for
// the build's day, which the hash leaves out: a page rebuilt on another day
// with the same content has the same hash, and no screen fetches it again.
const (
	hashMark  = "GONGKAIKIOSKHASH"
	builtMark = "GONGKAIKIOSKBUILT"
)

// Common is what every kiosk layout receives; Display or Touch add their parts.
type Common struct {
	Site     *model.Site
	Kiosk    *config.Kiosk
	Hash     string
	Feedback config.Feedback
	Host     string       // the site's address without the scheme, as readers type it
	Vars     template.CSS // sizes of the page chrome, as CSS custom properties
	Config   template.JS  // settings for the page's script
	Width    int
	Height   int
	Urgent   []*Urgent   // the urgent items, full-screen and in a banner (schedule.go)
	Times    template.JS // on/off window and schedules for partials/kiosk-schedule-script.html, or ""

	sets map[*model.Item]string // the selections each item is in, when the kiosk has a schedule

	codes  *qrCodes
	tpl    *layout.Set                      // the theme, whose partials write the pieces of pages
	tags   *inlineTags                      // what links and images inside paragraphs become
	extras map[*model.Item][]markdown.Block // partials/kiosk-powers.html of each item, as blocks
	cells  *cellMemo                        // tables' cells measured once for every type size
}

// settings are what the page's script needs, as JSON.
type settings struct {
	Kind    string     `json:"kind"`
	Name    string     `json:"name"`
	Hash    string     `json:"hash"`
	SlideMs int        `json:"slideMs"`
	PollMs  int        `json:"pollMs"`
	IdleMs  int        `json:"idleMs"`
	Zone    [][2]int64 `json:"zone"`
	Code    string     `json:"code"`    // the page code's version (Code)
	Built   string     `json:"built"`   // the build's day, the day of the data shown
	StaleMs int64      `json:"staleMs"` // age of the data past which it is shown amber
}

func newCommon(s *model.Site, k *config.Kiosk, code string) Common {
	cfg, _ := json.Marshal(settings{Kind: k.Kind, Name: k.Name, Hash: hashMark,
		SlideMs: k.SlideSeconds * 1000, PollMs: k.Poll * 1000, IdleMs: k.Idle * 1000,
		Zone: calendar.Offsets(s.Config.Location, s.Now), Code: code, Built: builtMark, StaleMs: k.Stale.Milliseconds()})
	host := s.Config.BaseURL
	if u, err := url.Parse(host); err == nil {
		host = strings.TrimSuffix(u.Host+u.Path, "/")
	}
	return Common{Site: s, Kiosk: k, Hash: hashMark, Feedback: s.Config.Feedback, Host: host,
		Config: template.JS(cfg), Times: timesOf(s, k), Width: k.Width, Height: k.Height, codes: newQRCodes(), cells: &cellMemo{}}
}

// body writes a page's pieces with the theme's partials/kiosk-body.html.
func (c Common) body(p Page) (template.HTML, error) {
	h, err := c.tpl.Partial("kiosk-"+c.Kiosk.Kind, "kiosk-body.html", p.Wraps())
	if err != nil {
		return "", fmt.Errorf("%s: %w", name(c.Kiosk), err)
	}
	return h, nil
}

// meta writes the words of a meta line with the theme's
// partials/kiosk-meta.html; "" for none.
func (c Common) meta(ws []Word) (template.HTML, error) {
	if len(ws) == 0 {
		return "", nil
	}
	h, err := c.tpl.Partial("kiosk-"+c.Kiosk.Kind, "kiosk-meta.html", ws)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name(c.Kiosk), err)
	}
	return h, nil
}

// cssVars collects CSS custom properties in px.
type cssVars struct{ b strings.Builder }

func (v *cssVars) px(name string, val float64) *cssVars {
	fmt.Fprintf(&v.b, "--%s:%spx;", name, num(val))
	return v
}

func (v *cssVars) css() template.CSS { return template.CSS(v.b.String()) }

// qrCodes draws QR codes once per build: the same address appears on
// several kiosks and in every type size of a touch screen, and encoding is
// the slowest step of a kiosk's layout. It is safe for concurrent use.
type qrCodes struct {
	mu    sync.Mutex
	drawn map[[2]string]template.HTML
}

func newQRCodes() *qrCodes { return &qrCodes{drawn: map[[2]string]template.HTML{}} }

// svg draws the QR code for an address; an address too long for a QR code
// (which never happens with base_url and a slug) gets none.
func (q *qrCodes) svg(link, label string) template.HTML {
	key := [2]string{link, label}
	q.mu.Lock()
	svg, ok := q.drawn[key]
	q.mu.Unlock()
	if ok {
		return svg
	}
	svg, err := qr.SVG(link, label)
	if err != nil {
		svg = ""
	}
	q.mu.Lock()
	q.drawn[key] = svg
	q.mu.Unlock()
	return svg
}

// item is the QR code to an item's page and its caption. An internal item
// has none (model.Item.QRLink): the caption says where it may be read.
func (q *qrCodes) item(it *model.Item, caption string) (template.HTML, string) {
	link := it.QRLink()
	if link == "" {
		return "", "党内公开 仅限党内查阅"
	}
	return q.svg(link, "扫码查看全文："+it.Title), caption
}

// windowText is an immediate item's publicity window, as readers are used
// to seeing it: 2026年11月23日至11月27日.
func windowText(it *model.Item) string {
	if it.Until.IsZero() {
		return ""
	}
	if it.Date.Y == it.Until.Y {
		return it.Date.Chinese() + "至" + it.Until.ChineseShort()
	}
	return it.Date.Chinese() + "至" + it.Until.Chinese()
}

// shortWindow is the window without the year, for the notice panel.
func shortWindow(it *model.Item) string {
	if it.Date.Y == it.Until.Y {
		return it.Date.ChineseShort() + "至" + it.Until.ChineseShort()
	}
	return it.Date.Chinese() + "至" + it.Until.Chinese()
}

// chips are the labels above an item's title: category, term and window
// or last update.
func chips(s *model.Site, it *model.Item) []string {
	out := []string{s.CategoryLabel(it.Category), config.Terms.Label(it.Term)}
	switch config.Term(it.Term) {
	case config.Immediate:
		out = append(out, "公示期："+windowText(it))
	case config.Periodic:
		out = append(out, config.Periods.Label(it.Period)+"更新 · 最近更新："+model.LastUpdate(it.Item).Chinese())
	}
	return out
}

// metaLine is the number, issuer and date of an item.
func metaLine(s *model.Site, it *model.Item) []string {
	var parts []string
	if it.Number != "" {
		parts = append(parts, it.Number)
	}
	if it.Issuer != "" {
		parts = append(parts, s.IssuerLabel(it.Issuer))
	} else {
		parts = append(parts, s.Config.County)
	}
	parts = append(parts, it.Date.Chinese()+"发布")
	return parts
}

// wordsGapEm is the space between the parts of a line of words (the CSS
// column-gap of .meta).
const wordsGapEm = 1

// Word is a part of a line of words (an item's number, issuer, date),
// never broken across lines unless Wide: longer than a line.
type Word struct {
	Text string
	Wide bool
}

// words sets parts (an item's number, issuer and date) so that none is
// broken across lines unless it is longer than a line, and says how many
// lines they take at size px in w px.
func words(parts []string, size, w float64) ([]Word, int) {
	if len(parts) == 0 {
		return nil, 0
	}
	units := make([]float64, len(parts))
	out := make([]Word, len(parts))
	for i, p := range parts {
		units[i] = textfit.Width(p)
		out[i] = Word{Text: p, Wide: units[i] > w/size}
	}
	return out, packLines(units, wordsGapEm, w/size)
}

// chipLines is how many lines chips take at size px in w px: each chip is
// a box that does not break, padded by chipPadEm, chipGapX apart, followed
// by room for a slide's page counter ("12 / 15") when counter is set.
func chipLines(cs []string, size, w float64, counter bool) int {
	units := make([]float64, len(cs), len(cs)+1)
	for i, c := range cs {
		units[i] = textfit.Width(c) + chipPadEm
	}
	if counter {
		units = append(units, counterEm)
	}
	return packLines(units, chipGapX, w/size)
}

// packLines is how many lines units of the given widths (em) take when
// each stays whole on one line, gap em apart, in a line avail em wide. A
// unit wider than a line wraps inside and is followed by a new line.
func packLines(units []float64, gap, avail float64) int {
	n, used := 1, 0.0
	for _, u := range units {
		if used > 0 && used+u > avail {
			n++
			used = 0
		}
		if u > avail {
			n += int(math.Ceil(u/avail)) - 1
			used = avail
			continue
		}
		used += u + gap
	}
	return n
}

// Chips, in em of their type: padding inside a chip, the space between
// chips (the CSS column-gap of .chips), and the page counter's width.
const (
	chipPadEm = 0.8
	chipGapX  = 0.5
	counterEm = 5
)

// originOf is the scheme and host of base_url, before which a site path
// becomes an address: https://gk.example.gov.cn.
func originOf(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
