package board_test

import (
	"os"
	"testing"
)

var tempRoot string

// TestMain gives the example build a folder that outlives single tests and
// is removed at the end.
func TestMain(m *testing.M) {
	code := m.Run()
	if tempRoot != "" {
		_ = os.RemoveAll(tempRoot)
	}
	os.Exit(code)
}

func mkTemp() (string, error) {
	dir, err := os.MkdirTemp("", "gongkai-board-")
	tempRoot = dir
	return dir, err
}
