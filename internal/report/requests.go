package report

import (
	"strconv"

	"github.com/gongkai/gongkai/internal/config"
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/records"
)

// The rows of part 三 that are not outcomes, as the national table names them.
const (
	rowNew        = "一、本年新收政府信息公开申请数量"
	rowCarriedIn  = "二、上年结转政府信息公开申请数量"
	rowResults    = "三、本年度办理结果"
	rowTotal      = "（七）总计"
	rowCarriedOut = "四、结转下年度继续办理"
)

// outcomeLabels are the outcome rows' headings in the national table.
var outcomeLabels = map[records.Outcome]string{
	records.Disclosed:   "（一）予以公开",
	records.Partial:     "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	records.Withheld:    "（三）不予公开",
	records.Unavailable: "（四）无法提供",
	records.NotHandled:  "（五）不予处理",
	records.OtherResult: "（六）其他处理",
}

// requestTable is part 三 of the annual report of year, taken on asOf: a
// request is new when received in the year, carried in when received
// before it and not answered before it; it counts under its outcome when
// answered by asOf, and is carried out otherwise. So 三's 总计 plus 四 is
// 一 plus 二.
func requestTable(reqs []*records.Request, year int, asOf calendar.Day) []RequestRow {
	newRow, inRow, total, outRow := newRequestRow(rowNew), newRequestRow(rowCarriedIn), newRequestRow(rowTotal), newRequestRow(rowCarriedOut)
	rows, index := outcomeRows()
	for _, r := range reqs {
		col := slices.IndexFunc(records.Applicants.Entries, func(e config.Entry) bool { return e.Key == string(r.Applicant) })
		if col < 0 || r.Received.After(asOf) {
			continue
		}
		answered := r.AnsweredBy(asOf)
		switch {
		case r.Received.Y == year:
			newRow.Cells[col]++
		case r.Received.Y < year && !(answered && r.Reply.Date.Y < year):
			inRow.Cells[col]++
		default:
			continue
		}
		i, ok := index[outcomeKey(r.Reply)]
		if !answered || !ok { // no outcome, or one without its reason (an error of Load): not concluded
			outRow.Cells[col]++
			continue
		}
		rows[i].Cells[col]++
		total.Cells[col]++
	}
	return slices.Concat([]RequestRow{newRow, inRow, {Label: rowResults, Heading: true}}, rows, []RequestRow{total, outRow})
}

func newRequestRow(label string) RequestRow {
	return RequestRow{Label: label, Cells: make([]int, len(records.Applicants.Entries))}
}

// outcomeRows are the rows of 三 (一) to (六) in the national table's
// order, and the index of the row of each outcome ("disclosed") or outcome
// and reason ("withheld/third-party").
func outcomeRows() ([]RequestRow, map[string]int) {
	var rows []RequestRow
	index := map[string]int{}
	for _, e := range records.Outcomes.Entries {
		o := records.Outcome(e.Key)
		reasons := records.Reasons[o]
		if reasons == nil {
			index[e.Key] = len(rows)
			rows = append(rows, newRequestRow(outcomeLabels[o]))
			continue
		}
		rows = append(rows, RequestRow{Label: outcomeLabels[o], Heading: true})
		for i, r := range reasons.Entries {
			index[e.Key+"/"+r.Key] = len(rows)
			rows = append(rows, newRequestRow(strconv.Itoa(i+1)+"．"+r.Label))
		}
	}
	return rows, index
}

// outcomeKey is the key of a reply's row in outcomeRows' index.
func outcomeKey(p *records.Reply) string {
	if p == nil {
		return ""
	}
	if p.Reason != "" {
		return string(p.Outcome) + "/" + p.Reason
	}
	return string(p.Outcome)
}

// followUps tallies the reviews and lawsuits of year: one concluded by
// asOf counts in the year of its result, one not concluded counts as
// 尚未审结 in every year from its request's (from its reply's, when the
// reply comes after asOf: a follow-up is brought over the reply).
func (a *Annual) followUps(reqs []*records.Request, year int, asOf calendar.Day) {
	for _, r := range reqs {
		if r.Received.Y > year || r.Reply != nil && r.Reply.Date.After(asOf) {
			continue // its follow-ups, over the reply, are not yet brought
		}
		for _, fu := range r.FollowUps {
			res := slices.IndexFunc(records.Results.Entries, func(e config.Entry) bool { return e.Key == string(fu.Result) })
			concluded := fu.Result != records.Pending && !fu.Date.IsZero() && !fu.Date.After(asOf)
			switch {
			case res < 0:
				continue
			case concluded && fu.Date.Y != year:
				continue
			case !concluded:
				res = 3
			}
			switch {
			case fu.Kind == records.Review:
				a.Reviews[res]++
			case fu.AfterReview:
				a.AfterRev[res]++
			default:
				a.Direct[res]++
			}
		}
	}
}
