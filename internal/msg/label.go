package msg

// A label says what kind of line follows "file:line: ".
type label int

// The labels of diagnostics and notes.
const (
	Error label = iota
	Warning
	Note
)

var labels = map[Lang][3]string{
	En: {"error: ", "warning: ", "note: "},
	Zh: {"错误：", "警告：", "提示："},
}

// Label returns a label as printed in the language l, with what follows
// it: "warning: ", or "警告：".
func Label(l Lang, k label) string {
	if ls, ok := labels[l]; ok {
		return ls[k]
	}
	return labels[En][k]
}
