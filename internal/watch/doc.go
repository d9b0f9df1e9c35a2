// Package watch turns file events under a site folder into batches of
// changed paths: fsnotify on content/, layouts/, themes/, static/,
// archetypes/ and site.toml, recursively, folders created later included;
// a burst of events (one save is several) becomes one batch. `gongkai
// serve` rebuilds after each batch, `gongkai publish --watch` publishes.
package watch
