package records

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Feedback is one message from the public (收集反馈), a file of
// records/feedback/. Only a reply with Publish set may be published, with
// its topic; the message, the sender's name and who handled it never are.
type Feedback struct {
	Pos
	ID        string // the file's path in records/feedback/, without .toml
	Received  calendar.Day
	Channel   string // a key of Channels, or ""
	Name      string // the sender: never leaves the register
	Topic     string
	Message   string
	Item      string // the id of the item it concerns ("cadre/wang"), or ""
	HandledBy string
	Reply     string
	ReplyDate calendar.Day
	Publish   bool // the reply may be published
}

// DefaultReplyDays is how many working days a message may wait for its
// reply when site.toml's [feedback] sets no reply_days.
const DefaultReplyDays = 20

// AnsweredBy reports whether the message had its reply on day.
func (f *Feedback) AnsweredBy(day calendar.Day) bool {
	return !f.ReplyDate.IsZero() && !f.ReplyDate.After(day)
}

type feedbackFile struct {
	Received  tomlx.Date `toml:"received"`
	Channel   string     `toml:"channel"`
	Name      string     `toml:"name"`
	Topic     string     `toml:"topic"`
	Message   string     `toml:"message"`
	Item      string     `toml:"item"`
	HandledBy string     `toml:"handled_by"`
	Reply     string     `toml:"reply"`
	ReplyDate tomlx.Date `toml:"reply_date"`
	Publish   bool       `toml:"publish"`
}

func (f *fileReader) feedback(v *feedbackFile) *Feedback {
	fb := &Feedback{Pos: f.pos(""), ID: idOf(FeedbackDir, f.file), Name: v.Name, Topic: v.Topic, Message: v.Message,
		Item: v.Item, HandledBy: v.HandledBy, Reply: v.Reply, Publish: v.Publish}
	fb.Received = f.day(v.Received)
	fb.ReplyDate = f.day(v.ReplyDate)
	f.need("received", fb.Received.IsZero(), "the message has no received date; write received = 2026-11-20")
	fb.Channel = f.vocab("channel", "channel", v.Channel, Channels)
	f.need("topic", v.Topic == "", `the message has no topic; write topic = "…" (what it is about, in a few words)`)
	f.notBefore("reply_date", "reply_date", fb.ReplyDate, fb.Received, "received")
	switch {
	case v.Reply != "" && fb.ReplyDate.IsZero():
		f.need("reply_date", true, "the reply has no date; write reply_date = 2026-11-20 (the day it was sent)")
	case v.Reply == "" && !fb.ReplyDate.IsZero():
		f.errorf("reply_date", `reply_date without a reply; write reply = "…" (what was answered)`)
	case v.Publish && v.Reply == "":
		f.errorf("publish", `publish = true, but there is no reply to publish; write reply = "…" and reply_date, or remove publish`)
	}
	return fb
}
