//go:build !unix

package main

// limitFileSize does nothing where there is no RLIMIT_FSIZE; the test that
// needs it runs on Unix only.
func limitFileSize(string) {}
