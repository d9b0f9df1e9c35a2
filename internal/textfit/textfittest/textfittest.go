// Package textfittest makes long text for the layout benchmarks and tests
// of the packages that cut text into sheets and slides.
package textfittest

import (
	"fmt"
	"strings"
)

// phrases are the sentences a paragraph is made of: CJK with its
// punctuation, numbers, a Latin abbreviation, bold and a link, as pasted
// government text has.
var phrases = []string{
	"县人民政府关于进一步加强基层政务公开工作的实施意见，",
	"各乡镇人民政府、县直各部门：为深入推进决策、执行、管理、服务、结果公开，",
	"2026年全县共公开信息12345条，同比增长8.6%，",
	"其中通过**政府网站**公开9876条（占80.0%），",
	"《青山县政务公开工作要点》明确了“五公开”的具体要求；",
	"PPP项目和EPC总承包项目的招标文件、合同文本一律公开，",
	"详见[县政府网站](https://www.example.gov.cn/zwgk/)。",
	"请各单位结合实际认真贯彻落实，确保各项工作取得实效！",
}

// Paragraph is Markdown of at least chars characters that renders as one
// paragraph: lines of pasted text joined by single newlines.
func Paragraph(chars int) string {
	var b strings.Builder
	n := 0
	for i := 0; n < chars; i++ {
		p := phrases[(i*5+i/len(phrases))%len(phrases)]
		b.WriteString(p)
		n += len([]rune(p))
		if i%2 == 1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Bodies are Markdown bodies that are cut into many sheets or slides, by
// name: pasted text joined into one paragraph; a paragraph dense with
// formatting, links, entities and hard breaks; one with Latin words and
// every kind of space; a long list item, quote, table cell and code block;
// a table of many rows; a list of many items.
func Bodies() map[string]string {
	var dense strings.Builder
	for i := range 120 {
		fmt.Fprintf(&dense, "第%d条**加粗%d**与[链接](https://x.example/%d \"t\")、“引号”\"直引号\"&amp;<符号>，", i, i, i)
		if i%17 == 16 {
			dense.WriteString("\\\n")
		}
	}
	var spaces strings.Builder
	for i := range 150 {
		fmt.Fprintf(&spaces, "Open Government %d\u00a0年  公开\u3000透明 https://www.example.gov.cn/a/%d.html（见附件）。", i, i)
	}
	rows := "| 序号 | 事项 | 责任单位 |\n|---|---|---|\n"
	list := ""
	for i := range 300 {
		rows += fmt.Sprintf("| %d | 第%d项重点工作按期推进 | 县直第%d单位 |\n", i+1, i+1, i%40)
		list += fmt.Sprintf("%d. 第%d项：%s\n", i+1, i+1, phrases[i%len(phrases)])
	}
	return map[string]string{
		"pasted": Paragraph(6000),
		"dense":  dense.String(),
		"spaces": spaces.String(),
		"blocks": "- " + Paragraph(1500) + "\n- 短项\n\n> " + Paragraph(1500) +
			"\n\n| 项目 | 说明 |\n|---|---|\n| 甲 | " + strings.ReplaceAll(Paragraph(1500), "\n", "") + " |\n\n```\n" +
			strings.Repeat("代码行 code line\n", 200) + "```\n",
		"rows": rows,
		"list": list,
	}
}

// List is a Markdown ordered list of at least chars characters, an item a
// sentence.
func List(chars int) string {
	var b strings.Builder
	for i, n := 0, 0; n < chars; i++ {
		p := phrases[i%len(phrases)]
		fmt.Fprintf(&b, "%d. %s\n", i+1, p)
		n += len([]rune(p))
	}
	return b.String()
}

// Table is a Markdown table of at least chars characters, a row a
// sentence.
func Table(chars int) string {
	var b strings.Builder
	b.WriteString("| 序号 | 事项 | 责任单位 |\n|---|---|---|\n")
	for i, n := 0, 0; n < chars; i++ {
		p := phrases[i%len(phrases)]
		fmt.Fprintf(&b, "| %d | %s | 县直第%d单位 |\n", i+1, strings.ReplaceAll(p, "|", "｜"), i%40)
		n += len([]rune(p))
	}
	return b.String()
}
