package kiosk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// Render writes kiosk/<name>/index.html and kiosk/<name>/manifest.json for
// every kiosk of the site, and returns the number of kiosk pages. Kiosks are
// laid out in parallel.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	files := Files(site, tpl)
	if _, err := output.Write(files, w); err != nil {
		return 0, err
	}
	return output.Pages(files), nil
}

// Files lists the page and manifest of every kiosk of the build
// (model.Site.Kiosks), unrendered (see package output). Both show the
// bodies of the items the kiosk carries (Select), and both are made at
// once, by whichever is rendered first. A kiosk sees the site as its scope
// does (model.Site.View): in the internal edition a public screen is the
// public build's, byte for byte.
func Files(site *model.Site, tpl *layout.Set) []output.File {
	codes := newQRCodes()
	var files []output.File
	for _, k := range site.Kiosks() {
		view := site.View(k.Scope)
		items, sets := Carried(view, k)
		urgent := urgentItems(view, k)
		shows := append(slices.Clone(items), urgent...)
		made := &output.Cell{}
		get := func(part int) ([]byte, error) {
			v, err := made.Get(name(k), func() (any, error) {
				page, manifest, err := build(view, tpl, k, deck{items, sets, urgent}, codes)
				return [2][]byte{page, manifest}, err
			})
			if err != nil {
				return nil, err
			}
			return v.([2][]byte)[part], nil
		}
		dir := "kiosk/" + k.Name + "/"
		who := fmt.Sprintf("%s kiosk %q", config.File, k.Name)
		files = append(files,
			output.File{Path: dir + "index.html", Who: who, Shows: shows, Layout: "kiosk-" + k.Kind, Render: func() ([]byte, error) { return get(0) }},
			output.File{Path: dir + "manifest.json", Who: who, Shows: items, Layout: "kiosk-" + k.Kind, Aside: true, Gathers: true, Render: func() ([]byte, error) { return get(1) }})
	}
	return files
}

// name names a kiosk in messages: kiosk "lobby".
func name(k *config.Kiosk) string { return fmt.Sprintf("kiosk %q", k.Name) }

// Manifest is kiosk/<name>/manifest.json, which a running kiosk polls: Hash
// changes exactly when the page changes.
type Manifest struct {
	Kiosk string `json:"kiosk"`
	Kind  string `json:"kind"`
	Hash  string `json:"hash"`  // of the page, but for its build date
	Code  string `json:"code"`  // the version of the page's code (Code)
	Built string `json:"built"` // --now
	Items int    `json:"items"`
}

// build renders one kiosk's page and manifest.
func build(site *model.Site, tpl *layout.Set, k *config.Kiosk, d deck, codes *qrCodes) (page, manifest []byte, err error) {
	items := d.items
	c := newCommon(site, k, Code(tpl))
	c.codes = codes
	c.sets = d.sets
	c.Urgent = c.urgentNotices(d.urgent)
	if err := c.renderExtras(tpl, items); err != nil {
		return nil, nil, fmt.Errorf("kiosk %q: %w", k.Name, err)
	}
	var data any
	if k.Kind == "touch" {
		data, err = NewTouch(c, items)
	} else {
		data, err = NewDisplay(c, items)
	}
	if err != nil {
		return nil, nil, err
	}
	out, err := tpl.Render("kiosk-"+k.Kind, data)
	if err != nil {
		return nil, nil, fmt.Errorf("kiosk %q: %w", k.Name, err)
	}
	page, hash := stamp(out, site.Now.String())
	manifest, err = json.MarshalIndent(Manifest{Kiosk: k.Name, Kind: k.Kind, Hash: hash, Code: Code(tpl), Built: site.Now.String(), Items: len(items)}, "", "  ")
	return page, append(manifest, '\n'), err
}

// deck is what a kiosk's page carries: its items (Carried), the
// selections each is in, and the urgent items.
type deck struct {
	items  []*model.Item
	sets   map[*model.Item]string
	urgent []*model.Item
}

// stamp puts the hash of the rendered page into it, where hashMark stands:
// the page knows its own version and compares it with the manifest's. The
// build's day goes where builtMark stands, after hashing.
func stamp(page []byte, built string) ([]byte, string) {
	sum := sha256.Sum256(page)
	h := hex.EncodeToString(sum[:10])
	page = bytes.ReplaceAll(page, []byte(hashMark), []byte(h))
	return bytes.ReplaceAll(page, []byte(builtMark), []byte(built)), h
}
