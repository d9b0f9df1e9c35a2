package web_test

import (
	"reflect"
	"testing"

	"github.com/gongkai/gongkai/internal/web"
)

// TestItemPageFlatFieldsAreItsPage: each field an item's page has again
// as its own (for its layouts to find at once) is its page.Page's, on
// every item's page of the example.
func TestItemPageFlatFieldsAreItsPage(t *testing.T) {
	t.Parallel()
	site, _ := renderWebsite(t, "2026-11-27")
	pt := reflect.TypeFor[web.ItemPage]()
	common, _ := pt.FieldByName("Page")
	var flat []string
	for i := range pt.NumField() {
		if f := pt.Field(i); !f.Anonymous {
			if _, ok := common.Type.FieldByName(f.Name); ok {
				flat = append(flat, f.Name)
			}
		}
	}
	if len(flat) < 5 {
		t.Fatalf("the item page has only %v of its page.Page's fields as its own", flat)
	}
	for _, it := range site.Items {
		p := reflect.ValueOf(web.ItemPageOf(site, it)).Elem()
		for _, name := range flat {
			own, embedded := p.FieldByName(name), p.FieldByName("Page").FieldByName(name)
			if !reflect.DeepEqual(own.Interface(), embedded.Interface()) {
				t.Errorf("%s: .%s is %v, its page's %v", it.File, name, own, embedded)
			}
		}
	}
}
