package board

import (
	"bytes"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Crop marks, in mm: the slug around the bleed that holds them, their gap
// from the bleed's edge and their length. A mark runs from the trim's
// corner line outward, in the slug only, never into the bleed or the
// printed area.
const (
	slugMM     float64 = 10
	markGapMM  float64 = 2
	markLenMM  float64 = 6
	markStroke float64 = 0.25 // pt
)

// pt is a length in mm in PDF points.
func pt(mm float64) float64 { return mm / 25.4 * 72 }

func init() {
	// pdfcpu would otherwise write its configuration into the user's
	// config folder, or exit when it cannot.
	model.ConfigPath = "disable"
}

// pdfConfig is pdfcpu's configuration for reading Chromium's PDFs.
func pdfConfig() *model.Configuration {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	// Classic cross-reference tables and plain objects, as Chromium writes
	// them: any PDF reader and preflight tool reads them.
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	return conf
}

// pressReady declares the print boxes of a sheet PDF printed by Chromium,
// whose every page is the trim plus bleed mm on every side: the BleedBox is
// that page, the TrimBox the paper inside it. With marks, the MediaBox
// grows by a slug of slugMM on every side and crop marks are drawn there,
// outside the bleed. Without bleed or marks the PDF is returned unchanged.
func pressReady(pdf []byte, bleed float64, marks bool) ([]byte, error) {
	if bleed == 0 && !marks {
		return pdf, nil
	}
	ctx, err := api.ReadValidateAndOptimize(bytes.NewReader(pdf), pdfConfig())
	if err != nil {
		return nil, fmt.Errorf("reading the PDF: %w", err)
	}
	for p := 1; p <= ctx.PageCount; p++ {
		if err := pressPage(ctx, p, pt(bleed), marks); err != nil {
			return nil, fmt.Errorf("page %d: %w", p, err)
		}
	}
	var out bytes.Buffer
	if err := api.WriteContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("writing the PDF: %w", err)
	}
	return out.Bytes(), nil
}

// pressPage sets one page's boxes and draws its crop marks.
func pressPage(ctx *model.Context, p int, b float64, marks bool) error {
	d, _, inh, err := ctx.PageDict(p, false)
	if err != nil {
		return err
	}
	page := inh.MediaBox
	w, h := page.Width(), page.Height()
	x0, y0 := page.LL.X, page.LL.Y
	s := 0.0
	if marks {
		s = pt(slugMM)
	}
	media := types.NewRectangle(x0-s, y0-s, x0+w+s, y0+h+s).Array()
	d["MediaBox"] = media
	d["CropBox"] = media
	d["BleedBox"] = page.Array()
	d["TrimBox"] = types.NewRectangle(x0+b, y0+b, x0+w-b, y0+h-b).Array()
	if !marks {
		return nil
	}
	return appendContent(ctx, d, cropMarkPaths(x0, y0, w, h, b))
}

// cropMarkPaths draws, for each corner of the trim, two hairlines on the
// trim's edges extended, from markGapMM beyond the bleed outward.
func cropMarkPaths(x0, y0, w, h, b float64) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "q 0 G %.3f w [] 0 d 0 J\n", markStroke)
	gap, l := pt(markGapMM), pt(markLenMM)
	for _, cx := range []float64{x0 + b, x0 + w - b} {
		for _, cy := range []float64{y0 + b, y0 + h - b} {
			// The bleed edge beyond this corner, and the direction out.
			ex, dx := x0, -1.0
			if cx > x0+w/2 {
				ex, dx = x0+w, 1
			}
			ey, dy := y0, -1.0
			if cy > y0+h/2 {
				ey, dy = y0+h, 1
			}
			fmt.Fprintf(&buf, "%.3f %.3f m %.3f %.3f l S\n", ex+dx*gap, cy, ex+dx*(gap+l), cy)
			fmt.Fprintf(&buf, "%.3f %.3f m %.3f %.3f l S\n", cx, ey+dy*gap, cx, ey+dy*(gap+l))
		}
	}
	buf.WriteString("Q\n")
	return buf.Bytes()
}

// appendContent draws after a page's content, in a graphics state of its
// own: the page's content is wrapped in q … Q, whatever state it leaves.
func appendContent(ctx *model.Context, d types.Dict, content []byte) error {
	var parts types.Array
	switch c := d["Contents"].(type) {
	case types.IndirectRef:
		parts = types.Array{c}
	case types.Array:
		parts = c
	case nil:
	default:
		return fmt.Errorf("page contents of type %T", c)
	}
	pre, err := newStream(ctx, []byte("q\n"))
	if err != nil {
		return err
	}
	post, err := newStream(ctx, append([]byte("\nQ\n"), content...))
	if err != nil {
		return err
	}
	d["Contents"] = append(append(types.Array{*pre}, parts...), *post)
	return nil
}

// newStream adds a content stream to the PDF.
func newStream(ctx *model.Context, content []byte) (*types.IndirectRef, error) {
	sd, err := ctx.NewStreamDictForBuf(content)
	if err != nil {
		return nil, err
	}
	if err := sd.Encode(); err != nil {
		return nil, err
	}
	return ctx.IndRefForNewObject(*sd)
}
