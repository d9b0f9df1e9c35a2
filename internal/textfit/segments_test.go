package textfit

import (
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestTextIsCutOnce: a text measured again, at any width, is not cut into
// units anew: a build measures each text some seven times (boards, kiosk
// type sizes, the type sizes a board tries), and cutting was most of it.
func TestTextIsCutOnce(t *testing.T) {
	s := strings.Repeat("县人民政府关于2026年第三季度财政预算执行情况的公告，详见附件。\n", 20)
	Wrap(s, 12)
	allocs := testing.AllocsPerRun(20, func() { Noto.NewFlow(s, 9, nil) })
	if allocs > 1 {
		t.Errorf("NewFlow of a text measured before allocates %v times, want 1 (the Flow): its units are cut again", allocs)
	}
}

// TestRememberedUnitsWrapAsNew: flows of one text share its units, and
// wrap exactly as a text cut anew, at every width, whatever was asked of
// the text before.
func TestRememberedUnitsWrapAsNew(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for range 300 {
		s := randomText(r, 1+r.Intn(60))
		for _, m := range []Metrics{Noto, AnyFont} {
			fresh := Metrics{rune: m.rune, keep: m.keep} // no memo
			for _, w := range []float64{0, 3, 7.5, 20} {
				got, want := lines(m.NewFlow(s, w, nil)), lines(fresh.NewFlow(s, w, nil))
				if !slices.Equal(got, want) {
					t.Fatalf("%q at %v em: remembered units wrap as %v, cut anew as %v", s, w, got, want)
				}
			}
		}
	}
}

func lines(f *Flow) []Line {
	var out []Line
	for l := range f.From(0).Lines() {
		out = append(out, l)
	}
	return out
}

// TestSegMemoForgetsPastItsBound: the memo holds at most its bound, so a
// long serve session does not grow without end; a text larger than the
// bound is not kept at all.
func TestSegMemoForgetsPastItsBound(t *testing.T) {
	const bound = 64 << 10
	c := newSegMemo(bound)
	for i := range 200 {
		s := strings.Repeat("政务公开", 50) + strconv.Itoa(i)
		c.put(s, Noto.segment(s))
		if c.bytes > bound {
			t.Fatalf("after %d texts the memo holds %d bytes, more than its bound %d", i+1, c.bytes, bound)
		}
		if _, ok := c.get(s); !ok {
			t.Fatalf("the memo forgot text %d as soon as it was given", i)
		}
	}
	huge := strings.Repeat("政", bound)
	c.put(huge, Noto.segment(huge))
	if _, ok := c.get(huge); ok {
		t.Error("the memo kept a text larger than its bound")
	}
}
