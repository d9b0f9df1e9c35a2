package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
)

// MinBoards is how many fixed public boards (固定公开栏) the policy asks
// for (实施细则 五.1).
const MinBoards = 10

// Subject is a content the fixed boards must carry together (实施细则
// 五.1), found in the site's categories by their labels.
type Subject struct {
	Name  string   // as the policy says it: 职权分工
	Words []string // a category whose label holds one of these carries it
}

// BoardSubjects are the five subjects of 实施细则 五.1.
var BoardSubjects = []Subject{
	{"职权分工", []string{"职权分工", "领导分工", "职责分工", "分工"}},
	{"联系方式", []string{"联系方式", "联系电话"}},
	{"年度工作目标", []string{"年度工作目标", "工作目标", "年度目标"}},
	{"重点项目建设", []string{"重点项目", "项目建设"}},
	{"干部调整任用", []string{"干部调整任用", "干部调整", "干部任用", "干部选任", "任前公示"}},
}

// boards: a site with fixed boards has at least ten public ones, and they
// carry, through their categories, the five subjects of 实施细则 五.1; a
// warning at the last board for each shortfall. A site without
// boards does not publish on boards and is not told.
func (c *checker) boards() {
	if len(c.cfg.Boards) == 0 {
		return
	}
	c.boardType()
	var public []*config.Board
	for i := range c.cfg.Boards {
		if b := &c.cfg.Boards[i]; b.Scope != string(config.Internal) {
			public = append(public, b)
		}
	}
	var missing []string
	if len(public) < MinBoards {
		missing = append(missing, fmt.Sprintf("there are %d, at least %d are needed (add %d more [[boards]] tables)", len(public), MinBoards, MinBoards-len(public)))
	}
	for _, s := range BoardSubjects {
		if m := c.subject(s, public); m != "" {
			missing = append(missing, m)
		}
	}
	line := c.cfg.Meta.Line(fmt.Sprintf("boards[%d]", len(c.cfg.Boards)-1))
	for _, m := range missing { // one warning each, so each is a whole message to translate
		c.warn(config.File, line, "the fixed public boards (固定公开栏) fall short of 实施细则 五.1: %s", m)
	}
}

// subject says what to add when no public board carries a category of
// subject s, else "".
func (c *checker) subject(s Subject, public []*config.Board) string {
	cats := c.subjectCategories(s)
	for _, b := range public {
		if slices.ContainsFunc(b.Categories, func(k string) bool { return slices.Contains(cats, k) }) {
			return ""
		}
	}
	if len(cats) == 0 {
		return fmt.Sprintf("none carries %s, and no category is labelled so (add a [[categories]] table with label = %q, and its key to a board's categories)", s.Name, s.Name)
	}
	return fmt.Sprintf("none carries %s (add categories = [%s] to a board)", s.Name, quoteList(cats))
}

// subjectCategories are the keys of the categories whose label names s.
func (c *checker) subjectCategories(s Subject) []string {
	var out []string
	for _, cat := range c.cfg.Categories {
		if slices.ContainsFunc(s.Words, func(w string) bool { return strings.Contains(cat.Label, w) }) {
			out = append(out, cat.Key)
		}
	}
	return out
}

// quoteList is `"a", "b"`.
func quoteList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// boardType warns about a board whose min_font is below the type legible
// from its viewing distance (config.Board.LegiblePt): the sheets use the
// larger, so min_font says what they do not do.
func (c *checker) boardType() {
	for i := range c.cfg.Boards {
		b := &c.cfg.Boards[i]
		key := fmt.Sprintf("boards[%d].min_font", b.Index)
		if !c.cfg.Meta.Has(key) || b.MinFont >= b.LegiblePt() {
			continue
		}
		c.warn(config.File, c.cfg.Meta.Line(key), "board %d: min_font = %g is smaller than the %gpt legible from its viewing distance of %s (characters 1/%d of the distance high), so its sheets use %gpt; remove min_font, or write distance = %q if readers stand that close",
			b.Number, b.MinFont, b.LegiblePt(), config.FormatDistance(b.DistanceMM), config.ReadingRatio, b.LegiblePt(), config.FormatDistance(config.DistanceFor(b.MinFont)))
	}
}
