package content

import (
	"fmt"
	"hash/maphash"

	"github.com/BurntSushi/toml"
)

// DisplayKeys are the front matter keys whose values are only shown, never
// used to choose, order, group or link items: Item.Title, Item.Number and
// Item.Summary. Serve re-renders only the files that show an item's
// display fields when they change (Cache.Shapes).
var DisplayKeys = []string{"title", "number", "summary"}

// shapeOf fingerprints a file's front matter without its DisplayKeys: the
// parsed values, every key but those, in key order. ok is false when the
// front matter cannot be read apart, and the caller keeps the whole text.
func shapeOf(seed maphash.Seed, file string, data []byte) (sum uint64, ok bool) {
	fm, _, _, _, bad := split(file, data)
	if bad != nil {
		return 0, false
	}
	var m map[string]any
	if _, err := toml.Decode(fm, &m); err != nil {
		return 0, false
	}
	for _, k := range DisplayKeys {
		delete(m, k)
	}
	// %#v writes maps in key order, strings quoted and times with their
	// location (a local date differs from a UTC midnight).
	return maphash.String(seed, fmt.Sprintf("%s\x00%#v", file, m)), true
}
