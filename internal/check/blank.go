package check

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
)

// blank: every category has a page on the website; one without a listed
// public item is an empty column (空白栏目), which inspections count
// against the office.
func (c *checker) blank(public []*model.Item) {
	listed := map[string]bool{}
	for _, it := range public {
		if !it.Unlisted {
			listed[it.Category] = true
		}
	}
	for i, cat := range c.cfg.Categories {
		if cat.Key == "" || listed[cat.Key] {
			continue
		}
		c.warn(config.File, c.cfg.Meta.Line(fmt.Sprintf("categories[%d]", i)), "category %q (%s) has no public item, so the website shows it as an empty column (空白栏目); publish an item in it, or remove the category",
			cat.Key, cat.Label)
	}
}
