package records

import (
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
)

func itoa(i int) string { return strconv.Itoa(i) }

// labels lists a vocabulary's Chinese terms for messages: "a", "b", "c".
func labels(v *config.Vocab) string {
	q := make([]string, len(v.Entries))
	for i, e := range v.Entries {
		q[i] = strconv.Quote(e.Label)
	}
	return strings.Join(q, ", ")
}
