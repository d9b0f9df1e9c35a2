package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/search"
	"github.com/gongkai/gongkai/internal/synth"
)

// TestSessionSearchShards: in serve, an edit renders anew only the search
// shards whose tokens' postings changed — a body edit adding a new word,
// a title edit — and none for an edit that changes no token, while the
// session's files stay a full build's.
func TestSessionSearchShards(t *testing.T) {
	t.Parallel()
	const n = 300
	dir := t.TempDir()
	if err := synth.Write(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	name := synth.Files(n, 1)[123].Name
	file := filepath.Join(dir, filepath.FromSlash(name))
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	if _, _, err := s.Build(); err != nil {
		t.Fatal(err)
	}
	shards := search.ShardsFor(n)
	steps := []struct {
		name     string
		text     string
		min, max int // shards rendered
	}{
		{"body edit, new words", string(orig) + "\n鸿鹄之志，鲲鹏展翅。\n", 1, shards / 4},
		{"title edit", strings.Replace(string(orig), "title = \"关于", "title = \"鸿雁关于", 1), 1, shards / 4},
		{"body edit, no new token", strings.Replace(string(orig), "title = \"关于", "title = \"鸿雁关于", 1) + "\n", 0, 0},
	}
	for _, st := range steps {
		if err := os.WriteFile(file, []byte(st.text), 0o644); err != nil {
			t.Fatal(err)
		}
		s.Changed(name)
		out, _, err := s.Build()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got := 0
		for _, p := range out.Paths {
			if strings.HasPrefix(p, "search/s/") {
				got++
			}
		}
		if got < st.min || got > st.max {
			t.Errorf("%s: %d of %d search shards rendered anew, want %d to %d", st.name, got, shards, st.min, st.max)
		}
		sameFiles(t, st.name, buildOpts(t, Options{SiteDir: dir, FS: snapshot(t, dir), Now: testNow}), out.Files)
	}
}
