package records

import "github.com/gongkai/gongkai/internal/calendar"

// FirstDue is the last day to reply without an extension: ReplyDays
// working days after the day received, which is not counted.
func (r *Request) FirstDue(cal *calendar.Calendar) calendar.Day {
	return cal.AddWorkdays(r.Received, ReplyDays)
}

// Due is the last day to reply: FirstDue, plus the days of the extension
// as written (whether it was approved is check's concern).
func (r *Request) Due(cal *calendar.Calendar) calendar.Day {
	due := r.FirstDue(cal)
	if r.Extension != nil {
		due = cal.AddWorkdays(due, r.Extension.Days)
	}
	return due
}

// AnsweredBy reports whether the request had a reply on day (a reply
// dated later is not yet there).
func (r *Request) AnsweredBy(day calendar.Day) bool {
	return r.Reply != nil && !r.Reply.Date.IsZero() && !r.Reply.Date.After(day)
}

// Late reports whether the reply came after Due. An unanswered request
// is not late: see AnsweredBy and Due.
func (r *Request) Late(cal *calendar.Calendar) bool {
	return r.Reply != nil && !r.Reply.Date.IsZero() && r.Reply.Date.After(r.Due(cal))
}
