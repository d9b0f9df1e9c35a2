package main

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/publish"
)

// Some tests run this test binary as gongkai (gongkaiCommand): with
// asGongkai set in its environment, TestMain runs the command line instead
// of the tests. Three more variables, read only here, set the test hooks
// of the swap and the disk:
//
//	GONGKAI_TEST_PAUSE=swap       stop at that point of Commit (see
//	                              publish.TestHooks), print "paused at swap"
//	                              on stderr and wait to be killed
//	GONGKAI_TEST_NO_EXCHANGE=1    swap with two renames, as where the file
//	                              system cannot exchange two folders
//	GONGKAI_TEST_FSIZE=N          fail every write past N bytes of a file
//	                              (EFBIG), as a full disk would (Unix)
const asGongkai = "GONGKAI_TEST_AS_GONGKAI"

func TestMain(m *testing.M) {
	if os.Getenv(asGongkai) == "1" {
		os.Exit(runAsGongkai())
	}
	// The tests read gongkai's messages in English, as the code writes
	// them, whatever the machine's locale; the README's commands and the
	// tests of Chinese messages (lang_test.go) choose their language.
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	os.Setenv("LANG", "en_US.UTF-8")
	os.Exit(m.Run())
}

func runAsGongkai() int {
	limitFileSize(os.Getenv("GONGKAI_TEST_FSIZE"))
	testHooks = &publish.TestHooks{NoExchange: os.Getenv("GONGKAI_TEST_NO_EXCHANGE") == "1"}
	if at := os.Getenv("GONGKAI_TEST_PAUSE"); at != "" {
		testHooks.Pause = func(point string) {
			if point == at {
				fmt.Fprintf(os.Stderr, "paused at %s\n", point)
				time.Sleep(time.Hour)
			}
		}
	}
	return run(os.Args[1:], os.Stdout, os.Stderr)
}

// gongkai is the command gongkai args, run by this test binary in dir, as
// a user types it there.
func gongkai(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), asGongkai+"=1")
	return cmd
}
