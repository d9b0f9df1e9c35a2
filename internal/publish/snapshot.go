package publish

import "maps"

// Snapshot is what a memory writer has written at one moment: the files
// and who wrote each. A build that takes most files of the last one as
// they are (serve) starts from it instead of writing each again.
type Snapshot struct {
	mem     map[string][]byte
	written map[string]string
	folders map[string]folder
}

// Snapshot returns what the memory writer w has written so far.
func (w *Writer) Snapshot() *Snapshot {
	w.mu.Lock()
	defer w.mu.Unlock()
	return &Snapshot{mem: maps.Clone(w.mem), written: maps.Clone(w.written), folders: maps.Clone(w.folders)}
}

// NewMemoryFrom returns a memory writer that has written what snap
// holds. It takes snap's maps as its own: do not use snap again.
func NewMemoryFrom(snap *Snapshot) *Writer {
	w := NewMemorySized(0)
	w.mem, w.written, w.folders = snap.mem, snap.written, snap.folders
	*snap = Snapshot{}
	return w
}

// Unwrite takes back a file the writer has written (its bytes and who
// wrote it; the folders it is in stay recorded as theirs), so that it may
// be written again.
func (w *Writer) Unwrite(name string) {
	w.mu.Lock()
	delete(w.written, name)
	delete(w.mem, name)
	w.mu.Unlock()
}
