package build

import (
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// recording is a channel whose files note, in renders, when each is
// rendered.
type recording struct {
	name    string
	late    bool
	n       int
	mu      *sync.Mutex
	renders *[]string
}

func (c recording) Name() string                 { return c.name }
func (c recording) Late() bool                   { return c.late }
func (c recording) Reserved() []content.Reserved { return nil }
func (c recording) Files(*model.Site, *layout.Set, output.Memo) ([]output.File, error) {
	var out []output.File
	for i := range c.n {
		path := c.name + "/" + string(rune('a'+i)) + ".txt"
		out = append(out, output.File{Path: path, Who: c.name, Raw: true, Render: func() ([]byte, error) {
			c.mu.Lock()
			*c.renders = append(*c.renders, path)
			c.mu.Unlock()
			return []byte(path), nil
		}})
	}
	return out, nil
}

// TestLateChannelsAreTakenFirst: the files of every channel share one pool
// of workers, the Late channels' (few and long: boards, kiosks) taken
// first, so a core is not left idle while one channel's last file renders.
// With one worker, the order the files are taken in is the order they are
// rendered in.
func TestLateChannelsAreTakenFirst(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var mu sync.Mutex
	var renders []string
	chans := []output.Channel{
		recording{name: "early", n: 3, mu: &mu, renders: &renders},
		recording{name: "late", late: true, n: 2, mu: &mu, renders: &renders},
	}
	res, err := Run(Options{SiteDir: ".", FS: tinySite(), Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, Channels: chans})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"late/a.txt", "late/b.txt", "early/a.txt", "early/b.txt", "early/c.txt"}
	if !slices.Equal(renders, want) {
		t.Errorf("files rendered in the order %v, want %v", renders, want)
	}
	if res.Pages["early"] != 3 || res.Pages["late"] != 2 {
		t.Errorf("the summary counts %v, want early 3 and late 2", res.Pages)
	}
}
