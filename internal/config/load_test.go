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
