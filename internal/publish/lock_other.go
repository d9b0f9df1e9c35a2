//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package publish

import "os"

// Without flock, a build's temporary folder cannot say it is in use: a
// cleaner leaves alone any leftover younger than staleAfter, and builds are
// not kept from swapping at the same moment.

func lockFile(*os.File) error { return nil }

func keepOpen(f *os.File) *os.File {
	f.Close()
	return nil
}

func lockDir(string) (func(), error) { return func() {}, nil }

func busy(dir string) bool { return young(dir) }
