package page

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestPhonesAsTheExpression: markPhones links what the regular
// expressions it replaces find, on texts made of the pieces telephone
// numbers are made of.
func TestPhonesAsTheExpression(t *testing.T) {
	number := regexp.MustCompile(`[0-9]+(?:-[0-9]+)*`)
	phone := regexp.MustCompile(`^(?:0[0-9]{2,3}-[0-9]{5,8}|1[3-9][0-9]{9})$`)
	want := func(text string) string {
		var b strings.Builder
		last := 0
		for _, m := range number.FindAllStringIndex(text, -1) {
			if n := text[m[0]:m[1]]; phone.MatchString(n) {
				b.WriteString(text[last:m[0]] + `<a class="tel" href="tel:` + n + `">` + n + `</a>`)
				last = m[1]
			}
		}
		return b.String() + text[last:]
	}
	pieces := []string{"0", "1", "3", "9", "2", "-", "--", " ", "电话", "0791", "88123", "139", "07911234567", "a"}
	r := rand.New(rand.NewPCG(3, 4))
	texts := []string{"", "0791-8812345", "13907911234", "12907911234", "139079112345", "0791-8812345-1", "0-12345", "07912-12345", "079-1234", "1-"}
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += pieces[r.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		var b strings.Builder
		if markPhones(&b, s); b.String() != want(s) {
			t.Fatalf("markPhones(%q) = %q, the expressions give %q", s, b.String(), want(s))
		}
	}
}

// TestHeadCellsAsTheExpression: the header cells TableLabels names its
// columns by are those the regular expressions it replaces found, their
// tags taken out alike.
func TestHeadCellsAsTheExpression(t *testing.T) {
	headRe, tagRe := regexp.MustCompile(`(?s)<th[ >].*?</th>`), regexp.MustCompile(`<[^>]*>`)
	pieces := []string{"<th>", "<th ", "<thead>", "</th>", "<", ">", "a", "\n", "<b>", "姓名", " ", "<th"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += pieces[r.IntN(len(pieces))]
		}
		var got []string
		for head := s; ; {
			th, rest := headCell(head)
			if th == "" {
				break
			}
			got, head = append(got, withoutTags(th)), rest
		}
		var want []string
		for _, th := range headRe.FindAllString(s, -1) {
			want = append(want, tagRe.ReplaceAllString(th, ""))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("header cells of %q: %q, the expressions find %q", s, got, want)
		}
	}
}
