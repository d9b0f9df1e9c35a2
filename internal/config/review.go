package config

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Review is [review] in site.toml: review before publishing (先审后发,
// 实施细则 一(三)2). When Required, an item dated on or after From is
// published only once it carries reviewed_by and reviewed (not after
// --now), and, when no catalog entry covers it, decided_by.
type Review struct {
	Required bool       `toml:"required"`
	From     tomlx.Date `toml:"from"` // the first day review applies; items dated before it were published before review was introduced
}

// Applies reports whether an item dated d must be reviewed.
func (r *Review) Applies(d calendar.Day, s *Site) bool {
	if !r.Required {
		return false
	}
	return r.From.IsZero() || !d.Before(calendar.Of(r.From.In(s.Location), s.Location))
}

func (v *validator) review() {
	r := &v.site.Review
	if !r.From.IsZero() && !r.Required && !v.bad("review.from") {
		v.warnf("review.from", "[review] from has no effect while review is not required; write required = true, or remove from")
	}
	if r.From.HasTime {
		v.errorf("review.from", "[review] from is a day; write from = %04d-%02d-%02d", r.From.Y, r.From.M, r.From.D)
	}
}
