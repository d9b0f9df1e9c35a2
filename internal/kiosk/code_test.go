package kiosk_test

import (
	"encoding/json"
	"testing"

	"github.com/gongkai/gongkai/internal/kiosk"
)

// TestCodeVersion: the page code version a build writes into the pages
// and manifests is the one gongkai screens reads from the site's layouts,
// and a site's own kiosk partial changes it.
func TestCodeVersion(t *testing.T) {
	_, out := renderKiosks(t, nil, "2026-11-27")
	var m kiosk.Manifest
	if err := json.Unmarshal(out["kiosk/lobby/manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if want := kiosk.CodeOf(example(nil), "default"); m.Code == "" || m.Code != want {
		t.Errorf("the manifest's code is %q, gongkai screens reads %q", m.Code, want)
	}
	own := map[string]string{"layouts/partials/kiosk-style.html": readTheme(t, "partials/kiosk-style.html") + "\n<style>.updated{letter-spacing:.1em}</style>"}
	_, out2 := renderKiosks(t, own, "2026-11-27")
	var m2 kiosk.Manifest
	if err := json.Unmarshal(out2["kiosk/lobby/manifest.json"], &m2); err != nil {
		t.Fatal(err)
	}
	if m2.Code == m.Code || m2.Code != kiosk.CodeOf(example(own), "default") {
		t.Errorf("with the site's own kiosk-style.html the code is %q, was %q", m2.Code, m.Code)
	}
}
