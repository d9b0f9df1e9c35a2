//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package publish

import (
	"io"
	"io/fs"

	"golang.org/x/sys/unix"
)

// writeFile writes data to the new file name, 0644 (made so when chmod
// is set, the umask taking bits), with the descriptor itself: an os.File
// would stat the file to learn it is not pollable and register a cleanup,
// for each of a build's thousands of files. Its errors are os.OpenFile's
// and os.File.Write's, naming the operation and the file.
func writeFile(name string, data []byte, chmod bool) error {
	fd, err := retry(func() (int, error) {
		return unix.Open(name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o644)
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = retry(func() (int, error) { return unix.Write(fd, data) })
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		data = data[max(n, 0):]
	}
	if err != nil {
		err = &fs.PathError{Op: "write", Path: name, Err: err}
	} else if chmod {
		if err = unix.Fchmod(fd, 0o644); err != nil {
			err = &fs.PathError{Op: "chmod", Path: name, Err: err}
		}
	}
	if cerr := unix.Close(fd); err == nil && cerr != nil {
		err = &fs.PathError{Op: "close", Path: name, Err: cerr}
	}
	return err
}

// retry calls f again while it is interrupted by a signal.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != unix.EINTR {
			return n, err
		}
	}
}
