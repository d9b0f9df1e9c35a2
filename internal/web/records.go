package web

import (
	"github.com/gongkai/gongkai/internal/disclose"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// The pages of what records/ publishes (package disclose): how to apply
// for disclosure with the requests' statistics, the published replies to
// feedback, and the supervisors and evaluations marked public.
const (
	applyPath       = "apply/"
	repliesPath     = "replies/"
	supervisionPath = "supervision/"
)

// ApplyPage is the 依申请公开 page (apply.html): how to apply, from
// site.toml's [feedback], and the requests' statistics.
type ApplyPage struct {
	page.Page
	Records *disclose.Public
}

// RepliesPage is the 回应 page (replies.html): the replies marked for
// publishing and the feedback's counts.
type RepliesPage struct {
	page.Page
	Records *disclose.Public
	Items   map[string]*model.Item // the published items the replies concern, by id
}

// SupervisionPage is the 监督评议 page (supervision.html).
type SupervisionPage struct {
	page.Page
	Records *disclose.Public
}

// recordPages plans the pages of records/: the 依申请公开 page always (how
// to apply is in site.toml), the others when they have something to show.
func recordPages(s *model.Site) []kindPage {
	recs := s.Records
	if recs == nil {
		recs = &disclose.Public{}
	}
	pages := []kindPage{&ApplyPage{Page: page.Page{Kind: "apply", Title: "依申请公开", Path: applyPath,
		Crumbs: []page.Crumb{crumb("依申请公开", applyPath)}}, Records: recs}}
	if recs.HasFeedback() {
		items := map[string]*model.Item{}
		for _, r := range recs.Replies {
			if it := s.Lookup(r.Item); it != nil {
				items[r.Item] = it
			}
		}
		pages = append(pages, &RepliesPage{Page: page.Page{Kind: "replies", Title: "留言回应", Path: repliesPath,
			Crumbs: []page.Crumb{crumb("留言回应", repliesPath)}}, Records: recs, Items: items})
	}
	if recs.HasSupervision() {
		pages = append(pages, &SupervisionPage{Page: page.Page{Kind: "supervision", Title: "监督评议", Path: supervisionPath,
			Crumbs: []page.Crumb{crumb("监督评议", supervisionPath)}}, Records: recs})
	}
	return pages
}

// repliesTo are the published replies concerning it, for its page.
func repliesTo(s *model.Site, it *model.Item) []disclose.Reply {
	if s.Records == nil {
		return nil
	}
	return s.Records.RepliesTo(it.ID)
}
