//go:build unix

package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/synth"
)

// killItems is the size of the crash test's sites: about 500 files to
// write and to remove, so a build has every phase (render, write, swap,
// remove the old output) long enough for kills at random moments, which
// are drawn in proportion to one build's time, to land in each; and a
// build short enough that the test takes seconds in every go test (1,000
// items, 1,230 files, took 3 s a build and 30 s a test on two cores). CI
// runs it again on a site of a few thousand items with many more kills
// (.ci/run): GONGKAI_KILL_ITEMS and GONGKAI_KILL_ROUNDS.
var killItems = envInt("GONGKAI_KILL_ITEMS", 400)

// killRounds is the number of SIGKILLs at random moments.
var killRounds = envInt("GONGKAI_KILL_ROUNDS", 4)

func envInt(name string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return fallback
}

// A killPlan says how one build is stopped.
type killPlan struct {
	pause      string         // wait for this pause point, then kill
	noExchange bool           // swap with two renames
	after      time.Duration  // or kill after this long
	signal     syscall.Signal // with this signal (SIGKILL when zero)
}

// TestKilledBuildNeverLosesOutput kills builds of a synthetic site (with
// SIGKILL at random moments and at each point of the swap, with SIGTERM and
// SIGINT at random moments) while they replace one output folder, which
// alternates between two versions of the site. After every kill the folder
// must be exactly one complete version, every path and every byte; after a
// SIGTERM or SIGINT nothing may be left beside it; after the next complete
// build, nothing at all.
func TestKilledBuildNeverLosesOutput(t *testing.T) {
	t.Parallel() // it waits on builds in other processes: the other slow tests run meanwhile
	work := t.TempDir()
	sites := [2]string{filepath.Join(work, "a"), filepath.Join(work, "b")}
	for i, dir := range sites {
		if err := synth.Write(dir, killItems, uint64(i+1)); err != nil {
			t.Fatal(err)
		}
	}
	dest := filepath.Join(work, "www", "public")
	var versions [2]map[string]string
	var took time.Duration
	for i := range sites {
		start := time.Now()
		mustBuild(t, sites[i], dest)
		took = max(took, time.Since(start))
		versions[i] = manifest(t, dest)
	}
	if maps.Equal(versions[0], versions[1]) {
		t.Fatal("the two versions are the same")
	}
	if len(versions[0]) < killItems {
		t.Fatalf("a version has only %d files for %d items: the builds are too small for kills to land in every phase", len(versions[0]), killItems)
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("GONGKAI_KILL_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("one build takes %v; GONGKAI_KILL_SEED=%d repeats these moments", took, seed)
	current := 1 // versions[current] is in dest
	for i, plan := range killPlans(rand.New(rand.NewPCG(seed, 0)), took) {
		next := 1 - current
		code, stderr := killBuild(t, sites[next], dest, plan)
		got, ok := tryManifest(t, dest)
		switch {
		case ok && maps.Equal(got, versions[current]):
		case ok && maps.Equal(got, versions[next]):
			current = next
		case !ok && plan.noExchange && plan.pause == "renamed":
			checkAside(t, dest, versions[current]) // the next build puts it back
		default:
			t.Fatalf("kill %d (%+v): %s is neither complete version (%d files; versions have %d and %d)\n%s",
				i, plan, dest, len(got), len(versions[current]), len(versions[next]), stderr)
		}
		if plan.signal == syscall.SIGTERM || plan.signal == syscall.SIGINT {
			checkStopped(t, dest, plan, code, stderr)
		}
	}
	mustBuild(t, sites[0], dest)
	if got := manifest(t, dest); !maps.Equal(got, versions[0]) {
		t.Errorf("the last build is not complete")
	}
	if left := besideDest(t, dest); len(left) > 0 {
		t.Errorf("left beside %s after a complete build: %v", dest, left)
	}
}

// killPlans stops builds at each point of the swap, then at random moments
// up to a little more than a whole build.
func killPlans(r *rand.Rand, took time.Duration) []killPlan {
	plans := []killPlan{
		{pause: "swap"},
		{pause: "swapped"},
		{pause: "renamed", noExchange: true},
	}
	moment := func() time.Duration { return took/5 + time.Duration(r.Int64N(int64(took))) }
	for range killRounds {
		plans = append(plans, killPlan{after: moment()})
	}
	plans = append(plans, killPlan{after: moment(), signal: syscall.SIGTERM}, killPlan{after: moment(), signal: syscall.SIGINT})
	return plans
}

func mustBuild(t *testing.T, site, dest string) {
	t.Helper()
	cmd := gongkaiCommand(site, dest, killPlan{})
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gongkai build: %v\n%s", err, out)
	}
}

func gongkaiCommand(site, dest string, plan killPlan) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "build", "-q", "-s", site, "-d", dest, "--now", "2026-11-27")
	cmd.Env = append(os.Environ(), asGongkai+"=1", "GONGKAI_TEST_PAUSE="+plan.pause)
	if plan.noExchange {
		cmd.Env = append(cmd.Env, "GONGKAI_TEST_NO_EXCHANGE=1")
	}
	return cmd
}

// killBuild starts a build and stops it as plan says. It returns the exit
// status (-1 when killed) and what the build printed on stderr.
func killBuild(t *testing.T, site, dest string, plan killPlan) (int, string) {
	t.Helper()
	cmd := gongkaiCommand(site, dest, plan)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	paused := make(chan struct{})
	read := make(chan struct{})
	go func() {
		defer close(read)
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			stderr.WriteString(sc.Text() + "\n")
			if strings.HasPrefix(sc.Text(), "paused at ") {
				close(paused)
			}
		}
		_, _ = io.Copy(io.Discard, pipe)
	}()
	if plan.pause != "" {
		select {
		case <-paused:
		case <-read:
			t.Fatalf("the build ended before pausing at %q:\n%s", plan.pause, stderr.String())
		}
	} else {
		select {
		case <-read: // it finished first
		case <-time.After(plan.after):
		}
	}
	sig := plan.signal
	if sig == 0 {
		sig = syscall.SIGKILL
	}
	_ = cmd.Process.Signal(sig)
	<-read
	_ = cmd.Wait()
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// checkStopped: a build stopped by SIGTERM or SIGINT either finished first
// or exited 1 with one line, and left nothing beside the output.
func checkStopped(t *testing.T, dest string, plan killPlan, code int, stderr string) {
	t.Helper()
	stderr = string(withoutWarnings([]byte(stderr))) // the synthetic site falls short of the boards rule (check)
	switch {
	case code == 0 && stderr == "":
	case code == 1 && stderr == "gongkai build: interrupted; "+dest+" was left as it was\n":
	default:
		t.Errorf("%v: exit %d, stderr:\n%s", plan.signal, code, stderr)
	}
	if left := besideDest(t, dest); len(left) > 0 {
		t.Errorf("%v: left beside %s: %v", plan.signal, dest, left)
	}
}

// checkAside: dest is missing because the build was killed between the two
// renames; the previous output must be whole beside it.
func checkAside(t *testing.T, dest string, want map[string]string) {
	t.Helper()
	olds, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-*.old"))
	if len(olds) != 1 {
		t.Fatalf("%s is missing, and beside it: %v", dest, besideDest(t, dest))
	}
	if got := manifest(t, olds[0]); !maps.Equal(got, want) {
		t.Fatalf("%s is missing, and %s is not the complete previous output", dest, olds[0])
	}
}

// manifest maps every file under dir to the hash of its content.
func manifest(t *testing.T, dir string) map[string]string {
	t.Helper()
	m, ok := tryManifest(t, dir)
	if !ok {
		t.Fatalf("%s is missing", dir)
	}
	return m
}

func tryManifest(t *testing.T, dir string) (map[string]string, bool) {
	t.Helper()
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, false
	}
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = fmt.Sprintf("%x", sha256.Sum256(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m, true
}

// besideDest lists what is in dest's parent besides dest.
func besideDest(t *testing.T, dest string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Name() != filepath.Base(dest) {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestFullDiskKeepsPrevious: when writes fail in the middle of a build (a
// full disk), the build says which file and why, the previous output is
// untouched and nothing is left beside it.
func TestFullDiskKeepsPrevious(t *testing.T) {
	site := writeBoardSite(t)
	dest := filepath.Join(t.TempDir(), "public")
	cmd := exec.Command(os.Args[0], "build", "-q", "-s", site, "-d", dest, "--now", "2026-11-26")
	cmd.Env = append(os.Environ(), asGongkai+"=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gongkai build: %v\n%s", err, out)
	}
	before := manifest(t, dest)
	cmd = exec.Command(os.Args[0], "build", "-q", "-s", site, "-d", dest, "--now", "2026-11-27")
	cmd.Env = append(os.Environ(), asGongkai+"=1", "GONGKAI_TEST_FSIZE=4000")
	out, err := cmd.CombinedOutput()
	out = withoutWarnings(out) // the one-board site falls short of the boards rule (check)
	if cmd.ProcessState.ExitCode() != 1 || !strings.HasPrefix(string(out), "gongkai build: writing "+dest+"/") ||
		!strings.HasSuffix(string(out), ": file too large\n") || strings.Count(string(out), "\n") != 1 {
		t.Errorf("exit %d (%v), want 1 with one line naming the file:\n%s", cmd.ProcessState.ExitCode(), err, out)
	}
	if !maps.Equal(manifest(t, dest), before) {
		t.Errorf("the failed build changed the previous output")
	}
	if left := besideDest(t, dest); len(left) > 0 {
		t.Errorf("left beside %s: %v", dest, left)
	}
}

// withoutWarnings drops the lines of out that are check's warnings.
func withoutWarnings(out []byte) []byte {
	var b []byte
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if !strings.Contains(line, ": warning: ") {
			b = append(b, line...)
		}
	}
	return b
}
