package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestUsageInTheEditorsLanguage: gongkai without a command prints its
// usage in Chinese for a Chinese editor, the command lines as they are,
// and in English for an English one.
func TestUsageInTheEditorsLanguage(t *testing.T) {
	defer func(g func(string) string) { getenv = g }(getenv)
	for _, c := range []struct{ lang, want, not string }{
		{"zh_CN.UTF-8", "用法：\n  gongkai build  [-s DIR]", "Usage:"},
		{"en_US.UTF-8", "Usage:\n  gongkai build  [-s DIR]", "用法"},
	} {
		getenv = func(k string) string {
			if k == "LANG" {
				return c.lang
			}
			return ""
		}
		var stdout, stderr bytes.Buffer
		if code := run(nil, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), c.want) || strings.Contains(stderr.String(), c.not) {
			t.Errorf("LANG=%s: gongkai exited %d and printed\n%s", c.lang, code, stderr.String())
		}
	}
}
