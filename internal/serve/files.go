package serve

import (
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// prefix is where serve's own files live; no output path starts with it
// (content/ skips names starting with "_").
const prefix = "/__gongkai/"

//go:embed live.js
var liveJS []byte

// ServeHTTP serves the built site, the live script and the event stream,
// to requests that name this server by its own address (see allowed).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.allowed(r) {
		s.refuse(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case prefix + "events":
		s.hub.stream(w, r, event{name: "hello", data: s.hello()})
		return
	case prefix + "live.js":
		w.Header().Set("Content-Type", "application/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		http.ServeContent(w, r, "live.js", time.Time{}, bytes.NewReader(liveJS))
		return
	}
	name, ok := outputPath(r)
	if !ok {
		http.Error(w, "bad path: serve only serves the files of the built site", http.StatusBadRequest)
		return
	}
	s.serveFile(w, r, name)
}

// outputPath maps a request to a path of the built site. It refuses ".."
// and "." segments (also when percent-encoded), encoded slashes and
// backslashes, NUL bytes and anything else that is not a plain path.
func outputPath(r *http.Request) (string, bool) {
	raw := strings.ToLower(r.URL.EscapedPath())
	if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") || strings.Contains(raw, "%00") {
		return "", false
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "." || seg == ".." {
			return "", false
		}
	}
	return name, fs.ValidPath(name)
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	st := s.current()
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if st.files == nil {
		s.serveNoSite(w, r, name, st)
		return
	}
	data, ok := st.files[name]
	status := http.StatusOK
	if !ok {
		if _, dir := st.files[name+"/index.html"]; dir {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusFound)
			return
		}
		data, status = st.files["404.html"], http.StatusNotFound
		if !strings.HasSuffix(name, ".html") {
			name = path.Join(name, "index.html") // the page a reload would find
		}
	}
	ctype := contentType(name)
	if status == http.StatusNotFound {
		ctype = contentType("404.html")
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data, st.build, name, s.holdsDay())
	}
	w.Header().Set("Content-Type", ctype)
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = w.Write(data)
		}
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// serveNoSite answers while no build has succeeded yet: every page is a
// short notice with the overlay over it.
func (s *Server) serveNoSite(w http.ResponseWriter, r *http.Request, name string, st state) {
	if ctype := contentType(name); !strings.HasPrefix(ctype, "text/html") {
		http.Error(w, "the site has not been built yet: see the errors in the terminal", http.StatusServiceUnavailable)
		return
	}
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网站尚未生成</title></head>`+
		`<body style="font-size:1.25rem;line-height:1.8;padding:2rem"><h1>网站尚未生成</h1><p>%s 的文件有错误，改正后保存，本页会自动刷新。</p></body></html>`,
		html.EscapeString(s.siteDir))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method != http.MethodHead {
		_, _ = w.Write(inject([]byte(page), st.build, name, s.holdsDay()))
	}
}

// contentType is the media type of an output file; text types carry their
// charset, since every text file gongkai writes is UTF-8.
func contentType(name string) string {
	ext := path.Ext(name)
	t := mime.TypeByExtension(ext)
	switch ext {
	case ".html":
		t = "text/html"
	case ".css":
		t = "text/css"
	case ".js", ".mjs":
		t = "application/javascript"
	case ".json":
		t = "application/json"
	case ".xml":
		t = "application/xml"
	case ".svg":
		t = "image/svg+xml"
	case ".txt", ".md":
		t = "text/plain"
	case ".webmanifest":
		t = "application/manifest+json"
	case "":
		t = "application/octet-stream"
	}
	if t == "" {
		t = "application/octet-stream"
	}
	t, _, _ = strings.Cut(t, ";")
	if isText(t) {
		return t + "; charset=utf-8"
	}
	return t
}

func isText(t string) bool {
	return strings.HasPrefix(t, "text/") || t == "application/javascript" || t == "application/json" ||
		t == "application/xml" || t == "image/svg+xml" || t == "application/manifest+json" || strings.HasSuffix(t, "+xml")
}

// holdsDay reports whether the preview shows the site as on a --now the
// editor gave: then the pages' clock script keeps that day as today,
// instead of bringing the page up to the real date.
func (s *Server) holdsDay() bool { return !s.opts.Build.Now.IsZero() }

// inject adds the live script to an HTML page, before </body> (or at the
// end). It never changes the built site: only the copy being sent.
func inject(page []byte, build int, name string, hold bool) []byte {
	attrs := ""
	if hold {
		attrs = " data-hold"
	}
	tag := fmt.Sprintf(`<script src="%slive.js" data-build="%d" data-path="%s"%s></script>`, prefix, build, html.EscapeString(name), attrs)
	i := lastIndexFold(page, "</body>")
	if i < 0 {
		i = lastIndexFold(page, "</html>")
	}
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

func lastIndexFold(s []byte, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i] == '<' && strings.EqualFold(string(s[i:i+len(sub)]), sub) {
			return i
		}
	}
	return -1
}
