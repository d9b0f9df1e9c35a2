package layout

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"slices"
	"strings"
)

// Digest is a version of the layouts whose paths keep accepts ("kiosk-
// display.html", "partials/kiosk-script.html"): a hash of their paths and
// contents, as this Set read them. It changes when one of them is edited,
// added, removed or overridden by the site, and with nothing else.
func (s *Set) Digest(keep func(path string) bool) string { return digest(s.sums, keep) }

// Digest is Set.Digest for the layouts of a site and theme, read without
// parsing them (gongkai screens compares it with what screens report).
func Digest(site fs.FS, theme string, keep func(path string) bool) string {
	return digest(sums(Resolve(Layers(site, theme, "layouts"))), keep)
}

// sums hashes each file; a file that cannot be read hashes as empty (the
// build reports it).
func sums(files []File) map[string][32]byte {
	out := make(map[string][32]byte, len(files))
	for _, f := range files {
		data, _ := fs.ReadFile(f.Layer.FS, f.Path)
		out[f.Path] = sha256.Sum256(data)
	}
	return out
}

func digest(sums map[string][32]byte, keep func(path string) bool) string {
	var paths []string
	for p := range sums {
		if keep(p) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	h := sha256.New()
	for _, p := range paths {
		sum := sums[p]
		h.Write([]byte(strings.ReplaceAll(p, "\n", "") + "\n"))
		h.Write(sum[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}
