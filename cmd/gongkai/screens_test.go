package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/kiosk"
)

// TestScreensOnTheSampleLog: gongkai screens on the README's sample log
// of the example site names the silent screen, the stale one and, from
// the example's own layouts, which screens run the current page code.
func TestScreensOnTheSampleLog(t *testing.T) {
	code := kiosk.CodeOf(os.DirFS(repoRoot), "default")
	data, err := os.ReadFile(filepath.Join(repoRoot, "docs", "kiosk", "access.log"))
	if err != nil {
		t.Fatal(err)
	}
	// the sample names the code of the layouts it was written with: make
	// its current screen run this code
	log := filepath.Join(t.TempDir(), "access.log")
	text := strings.ReplaceAll(string(data), "v="+sampleCode(t, string(data)), "v="+code)
	if err := os.WriteFile(log, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs strings.Builder
	if c := run([]string{"screens", "-s", repoRoot, "--log", log, "--now", "2026-11-27T10:30:00+08:00", "--lang", "zh"}, &out, &errs); c != 0 {
		t.Fatalf("exit %d: %s", c, errs.String())
	}
	for _, want := range []string{
		"电子屏 lobby，屏幕 192.168.10.21：正常，最后一次轮询 2026-11-27 10:29:00（1 分钟前），页面程序 " + code + "（当前版本）\n",
		"电子屏 lobby，屏幕 192.168.10.22：失联，",
		"电子屏 entrance：无联络，",
		"截至 2026-11-27 10:30:00：正常的屏幕 2 台，失联 1 台；无联络的电子屏 1 块\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if c := run([]string{"screens", "-s", repoRoot}, &out, &errs); c != exitUsage {
		t.Errorf("without --log: exit %d, want %d", c, exitUsage)
	}
}

// sampleCode is the code version the first poll of the sample log names.
func sampleCode(t *testing.T, log string) string {
	_, after, ok := strings.Cut(log, "&v=")
	if !ok {
		t.Fatal("the sample log has no poll naming its code")
	}
	v, _, _ := strings.Cut(after, "&")
	return v
}
