// Package schedule writes the files that run `gongkai publish` on a
// schedule: systemd units (a timer just after midnight in the site's
// timezone, and a service that runs --watch), a crontab, and Windows Task
// Scheduler tasks. `gongkai publish --schedule PLATFORM` fills them in
// with the program's and the site's paths and the site's timezone; the
// examples in docs/publishing/files are made from the same templates
// (TestDocsFiles).
package schedule
