package link

import (
	"html"
	"strings"
	"unicode"
)

// Scheme returns the scheme of dest in lower case, or "" when dest has none
// (a path, a file name, "#top"). It reads dest as a browser would and more
// suspiciously: HTML entities and percent-encoding are decoded (repeatedly,
// for "&amp;#106;" or "%256A"), spaces and control characters anywhere are
// dropped ("java\tscript:"), and whatever comes before a colon that is
// before any "/", "?" or "#" counts as a scheme, even where a browser would
// not take it as one ("C:\…", "%6Aavascript:").
func Scheme(dest string) string {
	s := reveal(dest)
	i := strings.IndexAny(s, ":/?#")
	if i <= 0 || s[i] != ':' {
		return ""
	}
	return s[:i]
}

// Allowed reports whether a destination may be published as a live href or
// src: an http, https, mailto or tel address, or one without a scheme.
func Allowed(dest string) bool {
	switch Scheme(dest) {
	case "", "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// reveal undoes what could hide a scheme: entities, percent-encoding,
// characters a browser drops or a reader does not see, letter case.
func reveal(s string) string {
	for range 8 {
		t := html.UnescapeString(percentDecode(s))
		if t == s {
			break
		}
		s = t
	}
	return strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, s))
}

// percentDecode decodes every valid %XX and leaves the rest as it is.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
