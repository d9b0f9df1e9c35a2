package page

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// TestLeadKeepsSummaries: a summary of at most LongestSummary runes made
// from a body's Lead is the one made from its whole text, whatever the
// white space; and the Lead of a long text is short and not a slice of it
// (which would keep the whole text alive).
func TestLeadKeepsSummaries(t *testing.T) {
	long := strings.Repeat("县人民政府关于印发工作方案的通知。 \n\t", 40)
	texts := []string{"", "短文。", "  \n开头有空白\n\n第二段", long,
		strings.Repeat("字", LongestSummary), strings.Repeat("字", LongestSummary+1),
		strings.Repeat("字", LongestSummary+1) + "  \n", strings.Repeat("字 ", LongestSummary+2)}
	for _, text := range texts {
		lead := Lead(text)
		for n := 0; n <= LongestSummary; n++ {
			if got, want := Summary(withText(lead), n), Summary(withText(text), n); got != want {
				t.Fatalf("Summary(%d) of the lead of %q = %q, of the text %q", n, text, got, want)
			}
		}
	}
	lead := Lead(long)
	if len(lead) >= len(long)/4 {
		t.Errorf("the lead of a %d-byte text is %d bytes", len(long), len(lead))
	}
	if unsafe.StringData(lead) == unsafe.StringData(long) {
		t.Error("the lead is a slice of the text: it keeps the whole text alive")
	}
}

func withText(text string) *model.Item {
	return &model.Item{Item: &content.Item{}, Doc: &markdown.Doc{Text: text}}
}
