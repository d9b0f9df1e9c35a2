package screens

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// clf is a line of the common log format, or the combined one, which adds
// the referrer and the user agent after it:
//
//	192.168.10.21 - - [27/Nov/2026:10:29:31 +0800] "GET /kiosk/lobby/manifest.json?screen=lobby&v=b1413d4ce05e&t=1795746571000 HTTP/1.1" 200 112 "-" "Mozilla/5.0 …"
var clf = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "[A-Z]+ (\S+)(?: [^"]*)?" (\d{3}) `)

const clfTime = "02/Jan/2006:15:04:05 -0700"

// directive is a line of the W3C extended format's header: #Software:,
// #Version:, #Date:, #Fields:.
var directive = regexp.MustCompile(`^#[A-Za-z-]+:`)

// Read reads the manifest polls of an access log, in either format. It
// fails when no line of a log that has lines is an access log line.
func Read(r io.Reader, name string) ([]Poll, error) {
	var polls []Poll
	var w3c []string // the fields of the last #Fields: line
	lines, read := 0, 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		if directive.MatchString(line) {
			if f, ok := strings.CutPrefix(line, "#Fields:"); ok {
				w3c = strings.Fields(f)
			}
			read++
			continue
		}
		var req request
		var ok bool
		if w3c != nil {
			req, ok = w3cLine(w3c, line)
		} else {
			req, ok = clfLine(line)
		}
		if !ok {
			continue
		}
		read++
		if p, ok := req.poll(); ok {
			polls = append(polls, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if lines > 0 && read == 0 {
		return nil, fmt.Errorf("%s: no line is an access log line (common or combined log format, or IIS W3C extended); give the web server's access log", name)
	}
	return polls, nil
}

func clfLine(line string) (request, bool) {
	m := clf.FindStringSubmatch(line)
	if m == nil {
		return request{}, false
	}
	at, err := time.Parse(clfTime, m[2])
	if err != nil {
		return request{}, false
	}
	status, _ := strconv.Atoi(m[4])
	return request{client: m[1], at: at, target: m[3], status: status}, true
}

// w3cLine reads a line of IIS's W3C extended format, whose fields the last
// #Fields: line named; its date and time are UTC.
func w3cLine(fields []string, line string) (request, bool) {
	values := strings.Fields(line)
	if len(values) != len(fields) {
		return request{}, false
	}
	get := func(name string) string {
		for i, f := range fields {
			if f == name && values[i] != "-" {
				return values[i]
			}
		}
		return ""
	}
	at, err := time.Parse("2006-01-02 15:04:05", get("date")+" "+get("time"))
	stem := get("cs-uri-stem")
	if err != nil || stem == "" {
		return request{}, false
	}
	if q := get("cs-uri-query"); q != "" {
		stem += "?" + q
	}
	status, _ := strconv.Atoi(get("sc-status"))
	return request{client: get("c-ip"), at: at, target: stem, status: status}, true
}
