package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Decision is a major decision's way through the stages the policy requires
// (四(二)): research, consultation, risk assessment, collective decision and
// follow-up. Stages are listed in that order; later ones may be missing
// while the decision is under way.
type Decision struct {
	Stages []*Stage
}

// Stage is one stage of a decision with what happened in it.
type Stage struct {
	Key          string // a key of config.Stages
	Start, End   calendar.Day
	Summary      string
	Hearing      calendar.Day // consultation: the hearing (听证会), if any
	HearingPlace string
	Meeting      string // decision: the meeting that decided
	Vote         *Vote  // decision: the vote, if one was taken
	Outcome      string // decision: what was decided
	Evaluations  []Evaluation
	Line         int
	Index        int // its place among the item's [[stages]], for key lines
}

// Vote is a collective decision's vote (票决).
type Vote struct{ For, Against, Abstain int }

// Passed reports whether more than half of the votes cast were for.
func (v *Vote) Passed() bool { return 2*v.For > v.For+v.Against+v.Abstain }

// Evaluation is one follow-up evaluation of a decision in force.
type Evaluation struct {
	Date calendar.Day
	Text string
}

// Stage returns the stage with the key, or nil.
func (d *Decision) Stage(key string) *Stage {
	for _, s := range d.Stages {
		if s.Key == key {
			return s
		}
	}
	return nil
}

type stageFM struct {
	Stage        string     `toml:"stage"`
	Start        tomlx.Date `toml:"start"`
	End          tomlx.Date `toml:"end"`
	Summary      string     `toml:"summary"`
	Hearing      tomlx.Date `toml:"hearing"`
	HearingPlace string     `toml:"hearing_place"`
	Meeting      string     `toml:"meeting"`
	Vote         *voteFM    `toml:"vote"`
	Decision     string     `toml:"decision"`
	Evaluations  []evalFM   `toml:"evaluations"`
}

type voteFM struct {
	For     int `toml:"for"`
	Against int `toml:"against"`
	Abstain int `toml:"abstain"`
}

type evalFM struct {
	Date tomlx.Date `toml:"date"`
	Text string     `toml:"text"`
}

// decision resolves an item's [[stages]].
func (r *resolver) decision(it *Item, fs []stageFM) {
	if len(fs) == 0 {
		return
	}
	d := &Decision{}
	it.Decision = d
	var prev *Stage
	for i := range fs {
		key := fmt.Sprintf("stages[%d]", i)
		s := r.stage(key, &fs[i])
		if s == nil {
			continue
		}
		r.stageOrder(key, s, prev)
		d.Stages = append(d.Stages, s)
		prev = s
	}
	r.consultationWindow(it, d)
}

func (r *resolver) stage(key string, f *stageFM) *Stage {
	if strings.TrimSpace(f.Stage) == "" {
		r.errorf(key, `a stage needs its name; write stage = "征求意见" (one of %s)`, labels(config.Stages))
		return nil
	}
	k, ok := config.Stages.Resolve(f.Stage)
	if !ok {
		r.errorf(key+".stage", "%s", config.Stages.Unknown(f.Stage))
		return nil
	}
	s := &Stage{Key: k, Start: r.day(f.Start), End: r.day(f.End), Summary: strings.TrimSpace(f.Summary),
		Hearing: r.day(f.Hearing), HearingPlace: strings.TrimSpace(f.HearingPlace), Meeting: strings.TrimSpace(f.Meeting),
		Outcome: strings.TrimSpace(f.Decision), Line: r.meta.Line(key)}
	fmt.Sscanf(key, "stages[%d]", &s.Index)
	label := config.Stages.Label(k)
	if s.Start.IsZero() {
		r.errorf(key, "stage %s has no start; write start = 2026-11-10 (the day it began)", label)
	}
	if !s.End.IsZero() && !s.Start.IsZero() && s.End.Before(s.Start) {
		r.errorf(key+".end", "stage %s ends %s, before it starts %s", label, s.End, s.Start)
	}
	r.stageDetails(key, k, label, s, f)
	return s
}

// stageDetails checks the keys that belong to one stage only.
func (r *resolver) stageDetails(key, k, label string, s *Stage, f *stageFM) {
	only := func(field, stage string, given bool) {
		if given && k != stage {
			r.errorf(key+"."+field, "%s belongs to the %s stage, not %s; move it there", field, config.Stages.Label(stage), label)
		}
	}
	only("hearing", "consultation", !s.Hearing.IsZero())
	only("hearing_place", "consultation", s.HearingPlace != "")
	only("meeting", "decision", s.Meeting != "")
	only("vote", "decision", f.Vote != nil)
	only("decision", "decision", s.Outcome != "")
	only("evaluations", "follow-up", len(f.Evaluations) > 0)
	if k == "consultation" {
		r.consultation(key, s)
	}
	if f.Vote != nil {
		s.Vote = &Vote{For: f.Vote.For, Against: f.Vote.Against, Abstain: f.Vote.Abstain}
		if s.Vote.For < 0 || s.Vote.Against < 0 || s.Vote.Abstain < 0 || s.Vote.For+s.Vote.Against+s.Vote.Abstain == 0 {
			r.errorf(key+".vote", "a vote counts the members present; write vote = {for = 9, against = 0, abstain = 1}")
		}
	}
	for j, e := range f.Evaluations {
		ek := fmt.Sprintf("%s.evaluations[%d]", key, j)
		ev := Evaluation{Date: r.day(e.Date), Text: strings.TrimSpace(e.Text)}
		switch {
		case ev.Date.IsZero():
			r.errorf(ek, "an evaluation needs its date; write date = 2026-10-20")
		case !s.Start.IsZero() && ev.Date.Before(s.Start):
			r.errorf(ek+".date", "evaluation dated %s is before the follow-up began on %s", ev.Date, s.Start)
		}
		if ev.Text == "" {
			r.errorf(ek, `an evaluation needs its findings; write text = "…"`)
		}
		s.Evaluations = append(s.Evaluations, ev)
	}
}

func (r *resolver) consultation(key string, s *Stage) {
	if s.End.IsZero() {
		r.errorf(key, "the consultation stage needs the last day comments are taken; write end = %s (at least 30 days after start)", consultationEnd(s.Start))
	}
	if !s.Hearing.IsZero() && !s.Start.IsZero() && s.Hearing.Before(s.Start) {
		r.errorf(key+".hearing", "the hearing on %s is before the consultation starts on %s", s.Hearing, s.Start)
	}
	if !s.Hearing.IsZero() && s.HearingPlace == "" {
		r.errorf(key+".hearing", `a hearing needs its place; write hearing_place = "县政府三楼会议室"`)
	}
}

// stageOrder checks that stages follow the policy's order and their dates.
func (r *resolver) stageOrder(key string, s, prev *Stage) {
	if prev == nil {
		return
	}
	keys := stageKeys()
	pi, si := slices.Index(keys, prev.Key), slices.Index(keys, s.Key)
	switch {
	case si == pi:
		r.errorf(key+".stage", "stage %s is listed twice; describe each stage once", config.Stages.Label(s.Key))
	case si < pi:
		r.errorf(key+".stage", "stage %s is listed after %s; list stages in the order %s", config.Stages.Label(s.Key), config.Stages.Label(prev.Key), labels(config.Stages))
	case !s.Start.IsZero() && !prev.Start.IsZero() && s.Start.Before(prev.Start):
		r.errorf(key+".start", "stage %s starts %s, before %s started on %s; stage dates must follow the stages' order",
			config.Stages.Label(s.Key), s.Start, config.Stages.Label(prev.Key), prev.Start)
	}
}

func stageKeys() []string {
	keys := make([]string, len(config.Stages.Entries))
	for i, e := range config.Stages.Entries {
		keys[i] = e.Key
	}
	return keys
}

// consultationWindow checks that a notice asking for comments stays up for
// the whole consultation.
func (r *resolver) consultationWindow(it *Item, d *Decision) {
	c := d.Stage("consultation")
	if c == nil || c.End.IsZero() || it.Term != string(config.Immediate) || it.Until.IsZero() {
		return
	}
	if it.Until.Before(c.End) {
		r.errorf("until", "until %s takes the notice down before the consultation ends on %s; write until = %s", it.Until, c.End, c.End)
	}
}

func consultationEnd(start calendar.Day) string {
	if start.IsZero() {
		return "2026-12-15"
	}
	return start.AddDays(30).String()
}

// ConsultationWindow is when the public may comment on the item: its
// 征求意见 stage, or, for an immediate item of a consultation category
// that has no [[stages]], its publicity window. An item with stages but no
// 征求意见 stage among them is not a consultation: on a build's --now
// (model.asOf) that is a decision whose consultation has not begun, which
// must not be shown as open for comment, nor its future stage revealed.
// key is the front matter key that ends the window, for messages. Policy
// checks, pages, boards and kiosks all read the window from here.
func (it *Item) ConsultationWindow(cfg *config.Site) (start, end calendar.Day, key string, ok bool) {
	if it.Decision != nil {
		if c := it.Decision.Stage("consultation"); c != nil && !c.End.IsZero() {
			return c.Start, c.End, fmt.Sprintf("stages[%d].end", c.Index), true
		}
		return calendar.Day{}, calendar.Day{}, "", false
	}
	cat := cfg.CategoryByKey(it.Category)
	if cat != nil && cat.Consultation && it.Term == string(config.Immediate) && !it.Until.IsZero() {
		return it.Date, it.Until, "until", true
	}
	return calendar.Day{}, calendar.Day{}, "", false
}
