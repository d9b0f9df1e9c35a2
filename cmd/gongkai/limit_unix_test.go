//go:build unix

package main

import (
	"strconv"

	"golang.org/x/sys/unix"
)

// limitFileSize makes every write past n bytes of a file fail (EFBIG), as a
// full disk would; n is GONGKAI_TEST_FSIZE, and "" sets no limit.
func limitFileSize(n string) {
	if n, err := strconv.ParseUint(n, 10, 64); err == nil {
		_ = unix.Setrlimit(unix.RLIMIT_FSIZE, &unix.Rlimit{Cur: n, Max: n})
	}
}
