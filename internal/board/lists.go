package board

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/qr"
)

// listRows are what a generated list shows: the powers of the 职权目录, or
// the risk points of the register.
type listRows struct {
	powers []*model.Item
	codes  []template.HTML // the QR code of each power, drawn once for every size tried; "" for an internal one
	risks  []*model.Risk
}

// lists are the generated lists board cb carries (its lists key), each as
// an entry placed before its items, with a QR code to the list's page on
// the website. A list with nothing in force is left out. Like items, a
// list takes only what is in force on --now and published on boards.
func lists(site *model.Site, cb *config.Board) ([]*Entry, error) {
	var out []*Entry
	for _, key := range cb.Lists {
		var e *Entry
		switch key {
		case config.ListPowers:
			e = powerList(site)
		case config.ListRisks:
			e = riskList(site)
		}
		if e == nil {
			continue
		}
		e.ID, e.List = "list:"+key, key
		e.File = fmt.Sprintf("the %s of %s (lists = [%q])", e.Title, name(cb), key)
		page := map[string]string{config.ListPowers: "powers/", config.ListRisks: "risks/"}[key]
		code, err := qr.SVG(site.Config.BaseURL+page, "扫码查看："+e.Title)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.File, err)
		}
		e.QR = code
		out = append(out, e)
	}
	return out, nil
}

// onBoards keeps the items in force on --now and published on boards, the
// way a board takes its items (model.Site.InForce).
func onBoards(site *model.Site, keep func(*model.Item) bool) map[*model.Item]bool {
	in := map[*model.Item]bool{}
	for _, it := range site.InForce(func(it *model.Item) bool { return keep(it) && it.HasChannel(string(config.ChannelBoard)) }) {
		in[it] = true
	}
	return in
}

// powerList is the 职权目录: the powers in force, in the website's order
// (by holder as site.toml declares issuers, then type, then number).
func powerList(site *model.Site) *Entry {
	in := onBoards(site, func(it *model.Item) bool { return it.Power != nil })
	rows := &listRows{}
	holders := map[string]bool{}
	for _, p := range site.Powers {
		if in[p] {
			var code template.HTML
			if link := p.QRLink(); link != "" {
				var err error
				if code, err = qr.SVG(link, "扫码查看："+p.Title); err != nil {
					code = "" // an address too long for a QR code, which base_url and a slug never make
				}
			}
			rows.powers = append(rows.powers, p)
			rows.codes = append(rows.codes, code)
			holders[p.Issuer] = true
		}
	}
	if len(rows.powers) == 0 {
		return nil
	}
	return &Entry{Title: "职权目录", rows: rows,
		Meta: fmt.Sprintf("共%d项职权，%d个行使主体，按行使主体和职权类别排列；扫描每项职权的二维码查看其权力运行流程图和廉政风险点", len(rows.powers), len(holders))}
}

// riskList is the register of risk points, highest level first, of the
// items in force that declare them.
func riskList(site *model.Site) *Entry {
	in := onBoards(site, func(it *model.Item) bool { return len(it.RiskPoints) > 0 })
	rows := &listRows{}
	count := map[string]int{}
	for _, r := range site.Risks {
		if in[r.Item] {
			rows.risks = append(rows.risks, r)
			count[r.Level]++
		}
	}
	if len(rows.risks) == 0 {
		return nil
	}
	var parts []string
	for _, l := range config.RiskLevels.Entries {
		if count[l.Key] > 0 {
			parts = append(parts, fmt.Sprintf("%s%d个", config.RiskLevelWord(l.Key), count[l.Key]))
		}
	}
	return &Entry{Title: "廉政风险点登记表", rows: rows,
		Meta: fmt.Sprintf("共%d个：%s；按风险等级排列，公布防控措施和责任岗位", len(rows.risks), strings.Join(parts, "、"))}
}

// listBlocks are the blocks of a list at this board's sizes. The power
// list is the theme's partials/board-powers.html, which a site can
// override.
func (bl *builder) listBlocks(site *model.Site, e *Entry, maxH float64) ([]block, error) {
	var pieces []string
	ems := bl.g.Table.ems(bl.g.ColW)
	if e.rows.powers != nil {
		h, err := bl.tpl.Partial("board", "board-powers.html", powerRows(site, e.rows, bl.g.listQR(), ems >= widePowers))
		if err != nil {
			return nil, err
		}
		pieces = []string{string(h)}
	} else {
		h, err := bl.tpl.Partial("board", "board-risks.html", riskRegister(site, e.rows.risks, ems >= wideRisks))
		if err != nil {
			return nil, err
		}
		pieces = []string{string(h)}
	}
	var out []block
	for _, p := range pieces {
		out = append(out, bl.top(p, maxH)...)
	}
	return out, nil
}

// listQR is the side of the QR code on a row of a list: smaller than an
// item's, still large enough for a phone at arm's length.
func (g *geometry) listQR() float64 { return math.Max(18, math.Round(g.QR*0.7)) }

// A table of a list has a column per field where the board's column is
// at least this wide (em of table type); on narrower columns (A4, several
// columns to a sheet) fields share cells, so no column is squeezed to a
// few characters.
const (
	widePowers = 90
	wideRisks  = 60
)

// PowerList is what partials/board-powers.html shows: the 职权目录 at one
// board's sizes, a row per power in the website's order (by holder, then
// type). The holder is on every row, so a part of the table on another
// column or sheet still says whose powers it lists.
type PowerList struct {
	Wide bool   // a column per field; on narrower columns fields share cells
	QR   string // the side of each row's QR code, in mm
	Rows []PowerRow
}

// PowerRow is one power of the list.
type PowerRow struct {
	ID, Holder, Type, Number, Title, Basis string
	Steps                                  int
	Risks                                  []RiskCount   // by level, the levels it has
	Code                                   template.HTML // its QR code
	Internal                               bool          // an internal power: the public website has no page for it, and no QR code
}

// Line is the holder, type and number, as one line.
func (r PowerRow) Line() string {
	return strings.Join(nonEmpty(r.Holder, r.Type, r.Number), "　")
}

// RiskCount is how many risk points of one level a power carries.
type RiskCount struct {
	Level, Word string
	N           int
}

// powerRows is the list's data at a QR side of side mm.
func powerRows(site *model.Site, rows *listRows, side float64, wide bool) PowerList {
	l := PowerList{Wide: wide, QR: num(side)}
	for i, p := range rows.powers {
		holder := site.IssuerLabel(p.Issuer)
		if holder == "" {
			holder = "未注明"
		}
		l.Rows = append(l.Rows, PowerRow{ID: p.ID, Holder: holder, Type: p.PowerTypeLabel(), Number: p.Number, Title: p.Title,
			Basis: p.Power.Basis, Steps: len(p.Power.Steps), Risks: riskCounts(p.PowerRisks), Code: rows.codes[i], Internal: p.QRLink() == ""})
	}
	return l
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// riskCounts are how many risk points of each level a power carries.
func riskCounts(rs []*model.Risk) []RiskCount {
	count := map[string]int{}
	for _, r := range rs {
		count[r.Level]++
	}
	var out []RiskCount
	for _, l := range config.RiskLevels.Entries {
		if n := count[l.Key]; n > 0 {
			out = append(out, RiskCount{Level: l.Key, Word: config.RiskLevelWord(l.Key), N: n})
		}
	}
	return out
}

// RiskRegister is what partials/board-risks.html shows: the risk points
// in force, a group a level (the levels that have any), with what the
// levels mean.
type RiskRegister struct {
	Wide   bool // a column per field; on narrower columns fields share cells
	Levels []RiskLevel
}

// RiskLevel is the risk points of one level.
type RiskLevel struct {
	Level, Word string
	N           int
	Rows        []RiskRow
}

// riskRegister is the register's data: each risk point placed at its
// power and step, and answered for by its unit and post.
func riskRegister(site *model.Site, rs []*model.Risk, wide bool) RiskRegister {
	reg := RiskRegister{Wide: wide}
	for _, l := range config.RiskLevels.Entries {
		lv := RiskLevel{Level: l.Key, Word: config.RiskLevelWord(l.Key)}
		for _, r := range rs {
			if r.Level == l.Key {
				row := riskRow(r, riskPlace(r))
				row.Unit = unitPost(site, r)
				lv.Rows = append(lv.Rows, row)
			}
		}
		if lv.N = len(lv.Rows); lv.N > 0 {
			reg.Levels = append(reg.Levels, lv)
		}
	}
	return reg
}

// riskPlace is the power and step a risk point belongs to, or the matter
// it names, or a dash.
func riskPlace(r *model.Risk) string {
	if w := riskWhere(r, false); w != "" {
		return w
	}
	return "—"
}

// unitPost is the unit that declared a risk point (its item's issuer) and
// the responsible post: 县财政局 预算股.
func unitPost(site *model.Site, r *model.Risk) string {
	unit := ""
	if r.Item.Issuer != "" {
		unit = site.IssuerLabel(r.Item.Issuer)
	}
	return strings.TrimSpace(unit + " " + r.Post)
}
