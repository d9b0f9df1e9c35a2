package schedule

import (
	"bytes"
	"embed"
	"fmt"
	"slices"
	"text/template"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
)

// Params are what the files are filled in with.
type Params struct {
	Program string         // gongkai's path, absolute
	Args    []string       // publish's options after "publish": -s SITE, --to, --command, --scope …
	Site    string         // the site folder, absolute: the working folder of every run
	Zone    *time.Location // the site's timezone: the nightly run is 00:05 there
	Machine *time.Location // cron: the computer's timezone, which cron's hours are in
	User    string         // systemd: the user the service runs as
	Log     string         // cron, Windows: the file the runs' lines are appended to
	Day     calendar.Day   // Windows: the first day of the daily trigger
}

// A File is one file to write, by its name.
type File struct {
	Name string
	Data []byte
}

// Platforms are the values of --schedule, with the files each gets.
var Platforms = map[string][]string{
	"systemd": {"gongkai-publish.service", "gongkai-publish.timer", "gongkai-watch.service"},
	"cron":    {"gongkai.crontab"},
	"windows": {"gongkai-publish.xml", "gongkai-watch.xml"},
}

// Names are the platforms, sorted, for messages.
func Names() []string {
	var out []string
	for k := range Platforms {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

//go:embed templates
var templates embed.FS

var tpl = template.Must(template.New("").Funcs(template.FuncMap{
	"systemd": systemdLine, "cron": cronLine, "sh": cronWord, "unit": unitText, "windows": windowsArgs, "xml": xmlText,
}).ParseFS(templates, "templates/*"))

// Files fills in the files of a platform.
func Files(platform string, p Params) ([]File, error) {
	names, ok := Platforms[platform]
	if !ok {
		return nil, fmt.Errorf("unknown platform %q: write systemd, cron or windows", platform)
	}
	d := newData(p)
	var out []File
	for _, name := range names {
		var buf bytes.Buffer
		if err := tpl.ExecuteTemplate(&buf, name, d); err != nil {
			return nil, err
		}
		out = append(out, File{Name: name, Data: buf.Bytes()})
	}
	return out, nil
}

// data is what the templates see.
type data struct {
	Params
	Nightly  []string // the program and its arguments, run every night
	Watch    []string // … run at start, and kept running
	ZoneName string
	Cron     cronTime
	Start    string // Windows: the daily trigger's first moment, with its UTC offset
}

func newData(p Params) data {
	nightly := append([]string{p.Program, "publish"}, p.Args...)
	watch := append([]string{p.Program, "publish", "--watch"}, p.Args...)
	start := time.Date(p.Day.Y, p.Day.M, p.Day.D, 0, 5, 0, 0, p.Zone)
	return data{Params: p, Nightly: nightly, Watch: watch, ZoneName: p.Zone.String(),
		Cron: cronAt(p.Zone, p.Machine, p.Day.Y), Start: start.Format("2006-01-02T15:04:05-07:00")}
}
