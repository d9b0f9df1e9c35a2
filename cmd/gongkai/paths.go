package main

import (
	"os"
	"path/filepath"
	"strings"
)

// abs makes a path given on the command line absolute, once, here at the
// edge: the code below never depends on the working folder (a file URL for
// the PDF printer, a watcher, a message).
func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// absOrEmpty is abs, keeping "" (an option not given) as it is.
func absOrEmpty(p string) string {
	if p == "" {
		return ""
	}
	return abs(p)
}

// shown is an absolute path as the user would write it: relative to the
// working folder when inside it.
func shown(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return rel
}
