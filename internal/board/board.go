package board

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/qr"
)

// Board is one board laid out: what board.html receives.
type Board struct {
	Site    *model.Site
	Config  *config.Board
	NN      string   // the number as two digits: "05"
	Lists   []*Entry // the generated lists it carries (config lists), before its items
	Entries []*Entry // the items it carries
	Sheets  []*Sheet
	Style   template.CSS // the geometry as custom properties
	Page    template.CSS // the @page rule
	Date    string       // the newest of its sheets' dates (Sheet.Date), "" when it carries nothing
	Kicker  string       // the line above the board's name
	Place   Field        // the footer's first field: the board's number and location
	Footer  []Field      // feedback contacts
	Foot    [][]FootSeg  // the footer's lines: place, date, contacts (footerLines)
	PDFs    bool         // the build prints PDFs (--pdf): the page links to them
	Tiles   string       // with PDFs: the file name of the tiles' PDF (TilePDF), or "" when the sheets are not cut into tiles
	geo     *geometry
}

// Field is a labelled value of the footer.
type Field struct {
	Label, Value string
	Date         bool // the sheet's date: Value is only the widest date, to measure with
}

// Entry is an item as a board shows it, or a generated list (a board's
// lists), which has no Item.
type Entry struct {
	*model.Item
	ID, Title string        // the item's; a list's: "list:powers", "职权目录"
	File      string        // the item's file, or the list in site.toml, for messages
	List      string        // the list's key (config.BoardLists), "" for an item
	QR        template.HTML // SVG linking to the item's (or the list's) page on the website; none for an internal item (model.Item.QRLink)
	Window    string        // "公示期：11月23日至11月27日"; immediate items only
	End       calendar.Day  // the last day of Window: when the sheet must come down or be reprinted
	Meta      string        // document number, issuer, date; what a list holds

	rows   *listRows          // a list's powers or risk points
	tables [][]markdown.Block // an item's risk points and stages (tablesOf), once made
	needs  int                // sheets the item takes alone at the board's smallest body size (measureAlone)
	brief  bool               // shown by its summary: its body needs more than SheetBudget sheets
}

// Path is the board's sheet page, relative to the output root.
func (b *Board) Path() string { return "boards/" + b.NN + "/" }

// PDF is the file name of the board's PDF.
func (b *Board) PDF() string { return "board-" + b.NN + ".pdf" }

// Newest is the most recent item on the board, or nil: of the items it
// carries and those its lists are made from.
func (b *Board) Newest() *model.Item {
	var best *model.Item
	newer := func(it *model.Item) {
		if best == nil || it.Date.After(best.Date) {
			best = it
		}
	}
	for _, e := range b.Entries {
		newer(e.Item)
	}
	for _, e := range b.Lists {
		for _, p := range e.rows.powers {
			newer(p)
		}
		for _, r := range e.rows.risks {
			newer(r.Item)
		}
	}
	return best
}

// Trim is the paper size as "594×841 mm".
func (b *Board) Trim() string { return num(b.geo.W) + "×" + num(b.geo.H) + " mm" }

// BodyPt is the body type size in points, for the print room's index.
func (b *Board) BodyPt() string { return num(b.geo.Body.Pt) }

func newEntry(site *model.Site, it *model.Item) (*Entry, error) {
	var code template.HTML
	if link := it.QRLink(); link != "" {
		var err error
		if code, err = qr.SVG(link, "扫码查看："+it.Title); err != nil {
			return nil, fmt.Errorf("%s: %w", it.File, err)
		}
	}
	e := &Entry{Item: it, ID: it.ID, Title: it.Title, File: it.File, QR: code, Meta: meta(site, it)}
	if it.Term == string(config.Immediate) {
		// A notice of a consultation shows when comments are taken, as
		// its page does; one whose consultation has not begun (or that has
		// none) shows its publicity window.
		e.Window, e.End = "公示期："+window(it.Date, it.Until, it.Date), it.Until
		if w, ok := it.ConsultationWindow(site.Config); ok {
			e.Window, e.End = "征求意见期："+window(w.Start, w.End, it.Date), w.End
		}
	}
	return e, nil
}

// window is "11月23日至11月27日", with years when the window is not
// within the year of the item's date (never of --now: a sheet does not
// change by itself on New Year's Day).
func window(from, until, dated calendar.Day) string {
	if from.Y == dated.Y && until.Y == dated.Y {
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

// footer is what the footer says besides the board, the date and the
// sheet number: how to send feedback and apply for disclosure, as
// site.toml sets it.
func footer(site *model.Site) []Field {
	fb := site.Config.Feedback
	var out []Field
	if fb.Phone != "" {
		phone := fb.Phone
		if fb.Hours != "" {
			phone += "（" + fb.Hours + "）"
		}
		out = append(out, Field{Label: "反馈电话", Value: phone})
	}
	if fb.Email != "" {
		out = append(out, Field{Label: "电子邮箱", Value: fb.Email})
	}
	if fb.Address != "" {
		out = append(out, Field{Label: "来信地址", Value: fb.Address})
	}
	if fb.Apply != "" {
		out = append(out, Field{Label: "依申请公开", Value: fb.Apply})
	}
	return out
}

// place is the footer's first field: the board's number and where it
// stands (two boards may share a location).
func place(cb *config.Board) Field {
	return Field{Label: fmt.Sprintf("第%d号公开栏", cb.Number), Value: cb.Location}
}

// footerFields are the footer's fields, the date at its widest
// (dateWidest): the board's place, the date, then fs.
func footerFields(cb *config.Board, fs []Field) []Field {
	return append([]Field{place(cb), {Label: "公开日期", Value: dateWidest, Date: true}}, fs...)
}

// fieldText is a field as printed.
func fieldText(f Field) string {
	if f.Value == "" {
		return f.Label
	}
	return f.Label + "：" + f.Value
}
