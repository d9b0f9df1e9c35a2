// Package status is status.json, the file at the top of every output that
// says when the site's data was built and whether the last publish
// succeeded. Kiosks and the boards index read it to show 数据更新于…, and a
// failed `gongkai publish` rewrites it in the published folder, leaving
// every other file as it was.
//
// Like every output file it depends on nothing but --now and the scope:
// no wall-clock time, no file names, no error text (an error may be in an
// internal item's file, whose path must not reach the public).
package status
