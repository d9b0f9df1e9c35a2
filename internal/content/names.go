package content

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/gongkai/gongkai/internal/diag"
)

// File and folder names under content/ become addresses. An item's path is
// its permanent address: the URL readers bookmark and the QR code printed
// on board sheets. So the names of items and of the folders holding them
// are slugs: lower-case ASCII letters, digits, '-' and '_', starting with a
// letter or digit. Attachments (the other files, linked from items) keep
// the names offices give them, Chinese included, and are percent-encoded
// where they are linked; but ASCII spaces and punctuation that a Markdown
// link or a URL cannot carry as they are (# ? % & and the like) are refused,
// so every attachment can be linked by writing its name.

// slugName reports whether name may be part of an item's address.
func slugName(name string) bool {
	if name == "" || name[0] == '-' || name[0] == '_' {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// attachmentName reports whether name may be the name of an attachment or
// of a folder holding only attachments.
func attachmentName(name string) bool {
	if strings.TrimSpace(name) != name || name == "" {
		return false
	}
	for _, r := range name {
		if !attachmentRune(r) {
			return false
		}
	}
	return true
}

func attachmentRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.()", r)
	}
	return !unicode.IsSpace(r) && !unicode.IsControl(r) && unicode.IsPrint(r)
}

// suggestSlug turns name into a slug: lower case, spaces and other
// separators as '-', other characters dropped. It returns "" when nothing
// is left (a Chinese name: it must be written in pinyin).
func suggestSlug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r < 0x80 || unicode.IsSpace(r) || unicode.IsPunct(r):
			dash = true
		default:
			return "" // a letter of another script: no good guess
		}
	}
	return strings.Trim(b.String(), "-_")
}

// suggestAttachment replaces what an attachment name may not hold by '-',
// once for a run, and none next to a dot or at either end.
func suggestAttachment(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.TrimSpace(name) {
		switch {
		case !attachmentRune(r):
			dash = true
		case r == '.':
			b.WriteRune(r)
			dash = false
		default:
			if dash && b.Len() > 0 && !strings.HasSuffix(b.String(), ".") {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		}
	}
	return b.String()
}

// ItemNameProblem says what is wrong with one part of an item's path (a
// folder name, or the file name without ".md"; what is "folder" or "file")
// and what to write instead, or "" when it is a valid slug.
func ItemNameProblem(what, name, ext string) string {
	if slugName(name) {
		return ""
	}
	whose := "the item's permanent address"
	if what == "folder" {
		whose = "the permanent address of every item in it"
	}
	msg := fmt.Sprintf("%s name %q becomes part of %s (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'", what, name+ext, whose)
	if s := suggestSlug(name); s != "" {
		return msg + fmt.Sprintf("; rename the %s to %q", what, s+ext)
	}
	return msg + fmt.Sprintf("; rename the %s, writing Chinese words in pinyin (such as %q)", what, "ganbu-renmian"+ext)
}

// checkNames reports item and attachment names that cannot be addresses,
// each folder once, and returns the files and folders it reported.
func checkNames(files, resources []string) ([]diag.Diagnostic, map[string]bool) {
	var diags []diag.Diagnostic
	reported := map[string]bool{}
	report := func(d diag.Diagnostic) {
		diags = append(diags, d)
		reported[d.File] = true
	}
	itemDirs := map[string]bool{} // folders holding items, at any depth
	for _, f := range files {
		for d := path.Dir(f); d != Dir && d != "."; d = path.Dir(d) {
			itemDirs[d] = true
		}
	}
	taken := addresses(files, itemDirs)
	seen := map[string]bool{}
	folders := func(f string) {
		for d := path.Dir(f); d != Dir && d != "."; d = path.Dir(d) {
			if seen[d] {
				continue
			}
			seen[d] = true
			if msg := folderProblem(path.Base(d), itemDirs[d]); msg != "" {
				report(diag.Diagnostic{File: d, Msg: msg + takenNote(taken, d, "")})
			}
		}
	}
	for _, f := range files {
		folders(f)
		name := strings.TrimSuffix(path.Base(f), ".md")
		if msg := ItemNameProblem("file", name, ".md"); msg != "" {
			report(diag.Diagnostic{File: f, Line: 1, Msg: msg + takenNote(taken, f, ".md")})
		}
	}
	for _, f := range resources {
		folders(f)
		if name := path.Base(f); !attachmentName(name) {
			report(diag.Diagnostic{File: f, Msg: fmt.Sprintf(
				"file name %q cannot be written in a link as it is: an attachment's name may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to %q", name, suggestAttachment(name))})
		}
	}
	slices.SortFunc(diags, func(a, b diag.Diagnostic) int { return strings.Compare(a.File, b.File) })
	return diags, reported
}

// addresses are the items' addresses and the folders holding items, in
// lower case (as case-insensitive file systems and links read them), each
// with the files and folders that have it: "content/cadre/wang" →
// ["content/cadre/Wang.md", "content/cadre/wang.md"].
func addresses(files []string, itemDirs map[string]bool) map[string][]string {
	taken := map[string][]string{}
	add := func(k, p string) { taken[strings.ToLower(k)] = append(taken[strings.ToLower(k)], p) }
	for _, f := range files {
		add(strings.TrimSuffix(strings.TrimSuffix(f, ".md"), "/index"), f)
	}
	for d := range itemDirs {
		add(d, d)
	}
	for _, ps := range taken {
		slices.Sort(ps)
	}
	return taken
}

// takenNote warns when the name suggested for p (a file with extension
// ext, or an item folder) would give it the address of another item or
// folder: that one is there already (Wang.md beside wang.md), so the name
// to choose is another.
func takenNote(taken map[string][]string, p, ext string) string {
	s := suggestSlug(strings.TrimSuffix(path.Base(p), ext))
	if s == "" {
		return ""
	}
	for _, other := range taken[strings.ToLower(path.Join(path.Dir(p), s))] {
		if other != p && !strings.HasPrefix(other, p+"/") {
			return fmt.Sprintf("; but %s is there already with that address, so choose another name, or remove one of the two", other)
		}
	}
	return ""
}

func folderProblem(name string, holdsItems bool) string {
	if holdsItems {
		return ItemNameProblem("folder", name, "")
	}
	if attachmentName(name) {
		return ""
	}
	return fmt.Sprintf("folder name %q becomes part of the address of the files in it, and may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to %q", name, suggestAttachment(name))
}

// markdownName reports whether name is a Markdown file's name in any form
// ("x.md", "x.MD", "x.markdown"), which only "x.md" files are read as.
func markdownName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return (ext == ".md" || ext == ".markdown") && len(name) > len(ext)
}

// markdownFolder is the message about a folder named like a Markdown file.
func markdownFolder(name string) string {
	base := name[:len(name)-len(path.Ext(name))]
	return fmt.Sprintf("this is a folder named like a Markdown file, so nothing in it is read; rename the folder (to %q, if it holds an item's index.md and attachments), or make the item a file named %q", slugOr(base), slugOr(base)+".md")
}

// markdownFile is the message about a Markdown file whose name does not
// end in ".md", which is not read as an item.
func markdownFile(name string) string {
	base := name[:len(name)-len(path.Ext(name))]
	return fmt.Sprintf("only files whose names end in \".md\" are read as items, so this one is not; rename it to %q", slugOr(base)+".md")
}

// slugOr is name as a slug, or a sample slug when nothing of it is left.
func slugOr(name string) string {
	if s := suggestSlug(name); s != "" {
		return s
	}
	return "ganbu-renmian"
}
