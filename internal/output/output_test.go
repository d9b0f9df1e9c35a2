package output

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestOnceMakesEachKeyOnce: files asking for one value at once share one
// making of it.
func TestOnceMakesEachKeyOnce(t *testing.T) {
	m := Once()
	var made atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			v, err := m.Value("board 5", nil, func() (any, error) { made.Add(1); return 42, nil })
			if err != nil || v != 42 {
				t.Errorf("got %v, %v", v, err)
			}
		})
	}
	wg.Wait()
	if made.Load() != 1 {
		t.Errorf("made %d times, want once", made.Load())
	}
}

// TestCrashIsEveryonesError: a value whose making crashed is an error for
// every file that asks, not a nil value the next one trips over.
func TestCrashIsEveryonesError(t *testing.T) {
	m := Once()
	for i := range 2 {
		_, err := m.Value("board 5", nil, func() (any, error) { panic("boom") })
		var p *Panic
		if !errors.As(err, &p) || !strings.Contains(err.Error(), "board 5: gongkai failed (internal error: boom)") {
			t.Errorf("ask %d: got %v", i+1, err)
		}
	}
}

// TestNameKeepsTheInnermost: a panic named where the item is known keeps
// that name through the goroutine's Safely.
func TestNameKeepsTheInnermost(t *testing.T) {
	err := Safely("board 5", func() error {
		func() {
			defer Name("board 5: content/x.md")
			var m map[string]int
			m["x"]++
		}()
		return nil
	})
	if err == nil || !strings.HasPrefix(err.Error(), "board 5: content/x.md: gongkai failed") {
		t.Errorf("got %v", err)
	}
}
