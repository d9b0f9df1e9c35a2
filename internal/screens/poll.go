package screens

import (
	"net/url"
	"strings"
	"time"
)

// Poll is one request for a kiosk's manifest.json in an access log.
type Poll struct {
	Client string    // the address the request came from
	At     time.Time // when it was answered
	Kiosk  string    // the kiosk folder: .../kiosk/<name>/manifest.json
	Screen string    // ?screen=, "" from pages made before screens sent it
	Code   string    // ?v=, the page code's version
	Status int       // the HTTP status answered
}

// request is what a log line says of one request.
type request struct {
	client string
	at     time.Time
	target string // path, or path?query
	status int
}

// poll is the request as a Poll, when it asks for a kiosk's manifest.
func (r request) poll() (Poll, bool) {
	p, query, _ := strings.Cut(r.target, "?")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	parts := strings.Split(strings.TrimSuffix(p, "/"), "/")
	n := len(parts)
	if n < 3 || parts[n-1] != "manifest.json" || parts[n-3] != "kiosk" || parts[n-2] == "" {
		return Poll{}, false
	}
	q, _ := url.ParseQuery(query)
	return Poll{Client: r.client, At: r.at, Kiosk: parts[n-2], Screen: q.Get("screen"), Code: q.Get("v"), Status: r.status}, true
}
