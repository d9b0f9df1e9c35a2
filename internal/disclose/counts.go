package disclose

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/records"
)

// requestYear counts the requests received in year by now.
func requestYear(reqs []*records.Request, cal *calendar.Calendar, now calendar.Day, year int) RequestYear {
	y := RequestYear{Year: year}
	byOutcome := map[records.Outcome]int{}
	days := 0
	for _, r := range reqs {
		if r.Received.Y != year || r.Received.After(now) {
			continue
		}
		y.Received++
		if !r.AnsweredBy(now) {
			y.Pending++
			continue
		}
		y.Answered++
		byOutcome[r.Reply.Outcome]++
		days += replyDays(cal, r.Received, r.Reply.Date)
		if !r.Late(cal) {
			y.OnTime++
		}
	}
	for _, e := range records.Outcomes.Entries {
		y.Outcomes = append(y.Outcomes, Count{Label: e.Label, N: byOutcome[records.Outcome(e.Key)]})
	}
	y.AvgDays = average(days, y.Answered)
	return y
}

// feedbackYear counts the messages received in year by now.
func feedbackYear(fbs []*records.Feedback, cal *calendar.Calendar, now calendar.Day, year int) FeedbackYear {
	y := FeedbackYear{Year: year}
	days := 0
	for _, f := range fbs {
		if f.Received.Y != year || f.Received.After(now) {
			continue
		}
		y.Received++
		if f.AnsweredBy(now) {
			y.Answered++
			days += replyDays(cal, f.Received, f.ReplyDate)
		}
	}
	y.AvgDays = average(days, y.Answered)
	return y
}

// replies are the replies marked for publishing and sent by now, newest
// first, numbered oldest first.
func replies(fbs []*records.Feedback, now calendar.Day) []Reply {
	var out []Reply
	for _, f := range fbs {
		if f.Publish && f.Reply != "" && f.AnsweredBy(now) && !f.Received.After(now) {
			out = append(out, Reply{Topic: f.Topic, Reply: f.Reply, Date: f.ReplyDate, Item: f.Item})
		}
	}
	// Stable: registers are sorted by file, so ties keep the file order.
	slices.SortStableFunc(out, func(a, b Reply) int { return a.Date.Compare(b.Date) })
	for i := range out {
		out[i].Anchor = "reply-" + strconv.Itoa(i+1)
	}
	slices.Reverse(out)
	return out
}

// evaluations are those marked public and held by now, newest first.
func evaluations(evs []*records.Evaluation, now calendar.Day) []Evaluation {
	var out []Evaluation
	for _, e := range evs {
		if e.Public && e.Result != "" && !e.Date.After(now) {
			out = append(out, Evaluation{Date: e.Date, Subject: e.Subject, Result: e.Result})
		}
	}
	slices.SortStableFunc(out, func(a, b Evaluation) int { return cmp.Compare(0, a.Date.Compare(b.Date)) })
	return out
}
