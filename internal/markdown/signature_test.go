package markdown

import (
	"strings"
	"testing"
)

func TestSignatureParagraph(t *testing.T) {
	r := New(Options{})
	src := "正文。\n\n落款：中共青山县委组织部\\\n2026年11月23日\n\n落款不是标记。\n"
	doc := r.Render([]byte(src), 1, nil)
	want := "<p class=\"signature\">中共青山县委组织部<br>\n2026年11月23日</p>"
	if !strings.Contains(string(doc.HTML), want) {
		t.Errorf("HTML:\n%s\nwant it to hold\n%s", doc.HTML, want)
	}
	if strings.Contains(doc.Text, "落款：") || !strings.Contains(doc.Text, "落款不是标记") {
		t.Errorf("text keeps the mark or loses a paragraph that only starts with 落款: %q", doc.Text)
	}
	if strings.Count(string(doc.HTML), "signature") != 1 {
		t.Errorf("only the marked paragraph is a signature:\n%s", doc.HTML)
	}
	blocks := doc.Blocks()
	last := blocks[1]
	if last.Text != "中共青山县委组织部\n2026年11月23日" || !strings.HasPrefix(string(last.HTML), `<p class="signature">`) {
		t.Errorf("block = %q %q", last.Text, last.HTML)
	}
}
