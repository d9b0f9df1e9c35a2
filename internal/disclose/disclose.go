package disclose

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/records"
)

// Public is what a site publishes of its registers on one day.
type Public struct {
	Requests    []RequestYear // this year's and last year's, newest first
	Feedback    []FeedbackYear
	Replies     []Reply // the replies marked for publishing, newest first
	Supervisors []Supervisor
	Evaluations []Evaluation // marked public, newest first
}

// RequestYear counts the requests received in one year.
type RequestYear struct {
	Year     int
	Received int
	Answered int
	Pending  int     // not answered yet
	Outcomes []Count // every outcome of the national list, in its order
	OnTime   int     // answered within the time limit (with an extension's days)
	AvgDays  string  // average working days to reply, "6.5"; "" when none answered
}

// FeedbackYear counts the messages received in one year.
type FeedbackYear struct {
	Year     int
	Received int
	Answered int
	AvgDays  string // as RequestYear.AvgDays
}

// Count is how many of one kind.
type Count struct {
	Label string
	N     int
}

// Reply is a published reply to a message.
type Reply struct {
	Anchor string // "reply-3": stable while older replies stay
	Topic  string
	Reply  string
	Date   calendar.Day
	Item   string // the id of the item it concerns, or ""
}

// Supervisor is a social supervisor marked public.
type Supervisor struct{ Name, Unit string }

// Evaluation is an evaluation whose result is marked public.
type Evaluation struct {
	Date            calendar.Day
	Subject, Result string
}

// Of is what set publishes on now, with working days on cal.
func Of(set *records.Set, cal *calendar.Calendar, now calendar.Day) *Public {
	p := &Public{}
	if set == nil {
		return p
	}
	for _, y := range []int{now.Y, now.Y - 1} {
		p.Requests = append(p.Requests, requestYear(set.Requests, cal, now, y))
		p.Feedback = append(p.Feedback, feedbackYear(set.Feedback, cal, now, y))
	}
	p.Replies = replies(set.Feedback, now)
	for _, s := range set.Supervisors {
		if s.Public {
			p.Supervisors = append(p.Supervisors, Supervisor{Name: s.Name, Unit: s.Unit})
		}
	}
	p.Evaluations = evaluations(set.Evaluations, now)
	return p
}

// Empty reports whether there is nothing to publish but zero counts.
func (p *Public) Empty() bool {
	for _, y := range p.Requests {
		if y.Received > 0 {
			return false
		}
	}
	return len(p.Replies) == 0 && !p.HasFeedback() && !p.HasSupervision()
}

// HasFeedback reports whether the 回应 page has anything to show.
func (p *Public) HasFeedback() bool {
	for _, y := range p.Feedback {
		if y.Received > 0 {
			return true
		}
	}
	return len(p.Replies) > 0
}

// HasSupervision reports whether the 监督评议 page has anything to show.
func (p *Public) HasSupervision() bool {
	return len(p.Supervisors) > 0 || len(p.Evaluations) > 0
}

// RepliesTo are the published replies concerning the item id.
func (p *Public) RepliesTo(id string) []Reply {
	var out []Reply
	for _, r := range p.Replies {
		if r.Item == id {
			out = append(out, r)
		}
	}
	return out
}

// replyDays is the working days from received (not counted) to reply.
func replyDays(cal *calendar.Calendar, received, reply calendar.Day) int {
	if !reply.After(received) {
		return 0
	}
	return cal.WorkdaysBetween(received.AddDays(1), reply)
}

func average(sum, n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%.1f", float64(sum)/float64(n))
}
