package build

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// displayKey is a display field's line (content.DisplayKeys) up to its
// string's opening quote.
var displayKey = regexp.MustCompile(`(?m)^(title|number|summary)(\s*=\s*)("""|'''|"|')`)

// markDisplay puts mark at the start of the title, number and summary of
// a content file (adding a number and a summary where there are none).
func markDisplay(text []byte, mark string) []byte {
	has := map[string]bool{}
	out := displayKey.ReplaceAllFunc(text, func(m []byte) []byte {
		key := displayKey.FindSubmatch(m)
		has[string(key[1])] = true
		return append(slices.Clone(m), mark+"·"...)
	})
	var add string
	for _, k := range []string{"number", "summary"} {
		if !has[k] {
			add += fmt.Sprintf("%s = %q\n", k, mark+"·")
		}
	}
	return bytes.Replace(out, []byte("+++\n"), []byte("+++\n"+add), 1)
}

// TestSessionDisplayEdits marks every item's title, number and summary
// with a word of its own, builds, then changes each item's word in turn:
// after each build no file may still show the item's last word. A page
// that shows an item's title but does not say so (output.File.Lists) is
// kept, and still shows it. Each edit's build is only Start: the website.
// The late channels' files (boards, kiosks) say nothing of what they list,
// so they are rendered anew on every such edit, and TestSessionMatchesRun
// compares them with full builds.
func TestSessionDisplayEdits(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	var files []string
	err := filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	orig := map[string][]byte{}
	for i, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		orig[f] = data
		write(t, dir, f, string(markDisplay(data, mark(i, 0))))
	}
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	out, _, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i, f := range files {
		old := mark(i, 0)
		if !shown(out.Files, old) {
			continue // not published
		}
		write(t, dir, f, string(markDisplay(orig[f], mark(i, 1))))
		s.Changed(f)
		p, _, err := s.Start()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		website := p.w.Memory()
		for p, data := range website {
			if bytes.Contains(data, []byte(old)) {
				t.Errorf("%s: %s still shows the old title, number or summary (%s)", f, p, old)
			}
		}
		if !shown(website, mark(i, 1)) {
			t.Errorf("%s: no file shows the new title", f)
		}
		checked++
	}
	if checked < 40 {
		t.Errorf("only %d items were published and checked", checked)
	}
}

// mark is the word of item i in edit n: Chinese, so that it reads as a
// title's, and short, so that a board's line does not split it.
func mark(i, n int) string {
	const digits = "零一二三四五六七八九"
	d := []rune(digits)
	return "甲" + string(d[i/10%10]) + string(d[i%10]) + string(d[n])
}

func shown(files map[string][]byte, word string) bool {
	for _, data := range files {
		if bytes.Contains(data, []byte(word)) {
			return true
		}
	}
	return false
}
