package msg

import (
	"io"
	"sync"
)

// Writer translates what is written to it, one Write at a time (one
// fmt.Fprintf, one message), into its language before passing it on. It
// may be written from several goroutines.
type Writer struct {
	mu   sync.Mutex
	w    io.Writer
	lang Lang
}

// NewWriter returns a Writer to w in the language l.
func NewWriter(w io.Writer, l Lang) *Writer { return &Writer{w: w, lang: l} }

// Lang is the language w writes in.
func (w *Writer) Lang() Lang { return w.lang }

// Write writes p translated; it reports len(p) written when all of the
// translation was.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lang == En {
		return w.w.Write(p)
	}
	if _, err := io.WriteString(w.w, Translate(w.lang, string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
