package report

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
)

// The parts of the annual report that are words, not figures: the office
// writes them in records/annual-YYYY.md (AnnualTextFile), one "## " heading
// each, and the report takes them in place of its placeholders.
const (
	partOverview = "一、总体情况"
	partProblems = "五、存在的主要问题及改进情况"
	partOther    = "六、其他需要报告的事项"
)

var textParts = []string{partOverview, partProblems, partOther}

// AnnualTextFile is the file, in the site folder, of the annual report's
// text parts for year.
func AnnualTextFile(year int) string { return fmt.Sprintf("records/annual-%d.md", year) }

// ParseAnnualText reads the text parts of file: each "## " heading names a
// part (partOverview, partProblems, partOther) and the lines under it, up
// to the next heading, are its Markdown. Text before the first heading, a
// heading that names no part or names one twice is an error.
func ParseAnnualText(file string, data []byte) (map[string]string, []diag.Diagnostic) {
	parts := map[string]string{}
	var cur string
	var body []string
	flush := func() {
		if cur != "" {
			parts[cur] = strings.TrimSpace(strings.Join(body, "\n"))
		}
		body = nil
	}
	fail := func(line int, format string, args ...any) (map[string]string, []diag.Diagnostic) {
		return nil, []diag.Diagnostic{{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}}
	}
	want := "## " + strings.Join(textParts, ", ## ")
	for i, l := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		h, ok := strings.CutPrefix(l, "## ")
		if !ok {
			if cur == "" && strings.TrimSpace(l) != "" {
				return fail(i+1, "text before the first part; begin the file with a heading: %s", want)
			}
			body = append(body, l)
			continue
		}
		flush()
		cur = strings.TrimSpace(h)
		switch _, seen := parts[cur]; {
		case !contains(textParts, cur):
			return fail(i+1, "## %s is no part of the annual report written in words; write one of: %s", cur, want)
		case seen:
			return fail(i+1, "## %s is written twice; keep one", cur)
		}
		parts[cur] = ""
	}
	flush()
	return parts, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// part is the office's text of a part, or the placeholder.
func (a *Annual) part(name, placeholder string) string {
	if t := a.Text[name]; t != "" {
		return t
	}
	return placeholder
}
