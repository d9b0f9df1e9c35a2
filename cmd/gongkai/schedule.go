package main

import (
	"fmt"
	"io"

	"github.com/gongkai/gongkai/internal/deploy"
)

func writeSchedule(f publishFlags, opts deploy.Options, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gongkai publish: --schedule is not written yet")
	return exitUsage
}
