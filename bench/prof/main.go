// Command prof builds a site once with a CPU (or heap) profile written:
// go run ./bench/prof -cpu cpu.out [-n 20] SITE DEST. For finding where a build's
// time goes; bench/compare.sh measures it.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
)

func main() {
	cpu := flag.String("cpu", "", "write a CPU profile to this file")
	mem := flag.String("mem", "", "write an allocation profile to this file")
	tr := flag.String("trace", "", "write an execution trace to this file (go tool trace)")
	now := flag.String("now", "2026-11-27", "the build's today")
	times := flag.Int("n", 1, "build this many times (a small site needs several for a profile)")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: prof [-cpu FILE] [-mem FILE] SITE DEST")
		os.Exit(2)
	}
	day, err := calendar.Parse(*now)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *tr != "" {
		f, err := os.Create(*tr)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		trace.Start(f)
		defer trace.Stop()
	}
	if *mem != "" {
		runtime.MemProfileRate = 64 << 10
	}
	for range *times {
		if _, err := build.Run(build.Options{SiteDir: flag.Arg(0), Dest: flag.Arg(1), Now: day}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if *mem != "" {
		f, err := os.Create(*mem)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
}
