package plaintext

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	gbk := []byte{0xb9, 0xab, 0xbf, 0xaa} // 公开 in GBK
	for _, c := range []struct {
		name string
		data []byte
		line int
		want string // a word of the problem; "" for text
	}{
		{"text", []byte("+++\ntitle = \"公开\"\n+++\n正文\n"), 0, ""},
		{"bom", []byte("\ufeff+++\n"), 0, ""},
		{"empty", nil, 0, ""},
		{"nul", []byte("+++\ntitle = \"x\"\n\x00+++\n"), 3, "NUL"},
		{"gbk", append([]byte("+++\n\n\ntitle = \""), gbk...), 4, "GBK"},
		{"nul after gbk", append(append([]byte("a\n"), gbk...), "\n\x00"...), 2, "GBK"},
		{"utf-16", []byte{0xff, 0xfe, '+', 0, '+', 0}, 1, "UTF-16"},
	} {
		line, problem := Check(c.data)
		if line != c.line || (c.want == "") != (problem == "") || !strings.Contains(problem, c.want) {
			t.Errorf("%s: Check = %d, %q; want line %d and a problem with %q", c.name, line, problem, c.line, c.want)
		}
	}
}
