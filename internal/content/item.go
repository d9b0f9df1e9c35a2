package content

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Item is one disclosure item, with every value resolved to keys.
type Item struct {
	ID      string // "cadre/wang"
	File    string // "content/cadre/wang.md"
	Section string // first folder under content/: "cadre"
	Path    string // output path of its page, relative to the site root: "cadre/wang/"

	Title    string
	Category string
	Term     string // long-term | periodic | immediate
	Channels []string
	Issuer   string
	Period   string
	Scope    string // public | internal
	Number   string
	Summary  string
	Draft    bool
	Replaces []string // ids of items this one supersedes
	Aliases  []string // old addresses that lead to its page: "cadre/old-name/", "old.html" (aliases.go)

	// Review before publishing (先审后发), read by model only where
	// site.toml's [review] requires it: who reviewed, and the collective
	// decision for an item outside the catalog ("县政府第12次常务会议 2026-03-05").
	ReviewedBy string
	Reviewed   calendar.Day
	DecidedBy  string

	IndexNo string // 索引号 as written (index_no); else model numbers it from site.toml's [index_no]

	// UnlistAfter is how long an immediate item stays listed after its
	// window: its unlist_after, else its category's; unset for other terms.
	UnlistAfter config.Span

	Date      calendar.Day
	Until     calendar.Day
	Updated   calendar.Day
	Withdrawn calendar.Day
	Formed    calendar.Day
	Published tomlx.Date // date as written, with its time if any, for feeds

	// Urgent is the last day an urgent item takes over the screens and
	// heads the home page; zero when it is not urgent (urgent.go).
	Urgent calendar.Day

	Power    *Power    // set when the item is a power (职权) with its flowchart
	Risks    []*Risk   // risk points declared in the item
	Decision *Decision // set when the item follows a major decision's stages

	Body     []byte // Markdown source
	BodyLine int    // line of the body's first line in File; the rendered body is model.Item.Doc

	Meta *tomlx.Meta // where each front matter key is, for later diagnostics
}

// HasChannel reports whether the item is published through ch.
func (it *Item) HasChannel(ch string) bool {
	for _, c := range it.Channels {
		if c == ch {
			return true
		}
	}
	return false
}

// Internal reports whether the item is for Party members only (党内公开).
func (it *Item) Internal() bool { return it.Scope == "internal" }

// Line returns the line of a front matter key in the item's file.
func (it *Item) Line(key string) int {
	if n := it.Meta.Line(key); n > 0 {
		return n
	}
	return 1
}

// frontMatter is the front matter as written, before vocabularies are resolved.
type frontMatter struct {
	Title     string           `toml:"title"`
	Date      tomlx.Date       `toml:"date"`
	Category  string           `toml:"category"`
	Term      string           `toml:"term"`
	Channel   tomlx.StringList `toml:"channel"`
	Issuer    string           `toml:"issuer"`
	Until     tomlx.Date       `toml:"until"`
	Period    string           `toml:"period"`
	Scope     string           `toml:"scope"`
	Number    string           `toml:"number"`
	Draft     bool             `toml:"draft"`
	Updated   tomlx.Date       `toml:"updated"`
	Withdrawn tomlx.Date       `toml:"withdrawn"`
	Formed    tomlx.Date       `toml:"formed"`
	Replaces  tomlx.StringList `toml:"replaces"`
	Slug      string           `toml:"slug"`
	Summary   string           `toml:"summary"`
	Aliases   tomlx.StringList `toml:"aliases"`

	ReviewedBy string     `toml:"reviewed_by"`
	Reviewed   tomlx.Date `toml:"reviewed"`
	DecidedBy  string     `toml:"decided_by"`
	IndexNo    string     `toml:"index_no"`

	UnlistAfter config.Span `toml:"unlist_after"`

	Urgent      bool       `toml:"urgent"`
	UrgentUntil tomlx.Date `toml:"urgent_until"`

	PowerType string    `toml:"power_type"`
	Basis     string    `toml:"basis"`
	Steps     []stepFM  `toml:"steps"`
	Risks     []riskFM  `toml:"risks"`
	Stages    []stageFM `toml:"stages"`
}
