package model

import "testing"

// TestMayHoldAddress: the quick test before addressInText never skips a
// text the expression finds an address in, and skips plain text.
func TestMayHoldAddress(t *testing.T) {
	for _, text := range []string{
		"见 https://www.example.gov.cn/a", "见HTTP://x.cn", "//x.cn/p", "详见WWW.Example.cn。",
		"详见 www.x.cn", "a.b.wWw.c", "www.", "网址：Www.x.cn；",
	} {
		if addressInText.MatchString(text) && !mayHoldAddress(text) {
			t.Errorf("mayHoldAddress(%q) = false, but addressInText finds %q", text, addressInText.FindString(text))
		}
	}
	for _, text := range []string{"", "关于第1号公开事项的公告", "3.5 万元", "ww.x.cn", "w/w/w.", "/单斜杠/"} {
		if mayHoldAddress(text) {
			t.Errorf("mayHoldAddress(%q) = true, want false", text)
		}
		if addressInText.MatchString(text) {
			t.Errorf("addressInText finds an address in %q", text)
		}
	}
}
