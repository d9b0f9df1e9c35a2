package page_test

import (
	"html/template"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/page"
)

// TestTableLabels: every body cell of a rendered table is given its
// column's name for phones, with markup and quotes in a heading made
// plain text; a body without a table is returned as it was.
func TestTableLabels(t *testing.T) {
	md := "前言\n\n| 姓名 | **现任职务** | 电话 \"总机\" |\n|---|:-:|---|\n| 王建国 | 书记 | 0791-8812345 |\n| 李秀英 | 县长 |\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n"
	doc := markdown.New(markdown.Options{}).Render([]byte(md), 1, nil)
	got := string(page.TableLabels(doc.HTML))
	for _, want := range []string{
		`<td data-label="姓名">王建国</td>`,
		`<td data-label="现任职务" style="text-align:center">书记</td>`,
		`<td data-label="电话 &#34;总机&#34;">0791-8812345</td>`,
		`<td data-label="姓名">李秀英</td>`,
		`<td data-label="甲">1</td>`, `<td data-label="乙">2</td>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	if n := strings.Count(got, "data-label="); n != 8 {
		t.Errorf("%d labelled cells, want 8 (one per body cell, the missing cell of a short row too):\n%s", n, got)
	}
	plain := template.HTML("<p>无表格</p>\n")
	if page.TableLabels(plain) != plain {
		t.Error("a body without a table changed")
	}
}
