package records

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Request is one request for disclosure (依申请公开), a file of
// records/requests/.
type Request struct {
	Pos
	ID        string // the file's path in records/requests/, without .toml: "2026-003"
	Received  calendar.Day
	Channel   string // a key of Channels, or ""
	Applicant Applicant
	Name      string // the applicant's name: never leaves the register
	Subject   string // what was asked for
	Office    string // the office handling it
	Note      string
	Extension *Extension // nil when the time limit was not extended
	Reply     *Reply     // nil while unanswered
	FollowUps []FollowUp
}

// Extension is the extension of a request's time limit (条例 Art. 33:
// once, by at most 20 working days, with the approval of the office's head).
type Extension struct {
	Date       calendar.Day
	ApprovedBy string // "" is an error of check: an extension needs approval
	Days       int    // working days added, 1 to 20 (20 when not written)
}

// Reply is how and when a request was answered.
type Reply struct {
	Date    calendar.Day
	Outcome Outcome
	Reason  string // a key of Reasons[Outcome]; "" for 予以公开 and 部分公开
}

// FollowUp is an administrative review or a lawsuit over a request.
type FollowUp struct {
	Kind   FollowUpKind
	Result Result
	Date   calendar.Day // of the result; may be zero while pending
	// AfterReview is set on a lawsuit brought after a review of the same
	// request (复议后起诉); the national table counts them apart from
	// lawsuits brought directly (未经复议直接起诉).
	AfterReview bool
}

// MaxExtension is the most working days an extension may add, and
// ReplyDays the working days a request is answered in (条例 Art. 33).
const (
	MaxExtension = 20
	ReplyDays    = 20
)

type requestFile struct {
	Received  tomlx.Date `toml:"received"`
	Channel   string     `toml:"channel"`
	Applicant string     `toml:"applicant"`
	Name      string     `toml:"name"`
	Subject   string     `toml:"subject"`
	Office    string     `toml:"office"`
	Note      string     `toml:"note"`
	Extension *struct {
		Date       tomlx.Date `toml:"date"`
		ApprovedBy string     `toml:"approved_by"`
		Days       *int       `toml:"days"`
	} `toml:"extension"`
	Reply *struct {
		Date    tomlx.Date `toml:"date"`
		Outcome string     `toml:"outcome"`
		Reason  string     `toml:"reason"`
	} `toml:"reply"`
	FollowUps []struct {
		Kind   string     `toml:"kind"`
		Result string     `toml:"result"`
		Date   tomlx.Date `toml:"date"`
	} `toml:"follow_ups"`
}

func (f *fileReader) request(v *requestFile) *Request {
	r := &Request{Pos: f.pos(""), ID: idOf(RequestsDir, f.file), Name: v.Name, Subject: v.Subject, Office: v.Office, Note: v.Note}
	r.Received = f.day(v.Received)
	f.need("received", r.Received.IsZero(), "the request has no received date; write received = 2026-11-20 (the day the office received it)")
	r.Channel = f.vocab("channel", "channel", v.Channel, Channels)
	r.Applicant = Applicant(f.vocab("applicant", "applicant", v.Applicant, Applicants))
	f.need("applicant", v.Applicant == "", `the request has no applicant kind; write applicant = "自然人", or for an organisation "商业企业", "科研机构", "社会公益组织", "法律服务机构" or "其他组织"`)
	f.need("subject", v.Subject == "", `the request has no subject; write subject = "…" (the information asked for)`)
	if e := v.Extension; e != nil {
		r.Extension = f.extension(e.Date, e.ApprovedBy, e.Days, r.Received)
	}
	if p := v.Reply; p != nil {
		r.Reply = f.reply(p.Date, p.Outcome, p.Reason, r.Received)
	}
	for i, fu := range v.FollowUps {
		r.FollowUps = append(r.FollowUps, f.followUp(i, fu.Kind, fu.Result, fu.Date, r.FollowUps))
	}
	return r
}

func (f *fileReader) extension(date tomlx.Date, by string, days *int, received calendar.Day) *Extension {
	e := &Extension{Date: f.day(date), ApprovedBy: by, Days: MaxExtension}
	f.need("extension.date", e.Date.IsZero(), "the extension has no date; write date = 2026-11-20 under [extension] (the day it was decided)")
	f.notBefore("extension.date", "the extension's date", e.Date, received, "received")
	if days != nil {
		e.Days = *days
		if e.Days < 1 || e.Days > MaxExtension {
			f.errorf("extension.days", "days = %d: an extension adds 1 to %d working days (条例 Art. 33); write days = %d or fewer", e.Days, MaxExtension, MaxExtension)
			e.Days = min(max(e.Days, 0), MaxExtension)
		}
	}
	return e
}

func (f *fileReader) reply(date tomlx.Date, outcome, reason string, received calendar.Day) *Reply {
	p := &Reply{Date: f.day(date), Outcome: Outcome(f.vocab("reply.outcome", "outcome", outcome, Outcomes))}
	f.need("reply.date", p.Date.IsZero(), "the reply has no date; write date = 2026-11-20 under [reply] (the day the reply was sent)")
	f.notBefore("reply.date", "the reply's date", p.Date, received, "received")
	f.need("reply.outcome", outcome == "", `the reply has no outcome; write outcome = "予以公开", "部分公开", "不予公开", "无法提供", "不予处理" or "其他处理" under [reply]`)
	reasons := Reasons[p.Outcome]
	switch {
	case p.Outcome == "":
	case reasons == nil && reason != "":
		f.errorf("reply.reason", "%s takes no reason in the national table; remove reason", Outcomes.Label(string(p.Outcome)))
	case reasons != nil && reason == "":
		f.errorf("reply.outcome", "%s needs its reason; write reason = %q (or another of: %s) under [reply]",
			Outcomes.Label(string(p.Outcome)), reasons.Entries[0].Label, labels(reasons))
	case reasons != nil:
		p.Reason = f.vocab("reply.reason", "reason", reason, reasons)
	}
	return p
}

func (f *fileReader) followUp(i int, kind, result string, date tomlx.Date, before []FollowUp) FollowUp {
	path := "follow_ups[" + itoa(i) + "]"
	fu := FollowUp{Kind: FollowUpKind(f.vocab(path+".kind", "kind", kind, FollowUpKinds)), Result: Result(f.vocab(path+".result", "result", result, Results)), Date: f.day(date)}
	f.need(path+".kind", kind == "", `the follow-up has no kind; write kind = "行政复议" or "行政诉讼"`)
	f.need(path+".result", result == "", `the follow-up has no result; write result = "维持", "纠正", "其他" or "尚未审结"`)
	if fu.Kind == Lawsuit {
		for _, b := range before {
			fu.AfterReview = fu.AfterReview || b.Kind == Review
		}
	}
	return fu
}
