package kiosk_test

import (
	"fmt"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// BenchmarkLayout lays out every kiosk of the example site.
func BenchmarkLayout(b *testing.B) {
	site, _ := build.Load(&build.Options{SiteDir: exampleSite, Now: day(b, "2026-11-27")})
	for b.Loop() {
		for i := range site.Config.Kiosks {
			k := &site.Config.Kiosks[i]
			c, items := kiosk.NewCommon(site, k), kiosk.Select(site, k)
			if k.Kind == "touch" {
				if _, err := kiosk.NewTouch(c, items); err != nil {
					b.Fatal(err)
				}
			} else {
				kiosk.NewDisplay(c, items)
			}
		}
	}
}

// BenchmarkKioskLongParagraph lays out one item whose body is a single
// paragraph of chars characters (pasted text whose single newlines join
// it into one) on the example site's display and touch screens. Layout is
// linear in the text: ns/char stays flat as chars grows (bench/layout.sh
// prints the ratios).
func BenchmarkKioskLongParagraph(b *testing.B) {
	for _, chars := range []int{10000, 40000, 80000} {
		b.Run(fmt.Sprintf("chars=%d", chars), func(b *testing.B) {
			site, it := longItemSite(b, chars)
			for b.Loop() {
				for i := range site.Config.Kiosks {
					k := &site.Config.Kiosks[i]
					c := kiosk.NewCommon(site, k)
					if k.Kind == "touch" {
						if _, err := kiosk.NewTouch(c, []*model.Item{it}); err != nil {
							b.Fatal(err)
						}
					} else {
						kiosk.NewDisplay(c, []*model.Item{it})
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
		})
	}
}

// longItemSite is the example site with goals/zz-long, an item in force
// whose body is one paragraph of chars characters.
func longItemSite(t testing.TB, chars int) (*model.Site, *model.Item) {
	t.Helper()
	src := "+++\ntitle = \"长段落\"\ndate = 2026-11-01\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\n+++\n\n" +
		textfittest.Paragraph(chars)
	site, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: example(map[string]string{"content/goals/zz-long.md": src}),
		Now: day(t, "2026-11-27")})
	if site == nil {
		t.Fatalf("the site did not load: %v", diags)
	}
	for _, it := range site.Items {
		if it.ID == "goals/zz-long" {
			return site, it
		}
	}
	t.Fatalf("goals/zz-long is not published: %v", diags)
	return nil, nil
}
