package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/status"
)

// TestStatusFile: every build writes status.json with the --now day and
// the scope, and nothing else: the same for the same --now, whatever
// the wall clock, and the same with or without hidden items (which
// TestNothingLeaks checks on every file, status.json among them).
func TestStatusFile(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join(builtExample(t).Dest, status.File))
	if err != nil {
		t.Fatalf("the build wrote no %s: %v", status.File, err)
	}
	if got, want := string(data), `{"ok":true,"built":"2026-11-27","scope":"public"}`; got != want {
		t.Errorf("%s = %s, want %s", status.File, got, want)
	}
	later, _ := calendar.Parse("2026-12-01")
	internal := buildOpts(t, Options{SiteDir: ".", FS: exampleSite(t), Now: later, Scope: "internal"})
	var s status.Status
	if err := json.Unmarshal(internal[status.File], &s); err != nil {
		t.Fatalf("internal build's %s: %v", status.File, err)
	}
	if s != (status.Status{OK: true, Built: "2026-12-01", Scope: "internal"}) {
		t.Errorf("internal build's %s says %+v", status.File, s)
	}
}
