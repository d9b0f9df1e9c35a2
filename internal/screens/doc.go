// Package screens reads a web server's access logs for the polls of the
// kiosk screens (kiosk/<name>/manifest.json?screen=NAME&v=CODE, which
// every screen asks for every poll seconds) and says, for every kiosk of
// site.toml, when each screen last polled, which version of the page code
// it runs, and whether it is ok, stale (no poll for more than StalePolls
// poll intervals) or silent (never in the logs): `gongkai screens`.
//
// Logs are read in the common and combined log formats (nginx, Apache)
// and in the W3C extended format of IIS, line by line, the format told
// apart by the line (a #Fields: line starts W3C). The report depends on
// the logs, site.toml, the layouts' code version and the time it is made
// for (--now), nothing else.
package screens
