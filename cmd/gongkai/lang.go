package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/msg"
)

// langUsage describes --lang, which every command takes.
const langUsage = "the `language` of messages: zh (中文) or en (default: English when LANG is English, else the site's language, else Chinese)"

// getenv reads the environment; tests replace it.
var getenv = os.Getenv

// speak returns the language of a command's messages, chosen from its
// --lang flag, the environment and the language of the site in siteDir
// (msg.Choose), and stdout and stderr translating into it. A command
// whose stdout is a document (report) keeps its own stdout.
func speak(fs *flag.FlagSet, siteDir string, stdout, stderr io.Writer) (msg.Lang, io.Writer, io.Writer) {
	var flagValue string
	if f := fs.Lookup("lang"); f != nil {
		flagValue = f.Value.String()
	}
	l := msg.Choose(flagValue, getenv, siteLanguage(siteDir))
	return l, msg.NewWriter(stdout, l), msg.NewWriter(stderr, l)
}

// langOf is the language w translates into: English unless it is a
// msg.Writer.
func langOf(w io.Writer) msg.Lang {
	if mw, ok := w.(*msg.Writer); ok {
		return mw.Lang()
	}
	return msg.En
}

// siteLanguage is the `language` of site.toml in dir: its default zh-CN
// when the key is left out, "" when site.toml cannot be read (the site's
// load reports why).
func siteLanguage(dir string) string {
	if dir == "" {
		return ""
	}
	data, err := os.ReadFile(filepath.Join(dir, config.File))
	if err != nil {
		return ""
	}
	var s struct {
		Language string `toml:"language"`
	}
	if _, err := toml.Decode(string(data), &s); err != nil {
		return ""
	}
	if s.Language == "" {
		return "zh-CN"
	}
	return s.Language
}
