package status

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

func day(s string) calendar.Day {
	d, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestFailure: a failure keeps the day of the build the folder still
// holds, also after a second failure, and says so in Chinese.
func TestFailure(t *testing.T) {
	built := Built(day("2026-11-30"), "public")
	first := Failure(built, day("2026-12-01"), "public", 3)
	want := `{"ok":false,"built":"2026-11-30","scope":"public","failed":"2026-12-01","errors":3,"message":"2026年12月1日的自动更新失败（3 处错误），现在显示的仍是2026年11月30日生成的数据，请管理员查看发布日志。"}`
	if got := string(first.JSON()); got != want {
		t.Errorf("first failure:\n got %s\nwant %s", got, want)
	}
	second := Failure(first, day("2026-12-02"), "public", 0)
	if second.Built != "2026-11-30" || second.Errors != 1 || second.Failed != "2026-12-02" {
		t.Errorf("second failure: %+v", second)
	}
	if never := Failure(Status{}, day("2026-12-01"), "public", 2); never.Built != "" || never.Message != "2026年12月1日的自动更新失败（2 处错误），请管理员查看发布日志。" {
		t.Errorf("failure of a folder without status: %+v", never)
	}
}

// TestRead: a folder's status.json is read back; a folder without one
// has the zero Status.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	if s, err := Read(dir); err != nil || s != (Status{}) {
		t.Errorf("no file: %+v %v", s, err)
	}
	want := Failure(Built(day("2026-11-30"), "internal"), day("2026-12-01"), "internal", 2)
	os.WriteFile(filepath.Join(dir, File), want.JSON(), 0o644)
	if s, err := Read(dir); err != nil || s != want {
		t.Errorf("read %+v %v, want %+v", s, err, want)
	}
	os.WriteFile(filepath.Join(dir, File), []byte("{"), 0o644)
	if _, err := Read(dir); err == nil {
		t.Error("a broken file was read without an error")
	}
}
