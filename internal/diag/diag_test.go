package diag

import (
	"testing"

	"github.com/gongkai/gongkai/internal/msg"
)

// TestInChinese: a diagnostic printed in Chinese keeps its file:line
// prefix; its message and its label are translated.
func TestInChinese(t *testing.T) {
	d := Diagnostic{File: "content/x.md", Line: 4, Severity: Warning, Msg: `unknown category "cadres" (did you mean "cadre"?)`}
	for _, c := range []struct{ got, want string }{
		{d.String(), `content/x.md:4: warning: unknown category "cadres" (did you mean "cadre"?)`},
		{d.In(msg.Zh), `content/x.md:4: 警告：未知的公开类别 "cadres"（是否要写 "cadre"？）`},
		{d.In(msg.En), d.String()},
	} {
		if c.got != c.want {
			t.Errorf("got  %s\nwant %s", c.got, c.want)
		}
	}
	e := Diagnostic{File: "site.toml", Msg: "paginate must be at least 1; write paginate = 20"}
	if got, want := e.LabelledIn(msg.Zh), "site.toml: 错误：paginate 至少为 1；请写 paginate = 20"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got, want := e.Labelled(), "site.toml: error: paginate must be at least 1; write paginate = 20"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
