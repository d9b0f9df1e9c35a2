package msg

// catalogue maps each English format that reaches editors to its Chinese
// format: the same verbs for the same arguments, in any order (%[2]q).
// Plain, polite office Chinese that says what to write instead. Grouped by
// the package that says it; TestCatalogueCoversTheCode lists what is
// missing.
var catalogue = map[string]string{
	// internal/diag
	` (did you mean %q?)`: `（是否要写 %q？）`,
}
