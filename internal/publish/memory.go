package publish

// NewMemory returns a writer that keeps the files in memory instead of
// writing them to disk, for `gongkai serve`. It minifies and refuses two
// writers of one path exactly as a writer to disk does, so what it holds is
// byte for byte what a build would write. Commit and Abort do nothing; Dir
// is empty, so steps that need the files on disk (PDF printing) cannot run.
func NewMemory() *Writer { return NewMemorySized(0) }

// NewMemorySized is NewMemory for about n files (a rebuild: the last
// build's count), so that its maps are made at their size instead of
// growing file by file.
func NewMemorySized(n int) *Writer {
	return &Writer{m: newMinifier(), written: make(map[string]string, n), folders: make(map[string]folder, n),
		mem: make(map[string][]byte, n)}
}

func (w *Writer) keep(name string, data []byte) {
	w.mu.Lock()
	w.mem[name] = data
	w.mu.Unlock()
}

// Bytes returns a file written to a memory writer, or nil.
func (w *Writer) Bytes(name string) []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.mem[name]
}

// Memory returns the files of a memory writer by output path. The map is
// the writer's own: call it when the build is done, and do not change it.
func (w *Writer) Memory() map[string][]byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.mem
}
