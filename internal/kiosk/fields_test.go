package kiosk

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// Text fields of front matter are text on a kiosk too: an address written
// in a risk point or a decision's stage is not made a link (GFM would), so
// no QR code and no tap leads to it.
func TestFieldsAreNeverLinks(t *testing.T) {
	it := &model.Item{Item: &content.Item{ID: "risks/x"}}
	it.RiskPoints = []*model.Risk{{Risk: &content.Risk{Level: "high", Description: "见 https://gk.test.example/cadre/neibu/ 和 www.example.gov.cn",
		Post: "a@b.example", Measures: []content.Measure{{Kind: "separation", Text: "按 http://x.example/a 办"}}}}}
	blocks := extraBlocks(it, 800, 600, false)
	for _, b := range blocks {
		if strings.Contains(string(b.HTML), "<a ") {
			t.Errorf("a field became a link: %s", b.HTML)
		}
	}
	if ls := links(blocks, "https://gk.test.example"); len(ls) != 0 {
		t.Errorf("QR codes for fields: %v", ls)
	}
}
