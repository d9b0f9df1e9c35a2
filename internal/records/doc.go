// Package records reads the office's registers under records/ (办事台账):
// requests for disclosure (依申请公开, records/requests/*.toml), feedback
// messages with their replies (收集反馈, records/feedback/*.toml), the
// roster of social supervisors (records/supervisors.toml), evaluations
// (评议, records/evaluations/*.toml), rectifications with a deadline
// (限期整改, records/rectifications/*.toml) and the task table
// (records/tasks.toml).
//
// Records are personal data and the office's own working papers: no build
// reads them. `gongkai check` loads them (Load) to apply the rules of
// package check (reply deadlines, overdue rectifications); reports and
// pages may publish aggregates of them, and only what a record marks
// public (Feedback.Publish, Supervisor.Public, Evaluation.Public).
//
// Load is strict in the way site.toml is: an unknown key, a value of the
// wrong type or outside its vocabulary is a diagnostic with its file and
// line that says what to write instead. Values of a vocabulary are given
// by key or by the Chinese term of the national table (2021 版《政府信息
// 公开工作年度报告格式》): applicant = "自然人", outcome = "不予公开",
// reason = "属于国家秘密". A record keeps its values as keys (Applicant,
// Outcome, Reason…); each vocabulary's Label gives the Chinese term back.
//
// Due dates follow 政府信息公开条例 Art. 33: Request.Due is 20 working days
// after the day received, on the site's calendar (holidays and make-up
// working days, model.NewCalendar), plus an extension's days.
//
// For reports and pages: call Load with the site's files and config (after
// build.Load, opts.FS and site.Config) and model.NewCalendar(cfg) for Due
// and Late. The vocabularies' Entries are in the national table's order
// (Applicants: its columns; Outcomes and Reasons: its rows), so a table is
// a walk over them; Applicant.Organisation splits the two groups of
// columns, FollowUp.AfterReview the two kinds of lawsuit. Publish only
// aggregates, and of single records only what they mark: Feedback.Publish
// (reply and topic), Supervisor.Public (name and unit), Evaluation.Public
// (result); then extend TestNothingLeaks (internal/build), whose planted
// records are all unmarked.
package records
