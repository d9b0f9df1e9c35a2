package deploy

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// target is where one run publishes, the command line over site.toml.
type target struct {
	to, command string
	scope       config.Scope
	day         calendar.Day
	loc         *time.Location
	err         error // ErrNoDestination
}

// settings reads [publish] and the timezone from site.toml. A site.toml
// that cannot be read leaves the command line's values: the build will
// report why it cannot be read.
func settings(opts Options) *target {
	t := &target{to: opts.To, command: opts.Command, scope: opts.Build.Scope, loc: shanghai}
	if t.scope == "" {
		t.scope = config.Public
	}
	cfg := readConfig(opts.Build.SiteDir)
	if cfg != nil {
		if cfg.Location != nil {
			t.loc = cfg.Location
		}
		if t.to == "" && cfg.Publish.To != "" {
			t.to = cfg.Publish.To
			if !filepath.IsAbs(t.to) {
				t.to = filepath.Join(opts.Build.SiteDir, t.to)
			}
		}
		if t.command == "" {
			t.command = cfg.Publish.Command
		}
		if t.to == "" && t.command == "" {
			t.err = ErrNoDestination
		}
	}
	t.day = today(opts, t.loc)
	return t
}

var shanghai, _ = time.LoadLocation("Asia/Shanghai")

// readConfig is site.toml, or nil when it cannot be read as TOML.
func readConfig(siteDir string) *config.Site {
	fsys, err := sitefs.New(siteDir)
	if err != nil {
		return nil
	}
	cfg, _ := config.Load(fsys)
	return cfg
}

// check refuses a command without {dir} and a published folder that
// overlaps the site folder: a build replaces its output whole, and the
// published copy is replaced the same way.
func (t *target) check(siteDir string) error {
	if t.command != "" && !strings.Contains(t.command, config.DirPlaceholder) {
		return fmt.Errorf("the command %q does not name the built folder as {dir}; write it as in rsync -a --delete {dir}/ www@host:/srv/www/gongkai/", t.command)
	}
	if t.to != "" && build.Overlaps(t.to, siteDir) {
		return fmt.Errorf("refusing to publish to %s: it is the site folder %s, or inside it, or holds it; publish to a folder outside the site, such as /srv/www/gongkai", t.to, siteDir)
	}
	return nil
}

// destError words a refusal of the published folder for --to.
func (t *target) destError(err error) error {
	var se *publish.ScopeError
	var fe *publish.ForeignError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("refusing to publish the %s edition to %s: it holds the %s edition (its %s says scope = %s); choose another --to for each edition", se.Want, se.Dest, se.Have, publish.Marker, se.Have)
	case errors.As(err, &fe):
		return fmt.Errorf("refusing to publish to %s: it has files gongkai did not write, and publishing replaces the folder whole; give --to a new or empty folder, or one gongkai published to before", fe.Dest)
	}
	return fmt.Errorf("copying to %s: %w", t.to, err)
}
