package sitefs

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// beneath opens files of the site with openat2(RESOLVE_BENEATH) from a
// descriptor of the site folder: the kernel follows symbolic links and
// refuses, in the same one call, a path whose resolution leaves the
// folder. It saves Open the walk of every folder of the path
// (filepath.EvalSymlinks) that check does. What the kernel refuses (an
// escape, but also an absolute link that stays inside, a link too deep)
// and every other failure are left to check and os.DirFS, so what Open
// returns or refuses is what it did without this path.
type beneath struct {
	fd int // the site folder, O_PATH; -1 when it could not be opened
}

// noOpenat2 is set once the kernel is found without openat2 (before 5.6).
var noOpenat2 atomic.Bool

// newBeneath opens root for f, closed when f is collected.
func newBeneath(f *FS) {
	f.fast.fd = -1
	fd, err := unix.Open(f.root, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	f.fast.fd = fd
	runtime.AddCleanup(f, func(fd int) { unix.Close(fd) }, fd)
}

// open opens name beneath the site folder, or returns nil when the slow
// path must decide.
func (b *beneath) open(root, name string) fs.File {
	if b.fd < 0 || noOpenat2.Load() {
		return nil
	}
	fd, err := unix.Openat2(b.fd, name, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_LARGEFILE,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	})
	if err == unix.ENOSYS {
		noOpenat2.Store(true)
	}
	if err != nil {
		return nil
	}
	return os.NewFile(uintptr(fd), filepath.Join(root, filepath.FromSlash(name)))
}
