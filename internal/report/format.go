package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// Markdown writes the report as Markdown, ready to paste into a document.
func (r *Report) Markdown(w io.Writer) error {
	p := &printer{w: w, r: r}
	p.header()
	p.published()
	p.immediate()
	p.periodic()
	p.catalog()
	p.todo()
	p.requests()
	p.tasks()
	p.contacts()
	p.f("\n")
	p.approval()
	return p.err
}

type printer struct {
	w   io.Writer
	r   *Report
	err error
}

// f prints format with args. The format, never the args, says 本月 and
// 月末 of a monthly report: a longer report's says its own period (spoken).
func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, p.r.spoken(format), args...)
	}
}

func (p *printer) header() {
	r := p.r
	p.f("# %s\n\n", text(r.Title()))
	p.f("- 报送单位：%s\n", text(r.Site.County))
	p.f("- 统计期间：%s至%s\n", r.First.Chinese(), r.Period.Last().Chinese())
	p.f("- 数据截至：%s\n", r.AsOf.Chinese())
	p.f("- 生成日期：%s\n", r.Made.Chinese())
	p.f("- 报送时限：%s前报市党务政务公开领导小组办公室（实施细则六.2）\n", r.Period.Due().Chinese())
	if !r.Internal() {
		p.f("- 统计范围：向社会公开的事项和公开目录\n\n")
		p.f("本月共公开事项 **%d** 项；月末处于公示期的即时公开事项 %d 项，本月公示期结束 %d 项；定期公开事项逾期未更新 %d 项；公开目录 %d 项，已公开 %d 项，覆盖率 **%d%%**，其中按时公开 %d 项。\n\n",
			len(r.Published), len(r.Open), len(r.Closed), len(r.Overdue), len(r.Entries), r.Covered, r.Percent(), r.OnTime)
		return
	}
	p.f("- 统计范围：向社会公开和党内公开的事项和公开目录（党内公开 仅限党内）\n\n")
	internal := 0
	for _, it := range r.Published {
		if it.Internal() {
			internal++
		}
	}
	p.f("本月共公开事项 **%d** 项，其中向社会公开 %d 项、党内公开 %d 项；月末处于公示期的即时公开事项 %d 项，本月公示期结束 %d 项；定期公开事项逾期未更新 %d 项；公开目录 %d 项，已公开 %d 项，覆盖率 **%d%%**，其中按时公开 %d 项。\n\n",
		len(r.Published), len(r.Published)-internal, internal, len(r.Open), len(r.Closed), len(r.Overdue), len(r.Entries), r.Covered, r.Percent(), r.OnTime)
}

func (p *printer) published() {
	r := p.r
	p.f("## 一、本月公开事项\n\n")
	if len(r.Published) == 0 {
		p.f("本月没有公开事项。\n\n")
		return
	}
	for _, b := range []struct {
		title string
		rows  []Count
	}{{"按公开类别", r.ByCategory}, {"按公开时限", r.ByTerm}, {"按公开主体", r.ByIssuer}, {"按公开方式", r.ByChannel}} {
		p.counts(b.title, b.rows)
	}
	p.f("### 事项清单\n\n| 序号 | 发布日期 | 标题 | 类别 | 时限 | 主体 |%s\n|---:|---|---|---|---|---|%s\n", p.col(" 范围 |"), p.col("---|"))
	for i, it := range r.Published {
		p.f("| %d | %s | %s | %s | %s | %s |%s\n", i+1, it.Date, text(it.Title), p.cat(it), config.Terms.Label(it.Term), p.issuer(it), p.col(" "+scope(it)+" |"))
	}
	p.f("\n")
}

// counts is one breakdown: the internal report counts public and internal
// items apart, the public one has only public items to count.
func (p *printer) counts(title string, rows []Count) {
	if !p.r.Internal() {
		p.f("### %s\n\n| 项目 | 合计 |\n|---|---:|\n", title)
		for _, c := range rows {
			p.f("| %s | %d |\n", text(c.Label), c.Total())
		}
		p.f("\n")
		return
	}
	p.f("### %s\n\n| 项目 | 合计 | 向社会公开 | 党内公开 |\n|---|---:|---:|---:|\n", title)
	for _, c := range rows {
		p.f("| %s | %d | %d | %d |\n", text(c.Label), c.Total(), c.Public, c.Internal)
	}
	p.f("\n")
}

// col is a table column that only the internal report has.
func (p *printer) col(s string) string {
	if p.r.Internal() {
		return s
	}
	return ""
}

func (p *printer) immediate() {
	r := p.r
	p.f("## 二、即时公开事项\n\n")
	p.f("### 处于公示期（%d项）\n\n", len(r.Open))
	p.items(r.Open)
	p.f("### 本月公示期结束（%d项）\n\n", len(r.Closed))
	p.items(r.Closed)
}

func (p *printer) periodic() {
	p.f("## 三、定期公开事项更新情况\n\n")
	if len(p.r.Overdue) == 0 {
		p.f("定期公开事项均在更新周期内。\n\n")
		return
	}
	p.f("| 标题 | 更新周期 | 最近更新 | 应更新日期 | 主体 |\n|---|---|---|---|---|\n")
	for _, it := range p.r.Overdue {
		p.f("| %s | %s | %s | %s | %s |\n", text(it.Title), config.Periods.Label(it.Period), model.LastUpdate(it.Item), model.DueDate(it.Item), p.issuer(it))
	}
	p.f("\n")
}

func (p *printer) catalog() {
	r := p.r
	p.f("## 四、公开目录落实情况\n\n目录事项 %d 项，已公开 %d 项，覆盖率 %d%%；其中按时公开 %d 项（已公开，且本月公开的事项均在目录规定的公开时限内）。\n\n", len(r.Entries), r.Covered, r.Percent(), r.OnTime)
	p.f("| 目录事项 |%s 落实情况 | 现行事项 |\n|---|%s---|---:|\n", p.col(" 范围 |"), p.col("---|"))
	for _, e := range r.Entries {
		sc := "向社会公开"
		if e.Scope == string(config.Internal) {
			sc = "党内公开"
		}
		status := e.Coverage.Label()
		if e.Coverage == model.Covered && !r.onTime(e) {
			status += "（逾期公开）"
		}
		p.f("| %s |%s %s | %d |\n", text(e.Name), p.col(" "+sc+" |"), status, len(e.Current))
	}
	p.f("\n")
}

func (p *printer) todo() {
	r := p.r
	p.f("## 五、下一步工作\n\n")
	n := 0
	todo := func(format string, args ...any) {
		n++
		p.f("%d. "+format+"\n", append([]any{n}, args...)...)
	}
	for _, e := range r.Entries {
		switch e.Coverage {
		case model.Missing:
			todo("公开目录事项“%s”尚无公开内容，请责任单位按目录要求及时公开。", text(e.Name))
		case model.Stale:
			if e.Items[0].Term == string(config.Immediate) {
				todo("公开目录事项“%s”月末无处于公示期的事项（最近一项为“%s”，已结束）；如有应公开事项，请及时公开。", text(e.Name), text(e.Items[0].Title))
				continue
			}
			todo("公开目录事项“%s”未及时更新（最近一项为“%s”，%s），请尽快更新。", text(e.Name), text(e.Items[0].Title), e.Items[0].StatusLabel())
		}
	}
	for _, l := range r.Late {
		todo("“%s”于%s公开，超过公开目录事项“%s”规定的时限（%s，应于%s前公开），请责任单位今后严格按时限公开。", text(l.Item.Title), l.Item.Date.Chinese(), text(l.Entry.Name), l.Limit, l.Last.Chinese())
	}
	for _, it := range r.Overdue {
		todo("“%s”（%s）应于%s前更新，已逾期，请%s更新后重新公开。", text(it.Title), p.issuer(it), model.DueDate(it.Item).Chinese(), p.issuer(it))
	}
	for _, w := range r.Warnings {
		todo("%s", text(w.String()))
	}
	if n == 0 {
		p.f("本月公开工作符合实施细则要求，无需整改事项。继续按公开目录做好例行公开，及时收集反馈意见。\n")
	}
	p.f("\n")
}

func (p *printer) contacts() {
	fb := p.r.Site.Feedback
	p.f("## 八、意见反馈渠道\n\n")
	if fb.Phone != "" {
		p.f("- 反馈电话：%s\n", text(fb.Phone))
	}
	if fb.Email != "" {
		p.f("- 电子邮箱：%s\n", text(fb.Email))
	}
	if fb.Address != "" {
		p.f("- 来信地址：%s\n", text(fb.Address))
	}
}

func (p *printer) items(items []*model.Item) {
	if len(items) == 0 {
		p.f("无。\n\n")
		return
	}
	p.f("| 标题 | 公示期 | 主体 |%s\n|---|---|---|%s\n", p.col(" 范围 |"), p.col("---|"))
	for _, it := range items {
		p.f("| %s | %s至%s | %s |%s\n", text(it.Title), it.Date, it.Until, p.issuer(it), p.col(" "+scope(it)+" |"))
	}
	p.f("\n")
}

func (p *printer) cat(it *model.Item) string {
	return text(p.r.Site.CategoryVocab().Label(it.Category))
}

func (p *printer) issuer(it *model.Item) string {
	if it.Issuer == "" {
		return "—"
	}
	return text(p.r.Site.IssuerVocab().Label(it.Issuer))
}

func scope(it *model.Item) string {
	if it.Internal() {
		return "党内"
	}
	return "社会"
}

// text is a title, a label or any other text of the site's files as
// Markdown that shows it as it is: never a link or markup, never a new
// line of the report or a new cell of a table.
func text(s string) string { return markdown.Text(s) }

// CSV writes one row per item the month touched, with its figures, for
// spreadsheets (the 50-task progress sheet the city asks for is kept in one).
func (r *Report) CSV(w io.Writer) error {
	cw := sheet{csv.NewWriter(w)}
	head := []string{"编号", "标题", "公开类别", "公开时限", "公开主体", "公开方式", "公开范围", "发布日期", "公示截止", "月末状态", "本月发布", "本月处于公示期", "本月公示结束", "逾期未更新"}
	for i := range head {
		head[i] = r.spoken(head[i])
	}
	cw.Write(head)
	seen := map[string]bool{}
	rows := append(append(append(append([]*model.Item{}, r.Published...), r.Open...), r.Closed...), r.Overdue...)
	in := func(list []*model.Item, it *model.Item) string {
		for _, x := range list {
			if x == it {
				return "是"
			}
		}
		return "否"
	}
	for _, it := range rows {
		if seen[it.ID] {
			continue
		}
		seen[it.ID] = true
		chans := make([]string, len(it.Channels))
		for i, c := range it.Channels {
			chans[i] = config.Channels.Label(c)
		}
		issuer := ""
		if it.Issuer != "" {
			issuer = r.Site.IssuerVocab().Label(it.Issuer)
		}
		cw.Write([]string{it.ID, it.Title, r.Site.CategoryVocab().Label(it.Category), config.Terms.Label(it.Term), issuer,
			strings.Join(chans, "、"), map[bool]string{true: "党内公开", false: "向社会公开"}[it.Internal()], it.Date.String(), it.Until.String(),
			it.StatusLabel(), in(r.Published, it), in(r.Open, it), in(r.Closed, it), in(r.Overdue, it)})
	}
	cw.Write(nil)
	cw.Write([]string{"公开目录事项", strconv.Itoa(len(r.Entries)), "已公开", strconv.Itoa(r.Covered), "覆盖率", strconv.Itoa(r.Percent()) + "%", "按时公开", strconv.Itoa(r.OnTime)})
	r.taskRows(cw)
	approvalRows(cw)
	cw.Flush()
	return cw.Error()
}

// sheet writes rows of a CSV file for a spreadsheet, each cell as text
// (sheetText).
type sheet struct{ *csv.Writer }

// Write writes one row; an error is kept for Error.
func (s sheet) Write(row []string) {
	for i, c := range row {
		row[i] = sheetText(c)
	}
	_ = s.Writer.Write(row)
}

// sheetText is a cell's text on one line, never read as a formula: Excel
// and WPS, which open these files in county offices, run a cell that
// starts with = + - or @ (spaces before it or not), so such a cell starts
// with an apostrophe, which they do not show, and read the rest as text.
func sheetText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	if t := strings.TrimLeft(s, " "); t != "" && strings.ContainsRune("=+-@", rune(t[0])) {
		return "'" + s
	}
	return s
}

// HTML writes the report as a standalone page that prints on A4.
func (r *Report) HTML(w io.Writer) error {
	var md bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		return err
	}
	// The report links nowhere: its text is escaped (text), and whatever
	// still looked like a link would be shown as text.
	doc := markdown.New(markdown.Options{}).Render(md.Bytes(), 1, func(string, int) (string, bool) { return "", false })
	return page.Execute(w, struct {
		Title string
		Body  template.HTML
	}{r.Title(), doc.HTML})
}

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 12pt; line-height: 1.8; color: #000; max-width: 170mm; margin: 2em auto; }
h1 { font-size: 18pt; text-align: center; } h2 { font-size: 14pt; margin-top: 1.5em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 10.5pt; }
th, td { border: 1px solid #000; padding: .2em .4em; vertical-align: top; } th { background: #eee; }
table.requests thead tr + tr th { white-space: nowrap; }
</style></head><body>
{{.Body}}
</body></html>
`))
