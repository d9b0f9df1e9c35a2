package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/build"
)

// request sends GET path to srv with the Host header and Origin given
// ("" sends none), as a page of another site resolving its own name to
// this computer would.
func request(t *testing.T, srv *Server, host, origin, path string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", srv.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req := "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
	if origin != "" {
		req += "Origin: " + origin + "\r\n"
	}
	if _, err := io.WriteString(conn, req+"\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s (Host %s): %v", path, host, err)
	}
	defer resp.Body.Close()
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		conn.Close() // a stream does not end
		return resp.StatusCode, ""
	}
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestOnlyLocalNamesAreAnswered: a request that names the server by
// another site's name (DNS rebinding) is refused on every endpoint, with
// the address to open; localhost, a name under .localhost and IP
// addresses are answered, and so is the name --bind gave.
func TestOnlyLocalNamesAreAnswered(t *testing.T) {
	srv := start(t, newSite(t), func(s *Server) { s.opts.Bind = "Preview.County.lan" })
	_, port, _ := net.SplitHostPort(srv.ln.Addr().String())
	paths := []string{"/", "/cadre/wang/", "/css/site.css", "/__gongkai/live.js", "/__gongkai/events", "/no/such/page/"}
	for _, host := range []string{"evil.example", "evil.example:" + port, "EVIL.example.:" + port, "localhost.evil.example", "county.lan", ""} {
		for _, p := range paths {
			status, body := request(t, srv, host, "", p)
			if status != http.StatusForbidden {
				t.Errorf("GET %s with Host %q: %d, want 403", p, host, status)
				continue
			}
			if !strings.Contains(body, srv.URL()) || strings.Contains(body, "王某某") {
				t.Errorf("GET %s with Host %q: the refusal does not say what to open, or leaks the page:\n%s", p, host, body)
			}
		}
	}
	for _, host := range []string{"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST", "preview.localhost:" + port,
		"192.168.1.10:" + port, "preview.county.lan:" + port, "Preview.County.lan."} {
		for _, p := range paths[:5] {
			if status, _ := request(t, srv, host, "", p); status != http.StatusOK {
				t.Errorf("GET %s with Host %q: %d, want 200", p, host, status)
			}
		}
	}
	for origin, want := range map[string]int{"http://evil.example": 403, "null": 403, "http://localhost:" + port: 200, "http://127.0.0.1:" + port: 200} {
		if status, _ := request(t, srv, "127.0.0.1:"+port, origin, "/__gongkai/events"); status != want {
			t.Errorf("the event stream with Origin %s: %d, want %d", origin, status, want)
		}
	}
}

// lockedBuffer is an io.Writer for a build that may end after the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// TestStopDuringABuild: Ctrl-C (the context ending) while the first build,
// or a later one, is under way stops the server at once, without waiting
// for the build, and leaves nothing in the site folder: serve writes
// nothing to disk. The build is held up by a hook, standing for a large
// site; the bound only catches a server that waits for it.
func TestStopDuringABuild(t *testing.T) {
	for _, which := range []int{1, 2} {
		dir := newSite(t)
		before := listing(t, dir)
		var out lockedBuffer
		srv, err := Listen(Options{Build: build.Options{SiteDir: dir, Now: testNow}, Port: 0, Debounce: 20 * time.Millisecond, Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		building, release := make(chan bool, 10), make(chan bool)
		defer close(release)
		n := 0
		srv.beforeBuild = func() {
			if n++; n == which {
				building <- true
				<-release
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- srv.Run(ctx) }()
		if which == 2 {
			waitServing(t, srv)
			writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "现予公示", "现予公示，欢迎监督", 1))
		}
		select {
		case <-building:
		case <-time.After(10 * time.Second):
			t.Fatalf("build %d never started", which)
		}
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("build %d: Run returned %v after Ctrl-C, want nil", which, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("build %d: Ctrl-C did not stop the server while it was building", which)
		}
		if _, err := net.DialTimeout("tcp", srv.ln.Addr().String(), time.Second); err == nil {
			t.Errorf("build %d: the port is still open after Run returned", which)
		}
		if after := listing(t, dir); !slices.Equal(before, after) {
			t.Errorf("build %d: serve left files in the site folder:\n%v\nbefore:\n%v", which, after, before)
		}
	}
}

// waitServing waits until srv answers.
func waitServing(t *testing.T, srv *Server) {
	t.Helper()
	for range 500 {
		if resp, err := http.Get(srv.URL()); err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the server never answered")
}

// listing is every file and folder under dir.
func listing(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		out = append(out, strings.TrimPrefix(p, dir))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
