package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// Risk is a published risk point with the power and step it belongs to.
// Power is nil when that power is not published in this build; pages then
// show only the risk's own words, never the unpublished power.
type Risk struct {
	*content.Risk
	Item  *Item         // the item that declares it
	Power *Item         // the published power it belongs to, or nil
	Step  *content.Step // its step in that power, or nil
}

// LevelLabel is the level in one character: 高, 中, 低.
func (r *Risk) LevelLabel() string { return config.RiskLevels.Label(r.Level) }

// TypeLabel is the risk type in Chinese: 操作风险.
func (r *Risk) TypeLabel() string { return config.RiskTypes.Label(r.Type) }

// MatterName names what the risk is about: the power's title, or the matter
// written in the risk.
func (r *Risk) MatterName() string {
	if r.Power != nil {
		return r.Power.Title
	}
	return r.Matter
}

// levelRank orders levels high first.
func levelRank(level string) int {
	return slices.IndexFunc(config.RiskLevels.Entries, func(e config.Entry) bool { return e.Key == level })
}

// checkRisks validates risk ids and the links between steps and risks over
// every item read, published or not, so a problem is reported whatever the
// build's scope or date. Items left out for their own errors (broken) still
// declare what they could be read to declare; while a file or folder could
// not be read at all (unreadable), no risk is called missing.
func checkRisks(set *content.Set, diags *diag.List) {
	items, broken, unreadable := set.Items, set.Broken, set.Incomplete()
	byID := map[string]*content.Risk{}
	owner := map[*content.Risk]*content.Item{}
	for _, it := range slices.Concat(items, broken) {
		for _, rk := range it.Risks {
			if first, dup := byID[rk.ID]; dup {
				diags.Errorf(rk.File, it.Line(fmt.Sprintf("risks[%d].id", rk.Index)),
					"risk id %q is also declared at %s:%d; risk ids are unique across the site, give this one another id", rk.ID, first.File, first.Line)
				continue
			}
			byID[rk.ID] = rk
			owner[rk] = it
		}
	}
	all := map[string]*content.Item{}
	for _, it := range items {
		all[it.ID] = it
	}
	for _, it := range broken {
		all[it.ID] = nil // known, but its own errors come first
	}
	named := map[string]bool{}
	for _, it := range slices.Concat(items, broken) {
		if it.Power != nil {
			for _, st := range it.Power.Steps {
				for _, id := range st.Risks {
					named[id] = true
				}
			}
		}
	}
	for _, it := range items {
		for _, rk := range it.Risks {
			if owner[rk] == it {
				checkRiskPower(rk, it, all, set.MayExistID, diags)
			}
			if rk.Power == "" && rk.Matter == "" && !named[rk.ID] && !unreadable {
				diags.Errorf(rk.File, rk.Line, `risk %s belongs to no power and no step names it; write power = "flowcharts/…" (a power item) and step = "…", or matter = "预算分配" (the power matter in words)`, rk.ID)
			}
		}
		if it.Power != nil {
			checkStepRisks(it, byID, unreadable, diags)
		}
	}
}

// checkRiskPower checks that a risk names a power item and one of its steps.
func checkRiskPower(rk *content.Risk, it *content.Item, items map[string]*content.Item, mayExist func(id string) bool, diags *diag.List) {
	if rk.Power == "" || rk.Power == it.ID {
		return
	}
	line := it.Line(fmt.Sprintf("risks[%d].power", rk.Index))
	p, ok := items[rk.Power]
	switch {
	case ok && p == nil: // broken: its own errors are reported
	case !ok && mayExist(rk.Power): // in a folder that could not be read
	case !ok:
		diags.Errorf(rk.File, line, "power = %q names no item%s; write the power item's path under content/ without .md, such as %q",
			rk.Power, diag.DidYouMean(rk.Power, powerIDs(items)), firstOr(powerIDs(items), "flowcharts/ganbu-xuanba-renyong"))
	case p.Power == nil:
		diags.Errorf(rk.File, line, "power = %q is an item without [[steps]], not a power; name a power item or write matter = \"…\" instead", rk.Power)
	case rk.Step != "" && p.Power.Step(rk.Step) == nil:
		diags.Errorf(rk.File, it.Line(fmt.Sprintf("risks[%d].step", rk.Index)), "step = %q is not a step of %s%s; its steps are %s",
			rk.Step, rk.Power, diag.DidYouMean(rk.Step, p.Power.StepIDs()), strings.Join(p.Power.StepIDs(), ", "))
	}
}

// checkStepRisks checks that every risk a step names exists and, when the
// risk says where it belongs, belongs there.
func checkStepRisks(it *content.Item, byID map[string]*content.Risk, unreadable bool, diags *diag.List) {
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	namedBy := map[string]*content.Step{}
	for _, st := range it.Power.Steps {
		line := it.Line(fmt.Sprintf("steps[%d].risk", st.Number-1))
		for _, id := range st.Risks {
			rk, ok := byID[id]
			first, twice := namedBy[id]
			namedBy[id] = st
			switch {
			case twice:
				diags.Errorf(it.File, line, "risk %q is also named by step %q; a risk point belongs to one step: declare one risk point per step", id, first.ID)
			case !ok && unreadable: // it may be in a file that could not be read
			case !ok:
				diags.Errorf(it.File, line, "risk %q is not declared in any item%s; declare it in a [[risks]] table with id = %q, level, type, description, measures and post",
					id, diag.DidYouMean(id, ids), id)
			case rk.Power != "" && (rk.Power != it.ID || (rk.Step != "" && rk.Step != st.ID)):
				diags.Errorf(it.File, line, "risk %q belongs to step %q of %s (%s:%d), not to step %q of this power; name it where it belongs or change its power and step",
					id, rk.Step, rk.Power, rk.File, rk.Line, st.ID)
			}
		}
	}
}

func powerIDs(items map[string]*content.Item) []string {
	var ids []string
	for id, it := range items {
		if it != nil && it.Power != nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

func firstOr(ids []string, def string) string {
	if len(ids) > 0 {
		return ids[0]
	}
	return def
}

// linkRisks gathers the published risk points and ties each to its
// published power and step.
func (s *Site) linkRisks() {
	byID := map[string]*Risk{}
	for _, it := range s.Items {
		for _, rk := range it.Item.Risks {
			r := &Risk{Risk: rk, Item: it}
			if p := s.byID[rk.Power]; p != nil && p.Power != nil {
				r.Power, r.Step = p, p.Power.Step(rk.Step)
			}
			byID[rk.ID] = r
			it.RiskPoints = append(it.RiskPoints, r)
			s.Risks = append(s.Risks, r)
		}
	}
	for _, p := range s.Powers {
		for _, st := range p.Power.Steps {
			for _, id := range st.Risks {
				// a risk that does not name its step takes the step naming it
				if r := byID[id]; r != nil && r.Risk.Step == "" && (r.Power == p || (r.Power == nil && r.Risk.Power == "")) {
					r.Power, r.Step = p, st
				}
			}
		}
	}
	for _, r := range s.Risks {
		if r.Power != nil {
			r.Power.PowerRisks = append(r.Power.PowerRisks, r)
		}
	}
	for _, p := range s.Powers {
		slices.SortStableFunc(p.PowerRisks, func(a, b *Risk) int {
			return cmp.Or(cmp.Compare(stepNumber(a), stepNumber(b)), cmp.Compare(levelRank(a.Level), levelRank(b.Level)), strings.Compare(a.ID, b.ID))
		})
	}
	slices.SortStableFunc(s.Risks, func(a, b *Risk) int {
		return cmp.Or(cmp.Compare(levelRank(a.Level), levelRank(b.Level)), strings.Compare(a.ID, b.ID))
	})
}

func stepNumber(r *Risk) int {
	if r.Step == nil {
		return 1 << 20
	}
	return r.Step.Number
}

// RisksAt returns the risk points at one step of a power, highest first.
func (it *Item) RisksAt(stepID string) []*Risk {
	var out []*Risk
	for _, r := range it.PowerRisks {
		if r.Step != nil && r.Step.ID == stepID {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b *Risk) int { return cmp.Compare(levelRank(a.Level), levelRank(b.Level)) })
	return out
}

// RisksByLevel returns the published risk points of one level.
func (s *Site) RisksByLevel(level string) []*Risk {
	var out []*Risk
	for _, r := range s.Risks {
		if r.Level == level {
			out = append(out, r)
		}
	}
	return out
}
