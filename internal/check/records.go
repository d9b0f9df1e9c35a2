package check

import (
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/records"
)

// WarnBefore is how many working days before a request's reply is due
// check starts to warn.
const WarnBefore = 3

// Records applies the rules of the office's registers as of now: a
// request's reply within 20 working days of receipt, or 20 more with an
// approved extension (政府信息公开条例 Art. 33); a feedback message answered
// within [feedback] reply_days; a rectification closed by its deadline;
// a message's item one that exists. Records dated after now are not yet
// there. set is the site's content, for the items messages name.
func Records(cfg *config.Site, recs *records.Set, set *content.Set, now calendar.Day) []diag.Diagnostic {
	c := &checker{cfg: cfg, cal: model.NewCalendar(cfg), now: now}
	for _, r := range recs.Requests {
		if !r.Received.IsZero() && !r.Received.After(now) {
			c.request(r)
		}
	}
	ids := map[string]bool{}
	for _, it := range set.Items {
		ids[it.ID] = true
	}
	for _, f := range recs.Feedback {
		c.feedbackItem(f, ids, set)
		if !f.Received.IsZero() && !f.Received.After(now) {
			c.feedbackReply(f)
		}
	}
	for _, r := range recs.Rectifications {
		c.rectification(r)
	}
	diag.Sort(c.diags)
	return c.diags
}

func (c *checker) errorf(file string, line int, format string, args ...any) {
	c.diags = append(c.diags, diag.Diagnostic{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// request: an extension needs approval and must be decided in time; the
// reply is due by Request.Due. A late reply is a warning, as it cannot be
// undone: the record stays true and the reports count it as late. A
// request still unanswered past its due day is an error: it can be
// answered today.
func (c *checker) request(r *records.Request) {
	if r.Reply != nil && r.Reply.Date.IsZero() {
		return // a reply without its date: reported by records.Load
	}
	if e := r.Extension; e != nil {
		first := r.FirstDue(c.cal)
		switch {
		case e.ApprovedBy == "":
			c.errorf(r.File, r.Line("extension"), "the time limit is extended without approval; 条例 Art. 33 allows one extension, of at most %d working days, approved by the head of the office: write approved_by = \"…\" under [extension]", records.MaxExtension)
			return
		case e.Date.After(first):
			c.errorf(r.File, r.Line("extension.date"), "the time limit was extended on %s, after the reply was due on %s; an extension must be decided within the first %d working days: correct its date, or remove [extension]", e.Date, first, records.ReplyDays)
			return
		}
	}
	due := r.Due(c.cal)
	switch {
	case r.AnsweredBy(c.now) && r.Late(c.cal):
		c.warn(r.File, r.Line("reply.date"), "answered %s, %d working days after the reply was due on %s (%s); the reports count it as answered late",
			r.Reply.Date, c.cal.WorkdaysBetween(due.AddDays(1), r.Reply.Date), due, c.dueRule(r))
	case r.AnsweredBy(c.now):
	case c.now.After(due):
		c.errorf(r.File, r.Line("received"), "no reply, and it was due on %s (%s), %d working days ago; answer the request and write the reply under [reply] with date and outcome",
			due, c.dueRule(r), c.cal.WorkdaysBetween(due.AddDays(1), c.now))
	default:
		if left := c.cal.WorkdaysBetween(c.now.AddDays(1), due); left <= WarnBefore {
			c.warn(r.File, r.Line("received"), "no reply yet, and it is due on %s, %s (%s)%s", due, workdaysLeft(left), c.dueRule(r), extendHint(r))
		}
	}
}

// dueRule says how the due day was counted.
func (c *checker) dueRule(r *records.Request) string {
	s := fmt.Sprintf("%d working days after it was received on %s", records.ReplyDays, r.Received)
	if r.Extension != nil {
		s += fmt.Sprintf(", extended by %d", r.Extension.Days)
	}
	return s
}

func workdaysLeft(n int) string {
	switch n {
	case 0:
		return "today"
	case 1:
		return "in 1 working day"
	}
	return fmt.Sprintf("in %d working days", n)
}

func extendHint(r *records.Request) string {
	if r.Extension != nil {
		return ""
	}
	return fmt.Sprintf("; if it cannot be answered in time, extend it (once, by at most %d working days, with approval) under [extension] with date, approved_by and days", records.MaxExtension)
}

// feedbackReply: a message waits for its reply at most reply_days working days.
func (c *checker) feedbackReply(f *records.Feedback) {
	days := c.cfg.Feedback.ReplyDays
	if days == 0 {
		days = records.DefaultReplyDays
	}
	due := c.cal.AddWorkdays(f.Received, days)
	if f.AnsweredBy(c.now) || !c.now.After(due) || f.Reply != "" && f.ReplyDate.IsZero() {
		return
	}
	c.warn(f.File, f.Line("received"), "the message received %s has had no reply for %d working days (site.toml [feedback] reply_days = %d: due on %s); reply, and write reply and reply_date",
		f.Received, c.cal.WorkdaysBetween(f.Received.AddDays(1), c.now), days, due)
}

// feedbackItem: the item a message concerns must exist, in any scope.
func (c *checker) feedbackItem(f *records.Feedback, ids map[string]bool, set *content.Set) {
	if f.Item == "" || ids[f.Item] || set.MayExistID(f.Item) {
		return
	}
	known := make([]string, 0, len(ids))
	for id := range ids {
		known = append(known, id)
	}
	slices.Sort(known)
	c.errorf(f.File, f.Line("item"), "there is no item %q%s; write the item's path in content/ without .md, such as item = \"cadre/wang\", or remove item",
		f.Item, diag.DidYouMean(f.Item, known))
}

// rectification: an open rectification past its deadline.
func (c *checker) rectification(r *records.Rectification) {
	if r.Deadline.IsZero() || !c.now.After(r.Deadline) || !r.OpenOn(c.now) {
		return
	}
	c.warn(r.File, r.Line("deadline"), "the rectification %q was due by %s and is not closed, %d days later; when it is done, write closed = %s (the day it was put right)",
		r.What, r.Deadline, r.Deadline.DaysUntil(c.now), c.now)
}
