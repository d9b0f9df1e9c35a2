// Package disclose is what of the office's registers (package records) a
// site publishes: aggregates of the requests for disclosure and of the
// feedback, and of single records only what they mark public — a reply
// with publish = true (its topic, reply and date), a supervisor with
// public = true (name and unit), an evaluation with public = true (date,
// subject and result). Nothing else of a record is copied into Public, so
// no page can show it: never an applicant, a sender, a message, a
// request's subject or date.
//
// Of is computed on --now: what is dated after it (a request received, a
// reply sent, an evaluation held later) is not there yet.
package disclose
