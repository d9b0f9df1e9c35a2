package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/records"
)

// TestTaskTable: the monthly report counts the task table by status; only
// the internal report lists the tasks, in every format.
func TestTaskTable(t *testing.T) {
	tasks := []*records.Task{
		{Number: 1, Task: "编制公开目录", Owner: "县委办公室", Target: "3月底前", Progress: "已公布", Status: records.Done},
		{Number: 2, Task: "建设固定公开栏", Owner: "县委办公室", Target: "4月底前", Progress: "建成8个", Status: records.Behind},
		{Number: 3, Task: "开展社会评议", Owner: "县政府办公室", Target: "12月底前"},
	}
	for _, sc := range []config.Scope{config.Public, config.Internal} {
		r := make2610(t, sc)
		r.Tasks = tasks
		var md, sheet bytes.Buffer
		if err := r.Markdown(&md); err != nil {
			t.Fatal(err)
		}
		if err := r.CSV(&sheet); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(md.String(), "任务台账共 3 项：已完成 1 项，滞后 1 项，未注明 1 项。") {
			t.Errorf("%s: the report does not count the tasks:\n%s", sc, md.String())
		}
		if !strings.Contains(sheet.String(), "任务,3,未启动,0,推进中,0,已完成,1,滞后,1,未注明,1") {
			t.Errorf("%s: the CSV does not count the tasks:\n%s", sc, sheet.String())
		}
		for _, out := range []string{md.String(), sheet.String()} {
			listed := strings.Contains(out, "建设固定公开栏") && strings.Contains(out, "建成8个")
			if listed != (sc == config.Internal) {
				t.Errorf("%s: tasks listed = %v, want only in the internal report:\n%s", sc, listed, out)
			}
		}
	}
}
