package redirect

import "testing"

func TestFile(t *testing.T) {
	for addr, want := range map[string]string{"cadre/old/": "cadre/old/index.html", "old.html": "old.html", "a/b.htm": "a/b.htm"} {
		if got := File(addr); got != want {
			t.Errorf("File(%q) = %q, want %q", addr, got, want)
		}
	}
}
