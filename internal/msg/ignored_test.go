package msg

// ignored are English texts of the code that no editor reads, each with
// the reason.
var ignored = map[string]bool{}
