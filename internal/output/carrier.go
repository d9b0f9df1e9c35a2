package output

import "github.com/gongkai/gongkai/internal/model"

// Carrier is a channel that lays out the blocks of some items' bodies
// (markdown.Doc.Blocks): the boards and the kiosks. A build that lets the
// bodies go once the model is made (model.Site.DropBodies) keeps those of
// the items its carriers carry; a channel that asks for the blocks of an
// item it does not say it carries gets an internal error.
type Carrier interface {
	// Carries is every item whose blocks Files' files lay out.
	Carries(site *model.Site) []*model.Item
}
