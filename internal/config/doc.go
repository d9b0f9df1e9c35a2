// Package config reads site.toml into a typed config.Site, strictly: an
// unknown key, a value of the wrong type or an unknown vocabulary value is a
// diagnostic with its line, and defaults are filled in one place (validator.defaults, load.go).
package config
