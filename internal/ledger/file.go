package ledger

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/plaintext"
)

// File is the ledger's name in the site folder.
const File = "urls.txt"

// Retired is the word that marks an address retired on purpose.
const Retired = "retired"

// numberMark introduces an item's 文号 on its line.
const numberMark = "文号："

// header opens a new ledger.
var header = []string{
	"# 网址台账（urls.txt）：本站公开发布过的网址，每行一个，按网址排序。",
	"# 读者可能收藏、转发或从公开栏二维码打开这些网址，所以它们必须一直能打开。",
	"# gongkai build 每次检查：这里的每个网址，新的构建都必须仍有页面、附件或跳转页（aliases），",
	"# 否则构建失败并说明该怎么写；构建成功后，新发布的网址自动加入本文件。",
	"# 请把本文件与网站内容一起提交（git），不要删除或手工删行。",
	"# 每行：网址  列入日期  标题  文号：……（--now 早于列入日期的构建不检查该行）",
	"# 事项改名或移动：在新文件的前置元数据里写 aliases = [\"/旧/网址/\"]。",
	"# 有意停用一个网址：把该行改为  /旧/网址/  retired 2026-12-01 原因",
}

// Entry is one address of the ledger.
type Entry struct {
	Path    string       // from the site root, without "/": "cadre/wang/", "cadre/附件.pdf", "" (home)
	Since   calendar.Day // the --now of the build that listed it; zero when not written
	Title   string       // an item page's title when it was listed
	Number  string       // an item page's 文号 when it was listed
	Retired bool         // retired on purpose: no longer checked
	Line    int          // its line in urls.txt; 0 for an address a build adds
	Source  string       // an address a build adds: the file that publishes it ("content/cadre/wang.md")

	text   string   // the line as written
	before []string // the comment and blank lines above it, which stay with it
}

// Ledger is urls.txt as read.
type Ledger struct {
	Entries []*Entry // in file order
	head    []string // the comment block that opens the file
	tail    []string // comment and blank lines after the last address
	byPath  map[string]*Entry
}

// New is the ledger of a site that has none yet.
func New() *Ledger { return &Ledger{head: header, byPath: map[string]*Entry{}} }

// Lookup returns the entry of an address, or nil.
func (l *Ledger) Lookup(path string) *Entry { return l.byPath[path] }

// Parse reads urls.txt. Lines it cannot read are reported at their line
// and left out.
func Parse(data []byte) (*Ledger, []diag.Diagnostic) {
	if line, problem := plaintext.Check(data); problem != "" {
		return New(), []diag.Diagnostic{{File: File, Line: line, Msg: problem}}
	}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), plaintext.BOM), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return New(), nil // an empty file: as if there were none, header included
	}
	l := &Ledger{byPath: map[string]*Entry{}}
	var diags []diag.Diagnostic
	var pending []string
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			pending = append(pending, line)
			continue
		}
		if len(l.Entries) == 0 && len(l.head) == 0 {
			l.head, pending = pending, nil
		}
		e, problem := parseLine(trimmed)
		if problem != "" {
			diags = append(diags, diag.Diagnostic{File: File, Line: i + 1, Msg: problem})
			continue
		}
		e.Line, e.text, e.before, pending = i+1, line, pending, nil
		if prev := l.byPath[e.Path]; prev != nil {
			diags = append(diags, diag.Diagnostic{File: File, Line: e.Line, Msg: fmt.Sprintf(
				"%s is listed twice, here and on line %d; remove one of the two lines", "/"+e.Path, prev.Line)})
			continue
		}
		l.byPath[e.Path] = e
		l.Entries = append(l.Entries, e)
	}
	if len(l.Entries) == 0 {
		l.head, pending = pending, nil
	}
	l.tail = pending
	return l, diags
}

// lineForm is how a line is written, for messages.
const lineForm = `write an address from the site root, such as "/cadre/wang/", optionally followed by the day it was listed and a note, or "retired" and the reason; a line starting with "#" is a comment`

// parseLine reads one line that is not a comment.
func parseLine(line string) (*Entry, string) {
	fields := strings.Fields(line)
	raw := fields[0]
	if !strings.HasPrefix(raw, "/") {
		return nil, fmt.Sprintf("%q is not an address: %s", raw, lineForm)
	}
	p, err := url.PathUnescape(raw)
	if err != nil {
		p = raw
	}
	e := &Entry{Path: content.Address(strings.TrimPrefix(p, "/"))}
	rest := strings.TrimSpace(line[len(raw):])
	if word, after := cutWord(rest); looksLikeDay(word) {
		day, err := calendar.Parse(word)
		if err != nil {
			return nil, fmt.Sprintf("%q is not a day; write the day it was listed as 2026-11-27", word)
		}
		e.Since, rest = day, after
	}
	if word, after := cutWord(rest); word == Retired {
		e.Retired = true
		return e, retiredDay(after)
	}
	e.Title, e.Number = splitNote(rest)
	return e, ""
}

// retiredDay checks the day written after "retired", if any.
func retiredDay(rest string) string {
	if word, _ := cutWord(rest); looksLikeDay(word) {
		if _, err := calendar.Parse(word); err != nil {
			return fmt.Sprintf("%q is not a day; write the day the address was retired as 2026-12-01", word)
		}
	}
	return ""
}

// splitNote cuts the note of a line into the title and the 文号.
func splitNote(note string) (title, number string) {
	if i := strings.LastIndex(note, numberMark); i >= 0 {
		return strings.TrimSpace(note[:i]), strings.TrimSpace(note[i+len(numberMark):])
	}
	return note, ""
}

func cutWord(s string) (word, rest string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i:])
	}
	return s, ""
}

// looksLikeDay reports whether a word is meant as a day: it starts with
// four digits and a dash.
func looksLikeDay(w string) bool {
	return len(w) >= 5 && w[4] == '-' && strings.Trim(w[:4], "0123456789") == ""
}

// String is the line of a new entry.
func (e *Entry) String() string {
	var b strings.Builder
	b.WriteString("/" + e.Path)
	if !e.Since.IsZero() {
		b.WriteString("  " + e.Since.String())
	}
	if e.Title != "" {
		b.WriteString("  " + oneLine(e.Title))
	}
	if e.Number != "" {
		b.WriteString("  " + numberMark + oneLine(e.Number))
	}
	return b.String()
}

// oneLine keeps a title on its line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// With returns the file with the entries added, every address sorted, and
// what was written kept as it was: each line with the comments above it,
// the header, the comments at the end.
func (l *Ledger) With(added []*Entry) []byte {
	all := slices.Concat(l.Entries, added)
	slices.SortStableFunc(all, func(a, b *Entry) int { return strings.Compare(a.Path, b.Path) })
	var b strings.Builder
	for _, line := range l.head {
		b.WriteString(line + "\n")
	}
	for _, e := range all {
		for _, line := range e.before {
			b.WriteString(line + "\n")
		}
		if e.text != "" {
			b.WriteString(e.text + "\n")
		} else {
			b.WriteString(e.String() + "\n")
		}
	}
	for _, line := range l.tail {
		b.WriteString(line + "\n")
	}
	return []byte(b.String())
}
