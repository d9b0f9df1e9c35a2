package status

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gongkai/gongkai/internal/calendar"
)

// File is the name of the status file in the output root.
const File = "status.json"

// Status is what status.json says. Days are "YYYY-MM-DD" in the site's
// timezone.
type Status struct {
	OK      bool   `json:"ok"`
	Built   string `json:"built,omitempty"`   // the --now day of the build the folder holds
	Scope   string `json:"scope,omitempty"`   // public or internal
	Failed  string `json:"failed,omitempty"`  // the day of the publish that failed
	Errors  int    `json:"errors,omitempty"`  // how many problems it had
	Message string `json:"message,omitempty"` // for people, in Chinese; names no file
}

// Built is the status a build writes into its output.
func Built(day calendar.Day, scope string) Status {
	return Status{OK: true, Built: day.String(), Scope: scope}
}

// Failure is the status of a published folder whose update failed on day
// with n problems: it still holds the build prev says it holds.
func Failure(prev Status, day calendar.Day, scope string, n int) Status {
	s := Status{OK: false, Built: prev.Built, Scope: scope, Failed: day.String(), Errors: max(n, 1)}
	s.Message = message(s)
	return s
}

// message says in Chinese what failed and what the readers see instead.
func message(s Status) string {
	failed := chinese(s.Failed)
	if s.Built == "" {
		return fmt.Sprintf("%s的自动更新失败（%d 处错误），请管理员查看发布日志。", failed, s.Errors)
	}
	return fmt.Sprintf("%s的自动更新失败（%d 处错误），现在显示的仍是%s生成的数据，请管理员查看发布日志。", failed, s.Errors, chinese(s.Built))
}

// chinese writes a "YYYY-MM-DD" day as 2026年11月27日.
func chinese(day string) string {
	d, err := calendar.Parse(day)
	if err != nil {
		return day
	}
	return d.Chinese()
}

// JSON is the file's content, compact as the build's minifier leaves it.
func (s Status) JSON() []byte {
	data, err := json.Marshal(s)
	if err != nil {
		panic(err) // a struct of strings, ints and a bool always marshals
	}
	return data
}

// Read reads the status file of an output folder. A folder without one
// (built by an older gongkai, or not at all) has the zero Status and no
// error.
func Read(dir string) (Status, error) {
	data, err := os.ReadFile(filepath.Join(dir, File))
	if errors.Is(err, fs.ErrNotExist) {
		return Status{}, nil
	}
	if err != nil {
		return Status{}, err
	}
	var s Status
	if err := json.Unmarshal(data, &s); err != nil {
		return Status{}, fmt.Errorf("%s: %w", filepath.Join(dir, File), err)
	}
	return s, nil
}
