package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// build writes files into dest as one build and commits it.
func build(t *testing.T, dest string, opts Options, files map[string]string) {
	t.Helper()
	w, err := New(dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := w.WriteRaw(name, []byte(data), "test"); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

// tree reads every file under dir, by slash path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// beside lists the names in dest's parent other than dest.
func beside(t *testing.T, dest string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Name() != filepath.Base(dest) {
			out = append(out, e.Name())
		}
	}
	return out
}

var public = Options{Scope: "public", Unrecorded: "public"}

func TestMarkerRecordsScope(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "www")
	build(t, dest, public, map[string]string{"index.html": "公开"})
	marker, _ := os.ReadFile(filepath.Join(dest, Marker))
	if !strings.Contains(string(marker), "scope = public\n") {
		t.Errorf("marker does not record the scope:\n%s", marker)
	}
	_, err := New(dest, Options{Scope: "internal", Unrecorded: "public"})
	var se *ScopeError
	if !errors.As(err, &se) || se.Have != "public" || se.Want != "internal" {
		t.Fatalf("internal build over a public folder: %v", err)
	}
	if got := tree(t, dest)["index.html"]; got != "公开" {
		t.Errorf("the public folder was changed: %q", got)
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
}

// A marker from before scopes were recorded counts as Unrecorded says.
func TestMarkerWithoutScope(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "www")
	plant(t, dest, map[string]string{Marker: "built by gongkai; this folder is replaced on every build\n", "index.html": "old"})
	if _, err := New(dest, Options{Scope: "internal", Unrecorded: "public"}); err == nil {
		t.Error("an internal build replaced a folder of unrecorded scope taken as public")
	}
	build(t, dest, Options{Scope: "internal", Unrecorded: "internal"}, map[string]string{"index.html": "党内"})
	if got := tree(t, dest)["index.html"]; got != "党内" {
		t.Errorf("not replaced: %q", got)
	}
}

func plant(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRecoversHalfDoneSwap: a build killed between the two renames of the
// fallback swap left no destination, the previous output moved aside and
// the new one complete; the next build puts the previous one back first.
func TestRecoversHalfDoneSwap(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	previous := map[string]string{Marker: markerHead + "scope = public\n", "index.html": "previous", "a/b.html": "b"}
	plant(t, filepath.Join(parent, ".public.tmp-123.old"), previous)
	plant(t, filepath.Join(parent, ".public.tmp-123"), map[string]string{Marker: markerHead + "scope = public\n", "index.html": "new"})
	w, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); !equal(got, previous) {
		t.Errorf("previous output not put back: %v", got)
	}
	if left := beside(t, dest); len(left) != 1 || left[0] != filepath.Base(w.Dir()) {
		t.Errorf("beside the output: %v, want only the running build's %s", left, filepath.Base(w.Dir()))
	}
	w.Abort()
}

func equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestCleansLeftoversOfKilledBuildsOnly: the next build removes what killed
// builds left, but not the folder of a build still running, nor anything
// gongkai did not make.
func TestCleansLeftoversOfKilledBuildsOnly(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	build(t, dest, public, map[string]string{"index.html": "v1"})
	running, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	_ = running.WriteRaw("index.html", []byte("v2"), "test")
	marked := map[string]string{Marker: markerHead, "index.html": "killed"}
	plant(t, filepath.Join(parent, ".public.tmp-9"), marked)
	plant(t, filepath.Join(parent, ".public.tmp-9.old"), marked)
	plant(t, filepath.Join(parent, ".public.tmp-10"), map[string]string{"notes.txt": "someone's"}) // no marker
	plant(t, filepath.Join(parent, ".public.tmp-x1"), marked)                                      // not our name
	plant(t, filepath.Join(parent, ".other.tmp-11"), marked)                                       // another output's
	if err := os.Mkdir(filepath.Join(parent, ".public.tmp-12"), 0o755); err != nil {               // killed before its marker
		t.Fatal(err)
	}
	next, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	left := beside(t, dest)
	want := []string{".other.tmp-11", ".public.tmp-10", ".public.tmp-x1", filepath.Base(next.Dir()), filepath.Base(running.Dir())}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("beside the output:\n%v\nwant\n%v", left, want)
	}
	if err := running.Commit(); err != nil {
		t.Fatalf("the running build was disturbed: %v", err)
	}
	next.Abort()
	if got := tree(t, dest)["index.html"]; got != "v2" {
		t.Errorf("index.html = %q", got)
	}
}

// TestTwoBuildsAtOnce: builds into one folder may overlap; each commits a
// complete output in turn, and nothing is left behind.
func TestTwoBuildsAtOnce(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build(t, dest, public, map[string]string{"index.html": "v0"})
	a, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	_ = a.WriteRaw("index.html", []byte("a"), "test")
	_ = a.WriteRaw("a.html", []byte("a"), "test")
	_ = b.WriteRaw("index.html", []byte("b"), "test")
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); !equal(got, map[string]string{Marker: markerHead + "scope = public\n", "index.html": "b"}) {
		t.Errorf("after b: %v", got)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); !equal(got, map[string]string{Marker: markerHead + "scope = public\n", "index.html": "a", "a.html": "a"}) {
		t.Errorf("after a: %v", got)
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
}

// TestScopeCheckedAgainAtCommit: two builds of different scopes started
// into one empty folder: the second to commit finds the other's edition
// there and is refused.
func TestScopeCheckedAgainAtCommit(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "www")
	pub, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	internal, err := New(dest, Options{Scope: "internal", Unrecorded: "public"})
	if err != nil {
		t.Fatal(err)
	}
	_ = pub.WriteRaw("index.html", []byte("公开"), "test")
	_ = internal.WriteRaw("index.html", []byte("党内"), "test")
	if err := pub.Commit(); err != nil {
		t.Fatal(err)
	}
	var se *ScopeError
	if err := internal.Commit(); !errors.As(err, &se) {
		t.Errorf("internal commit over the public edition: %v", err)
	}
	if got := tree(t, dest)["index.html"]; got != "公开" {
		t.Errorf("index.html = %q", got)
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
}

// TestDestThroughSymlink: when the output folder is a symlink, the folder
// it points to is replaced and the link stays.
func TestDestThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real, link := filepath.Join(dir, "srv", "www"), filepath.Join(dir, "public")
	build(t, real, public, map[string]string{"index.html": "v1"})
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	build(t, link, public, map[string]string{"index.html": "v2"})
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if got := tree(t, real)["index.html"]; got != "v2" {
		t.Errorf("index.html = %q", got)
	}
}

// TestBuildsCommitAtOnce: builds that commit at the same moment take
// turns; each succeeds, the destination is one of them whole, and nothing
// is left behind.
func TestBuildsCommitAtOnce(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build(t, dest, public, map[string]string{"index.html": "v0"})
	const n = 8
	errs := make(chan error, n)
	start := make(chan struct{})
	for i := range n {
		w, err := New(dest, public)
		if err != nil {
			t.Fatal(err)
		}
		v := strconv.Itoa(i)
		_ = w.WriteRaw("index.html", []byte(v), "test")
		_ = w.WriteRaw("v/"+v+".html", []byte(v), "test")
		go func() {
			<-start
			errs <- w.Commit()
		}()
	}
	close(start)
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	got := tree(t, dest)
	if v := got["index.html"]; len(got) != 3 || got["v/"+v+".html"] != v {
		t.Errorf("the destination is not one whole build: %v", got)
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
}

// TestSwapByRenames is the swap where folders cannot be exchanged: between
// its two renames the previous output is complete beside the destination.
func TestSwapByRenames(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build(t, dest, public, map[string]string{"index.html": "v1"})
	var seen []string
	opts := public
	opts.Test = &TestHooks{NoExchange: true, Pause: func(point string) {
		seen = append(seen, point)
		if point != "renamed" {
			return
		}
		if _, err := os.Stat(dest); !os.IsNotExist(err) {
			t.Errorf("at %q the destination exists: %v", point, err)
		}
		olds, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.tmp-*.old"))
		if len(olds) != 1 || tree(t, olds[0])["index.html"] != "v1" {
			t.Errorf("at %q the previous output is not beside the destination: %v", point, olds)
		}
	}}
	build(t, dest, opts, map[string]string{"index.html": "v2"})
	if want := []string{"commit", "swap", "renamed", "swapped"}; !slices.Equal(seen, want) {
		t.Errorf("pause points %v, want %v", seen, want)
	}
	if got := tree(t, dest)["index.html"]; got != "v2" {
		t.Errorf("index.html = %q", got)
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
}

// TestExchangeLeavesNoWindow: with exchange, the destination is the complete
// previous output up to the swap and the new one right after.
func TestExchangeLeavesNoWindow(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build(t, dest, public, map[string]string{"index.html": "v1"})
	want := map[string]string{"commit": "v1", "swap": "v1", "swapped": "v2"}
	opts := public
	opts.Test = &TestHooks{Pause: func(point string) {
		if got := tree(t, dest)["index.html"]; got != want[point] {
			t.Errorf("at %q index.html = %q, want %q", point, got, want[point])
		}
	}}
	build(t, dest, opts, map[string]string{"index.html": "v2"})
}

func TestCancel(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build(t, dest, public, map[string]string{"index.html": "v1"})
	w, err := New(dest, public)
	if err != nil {
		t.Fatal(err)
	}
	_ = w.WriteRaw("index.html", []byte("v2"), "test")
	if !w.Cancel() {
		t.Fatal("Cancel before Commit reported false")
	}
	if err := w.WriteRaw("more.html", []byte("x"), "test"); err == nil {
		t.Error("a write after Cancel succeeded")
	}
	if err := w.Commit(); err == nil {
		t.Error("Commit after Cancel succeeded")
	}
	if left := beside(t, dest); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
	if got := tree(t, dest)["index.html"]; got != "v1" {
		t.Errorf("index.html = %q", got)
	}
	w2, _ := New(dest, public)
	_ = w2.Commit()
	if w2.Cancel() {
		t.Error("Cancel after Commit reported true")
	}
}

// TestCancelWaitsForRemoval: when the build's own Abort and a signal's
// Cancel meet, neither returns before the temporary folder is gone, since
// gongkai exits as soon as one of them returns.
func TestCancelWaitsForRemoval(t *testing.T) {
	for range 3 {
		dest := filepath.Join(t.TempDir(), "public")
		w, err := New(dest, public)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 200 {
			_ = w.WriteRaw(fmt.Sprintf("p/%d/index.html", i), []byte("x"), "test")
		}
		done := make(chan struct{})
		go func() {
			w.Abort()
			close(done)
		}()
		for !w.cancelled() {
			runtime.Gosched()
		}
		w.Cancel()
		if _, err := os.Stat(w.Dir()); err == nil {
			t.Fatalf("Cancel returned while the temporary folder was still there")
		}
		<-done
	}
}

func TestDestIsAFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	plant(t, filepath.Dir(dest), map[string]string{"public": "a file"})
	if _, err := New(dest, public); err == nil || !strings.Contains(err.Error(), "is a file, not a folder") {
		t.Errorf("New over a file: %v", err)
	}
}

func TestParentNotWritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes everywhere")
	}
	parent := t.TempDir()
	if err := os.Chmod(parent, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(parent, 0o755)
	_, err := New(filepath.Join(parent, "public"), public)
	if err == nil || !strings.Contains(err.Error(), "make "+parent+" writable") {
		t.Errorf("New in a read-only folder: %v", err)
	}
}

// TestFileOverFolder: a file and a folder of one name are two writers of
// one path, named both, whichever comes first.
func TestFileOverFolder(t *testing.T) {
	w := NewMemory()
	_ = w.WriteRaw("boards/index.html", nil, "the print room")
	if err := w.WriteRaw("boards", nil, "static/boards"); err == nil || !strings.Contains(err.Error(), "static/boards writes the file boards, but the print room writes a folder") {
		t.Errorf("file over a folder: %v", err)
	}
	_ = w.WriteRaw("feed", nil, "static/feed")
	if err := w.WriteRaw("feed/index.html", nil, "page /feed/"); err == nil || !strings.Contains(err.Error(), "page /feed/ writes feed/index.html, but static/feed writes a file named feed") {
		t.Errorf("folder over a file: %v", err)
	}
}
