// Package msg translates what gongkai says to editors.
//
// Messages are written in English in the code, as fmt formats, and those
// formats are their ids: diag.List.Errorf(file, line, "unknown category
// %q%s", …). The one catalogue (catalogue.go) maps each English format to
// its Chinese format, with the same verbs in the same order (or indexed,
// %[2]q, where Chinese word order needs it). A message is translated when
// it is printed: Translate finds the catalogue format that the English
// text was made from, takes the text of each argument from it, and fills
// them into the Chinese format, translating the arguments that are
// messages themselves (a %s that holds " (did you mean "x"?)", a %w that
// holds a wrapped error). So diagnostics and errors stay plain English
// values, comparable and sortable, made anywhere in the code, and the
// language is chosen only by what prints them (Choose: --lang, LANG, the
// site's language).
//
// TestCatalogueCoversTheCode walks the source and fails, listing the
// entries to add, for a format that reaches editors without an entry.
package msg
