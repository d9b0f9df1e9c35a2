package records

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Supervisor is a social supervisor (社会监督员), a [[supervisors]] table of
// records/supervisors.toml. Name and unit are published only when Public.
type Supervisor struct {
	Pos
	Name   string
	Unit   string
	Public bool
}

// Evaluation is an evaluation (评议) of the disclosure work, a file of
// records/evaluations/. Its result is published only when Public.
type Evaluation struct {
	Pos
	ID      string
	Date    calendar.Day
	Subject string // what was evaluated
	By      string // who evaluated it
	Result  string
	Public  bool
}

// Rectification is an order to put something right by a deadline
// (限期整改), a file of records/rectifications/.
type Rectification struct {
	Pos
	ID       string
	What     string
	Who      string
	Deadline calendar.Day
	Closed   calendar.Day // zero while open
}

// OpenOn reports whether the rectification was still open on day.
func (r *Rectification) OpenOn(day calendar.Day) bool {
	return r.Closed.IsZero() || r.Closed.After(day)
}

type supervisorsFile struct {
	Supervisors []struct {
		Name   string `toml:"name"`
		Unit   string `toml:"unit"`
		Public bool   `toml:"public"`
	} `toml:"supervisors"`
}

func (f *fileReader) supervisors(v *supervisorsFile) []*Supervisor {
	var out []*Supervisor
	for i, s := range v.Supervisors {
		path := "supervisors[" + itoa(i) + "]"
		f.need(path+".name", s.Name == "", `the supervisor has no name; write name = "…"`)
		out = append(out, &Supervisor{Pos: f.pos(path), Name: s.Name, Unit: s.Unit, Public: s.Public})
	}
	return out
}

type evaluationFile struct {
	Date    tomlx.Date `toml:"date"`
	Subject string     `toml:"subject"`
	By      string     `toml:"by"`
	Result  string     `toml:"result"`
	Public  bool       `toml:"public"`
}

func (f *fileReader) evaluation(v *evaluationFile) *Evaluation {
	e := &Evaluation{Pos: f.pos(""), ID: idOf(EvaluationsDir, f.file), Date: f.day(v.Date), Subject: v.Subject, By: v.By, Result: v.Result, Public: v.Public}
	f.need("date", e.Date.IsZero(), "the evaluation has no date; write date = 2026-11-20")
	f.need("subject", v.Subject == "", `the evaluation has no subject; write subject = "…" (what was evaluated)`)
	if v.Public && v.Result == "" {
		f.errorf("public", `public = true, but there is no result to publish; write result = "…", or remove public`)
	}
	return e
}

type rectificationFile struct {
	What     string     `toml:"what"`
	Who      string     `toml:"who"`
	Deadline tomlx.Date `toml:"deadline"`
	Closed   tomlx.Date `toml:"closed"`
}

func (f *fileReader) rectification(v *rectificationFile) *Rectification {
	r := &Rectification{Pos: f.pos(""), ID: idOf(RectificationsDir, f.file), What: v.What, Who: v.Who, Deadline: f.day(v.Deadline), Closed: f.day(v.Closed)}
	f.need("what", v.What == "", `the rectification has no what; write what = "…" (what must be put right)`)
	f.need("who", v.Who == "", `the rectification has no who; write who = "…" (the office responsible)`)
	f.need("deadline", r.Deadline.IsZero(), "the rectification has no deadline; write deadline = 2026-12-31")
	return r
}
