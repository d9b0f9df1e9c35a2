package build

import (
	"maps"
	"slices"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// planCache is what an early channel (not Late) planned in the last
// build: its files, kept for the next while the build has the same model,
// templates and global fingerprint. Such a channel plans from front
// matter, site.toml, records/ and the layouts only (the memo it is given
// is for the bodies a Late channel lays out), and its files read the
// bodies when rendered: with the model changed in place by model.Rebody,
// the same files render the new bodies.
type planCache struct {
	site       *model.Site
	tpl        *layout.Set
	global     uint64
	now, later []output.File // the files Start renders and those it leaves to Finish (splitLate)
	pages      int           // output.Pages of them all
	memo       *memoRef      // the memo the channel was given
}

// memoRef is the output.Memo an early channel is given: the memo of the
// build that renders its files, re-pointed when the files are taken again.
type memoRef struct{ m *memo }

func (r *memoRef) Value(key string, shows []*model.Item, make func() (any, error)) (any, error) {
	return r.m.Value(key, shows, make)
}

// plan returns the files of the early channel ch: the last build's when
// it had the same model, templates and global fingerprint (then no build
// reads them any more: see Session.model).
func (s *Session) plan(ch output.Channel, site *model.Site, tpl *layout.Set, m *memo, global uint64) (*planCache, error) {
	if c := s.plans[ch.Name()]; c != nil && c.site == site && c.tpl == tpl && c.global == global {
		c.memo.m = m
		return c, nil
	}
	ref := &memoRef{m: m}
	files, err := ch.Files(site, tpl, ref)
	if err != nil {
		return nil, err
	}
	c := &planCache{site: site, tpl: tpl, global: global, pages: output.Pages(files), memo: ref}
	c.now, c.later = splitLate(files)
	if s.plans == nil {
		s.plans = map[string]*planCache{}
	}
	s.plans[ch.Name()] = c
	return c, nil
}

// planned is what the last Start wrote of the early channels' files, and
// from which plans.
type planned struct {
	plans []*planCache
	w     *publish.Snapshot
}

// renderPlans makes p's writer and renders the files of plans that
// changed. When the plans are those of the last Start, the writer starts
// as that Start's was after its channels' files (publish.Snapshot), so
// that the files kept are not written again one by one: the same files
// from the same sources, which the last build checked. It returns the
// channels' files as the session keeps them.
func (p *Pending) renderPlans(plans []*planCache) (map[string]rendered, error) {
	s := p.s
	if last := s.snap; last != nil && slices.Equal(last.plans, plans) {
		s.snap = nil // the writer takes it; this Start, if it succeeds, makes the next
		p.w = publish.NewMemoryFrom(last.w)
		kept := maps.Clone(s.files)
		for _, plan := range plans {
			if err := p.render(plan.now, s.files, kept, true); err != nil {
				return nil, err
			}
		}
		return kept, nil
	}
	p.w = publish.NewMemorySized(s.size())
	kept := make(map[string]rendered, len(s.files))
	for _, plan := range plans {
		if err := p.renderPlanned(plan.now, s.files, kept); err != nil {
			return nil, err
		}
	}
	return kept, nil
}
