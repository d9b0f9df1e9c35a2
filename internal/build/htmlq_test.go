package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/model"
	"golang.org/x/net/html"
)

// A few helpers to read built pages as HTML, not as text: the minifier
// decides quotes and spaces.

// parsePage parses the built file rel of the folder dest.
func parsePage(t *testing.T, dest, rel string) *html.Node {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatalf("reading %s: %v", rel, err)
	}
	return parseHTML(t, rel, data)
}

func parseHTML(t *testing.T, rel string, data []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("parsing %s: %v", rel, err)
	}
	return doc
}

// findAll lists the elements under n for which match is true, in order.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// tagged matches elements of tag whose class list holds class ("" for any).
func tagged(tag, class string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		return n.Data == tag && (class == "" || hasClass(n, class))
	}
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// textOf is the text of n as a reader sees it: without scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// metas are a page's <meta name content> pairs.
func metas(doc *html.Node) map[string]string {
	out := map[string]string{}
	for _, m := range findAll(doc, tagged("meta", "")) {
		if name := attr(m, "name"); name != "" {
			out[name] = attr(m, "content")
		}
	}
	return out
}

// webPages lists the website's pages of the build at dest (those base.html
// wraps: their body has a kind- class), as paths relative to dest.
func webPages(t *testing.T, dest string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "boards/") || strings.HasPrefix(rel, "kiosk/") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(string(data), "kind-") {
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// keys are the groups' keys.
func keys(groups []*model.Group) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = g.Key
	}
	return out
}
