package output

import (
	"fmt"
	"runtime/debug"
)

// Panic is a crash of gongkai's own code turned into an error, so that a
// running `gongkai serve` shows it and goes on. Error names what was being
// made; Stack is for the terminal.
type Panic struct {
	What  string // "board 5: content/x.md", "kiosk \"lobby\""
	Value any    // what was passed to panic
	Stack []byte
}

func (p *Panic) Error() string {
	return fmt.Sprintf("%s: gongkai failed (internal error: %v); please report it with this message", p.What, p.Value)
}

// Safely calls fn and returns its error, or a *Panic naming what when fn
// panics. Use it in every goroutine a channel starts: a panic there cannot
// be recovered anywhere else, and ends the whole program, serve included.
func Safely(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = asPanic(what, r)
		}
	}()
	return fn()
}

// Name, deferred, names a panic on its way up with what is being made,
// which the goroutine's Safely further up no longer knows: the item.
//
//	defer output.Name("board 5: " + it.File)
func Name(what string) {
	if r := recover(); r != nil {
		panic(asPanic(what, r))
	}
}

func asPanic(what string, r any) *Panic {
	if p, ok := r.(*Panic); ok { // named already, closer to where it happened
		return p
	}
	return &Panic{What: what, Value: r, Stack: debug.Stack()}
}
