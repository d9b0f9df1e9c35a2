package build

import (
	"errors"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/output"
)

// TestAsidePanicsWhereItIsWaitedFor: a crash of check's rules, which run on
// a goroutine of their own, reaches the goroutine that waits for them
// (where serve recovers) as a named *output.Panic with the crash's stack,
// instead of ending the program.
func TestAsidePanicsWhereItIsWaitedFor(t *testing.T) {
	wait := aside("check", func() []diag.Diagnostic { panic("boom") })
	defer func() {
		r := recover()
		err, _ := r.(error)
		var p *output.Panic
		if !errors.As(err, &p) || p.What != "check" || p.Value != "boom" || !strings.Contains(string(p.Stack), "aside_test.go") {
			t.Fatalf("waiting for a crashed check gave %#v, want a *output.Panic named check with the crash's stack", r)
		}
	}()
	wait()
	t.Fatal("waiting for a crashed check did not panic")
}

func TestAsideReturnsWhatItMade(t *testing.T) {
	want := []diag.Diagnostic{{File: "a.md", Line: 3, Msg: "x"}}
	if got := aside("check", func() []diag.Diagnostic { return want })(); len(got) != 1 || got[0] != want[0] {
		t.Fatalf("aside gave %v, want %v", got, want)
	}
}
