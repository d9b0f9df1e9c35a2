// Package publish writes a build's output: every file is minified by its type
// (HTML, CSS, JS, JSON, SVG, XML) and written into a temporary folder beside
// the destination, which replaces the destination only when the whole build
// has succeeded. A failed build leaves the previous output exactly as it was.
package publish
