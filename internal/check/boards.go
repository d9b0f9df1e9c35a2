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
// carry, through their categories, the five subjects of 实施细则 五.1. A
// site without boards does not publish on boards and is not told.
func (c *checker) boards() {
	var public []*config.Board
	for i := range c.cfg.Boards {
		if b := &c.cfg.Boards[i]; b.Scope != string(config.Internal) {
			public = append(public, b)
		}
	}
	if len(c.cfg.Boards) == 0 {
		return
	}
	last := c.cfg.Meta.Line(fmt.Sprintf("boards[%d]", len(c.cfg.Boards)-1))
	if len(public) < MinBoards {
		n := fmt.Sprintf("%d fixed public boards", len(public))
		if len(public) == 1 {
			n = "1 fixed public board"
		}
		c.warn(config.File, last, "the site has %s (固定公开栏); the policy asks for at least %d (实施细则 五.1): add %d more [[boards]] tables",
			n, MinBoards, MinBoards-len(public))
	}
	for _, s := range BoardSubjects {
		c.subject(s, public, last)
	}
}

// subject warns when no public board carries a category of subject s.
func (c *checker) subject(s Subject, public []*config.Board, line int) {
	cats := c.subjectCategories(s)
	for _, b := range public {
		if slices.ContainsFunc(b.Categories, func(k string) bool { return slices.Contains(cats, k) }) {
			return
		}
	}
	if len(cats) == 0 {
		c.warn(config.File, line, "no fixed board carries %s (实施细则 五.1), and no category is labelled so: add a [[categories]] table with label = %q and a board with categories = [\"its key\"]",
			s.Name, s.Name)
		return
	}
	c.warn(config.File, line, "no fixed public board carries %s (实施细则 五.1): add categories = [%s] to a board, or a board of its own",
		s.Name, quoteList(cats))
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
