//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package publish

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// lockFile takes the lock of a file just made, held while it stays open.
func lockFile(f *os.File) error {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
}

// keepOpen keeps the locked marker open until the build ends.
func keepOpen(f *os.File) *os.File { return f }

// lockDir waits for the lock of dir (the output's parent), under which
// builds swap, recover and clean one at a time.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, &os.PathError{Op: "flock", Path: dir, Err: err}
	}
	return func() { f.Close() }, nil
}

// busy reports whether a running build holds the lock of dir's marker.
func busy(dir string) bool {
	f, err := os.Open(filepath.Join(dir, Marker))
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB), unix.EWOULDBLOCK)
}
