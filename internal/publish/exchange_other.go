//go:build !linux && !darwin

package publish

// exchange is not available here: folders are swapped with two renames.
func exchange(a, b string) error { return errNoExchange }
