package content

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
)

// TestUnlistAfter: an immediate item takes its own unlist_after, else its
// category's; "never" switches the default off; other terms take none, and
// writing one on them is an error at its line saying what to do.
func TestUnlistAfter(t *testing.T) {
	site, diags := config.Parse([]byte(siteTOML + `[[categories]]
key = "appointments"
label = "干部调整任用"
unlist_after = "30d"
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for _, tt := range []struct{ front, want string }{
		{`category = "appointments"` + "\nterm = \"immediate\"\nuntil = 2026-11-27", "30d"},
		{`category = "appointments"` + "\nterm = \"immediate\"\nuntil = 2026-11-27\nunlist_after = \"6个月\"", "6m"},
		{`category = "appointments"` + "\nterm = \"immediate\"\nuntil = 2026-11-27\nunlist_after = \"never\"", "never"},
		{`category = "appointments"` + "\nterm = \"long-term\"", ""},
		{`category = "cadre"` + "\nterm = \"immediate\"\nuntil = 2026-11-27", ""},
		{`category = "cadre"` + "\nterm = \"immediate\"\nuntil = 2026-11-27\nunlist_after = \"1y\"", "1y"},
	} {
		src := "+++\ntitle = \"t\"\ndate = 2026-11-23\n" + tt.front + "\n+++\n"
		it, diags := Parse(site, testReserved, "content/cadre/a.md", []byte(src))
		if len(diags) > 0 {
			t.Errorf("%s: %v", tt.front, diags)
			continue
		}
		if got := it.UnlistAfter.String(); got != tt.want {
			t.Errorf("%s: unlist_after %q, want %q", tt.front, got, tt.want)
		}
	}
}

func TestUnlistAfterErrors(t *testing.T) {
	for _, tt := range []struct{ front, want string }{
		{"term = \"long-term\"\nunlist_after = \"30d\"",
			"content/cadre/a.md:6: unlist_after counts from the end of the publicity window (until), which only immediate items have; remove it: long-term items stay listed"},
		{"term = \"immediate\"\nuntil = 2026-11-27\nunlist_after = \"30 days\"",
			`content/cadre/a.md:7: unlist_after: "30 days" is not a length of time: a number and d (days), m (months) or y (years), or "never"; write unlist_after = "30d"`},
		{"term = \"immediate\"\nuntil = 2026-11-27\nunlist_after = \"0\"",
			`content/cadre/a.md:7: unlist_after: "0" is not a length of time`},
	} {
		src := "+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\n" + tt.front + "\n+++\n"
		_, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(src))
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tt.want) {
			t.Errorf("%s:\ngot  %v\nwant %s", tt.front, diags, tt.want)
		}
	}
}
