// Package tomlx decodes TOML into typed structs strictly and with positions:
// every unknown key and every value of the wrong type becomes a diagnostic
// that names the file and line and says what to write instead.
//
// BurntSushi/toml parses; this package walks the parsed values into the
// struct itself, because the library's own type errors carry their line only
// inside the message text, and its key positions are not exported. Lines come
// from a small scanner (positions.go) that records where every key was set.
package tomlx
