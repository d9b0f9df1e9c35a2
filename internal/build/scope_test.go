package build

import (
	"bytes"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

// internalBoard is a board and a screen inside the Party committee's
// compound, declared with scope = "internal" (in Chinese, as editors may).
const internalBoard = `
[[boards]]
number      = 41
name        = "党内公开栏"
location    = "县委机关党员活动室"
paper       = "A2"
orientation = "portrait"
scope       = "党内公开"
categories  = ["organization", "integrity", "goals"]

[[kiosks]]
name       = "dangnei"
title      = "党内公开"
kind       = "touch"
width      = 1080
height     = 1920
scope      = "internal"
categories = ["organization", "integrity", "goals"]
`

// TestBoardScopes: an internal item never reaches a public board or
// screen, not even in the internal edition, where each public board and
// screen is the public edition's, byte for byte, although internal items
// of its categories exist, one replaces a public item on it and one adds
// a risk point to a public power. An internal board and screen exist in
// the internal edition only, carry the internal items, are marked so, and
// give an internal item no QR code, since the public website has no page
// for it.
func TestBoardScopes(t *testing.T) {
	t.Parallel()
	fsys := exampleSite(t)
	fsys["site.toml"] = &fstest.MapFile{Data: append(fsys["site.toml"].Data, internalBoard...)}
	for _, name := range []string{"content/risks/zz-leak-internal-risks.md", "content/goals/zz-leak-internal-periodic.md"} {
		fsys[name] = &fstest.MapFile{Data: []byte(plantedItems[name])}
	}
	fsys["content/goals/zz-replaces.md"] = &fstest.MapFile{Data: []byte(`+++
title = "LEAKTITLE-REPLACES 党内年度目标"
date = 2026-11-20
category = "goals"
term = "periodic"
period = "yearly"
scope = "internal"
replaces = "goals/2026-niandu-mubiao"
+++
`)}
	now, _ := calendar.Parse("2026-11-27")
	public := buildFiles(t, fsys, now)
	internal := buildScope(t, fsys, now, config.Internal)

	for name := range public {
		if strings.HasPrefix(name, "boards/41/") || strings.HasPrefix(name, "kiosk/dangnei/") {
			t.Errorf("the public edition has %s, of an internal board or screen", name)
		}
	}
	compared := 0
	for name, data := range public {
		if !isSheetOrScreen(name) {
			continue
		}
		compared++
		if !bytes.Equal(internal[name], data) {
			t.Errorf("%s of the internal edition is not the public edition's:\n%s", name, diffFiles(map[string][]byte{name: data}, map[string][]byte{name: internal[name]}))
		}
	}
	if compared < 15 {
		t.Fatalf("only %d public sheets and screens compared", compared)
	}

	sheet := string(internal["boards/41/index.html"])
	for _, want := range []string{"青山县2025年度党内统计公报（党内）", "LEAKTITLE-REPLACES", "【党内公开 仅限党内】", `<div class="noqr">`} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the internal board's sheet lacks %q", want)
		}
	}
	if strings.Contains(sheet, "扫码查看：青山县2025年度党内统计公报") || strings.Contains(sheet, "扫码查看：LEAKTITLE") {
		t.Error("an internal item on the internal board has a QR code, to a page the public website does not have")
	}
	screen := string(internal["kiosk/dangnei/index.html"])
	if !strings.Contains(screen, "LEAKTITLE-REPLACES") || !strings.Contains(screen, "（党内公开）") {
		t.Error("the internal screen lacks its internal item (goals are shown on kiosks) or its 党内公开 mark")
	}
	if strings.Contains(screen, "扫码查看全文：LEAKTITLE") || !strings.Contains(screen, "党内公开 仅限党内查阅") {
		t.Error("an internal item on the internal screen has a QR code to the public website")
	}
	if !strings.Contains(string(internal["boards/index.html"]), "党内公开栏，仅限党内") {
		t.Error("the print room's index does not say which board is internal")
	}
}

// isSheetOrScreen reports whether an output file is a board's sheets or a
// screen's page or manifest (not the print room's index, a web page).
func isSheetOrScreen(name string) bool {
	dir := path.Dir(name)
	return (strings.HasPrefix(name, "boards/") && dir != "boards") || strings.HasPrefix(name, "kiosk/")
}

// buildScope builds the site's edition of scope and returns its files.
func buildScope(t *testing.T, fsys fstest.MapFS, now calendar.Day, scope config.Scope) map[string][]byte {
	t.Helper()
	return buildOpts(t, Options{SiteDir: ".", FS: fsys, Now: now, Scope: scope})
}
