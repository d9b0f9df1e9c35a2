// Package model is the site as every channel sees it: the items that are
// published in this build, each with its disclosure status against --now,
// and the indexes built over them (by category, term, issuer, month; in-force
// notices; catalog coverage).
//
// Status is computed here, once per build. Renderers never decide what is in
// force or what is public themselves: the web uses Items (the archive keeps
// ended and withdrawn items), boards and kiosks use InForce, and none of them
// ever sees an item outside the build's scope, a draft, or an item dated
// after --now, because those never enter the model.
package model
