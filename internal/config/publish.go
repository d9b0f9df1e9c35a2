package config

import "strings"

// Publish is [publish] in site.toml: the defaults of `gongkai publish`,
// so that the scheduled command line is only `gongkai publish -s DIR`.
type Publish struct {
	// To is the folder a web server serves (nginx, IIS): absolute, or
	// relative to the site folder.
	To string `toml:"to"`
	// Command is run after the build (and the copy to To), by the shell,
	// with {dir} replaced by the published folder: a copy to another
	// computer, such as rsync -a --delete {dir}/ www@host:/srv/www/gongkai/.
	Command string `toml:"command"`
}

// DirPlaceholder is what a publish command writes for the folder it
// delivers.
const DirPlaceholder = "{dir}"

func (v *validator) publish() {
	c := v.site.Publish.Command
	if c != "" && !strings.Contains(c, DirPlaceholder) {
		v.errorf("publish.command", `[publish] command must name the built folder as {dir}, such as command = "rsync -a --delete {dir}/ www@host:/srv/www/gongkai/"`)
	}
}
