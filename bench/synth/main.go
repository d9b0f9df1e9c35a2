// Command synth writes a synthetic gongkai site: go run ./bench/synth -n 10000 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gongkai/gongkai/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of items")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: synth [-n N] [-seed S] DIR")
		os.Exit(2)
	}
	if err := synth.Write(flag.Arg(0), *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
