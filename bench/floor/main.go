// Command floor measures the floor a build is compared with: goldmark alone
// rendering every Markdown body of a site, on all cores, with the same
// extensions gongkai uses.
//
//	floor SITE_DIR         prints the best of three renders, in seconds
//	                       (reading excluded)
//	floor -o OUT SITE_DIR  reads, renders and writes every body once into
//	                       OUT (one .html file per .md), as a command to time
//	                       beside gongkai and Hugo (bench/compare.sh)
package main

import (
	"bytes"
	"flag"
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
	out := flag.String("o", "", "write every rendered body into this `folder`, once")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-o OUT] SITE_DIR")
		os.Exit(2)
	}
	content := filepath.Join(flag.Arg(0), "content")
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.NewCJK(extension.WithEastAsianLineBreaks(extension.EastAsianLineBreaksCSS3Draft))),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	if *out != "" {
		if err := readRenderWrite(md, content, *out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var bodies [][]byte
	for _, p := range markdownFiles(content) {
		data, _ := os.ReadFile(p)
		bodies = append(bodies, body(data))
	}
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		each(len(bodies), func(i int) { _ = md.Convert(bodies[i], io.Discard) })
		best = min(best, time.Since(start))
	}
	fmt.Printf("%.3f\n", best.Seconds())
}

// markdownFiles lists the .md files under dir.
func markdownFiles(dir string) []string {
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// body is what follows the +++ front matter.
func body(data []byte) []byte {
	if parts := bytes.SplitN(data, []byte("+++\n"), 3); len(parts) == 3 {
		return parts[2]
	}
	return data
}

// readRenderWrite renders every file under content into out, in parallel.
func readRenderWrite(md goldmark.Markdown, content, out string) error {
	files := markdownFiles(content)
	errs := make([]error, len(files))
	each(len(files), func(i int) {
		data, err := os.ReadFile(files[i])
		if err != nil {
			errs[i] = err
			return
		}
		var buf bytes.Buffer
		if errs[i] = md.Convert(body(data), &buf); errs[i] != nil {
			return
		}
		rel, _ := filepath.Rel(content, files[i])
		dest := filepath.Join(out, strings.TrimSuffix(rel, ".md")+".html")
		if errs[i] = os.MkdirAll(filepath.Dir(dest), 0o755); errs[i] == nil {
			errs[i] = os.WriteFile(dest, buf.Bytes(), 0o644)
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// each calls fn(0) … fn(n-1) on every core.
func each(n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
