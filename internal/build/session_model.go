package build

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// siteCache is the model of the session's last load, kept for the next
// while only bodies change (model.Rebody): then the items, their order,
// the indexes and the catalog are not made again on a save.
type siteCache struct {
	site   *model.Site
	fronts uint64   // content.Cache.Fronts when it was made
	reader *Pending // the last build that reads site; nil when none
}

// model is model.Build, or model.Rebody of the last load's site when only
// bodies changed since and no build still reads it (a Finish under way,
// or not yet called): Rebody changes the site in place.
func (s *Session) model(cfg *config.Site, set *content.Set, md *markdown.Renderer, opts model.Options) (*model.Site, []diag.Diagnostic) {
	if s == nil {
		return model.Build(cfg, set, md, opts)
	}
	fronts := s.content.Fronts()
	if c := s.built; c != nil && c.fronts == fronts && !s.reading(c) {
		if site, diags, ok := model.Rebody(c.site, cfg, set, md, opts); ok {
			return site, diags
		}
	}
	site, diags := model.Build(cfg, set, md, opts)
	s.built = &siteCache{site: site, fronts: fronts}
	return site, diags
}

// reading reports whether a build may still read c's site: one started
// from it whose Finish has not returned.
func (s *Session) reading(c *siteCache) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return c.reader != nil && !c.reader.done
}

// read records that p reads the site of the last load until its Finish
// returns.
func (s *Session) read(p *Pending) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.built; c != nil && c.site == p.site {
		c.reader = p
	}
}
