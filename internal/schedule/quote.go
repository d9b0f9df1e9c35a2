package schedule

import (
	"fmt"
	"regexp"
	"strings"
)

// plain are words that no shell, systemd or Windows reads specially.
var plain = regexp.MustCompile(`^[A-Za-z0-9_@+=:,./-]+$`)

// systemdLine writes a command line for ExecStart: a word with a space,
// a quote or a backslash in double quotes, C escapes inside; % and $ are
// doubled, since systemd reads them as specifiers and variables.
func systemdLine(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		w = strings.NewReplacer("%", "%%", "$", "$$").Replace(w)
		if !plain.MatchString(strings.NewReplacer("%%", "", "$$", "").Replace(w)) {
			w = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(w) + `"`
		}
		out[i] = w
	}
	return strings.Join(out, " ")
}

// shellWord quotes a word for sh, in single quotes unless plain.
func shellWord(w string) string {
	if plain.MatchString(w) {
		return w
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
}

// cronWord is a word quoted for sh in a crontab, % escaped.
func cronWord(w string) string { return strings.ReplaceAll(shellWord(w), "%", `\%`) }

// unitText escapes % in a unit file's value, which systemd reads as a
// specifier (Description=, WorkingDirectory=).
func unitText(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// cronLine writes a command line for a crontab: words quoted for sh, and
// every % escaped, since cron reads % as a line break even in quotes.
func cronLine(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = shellWord(w)
	}
	return strings.ReplaceAll(strings.Join(out, " "), "%", `\%`)
}

// plainWindows are plain words, and Windows paths.
var plainWindows = regexp.MustCompile(`^[A-Za-z0-9_@+=:,./\\-]+$`)

// windowsWord quotes a word as Windows programs split their command line
// (CommandLineToArgvW), and so that cmd leaves it alone: in double quotes
// unless plain, a quote as \", backslashes before a quote doubled.
func windowsWord(w string) string {
	if plainWindows.MatchString(w) {
		return w
	}
	var b strings.Builder
	b.WriteByte('"')
	slashes := 0
	for _, c := range w {
		switch c {
		case '\\':
			slashes++
			continue
		case '"':
			b.WriteString(strings.Repeat(`\`, 2*slashes+1))
		default:
			b.WriteString(strings.Repeat(`\`, slashes))
		}
		slashes = 0
		b.WriteRune(c)
	}
	b.WriteString(strings.Repeat(`\`, 2*slashes))
	b.WriteByte('"')
	return b.String()
}

// windowsArgs writes the arguments of cmd.exe that run words and append
// their output to log: /S /C ""program" args >> "log" 2>&1".
func windowsArgs(words []string, log string) string {
	out := []string{`"` + words[0] + `"`}
	for _, w := range words[1:] {
		out = append(out, windowsWord(w))
	}
	return `/S /C "` + strings.Join(out, " ") + ` >> "` + log + `" 2>&1"`
}

// xmlText escapes text for an XML element, and writes every character
// beyond ASCII as a reference (&#x4E2D;), so the file reads the same
// whatever encoding Task Scheduler takes it to be in.
func xmlText(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c > 0x7e:
			fmt.Fprintf(&b, "&#x%X;", c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}
