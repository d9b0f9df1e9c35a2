package build

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// TestRelated: related follows every field of a model.Item that holds
// items — SupersededBy, a risk's Item and Power — up to two steps, each
// item once, and no further.
func TestRelated(t *testing.T) {
	item := func(id string) *model.Item { return &model.Item{Item: &content.Item{ID: id}} }
	a, b, c, d, e, p := item("a"), item("b"), item("c"), item("d"), item("e"), item("p")
	a.SupersededBy = b
	b.SupersededBy = c
	c.SupersededBy = d // three steps from a
	a.RiskPoints = []*model.Risk{{Item: a, Power: p}}
	p.PowerRisks = []*model.Risk{{Item: e, Power: p}}
	var ids []string
	for _, it := range related([]*model.Item{a}) {
		ids = append(ids, it.ID)
	}
	if want := []string{"a", "b", "c", "p", "e"}; !slices.Equal(ids, want) {
		t.Errorf("related(a) = %v, want %v", ids, want)
	}
}
