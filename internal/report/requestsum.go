package report

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/records"
)

// RequestSum is how the requests for disclosure of the period went, in
// figures only: no applicant or subject.
type RequestSum struct {
	Received int // received in the period
	Answered int // answered in the period, by AsOf
	Late     int // of those, answered after their due day (records.Request.Late)
	Open     int // received by AsOf and not answered on it
	Overdue  int // of those, past their due day on AsOf
}

// sumRequests counts the requests of the period first to asOf.
func sumRequests(reqs []*records.Request, cal *calendar.Calendar, first, asOf calendar.Day) RequestSum {
	var s RequestSum
	in := func(d calendar.Day) bool { return !d.Before(first) && !d.After(asOf) }
	for _, r := range reqs {
		if r.Received.After(asOf) {
			continue
		}
		if in(r.Received) {
			s.Received++
		}
		switch {
		case r.AnsweredBy(asOf) && in(r.Reply.Date):
			s.Answered++
			if r.Late(cal) {
				s.Late++
			}
		case !r.AnsweredBy(asOf):
			s.Open++
			if r.Due(cal).Before(asOf) {
				s.Overdue++
			}
		}
	}
	return s
}

// requests is the report's section on requests for disclosure.
func (p *printer) requests() {
	s := p.r.Requests
	p.f("## 六、依申请公开办理情况\n\n")
	p.f("本月收到政府信息公开申请 %d 件，答复 %d 件（其中逾期答复 %d 件）；截至%s，尚未答复 %d 件（其中已超过答复期限 %d 件）。\n\n",
		s.Received, s.Answered, s.Late, p.r.AsOf.Chinese(), s.Open, s.Overdue)
}
