package board_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/browser"
	"github.com/gongkai/gongkai/internal/build"
)

// TestPDFOnePagePerSheetOfThePaper builds the fixture with --pdf and checks
// each board's PDF: as many pages as the board has sheets, every page the
// board's paper (plus bleed, plus the slug with crop marks) to within a
// point, fonts embedded and named, the print boxes declared and the crop
// marks outside the bleed; built with --tile A3, the sheets larger than A3
// are also cut into A3 tiles that reassemble into the sheet.
func TestPDFOnePagePerSheetOfThePaper(t *testing.T) {
	t.Parallel() // most of it is Chromium's work, in another process
	if _, err := browser.Find(""); err != nil {
		t.Skip("skipping PDF test: " + err.Error())
	}
	dest := filepath.Join(t.TempDir(), "public")
	fsys := fixture(t)
	for name, data := range leakRecords {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	res, err := build.Run(build.Options{SiteDir: ".", FS: fsys, Dest: dest, Now: now, PDF: true, Tile: "A3"})
	if err != nil {
		t.Fatal(err)
	}
	boards, err := board.Layout(res.Site, theme(t, fixture(t), res.Site))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range boards {
		data, err := os.ReadFile(filepath.Join(dest, b.Path(), b.PDF()))
		if err != nil {
			t.Fatal(err)
		}
		pages := pdfPages(data)
		if len(pages) != len(b.Sheets) {
			t.Errorf("board %d: PDF has %d pages, the board %d sheets", b.Config.Number, len(pages), len(b.Sheets))
		}
		slug := 0.0
		if b.Config.CropMarks {
			slug = board.SlugMM
		}
		w := (b.Config.Width + 2*b.Config.Bleed + 2*slug) / 25.4 * 72
		h := (b.Config.Height + 2*b.Config.Bleed + 2*slug) / 25.4 * 72
		for i, p := range pages {
			if math.Abs(p[0]-w) > 1 || math.Abs(p[1]-h) > 1 {
				t.Errorf("board %d page %d is %.1f×%.1f pt, want %.1f×%.1f (%s %s)", b.Config.Number, i+1, p[0], p[1], w, h, b.Config.Paper, b.Config.Orientation)
			}
		}
		if !bytes.Contains(data, []byte("/FontFile")) && !bytes.Contains(data, []byte("/Type3")) {
			t.Errorf("board %d: no embedded fonts in the PDF", b.Config.Number)
		}
		noRecordIn(t, b, filepath.Join(dest, b.Path(), b.PDF()))
		namedFontsIn(t, b, filepath.Join(dest, b.Path(), b.PDF()))
		pressBoxesIn(t, b, filepath.Join(dest, b.Path(), b.PDF()))
		tilesIn(t, b, filepath.Join(dest, b.Path()), "A3", len(b.Sheets))
	}
}

// namedFontsIn lists a board's PDF's fonts with pdffonts: every one must be
// embedded and named, none a Type 3 font (a glyph drawn as a picture, with
// no name, which print rooms' preflight refuses).
func namedFontsIn(t *testing.T, b *board.Board, pdf string) {
	t.Helper()
	if _, err := exec.LookPath("pdffonts"); err != nil {
		t.Logf("not listing the PDFs' fonts: no pdffonts (apt-get install poppler-utils): %v", err)
		return
	}
	out, err := exec.Command("pdffonts", pdf).Output()
	if err != nil {
		t.Fatalf("pdffonts %s: %v", pdf, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 3 {
		t.Errorf("board %d: pdffonts lists no font in its PDF:\n%s", b.Config.Number, out)
		return
	}
	var bad []string
	for _, l := range lines[2:] {
		if strings.Contains(l, "Type 3") || strings.HasPrefix(l, "[none]") || !strings.Contains(l, " yes ") {
			bad = append(bad, l)
		}
	}
	if len(bad) > 0 {
		t.Errorf("board %d: %d of its PDF's %d fonts are not named embedded fonts (is fonts-wqy-microhei installed?), the first:\n%s", b.Config.Number, len(bad), len(lines)-2, bad[0])
	}
}

// leakRecords are registers under records/ whose every field carries the
// marker leakMark, none marked public: no sheet, and so no PDF, may show
// any of it (PRODUCT.md: nothing under records/ reaches any output).
var leakRecords = map[string]string{
	"records/requests/leak.toml": `received  = 2026-11-02
channel   = "信函"
applicant = "自然人"
name      = "LEAKPDF申请人"
subject   = "LEAKPDF申请内容"
office    = "LEAKPDF承办单位"
note      = "LEAKPDF备注"
`,
	"records/feedback/leak.toml": `received   = 2026-11-03
channel    = "电话"
name       = "LEAKPDF留言人"
topic      = "LEAKPDF主题"
message    = "LEAKPDF留言"
handled_by = "LEAKPDF承办"
reply      = "LEAKPDF答复"
reply_date = 2026-11-05
`,
	"records/supervisors.toml":         "[[supervisors]]\nname = \"LEAKPDF监督员\"\nunit = \"LEAKPDF单位\"\n",
	"records/rectifications/leak.toml": "what = \"LEAKPDF整改\"\nwho = \"LEAKPDF责任\"\ndeadline = 2026-12-31\n",
}

const leakMark = "LEAKPDF"

// noRecordIn reads the text of a board's PDF with pdftotext: it must hold
// the board's name (so the text is read at all) and never leakMark.
func noRecordIn(t *testing.T, b *board.Board, pdf string) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Logf("not reading the PDFs' text: no pdftotext (apt-get install poppler-utils): %v", err)
		return
	}
	out, err := exec.Command("pdftotext", "-q", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	if !strings.Contains(text, strings.Join(strings.Fields(b.Config.Name), "")) {
		t.Errorf("board %d: pdftotext finds no %q in its PDF; the text is not read", b.Config.Number, b.Config.Name)
	}
	if strings.Contains(text, leakMark) {
		t.Errorf("board %d: its PDF shows what records/ holds (%s)", b.Config.Number, leakMark)
	}
}

var (
	pdfObject   = regexp.MustCompile(`(?s)\d+ \d+ obj(.*?)endobj`)
	pdfStream   = regexp.MustCompile(`(?s)stream\r?\n.*?endstream`)
	pdfPage     = regexp.MustCompile(`/Type\s*/Page\b`)
	pdfMediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\]`)
)

// pdfPages reads the width and height in points of every page of a PDF
// written without object streams (as Chromium writes them): each page
// object with its MediaBox, or its parent's.
func pdfPages(data []byte) [][2]float64 {
	var pages [][2]float64
	var inherited [2]float64
	for _, m := range pdfObject.FindAllSubmatch(data, -1) {
		dict := pdfStream.ReplaceAll(m[1], nil)
		box := pdfMediaBox.FindSubmatch(dict)
		size := [2]float64{}
		if box != nil {
			f := func(i int) float64 { v, _ := strconv.ParseFloat(string(box[i]), 64); return v }
			size = [2]float64{f(3) - f(1), f(4) - f(2)}
		}
		switch {
		case pdfPage.Match(dict):
			pages = append(pages, size)
		case bytes.Contains(dict, []byte("/Type /Pages")) && box != nil:
			inherited = size
		}
	}
	for i := range pages {
		if pages[i] == [2]float64{} {
			pages[i] = inherited
		}
	}
	return pages
}

// TestPDFWithoutChromium: with no browser to be found, the build still
// writes the website and the HTML sheets, and fails with an error that
// says how to install one.
func TestPDFWithoutChromium(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GONGKAI_CHROME", "")
	dest := filepath.Join(t.TempDir(), "public")
	_, err := build.Run(build.Options{SiteDir: ".", FS: fixture(t), Dest: dest, Now: now, PDF: true})
	var pe *build.PDFError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v, want a PDFError", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "apt-get install chromium fonts-noto-cjk") || !strings.Contains(msg, "--chrome") {
		t.Errorf("the error does not say how to install Chromium or point to --chrome:\n%s", msg)
	}
	for _, f := range []string{"boards/index.html", "boards/01/index.html", "index.html"} {
		if _, err := os.Stat(filepath.Join(dest, f)); err != nil {
			t.Errorf("%s was not written: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "boards/01/board-01.pdf")); err == nil {
		t.Error("a PDF was written without a browser")
	}
}
