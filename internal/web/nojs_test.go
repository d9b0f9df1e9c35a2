package web_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// tags matches an HTML tag with its attributes: what remains is the text a
// reader without scripts sees (and hidden text, which none of these words is).
var tags = regexp.MustCompile(`<[^>]*>`)

// relative matches words that count from today.
var relative = regexp.MustCompile(`今天是|今天截止|还剩 ?\d+ ?天|还有 ?\d+ ?天`)

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
		if loc := relative.FindStringIndex(text); loc != nil {
			t.Errorf("%s says %q without scripts: …%s…", name, text[loc[0]:loc[1]], around(text, loc[0], loc[1]))
		}
	}
	if pages < 100 {
		t.Fatalf("only %d pages", pages)
	}
}

// around is text from start to end with some context, cut at characters.
func around(text string, start, end int) string {
	start, end = max(0, start-60), min(len(text), end+60)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return text[start:end]
}
