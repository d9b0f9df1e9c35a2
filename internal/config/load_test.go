package config

import (
	"os"
	"strings"
	"testing"
)

func TestExampleSiteLoads(t *testing.T) {
	data, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, diags := Parse(data)
	for _, d := range diags {
		t.Errorf("%s", d)
	}
	if len(s.Boards) < 10 {
		t.Errorf("example site declares %d boards, want at least 10", len(s.Boards))
	}
	if b := s.Boards[3]; b.Width != 1189 || b.Height != 841 {
		t.Errorf("board 4 landscape A0 = %vx%v mm, want 1189x841", b.Width, b.Height)
	}
	if s.Location.String() != "Asia/Shanghai" {
		t.Errorf("timezone = %s", s.Location)
	}
}

func TestSiteErrors(t *testing.T) {
	src := `title = "县"
base_url = "https://x.example/"
tiitle = "x"

[feedback]
phone = "1"

[[categories]]
key = "cadre"
label = "干部"
channel = ["web", "bord"]

[[boards]]
number = 1
name = "x"
paper = "B7"
categories = ["cadres"]
`
	_, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`site.toml:3: unknown key "tiitle" (did you mean "title"?)`,
		`site.toml:11: unknown channel "bord" (did you mean "board"?)`,
		`site.toml:16: paper "B7" is not a paper size; write paper = "A1" (A0 to A4) or paper = "600x900mm"`,
		`site.toml:17: unknown category "cadres" (did you mean "cadre"?)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBoardLists: lists = […] takes keys and labels, and says on its line
// what to write for an unknown or repeated list.
func TestBoardLists(t *testing.T) {
	src := `title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "powers"
label = "职权目录"

[[boards]]
number = 6
name = "职权目录"
paper = "A1"
lists = ["powers", "廉政风险点"]

[[boards]]
number = 8
name = "廉政风险点"
paper = "A2"
lists = ["risk",
  "powers", "职权目录"]
`
	s, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`site.toml:19: unknown list "risk" (did you mean "risks"?); the lists a board can carry are "powers" (职权目录, the published powers by holder and type) and "risks" (廉政风险点, the risk points by level)`,
		`site.toml:19: lists names "powers" twice; write it once`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l := s.Boards[0].Lists; strings.Join(l, ",") != "powers,risks" {
		t.Errorf("board 6 lists = %v, want [powers risks]", l)
	}
}

// TestChannelScopes: a board's and a kiosk's scope is public when not
// given, takes keys and Chinese labels, and an unknown scope is an error
// on its line.
func TestChannelScopes(t *testing.T) {
	src := `title = "县"
county = "中共某县委 某县人民政府"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"

[[boards]]
number = 1
name = "公开栏"
paper = "A1"
categories = ["cadre"]

[[boards]]
number = 2
name = "党内公开栏"
paper = "A2"
scope = "党内公开"
categories = ["cadre"]

[[kiosks]]
name = "dangnei"
kind = "touch"
width = 1080
height = 1920
scope = "internal"
categories = ["cadre"]

[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
scope = "secret"
categories = ["cadre"]
`
	s, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := `site.toml:36: unknown scope "secret" (write one of: public, internal)`
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	if s.Boards[0].Scope != "public" || s.Boards[1].Scope != "internal" || s.Kiosks[0].Scope != "internal" || s.Kiosks[1].Scope != "public" {
		t.Errorf("scopes: boards %q %q, kiosks %q %q", s.Boards[0].Scope, s.Boards[1].Scope, s.Kiosks[0].Scope, s.Kiosks[1].Scope)
	}
}

// TestReview: [review] is read; from without required is a warning, and
// from with a time of day an error.
func TestReview(t *testing.T) {
	base := "title = \"t\"\nbase_url = \"https://gk.test.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\n"
	s, diags := Parse([]byte(base + "[review]\nrequired = true\nfrom = 2026-06-01\n"))
	if len(diags) > 0 || !s.Review.Required || s.Review.From.D != 1 {
		t.Fatalf("read %+v, %v", s.Review, diags)
	}
	_, diags = Parse([]byte(base + "[review]\nfrom = 2026-06-01\n"))
	if len(diags) != 1 || diags[0].Line != 9 || !strings.Contains(diags[0].Msg, "write required = true") {
		t.Errorf("from without required: %v", diags)
	}
	_, diags = Parse([]byte(base + "[review]\nrequired = true\nfrom = 2026-06-01T08:00:00\n"))
	if len(diags) != 1 || !strings.Contains(diags[0].Msg, "write from = 2026-06-01") {
		t.Errorf("from with a time: %v", diags)
	}
}

// TestIndexNoPattern: a pattern needs {seq}, known placeholders, an org
// when it uses {org}, and {seq:N} of 1 to 8 digits; Expand fills it.
func TestIndexNoPattern(t *testing.T) {
	base := "title = \"t\"\nbase_url = \"https://gk.test.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\n[index_no]\n"
	for pattern, want := range map[string]string{
		`pattern = "{org}/{year}-{category}-{seq:4}"` + "\norg = \"X1\"": "",
		`pattern = "{year}-{category}"`:                                  `write pattern = "{year}-{category}-{seq:4}"`,
		`pattern = "{org}-{seq}"`:                                        `write org = "`,
		`pattern = "{dept}-{seq}"`:                                       "unknown placeholder {dept}",
		`pattern = "{seq:12}"`:                                           "write {seq:4}",
	} {
		s, diags := Parse([]byte(base + pattern + "\n"))
		switch {
		case want == "" && len(diags) > 0:
			t.Errorf("%s: %v", pattern, diags)
		case want != "" && (len(diags) != 1 || diags[0].Line != 9 || !strings.Contains(diags[0].Msg, want)):
			t.Errorf("%s: %v, want one error at line 9 with %q", pattern, diags, want)
		case want == "":
			got := s.IndexNo.Expand(func(f string) string { return map[string]string{"org": "X1", "year": "2026", "category": "cadre"}[f] }, "", 7)
			if got != "X1/2026-cadre-0007" {
				t.Errorf("expanded %q", got)
			}
		}
	}
}
