package model

import (
	"slices"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// rebodyState is what a Build with a BodyCache (serve) keeps for Rebody:
// what it made of the bodies, item by item, and what of it was made of
// front matter only.
type rebodyState struct {
	idx    *linkIndex
	set    *content.Set      // what the site was made of
	bodies []bodyRecord      // per item of Site.Items, in order
	diags  []diag.Diagnostic // what the build reported, sorted
	uses   map[string]int    // how many bodies link to each file under content/; made by the first Rebody
}

// bodyRecord is what one body's rendering reported and linked to.
type bodyRecord struct {
	diags []diag.Diagnostic
	files []string
}

// renderRecorded renders the body of it with its own diagnostics and
// files, for Rebody to take back when the body changes.
func (s *Site) renderRecorded(it *Item, md *markdown.Renderer, cache *BodyCache, idx *linkIndex, set *content.Set) bodyRecord {
	var d diag.List
	res := &resources{}
	s.renderBody(it, md, cache, idx, set, res, &d)
	return bodyRecord{diags: d.Sorted(), files: res.list()}
}

// Rebody is Build again when only bodies changed. prev is the site the
// last Build or Rebody made with opts.Bodies, and set must read the same
// files with the same front matter (content.Cache.Fronts unchanged): then
// everything made of front matter — which items are published, their
// status and order, the indexes, the catalog, powers, charts, the link
// index and the checks of fields — is prev's, and only the items whose
// file was read anew are pointed at their new reading and have their
// bodies rendered again, in both editions.
//
// It changes prev and returns it: nothing may read prev meanwhile. It
// returns ok false, changing nothing, when it cannot take prev: another
// site.toml, --now, scope or drafts, no record of the bodies, other files
// or folders under content/; then call Build.
func Rebody(prev *Site, cfg *config.Site, set *content.Set, md *markdown.Renderer, opts Options) (*Site, []diag.Diagnostic, bool) {
	changed, ok := prev.rebodies(cfg, set, opts)
	if !ok {
		return nil, nil, false
	}
	st := prev.rebody
	if st.uses == nil {
		st.uses = map[string]int{}
		for _, b := range st.bodies {
			for _, f := range b.files {
				st.uses[f]++
			}
		}
	}
	files := false
	for _, ci := range changed {
		it := prev.byID[ci.ID]
		i := slices.Index(prev.Items, it)
		it.Item = asOf(ci, prev.Now)
		old := st.bodies[i]
		b := prev.renderRecorded(it, md, opts.Bodies, st.idx, set)
		st.bodies[i] = b
		st.diags = replaceDiags(st.diags, old.diags, b.diags)
		if !slices.Equal(old.files, b.files) {
			files = true
			for _, f := range old.files {
				st.uses[f]--
			}
			for _, f := range b.files {
				st.uses[f]++
			}
		}
		if prev.public != nil {
			if pit := prev.public.byID[ci.ID]; pit != nil {
				pit.Item, pit.Doc = asOf(ci, prev.Now), it.Doc
			}
		}
	}
	if files {
		prev.Resources = prev.Resources[:0:0]
		for f, n := range st.uses {
			if n > 0 {
				prev.Resources = append(prev.Resources, f)
			}
		}
		slices.Sort(prev.Resources)
	}
	prev.src, st.set = set.Items, set
	return prev, slices.Clone(st.diags), true
}

// rebodies reports whether Rebody can take s for set, and the published
// items of set read anew since s was made.
func (s *Site) rebodies(cfg *config.Site, set *content.Set, opts Options) ([]*content.Item, bool) {
	st := s.rebody
	if st == nil || opts.Bodies == nil || opts.Drop != nil || s.Config != cfg || s.Now != opts.Now ||
		s.Scope != opts.Scope || s.opts.Drafts != opts.Drafts {
		return nil, false
	}
	old := st.set
	if old.Reserved != set.Reserved || len(old.Items) != len(set.Items) || !slices.Equal(old.Resources, set.Resources) ||
		!slices.Equal(old.Unreadable, set.Unreadable) || !sameFiles(old.Broken, set.Broken) || !sameFiles(old.Items, set.Items) {
		return nil, false
	}
	var changed []*content.Item
	for i, ci := range set.Items {
		if ci == old.Items[i] {
			continue
		}
		if ci.ID != old.Items[i].ID {
			return nil, false
		}
		if it := s.byID[ci.ID]; it != nil {
			if it.File != ci.File {
				return nil, false
			}
			changed = append(changed, ci)
		}
	}
	return changed, true
}

func sameFiles(a, b []*content.Item) bool {
	return slices.EqualFunc(a, b, func(x, y *content.Item) bool { return x.File == y.File })
}

// replaceDiags is ds, sorted and without duplicates, with old taken out
// and add put in.
func replaceDiags(ds, old, add []diag.Diagnostic) []diag.Diagnostic {
	if len(old) == 0 && len(add) == 0 {
		return ds
	}
	out := make([]diag.Diagnostic, 0, len(ds)+len(add))
	for _, d := range ds {
		if !slices.Contains(old, d) {
			out = append(out, d)
		}
	}
	out = append(out, add...)
	diag.Sort(out)
	return slices.Compact(out)
}
