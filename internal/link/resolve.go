package link

import (
	"net/url"
	"path"
	"strings"
	"unicode"
)

// Kind is what a link leads to.
type Kind int

const (
	Refused  Kind = iota // a scheme that is not published; Target.Scheme says which
	Here                 // the page itself: "", "#top", "?q"
	External             // an http or https address on another site
	Mail                 // a mailto: address
	Phone                // a tel: number
	Site                 // a page or a file of this site: Target.Path
)

// Target is where a link leads, whatever form it was written in.
type Target struct {
	Kind   Kind
	URL    string // Here, External, Mail, Phone: the address to publish, spaces and the like percent-encoded
	Scheme string // Refused: the scheme as Scheme reads it

	// Site: the path from the site root, percent-decoded, with "/" for "\"
	// and dot segments resolved, in the letter case written, without a
	// leading "/": "cadre/wang/", "cadre/wang/index.html", "cadre/a.pdf";
	// "" is the home page.
	Path     string
	Suffix   string // Site: the query and fragment as written, encoded as URL is: "?a#b"
	Relative bool   // Site: written relative to the linking file's folder
}

// Base is the site's own address, from base_url.
type Base struct {
	scheme, host, port string
	path               string // "/" or "/gk/"
}

// NewBase reads base_url. An address that does not parse gives a Base that
// no absolute link matches.
func NewBase(baseURL string) Base {
	u, err := url.Parse(baseURL)
	if err != nil {
		return Base{path: "/"}
	}
	b := Base{scheme: strings.ToLower(u.Scheme), path: "/" + strings.Trim(u.Path, "/") + "/"}
	b.host, b.port = hostPort(b.scheme, u.Host)
	if b.path == "//" {
		b.path = "/"
	}
	return b
}

// Resolve reads dest, written in a file whose folder is dir (relative to
// the site root, which is also content/: "cadre" for content/cadre/wang.md).
// Links without a scheme that do not start with "/" are relative to that
// folder, as file names are: "../goals/2026.md", "scan.pdf".
func Resolve(dest string, base Base, dir string) Target {
	t := resolve(trim(dest), base, dir)
	t.URL, t.Suffix = escape(t.URL), escape(t.Suffix)
	return t
}

func resolve(d string, base Base, dir string) Target {
	switch s := Scheme(d); s {
	case "":
	case "http", "https":
		return base.web(s, undisguise(d, s))
	case "mailto":
		return Target{Kind: Mail, URL: undisguise(d, s)}
	case "tel":
		return Target{Kind: Phone, URL: undisguise(d, s)}
	default:
		return Target{Kind: Refused, Scheme: s}
	}
	switch {
	case d == "" || d[0] == '#' || d[0] == '?':
		return Target{Kind: Here, URL: d}
	case len(d) > 1 && isSlash(d[0]) && isSlash(d[1]):
		return base.web(base.scheme, base.scheme+":"+d) // protocol-relative
	case isSlash(d[0]):
		return base.site(d, "", false).Target
	}
	return base.site(d, dir, true).Target
}

// escape percent-encodes what an address cannot hold as it is: spaces,
// control characters, quotes and brackets, anything not ASCII. A "%"
// stays: it is taken as already encoding something.
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 {
			b.WriteString("%" + strings.ToUpper(hex(c)))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func hex(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// trim drops the spaces and control characters around a link, and the
// tabs and line breaks inside it, which browsers drop too.
func trim(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f || unicode.IsSpace(r) })
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
}

// undisguise returns d starting with "scheme:": when the scheme was written
// encoded ("ht%74ps:", "mailto&colon;"), the whole link is read decoded.
func undisguise(d, scheme string) string {
	if len(d) > len(scheme) && strings.EqualFold(d[:len(scheme)+1], scheme+":") {
		return scheme + d[len(scheme):]
	}
	s := d
	for range 8 {
		t := reveal(s)
		if t == s {
			break
		}
		s = t
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return scheme + s[i:]
	}
	return scheme + ":"
}

// web reads an http or https address: on this site's host and under its
// base path it is a Site target, otherwise External.
func (b Base) web(scheme, u string) Target {
	rest := u[len(scheme)+1:]
	p, suffix := cutSuffix(rest)
	p = strings.ReplaceAll(p, `\`, "/")
	if !strings.HasPrefix(p, "//") && scheme == b.scheme {
		// "https:/cadre/x/" on an https site is a path on this site, as
		// browsers read it.
		return b.site(p+suffix, "", false).Target
	}
	p = strings.TrimLeft(p, "/")
	auth, p, _ := strings.Cut(p, "/")
	published := Target{Kind: External, URL: scheme + "://" + auth + "/" + p + suffix}
	if p == "" && suffix == "" {
		published.URL = scheme + "://" + auth + "/"
	}
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		auth = auth[i+1:]
	}
	host, port := hostPort(scheme, auth)
	if host != b.host || port != b.port {
		return published
	}
	t := b.site("/"+p+suffix, "", false)
	if !t.under {
		return published
	}
	return t.Target
}

// hostPort splits host:port, in lower case, without a default port or the
// dot that may end a host name.
func hostPort(scheme, auth string) (host, port string) {
	host = auth
	if i := strings.LastIndexByte(auth, ':'); i >= 0 && !strings.Contains(auth[i:], "]") {
		host, port = auth[:i], auth[i+1:]
	}
	host = strings.TrimSuffix(strings.ToLower(percentDecode(host)), ".")
	if port == "80" && scheme == "http" || port == "443" && scheme == "https" {
		port = ""
	}
	return host, strings.TrimLeft(port, "0")
}

type siteTarget struct {
	Target
	under bool // the path was under the base path, which was taken off
}

// site reads a path from the site root, or relative to dir.
func (b Base) site(p, dir string, relative bool) siteTarget {
	p, suffix := cutSuffix(p)
	p = percentDecode(strings.ReplaceAll(p, `\`, "/"))
	last := path.Base(p)
	folder := p == "" || strings.HasSuffix(p, "/") || last == "." || last == ".."
	if relative {
		p = dir + "/" + p
	}
	c := path.Clean("/" + p)
	if folder && c != "/" {
		c += "/"
	}
	t := siteTarget{Target: Target{Kind: Site, Path: c[1:], Suffix: suffix, Relative: relative}}
	if !relative {
		if b.path == "/" {
			t.under = true
		} else if len(c)+1 >= len(b.path) && strings.EqualFold((c + "/")[:len(b.path)], b.path) {
			t.under = true
			t.Path = strings.TrimPrefix(c[len(b.path)-1:], "/")
		}
	}
	return t
}

// cutSuffix cuts a link at its query or fragment.
func cutSuffix(s string) (p, suffix string) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func isSlash(c byte) bool { return c == '/' || c == '\\' }

// indexFiles are the names a web server answers a folder's address with.
var indexFiles = map[string]bool{"index.html": true, "index.htm": true, "default.htm": true, "default.html": true}

// Key is the Site path as a server that ignores letter case (IIS, which
// many county servers run) reads it: in lower case, without the spaces
// and dots that end a part of it.
func (t Target) Key() string {
	parts := strings.Split(strings.ToLower(t.Path), "/")
	for i, p := range parts {
		if q := strings.TrimRight(p, " ."); q != "" {
			parts[i] = q
		}
	}
	return strings.Join(parts, "/")
}

// Page is the key of the page the Site path would be if it names a folder:
// "cadre/wang/" for cadre/wang, cadre/wang/ and cadre/wang/index.html.
func (t Target) Page() string {
	k := t.Key()
	dir, last := path.Split(k)
	switch {
	case k == "" || last == "":
		return k
	case indexFiles[last]:
		return dir
	}
	return k + "/"
}

// File reports whether the Site path names a file rather than a page: its
// last part has an extension and is not an index file.
func (t Target) File() bool {
	_, last := path.Split(t.Key())
	return strings.Contains(last, ".") && !indexFiles[last]
}
