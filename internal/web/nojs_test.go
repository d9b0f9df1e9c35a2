package web_test

import (
	"regexp"
	"strings"
	"testing"
)

// tags matches an HTML tag with its attributes: what remains is the text a
// reader without scripts sees (and hidden text, which none of these words is).
var tags = regexp.MustCompile(`<[^>]*>`)

// TestWithoutScriptsPagesStateTheirBuildDate: without scripts a page says
// what it said on the day it was built, and which day that was; it never
// says which day today is, nor counts days from a today it cannot know.
func TestWithoutScriptsPagesStateTheirBuildDate(t *testing.T) {
	_, files := renderWebsite(t, "2026-11-27")
	pages := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		text := tags.ReplaceAllString(string(data), "")
		if !strings.Contains(text, "本页生成于 2026年11月27日") {
			t.Errorf("%s does not say the day it was built (本页生成于 2026年11月27日)", name)
		}
		for _, word := range []string{"今天是", "今天截止", "还剩", "还有"} {
			if i := strings.Index(text, word); i >= 0 {
				t.Errorf("%s says %q without scripts: …%s…", name, word, text[max(0, i-60):min(len(text), i+60)])
			}
		}
	}
	if pages < 100 {
		t.Fatalf("only %d pages", pages)
	}
}
