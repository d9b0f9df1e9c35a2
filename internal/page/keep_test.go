package page_test

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/page"
)

// TestWebBodyKeepsTogether: in a body as the website shows it, telephone
// numbers (with an area code, or a mobile number) become tel: links and
// dates are kept on one line; numbers that are not telephone numbers, and
// text already in a link or in code, are left alone.
func TestWebBodyKeepsTogether(t *testing.T) {
	md := "请于2026年11月27日前致电0791-8812345或13907911234反映，12月1日答复。\n\n" +
		"文号2026-12，编号12345678，[监督电话0791-12388](https://example.gov.cn/)，`0791-8812000`。\n\n" +
		"| 单位 | 电话 | 出生年月 |\n|---|---|---|\n| 县委办 | 0791-8812348 | 1982年7月 |\n"
	doc := markdown.New(markdown.Options{}).Render([]byte(md), 1, nil)
	got := string(page.WebBody(doc.HTML))
	for _, want := range []string{
		`<span class="nb">2026年11月27日</span>前致电<a class="tel" href="tel:0791-8812345">0791-8812345</a>或<a class="tel" href="tel:13907911234">13907911234</a>反映，<span class="nb">12月1日</span>答复。`,
		`文号2026-12，编号12345678，<a href="https://example.gov.cn/">监督电话0791-12388</a>，<code>0791-8812000</code>。`,
		`<td data-label="电话"><a class="tel" href="tel:0791-8812348">0791-8812348</a></td>`,
		`<td data-label="出生年月"><span class="nb">1982年7月</span></td>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing\n%s\nin\n%s", want, got)
		}
	}
}
