package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/deploy"
	"github.com/gongkai/gongkai/internal/schedule"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// writeSchedule writes the service files of a platform that run this
// publish command line, into the working folder, and says how to
// install them.
func writeSchedule(f publishFlags, opts deploy.Options, stdout, stderr io.Writer) int {
	if _, ok := schedule.Platforms[f.schedule]; !ok {
		fmt.Fprintf(stderr, "gongkai publish: --schedule must be one of %s, not %q\n", strings.Join(schedule.Names(), ", "), f.schedule)
		return exitUsage
	}
	cfg := scheduleConfig(opts.Build.SiteDir, stderr)
	if cfg == nil {
		return exitContent
	}
	if opts.To == "" && opts.Command == "" && cfg.Publish.To == "" && cfg.Publish.Command == "" {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", deploy.ErrNoDestination)
		return exitUsage
	}
	files, err := schedule.Files(f.schedule, scheduleParams(f, opts, cfg))
	if err != nil {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", err)
		return exitContent
	}
	if err := writeFiles(files); err != nil {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", err)
		return exitContent
	}
	var names []string
	for _, file := range files {
		names = append(names, file.Name)
	}
	wd, _ := os.Getwd()
	fmt.Fprintf(stdout, "wrote %s in %s\n%s", strings.Join(names, ", "), wd, installSteps[f.schedule](names))
	return exitOK
}

// scheduleConfig reads site.toml for the timezone and [publish].
func scheduleConfig(dir string, stderr io.Writer) *config.Site {
	fsys, err := sitefs.New(dir)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", err)
		return nil
	}
	cfg, diags := config.Load(fsys)
	printDiags(stderr, diags, false)
	if cfg == nil || cfg.Location == nil {
		fmt.Fprintln(stderr, "gongkai publish: site.toml cannot be read; fix it, then run --schedule again")
		return nil
	}
	return cfg
}

// scheduleParams fills the files in: this program, this site, the options
// given, who runs gongkai now and where, and today.
func scheduleParams(f publishFlags, opts deploy.Options, cfg *config.Site) schedule.Params {
	args := []string{"-s", opts.Build.SiteDir}
	if opts.Build.Scope == config.Internal {
		args = append(args, "--scope", "internal")
	}
	if opts.To != "" {
		args = append(args, "--to", opts.To)
	}
	if opts.Command != "" {
		args = append(args, "--command", opts.Command)
	}
	if f.pdf {
		args = append(args, "--pdf")
	}
	if f.chrome != "" {
		args = append(args, "--chrome", abs(f.chrome))
	}
	// Who runs gongkai now runs it then; runuser keeps $HOME, so the home
	// folder is the user's own, from the password database.
	home, _ := os.UserHomeDir()
	name := "root"
	if u, err := user.Current(); err == nil {
		name, home = u.Username, u.HomeDir
	}
	return schedule.Params{Program: program(), Args: args, Site: opts.Build.SiteDir, Zone: cfg.Location,
		Machine: machineZone(), User: name, Log: filepath.Join(home, "gongkai-publish.log"),
		Day: calendar.Of(time.Now(), cfg.Location)}
}

// program is the path of this gongkai, symbolic links followed.
func program() string {
	exe, err := os.Executable()
	if err != nil {
		return "gongkai"
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		return real
	}
	return exe
}

// machineZone is the computer's timezone, by name when it can be found
// ($TZ, or the zone /etc/localtime links to), for cron's hours.
func machineZone() *time.Location {
	name := os.Getenv("TZ")
	if name == "" {
		if link, err := os.Readlink("/etc/localtime"); err == nil {
			if _, zone, ok := strings.Cut(link, "zoneinfo/"); ok {
				name = zone
			}
		}
	}
	if loc, err := time.LoadLocation(name); err == nil && name != "" {
		return loc
	}
	return time.Local
}

// writeFiles writes the files into the working folder; a file of the
// same name with other content is kept, and refused.
func writeFiles(files []schedule.File) error {
	for _, f := range files {
		old, err := os.ReadFile(f.Name)
		switch {
		case err == nil && !bytes.Equal(old, f.Data):
			return fmt.Errorf("%s is already here, with other content; move it away (or run in another folder), then run --schedule again", f.Name)
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return err
		}
	}
	for _, f := range files {
		if err := os.WriteFile(f.Name, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// installSteps say how each platform's files are installed.
var installSteps = map[string]func(names []string) string{
	"systemd": func(names []string) string {
		return "install them as root:\n" +
			"  sudo cp " + strings.Join(names, " ") + " /etc/systemd/system/\n" +
			"  sudo systemctl daemon-reload\n" +
			"  sudo systemctl enable --now gongkai-publish.timer gongkai-watch.service\n" +
			"then check: systemctl list-timers gongkai-publish.timer; journalctl -u gongkai-publish -u gongkai-watch\n"
	},
	"cron": func(names []string) string {
		return "add the lines to your crontab (keeping the lines it has):\n" +
			"  (crontab -l 2>/dev/null; cat gongkai.crontab) | crontab -\n" +
			"then check: crontab -l; the runs are logged in the file the lines name\n"
	},
	"windows": func(names []string) string {
		return "import them in a Command Prompt run as administrator:\n" +
			"  schtasks /Create /XML gongkai-publish.xml /TN gongkai-publish\n" +
			"  schtasks /Create /XML gongkai-watch.xml /TN gongkai-watch\n" +
			"then check: schtasks /Query /TN gongkai-publish /V /FO LIST\n"
	},
}
