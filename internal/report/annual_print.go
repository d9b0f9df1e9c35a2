package report

import (
	"bytes"
	"encoding/csv"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
)

// blank is a cell the office fills in: the content cannot know it.
const blank = "＿＿"

// requestColumns are part 三's columns after the row's name: 自然人, the
// five kinds of 法人或其他组织, 总计.
var requestColumns = []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"}

// followUpRows are part 四's rows, with the tallies of a.
func (a *Annual) followUpRows() []struct {
	Label string
	T     Tally
} {
	return []struct {
		Label string
		T     Tally
	}{{"行政复议", a.Reviews}, {"行政诉讼（未经复议直接起诉）", a.Direct}, {"行政诉讼（复议后起诉）", a.AfterRev}}
}

var followUpColumns = []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}

// Markdown writes the annual report as Markdown, to edit and publish.
func (a *Annual) Markdown(w io.Writer) error {
	p := &printer{w: w}
	a.head(p)
	a.requestsMD(p)
	a.tail(p)
	return p.err
}

// head is the report up to part 三's table.
func (a *Annual) head(p *printer) {
	p.f("# %s\n\n", text(a.Title()))
	p.f("- 报送单位：%s\n", text(a.Site.County))
	p.f("- 统计期间：%d年1月1日至%d年12月31日\n", a.Year, a.Year)
	p.f("- 数据截至：%s\n", a.AsOf.Chinese())
	p.f("- 生成日期：%s\n", a.Made.Chinese())
	p.f("- 公布时限：%d年1月31日前（《政府信息公开条例》第四十九条）\n\n", a.Year+1)
	p.f("本报告按2021年版政府信息公开工作年度报告格式编制。第二、三、四部分的数字由公开内容和依申请公开登记统计；标“%s”处和文字部分由本机关据实填写（文字部分可写在 %s 中）。\n\n", blank, AnnualTextFile(a.Year))
	p.f("## %s\n\n%s\n\n", partOverview, a.part(partOverview, "（请填写本年度政府信息公开工作的总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障等。）"))
	a.active(p)
	p.f("## 三、收到和处理政府信息公开申请情况\n\n")
	p.f("申请人情况：“商业企业”至“其他”五列为法人或其他组织。本表勾稽关系：第一项加第二项之和，等于第三项（七）总计加第四项之和。\n\n")
}

// tail is the report after part 三's table.
func (a *Annual) tail(p *printer) {
	p.f("## 四、政府信息公开行政复议、行政诉讼情况\n\n| 类别 | %s |\n|---|---:|---:|---:|---:|---:|\n", strings.Join(followUpColumns, " | "))
	for _, r := range a.followUpRows() {
		p.f("| %s | %d | %d | %d | %d | %d |\n", r.Label, r.T[0], r.T[1], r.T[2], r.T[3], r.T.Total())
	}
	p.f("\n## %s\n\n%s\n\n", partProblems, a.part(partProblems, "（请填写本年度工作存在的主要问题和改进措施，以及上一年度问题的整改情况。）"))
	p.f("## %s\n\n%s\n\n", partOther, a.part(partOther, "本年度收取信息处理费："+blank+"件，"+blank+"元。（请填写其他需要报告的事项。）"))
	p.approval()
}

// active is part 二: the items published in the year, counted from the
// content, then the national table of Art. 20, which the content cannot
// count (blanks to fill in).
func (a *Annual) active(p *printer) {
	internal := a.Scope == config.Internal
	p.f("## 二、主动公开政府信息情况\n\n### 本年主动公开事项（按公开类别）\n\n")
	total := Count{Label: "合计"}
	for _, c := range a.Published {
		total.Public += c.Public
		total.Internal += c.Internal
	}
	if internal {
		p.f("| 公开类别 | 合计 | 向社会公开 | 党内公开 |\n|---|---:|---:|---:|\n")
	} else {
		p.f("| 公开类别 | 件数 |\n|---|---:|\n")
	}
	for _, c := range append(append([]Count{}, a.Published...), total) {
		if internal {
			p.f("| %s | %d | %d | %d |\n", text(c.Label), c.Total(), c.Public, c.Internal)
		} else {
			p.f("| %s | %d |\n", text(c.Label), c.Total())
		}
	}
	p.f("\n### 《政府信息公开条例》第二十条规定的主动公开信息\n\n")
	p.f("| 第二十条第（一）项 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---:|---:|---:|\n")
	for _, s := range []string{"规章", "行政规范性文件"} {
		p.f("| %s | %s | %s | %s |\n", s, blank, blank, blank)
	}
	p.f("\n| 第二十条第（五）（六）项 信息内容 | 本年处理决定数量 |\n|---|---:|\n")
	for _, s := range []string{"行政许可", "行政处罚", "行政强制"} {
		p.f("| %s | %s |\n", s, blank)
	}
	p.f("\n| 第二十条第（八）项 信息内容 | 本年收费金额（单位：万元） |\n|---|---:|\n| 行政事业性收费 | %s |\n\n", blank)
}

// requestsMD is part 三's table in Markdown, which has no merged cells.
func (a *Annual) requestsMD(p *printer) {
	p.f("| 项目 | %s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n", strings.Join(requestColumns, " | "))
	for _, r := range a.Requests {
		if r.Heading {
			p.f("| **%s** | | | | | | | |\n", r.Label)
			continue
		}
		p.f("| %s |", r.Label)
		for _, c := range r.Cells {
			p.f(" %d |", c)
		}
		p.f(" %d |\n", r.Total())
	}
	p.f("\n")
}

// HTML writes the annual report as a standalone page that prints on A4;
// part 三's table has the national table's merged headings.
func (a *Annual) HTML(w io.Writer) error {
	render := func(part func(*printer)) (template.HTML, error) {
		var md bytes.Buffer
		p := &printer{w: &md}
		part(p)
		doc := markdown.New(markdown.Options{}).Render(md.Bytes(), 1, func(string, int) (string, bool) { return "", false })
		return doc.HTML, p.err
	}
	head, err := render(a.head)
	if err != nil {
		return err
	}
	tail, err := render(a.tail)
	if err != nil {
		return err
	}
	var table bytes.Buffer
	if err := requestsHTML.Execute(&table, a.Requests); err != nil {
		return err
	}
	return page.Execute(w, struct {
		Title string
		Body  template.HTML
	}{a.Title(), head + template.HTML(table.String()) + tail})
}

// requestsHTML is part 三 as the national table lays it out.
var requestsHTML = template.Must(template.New("requests").Parse(`<table class="requests">
<thead>
<tr><th rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>
<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
</thead>
<tbody>
{{range .}}{{if .Heading}}<tr><th colspan="8" style="text-align:left">{{.Label}}</th></tr>
{{else}}<tr><td>{{.Label}}</td>{{range .Cells}}<td style="text-align:right">{{.}}</td>{{end}}<td style="text-align:right">{{.Total}}</td></tr>
{{end}}{{end}}</tbody>
</table>
`))

// CSV writes the figures of parts 二, 三 and 四 as tables, for the city's
// spreadsheet.
func (a *Annual) CSV(w io.Writer) error {
	cw := sheet{csv.NewWriter(w)}
	cw.Write([]string{a.Title()})
	cw.Write(nil)
	cw.Write([]string{"二、本年主动公开事项（按公开类别）", "件数"})
	total := 0
	for _, c := range a.Published {
		cw.Write([]string{c.Label, strconv.Itoa(c.Total())})
		total += c.Total()
	}
	cw.Write([]string{"合计", strconv.Itoa(total)})
	cw.Write(nil)
	cw.Write(append([]string{"三、收到和处理政府信息公开申请情况"}, requestColumns...))
	for _, r := range a.Requests {
		row := []string{r.Label}
		if !r.Heading {
			for _, c := range r.Cells {
				row = append(row, strconv.Itoa(c))
			}
			row = append(row, strconv.Itoa(r.Total()))
		}
		cw.Write(row)
	}
	cw.Write(nil)
	cw.Write(append([]string{"四、政府信息公开行政复议、行政诉讼情况"}, followUpColumns...))
	for _, r := range a.followUpRows() {
		cw.Write([]string{r.Label, strconv.Itoa(r.T[0]), strconv.Itoa(r.T[1]), strconv.Itoa(r.T[2]), strconv.Itoa(r.T[3]), strconv.Itoa(r.T.Total())})
	}
	approvalRows(cw)
	cw.Flush()
	return cw.Error()
}
