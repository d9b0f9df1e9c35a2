package publish

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// The temporary folder of a build into /srv/www/public is
// /srv/www/.public.tmp-<digits>, and the previous output moved aside by a
// two-rename swap is that name plus ".old".
const oldSuffix = ".old"

func tmpPrefix(dest string) string { return "." + filepath.Base(dest) + ".tmp-" }

// leftover reports whether name, in dest's parent, is named as gongkai
// names its temporary folders for dest, and whether it is a moved-aside
// previous output.
func leftover(dest, name string) (ok, old bool) {
	rest, found := strings.CutPrefix(name, tmpPrefix(dest))
	if !found {
		return false, false
	}
	rest, old = strings.CutSuffix(rest, oldSuffix)
	return digits.MatchString(rest), old
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// recoverSwap finishes a two-rename swap that a killed build left half
// done: when dest is missing and the previous output is beside it,
// moved aside, it is put back. Callers hold the parent's lock.
func recoverSwap(dest string) {
	if _, err := os.Lstat(dest); !os.IsNotExist(err) {
		return
	}
	var newest string
	var newestTime int64
	for _, dir := range leftovers(dest) {
		if _, old := leftover(dest, filepath.Base(dir)); !old {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, Marker))
		if err != nil {
			continue
		}
		if t := fi.ModTime().UnixNano(); newest == "" || t > newestTime {
			newest, newestTime = dir, t
		}
	}
	if newest != "" {
		_ = os.Rename(newest, dest)
	}
}

// cleanLeftovers removes the folders that killed builds into dest left
// beside it: named as gongkai names them, with gongkai's marker inside (or
// empty), and not locked by a build still running. A previous output moved
// aside (.old) is never in use outside a swap, which holds the parent's
// lock, as callers do.
func cleanLeftovers(dest string) {
	for _, dir := range leftovers(dest) {
		if _, err := os.Lstat(filepath.Join(dir, Marker)); err != nil {
			_ = os.Remove(dir) // only if empty: killed before its marker was written
			continue
		}
		if _, old := leftover(dest, filepath.Base(dir)); old || !busy(dir) {
			removeTree(dir)
		}
	}
}

// staleAfter is how long a temporary folder whose lock cannot be tried
// (no flock on this system or file system) is taken to be in use.
const staleAfter = time.Hour

// young reports whether dir's marker was written less than staleAfter ago.
func young(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, Marker))
	return err == nil && time.Since(fi.ModTime()) < staleAfter
}

// leftovers lists the folders beside dest named as gongkai's temporary
// folders for dest.
func leftovers(dest string) []string {
	parent := filepath.Dir(dest)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if ok, _ := leftover(dest, e.Name()); ok && e.IsDir() {
			out = append(out, filepath.Join(parent, e.Name()))
		}
	}
	return out
}
