package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[-s DIR] [--bind 127.0.0.1] [--port 1313] [--now DATE] [--drafts] [--lang zh|en]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	bind := fs.String("bind", "127.0.0.1", "listen on this `address` (an IP address, or a host name pages may then use); 0.0.0.0 lets other machines see the preview")
	port := fs.Int("port", 1313, "listen on this `port`")
	var now dayFlag
	fs.Var(&now, "now", "treat `DATE` (2026-11-27) as today (default: today in the site's timezone, on every rebuild)")
	drafts := fs.Bool("drafts", false, "show drafts, and items awaiting review (待审核), too")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	lang, stdout, stderr := speak(fs, abs(*site), stdout, stderr)
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gongkai serve: unexpected argument %q; the site folder is given with -s\n", fs.Arg(0))
		return exitUsage
	}
	if *port < 0 || *port > 65535 {
		fmt.Fprintf(stderr, "gongkai serve: --port must be between 1 and 65535, not %d\n", *port)
		return exitUsage
	}
	srv, err := serve.Listen(serve.Options{
		Build: build.Options{SiteDir: abs(*site), Now: now.day, Drafts: *drafts},
		Bind:  *bind, Port: *port, Stdout: stdout, Stderr: stderr, Lang: lang,
	})
	if err != nil {
		fmt.Fprintf(stderr, "gongkai serve: %v\n", err)
		return exitContent
	}
	if !srv.Loopback() {
		fmt.Fprintf(stderr, "warning: serving on %s, which other machines can reach: anyone on the network sees this preview%s; use --bind 127.0.0.1 unless you mean it\n",
			*bind, draftsNote(*drafts))
	}
	fmt.Fprintf(stdout, "serving %s at %s — open it in a browser; press Ctrl-C to stop\n", abs(*site), srv.URL())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "gongkai serve: %v\n", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}

func draftsNote(drafts bool) string {
	if drafts {
		return ", drafts included"
	}
	return ""
}
