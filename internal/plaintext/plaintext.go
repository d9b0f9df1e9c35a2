package plaintext

import (
	"bytes"
	"unicode/utf8"
)

// BOM is the UTF-8 byte order mark some Windows editors put first; it is
// not part of the text.
const BOM = "\ufeff"

// Check returns the line (from 1) of the first thing in data that is not
// UTF-8 text and says what is wrong and what to do, or 0 and "" when data
// is text.
func Check(data []byte) (line int, problem string) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return 1, "the file is saved as UTF-16 (“Unicode”); save it as UTF-8 text (记事本: 另存为 → 编码 UTF-8)"
	}
	bad := firstInvalid(data)
	nul := bytes.IndexByte(data, 0)
	switch {
	case nul >= 0 && (bad < 0 || nul < bad):
		return lineAt(data, nul), "the file holds a NUL byte, so it is not a text file; save it as UTF-8 text, or if it is not text give it another name"
	case bad >= 0:
		return lineAt(data, bad), "the file is not UTF-8 text (is it saved as GBK?); save it as UTF-8 (记事本: 另存为 → 编码 UTF-8)"
	}
	return 0, ""
}

// lineAt is the line, from 1, of byte offset i.
func lineAt(data []byte, i int) int { return 1 + bytes.Count(data[:i], []byte("\n")) }

// firstInvalid is the offset of the first byte that is not part of a
// UTF-8 character, or -1.
func firstInvalid(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
