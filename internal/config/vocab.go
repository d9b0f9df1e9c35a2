package config

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
)

// Term is one of the three disclosure terms (公开时限) the policy fixes.
type Term string

const (
	LongTerm  Term = "long-term"
	Periodic  Term = "periodic"
	Immediate Term = "immediate"
)

// Channel is a way of disclosure (公开方式).
type Channel string

const (
	ChannelWeb   Channel = "web"
	ChannelBoard Channel = "board"
	ChannelKiosk Channel = "kiosk"
)

// Scope says who may see an item (公开范围).
type Scope string

const (
	Public   Scope = "public"
	Internal Scope = "internal"
)

// Entry is one value of a vocabulary: its key and its Chinese label, plus
// other spellings an editor may use.
type Entry struct {
	Key     string
	Label   string
	Aliases []string
}

// Vocab is a closed set of values accepted by key or by label.
type Vocab struct {
	Name    string // what the values are, for messages: "category"
	Table   string // where site.toml declares them, "[[categories]]"; "" when built in
	Entries []Entry
	// Incomplete is set when site.toml, where the vocabulary is declared,
	// has errors that may have lost some of its values: a value not found
	// may then be right, and is not reported (the errors in site.toml are).
	Incomplete bool
}

// Resolve returns the key for v, which may be a key, a label or an alias.
func (v *Vocab) Resolve(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, e := range v.Entries {
		if strings.EqualFold(t, e.Key) || t == e.Label {
			return e.Key, true
		}
		for _, a := range e.Aliases {
			if t == a {
				return e.Key, true
			}
		}
	}
	return "", false
}

// Label returns the Chinese label of key, or key itself.
func (v *Vocab) Label(key string) string {
	for _, e := range v.Entries {
		if e.Key == key {
			return e.Label
		}
	}
	return key
}

// Unknown formats the error for a value not in the vocabulary, with the
// nearest key or label as a suggestion, or the list of valid keys when the
// value is not close to any of them.
func (v *Vocab) Unknown(s string) string {
	var cands []string
	for _, e := range v.Entries {
		cands = append(cands, e.Key, e.Label)
		cands = append(cands, e.Aliases...)
	}
	msg := fmt.Sprintf("unknown %s %q", v.Name, s)
	if m := diag.Suggest(s, cands); m != "" {
		if k, _ := v.Resolve(m); k != m {
			m = k // suggest the key, the spelling the docs use
		}
		return msg + ` (did you mean "` + m + `"?)`
	}
	switch {
	case len(v.Entries) == 0:
		return msg + ": site.toml declares no " + v.Name + "; declare it there under " + v.Table + " with key and label, or remove this value"
	case len(v.Entries) <= 12:
		return msg + " (write one of: " + v.Keys() + ")"
	}
	return msg
}

// Keys lists the keys, comma-separated, for messages.
func (v *Vocab) Keys() string {
	keys := make([]string, len(v.Entries))
	for i, e := range v.Entries {
		keys[i] = e.Key
	}
	return strings.Join(keys, ", ")
}

// Built-in vocabularies.
var (
	Terms = &Vocab{Name: "term", Entries: []Entry{
		{Key: string(LongTerm), Label: "长期公开", Aliases: []string{"长期"}},
		{Key: string(Periodic), Label: "定期公开", Aliases: []string{"定期"}},
		{Key: string(Immediate), Label: "即时公开", Aliases: []string{"即时"}},
	}}
	Channels = &Vocab{Name: "channel", Entries: []Entry{
		{Key: string(ChannelWeb), Label: "网站", Aliases: []string{"网络专栏", "网站专栏"}},
		{Key: string(ChannelBoard), Label: "公开栏", Aliases: []string{"固定公开栏"}},
		{Key: string(ChannelKiosk), Label: "电子屏", Aliases: []string{"电子显示屏", "触摸屏"}},
	}}
	Scopes = &Vocab{Name: "scope", Entries: []Entry{
		{Key: string(Public), Label: "向社会公开", Aliases: []string{"社会公开", "公开"}},
		{Key: string(Internal), Label: "党内公开", Aliases: []string{"党内"}},
	}}
	Periods = &Vocab{Name: "period", Entries: []Entry{
		{Key: "monthly", Label: "每月", Aliases: []string{"月度", "按月"}},
		{Key: "quarterly", Label: "每季度", Aliases: []string{"季度", "按季度"}},
		{Key: "half-yearly", Label: "每半年", Aliases: []string{"半年", "半年度"}},
		{Key: "yearly", Label: "每年", Aliases: []string{"年度", "按年"}},
	}}
)

// PeriodMonths is how many months each period spans.
var PeriodMonths = map[string]int{"monthly": 1, "quarterly": 3, "half-yearly": 6, "yearly": 12}
