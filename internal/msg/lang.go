package msg

import "strings"

// Lang is a language messages are printed in.
type Lang string

// The languages of the catalogue. English is the language of the code.
const (
	En Lang = "en"
	Zh Lang = "zh"
)

// Parse reads a --lang value or a language tag: en, en-US, zh, zh-CN,
// zh_CN.UTF-8 …; ok is false for anything else.
func Parse(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "en" || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en."):
		return En, true
	case s == "zh" || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh."):
		return Zh, true
	}
	return "", false
}

// FromEnv returns the language the environment asks for: the first of
// LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads them. Only
// English and Chinese are preferences; C, POSIX and other languages say
// nothing (ok false), and the site's language decides.
func FromEnv(getenv func(string) string) (l Lang, ok bool) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return Parse(v)
		}
	}
	return "", false
}

// Choose returns the language of a command's messages: --lang when given,
// else an English or Chinese environment (LANG), else the site's language
// (site.toml `language`; English for a site in English, Chinese for any
// other), else, when the site's language is unknown (site.toml cannot be
// read), Chinese.
func Choose(flag string, getenv func(string) string, siteLanguage string) Lang {
	if l, ok := Parse(flag); ok {
		return l
	}
	if l, ok := FromEnv(getenv); ok {
		return l
	}
	if l, ok := Parse(siteLanguage); ok && l == En {
		return En
	}
	return Zh
}
