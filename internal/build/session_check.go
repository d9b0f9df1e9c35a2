package build

import (
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// checkCache is what check.Run found in the last build of a session, and
// what it read: check weighs front matter only, so its findings hold while
// site.toml, --now and every file's front matter are unchanged (a body
// edit in serve).
type checkCache struct {
	cfg        *config.Site
	fronts     uint64
	now        calendar.Day
	drafts     bool
	incomplete bool
	diags      []diag.Diagnostic
}

// check is check.RunWith, taken from the last build when what it reads is
// unchanged; eds are the editions the build's model offers.
func (s *Session) check(cfg *config.Site, set *content.Set, now calendar.Day, drafts bool, eds *model.Editions) []diag.Diagnostic {
	if s == nil {
		return check.RunWith(cfg, set, now, drafts, eds)
	}
	key := checkCache{cfg: cfg, fronts: s.content.Fronts(), now: now, drafts: drafts, incomplete: set.Incomplete()}
	if c := s.checked; c == nil || c.cfg != key.cfg || c.fronts != key.fronts || c.now != key.now ||
		c.drafts != key.drafts || c.incomplete != key.incomplete {
		key.diags = check.RunWith(cfg, set, now, drafts, eds)
		s.checked = &key
	}
	return slices.Clone(s.checked.diags)
}
