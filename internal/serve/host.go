package serve

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// allowed reports whether a request names this server by an address a
// page of this computer or of the network uses: localhost (or a name
// under .localhost, which browsers keep on this computer), an IP address,
// or the host name --bind gave. A page of another site that has its own
// name resolve to this computer (DNS rebinding) sends that name, and is
// refused: it would otherwise read the preview, drafts included. An
// Origin, when a request carries one, must name such an address too.
func (s *Server) allowed(r *http.Request) bool {
	if !s.allowedHost(r.Host) {
		return false
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		return err == nil && s.allowedHost(u.Host)
	}
	return true
}

func (s *Server) allowedHost(hostport string) bool {
	h := hostOnly(hostport)
	switch {
	case h == "":
		return false
	case h == "localhost" || strings.HasSuffix(h, ".localhost"):
		return true
	case net.ParseIP(h) != nil:
		return true
	}
	return h == hostOnly(s.opts.Bind)
}

// hostOnly is the host of a Host header or an address, lower case,
// without port, brackets or final dot.
func hostOnly(hostport string) string {
	h := hostport
	if host, _, err := net.SplitHostPort(hostport); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// refuse answers a request that names this server by another name, with
// the address to open instead, in the editors' language.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request) {
	other := ""
	if ip := net.ParseIP(hostOnly(s.opts.Bind)); ip != nil && ip.IsUnspecified() {
		other = "；在其他电脑上，请用本机的 IP 地址打开"
	}
	http.Error(w, fmt.Sprintf("此预览不回应“%s”这个地址。请打开 %s%s。\n"+
		"为防止其他网站借用域名读取预览（包括草稿），gongkai serve 只回应 localhost、IP 地址和 --bind 指定的名称。",
		hostOnly(r.Host), s.URL(), other), http.StatusForbidden)
}
