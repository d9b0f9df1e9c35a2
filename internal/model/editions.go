package model

import (
	"slices"
	"sync"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// Editions are the public and the internal edition of a site's items on
// a day, without drafts, for Audit: each is made when first asked for, or
// taken from a Build of the same items (Options.Editions), which makes it
// anyway. A build and its checks, which run beside it, then choose and
// link the items of an edition once. Safe for concurrent use.
type Editions struct {
	cfg   *config.Site
	items []*content.Item
	now   calendar.Day

	mu      sync.Mutex
	changed sync.Cond // on mu: an edition was offered, or Settle called
	made    map[config.Scope]*Site
	expect  map[config.Scope]bool // a Build will offer these (Expect)
	settled bool                  // Settle was called: no more offers
}

// NewEditions returns the editions of items on now, none made yet.
func NewEditions(cfg *config.Site, items []*content.Item, now calendar.Day) *Editions {
	e := &Editions{cfg: cfg, items: items, now: now, made: map[config.Scope]*Site{}, expect: map[config.Scope]bool{}}
	e.changed.L = &e.mu
	return e
}

// Expect says that a Build of these items with opts is under way: the
// editions it will offer are waited for, not made again, until Settle.
func (e *Editions) Expect(opts Options) {
	if e == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, scope := range e.offers(opts) {
		e.expect[scope] = true
	}
}

// Settle says that no Build will offer an edition any more (it returned,
// or did not run): whoever asks for one not offered makes it.
func (e *Editions) Settle() {
	if e == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.settled = true
	e.changed.Broadcast()
}

// offers is the scopes a Build with opts makes as Audit does: those of
// its own edition and, in the internal edition, of its public view. A
// preview with drafts publishes other items: none.
func (e *Editions) offers(opts Options) []config.Scope {
	if e == nil || opts.Drafts || opts.Now != e.now {
		return nil
	}
	if opts.Scope == config.Internal {
		return []config.Scope{config.Internal, config.Public}
	}
	return []config.Scope{config.Public}
}

// offer gives the editions s (just chosen and linked by Build with opts
// from cfg and items) holds to e, if they are of e's items.
func (e *Editions) offer(s *Site, cfg *config.Site, items []*content.Item, opts Options) {
	if e == nil || cfg != e.cfg || len(items) != len(e.items) || len(items) > 0 && &items[0] != &e.items[0] {
		return
	}
	for _, scope := range e.offers(opts) {
		ed := s
		if scope != opts.Scope {
			ed = s.public
		}
		e.mu.Lock()
		if e.made[scope] == nil {
			e.made[scope] = ed
		}
		e.changed.Broadcast()
		e.mu.Unlock()
	}
}

// get is the edition of scope: offered, or made now.
func (e *Editions) get(scope config.Scope) *Site {
	e.mu.Lock()
	for e.expect[scope] && e.made[scope] == nil && !e.settled {
		e.changed.Wait()
	}
	s := e.made[scope]
	e.mu.Unlock()
	if s != nil {
		return s
	}
	s = edition(e.cfg, e.items, Options{Now: e.now, Scope: scope})
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.made[scope] == nil {
		e.made[scope] = s
	}
	return e.made[scope]
}

// Audit is Audit of the editions' items on their day.
func (e *Editions) Audit(scope config.Scope) []*Item {
	out := slices.Clone(e.get(config.Public).Items) // a build's own: never sorted in place
	if scope == config.Internal {
		for _, it := range e.get(config.Internal).Items {
			if it.Internal() {
				out = append(out, it)
			}
		}
	}
	slices.SortFunc(out, newestFirst)
	return out
}
