//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package publish

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// lockFile takes the lock of a file just made, held while it stays open.
// Where the file system has no locks, the folder is taken to be in use
// while it is young (see busy).
func lockFile(f *os.File) error {
	if err := flock(f, unix.LOCK_EX|unix.LOCK_NB); err != nil && !noLocks(err) {
		return err
	}
	return nil
}

// keepOpen keeps the locked marker open until the build ends.
func keepOpen(f *os.File) *os.File { return f }

// lockDir waits for the lock of dir (the output's parent), under which
// builds swap, recover and clean one at a time. Where the file system has
// no locks, builds go on without it.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := flock(f, unix.LOCK_EX); err != nil {
		f.Close()
		if noLocks(err) {
			return func() {}, nil
		}
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
	switch err := flock(f, unix.LOCK_EX|unix.LOCK_NB); {
	case err == nil:
		return false
	case errors.Is(err, unix.EWOULDBLOCK):
		return true
	default:
		return young(dir) // the lock cannot be tried here
	}
}

func flock(f *os.File, how int) error {
	for {
		err := unix.Flock(int(f.Fd()), how)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// noLocks reports whether err says the file system has no flock (some
// network file systems).
func noLocks(err error) bool {
	return errors.Is(err, unix.ENOLCK) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.ENOSYS)
}
