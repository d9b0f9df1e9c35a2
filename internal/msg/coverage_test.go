package msg

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// notForEditors are the folders whose text no editor reads: tools that
// make the code's data, generators of test sites, test helpers.
var notForEditors = []string{
	"bench", "internal/synth", "internal/textfit/gen", "internal/textfit/metricsgen",
	"internal/browser/browsertest", "internal/textfit/textfittest",
	"internal/msg", // the catalogue itself
}

// english says whether a text is a sentence in English: two words of
// letters, no Chinese, and not HTML.
var english = regexp.MustCompile(`[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}`)

// A found text is one English literal of the code.
type found struct {
	Pos    string
	Format string
}

// TestCatalogueCoversTheCode: every English text of gongkai's code that
// may reach an editor (a literal, or the format a concatenation of
// literals and values makes) has its Chinese in the catalogue, and every
// entry takes the same arguments the same way in both languages.
func TestCatalogueCoversTheCode(t *testing.T) {
	var missing []found
	for _, f := range englishTexts(t) {
		if !covered(f.Format) {
			missing = append(missing, f)
		}
	}
	if dump := os.Getenv("GONGKAI_MSG_DUMP"); dump != "" {
		data, _ := json.MarshalIndent(missing, "", " ")
		os.WriteFile(dump, data, 0o644)
	}
	if len(missing) > 0 {
		var b strings.Builder
		seen := map[string]bool{}
		for _, f := range missing {
			fmt.Fprintf(&b, "\t// %s\n", f.Pos)
			if !seen[f.Format] {
				fmt.Fprintf(&b, "\t%s: ``,\n", quote(f.Format))
			}
			seen[f.Format] = true
		}
		t.Errorf("%d English texts have no Chinese; add these entries to internal/msg/catalogue.go, "+
			"each with its Chinese format (same verbs for the same arguments; %%[2]q to reorder), "+
			"or list a text no editor reads, with the reason, in ignored (internal/msg/ignored_test.go):\n%s", len(missing), b.String())
	}
}

// TestCatalogueVerbsMatch: a Chinese format takes the arguments of its
// English format with the same verbs.
func TestCatalogueVerbsMatch(t *testing.T) {
	for en, zh := range catalogue {
		if zh == "" {
			t.Errorf("%s has no Chinese", quote(en))
			continue
		}
		if ev, zv := Verbs(en), Verbs(zh); !slices.Equal(ev, zv) {
			t.Errorf("%s takes %v, but its Chinese %s takes %v", quote(en), ev, quote(zh), zv)
		}
		if !strings.ContainsFunc(zh, func(r rune) bool { return unicode.Is(unicode.Han, r) }) && english.MatchString(zh) {
			t.Errorf("%s: its Chinese %s is not Chinese", quote(en), quote(zh))
		}
	}
}

// covered says whether the catalogue translates the text f: as a whole
// message, or as the end or start of one (a fragment appended to another).
func covered(f string) bool {
	for _, k := range []string{f, "%s" + f, f + "%s"} {
		if _, ok := catalogue[k]; ok {
			return true
		}
	}
	_, ok := ignored[f]
	return ok
}

func quote(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// englishTexts returns the English texts of the code outside tests.
func englishTexts(t *testing.T) []found {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	var out []found
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if slices.Contains(notForEditors, rel) || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, x := range textsOf(f) {
			pos := fset.Position(x.Pos())
			if s, ok := format(x); ok && isEnglish(s) {
				out = append(out, found{Pos: fmt.Sprintf("%s:%d", rel, pos.Line), Format: s})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// textsOf returns the text expressions of a file: each string literal,
// and each concatenation with a literal in it as one.
func textsOf(f *ast.File) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec, *ast.Field:
			return false // paths and struct tags
		case *ast.BinaryExpr:
			if n.Op == token.ADD && hasLiteral(n) {
				out = append(out, n)
				return false
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}

// isEnglish says whether a text is a sentence in English: two words of
// letters, once its verbs are taken out ("created %s (%s) from %s"), and
// not HTML.
func isEnglish(s string) bool {
	if strings.Contains(s, "<") || !strings.Contains(s, " ") {
		return false
	}
	if english.MatchString(s) {
		return true
	}
	n := 0
	for _, w := range strings.Fields(verb.ReplaceAllString(s, " ")) {
		if word.MatchString(w) {
			n++
		}
	}
	return n >= 2
}

var (
	verb = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z]`)
	word = regexp.MustCompile(`^\(?[a-z]{3,}[,;:.)]*$`)
)

func hasLiteral(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.BinaryExpr:
		return e.Op == token.ADD && (hasLiteral(e.X) || hasLiteral(e.Y))
	case *ast.ParenExpr:
		return hasLiteral(e.X)
	}
	return false
}

// format returns the text an expression makes as a format: a literal as
// it is, a concatenation with each value as %s (consecutive values as
// one).
func format(e ast.Expr) (string, bool) {
	var b strings.Builder
	value := false
	var walk func(ast.Expr)
	walk = func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.ADD {
				walk(x.X)
				walk(x.Y)
				return
			}
		case *ast.ParenExpr:
			walk(x.X)
			return
		case *ast.BasicLit:
			if x.Kind == token.STRING {
				s, err := strconv.Unquote(x.Value)
				if err == nil {
					b.WriteString(s)
					value = false
					return
				}
			}
		}
		if !value {
			b.WriteString("%s")
		}
		value = true
	}
	walk(e)
	return b.String(), b.Len() > 0
}
