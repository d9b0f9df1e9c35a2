package model

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
)

// TestBuildOffersItsEditions: Editions given to a Build without drafts
// audit the items of the editions the build made (the same *Item), and
// judge them as Audit, which makes its own, does; with drafts the build
// offers none and the editions are made as Audit makes them.
func TestBuildOffersItsEditions(t *testing.T) {
	cfg, set := loadFS(t, changeFiles)
	now := day("2026-11-27")
	for _, scope := range []config.Scope{config.Public, config.Internal} {
		for _, drafts := range []bool{false, true} {
			eds := NewEditions(cfg, set.Items, now)
			opts := Options{Now: now, Scope: scope, Drafts: drafts, Editions: eds}
			eds.Expect(opts)
			s, _ := Build(cfg, set, markdown.New(markdown.Options{}), opts)
			eds.Settle()
			for _, audit := range []config.Scope{config.Public, config.Internal} {
				got, want := eds.Audit(audit), Audit(cfg, set.Items, now, audit)
				if !slices.EqualFunc(got, want, sameJudged) {
					t.Errorf("%s build, drafts %v: Audit(%s) differs from model.Audit", scope, drafts, audit)
				}
			}
			pub := s.View(string(config.Public)).Items
			taken := slices.ContainsFunc(eds.Audit(config.Public), func(it *Item) bool { return slices.Contains(pub, it) })
			if taken != !drafts {
				t.Errorf("%s build, drafts %v: Audit takes the build's public items: %v, want %v", scope, drafts, taken, !drafts)
			}
		}
	}
}

// sameJudged reports whether a and b are the same item with the same
// status and listing.
func sameJudged(a, b *Item) bool {
	return a.File == b.File && a.Status == b.Status && a.Unlisted == b.Unlisted && a.StatusLabel() == b.StatusLabel()
}
