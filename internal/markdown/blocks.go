package markdown

import (
	"errors"
	"sync"
)

// lazyBlocks makes a Doc's block tree the first time it is asked for, by
// parsing the body again: the tree costs about twice the HTML in time and
// several times its size in memory, and only the items a board sheet or a
// kiosk carries need it. The resolver is not called again: its answers
// while rendering are replayed, so the tree's HTML is the page's, and no
// diagnostic is reported twice. Safe for concurrent use.
type lazyBlocks struct {
	once      sync.Once
	r         *Renderer
	src       []byte
	firstLine int
	calls     []linkCall // nil: every destination published as it is
	blocks    []Block
	crash     any // what making the tree panicked with, panicked again on every call
}

// Blocks are the body's top-level blocks as a typed tree (tree.go), made
// on the first call and kept with the Doc; nil for an empty Doc. Should
// making the tree crash, every call panics with the cause, for the
// channel asking (output.Safely) to report it, not only the first.
func (d *Doc) Blocks() []Block {
	if d == nil || d.tree == nil {
		return nil
	}
	t := d.tree
	t.once.Do(func() {
		defer func() { t.crash = recover() }()
		t.blocks = t.r.blocks(t.src, t.firstLine, replay(t.calls))
		t.src, t.calls = nil, nil // the tree is made once
	})
	if t.crash != nil {
		panic(t.crash)
	}
	return t.blocks
}

// DropSource lets go of the source kept to make Blocks, for a build in
// which nothing will ask for them: Blocks then panics, so a channel asking
// after all reports an internal error rather than showing an empty body.
// Not safe to call while Blocks may run.
func (d *Doc) DropSource() {
	if d == nil || d.tree == nil {
		return
	}
	t := d.tree
	unmade := false
	t.once.Do(func() { unmade = true })
	if unmade { // the Doc holds no more than any other dropped one
		d.tree = droppedTree
		return
	}
	t.src, t.calls = nil, nil
}

// droppedTree is the tree of every Doc whose source was dropped before
// its tree was made: Blocks panics with errDropped.
var droppedTree = func() *lazyBlocks {
	t := &lazyBlocks{crash: errDropped}
	t.once.Do(func() {})
	return t
}()

// errDropped is what Blocks panics with after DropSource.
var errDropped = errors.New("the body's blocks were asked for after its source was dropped")

// linkCall is one answer of the resolver while rendering.
type linkCall struct {
	dest string
	line int
	out  string
	ok   bool
}

// recorder records the answers of a resolver.
type recorder struct {
	resolve Resolver
	calls   []linkCall
}

func newRecorder(resolve Resolver) *recorder { return &recorder{resolve: resolve} }

// resolver is the recording resolver; nil when there is none to record.
func (rc *recorder) resolver() Resolver {
	if rc.resolve == nil {
		return nil
	}
	return func(dest string, line int) (string, bool) {
		out, ok := rc.resolve(dest, line)
		rc.calls = append(rc.calls, linkCall{dest, line, out, ok})
		return out, ok
	}
}

// done is the record; a body without links still records that a resolver
// was there (an empty, non-nil record).
func (rc *recorder) done() []linkCall {
	if rc.resolve != nil && rc.calls == nil {
		return []linkCall{}
	}
	return rc.calls
}

// replay answers as the resolver did while rendering: in the same order
// (parsing the same source asks the same questions), or, for a question
// asked again, as it was answered the first time. A question never asked
// is answered "not published": the tree shows nothing Render did not.
func replay(calls []linkCall) Resolver {
	if calls == nil {
		return nil
	}
	next := 0
	return func(dest string, line int) (string, bool) {
		if next < len(calls) && calls[next].dest == dest && calls[next].line == line {
			next++
			return calls[next-1].out, calls[next-1].ok
		}
		for _, c := range calls {
			if c.dest == dest && c.line == line {
				return c.out, c.ok
			}
		}
		return "", false
	}
}
