package content

import (
	"bytes"
	"fmt"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/plaintext"
	"github.com/gongkai/gongkai/internal/tomlx"
)

const delim = "+++"

// split cuts a file into front matter and body. It returns the front matter
// text, the line its first line is on, the body and the line the body starts
// on. Problems are diagnostics about file.
func split(file string, data []byte) (fm string, fmLine int, body []byte, bodyLine int, d *diag.Diagnostic) {
	fail := func(line int, format string, args ...any) (string, int, []byte, int, *diag.Diagnostic) {
		return "", 0, nil, 0, &diag.Diagnostic{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if line, problem := plaintext.Check(data); problem != "" {
		return fail(line, "%s", problem)
	}
	data = bytes.TrimPrefix(data, []byte(plaintext.BOM))
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(1, `the file is empty; start it with front matter: a line "+++", title = "…", date = 2026-11-20, category = "…", then "+++"`)
	}
	if bytes.Contains(data, []byte("\r\n")) {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	// The body is a part of data, not a copy, and lines are read one by
	// one up to the closing "+++", not split out of the whole file.
	first := lineEnd(data, 0)
	if string(bytes.TrimSpace(data[:first])) != delim {
		return fail(1, `the file must start with front matter: a line "+++", then keys such as title = "…", then a line "+++"`)
	}
	for i, offset := 1, first; offset < len(data); i++ {
		next := lineEnd(data, offset)
		if string(bytes.TrimSpace(data[offset:next])) == delim {
			return string(data[first:offset]), 2, data[next:], i + 2, nil
		}
		offset = next
	}
	return fail(1, `the front matter opened by "+++" on line 1 is never closed; add a line "+++" after its last key`)
}

// lineEnd is where the line of data starting at offset ends: after its
// "\n", or at the end of data.
func lineEnd(data []byte, offset int) int {
	if i := bytes.IndexByte(data[offset:], '\n'); i >= 0 {
		return offset + i + 1
	}
	return len(data)
}

// parseFrontMatter decodes front matter text into its raw form.
func parseFrontMatter(file, fm string, line int) (*frontMatter, *tomlx.Meta, []diag.Diagnostic) {
	var f frontMatter
	meta, diags := tomlx.Decode(file, line, fm, &f)
	return &f, meta, diags
}
