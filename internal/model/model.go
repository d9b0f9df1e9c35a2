package model

import (
	"net/url"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/disclose"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/search"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Options choose what a build publishes.
type Options struct {
	Now    calendar.Day
	Scope  config.Scope // public: public items only; internal: public and internal items
	Drafts bool         // publish drafts too (previews only)
	Bodies *BodyCache   // rendered bodies kept between builds (serve); nil renders every body
	// Editions, when set, are given the editions Build makes of the same
	// items on the same day, for the checks that run beside it (Editions).
	Editions *Editions
	Drop     *Drop // what of each body to let go once rendered (drop.go); nil keeps every body
	// Later leaves the bodies to Site.RenderBodies, which the caller calls
	// once, when it can write each item's page as its body is rendered
	// (build.Run): no body is held longer than its page takes.
	Later bool
}

// Site is the model of one build.
type Site struct {
	Config   *config.Site
	Now      calendar.Day
	Scope    config.Scope
	Calendar *calendar.Calendar
	BasePath string // path of base_url, "/" or "/gk/"

	Items      []*Item          // every published item, newest first
	Listed     []*Item          // the items lists show, newest first: Items without the unlisted ones (unlist.go)
	byID       map[string]*Item // published items by id
	Categories []*Group         // in site.toml order, with their items
	Terms      []*Group
	Issuers    []*Group
	Years      []*Year  // archive, newest first
	Notices    []*Item  // immediate items in force, ending soonest first
	Catalog    *Catalog // the catalog entries of this build's scope with their coverage
	Resources  []string // files under content/ that published items link to

	Powers        []*Item          // published powers, in 职权目录 order (powers.go)
	Risks         []*Risk          // published risk points, highest level first (risks.go)
	Consultations []*Item          // items open for comment on --now, ending soonest first (decisions.go)
	Records       *disclose.Public // what records/ publishes on --now (set by build.Load); never nil after it

	public *Site        // the internal edition's public view (View); nil in a public build
	memo   *search.Memo // SearchMemo
	drop   *dropping    // bodies are let go once rendered (Drop), HTML once the item's page is (PageRendered); nil keeps them
	rebody *rebodyState // what Rebody takes again (rebody.go); nil without Options.Bodies
	later  *later       // the bodies still to render (Options.Later); nil once rendered

	src  []*content.Item // every item read, published or not: what Changes replays on later days
	opts Options         // what this site was chosen with (without Bodies)
}

// Item is a published item with its status on --now.
type Item struct {
	*content.Item
	Doc          *markdown.Doc // the rendered body; kept here, not in the content.Item, which builds share
	Words        search.Words  // its body's search tokens, taken before a Drop cuts Doc.Text (BodyWords)
	Status       Status
	Unlisted     bool   // out of every list on --now, its page marked noindex (unlist.go)
	AwaitsReview bool   // a preview's item (not a draft) not reviewed yet, marked 待审核 (review.go); never in a build without drafts
	indexed      bool   // its Words were given to the search index and let go (IndexBody)
	IndexNumber  string // 索引号: its index_no, else from site.toml's [index_no] (indexno.go); "" without either
	SupersededBy *Item
	URL          string // path with the base path: "/cadre/wang/"
	Permalink    string // absolute address from base_url, for QR codes and feeds

	Chart      *flowchart.Drawing // powers: the flowchart, laid out once per build (for other spaces: Parts, For, Overview)
	PowerRisks []*Risk            // powers: published risk points at its steps
	RiskPoints []*Risk            // published risk points declared in this item
	Timeline   []TimelineStage    // decisions: the five stages on --now
	Comment    *Window            // open for comment on --now: the consultation window
}

// Group is the items of one category, term or issuer.
type Group struct {
	Key, Label, Group, Description string
	Items                          []*Item
}

// Year is a year of the archive.
type Year struct {
	Year   int
	Months []*Month // newest first
	Count  int
}

// Month is a month of the archive.
type Month struct {
	Year, Month int
	Items       []*Item
}

// QRLink is the address a QR code on a sheet or screen leads to: the
// item's page on the public website. An internal item has none (""): the
// public website has no page for it, and where the internal edition is
// served is not known to gongkai, so an internal board or screen shows it
// without a QR code.
func (it *Item) QRLink() string {
	if it.Internal() {
		return ""
	}
	return it.Permalink
}

// FixedForBuild marks an item as the same for the whole build that made
// it (layout.Fixed): a layout may keep what a partial writes of it.
func (*Item) FixedForBuild() {}

// Active reports whether the item is in force: on boards and kiosks.
func (it *Item) Active() bool { return it.Status.Active() }

// StatusLabel is the status in Chinese on --now (Status.LabelOpen).
func (it *Item) StatusLabel() string { return it.Status.LabelOpen(it.Term, it.Comment != nil) }

// Lookup returns a published item by id.
func (s *Site) Lookup(id string) *Item { return s.byID[id] }

// InForce returns the published items in force on --now that pass keep,
// newest first. Boards and kiosks select their items through it.
func (s *Site) InForce(keep func(*Item) bool) []*Item {
	var out []*Item
	for _, it := range s.Items {
		if it.Active() && keep(it) {
			out = append(out, it)
		}
	}
	return out
}

// Build makes the model: it chooses the published items, computes their
// status, renders their bodies in parallel and checks their links. Only
// what this build publishes takes part: an item it leaves out replaces
// nothing, counts nowhere and is named by no list (TestNothingLeaks).
//
// The internal edition also holds the public edition's model (View), made
// from the same rendered bodies, for the public boards and screens it lays
// out: they show what the public build shows, byte for byte.
func Build(cfg *config.Site, set *content.Set, md *markdown.Renderer, opts Options) (*Site, []diag.Diagnostic) {
	var diags diag.List
	all := indexAll(set.Items)
	checkReplaces(set, all, &diags)
	s := edition(cfg, set.Items, opts)
	if opts.Scope == config.Internal {
		pub := opts
		pub.Scope = config.Public
		s.public = edition(cfg, set.Items, pub)
	}
	opts.Editions.offer(s, cfg, set.Items, opts)
	if opts.Bodies != nil && opts.Drop == nil {
		s.memo = opts.Bodies.search
	}
	s.drop = opts.Drop.start(s)
	s.later = &later{md: md, cache: opts.Bodies, set: set}
	if !opts.Later {
		diags.Append(s.RenderBodies(nil)...)
	}
	ids := make([]string, len(set.Items))
	for i, it := range set.Items {
		ids[i] = it.ID
	}
	checkReferences(cfg, func(id string) bool { return all[id] != nil || set.MayExistID(id) }, ids, &diags)
	checkRisks(set, &diags)
	out := diags.Sorted()
	if s.rebody != nil {
		s.rebody.diags = out
	}
	return s, out
}

// choose makes the site of the items opts publishes, each as published on
// --now (asOf), with its status.
func choose(cfg *config.Site, items []*content.Item, opts Options) *Site {
	opts.Bodies, opts.Drop, opts.Editions = nil, nil, nil
	s := &Site{Config: cfg, Now: opts.Now, Scope: opts.Scope, byID: make(map[string]*Item, len(items)), src: items, opts: opts}
	s.Calendar = NewCalendar(cfg)
	s.BasePath = "/"
	if u, err := url.Parse(cfg.BaseURL); err == nil && u.Path != "" {
		s.BasePath = u.Path
	}
	var published []*content.Item
	for _, ci := range items {
		if s.publishes(ci, opts) {
			published = append(published, asOf(ci, s.Now))
		}
	}
	replaced := replacements(published)
	for _, ci := range published {
		it := &Item{Item: ci, URL: s.BasePath + ci.Path, Permalink: cfg.BaseURL + ci.Path}
		it.Status = statusOf(ci, s.Now, replaced[ci.ID].on)
		it.Unlisted = unlisted(ci, s.Now)
		it.AwaitsReview = opts.Drafts && !ci.Draft && AwaitsReview(cfg, ci, s.Now) != ""
		s.Items = append(s.Items, it)
		s.byID[ci.ID] = it
	}
	for id, r := range replaced {
		if old, ok := s.byID[id]; ok && old.Status == Superseded {
			old.SupersededBy = s.byID[r.by]
		}
	}
	return s
}

// edition is the site of a scope on a day, without bodies or charts: the
// items opts publishes (choose) and everything made from them (link).
// Build adds the bodies and the charts; Audit weighs it as it is, so both
// see the same items.
func edition(cfg *config.Site, items []*content.Item, opts Options) *Site {
	s := choose(cfg, items, opts)
	s.link()
	return s
}

// link sorts the items and builds everything made from them: the indexes,
// the catalog, the powers with their risk points, the decisions.
func (s *Site) link() {
	slices.SortFunc(s.Items, newestFirst)
	s.numberItems()
	s.index()
	s.buildCatalog()
	s.linkPowers()
	s.linkDecisions()
}

// View is the site as a board or screen of the given scope shows it. In
// the internal edition, a public board or screen sees the public
// edition's model: no internal item, and nothing an internal item changes
// (a replacement, a risk point at a public power's step). Otherwise it is
// the site itself.
func (s *Site) View(scope string) *Site {
	if s.public != nil && scope != string(config.Internal) {
		return s.public
	}
	return s
}

// Boards are the boards this build lays out, in site.toml order: the
// public ones, and in the internal edition the internal ones too.
func (s *Site) Boards() []*config.Board {
	var out []*config.Board
	for i := range s.Config.Boards {
		if b := &s.Config.Boards[i]; s.shows(b.Scope) {
			out = append(out, b)
		}
	}
	return out
}

// Kiosks are the screens this build makes, in site.toml order, chosen as
// Boards are.
func (s *Site) Kiosks() []*config.Kiosk {
	var out []*config.Kiosk
	for i := range s.Config.Kiosks {
		if k := &s.Config.Kiosks[i]; s.shows(k.Scope) {
			out = append(out, k)
		}
	}
	return out
}

// shows reports whether this build has what is declared with scope.
func (s *Site) shows(scope string) bool {
	return scope != string(config.Internal) || s.Scope == config.Internal
}

func days(cfg *config.Site, ds []tomlx.Date) []calendar.Day {
	out := make([]calendar.Day, len(ds))
	for i, d := range ds {
		out[i] = calendar.Of(d.In(cfg.Location), cfg.Location)
	}
	return out
}

// publishes decides whether an item enters this build at all.
func (s *Site) publishes(it *content.Item, opts Options) bool {
	if it.Draft && !opts.Drafts {
		return false
	}
	if it.Date.After(s.Now) {
		return false // dated in the future: not published yet
	}
	if !opts.Drafts && AwaitsReview(s.Config, it, s.Now) != "" {
		return false // not reviewed yet: previews show it, marked 待审核
	}
	return it.Scope == string(config.Public) || opts.Scope == config.Internal
}

func indexAll(items []*content.Item) map[string]*content.Item {
	m := make(map[string]*content.Item, len(items))
	for _, it := range items {
		m[it.ID] = it
	}
	return m
}

type replacement struct {
	by string
	on calendar.Day
}

// replacements maps each superseded id to the published item that replaced
// it first, and when. Only published items replace: an internal item
// replacing a public one leaves the public edition as it was.
func replacements(published []*content.Item) map[string]replacement {
	out := map[string]replacement{}
	for _, it := range published {
		for _, old := range it.Replaces {
			if prev, ok := out[old]; old != it.ID && (!ok || it.Date.Before(prev.on)) {
				out[old] = replacement{by: it.ID, on: it.Date}
			}
		}
	}
	return out
}

// checkReplaces reports replaces that name no item, or the item itself,
// whatever the build publishes.
func checkReplaces(set *content.Set, all map[string]*content.Item, diags *diag.List) {
	for _, it := range set.Items {
		for _, old := range it.Replaces {
			switch target, ok := all[old]; {
			case !ok && set.MayExistID(old): // its own error is reported
			case !ok:
				diags.Errorf(it.File, it.Line("replaces"), "replaces %q, but there is no item with that id; write the old item's path under content/ without .md, such as %q", old, suggestID(old, it.ID, all))
			case target == it:
				diags.Errorf(it.File, it.Line("replaces"), "an item cannot replace itself; write the id of the older item it supersedes, or remove %q from replaces", old)
			}
		}
	}
}

func suggestID(id, self string, all map[string]*content.Item) string {
	ids := make([]string, 0, len(all))
	for k := range all {
		if k != self {
			ids = append(ids, k)
		}
	}
	slices.Sort(ids)
	if m := diag.Suggest(id, ids); m != "" {
		return m
	}
	if len(ids) > 0 {
		return ids[0] // an id that exists, to show the form
	}
	return "cadre/wang"
}

// newestFirst orders items by date, newest first, then by id and file. It
// is a total order (no two items share a file), so an unstable sort gives
// the same list every time — and sorting 10,000 items takes a fraction of
// the time a stable sort does, which `gongkai serve` pays on every save.
func newestFirst(a, b *Item) int {
	if ka, kb := dayKey(a.Date), dayKey(b.Date); ka != kb {
		if ka > kb {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	return strings.Compare(a.File, b.File)
}

// dayKey packs a day into one number that orders as the days do.
func dayKey(d calendar.Day) int { return d.Y<<9 | int(d.M)<<5 | d.D }
