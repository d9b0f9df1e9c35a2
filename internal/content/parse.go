package content

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Parse reads one content file. file is its path relative to the site folder
// ("content/cadre/wang.md"); reserved are the addresses the channels write
// of their own. It returns nil and the diagnostics when the item cannot be
// built; an item with diagnostics may still be returned so other checks
// can run, but the build fails on any error.
func Parse(site *config.Site, reserved *Addresses, file string, data []byte) (*Item, []diag.Diagnostic) {
	fm, fmLine, body, bodyLine, bad := split(file, data)
	if bad != nil {
		return nil, []diag.Diagnostic{*bad}
	}
	raw, meta, diags := parseFrontMatter(file, fm, fmLine)
	if meta.SyntaxError {
		return nil, diags
	}
	r := &resolver{site: site, reserved: reserved, file: file, meta: meta, diags: diags}
	it := r.item(raw)
	it.File, it.Meta, it.Body, it.BodyLine = file, meta, body, bodyLine
	it.ID, it.Section, it.Path = itemPaths(file, raw.Slug)
	if raw.Slug != "" && !slugPattern.MatchString(raw.Slug) {
		r.errorf("slug", `slug %q becomes part of the address: use lower-case letters, digits and dashes; write slug = "wang-gongshi"`, raw.Slug)
	}
	if reserved.Folder(it.Section) && it.Section != "" {
		r.errorf("", "content/%s/ is reserved for pages gongkai generates; move the file to another folder", it.Section)
	}
	if page, ok := reserved.Page(it.Path); ok {
		r.errorf("", "this item would be published at /%s, the address of the generated %s; rename the file or give it a slug", it.Path, page)
	}
	r.aliases(it, raw.Aliases)
	r.power(it, raw)
	r.risks(it, raw.Risks)
	r.decision(it, raw.Stages)
	return it, r.diags
}

var slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// itemPaths derives the id, section and page path from the file name.
// "content/cadre/wang.md" and "content/cadre/wang/index.md" both have the
// id "cadre/wang"; a slug replaces the last part of the page path.
func itemPaths(file, slug string) (id, section, page string) {
	id = strings.TrimSuffix(strings.TrimPrefix(file, "content/"), ".md")
	id = strings.TrimSuffix(id, "/index")
	section, _, _ = strings.Cut(id, "/")
	page = id
	if slug != "" {
		page = path.Join(path.Dir(id), slug)
	}
	return id, section, page + "/"
}

type resolver struct {
	site     *config.Site
	reserved *Addresses
	file     string
	meta     *tomlx.Meta
	diags    []diag.Diagnostic
}

func (r *resolver) errorf(key, format string, args ...any) {
	line := r.meta.Line(key)
	if line == 0 {
		line = 1
	}
	r.diags = append(r.diags, diag.Diagnostic{File: r.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (r *resolver) item(f *frontMatter) *Item {
	it := &Item{
		Title: strings.TrimSpace(f.Title), Number: strings.TrimSpace(f.Number),
		Summary: strings.TrimSpace(f.Summary), Draft: f.Draft, Replaces: f.Replaces,
		Published: f.Date,
	}
	if it.Title == "" && !r.failed("title") {
		r.errorf("title", `missing title; write title = "关于……的公示"`)
	}
	it.Date = r.day(f.Date)
	if f.Date.IsZero() && !r.failed("date") {
		r.errorf("", "missing date; write date = 2026-11-20 (the day it is published)")
	}
	it.Category = r.vocab("category", f.Category, r.site.CategoryVocab())
	if f.Category == "" && !r.failed("category") {
		r.errorf("", `missing category; write category = "%s" (one of the categories in site.toml)`, firstKey(r.site.CategoryVocab()))
	}
	r.term(it, f)
	r.unlistAfter(it, f)
	r.channels(it, f)
	if f.Issuer != "" {
		it.Issuer = r.vocab("issuer", f.Issuer, r.site.IssuerVocab())
	}
	it.Scope = string(config.Public)
	if f.Scope != "" {
		it.Scope = r.vocab("scope", f.Scope, config.Scopes)
	}
	it.Updated, it.Withdrawn, it.Formed = r.day(f.Updated), r.day(f.Withdrawn), r.day(f.Formed)
	it.ReviewedBy, it.Reviewed, it.DecidedBy = strings.TrimSpace(f.ReviewedBy), r.day(f.Reviewed), strings.TrimSpace(f.DecidedBy)
	it.IndexNo = strings.TrimSpace(f.IndexNo)
	r.order(it)
	r.urgent(it, f)
	return it
}

// failed reports whether key was set to a value that could not be decoded,
// which has its own message already.
func (r *resolver) failed(key string) bool {
	line := r.meta.Line(key)
	for _, d := range r.diags {
		if line > 0 && d.Line == line {
			return true
		}
	}
	return false
}

func firstKey(v *config.Vocab) string {
	if len(v.Entries) == 0 {
		return "…"
	}
	return v.Entries[0].Key
}

func (r *resolver) day(d tomlx.Date) calendar.Day {
	if d.IsZero() {
		return calendar.Day{}
	}
	return calendar.Of(d.In(r.site.Location), r.site.Location)
}

func (r *resolver) vocab(key, value string, v *config.Vocab) string {
	if value == "" {
		return ""
	}
	k, ok := v.Resolve(value)
	if !ok && !v.Incomplete {
		r.errorf(key, "%s", v.Unknown(value))
	}
	return k
}

// term resolves the term and checks the keys each term needs.
func (r *resolver) term(it *Item, f *frontMatter) {
	if f.Term == "" {
		c := r.site.CategoryByKey(it.Category)
		if c != nil && c.Term != "" {
			it.Term = c.Term
		} else if it.Category != "" && !r.site.CategoryVocab().Incomplete && (c == nil || !c.TermFailed) {
			r.errorf("", `missing term; write term = "long-term", "periodic" or "immediate" (长期公开, 定期公开, 即时公开)`)
		}
	} else {
		it.Term = r.vocab("term", f.Term, config.Terms)
	}
	it.Until = r.day(f.Until)
	if f.Period != "" {
		it.Period = r.vocab("period", f.Period, config.Periods)
	}
	switch config.Term(it.Term) {
	case config.Immediate:
		if f.Until.IsZero() {
			r.errorf("term", "an immediate item needs the last day of its publicity window; write until = %s", suggestUntil(it.Date))
		} else if !it.Date.IsZero() && it.Until.Before(it.Date) {
			r.errorf("until", "until %s is before date %s; the publicity window must end on or after the day it starts", it.Until, it.Date)
		}
	case config.Periodic:
		if f.Period == "" {
			r.errorf("term", `a periodic item needs its update period; write period = "monthly", "quarterly", "half-yearly" or "yearly"`)
		}
	}
	if !f.Until.IsZero() && it.Term != "" && it.Term != string(config.Immediate) {
		r.errorf("until", `until is the end of a publicity window, used only by immediate items; remove it or write term = "immediate"`)
	}
	if f.Period != "" && it.Term != "" && it.Term != string(config.Periodic) {
		r.errorf("period", `period is used only by periodic items; remove it or write term = "periodic"`)
	}
}

func suggestUntil(d calendar.Day) string {
	if d.IsZero() {
		return "2026-11-30"
	}
	return d.AddDays(7).String()
}

func (r *resolver) channels(it *Item, f *frontMatter) {
	if len(f.Channel) == 0 {
		if c := r.site.CategoryByKey(it.Category); c != nil {
			// the category's own list, shared by its items (read only),
			// clipped so that an append copies it
			it.Channels = slices.Clip(c.Channel)
		}
		return
	}
	seen := map[string]bool{}
	for _, ch := range f.Channel {
		k := r.vocab("channel", ch, config.Channels)
		if k != "" && !seen[k] {
			seen[k] = true
			it.Channels = append(it.Channels, k)
		}
	}
}

// order checks that the dates of the item follow one another.
func (r *resolver) order(it *Item) {
	if !it.Withdrawn.IsZero() && it.Withdrawn.Before(it.Date) {
		r.errorf("withdrawn", "withdrawn %s is before date %s", it.Withdrawn, it.Date)
	}
	if !it.Updated.IsZero() && it.Updated.Before(it.Date) {
		r.errorf("updated", "updated %s is before date %s; updated is the day of the latest revision", it.Updated, it.Date)
	}
	if !it.Reviewed.IsZero() && !it.Date.IsZero() && it.Date.Before(it.Reviewed) {
		r.errorf("reviewed", "reviewed %s is after date %s; an item is reviewed before it is published: correct reviewed, or write date = %s", it.Reviewed, it.Date, it.Reviewed)
	}
	if !it.Formed.IsZero() && it.Date.Before(it.Formed) {
		r.errorf("formed", "formed %s is after date %s; formed is the day the information came into being, before it is published", it.Formed, it.Date)
	}
}
