package publish

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
)

// WriteStream writes as it is (not minified) what write writes, piece by
// piece: a file as large as the site (index.json) is written to disk as
// it is made, so a build holds no copy of it. An error of write is
// returned as it is, one of the disk named as put names it; either way
// the build is to be aborted (the file may be cut short). A memory
// writer keeps the whole file, as WriteRaw would.
func (w *Writer) WriteStream(name, who string, write func(io.Writer) error) error {
	if err := w.claim(name, who); err != nil {
		return err
	}
	if w.mem != nil {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		return w.put(name, b.Bytes())
	}
	w.gate.RLock()
	defer w.gate.RUnlock()
	if err := w.ready(name); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(w.tmp, filepath.FromSlash(name)), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return w.writeError(name, err)
	}
	disk := &diskWriter{f: f}
	buf := bufio.NewWriterSize(disk, streamBuffer)
	err = write(buf)
	if err == nil {
		buf.Flush()
	}
	if err == nil && disk.err == nil && w.umasked {
		disk.err = f.Chmod(0o644)
	}
	if cerr := f.Close(); disk.err == nil {
		disk.err = cerr
	}
	if disk.err != nil {
		return w.writeError(name, disk.err)
	}
	return err
}

// streamBuffer is how much of a streamed file is written to disk at once.
const streamBuffer = 64 << 10

// diskWriter is a file that keeps its first error, so that WriteStream
// tells the disk's errors from those of what writes to it.
type diskWriter struct {
	f   *os.File
	err error
}

func (d *diskWriter) Write(p []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	n, err := d.f.Write(p)
	d.err = err
	return n, err
}
