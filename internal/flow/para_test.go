package flow

import (
	"strings"
	"testing"
)

// sample is "我们<strong>电话0999-7654000，\n和<em>邮箱</em></strong>。<img>" as runs.
func sample() *Para {
	strong := &Mark{Open: "<strong>", Close: "</strong>"}
	em := &Mark{Open: "<em>", Close: "</em>"}
	return &Para{Runs: []Run{
		{Text: "我们"},
		{Text: "电话0999-7654000，", After: "\n", Marks: []*Mark{strong}},
		{Text: "和", Marks: []*Mark{strong}},
		{Text: "邮箱", Marks: []*Mark{strong, em}},
		{Text: "。"},
		{Text: "图", HTML: `<img src="a.png" alt="图">`, Atomic: true},
	}}
}

func TestWholeIsTheRenderersHTML(t *testing.T) {
	p := sample()
	want := "我们<strong>电话0999-7654000，\n和<em>邮箱</em></strong>。<img src=\"a.png\" alt=\"图\">"
	if got := p.HTML(At{}, p.End(), false); got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
}

func TestKeepTogetherRunsAreWrapped(t *testing.T) {
	p := sample()
	got := p.HTML(At{}, p.End(), true)
	if !strings.Contains(got, `电话<span class="nb">0999-7654000</span>，`) {
		t.Errorf("HTML = %q, want the number in a nb span", got)
	}
}

func TestCutClosesAndReopensElements(t *testing.T) {
	p := sample()
	cases := []struct {
		n          int
		head, rest string
	}{
		{3, "我们<strong>电</strong>", "<strong>话0999-7654000，\n和<em>邮箱</em></strong>。<img src=\"a.png\" alt=\"图\">"},
		{5, "我们<strong>电话0</strong>", "<strong>999-7654000，\n和<em>邮箱</em></strong>。<img src=\"a.png\" alt=\"图\">"},
		// A cut at the end of a run leaves the soft break out of both parts.
		{17, "我们<strong>电话0999-7654000，</strong>", "<strong>和<em>邮箱</em></strong>。<img src=\"a.png\" alt=\"图\">"},
		{19, "我们<strong>电话0999-7654000，\n和<em>邮</em></strong>", "<strong><em>箱</em></strong>。<img src=\"a.png\" alt=\"图\">"},
		{21, "我们<strong>电话0999-7654000，\n和<em>邮箱</em></strong>。", "<img src=\"a.png\" alt=\"图\">"},
		{22, "我们<strong>电话0999-7654000，\n和<em>邮箱</em></strong>。<img src=\"a.png\" alt=\"图\">", ""},
	}
	for _, c := range cases {
		head, next := p.Cut(At{}, c.n, false)
		rest := p.HTML(next, p.End(), false)
		if head != c.head || rest != c.rest {
			t.Errorf("Cut(%d) = %q | %q, want %q | %q", c.n, head, rest, c.head, c.rest)
		}
	}
}

func TestCutsInARowCoverTheWhole(t *testing.T) {
	p := sample()
	var texts []string
	at := At{}
	for at.Run < len(p.Runs) {
		var head string
		head, at = p.Cut(at, 2, false)
		texts = append(texts, head)
	}
	want := []string{"我们", "<strong>电话</strong>", "<strong>09</strong>", "<strong>99</strong>"}
	for i, w := range want {
		if texts[i] != w {
			t.Errorf("part %d = %q, want %q", i, texts[i], w)
		}
	}
	if last := texts[len(texts)-1]; last != "。<img src=\"a.png\" alt=\"图\">" {
		t.Errorf("last part = %q", last)
	}
}

func TestKeeps(t *testing.T) {
	cases := map[string][]string{
		"电话0999-7654000。":           {"0999-7654000"},
		"2026-11-27至2026-12-03":     {"2026-11-27", "2026-12-03"},
		"0791-12388（县纪委监委）":         {"0791-12388"},
		"第12号、2026年":                {"12号", "2026年"},
		"v1.2-3 and abc-12 and 12-": nil,
		"12-34-":                    nil,
		"黎政发〔2026〕12号文件":            {"黎政发〔2026〕12号"},
		"举报电话：0791-12388，邮编：330100": {"举报电话：0791-12388", "邮编：330100"},
		"于2026年11月27日起，11月底止":       {"2026年11月27日", "11月"},
		"时间9:00-17:30，增长12.5%":      {"9:00-17:30"},
		"共3,200万元；&#12345;":         {"3,200万元"},
	}
	for s, want := range cases {
		var got []string
		for _, k := range Keeps(s) {
			got = append(got, s[k.Start:k.End])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Keeps(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestEscapedAsGoldmark(t *testing.T) {
	if got := Escaped(`a<b>&"c'`); got != `a&lt;b&gt;&amp;&quot;c'` {
		t.Errorf("Escaped = %q", got)
	}
}

// TestRunBreaks: a run says whether it is or ends with a line break, and
// what it writes after its text as a reader sees it, byte for byte as
// long as what it writes (a <br> tag is one "\n").
func TestRunBreaks(t *testing.T) {
	br := Run{HTML: "<br>", Atomic: true}
	if !br.IsBreak() || (Run{HTML: "<img>", Atomic: true}).IsBreak() || (Run{Text: "<br>"}).IsBreak() {
		t.Error("IsBreak: only an atomic <br> run is a break of its own")
	}
	for after, want := range map[string]string{"": "", "\n": " ", "<br>\n": "\n ", "<br />\n": "\n ", "\t": " "} {
		r := Run{Text: "字", After: after}
		if got := r.AfterShown(); got != want {
			t.Errorf("AfterShown(%q) = %q, want %q", after, got, want)
		}
		if r.BreaksAfter() != strings.Contains(want, "\n") {
			t.Errorf("BreaksAfter(%q) = %v", after, r.BreaksAfter())
		}
	}
}
