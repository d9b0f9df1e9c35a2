package content

import "github.com/gongkai/gongkai/internal/config"

// unlistAfter resolves how long an immediate item stays listed after its
// window: its own unlist_after, else its category's default. Other terms
// have no window to count from, so an unlist_after of theirs is an error,
// and their category's default does not apply to them.
func (r *resolver) unlistAfter(it *Item, f *frontMatter) {
	immediate := it.Term == string(config.Immediate)
	switch {
	case f.UnlistAfter.Set && it.Term != "" && !immediate:
		r.errorf("unlist_after", "unlist_after counts from the end of the publicity window (until), which only immediate items have; remove it: %s items stay listed", it.Term)
	case f.UnlistAfter.Set:
		it.UnlistAfter = f.UnlistAfter
	case immediate:
		if c := r.site.CategoryByKey(it.Category); c != nil {
			it.UnlistAfter = c.UnlistAfter
		}
	}
}
