// Package deploy is `gongkai publish`: build the site into its output
// folder, and only when the build succeeded deliver it: copy it to the
// folder a web server serves (To, swapped in whole as a build's output
// is), then run the command the office names (Command, by the shell, with
// {dir} the published folder: rsync to another computer). When a run
// fails, what was published stays as it was, except status.json in To,
// rewritten to say the update failed (status.Failure: a count and a
// Chinese sentence, never a file name), and sent on by the command.
//
// Report.Line is the one line per run that a journal or a log file keeps.
// Watch publishes after every change to the site's files and just after
// every midnight in the site's timezone.
package deploy
