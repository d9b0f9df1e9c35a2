package kiosk

import (
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// touchExtras are the blocks a touch kiosk places before an item's body, from
// the default theme's partials/kiosk-powers.html.
func touchExtras(t *testing.T, it *model.Item) []markdown.Block {
	t.Helper()
	c := Common{Site: &model.Site{Config: &config.Site{}}, Kiosk: &config.Kiosk{Kind: "touch"}}
	if err := c.renderExtras(defaultTheme(t), []*model.Item{it}); err != nil {
		t.Fatal(err)
	}
	return extraBlocks(c, it, 800, 600, false)
}

// defaultTheme is the default theme's templates.
func defaultTheme(t *testing.T) *layout.Set {
	t.Helper()
	tpl, diags := layout.Load(os.DirFS("../.."), "default", page.Funcs(&model.Site{Config: &config.Site{}}))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return tpl
}

// Text fields of front matter are text on a kiosk too: an address written
// in a risk point or a decision's stage is not made a link (GFM would), so
// no QR code and no tap leads to it.
func TestFieldsAreNeverLinks(t *testing.T) {
	it := &model.Item{Item: &content.Item{ID: "risks/x"}}
	it.RiskPoints = []*model.Risk{{Risk: &content.Risk{Level: "high", Description: "见 https://gk.test.example/cadre/neibu/ 和 www.example.gov.cn",
		Post: "a@b.example", Measures: []content.Measure{{Kind: "separation", Text: "按 http://x.example/a 办"}}}}}
	blocks := touchExtras(t, it)
	for _, b := range blocks {
		if strings.Contains(string(b.HTML), "<a ") {
			t.Errorf("a field became a link: %s", b.HTML)
		}
	}
	if ls := links(blocks, "https://gk.test.example"); len(ls) != 0 {
		t.Errorf("QR codes for fields: %v", ls)
	}
}

// TestFieldsAreTextAsWritten: a field shows on a kiosk as written: no
// markup, no block of its own from a line break, its characters neither
// replaced (a_b stays a_b) nor read as references (&lt; stays &lt;), and a
// table cell holds it whole.
func TestFieldsAreTextAsWritten(t *testing.T) {
	desc := "a_b *c* [d] <e> &lt; x|y `z`\n\n# 标题\n- 列表"
	it := &model.Item{Item: &content.Item{ID: "risks/x"}}
	it.RiskPoints = []*model.Risk{{Risk: &content.Risk{Level: "high", Description: desc, Post: "岗位"}}}
	blocks := touchExtras(t, it)
	var table *markdown.Block
	for i := range blocks {
		if strings.HasPrefix(blocks[i].Kind, "h") && blocks[i].Text == "标题" || blocks[i].Kind == "ul" {
			t.Errorf("the field made a block of its own: %s", blocks[i].HTML)
		}
		if blocks[i].Kind == "table" {
			table = &blocks[i]
		}
	}
	if table == nil || len(table.Cells) != 2 || len(table.Cells[1]) != 4 {
		t.Fatalf("the risk table is not one row of 4 cells: %+v", blocks)
	}
	want := "a_b *c* [d] <e> &lt; x|y `z`  # 标题 - 列表"
	if got := table.Cells[1][1]; got != want {
		t.Errorf("the cell shows %q, want %q", got, want)
	}
	for _, bad := range []string{"<em>", "<code>", "<e>", "<h1", "<li>"} {
		if strings.Contains(string(table.HTML), bad) {
			t.Errorf("the field became markup %s: %s", bad, table.HTML)
		}
	}
}
