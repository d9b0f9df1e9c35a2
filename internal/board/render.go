package board

import (
	"errors"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/qr"
	"github.com/gongkai/gongkai/internal/web"
)

// Board is one board laid out: what board.html receives.
type Board struct {
	Site    *model.Site
	Config  *config.Board
	NN      string // the number as two digits: "05"
	Entries []*Entry
	Sheets  []*Sheet
	Style   template.CSS // the geometry as custom properties
	Page    template.CSS // the @page rule
	Date    string       // 公开日期: --now as 2026年11月27日
	Kicker  string       // the line above the board's name
	Footer  []Field      // feedback contacts, as measured for the footer
	Crop    template.HTML
	geo     *geometry
}

// Field is a labelled value of the footer.
type Field struct{ Label, Value string }

// Entry is an item as a board shows it.
type Entry struct {
	*model.Item
	QR     template.HTML // SVG linking to the item's page on the website
	Window string        // "公示期：11月23日至11月27日"; immediate items only
	Meta   string        // document number, issuer, date
}

// Path is the board's sheet page, relative to the output root.
func (b *Board) Path() string { return "boards/" + b.NN + "/" }

// PDF is the file name of the board's PDF.
func (b *Board) PDF() string { return "board-" + b.NN + ".pdf" }

// Newest is the most recent item on the board, or nil.
func (b *Board) Newest() *model.Item {
	var best *model.Item
	for _, e := range b.Entries {
		if best == nil || e.Date.After(best.Date) {
			best = e.Item
		}
	}
	return best
}

// Trim is the paper size as "594×841 mm".
func (b *Board) Trim() string { return num(b.geo.W) + "×" + num(b.geo.H) + " mm" }

// BodyPt is the body type size in points, for the print room's index.
func (b *Board) BodyPt() string { return num(b.geo.Body.Pt) }

// Layout lays out every board of the site, in site.toml order. Boards are
// laid out in parallel, each into its own slot.
func Layout(site *model.Site) ([]*Board, error) {
	n := len(site.Config.Boards)
	out, errs := make([]*Board, n), make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { out[i], errs[i] = layoutBoard(site, &site.Config.Boards[i]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// layoutBoard lays a board out at its paper's type size. When that leaves
// the last sheet less than half full, it tries type up to 15% smaller
// (never below min_font) and takes the largest size that saves a sheet:
// fewer sheets to print and post, and no sheet that is nearly blank.
func layoutBoard(site *model.Site, cb *config.Board) (*Board, error) {
	entries, err := entries(site, cb)
	if err != nil {
		return nil, err
	}
	best, err := layoutAt(site, cb, entries, 1)
	if err != nil || len(best.Sheets) < 2 || best.lastFill() >= 0.5 {
		return best, err
	}
	for _, scale := range []float64{0.97, 0.94, 0.91, 0.88, 0.85} {
		b, err := layoutAt(site, cb, entries, scale)
		if err != nil {
			return nil, err
		}
		if len(b.Sheets) < len(best.Sheets) {
			return b, nil
		}
	}
	return best, nil
}

// lastFill is how full the last sheet is, 0 to 1.
func (b *Board) lastFill() float64 {
	last := b.Sheets[len(b.Sheets)-1]
	used := 0.0
	for _, c := range last.Columns {
		used += c.Used
	}
	return used / (b.geo.ColH * float64(len(last.Columns)))
}

// entries are the board's items with their QR codes, made once for every
// size tried.
func entries(site *model.Site, cb *config.Board) ([]*Entry, error) {
	var out []*Entry
	for _, it := range Items(site, cb) {
		e, err := newEntry(site, it)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func layoutAt(site *model.Site, cb *config.Board, entries []*Entry, scale float64) (*Board, error) {
	b := &Board{Site: site, Config: cb, NN: fmt.Sprintf("%02d", cb.Number), Date: site.Now.Chinese(), Entries: entries}
	b.Footer = footer(site)
	b.Kicker = fmt.Sprintf("%s · 第%d号公开栏", site.Config.County, cb.Number)
	b.geo = newGeometry(cb, bands{Kicker: b.Kicker, Footer: footerText(b.Date, b.Footer)}, scale)
	g := b.geo
	bl := &builder{g: g}
	bodies := make([][]block, len(entries))
	for i, e := range entries {
		bodies[i] = bl.blocks(e.Doc, g.ColH-g.headerHeight(e, true, true, false))
		if err := bl.checkDrawings(e.File, bodies[i], cb.MinFont); err != nil {
			return nil, fmt.Errorf("board %d: %w", cb.Number, err)
		}
	}
	p, err := paginate(g, entries, bodies, b.Date, 0, 0)
	if err != nil {
		return nil, fmt.Errorf("board %d: %w", cb.Number, err)
	}
	b.Sheets = balance(g, entries, bodies, b.Date, p.finish())
	b.Style = g.style()
	b.Page = template.CSS(fmt.Sprintf("@page{size:%smm %smm;margin:0}", num(g.W+2*g.Bleed), num(g.H+2*g.Bleed)))
	if cb.CropMarks {
		b.Crop = cropMarks(g)
	}
	return b, nil
}

// spread is how much longer a sheet's fullest column is than its emptiest.
func spread(s *Sheet) float64 {
	most, least := 0.0, math.Inf(1)
	for _, c := range s.Columns {
		most, least = math.Max(most, c.Used), math.Min(least, c.Used)
	}
	return most - least
}

// paginate lays the entries out into sheets; with short > 0, the columns of
// sheet last (counted from 0) and after are only that tall.
func paginate(g *geometry, entries []*Entry, bodies [][]block, date string, short float64, last int) (*pager, error) {
	p := newPager(g)
	p.short, p.last = short, last
	for i, e := range entries {
		if err := p.add(e, slices.Clone(bodies[i])); err != nil {
			return nil, err
		}
	}
	if len(entries) == 0 {
		p.emptyPart(fmt.Sprintf("截至%s，本栏目暂无在公开期内的内容。", date))
	}
	return p, nil
}

// balance evens out the columns of a board's last sheet: it finds the
// shortest column height that still holds the last sheet's content on one
// sheet, so two columns end level instead of one full and one empty.
func balance(g *geometry, entries []*Entry, bodies [][]block, date string, sheets []*Sheet) []*Sheet {
	if g.Columns < 2 || spread(sheets[len(sheets)-1]) < g.Body.line()*2 {
		return sheets
	}
	best := sheets
	lo, hi := 0.0, g.ColH
	for range 10 {
		mid := (lo + hi) / 2
		p, err := paginate(g, entries, bodies, date, mid, len(sheets)-1)
		if err != nil || len(p.sheets) != len(sheets) {
			lo = mid
			continue
		}
		hi, best = mid, p.finish()
	}
	return best
}

func newEntry(site *model.Site, it *model.Item) (*Entry, error) {
	code, err := qr.SVG(it.Permalink, "扫码查看："+it.Title)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", it.File, err)
	}
	e := &Entry{Item: it, QR: code, Meta: meta(site, it)}
	if it.Term == string(config.Immediate) {
		label := "公示期"
		if c := site.Config.CategoryByKey(it.Category); c != nil && c.Consultation {
			label = "征求意见期"
		}
		e.Window = label + "：" + window(it.Date, it.Until, site.Now)
	}
	return e, nil
}

// window is "11月23日至11月27日", with years when the window is not
// within the year of now.
func window(from, until, now calendar.Day) string {
	if from.Y == now.Y && until.Y == now.Y {
		return from.ChineseShort() + "至" + until.ChineseShort()
	}
	return from.Chinese() + "至" + until.Chinese()
}

// meta is the line of details under a title.
func meta(site *model.Site, it *model.Item) string {
	var parts []string
	if it.Number != "" {
		parts = append(parts, it.Number)
	}
	if it.Issuer != "" {
		parts = append(parts, site.IssuerLabel(it.Issuer))
	}
	parts = append(parts, it.Date.Chinese()+"发布")
	if !it.Updated.IsZero() && it.Updated.After(it.Date) {
		parts = append(parts, it.Updated.Chinese()+"更新")
	}
	return strings.Join(parts, "　")
}

// footer is what the footer says besides the date and sheet number: how to
// send feedback and apply for disclosure, as site.toml sets it.
func footer(site *model.Site) []Field {
	fb := site.Config.Feedback
	var out []Field
	if fb.Phone != "" {
		phone := fb.Phone
		if fb.Hours != "" {
			phone += "（" + fb.Hours + "）"
		}
		out = append(out, Field{"反馈电话", phone})
	}
	if fb.Email != "" {
		out = append(out, Field{"电子邮箱", fb.Email})
	}
	if fb.Address != "" {
		out = append(out, Field{"来信地址", fb.Address})
	}
	if fb.Apply != "" {
		out = append(out, Field{"依申请公开", fb.Apply})
	}
	return out
}

// footerText is the footer as one run of text, the way the stylesheet sets
// it: fields separated by an ideographic space.
func footerText(date string, fs []Field) string {
	parts := []string{"公开日期：" + date}
	for _, f := range fs {
		parts = append(parts, f.Label+"："+f.Value)
	}
	return strings.Join(parts, "\u3000")
}

// cropMarks draws the trim corners in the bleed: a short black line on a
// white one, so they show on any background.
func cropMarks(g *geometry) template.HTML {
	b, w, h := g.Bleed, g.W+2*g.Bleed, g.H+2*g.Bleed
	gap := min(1, b/3)
	var lines strings.Builder
	for _, x := range []float64{b, b + g.W} {
		for _, y := range []float64{b, b + g.H} {
			ex := 0.0
			if x > b {
				ex = w
			}
			ey := 0.0
			if y > b {
				ey = h
			}
			toward := func(edge, at float64) float64 {
				if edge < at {
					return at - gap
				}
				return at + gap
			}
			fmt.Fprintf(&lines, "M%s %sH%sM%s %sV%s", num(ex), num(y), num(toward(ex, x)), num(x), num(ey), num(toward(ey, y)))
		}
	}
	d := lines.String()
	return template.HTML(fmt.Sprintf(`<svg class="crop" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" aria-hidden="true"><path d="%s" stroke="#fff" stroke-width="0.75" fill="none"/><path d="%s" stroke="#000" stroke-width="0.25" fill="none"/></svg>`,
		num(w), num(h), d, d)) //nolint:gosec // numbers only
}

// Render writes every board's sheets and the print room's index, and
// returns the number of pages written.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	boards, err := Layout(site)
	if err != nil {
		return 0, err
	}
	for _, b := range boards {
		html, err := tpl.Render("board", b)
		if err != nil {
			return 0, fmt.Errorf("rendering board %d: %w", b.Config.Number, err)
		}
		if err := w.Write(b.Path()+"index.html", html, fmt.Sprintf("board %d", b.Config.Number)); err != nil {
			return 0, err
		}
	}
	page := &web.Page{Site: site, Kind: "boards", Title: "公开栏打印", Path: "boards/", Now: site.Now,
		Crumbs: []web.Crumb{{Title: "公开栏打印", Path: "boards/"}}, Data: boards}
	html, err := tpl.Render("boards", page)
	if err != nil {
		return 0, fmt.Errorf("rendering the boards index: %w", err)
	}
	if err := w.Write("boards/index.html", html, "boards index"); err != nil {
		return 0, err
	}
	return len(boards) + 1, nil
}
