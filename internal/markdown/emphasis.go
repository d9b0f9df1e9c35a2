package markdown

import (
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// cjkEmphasis parses * and _ like goldmark's emphasis parser, except that a
// * run next to CJK punctuation may still open or close emphasis.
//
// CommonMark decides whether ** closes by looking at the characters around
// it, and treats full-width punctuation like ASCII punctuation: in
// "**公示对象：**王建国" the closing ** follows "：" and precedes a letter,
// so it cannot close, and readers see the asterisks. Chinese is written
// without spaces, so editors hit this constantly. Here a CJK character on
// the inner side counts as not-punctuation, as the markdown-cjk-friendly
// proposal does. _ keeps the standard rules (it appears inside addresses).
type cjkEmphasis struct{}

func (cjkEmphasis) Trigger() []byte { return []byte{'*', '_'} }

func (cjkEmphasis) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	d := scanDelimiter(line, before)
	if d == nil {
		return nil
	}
	d.Segment = segment.WithStop(segment.Start + d.OriginalLength)
	block.Advance(d.OriginalLength)
	pc.PushDelimiter(d)
	return d
}

func scanDelimiter(line []byte, before rune) *parser.Delimiter {
	c := line[0]
	if c != '*' && c != '_' {
		return nil
	}
	j := 1
	for j < len(line) && line[j] == c {
		j++
	}
	if c == '_' {
		return parser.ScanDelimiter(line, before, 1, emphasisProcessor{})
	}
	after := ' '
	if j < len(line) {
		after = util.ToRune(line, j)
	}
	beforePunct := util.IsPunctRune(before) && !isCJK(before)
	afterPunct := util.IsPunctRune(after) && !isCJK(after)
	beforeSpace, afterSpace := util.IsSpaceRune(before), util.IsSpaceRune(after)
	canOpen := !afterSpace && (!afterPunct || beforeSpace || beforePunct)
	canClose := !beforeSpace && (!beforePunct || afterSpace || afterPunct)
	return parser.NewDelimiter(canOpen, canClose, j, c, emphasisProcessor{})
}

// isCJK reports whether r is a CJK character or mark, including the curly
// quotes Chinese text uses.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '·'
}

type emphasisProcessor struct{}

func (emphasisProcessor) IsDelimiter(b byte) bool { return b == '*' || b == '_' }

func (emphasisProcessor) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}

func (emphasisProcessor) OnMatch(consumes int) ast.Node { return ast.NewEmphasis(consumes) }
