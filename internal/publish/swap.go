package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// errNoExchange says the system cannot exchange two folders in one step.
var errNoExchange = errors.New("exchange not supported")

// Commit swaps the new output in for the old one. The destination is at
// every moment the complete previous output or the complete new one (see
// the package doc for the two-rename swap, where exchange is missing).
func (w *Writer) Commit() error {
	if w.mem != nil {
		return nil
	}
	if !w.setState(committing) {
		return errCancelled
	}
	w.pause("commit")
	unlock, err := lockDir(filepath.Dir(w.dest))
	if err != nil {
		w.remove(w.tmp)
		return fmt.Errorf("output folder %s: cannot lock %s: %w", w.dest, filepath.Dir(w.dest), unwrapPath(err))
	}
	previous, err := w.swap()
	unlock()
	if err != nil {
		w.remove(w.tmp)
		return err
	}
	w.pause("swapped")
	w.remove(previous)
	return nil
}

// swap puts the temporary folder in place of the destination, under the
// parent's lock, and returns where the previous output now is.
func (w *Writer) swap() (previous string, err error) {
	recoverSwap(w.dest)
	if err := checkDest(w.dest, w.opts); err != nil {
		return "", err // another build may have put another scope there meanwhile
	}
	w.pause("swap")
	if _, err := os.Lstat(w.dest); errors.Is(err, fs.ErrNotExist) {
		return "", w.rename(w.tmp, w.dest)
	}
	if w.opts.Test == nil || !w.opts.Test.NoExchange {
		err := exchange(w.tmp, w.dest)
		if !errors.Is(err, errNoExchange) {
			return w.tmp, w.swapError(err)
		}
	}
	return w.swapByRenames()
}

// swapByRenames moves the destination aside to <tmp>.old, then the new
// output in. A build killed between the two leaves no destination, and the
// previous output in <tmp>.old, which recoverSwap puts back.
func (w *Writer) swapByRenames() (string, error) {
	old := w.tmp + oldSuffix
	if err := os.Rename(w.dest, old); err != nil {
		return "", fmt.Errorf("moving the previous output %s aside: %w", w.dest, unwrapPath(err))
	}
	w.pause("renamed")
	if err := os.Rename(w.tmp, w.dest); err != nil {
		_ = os.Rename(old, w.dest)
		return "", w.swapError(err)
	}
	return old, nil
}

func (w *Writer) rename(from, to string) error { return w.swapError(os.Rename(from, to)) }

func (w *Writer) swapError(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("putting the new output in place at %s: %w", w.dest, unwrapPath(err))
}

// Cancel stops the build: later writes fail, and the temporary folder is
// removed, unless Commit has begun, in which case the swap goes on and
// Cancel reports false.
func (w *Writer) Cancel() bool {
	if w.mem != nil {
		return true
	}
	w.setState(cancelled)
	if !w.cancelled() {
		return false
	}
	// Every caller (the build's own Abort, the signal's Cancel) returns
	// only when the folder is gone, so no exit cuts the removal short.
	w.cancelOnce.Do(func() { w.remove(w.tmp) })
	return true
}

// Abort throws the temporary folder away; the destination is untouched.
// It does nothing once Commit has begun.
func (w *Writer) Abort() { w.Cancel() }

// setState moves an open writer to s, after the writes in progress.
func (w *Writer) setState(s state) bool {
	w.gate.Lock()
	defer w.gate.Unlock()
	if w.state != open {
		return false
	}
	w.state = s
	return true
}

func (w *Writer) cancelled() bool {
	w.gate.RLock()
	defer w.gate.RUnlock()
	return w.state == cancelled
}

// remove removes dir, the temporary folder or the previous output, then
// lets go of the marker's lock.
func (w *Writer) remove(dir string) {
	if dir != "" {
		removeTree(dir)
	}
	if w.marker != nil {
		w.marker.Close()
		w.marker = nil
	}
}

// removeTree removes a folder of gongkai's with its marker last, so that a
// removal cut short by a kill leaves a folder the next build still
// recognises by its marker, or an empty one. What is left, the next build
// removes.
func removeTree(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != Marker {
			_ = os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	_ = os.Remove(filepath.Join(dir, Marker))
	_ = os.Remove(dir)
}
