package scaffold

import (
	"embed"
	"io/fs"
	"strings"
	"text/template"

	"github.com/gongkai/gongkai/internal/calendar"
)

// recordSamples are a new site's registers (records/): one commented
// sample of each file, dated around the day the site is made.
//
//go:embed records
var recordSamples embed.FS

// recordDates are the dates of the samples: a request received a week ago
// and answered today, well inside its 20 working days; a rectification
// due in a month. Nothing in them is late on the day the site is made.
type recordDates struct {
	Today, Received, Replied, Deadline calendar.Day
}

// recordFiles executes the samples for today.
func recordFiles(today calendar.Day) ([]file, error) {
	d := recordDates{Today: today, Received: today.AddDays(-7), Replied: today, Deadline: today.AddMonths(1)}
	var out []file
	err := fs.WalkDir(recordSamples, "records", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		src, err := recordSamples.ReadFile(p)
		if err != nil {
			return err
		}
		t, err := template.New(p).Parse(string(src))
		if err != nil {
			return err
		}
		var b strings.Builder
		if err := t.Execute(&b, d); err != nil {
			return err
		}
		out = append(out, file{p, []byte(b.String())})
		return nil
	})
	return out, err
}
