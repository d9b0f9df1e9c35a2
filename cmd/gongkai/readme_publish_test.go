//go:build unix

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/gongkai/gongkai/internal/schedule"
)

// publishLineRE is the line a publish prints on success.
var publishLineRE = regexp.MustCompile(`(?m)^gongkai publish: \d{4}-\d\d-\d\d published (public|internal) (to \S+|with the command)( and ran the command)? \(\d+ items?\)\n\z`)

// checkPublish: a README publish line prints its log line and the
// destination holds the site with a status.json that says it is current;
// with --schedule it writes the platform's files into the folder it runs
// in, and publishes nothing.
func checkPublish(t *testing.T, l readmeLine, res gongkaiResult) {
	t.Helper()
	opts := flagValues(res.args[1:])
	if p, ok := opts["schedule"]; ok {
		for _, name := range schedule.Platforms[p] {
			if _, err := os.Stat(filepath.Join(res.dir, name)); err != nil {
				l.fail(t, res, "--schedule %s did not write %s: %v", p, name, err)
			}
		}
		return
	}
	if _, quiet := opts["q"]; !quiet && !publishLineRE.MatchString(res.stdout) {
		l.fail(t, res, "the run does not end with the publish log line")
	}
	to, ok := opts["to"]
	if !ok {
		return
	}
	if !filepath.IsAbs(to) {
		to = filepath.Join(res.dir, to)
	}
	if s := readStatus(t, to); !s.OK || s.Built == "" {
		l.fail(t, res, "%s/status.json says %+v", to, s)
	}
	if _, err := os.Stat(filepath.Join(to, "index.html")); err != nil {
		l.fail(t, res, "no site in %s: %v", to, err)
	}
}
