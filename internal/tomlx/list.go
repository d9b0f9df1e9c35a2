package tomlx

import "fmt"

// StringList is a value written either as one string or as a list of strings:
// channel = "web" and channel = ["web", "board"] both work.
type StringList []string

func (l *StringList) UnmarshalTOMLValue(v any) error {
	switch v := v.(type) {
	case string:
		*l = StringList{v}
		return nil
	case []any:
		out := make(StringList, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return fmt.Errorf("every entry must be text in double quotes, found %s", describe(e))
			}
			out = append(out, s)
		}
		*l = out
		return nil
	}
	return fmt.Errorf("expected text or a list of texts, found %s", describe(v))
}

func (StringList) Hint() string { return `["…", "…"]` }
