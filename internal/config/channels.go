package config

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Paper sizes in millimetres, portrait.
var papers = map[string][2]float64{
	"A0": {841, 1189}, "A1": {594, 841}, "A2": {420, 594}, "A3": {297, 420}, "A4": {210, 297},
}

var customPaper = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*mm$`)

// ParsePaper returns the portrait width and height in mm of "A1" or "600x900mm".
func ParsePaper(s string) (w, h float64, err error) {
	t := strings.TrimSpace(s)
	if p, ok := papers[strings.ToUpper(t)]; ok {
		return p[0], p[1], nil
	}
	if m := customPaper.FindStringSubmatch(strings.ToLower(t)); m != nil {
		w, _ = strconv.ParseFloat(m[1], 64)
		h, _ = strconv.ParseFloat(m[2], 64)
		if w >= 50 && h >= 50 && w <= 5000 && h <= 5000 {
			return w, h, nil
		}
	}
	return 0, 0, fmt.Errorf(`paper %q is not a paper size; write paper = "A1" (A0 to A4) or paper = "600x900mm"`, s)
}

func (v *validator) board(i int, b *Board) {
	p := fmt.Sprintf("boards[%d]", i)
	if b.Number < 1 || b.Number > 99 {
		v.errorf(p+".number", "board number must be between 1 and 99; %s", v.freeBoardNumber())
	}
	if strings.TrimSpace(b.Name) == "" {
		v.errorf(p, `board %d has no name; write name = "干部调整任用"`, b.Number)
	}
	w, h, err := ParsePaper(b.Paper)
	if b.Paper == "" {
		v.errorf(p, `board %d has no paper size; write paper = "A1"`, b.Number)
	} else if err != nil {
		v.errorf(p+".paper", "%v", err)
	}
	switch b.Orientation {
	case "portrait", "纵向", "竖版":
		b.Orientation = "portrait"
	case "landscape", "横向", "横版":
		b.Orientation = "landscape"
		w, h = h, w
	default:
		v.errorf(p+".orientation", `orientation %q must be "portrait" or "landscape"`, b.Orientation)
	}
	b.Width, b.Height = w, h
	v.distance(p, b)
	if len(b.Categories) == 0 && len(b.Items) == 0 && len(b.Lists) == 0 {
		v.errorf(p, `board %d carries nothing; write categories = ["cadre"], items = ["cadre/wang"] or lists = ["powers"]`, b.Number)
	}
	b.Categories = v.categoryKeys(p+".categories", b.Categories)
	b.Lists = v.boardLists(p+".lists", b.Lists)
	b.Scope = v.channelScope(p+".scope", b.Scope)
	if b.Columns < 0 || b.Columns > 4 {
		v.errorf(p+".columns", "columns must be 1 to 4; write columns = 2")
	}
	if b.MinFont < 8 || b.MinFont > 72 {
		v.errorf(p+".min_font", "min_font is the smallest type size in pt, 8 to 72; write min_font = 14")
	}
	if b.Bleed < 0 || b.Bleed > 20 {
		v.errorf(p+".bleed", "bleed is in mm, 0 to 20; write bleed = 3")
	}
	if b.CropMarks && b.Bleed == 0 {
		v.errorf(p+".crop_marks", "crop marks are drawn in the bleed; add bleed = 3 to this board")
	}
	v.boardTile(p, b, w*h)
}

// boardTile checks a board's tile paper (h16-pdf): A3 or A4, and smaller
// than the board's own paper (area is its trim's, 0 when the paper is
// wrong, already reported).
func (v *validator) boardTile(p string, b *Board, area float64) {
	if b.Tile == "" {
		return
	}
	b.Tile = strings.ToUpper(strings.TrimSpace(b.Tile))
	if b.Tile != "A3" && b.Tile != "A4" {
		v.errorf(p+".tile", `tile is the office paper the sheets are also cut into; write tile = "A3" or tile = "A4"`)
		return
	}
	tw, th, _ := ParsePaper(b.Tile)
	if area > 0 && area <= tw*th {
		v.errorf(p+".tile", `board %d's paper %s fits on one %s page and needs no tiles; remove tile`, b.Number, b.Paper, b.Tile)
	}
}

// freeBoardNumber suggests the smallest board number no board uses.
func (v *validator) freeBoardNumber() string {
	used := map[int]bool{}
	for _, b := range v.site.Boards {
		used[b.Number] = true
	}
	for n := 1; n <= 99; n++ {
		if !used[n] {
			return fmt.Sprintf("write number = %d, a number no other board uses", n)
		}
	}
	return "every number is taken: remove a board first"
}

// boardLists resolves the lists a board carries to their keys, each once.
func (v *validator) boardLists(path string, list tomlx.StringList) tomlx.StringList {
	var out tomlx.StringList
	for _, l := range list {
		k, ok := BoardLists.Resolve(l)
		switch {
		case !ok:
			v.errorf(path, "%s; the lists a board can carry are \"powers\" (职权目录, the published powers by holder and type) and \"risks\" (廉政风险点, the risk points by level)", BoardLists.Unknown(l))
		case slices.Contains(out, k):
			v.errorf(path, "lists names %q twice; write it once", k)
		default:
			out = append(out, k)
		}
	}
	return out
}

func (v *validator) kiosk(i int, k *Kiosk) {
	p := fmt.Sprintf("kiosks[%d]", i)
	if !keyPattern.MatchString(k.Name) {
		v.errorf(p+".name", `kiosk name %q becomes a folder name: use lower-case letters, digits and dashes; write name = "lobby"`, k.Name)
	}
	switch k.Kind {
	case "display", "显示屏", "电子显示屏":
		k.Kind = "display"
	case "touch", "触摸屏":
		k.Kind = "touch"
	default:
		v.errorf(p+".kind", `kiosk kind %q must be "display" or "touch"%s: write kind = "display" for a screen that turns its slides by itself, or kind = "touch" for a touch screen`,
			k.Kind, diag.DidYouMean(k.Kind, []string{"display", "touch"}))
	}
	v.kioskSize(p, k)
	v.kioskKindKeys(p, k)
	v.kioskTitle(p, k)
	if k.SlideSeconds < 3 {
		v.errorf(p+".slide_seconds", "slide_seconds must be at least 3; write slide_seconds = 15")
	}
	if k.Poll < 5 {
		v.errorf(p+".poll", "poll is seconds between checks for a new build, at least 5; write poll = 60")
	}
	if k.Idle < 10 {
		v.errorf(p+".idle", "idle is seconds before a touch screen goes back to its start screen, at least 10; write idle = 90")
	}
	v.kioskRound(p, k)
	if len(k.Categories) == 0 && len(k.Items) == 0 && len(k.Terms) == 0 {
		v.errorf(p, `kiosk %q shows nothing; write categories = ["cadre", "decisions"]`, k.Name)
	}
	k.Categories = v.categoryKeys(p+".categories", k.Categories)
	k.Terms = v.termKeys(p+".terms", k.Terms)
	k.Scope = v.channelScope(p+".scope", k.Scope)
	v.kioskTimes(p, k)
	v.kioskStale(p, k)
}

// kioskSize says what to write when a kiosk's screen size is missing or
// is no screen's.
func (v *validator) kioskSize(p string, k *Kiosk) {
	switch {
	case k.Width == 0 || k.Height == 0:
		v.errorf(p, "kiosk %q needs its screen size in pixels; write width = 1920 and height = 1080", k.Name)
	case k.Width < 320 || k.Width > 8000:
		v.errorf(p+".width", kioskSizeMsg, k.Name, k.Width, k.Height)
	case k.Height < 320 || k.Height > 8000:
		v.errorf(p+".height", kioskSizeMsg, k.Name, k.Width, k.Height)
	}
}

const kioskSizeMsg = "kiosk %q is %d × %d pixels, but a screen's width and height are each 320 to 8000 CSS pixels; write the size the screen's browser reports, such as width = 1920 and height = 1080"

// channelScope resolves the scope of a board or screen: public when not
// given. A public one never shows an internal item, in any edition; an
// internal one (a board inside the Party committee's compound) is made
// only by the internal edition.
func (v *validator) channelScope(path, scope string) string {
	if scope == "" {
		return string(Public)
	}
	k, ok := Scopes.Resolve(scope)
	if !ok {
		v.errorf(path, "%s", Scopes.Unknown(scope))
		return string(Public)
	}
	return k
}

func (v *validator) catalogEntry(i int, e *CatalogEntry) {
	p := fmt.Sprintf("catalog[%d]", i)
	names := e.Category != "" || len(e.Categories) > 0 || len(e.Items) > 0
	if strings.TrimSpace(e.Name) == "" {
		v.errorf(p, `catalog entry has no name; write name = "任前公示"`)
	}
	if e.Scope == "" {
		e.Scope = string(Public)
	} else if k, ok := Scopes.Resolve(e.Scope); ok {
		e.Scope = k
	} else {
		v.errorf(p+".scope", "%s", Scopes.Unknown(e.Scope))
	}
	e.Channel = v.channels(p+".channel", e.Channel)
	if e.Term != "" {
		if k, ok := Terms.Resolve(e.Term); ok {
			e.Term = k
		} else {
			v.errorf(p+".term", "%s", Terms.Unknown(e.Term))
		}
	}
	if e.Issuer != "" {
		if k, ok := v.site.issuerVocab.Resolve(e.Issuer); ok {
			e.Issuer = k
		} else if !v.site.issuerVocab.Incomplete {
			v.errorf(p+".issuer", "%s", v.site.issuerVocab.Unknown(e.Issuer))
		}
	}
	if e.Category != "" {
		e.Category = strings.Join(v.categoryKeys(p+".category", []string{e.Category}), "")
	}
	e.Categories = v.categoryKeys(p+".categories", e.Categories)
	if !names {
		v.errorf(p, `catalog entry %q names nothing that fulfils it; write category = "cadre" or items = ["cadre/wang"]`, e.Name)
	}
}
