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
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	lines := bytes.SplitAfter(data, []byte("\n"))
	if string(bytes.TrimSpace(lines[0])) != delim {
		return fail(1, `the file must start with front matter: a line "+++", then keys such as title = "…", then a line "+++"`)
	}
	offset := len(lines[0])
	for i := 1; i < len(lines); i++ {
		if string(bytes.TrimSpace(lines[i])) == delim {
			fm = string(data[len(lines[0]):offset])
			return fm, 2, data[offset+len(lines[i]):], i + 2, nil
		}
		offset += len(lines[i])
	}
	return fail(1, `the front matter opened by "+++" on line 1 is never closed; add a line "+++" after its last key`)
}

// parseFrontMatter decodes front matter text into its raw form.
func parseFrontMatter(file, fm string, line int) (*frontMatter, *tomlx.Meta, []diag.Diagnostic) {
	var f frontMatter
	meta, diags := tomlx.Decode(file, line, fm, &f)
	return &f, meta, diags
}
