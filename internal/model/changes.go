package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

// ChangeKind is what happens to an item on the day its site's output
// changes without any file being edited.
type ChangeKind int

const (
	NoticeEnds         ChangeKind = iota // an immediate item's window is over: 公示中 → 已结束
	FallsDue                             // a periodic item is past its period: 现行 → 逾期未更新
	ConsultationOpens                    // open for comment from this day
	ConsultationCloses                   // no longer open for comment
	ItemPublished                        // dated this day: it enters the output
	ItemUpdated                          // a part dated this day (a stage, an evaluation, an update) is published
	ItemWithdrawn                        // withdrawn from this day
	ItemSuperseded                       // replaced by an item published this day
	ItemUnlisted                         // leaves the lists (unlist_after)
)

// changeWords are each kind's words for one item and for several.
var changeWords = [...][2]string{
	NoticeEnds:         {"notice ends", "notices end"},
	FallsDue:           {"periodic item falls due", "periodic items fall due"},
	ConsultationOpens:  {"consultation opens", "consultations open"},
	ConsultationCloses: {"consultation closes", "consultations close"},
	ItemPublished:      {"item is published", "items are published"},
	ItemUpdated:        {"item is updated", "items are updated"},
	ItemWithdrawn:      {"item is withdrawn", "items are withdrawn"},
	ItemSuperseded:     {"item is superseded", "items are superseded"},
	ItemUnlisted:       {"notice is unlisted", "notices are unlisted"},
}

// String is the change of one item: "notice ends".
func (k ChangeKind) String() string { return changeWords[k][0] }

// Count says how many items change so: "1 notice ends", "2 notices end".
func (k ChangeKind) Count(n int) string {
	if n == 1 {
		return "1 " + changeWords[k][0]
	}
	return fmt.Sprintf("%d %s", n, changeWords[k][1])
}

// Change is one item changing on one day.
type Change struct {
	Day  calendar.Day
	Item *Item // as published on Day
	What ChangeKind
}

// Changes lists what changes in the site's edition (its scope, drafts or
// not) on the days after from through to, by the passing of time alone,
// sorted by day, file and kind. Each day is the site chosen anew on that
// day, by the rules every build follows (choose: what is published, asOf,
// statusOf, unlisting, openForComment), compared with the day before, so
// no rule is written twice. It names future items: it is for the console,
// never for output files.
func Changes(s *Site, from, to calendar.Day) []Change {
	return replay(from, to, func(d calendar.Day) map[string]itemState {
		return states(s.on(d), nil)
	})
}

// AuditChanges is Changes for every item, public and internal, each as
// the edition of its own scope shows it (as Audit judges them): for check.
func AuditChanges(s *Site, from, to calendar.Day) []Change {
	pub, internal := *s, *s
	pub.opts.Scope, internal.opts.Scope = config.Public, config.Internal
	return replay(from, to, func(d calendar.Day) map[string]itemState {
		out := states(pub.on(d), nil)
		return states(internal.on(d), out, (*Item).Internal)
	})
}

// on is the site chosen on day d, with the items and options of s: what a
// build on d would publish, without bodies.
func (s *Site) on(d calendar.Day) *Site {
	opts := s.opts
	opts.Now = d
	return choose(s.Config, s.src, opts)
}

// itemState is what an item is on one day, as far as changes go.
type itemState struct {
	item     *Item
	status   Status
	unlisted bool
	open     bool // for comment
	parts    int  // dated parts published
}

// states adds the state of every item of s that passes every keep to out
// (a new map when nil), by file.
func states(s *Site, out map[string]itemState, keep ...func(*Item) bool) map[string]itemState {
	if out == nil {
		out = make(map[string]itemState, len(s.Items))
	}
	for _, it := range s.Items {
		if slices.ContainsFunc(keep, func(k func(*Item) bool) bool { return !k(it) }) {
			continue
		}
		_, open := s.openForComment(it)
		out[it.File] = itemState{item: it, status: it.Status, unlisted: it.Unlisted, open: open, parts: datedParts(it)}
	}
	return out
}

// datedParts counts the parts of an item that asOf leaves out until their
// day: a decision's stages and evaluations, an update.
func datedParts(it *Item) int {
	n := 0
	if !it.Updated.IsZero() {
		n++
	}
	if d := it.Decision; d != nil {
		for _, st := range d.Stages {
			n += 1 + len(st.Evaluations)
		}
	}
	return n
}

// replay compares the states of each day after from through to with the
// day before.
func replay(from, to calendar.Day, at func(calendar.Day) map[string]itemState) []Change {
	var out []Change
	prev := at(from)
	for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
		next := at(d)
		for file, n := range next {
			p, ok := prev[file]
			for _, k := range changed(p, n, ok) {
				out = append(out, Change{Day: d, Item: n.item, What: k})
			}
		}
		prev = next
	}
	slices.SortFunc(out, func(a, b Change) int {
		return cmp.Or(a.Day.Compare(b.Day), strings.Compare(a.Item.File, b.Item.File), cmp.Compare(a.What, b.What))
	})
	return out
}

// changed is what changed from p to n; existed is false when the item was
// not published the day before.
func changed(p, n itemState, existed bool) []ChangeKind {
	var out []ChangeKind
	switch {
	case !existed:
		out = append(out, ItemPublished)
	case n.status != p.status:
		if k, ok := statusChanges[n.status]; ok {
			out = append(out, k)
		}
	}
	if n.open != p.open {
		out = append(out, map[bool]ChangeKind{true: ConsultationOpens, false: ConsultationCloses}[n.open])
	}
	if existed && n.parts > p.parts {
		out = append(out, ItemUpdated)
	}
	if n.unlisted && !p.unlisted {
		out = append(out, ItemUnlisted)
	}
	return out
}

// statusChanges are the statuses an item can come to as days pass, with
// the change each is. An overdue item becomes current again only by an
// update (ItemUpdated).
var statusChanges = map[Status]ChangeKind{
	Ended:      NoticeEnds,
	Overdue:    FallsDue,
	Withdrawn:  ItemWithdrawn,
	Superseded: ItemSuperseded,
}
