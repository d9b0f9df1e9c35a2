// Command synth writes a synthetic gongkai site: go run ./bench/synth -n 10000 DIR.
// With -hugo HUGODIR it also writes a Hugo site that builds the same content/
// (bench/compare.sh).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gongkai/gongkai/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of items")
	seed := flag.Uint64("seed", 1, "random seed")
	hugo := flag.String("hugo", "", "also write a Hugo site over the same content into this `folder`")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: synth [-n N] [-seed S] [-hugo HUGODIR] DIR")
		os.Exit(2)
	}
	if err := synth.Write(flag.Arg(0), *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *hugo != "" {
		content, err := filepath.Abs(filepath.Join(flag.Arg(0), "content"))
		if err == nil {
			err = writeHugo(*hugo, content)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
