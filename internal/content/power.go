package content

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Power is an item's power (职权): what kind it is, on what legal basis, and
// how it runs, step by step. The holder is the item's issuer.
type Power struct {
	Type  string // a key of config.PowerTypes
	Basis string
	Steps []*Step
}

// Step is one step of a power's flow, stating the five things the policy
// asks of every step (二(三)).
type Step struct {
	ID           string
	Number       int // 1-based, in the order written
	Name         string
	Actor        string // 主体
	Conditions   string // 条件
	Target       string // 目标
	TimeLimit    string // 时限
	Requirements string // 要求
	Next         []Edge
	Risks        []string // ids of risk points at this step
	Line         int      // the line of its [[steps]] header
}

// Edge leads from a step to the next, with an optional branch label.
type Edge struct{ To, Label string }

// Step returns the step with the id, or nil.
func (p *Power) Step(id string) *Step {
	for _, s := range p.Steps {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// StepIDs lists the ids of the steps in order.
func (p *Power) StepIDs() []string {
	ids := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		ids[i] = s.ID
	}
	return ids
}

type stepFM struct {
	ID           string           `toml:"id"`
	Name         string           `toml:"name"`
	Actor        string           `toml:"actor"`
	Conditions   string           `toml:"conditions"`
	Target       string           `toml:"target"`
	TimeLimit    string           `toml:"time_limit"`
	Requirements string           `toml:"requirements"`
	Next         nextList         `toml:"next"`
	End          bool             `toml:"end"`
	Risk         tomlx.StringList `toml:"risk"`
}

// stepFields are the five fields, with their labels and an example each.
var stepFields = []struct {
	key, label, example string
	get                 func(*stepFM) string
}{
	{"actor", "主体", "县委组织部", func(s *stepFM) string { return s.Actor }},
	{"conditions", "条件", "申请材料齐全", func(s *stepFM) string { return s.Conditions }},
	{"target", "目标", "作出受理决定", func(s *stepFM) string { return s.Target }},
	{"time_limit", "时限", "5个工作日", func(s *stepFM) string { return s.TimeLimit }},
	{"requirements", "要求", "一次性告知需补正的材料", func(s *stepFM) string { return s.Requirements }},
}

// power resolves the power keys of an item: it is a power when it has
// steps or a power_type, and then needs all of them.
func (r *resolver) power(it *Item, f *frontMatter) {
	if len(f.Steps) == 0 && f.PowerType == "" && f.Basis == "" {
		return
	}
	p := &Power{Basis: strings.TrimSpace(f.Basis)}
	it.Power = p
	if f.PowerType == "" {
		r.errorf("", `a power needs its type; write power_type = "审批" (one of %s)`, labels(config.PowerTypes))
	} else {
		p.Type = r.vocab("power_type", f.PowerType, config.PowerTypes)
	}
	if p.Basis == "" {
		r.errorf("", `a power needs its legal basis; write basis = "《党政领导干部选拔任用工作条例》第十条"`)
	}
	if f.Issuer == "" {
		if v := r.site.IssuerVocab(); len(v.Entries) > 0 {
			r.errorf("", `a power needs its holder; write issuer = "%s" (the issuer that holds it)`, firstKey(v))
		} else if !v.Incomplete {
			r.errorf("", `a power needs its holder, and site.toml declares no issuers; declare the holder in site.toml under [[issuers]] with key and label, then write issuer = its key here`)
		}
	}
	if len(f.Steps) == 0 {
		r.errorf("", `a power is drawn as a flowchart of its steps; add a [[steps]] table for each step, with id, name, actor, conditions, target, time_limit and requirements`)
		return
	}
	if r.steps(p, f.Steps) {
		r.checkFlow(p)
	}
}

// steps resolves the steps and reports whether their ids and nexts are
// sound enough to check the flow as a whole.
func (r *resolver) steps(p *Power, fs []stepFM) bool {
	ok := true
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		key := fmt.Sprintf("steps[%d]", i)
		s := &Step{ID: strings.TrimSpace(f.ID), Number: i + 1, Name: strings.TrimSpace(f.Name),
			Actor: strings.TrimSpace(f.Actor), Conditions: strings.TrimSpace(f.Conditions), Target: strings.TrimSpace(f.Target),
			TimeLimit: strings.TrimSpace(f.TimeLimit), Requirements: strings.TrimSpace(f.Requirements),
			Risks: f.Risk, Line: r.meta.Line(key)}
		if s.ID == "" {
			s.ID = strconv.Itoa(i + 1)
		}
		if prev, dup := seen[s.ID]; dup {
			ok = false
			r.errorf(key+".id", `step id %q is already used by step %d; give each step its own id, such as id = "%d"`, s.ID, prev, i+1)
		}
		seen[s.ID] = i + 1
		if s.Name == "" {
			r.errorf(key, `step %d has no name; write name = "受理"`, i+1)
		}
		for _, fd := range stepFields {
			if strings.TrimSpace(fd.get(f)) == "" {
				r.errorf(key, `step %d %s has no %s (%s); every step states its 主体, 条件, 目标, 时限 and 要求: write %s = "%s"`,
					i+1, quoteName(s.Name), fd.key, fd.label, fd.key, fd.example)
			}
		}
		p.Steps = append(p.Steps, s)
	}
	for i := range fs {
		ok = r.next(p, i, &fs[i]) && ok
	}
	return ok
}

func quoteName(name string) string {
	if name == "" {
		return ""
	}
	return "“" + name + "”"
}

// next resolves where a step leads: its next, or the step written after it
// unless it ends the flow. It reports whether every next names a step.
func (r *resolver) next(p *Power, i int, f *stepFM) bool {
	key := fmt.Sprintf("steps[%d]", i)
	s := p.Steps[i]
	if f.Next.bad {
		return false // the decoder has said what is wrong
	}
	switch {
	case f.End && f.Next.set && len(f.Next.edges) > 0:
		r.errorf(key+".end", "step %d has both next and end = true; a step that ends the flow leads nowhere: remove one of them", i+1)
	case f.End || (f.Next.set && len(f.Next.edges) == 0):
	case f.Next.set:
		s.Next = f.Next.edges
	case i+1 < len(p.Steps):
		s.Next = []Edge{{To: p.Steps[i+1].ID}}
	}
	ids := p.StepIDs()
	ok := true
	for _, e := range s.Next {
		if p.Step(e.To) == nil {
			ok = false
			r.errorf(key+".next", "next = %q names no step of this power%s; the steps are %s", e.To, diag.DidYouMean(e.To, ids), strings.Join(ids, ", "))
		}
	}
	return ok
}

// checkFlow finds cycles and steps that nothing leads to.
func (r *resolver) checkFlow(p *Power) {
	if cyc := findCycle(p); cyc != nil {
		last := p.Step(cyc[len(cyc)-2])
		r.errorf(fmt.Sprintf("steps[%d].next", last.Number-1),
			"steps %s form a cycle; a flowchart runs one way: send step %s on to a later step, or write end = true",
			strings.Join(cyc, " → "), last.ID)
		return
	}
	reached := map[string]bool{p.Steps[0].ID: true}
	for _, s := range p.Steps {
		if reached[s.ID] {
			for _, e := range s.Next {
				reached[e.To] = true
			}
		}
	}
	for _, s := range p.Steps[1:] {
		if !reached[s.ID] {
			r.errorf(fmt.Sprintf("steps[%d]", s.Number-1), `step %d %s is never reached from the first step; add next = "%s" to the step that leads to it, or remove it`,
				s.Number, quoteName(s.Name), s.ID)
		}
	}
}

// findCycle returns the ids along the first cycle met, first id repeated at
// the end, or nil. Steps usually lead forward, so forward order finds
// reachability in one pass above; a cycle needs a real search.
func findCycle(p *Power) []string {
	state := map[string]int{}
	var stack []string
	var visit func(id string) []string
	visit = func(id string) []string {
		state[id] = 1
		stack = append(stack, id)
		for _, e := range p.Step(id).Next {
			switch state[e.To] {
			case 1:
				for i, s := range stack {
					if s == e.To {
						return append(append([]string(nil), stack[i:]...), e.To)
					}
				}
			case 0:
				if c := visit(e.To); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = 2
		return nil
	}
	for _, s := range p.Steps {
		if state[s.ID] == 0 {
			if c := visit(s.ID); c != nil {
				return c
			}
		}
	}
	return nil
}

// labels lists a vocabulary's labels for messages: "决策, 审批, …".
func labels(v *config.Vocab) string {
	out := make([]string, len(v.Entries))
	for i, e := range v.Entries {
		out[i] = e.Label
	}
	return strings.Join(out, ", ")
}
