package report

import (
	"strconv"

	"github.com/gongkai/gongkai/internal/records"
)

// taskCounts are the tasks by status, in the order of records.TaskStatuses,
// then those without a status.
func (r *Report) taskCounts() []Count {
	rows := append(vocabRows(records.TaskStatuses), Count{Key: "", Label: "未注明"})
	for _, t := range r.Tasks {
		for i := range rows {
			if rows[i].Key == string(t.Status) {
				rows[i].Public++
			}
		}
	}
	return rows
}

// tasks is the progress of the task table (records/tasks.toml). The
// public report counts the tasks by status; only the internal one lists
// them, as the table is the office's working paper.
func (p *printer) tasks() {
	r := p.r
	p.f("## 七、任务推进情况\n\n")
	if len(r.Tasks) == 0 {
		p.f("任务台账（records/tasks.toml）中没有任务。\n\n")
		return
	}
	p.f("任务台账共 %d 项：", len(r.Tasks))
	sep := ""
	for _, c := range r.taskCounts() {
		if c.Public > 0 {
			p.f("%s%s %d 项", sep, c.Label, c.Public)
			sep = "，"
		}
	}
	p.f("。\n\n")
	if !r.Internal() {
		return
	}
	p.f("| 序号 | 任务 | 责任单位 | 目标 | 进展 | 状态 |\n|---:|---|---|---|---|---|\n")
	for _, t := range r.Tasks {
		p.f("| %d | %s | %s | %s | %s | %s |\n", t.Number, text(t.Task), text(t.Owner), text(t.Target), text(t.Progress), taskStatus(t))
	}
	p.f("\n")
}

func taskStatus(t *records.Task) string {
	if t.Status == "" {
		return "未注明"
	}
	return records.TaskStatuses.Label(string(t.Status))
}

// taskRows are the task table in the CSV report: counts by status, and
// in the internal report the tasks.
func (r *Report) taskRows(cw sheet) {
	if len(r.Tasks) == 0 {
		return
	}
	cw.Write(nil)
	row := []string{"任务", strconv.Itoa(len(r.Tasks))}
	for _, c := range r.taskCounts() {
		row = append(row, c.Label, strconv.Itoa(c.Public))
	}
	cw.Write(row)
	if !r.Internal() {
		return
	}
	cw.Write([]string{"序号", "任务", "责任单位", "目标", "进展", "状态"})
	for _, t := range r.Tasks {
		cw.Write([]string{strconv.Itoa(t.Number), t.Task, t.Owner, t.Target, t.Progress, taskStatus(t)})
	}
}
