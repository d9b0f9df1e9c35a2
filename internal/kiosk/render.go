package kiosk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
)

// Render writes kiosk/<name>/index.html and kiosk/<name>/manifest.json for
// every kiosk of the site, and returns the number of kiosk pages. Kiosks are
// laid out in parallel and written in site.toml order.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	kiosks := site.Config.Kiosks
	pages, manifests, errs := make([][]byte, len(kiosks)), make([][]byte, len(kiosks)), make([]error, len(kiosks))
	codes := newQRCodes()
	var wg sync.WaitGroup
	for i := range kiosks {
		wg.Go(func() { pages[i], manifests[i], errs[i] = build(site, tpl, &kiosks[i], codes) })
	}
	wg.Wait()
	for i, k := range kiosks {
		if errs[i] != nil {
			return 0, errs[i]
		}
		dir := "kiosk/" + k.Name + "/"
		who := fmt.Sprintf("%s kiosk %q", config.File, k.Name)
		if err := w.Write(dir+"index.html", pages[i], who); err != nil {
			return 0, err
		}
		if err := w.Write(dir+"manifest.json", manifests[i], who); err != nil {
			return 0, err
		}
	}
	return len(kiosks), nil
}

// Manifest is kiosk/<name>/manifest.json, which a running kiosk polls: Hash
// changes exactly when the page changes.
type Manifest struct {
	Kiosk string `json:"kiosk"`
	Kind  string `json:"kind"`
	Hash  string `json:"hash"`  // of the page, which never contains the build date
	Built string `json:"built"` // --now
	Items int    `json:"items"`
}

// build renders one kiosk's page and manifest.
func build(site *model.Site, tpl *layout.Set, k *config.Kiosk, codes *qrCodes) (page, manifest []byte, err error) {
	c := newCommon(site, k)
	c.codes = codes
	items := Select(site, k)
	var data any
	if k.Kind == "touch" {
		data = NewTouch(c, items)
	} else {
		data = NewDisplay(c, items)
	}
	out, err := tpl.Render("kiosk-"+k.Kind, data)
	if err != nil {
		return nil, nil, fmt.Errorf("kiosk %q: %w", k.Name, err)
	}
	page, hash := stamp(out)
	manifest, err = json.MarshalIndent(Manifest{Kiosk: k.Name, Kind: k.Kind, Hash: hash, Built: site.Now.String(), Items: len(items)}, "", "  ")
	return page, append(manifest, '\n'), err
}

// stamp puts the hash of the rendered page into it, where hashMark stands:
// the page knows its own version and compares it with the manifest's.
func stamp(page []byte) ([]byte, string) {
	sum := sha256.Sum256(page)
	h := hex.EncodeToString(sum[:10])
	return bytes.ReplaceAll(page, []byte(hashMark), []byte(h)), h
}
