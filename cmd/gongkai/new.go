package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/gongkai/gongkai/internal/scaffold"
)

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "site DIR | [-s DIR] CATEGORY PATH [--now DATE] [--lang zh|en]", stderr)
	site := fs.String("s", ".", "the site `folder` a new item goes into")
	var now dayFlag
	fs.Var(&now, "now", "treat `DATE` (2026-11-27) as today (default: today in the site's timezone)")
	pos, code := parseInterleaved(fs, args)
	if code >= 0 {
		return code
	}
	_, stdout, stderr = speak(fs, newSiteDir(pos, *site), stdout, stderr)
	switch {
	case len(pos) == 2 && pos[0] == "site":
		return newSite(pos[1], now, stdout, stderr)
	case len(pos) == 2:
		return newItem(*site, pos[0], pos[1], now, stdout, stderr)
	}
	fmt.Fprintf(stderr, "gongkai new: want \"site DIR\" or \"CATEGORY PATH\", such as:\n  gongkai new site demo\n  gongkai new cadre cadre/wang-gongshi\n")
	return exitUsage
}

// newSiteDir is the folder whose site.toml says the language of new's
// messages: the new site's (Chinese, as gongkai makes it) or -s.
func newSiteDir(pos []string, site string) string {
	if len(pos) == 2 && pos[0] == "site" {
		return ""
	}
	return abs(site)
}

// parseInterleaved parses flags given before, between or after the
// positional arguments (gongkai new cadre cadre/wang --now 2026-11-27).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for {
		if code := parse(fs, args); code >= 0 {
			return nil, code
		}
		if fs.NArg() == 0 {
			return pos, -1
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
}

func newSite(dir string, now dayFlag, stdout, stderr io.Writer) int {
	if _, err := scaffold.Site(abs(dir), now.day); err != nil {
		fmt.Fprintf(stderr, "gongkai new site: %v\n", err)
		return exitContent
	}
	fmt.Fprintf(stdout, `created a site in %s: site.toml with 17 categories, 17 issuers, 10 boards and 2 kiosks,
and a sample item for each category in content/. Next:

  cd %s
  gongkai serve

then open http://127.0.0.1:1313/ in a browser, and edit site.toml and the files in content/.
`, dir, dir)
	return exitOK
}

func newItem(site, category, path string, now dayFlag, stdout, stderr io.Writer) int {
	it, err := scaffold.Item(abs(site), category, path, now.day)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai new: %v\n", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "created %s (%s) from %s\n", filepath.Join(site, it.File), it.Category, it.Archetype)
	if it.Draft {
		fmt.Fprintln(stdout, "it is a draft: preview it with gongkai serve --drafts, and delete the line draft = true to publish it")
	}
	return exitOK
}
