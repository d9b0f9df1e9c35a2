package layout

import "html/template"

// Renew readies s for another build of the site it was loaded for, with
// the same layouts and template functions (serve, while only bodies
// change): it forgets what partials wrote for this build's values (kept
// and shared partials), which the next build may have changed in place,
// and keeps the templates as parsed and escaped. Nothing may execute s
// meanwhile. A renewed Set renders what a new one would.
func (s *Set) Renew() {
	k := s.kept
	k.mu.Lock()
	k.memo, k.left = map[keptKey]template.HTML{}, maxKeptBytes
	k.mu.Unlock()
	k.formMu.Lock()
	sharings := k.sharings
	k.formMu.Unlock()
	for _, sh := range sharings {
		sh.mu.Lock()
		sh.memo, sh.seen, sh.found = map[sharedKey]template.HTML{}, map[string]int{}, map[string]int{}
		sh.mu.Unlock()
	}
}

// register records sh, a kind's sharing, for Renew.
func (k *keptStore) register(sh *sharing) {
	k.formMu.Lock()
	k.sharings = append(k.sharings, sh)
	k.formMu.Unlock()
}
