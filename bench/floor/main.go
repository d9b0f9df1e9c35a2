// Command floor measures the floor a build is compared with: the time
// goldmark alone needs to render every Markdown body of a site, on all
// cores, with the same extensions gongkai uses. It prints seconds.
package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor SITE_DIR")
		os.Exit(2)
	}
	var bodies [][]byte
	_ = filepath.WalkDir(filepath.Join(os.Args[1], "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			data, _ := os.ReadFile(p)
			if parts := bytes.SplitN(data, []byte("+++\n"), 3); len(parts) == 3 {
				bodies = append(bodies, parts[2])
			}
		}
		return nil
	})
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.NewCJK(extension.WithEastAsianLineBreaks(extension.EastAsianLineBreaksCSS3Draft))),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		render(md, bodies)
		best = min(best, time.Since(start))
	}
	fmt.Printf("%.3f\n", best.Seconds())
}

func render(md goldmark.Markdown, bodies [][]byte) {
	next := make(chan []byte)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for b := range next {
				_ = md.Convert(b, io.Discard)
			}
		})
	}
	for _, b := range bodies {
		next <- b
	}
	close(next)
	wg.Wait()
}
