package content

import (
	"strings"
	"testing"
)

// TestUrgent: urgent = true makes an item urgent through urgent_until, or
// through an immediate item's until; every wrong combination is an error
// at its line saying what to write.
func TestUrgent(t *testing.T) {
	head := "+++\ntitle = \"t\"\ndate = 2026-11-26\ncategory = \"cadre\"\n"
	cases := []struct {
		front, end, diag string
	}{
		{"term = \"immediate\"\nuntil = 2026-11-30\nurgent = true\n", "2026-11-30", ""},
		{"term = \"immediate\"\nuntil = 2026-11-30\nurgent = true\nurgent_until = 2026-11-28\n", "2026-11-28", ""},
		{"term = \"long-term\"\nurgent = true\nurgent_until = 2026-12-10\n", "2026-12-10", ""},
		{"term = \"long-term\"\n", "", ""},
		{"term = \"long-term\"\nurgent = true\n", "",
			"content/cadre/a.md:6: an urgent item needs the last day it takes over the screens; write urgent_until = 2026-11-29"},
		{"term = \"long-term\"\nurgent_until = 2026-12-10\n", "",
			"content/cadre/a.md:6: urgent_until is the last day an urgent item takes over the screens; add urgent = true, or remove urgent_until"},
		{"term = \"long-term\"\nurgent = true\nurgent_until = 2026-11-20\n", "",
			"content/cadre/a.md:7: urgent_until 2026-11-20 is before date 2026-11-26; an urgent item takes over the screens from its date through urgent_until, so write a day on or after 2026-11-26"},
		{"term = \"immediate\"\nuntil = 2026-11-30\nurgent = true\nurgent_until = 2026-12-02\n", "",
			"content/cadre/a.md:8: urgent_until 2026-12-02 is after until 2026-11-30, the end of the publicity window; an item is not urgent once it ends, so write urgent_until = 2026-11-30 or less"},
	}
	for _, c := range cases {
		it, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(head+c.front+"+++\n"))
		var got []string
		for _, d := range diags {
			got = append(got, d.String())
		}
		if strings.Join(got, "\n") != c.diag {
			t.Errorf("%s: diagnostics %q, want %q", c.front, got, c.diag)
		}
		if end := it.Urgent.String(); it.Urgent.IsZero() && c.end != "" || !it.Urgent.IsZero() && end != c.end {
			t.Errorf("%s: urgent through %q, want %q", c.front, end, c.end)
		}
	}
}
