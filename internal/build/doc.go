// Package build runs the pipeline: config → content → model → each channel's
// renderer → the publisher. `gongkai build`, `serve`, `check` and `report` all
// go through it, so they agree on what the site is.
package build
