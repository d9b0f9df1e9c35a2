package records

// Task is one row of the task table (records/tasks.toml, [[tasks]]): the
// policy's tasks, who carries each, and how far it is.
type Task struct {
	Pos
	Number   int // its place in the file, from 1
	Task     string
	Owner    string
	Target   string // what done means, and by when
	Progress string
	Status   TaskStatus // "" when not written
}

type tasksFile struct {
	Tasks []struct {
		Task     string `toml:"task"`
		Owner    string `toml:"owner"`
		Target   string `toml:"target"`
		Progress string `toml:"progress"`
		Status   string `toml:"status"`
	} `toml:"tasks"`
}

func (f *fileReader) tasks(v *tasksFile) []*Task {
	var out []*Task
	for i, t := range v.Tasks {
		path := "tasks[" + itoa(i) + "]"
		f.need(path+".task", t.Task == "", `the task has no text; write task = "…"`)
		status := TaskStatus(f.vocab(path+".status", "status", t.Status, TaskStatuses))
		out = append(out, &Task{Pos: f.pos(path), Number: i + 1, Task: t.Task, Owner: t.Owner, Target: t.Target, Progress: t.Progress, Status: status})
	}
	return out
}
