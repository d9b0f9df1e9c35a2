package markdown

import (
	"html"
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/internal/link"
)

// urlAttrs hold one address.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true, "data": true, "cite": true,
	"background": true, "longdesc": true, "lowsrc": true, "dynsrc": true, "usemap": true, "manifest": true,
	"codebase": true, "classid": true, "icon": true, "profile": true, "xlink:href": true, "itemtype": true,
}

// listAttrs hold addresses separated by spaces; srcsetAttrs candidates
// ("a.png 2x, b.png 3x").
var (
	listAttrs   = map[string]bool{"ping": true, "archive": true}
	srcsetAttrs = map[string]bool{"srcset": true, "imagesrcset": true}
)

// animAttrs set another attribute of an SVG element over time, such as an
// href: they must not hold a script either.
var animAttrs = map[string]bool{"to": true, "from": true, "values": true, "by": true}

// attribute writes one attribute of a start tag, cleaned.
func (c *cleaner) attribute(orig []byte, key string, rawVal []byte) {
	name := strings.TrimLeft(string(orig), " \t\n\r\f")
	if i := strings.IndexAny(name, " \t\n\r\f="); i >= 0 {
		name = name[:i]
	}
	if !validAttr.MatchString(name) {
		return
	}
	if rawVal == nil && !strings.HasPrefix(key, "on") && key != "srcdoc" {
		c.out.WriteString(" " + name)
		return
	}
	val, keep := c.value(key, unquote(string(rawVal)))
	if keep {
		c.out.WriteString(" " + name + `="` + html.EscapeString(val) + `"`)
	}
}

func unquote(v string) string {
	if v != "" && (v[0] == '"' || v[0] == '\'') {
		v = strings.TrimSuffix(v[1:], v[:1])
	}
	return html.UnescapeString(v)
}

// value checks an attribute's value and returns what to publish, or false
// to drop the attribute.
func (c *cleaner) value(key, val string) (string, bool) {
	switch {
	case strings.HasPrefix(key, "on"):
		c.problem("the attribute %s runs a script and is not published, even with raw_html = true; remove it", key)
		return "", false
	case key == "srcdoc":
		c.problem("the attribute srcdoc holds a page of its own and is not published; link to a page with src instead")
		return "", false
	case urlAttrs[key]:
		return c.link(val)
	case listAttrs[key]:
		return c.each(strings.Fields(val), " ")
	case srcsetAttrs[key]:
		return c.srcset(val)
	case key == "style":
		return c.css(val)
	case animAttrs[key] && !link.Allowed(val):
		c.problem("the attribute %s=%q sets a script as an address and is not published; remove it", key, val)
		return "", false
	}
	return val, true
}

// link sends an address through the resolver, as a Markdown link's.
func (c *cleaner) link(dest string) (string, bool) {
	out, live := c.lc.resolveOne(dest, c.line())
	return out, live
}

func (c *cleaner) each(urls []string, sep string) (string, bool) {
	out := make([]string, len(urls))
	for i, u := range urls {
		v, ok := c.link(u)
		if !ok {
			return "", false
		}
		out[i] = v
	}
	return strings.Join(out, sep), true
}

func (c *cleaner) srcset(val string) (string, bool) {
	var out []string
	for _, cand := range strings.Split(val, ",") {
		f := strings.Fields(cand)
		if len(f) == 0 {
			continue
		}
		u, ok := c.link(f[0])
		if !ok {
			return "", false
		}
		out = append(out, strings.Join(append([]string{u}, f[1:]...), " "))
	}
	return strings.Join(out, ", "), true
}

var (
	cssURL    = regexp.MustCompile(`(?i)(url\(\s*)(["']?)([^"')]*)(["']?\s*\))|(@import\s*)(["'])([^"']*)(["'])`)
	cssScript = regexp.MustCompile(`(?i)expression\s*\(|-moz-binding|behavior\s*:`)
)

// css checks the addresses in a style as links and refuses what runs a
// script; false drops the style.
func (c *cleaner) css(s string) (string, bool) {
	if m := cssScript.FindString(s); m != "" {
		c.problem("a style with %s runs a script and is not published, even with raw_html = true; remove it", strings.TrimSpace(m))
		return "", false
	}
	ok := true
	out := cssURL.ReplaceAllStringFunc(s, func(m string) string {
		p := cssURL.FindStringSubmatch(m)
		pre, u, post := p[1], p[3], p[4]
		if p[5] != "" {
			pre, u, post = p[5], p[7], p[8]
		}
		v, live := c.link(u)
		if !live {
			ok = false
		}
		return pre + `"` + v + `"` + strings.TrimLeft(post, `"'`)
	})
	return out, ok
}
