package config

import (
	"strconv"
	"strings"
	"testing"
)

// siteHead is a valid start of site.toml, for the tests to add to.
const siteHead = `title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"
`

func diagStrings(t *testing.T, src string) (*Site, []string) {
	t.Helper()
	s, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	return s, got
}

func wantDiags(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSyntaxErrorAlone: site.toml that is not TOML gives that one error, on
// its line, and no site: no "no title", no "declares no categories".
func TestSyntaxErrorAlone(t *testing.T) {
	s, got := diagStrings(t, "title = \"县\"\nbase_url = \"https://x.example/\"\npaginate = 15 x\n[feedback]\nphone = \"1\"\n")
	if s != nil {
		t.Error("a site.toml with a syntax error gave a site")
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "site.toml:3: TOML syntax error") {
		t.Errorf("got %q, want the one syntax error on line 3", got)
	}
}

// TestNotText: a NUL byte or GBK in site.toml is named with its line and
// what to do; a UTF-8 byte order mark is accepted.
func TestNotText(t *testing.T) {
	_, got := diagStrings(t, siteHead+"paginate = 15\x00\n")
	wantDiags(t, got, []string{"site.toml:8: the file holds a NUL byte, so it is not a text file; save it as UTF-8 text, or if it is not text give it another name"})
	_, got = diagStrings(t, siteHead+"[[issuers]]\nkey = \"x\"\nlabel = \"\xb9\xab\xbf\xaa\"\n")
	wantDiags(t, got, []string{"site.toml:10: the file is not UTF-8 text (is it saved as GBK?); save it as UTF-8 (记事本: 另存为 → 编码 UTF-8)"})
	if _, got = diagStrings(t, "\ufeff"+siteHead); len(got) > 0 {
		t.Errorf("a byte order mark: %q", got)
	}
}

// TestBrokenVocabularyNotRepeated: when the categories lost a key to an
// error, what names a category (boards, kiosks, the catalog) is not called
// unknown, and a missing key is told once.
func TestBrokenVocabularyNotRepeated(t *testing.T) {
	src := `title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
kee = "cadre"
label = "干部"
[[issuers]]
key = ["organization"]
label = "县委组织部"
[[boards]]
number = 1
name = "x"
paper = "A1"
categories = ["cadre"]
[[kiosks]]
name = "lobby"
title = "大厅"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]
[[catalog]]
name = "任前公示"
category = "cadre"
issuer = "organization"
`
	s, got := diagStrings(t, src)
	wantDiags(t, got, []string{
		`site.toml:6: unknown key "kee" in [[categories]] (did you mean "key"?)`,
		`site.toml:9: key: expected text in double quotes, found a list; write key = "…"`,
	})
	if !s.CategoryVocab().Incomplete || !s.IssuerVocab().Incomplete {
		t.Error("the vocabularies are not marked incomplete")
	}
}

// TestUnknownInEmptyVocabulary: no "(write one of: )" with nothing after it.
func TestUnknownInEmptyVocabulary(t *testing.T) {
	s, got := diagStrings(t, siteHead+"[[catalog]]\nname = \"x\"\ncategory = \"cadre\"\nissuer = \"organization\"\n")
	wantDiags(t, got, []string{`site.toml:11: unknown issuer "organization": site.toml declares no issuer; declare it there under [[issuers]] with key and label, or remove this value`})
	if s.IssuerVocab().Incomplete {
		t.Error("an empty issuer list, declared without errors, is marked incomplete")
	}
}

// TestBoardNumberSuggestion: the number suggested for a board is valid and
// free, never 100 or one another board has.
func TestBoardNumberSuggestion(t *testing.T) {
	var b strings.Builder
	b.WriteString(siteHead)
	for n := 1; n <= 100; n++ {
		if n == 2 {
			continue // the free number; 100, the 99th board, is out of range
		}
		b.WriteString("[[boards]]\nnumber = " + strconv.Itoa(n) + "\nname = \"x\"\npaper = \"A1\"\ncategories = [\"cadre\"]\n")
	}
	b.WriteString("[[boards]]\nnumber = 3\nname = \"x\"\npaper = \"A1\"\ncategories = [\"cadre\"]\n")
	_, got := diagStrings(t, b.String())
	if len(got) != 2 {
		t.Fatalf("got %q, want two errors", got)
	}
	for _, g := range got {
		if !strings.Contains(g, "write number = 2, a number no other board uses") {
			t.Errorf("%s: want number = 2 suggested", g)
		}
	}
}

// TestKeySuggestion: a bad key is told with a key that is valid, and a
// missing key once.
func TestKeySuggestion(t *testing.T) {
	_, got := diagStrings(t, siteHead+"[[categories]]\nkey = \"Party Affairs\"\nlabel = \"党务\"\n[[issuers]]\nlabel = \"县委\"\n")
	wantDiags(t, got, []string{
		`site.toml:9: category key "Party Affairs" must be lower-case letters, digits and dashes; write key = "party-affairs"`,
		`site.toml:11: this issuer has no key; write key = "organization" (lower-case letters, digits and dashes)`,
	})
}
