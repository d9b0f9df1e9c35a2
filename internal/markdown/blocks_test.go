package markdown

import (
	"strings"
	"sync"
	"testing"
)

// TestBlocksAreMadeOnDemand: Render makes no block tree; Blocks makes it
// once, from the resolver's answers as Render got them (the resolver is
// not asked again), and the tree's HTML and text are the Doc's.
func TestBlocksAreMadeOnDemand(t *testing.T) {
	src := "# 一、总体要求\n\n见[附件](a.md)与[旧文](gone.md)。\n\n- 第一项 [链接](a.md)\n- 第二项\n\n| 名称 | 地址 |\n|---|---|\n| 附件 | [下载](a.md) |\n\n<p>原始 <a href=\"a.md\">HTML</a></p>\n"
	asked := 0
	resolve := func(dest string, line int) (string, bool) {
		asked++
		if dest == "gone.md" {
			return "", false
		}
		return "/notices/" + strings.TrimSuffix(dest, ".md") + "/", true
	}
	doc := New(Options{RawHTML: true}).Render([]byte(src), 5, resolve)
	if doc.tree == nil || doc.tree.blocks != nil {
		t.Fatal("Render made the block tree: it is made only when Blocks is called")
	}
	rendered := asked
	var wg sync.WaitGroup
	got := make([][]Block, 4)
	for i := range got {
		wg.Go(func() { got[i] = doc.Blocks() })
	}
	wg.Wait()
	if asked != rendered {
		t.Errorf("Blocks asked the resolver %d more times; it replays Render's answers", asked-rendered)
	}
	for _, b := range got[1:] {
		if len(b) == 0 || &b[0] != &got[0][0] {
			t.Fatal("Blocks made the tree more than once")
		}
	}
	var html strings.Builder
	var texts []string
	for _, b := range got[0] {
		html.WriteString(string(b.HTML))
		texts = append(texts, b.Text)
	}
	if html.String() != string(doc.HTML) {
		t.Errorf("the blocks' HTML\n%s\nis not the Doc's\n%s", html.String(), doc.HTML)
	}
	if strings.Join(texts, "\n") != doc.Text {
		t.Errorf("the blocks' text %q is not the Doc's %q", strings.Join(texts, "\n"), doc.Text)
	}
	if !strings.Contains(html.String(), `href="/notices/a/"`) || strings.Contains(html.String(), "gone") {
		t.Errorf("the tree does not show the links as resolved:\n%s", html.String())
	}
	if len(got[0]) != 5 || got[0][1].Para == nil || got[0][2].Items == nil || got[0][3].Table == nil || got[0][4].Kids == nil {
		t.Errorf("blocks = %s, want h1 p ul table html with their parts", kindsOf(got[0]))
	}
}

// TestEmptyDocHasNoBlocks: a Doc made without Render (a body the renderer
// crashed on) has no blocks, and asking is safe.
func TestEmptyDocHasNoBlocks(t *testing.T) {
	if b := (&Doc{}).Blocks(); b != nil {
		t.Errorf("blocks = %v", b)
	}
	if b := (*Doc)(nil).Blocks(); b != nil {
		t.Errorf("blocks = %v", b)
	}
}

// TestBlocksCrashEveryTime: a tree that crashes while being made panics
// on every call (for each channel's Safely to report), not only the first
// one, leaving the later ones with no blocks and no error.
func TestBlocksCrashEveryTime(t *testing.T) {
	doc := &Doc{tree: &lazyBlocks{src: []byte("正文\n")}} // no renderer: making it crashes
	for i := range 2 {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("call %d did not panic", i+1)
				}
			}()
			doc.Blocks()
		}()
	}
}

// TestDropSourceLetsGoAndBlocksSayIt: after DropSource the Doc keeps no
// source, and Blocks panics, every time, saying why (a channel asking
// after all reports an internal error, never an empty body); the HTML
// stays.
func TestDropSourceLetsGoAndBlocksSayIt(t *testing.T) {
	doc := New(Options{}).Render([]byte("正文一段。\n\n- 一\n- 二\n"), 3, nil)
	html := doc.HTML
	doc.DropSource()
	if doc.tree.src != nil {
		t.Error("the source is still held")
	}
	if doc.tree != droppedTree {
		t.Error("the Doc still holds a tree of its own (about 130 bytes per item a build keeps)")
	}
	if doc.HTML != html {
		t.Error("DropSource changed the HTML")
	}
	for i := range 2 {
		func() {
			defer func() {
				if r := recover(); r != errDropped {
					t.Errorf("call %d: recovered %v, want %v", i+1, r, errDropped)
				}
			}()
			doc.Blocks()
		}()
	}
	(&Doc{}).DropSource()
	(*Doc)(nil).DropSource()
	made := New(Options{}).Render([]byte("正文一段。\n\n- 一\n- 二\n"), 3, nil)
	n := len(made.Blocks())
	made.DropSource()
	if n == 0 || len(made.Blocks()) != n {
		t.Errorf("a tree made before DropSource has %d blocks after it, want %d", len(made.Blocks()), n)
	}
}
