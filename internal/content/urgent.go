package content

// urgent reads urgent = true and urgent_until: an urgent item takes over
// every public screen and heads the website's home page from its date
// through urgent_until (an immediate item's until when not given).
func (r *resolver) urgent(it *Item, f *frontMatter) {
	if !f.Urgent {
		if !f.UrgentUntil.IsZero() {
			r.errorf("urgent_until", "urgent_until is the last day an urgent item takes over the screens; add urgent = true, or remove urgent_until")
		}
		return
	}
	end := r.day(f.UrgentUntil)
	if end.IsZero() {
		end = it.Until
	}
	switch {
	case end.IsZero():
		r.errorf("urgent", "an urgent item needs the last day it takes over the screens; write urgent_until = %s", urgentSuggestion(it))
		return
	case !it.Date.IsZero() && end.Before(it.Date):
		r.errorf("urgent_until", "urgent_until %s is before date %s; an urgent item takes over the screens from its date through urgent_until, so write a day on or after %s", end, it.Date, it.Date)
		return
	case !it.Until.IsZero() && it.Until.Before(end):
		r.errorf("urgent_until", "urgent_until %s is after until %s, the end of the publicity window; an item is not urgent once it ends, so write urgent_until = %s or less", end, it.Until, it.Until)
		return
	}
	it.Urgent = end
}

func urgentSuggestion(it *Item) string {
	if it.Date.IsZero() {
		return "2026-12-10"
	}
	return it.Date.AddDays(3).String()
}
