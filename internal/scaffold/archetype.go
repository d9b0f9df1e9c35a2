package scaffold

import (
	_ "embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"text/template"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/themes"
)

//go:embed archetype.md
var builtinArchetype string

// ItemData is what an archetype is executed with.
type ItemData struct {
	Title         string       // the item's title; a placeholder for new items
	TitleExample  string       // an example title for the category's term
	Date          calendar.Day // today, in the site's timezone
	Until         calendar.Day // immediate: the last day of the shortest window the policy allows
	Period        string       // periodic: the update period, "yearly"
	Category      string       // the category's key
	CategoryLabel string
	Term          string // long-term | periodic | immediate
	TermLabel     string
	MinWindow     int  // working days, for immediate categories that set it
	Consultation  bool // major decisions: at least 30 days
	Issuer        string
	IssuerLabel   string // the site's first issuer, as an example
	Description   string // the category's description
	BodyHint      string // what to write in the body, by term
	Draft         bool   // new items are drafts; samples are not
	Sample        bool   // a sample item of `gongkai new site`
}

// itemData fills ItemData for a category of cfg on day today.
func itemData(cfg *config.Site, c *config.Category, today calendar.Day) ItemData {
	d := ItemData{
		Title: "（请在这里写标题）", Date: today, Category: c.Key, CategoryLabel: c.Label,
		Term: termOf(c), MinWindow: c.MinWindow, Consultation: c.Consultation,
		Description: c.Description, Draft: true,
	}
	d.TermLabel = config.Terms.Label(d.Term)
	switch config.Term(d.Term) {
	case config.Immediate:
		d.Until = WindowEnd(model.NewCalendar(cfg), c, today)
	case config.Periodic:
		d.Period = "yearly"
	}
	if len(cfg.Issuers) > 0 {
		d.Issuer, d.IssuerLabel = cfg.Issuers[0].Key, cfg.Issuers[0].Label
	}
	d.TitleExample, d.BodyHint = hints(d)
	return d
}

// termOf is the category's usual term; immediate when site.toml gives none
// but a window, long-term otherwise.
func termOf(c *config.Category) string {
	switch {
	case c.Term != "":
		return c.Term
	case c.MinWindow > 0 || c.Consultation:
		return string(config.Immediate)
	}
	return string(config.LongTerm)
}

// WindowEnd is the last day of the shortest publicity window the policy
// allows for an immediate item of c starting on start: 30 days for a major
// decision's consultation, the category's min_window in working days, or a
// week.
func WindowEnd(cal *calendar.Calendar, c *config.Category, start calendar.Day) calendar.Day {
	switch {
	case c.Consultation:
		return start.AddDays(check.ConsultationDays - 1)
	case c.MinWindow > 0:
		if cal.IsWorkday(start) {
			return cal.AddWorkdays(start, c.MinWindow-1)
		}
		return cal.AddWorkdays(start, c.MinWindow)
	}
	return start.AddDays(6)
}

func hints(d ItemData) (title, body string) {
	switch {
	case d.Consultation:
		return "关于《××××（征求意见稿）》公开征求意见的公告", "写明决策事项的草案和起草说明、征求意见的起止日期，以及提出意见的电话、邮箱和地址。"
	case d.MinWindow > 0:
		return "关于××等同志任前公示的公告", "写明公示对象的姓名、性别、出生年月、学历、现任职务和拟任职务，公示期限，以及反映情况的电话和来信地址。"
	case d.Term == string(config.Immediate):
		return "关于××××的公示", "写明公示的事项、依据和期限，以及反映意见的方式。"
	case d.Term == string(config.Periodic):
		return d.Date.String()[:4] + "年××××情况", "写明本期的情况。到了更新周期，修改正文并加上 updated = 更新日期，或发布新的一期。"
	}
	return "××××管理办法", "写明制度、规定或事项的全文。废止时加上 withdrawn = 废止日期。"
}

// archetype finds the archetype of a category: the site's, the theme's, or
// the built-in one. name is where it came from, for messages.
func archetype(site fs.FS, theme, key string) (text, name string) {
	for _, p := range []string{path.Join("archetypes", key+".md"), path.Join("themes", theme, "archetypes", key+".md")} {
		if data, err := fs.ReadFile(site, p); err == nil {
			return string(data), p
		}
	}
	if data, err := fs.ReadFile(themes.FS, path.Join(theme, "archetypes", key+".md")); err == nil {
		return string(data), "the built-in theme's archetypes/" + key + ".md"
	}
	return builtinArchetype, "the built-in archetype"
}

// execute runs an archetype.
func execute(text, name string, d ItemData) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, strings.TrimPrefix(err.Error(), "template: "))
	}
	var b strings.Builder
	if err := t.Execute(&b, d); err != nil {
		return nil, fmt.Errorf("%s: %v", name, strings.TrimPrefix(err.Error(), "template: "))
	}
	return []byte(b.String()), nil
}
