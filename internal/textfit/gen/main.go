// Command gen writes metrics_table.go, the advances of Noto Sans CJK SC
// that textfit measures with, from the installed fonts: run it with
// `go generate ./internal/textfit`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gongkai/gongkai/internal/textfit/metricsgen"
)

func main() {
	out := flag.String("o", "metrics_table.go", "the file to write")
	flag.Parse()
	paths := metricsgen.Files
	if flag.NArg() > 0 {
		paths = flag.Args()
	}
	src, err := metricsgen.Generate(paths)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
