package content

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
)

// Risk is an integrity risk point (廉政风险点) as declared in an item. Its
// id is unique across the site, so steps of any power can name it.
type Risk struct {
	ID          string
	Level       string // high | medium | low
	Type        string // a key of config.RiskTypes
	Description string
	Measures    []Measure
	Post        string // the post responsible for the measures
	Matter      string // the power matter in words, when it is not a power item
	Power       string // id of the power item it belongs to, or ""
	Step        string // id of the step in that power, or ""
	File        string
	Line        int // the line of its [[risks]] header
	Index       int // its place among the item's risks, for key lines
}

// Measure is one prevention measure (防控措施) and its kind.
type Measure struct {
	Kind string // a key of config.MeasureKinds
	Text string
}

// LevelWord is the level as written beside its colour: "高风险".
func (r *Risk) LevelWord() string { return config.RiskLevelWord(r.Level) }

type riskFM struct {
	ID          string      `toml:"id"`
	Level       string      `toml:"level"`
	Type        string      `toml:"type"`
	Description string      `toml:"description"`
	Measures    []measureFM `toml:"measures"`
	Post        string      `toml:"post"`
	Matter      string      `toml:"matter"`
	Power       string      `toml:"power"`
	Step        string      `toml:"step"`
}

type measureFM struct {
	Kind string `toml:"kind"`
	Text string `toml:"text"`
}

// risks resolves the item's [[risks]]. A risk in a power item belongs to
// that power unless it names another.
func (r *resolver) risks(it *Item, fs []riskFM) {
	seen := map[string]bool{}
	for i := range fs {
		f := &fs[i]
		key := fmt.Sprintf("risks[%d]", i)
		rk := &Risk{ID: strings.TrimSpace(f.ID), Description: strings.TrimSpace(f.Description), Post: strings.TrimSpace(f.Post),
			Matter: strings.TrimSpace(f.Matter), Power: strings.Trim(strings.TrimSpace(f.Power), "/"), Step: strings.TrimSpace(f.Step),
			File: r.file, Line: r.meta.Line(key), Index: i}
		r.riskIdentity(rk, key, i, seen)
		rk.Level = r.required(key, "level", f.Level, config.RiskLevels, `level = "高" (高, 中 or 低)`)
		rk.Type = r.required(key, "type", f.Type, config.RiskTypes, `type = "操作风险" (one of `+labels(config.RiskTypes)+`)`)
		if rk.Description == "" {
			r.errorf(key, `risk %s has no description; write description = "…" saying what could go wrong`, rk.ID)
		}
		if rk.Post == "" {
			r.errorf(key, `risk %s has no responsible post; write post = "干部科"`, rk.ID)
		}
		rk.Measures = r.measures(key, rk.ID, f.Measures)
		r.riskOwner(it, rk, key)
		it.Risks = append(it.Risks, rk)
	}
}

func (r *resolver) riskIdentity(rk *Risk, key string, i int, seen map[string]bool) {
	switch {
	case rk.ID == "":
		r.errorf(key, `risk %d has no id; write id = "ZZB-01" (ids are unique across the site, so steps can name them)`, i+1)
	case strings.ContainsAny(rk.ID, " \t/"):
		r.errorf(key+".id", `risk id %q may not contain spaces or slashes; write id = "ZZB-01"`, rk.ID)
	case seen[rk.ID]:
		r.errorf(key+".id", "risk id %q is used twice in this file; give each risk point its own id", rk.ID)
	}
	seen[rk.ID] = true
}

// required resolves a vocabulary value that must be given.
func (r *resolver) required(table, key, value string, v *config.Vocab, example string) string {
	if strings.TrimSpace(value) == "" {
		r.errorf(table, "%s has no %s; write %s", table, key, example)
		return ""
	}
	return r.vocab(table+"."+key, value, v)
}

func (r *resolver) measures(key, id string, fs []measureFM) []Measure {
	if len(fs) == 0 {
		r.errorf(key, `risk %s has no prevention measures; write measures = [{kind = "程序防控", text = "…"}] (kinds: %s)`, id, labels(config.MeasureKinds))
	}
	var out []Measure
	for j, f := range fs {
		mk := fmt.Sprintf("%s.measures[%d]", key, j)
		m := Measure{Text: strings.TrimSpace(f.Text)}
		m.Kind = r.required(mk, "kind", f.Kind, config.MeasureKinds, `kind = "程序防控" (one of `+labels(config.MeasureKinds)+`)`)
		if m.Text == "" {
			r.errorf(mk, `measure %d of risk %s has no text; write text = "…" saying what is done`, j+1, id)
		}
		out = append(out, m)
	}
	return out
}

// riskOwner settles which power and step a risk belongs to. A risk that
// names neither power nor matter must be named by a step; the model checks
// that across items.
func (r *resolver) riskOwner(it *Item, rk *Risk, key string) {
	if rk.Power == "" && it.Power != nil {
		rk.Power = it.ID
	}
	switch {
	case rk.Power == "" && rk.Step != "":
		r.errorf(key+".step", `step = %q needs the power it is a step of; write power = "flowcharts/…" (the power item's path under content/ without .md)`, rk.Step)
	case rk.Power == it.ID && rk.Step != "" && it.Power != nil && it.Power.Step(rk.Step) == nil:
		r.errorf(key+".step", "step = %q names no step of this power; the steps are %s", rk.Step, strings.Join(it.Power.StepIDs(), ", "))
	}
}
