package kiosk

import (
	"encoding/json"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
)

// Carried is what kiosk k carries: its own selection (Select), then, in
// the order of its [[kiosks.schedule]] entries, what each entry selects
// that is not carried yet. The page carries it all, and the browser shows,
// at each round start, the selection in force then (partials/
// kiosk-schedule-script.html): sets names, per item, the selections it is
// in, "0" for the kiosk's own and "1", "2"… for the entries; nil when the
// kiosk has no schedule.
func Carried(s *model.Site, k *config.Kiosk) ([]*model.Item, map[*model.Item]string) {
	own := Select(s, k)
	if len(k.Schedule) == 0 {
		return own, nil
	}
	sets := map[*model.Item][]string{}
	out := slices.Clone(own)
	add := func(items []*model.Item, set string) {
		for _, it := range items {
			if _, ok := sets[it]; !ok && set != "0" {
				out = append(out, it)
			}
			sets[it] = append(sets[it], set)
		}
	}
	add(own, "0")
	for i := range k.Schedule {
		add(Scheduled(s, k, i), strconv.Itoa(i+1))
	}
	names := make(map[*model.Item]string, len(sets))
	for it, ss := range sets {
		names[it] = strings.Join(ss, " ")
	}
	return out, names
}

// Scheduled is what schedule entry i of kiosk k selects: items of its
// categories, its items, and the items of its generated lists (the
// published powers, or the items declaring risk points), each once.
func Scheduled(s *model.Site, k *config.Kiosk, i int) []*model.Item {
	e := k.Schedule[i]
	out := pick(s, k, e.Categories, nil, e.Items)
	for _, l := range e.Lists {
		for _, it := range listItems(s, l) {
			if it.Active() && onKiosk(it, k) && !slices.Contains(out, it) {
				out = append(out, it)
			}
		}
	}
	return out
}

// listItems are the items a generated list is made of, in its order.
func listItems(s *model.Site, list string) []*model.Item {
	if list == config.ListPowers {
		return s.Powers
	}
	var out []*model.Item
	for _, r := range s.Risks {
		if !slices.Contains(out, r.Item) {
			out = append(out, r.Item)
		}
	}
	return out
}

// Urgent is an urgent item as every screen shows it: full-screen at each
// round start (the attract screen of a touch screen) and as a banner in
// the top bar between, until End.
type Urgent struct {
	ID, Title, Summary, Window string
	End                        string // its last day: urgent_until, or the day before it is withdrawn
	QR                         template.HTML
	Label                      string
}

// urgentItems are the urgent items kiosk k shows (model.Site.Urgent).
func urgentItems(s *model.Site, k *config.Kiosk) []*model.Item {
	var out []*model.Item
	for _, it := range s.Urgent() {
		if onKiosk(it, k) {
			out = append(out, it)
		}
	}
	return out
}

// urgentNotices lays out the urgent items of a kiosk's page.
func (c Common) urgentNotices(items []*model.Item) []*Urgent {
	var out []*Urgent
	for _, it := range items {
		end := it.UrgentEnd()
		u := &Urgent{ID: it.ID, Title: it.Title, Summary: summaryOf(it), End: end.String(),
			Window: it.Date.Chinese() + "至" + end.ChineseShort()}
		if it.Date.Y != end.Y {
			u.Window = it.Date.Chinese() + "至" + end.Chinese()
		}
		u.QR, u.Label = c.codes.item(it, "手机扫码 查看全文")
		out = append(out, u)
	}
	return out
}

// UrgentEnd is the last day any urgent item of the page is urgent: the
// banner (and a touch screen's full-screen notice), which hold them all,
// leave then; each item inside leaves at its own End.
func (c Common) UrgentEnd() string {
	last := ""
	for _, u := range c.Urgent {
		last = max(last, u.End)
	}
	return last
}

// summaryOf is the item's summary, else the start of its body's text.
func summaryOf(it *model.Item) string {
	if it.Summary != "" || it.Doc == nil {
		return it.Summary
	}
	r := []rune(strings.Join(strings.Fields(it.Doc.Text), ""))
	if len(r) > 100 {
		return string(r[:100]) + "……"
	}
	return string(r)
}

// times are the on/off window and schedule windows for the page's script,
// with the site's UTC offsets; "" when the kiosk has neither, so that its
// page has no script data it does not use.
type times struct {
	Zone [][2]int64      `json:"zone"`
	On   *config.Window  `json:"on,omitempty"`
	Off  string          `json:"off,omitempty"`
	Sets []config.Window `json:"sets,omitempty"`
}

func timesOf(s *model.Site, k *config.Kiosk) template.JS {
	if k.On.Always && len(k.Schedule) == 0 {
		return ""
	}
	t := times{Zone: calendar.Offsets(s.Config.Location, s.Now)}
	if !k.On.Always {
		t.On, t.Off = &k.On, k.Off
	}
	for _, e := range k.Schedule {
		t.Sets = append(t.Sets, e.When)
	}
	b, _ := json.Marshal(t)
	return template.JS(b)
}
