package schedule

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
)

var update = flag.Bool("update", false, "rewrite docs/publishing/files from the templates")

// docsDir holds the examples the walk-throughs show.
const docsDir = "../../docs/publishing/files"

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// docsParams are the walk-throughs' example machines: a Linux server
// whose site is /srv/gongkai/site, published to /srv/www/gongkai by the
// user gongkai, and a Windows PC with IIS.
func docsParams(t testing.TB, platform string) Params {
	day, _ := calendar.Parse("2026-11-27")
	sh := zone(t, "Asia/Shanghai")
	if platform == "windows" {
		return Params{Program: `C:\gongkai\gongkai.exe`, Args: []string{"-s", `C:\gongkai\site`, "--to", `D:\www\gongkai`},
			Site: `C:\gongkai\site`, Zone: sh, Machine: sh, User: "gongkai", Log: `C:\Users\gongkai\gongkai-publish.log`, Day: day}
	}
	return Params{Program: "/usr/local/bin/gongkai", Args: []string{"-s", "/srv/gongkai/site", "--to", "/srv/www/gongkai"},
		Site: "/srv/gongkai/site", Zone: sh, Machine: sh, User: "gongkai", Log: "/home/gongkai/gongkai-publish.log", Day: day}
}

// TestDocsFiles: the files the walk-throughs show are what --schedule
// writes for the example machines. -update rewrites them.
func TestDocsFiles(t *testing.T) {
	want := map[string]bool{}
	for _, platform := range Names() {
		files, err := Files(platform, docsParams(t, platform))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			want[f.Name] = true
			path := filepath.Join(docsDir, f.Name)
			if *update {
				os.MkdirAll(docsDir, 0o755)
				if err := os.WriteFile(path, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			have, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(have, f.Data) {
				t.Errorf("%s is not what gongkai publish --schedule %s writes (go test ./internal/schedule -update rewrites it): %v", path, platform, err)
			}
		}
	}
	entries, _ := os.ReadDir(docsDir)
	for _, e := range entries {
		if !want[e.Name()] {
			t.Errorf("%s/%s is made by no template: remove it", docsDir, e.Name())
		}
	}
}

// TestSystemdVerify: systemd reads the units without a complaint.
func TestSystemdVerify(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: the units are not checked by systemd here")
	}
	p := docsParams(t, "systemd")
	p.Program, _ = os.Executable() // verify wants a program that is there
	p.Args = append(p.Args, "--command", `rsync -a --delete {dir}/ "www@host:/srv/my site/" 100%`)
	files, err := Files("systemd", p)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	args := []string{"verify"}
	for _, f := range files {
		os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
		args = append(args, filepath.Join(dir, f.Name))
	}
	out, err := exec.Command(analyze, args...).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	if !bytes.Contains(files[1].Data, []byte("OnCalendar=*-*-* 00:05:00 Asia/Shanghai\nPersistent=true\n")) {
		t.Errorf("the timer is not 00:05 in the site's timezone:\n%s", files[1].Data)
	}
}

// task is the part of a Task Scheduler task the tests read.
type task struct {
	Triggers struct {
		Calendar *struct {
			StartBoundary string
			DaysInterval  int `xml:"ScheduleByDay>DaysInterval"`
		} `xml:"CalendarTrigger"`
		Boot *struct{} `xml:"BootTrigger"`
	}
	Exec struct {
		Command, Arguments, WorkingDirectory string
	} `xml:"Actions>Exec"`
	Limit string `xml:"Settings>ExecutionTimeLimit"`
}

// TestWindowsTasks: the tasks are XML, daily at 00:05 site time and at
// boot, running gongkai with the log appended to, in the site folder.
func TestWindowsTasks(t *testing.T) {
	files, err := Files("windows", docsParams(t, "windows"))
	if err != nil {
		t.Fatal(err)
	}
	var daily, boot task
	for i, v := range []*task{&daily, &boot} {
		if err := xml.Unmarshal(files[i].Data, v); err != nil {
			t.Fatalf("%s: %v", files[i].Name, err)
		}
		if bytes.ContainsFunc(files[i].Data, func(r rune) bool { return r > 0x7e }) {
			t.Errorf("%s is not plain ASCII", files[i].Name)
		}
	}
	if c := daily.Triggers.Calendar; c == nil || c.StartBoundary != "2026-11-27T00:05:00+08:00" || c.DaysInterval != 1 {
		t.Errorf("daily trigger: %+v", c)
	}
	log := ` >> "C:\Users\gongkai\gongkai-publish.log" 2>&1"`
	if e := daily.Exec; e.Command != "cmd.exe" || e.Arguments != `/S /C ""C:\gongkai\gongkai.exe" publish -s C:\gongkai\site --to D:\www\gongkai`+log || e.WorkingDirectory != `C:\gongkai\site` {
		t.Errorf("daily action: %+v", e)
	}
	if boot.Triggers.Boot == nil || boot.Limit != "PT0S" || !strings.Contains(boot.Exec.Arguments, `gongkai.exe" publish --watch -s C:\gongkai\site`) {
		t.Errorf("watch task: %+v", boot)
	}
}

// TestCronTime: the nightly line is 00:05 site time in the computer's
// hours, or CRON_TZ where summer time moves them.
func TestCronTime(t *testing.T) {
	sh := zone(t, "Asia/Shanghai")
	for machine, want := range map[string]cronTime{
		"Asia/Shanghai": {Spec: "5 0 * * *", Local: true},
		"UTC":           {Spec: "5 16 * * *", Note: "00:05 in Asia/Shanghai is 16:05 in this computer's time zone (UTC)"},
		"Asia/Urumqi":   {Spec: "5 22 * * *", Note: "00:05 in Asia/Shanghai is 22:05 in this computer's time zone (Asia/Urumqi)"},
	} {
		if got := cronAt(sh, zone(t, machine), 2026); got != want {
			t.Errorf("%s: %+v, want %+v", machine, got, want)
		}
	}
	if got := cronAt(sh, zone(t, "Europe/Berlin"), 2026); got.TZ != "Asia/Shanghai" || got.Spec != "5 0 * * *" {
		t.Errorf("a computer with summer time: %+v", got)
	}
}

// TestShellQuoting: sh reads the quoted words back as they were, and
// cron's % is escaped.
func TestShellQuoting(t *testing.T) {
	words := []string{"/usr/bin/gongkai", "-s", "/srv/县 网站", "--command", `rsync -a {dir}/ "a b" it's $HOME`}
	out, err := exec.Command("/bin/sh", "-c", `printf '%s\n' `+cronLine(words[1:])).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"); strings.Join(got, "|") != strings.Join(words[1:], "|") {
		t.Errorf("sh read %q", got)
	}
	if got := cronLine([]string{"echo", "100%"}); got != `echo '100\%'` {
		t.Errorf("cron: %s", got)
	}
}

// TestUnitQuoting: ExecStart words with spaces and quotes are quoted,
// % and $ doubled.
func TestUnitQuoting(t *testing.T) {
	got := systemdLine([]string{"/opt/gong kai/gongkai", "publish", "--command", `cp -r {dir} "/srv/x" 50% $HOME`})
	want := `"/opt/gong kai/gongkai" publish --command "cp -r {dir} \"/srv/x\" 50%% $$HOME"`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestWindowsQuoting: Windows words are quoted as programs split them.
func TestWindowsQuoting(t *testing.T) {
	for in, want := range map[string]string{
		`C:\gongkai\site`:        `C:\gongkai\site`,
		`C:\my site\`:            `"C:\my site\\"`,
		`robocopy {dir} "\\s\w"`: `"robocopy {dir} \"\\s\w\""`,
	} {
		if got := windowsWord(in); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
}
