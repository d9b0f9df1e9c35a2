package config

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
)

func TestParseSpan(t *testing.T) {
	nov27 := calendar.Date(2026, 11, 27)
	for text, want := range map[string]calendar.Day{
		"30d":  calendar.Date(2026, 12, 27),
		"30天":  calendar.Date(2026, 12, 27),
		" 1 d": calendar.Date(2026, 11, 28),
		"3m":   calendar.Date(2027, 2, 27),
		"6个月":  calendar.Date(2027, 5, 27),
		"1Y":   calendar.Date(2027, 11, 27),
		"2年":   calendar.Date(2028, 11, 27),
	} {
		s, err := ParseSpan(text)
		if err != nil || !s.On() {
			t.Errorf("%q: %+v, %v", text, s, err)
			continue
		}
		if got := s.After(nov27); got != want {
			t.Errorf("%q after 2026-11-27 = %s, want %s", text, got, want)
		}
	}
	if s, err := ParseSpan("1m"); err != nil || s.After(calendar.Date(2026, 1, 31)) != calendar.Date(2026, 2, 28) {
		t.Errorf("a month after January 31: %s, %v", s.After(calendar.Date(2026, 1, 31)), err)
	}
	for _, never := range []string{"never", "Never", "永不"} {
		if s, err := ParseSpan(never); err != nil || s.On() || !s.Never || s.String() != "never" {
			t.Errorf("%q: %+v, %v", never, s, err)
		}
	}
}

func TestParseSpanRefuses(t *testing.T) {
	for text, want := range map[string]string{
		"30":                    `"30" is not a length of time: a number and d (days), m (months) or y (years), or "never"`,
		"30 days":               `"30 days" is not a length of time`,
		"-1d":                   `"-1d" is not a length of time`,
		"0":                     `"0" is not a length of time`,
		"0d":                    `"0d" would leave no time at all; give at least "1d", or "never" to keep the item listed`,
		"101y":                  `"101y" is longer than a hundred years`,
		"99999999999999999999d": "longer than a hundred years",
	} {
		if _, err := ParseSpan(text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", text, err, want)
		}
	}
}

// TestCategoryUnlistAfter: a category's default is read with its line, and
// refused where the category's items have no publicity window.
func TestCategoryUnlistAfter(t *testing.T) {
	src := `title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "immediate"
unlist_after = "30d"
[[categories]]
key = "goals"
label = "年度工作目标"
term = "periodic"
unlist_after = "1y"
[[categories]]
key = "other"
label = "其他"
unlist_after = 30
`
	s, diags := Parse([]byte(src))
	diag.Sort(diags)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`site.toml:14: unlist_after counts from the end of a publicity window, which only immediate items have; remove it, or write term = "immediate"`,
		`site.toml:18: unlist_after: expected a length of time in double quotes: "30d" (days), "6m" (months), "1y" (years), or "never"; write unlist_after = "30d"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c := s.CategoryByKey("cadre"); c.UnlistAfter.String() != "30d" {
		t.Errorf("cadre's unlist_after = %q, want 30d", c.UnlistAfter)
	}
}
