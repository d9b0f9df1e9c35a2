//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package publish

// writeFile writes data to the new file name, 0644 (made so when chmod
// is set).
func writeFile(name string, data []byte, chmod bool) error {
	return writeFileOS(name, data, chmod)
}
