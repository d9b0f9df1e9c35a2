package build

import (
	"reflect"
	"sync"

	"github.com/gongkai/gongkai/internal/model"
)

// relatedSteps is how far related follows items from item: a page shows
// the title of the item superseding its item (one step), a risk table the
// title of a risk's power (one step through the risk); two steps leave
// room for a layout going one further.
const relatedSteps = 2

// related returns the items of each list and the items their fields lead
// to (model.Item.SupersededBy, a risk's Item and Power…, whatever field
// holds a *model.Item) up to relatedSteps away, each once, in the order
// met. A page that lists items may show these items' titles: their display
// fields are part of its fingerprint. Fields are found by reflection, so a
// field added to model.Item later is followed without a change here.
func related(lists ...[]*model.Item) []*model.Item {
	w := &walker{seen: map[*model.Item]bool{}}
	for _, items := range lists {
		for _, it := range items {
			w.item(it, 0)
		}
	}
	return w.out
}

type walker struct {
	seen map[*model.Item]bool
	out  []*model.Item
}

var itemPtr = reflect.TypeFor[*model.Item]()

func (w *walker) item(it *model.Item, depth int) {
	if it == nil {
		return
	}
	if !w.seen[it] {
		w.seen[it] = true
		w.out = append(w.out, it)
	}
	if depth < relatedSteps {
		w.value(reflect.ValueOf(it).Elem(), depth+1)
	}
}

// value walks v for items depth steps away from the lists.
func (w *walker) value(v reflect.Value, depth int) {
	if v.Type() == itemPtr {
		if !v.IsNil() {
			w.item(v.Interface().(*model.Item), depth)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.value(v.Elem(), depth)
		}
	case reflect.Struct:
		for _, i := range holders(v.Type()) {
			w.value(v.Field(i), depth)
		}
	case reflect.Slice, reflect.Array:
		if mayHold(v.Type().Elem()) {
			for i := range v.Len() {
				w.value(v.Index(i), depth)
			}
		}
	case reflect.Map:
		if mayHold(v.Type().Elem()) {
			for _, k := range v.MapKeys() {
				w.value(v.MapIndex(k), depth)
			}
		}
	}
}

// typeInfo caches, per struct type, the fields that may hold an item, and
// per type whether it may.
var typeInfo = struct {
	sync.Mutex
	may    map[reflect.Type]bool
	fields map[reflect.Type][]int
}{may: map[reflect.Type]bool{}, fields: map[reflect.Type][]int{}}

// holders are the indexes of the fields of struct type t that may hold an
// item.
func holders(t reflect.Type) []int {
	typeInfo.Lock()
	fs, ok := typeInfo.fields[t]
	typeInfo.Unlock()
	if ok {
		return fs
	}
	for i := range t.NumField() {
		if mayHold(t.Field(i).Type) {
			fs = append(fs, i)
		}
	}
	typeInfo.Lock()
	typeInfo.fields[t] = fs
	typeInfo.Unlock()
	return fs
}

// mayHold reports whether a value of type t may hold a *model.Item.
func mayHold(t reflect.Type) bool {
	typeInfo.Lock()
	defer typeInfo.Unlock()
	if may, ok := typeInfo.may[t]; ok {
		return may
	}
	return mayHoldLocked(t, map[reflect.Type]bool{})
}

func mayHoldLocked(t reflect.Type, visiting map[reflect.Type]bool) bool {
	if may, ok := typeInfo.may[t]; ok {
		return may
	}
	if t == itemPtr {
		return true
	}
	if t.Kind() == reflect.Interface {
		return false // no interface field holds an item: the parsed front matter's values (tomlx) are not walked
	}
	if visiting[t] {
		return false // a cycle: decided where it started
	}
	root := len(visiting) == 0
	visiting[t] = true
	may := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		may = mayHoldLocked(t.Elem(), visiting)
	case reflect.Map:
		may = mayHoldLocked(t.Key(), visiting) || mayHoldLocked(t.Elem(), visiting)
	case reflect.Struct:
		for i := range t.NumField() {
			if mayHoldLocked(t.Field(i).Type, visiting) {
				may = true
				break
			}
		}
	}
	if may || root {
		typeInfo.may[t] = may // a false inside a cycle may be wrong until the cycle's start is decided
	}
	return may
}
