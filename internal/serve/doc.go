// Package serve is `gongkai serve`: it builds a site into memory, serves it
// on a local address, watches the site's files, rebuilds after every change
// and tells every open page to reload — or shows the build's errors over it
// — through Server-Sent Events.
//
// The pieces, each in its own file:
//
//   - package watch: fsnotify on content/, layouts/, themes/, static/,
//     archetypes/ and site.toml, recursively, folders created later
//     included; a burst of events (one save is several) becomes one batch.
//   - server.go: the build loop. Each batch is handed to a build.Session,
//     which re-reads only the changed files and re-renders only the output
//     files whose inputs changed. A failed build (or a panic in one) keeps
//     the last good site served and sends its errors to the pages. The
//     loop never waits for a build once told to stop (Ctrl-C): nothing is
//     written to disk, so an abandoned build leaves nothing behind.
//   - files.go: the HTTP side. Only files of the built site are served, from
//     memory; paths with "..", encoded slashes or backslashes are refused.
//     HTML pages get a small script (live.js) that listens for events.
//   - host.go: every request must name the server by localhost, an IP
//     address or the --bind host name (and so must its Origin): a page of
//     another site whose name resolves to this computer (DNS rebinding)
//     gets 403, never the preview.
//   - events.go: the Server-Sent Events hub.
//   - sitefs.go: the site's files as the build sees them, with symbolic
//     links that lead outside the site folder refused.
//
// A page reloads when its own file changed, or a file in its folder (a
// kiosk's manifest, a board's PDF), or a style sheet, script, image or font
// any page may use, or when the site had no good build before. Pages whose
// bytes are the same stay as they are, so a kiosk's slideshow or a long
// list is not disturbed by an edit elsewhere.
package serve
