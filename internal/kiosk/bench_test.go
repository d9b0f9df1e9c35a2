package kiosk_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// BenchmarkLayout lays out every kiosk of the example site.
func BenchmarkLayout(b *testing.B) {
	site, _ := build.Load(&build.Options{SiteDir: exampleSite, Now: day(b, "2026-11-27")})
	for b.Loop() {
		for i := range site.Config.Kiosks {
			k := &site.Config.Kiosks[i]
			items := kiosk.Select(site, k)
			c := common(b, site, k, items)
			if k.Kind == "touch" {
				if _, err := kiosk.NewTouch(c, items); err != nil {
					b.Fatal(err)
				}
			} else {
				if _, err := kiosk.NewDisplay(c, items); err != nil {
					b.Fatal(err)
				}
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
			benchLongItem(b, textfittest.Paragraph(chars), chars)
		})
	}
}

// BenchmarkKioskLongBlocks lays out, as BenchmarkKioskLongParagraph does,
// the other blocks a long text is cut inside: a list of many items, a
// table of many rows, a quote.
func BenchmarkKioskLongBlocks(b *testing.B) {
	kinds := map[string]func(chars int) string{
		"list":  textfittest.List,
		"table": textfittest.Table,
		"quote": func(chars int) string { return "> " + textfittest.Paragraph(chars) },
	}
	for _, kind := range []string{"list", "table", "quote"} {
		for _, chars := range []int{10000, 40000, 80000} {
			b.Run(fmt.Sprintf("%s/chars=%d", kind, chars), func(b *testing.B) {
				benchLongItem(b, kinds[kind](chars), chars)
			})
		}
	}
}

// benchLongItem lays out the example site's kiosks showing one item whose
// body is body, of chars characters.
func benchLongItem(b *testing.B, body string, chars int) {
	site, it := longItemSite(b, body)
	b.ReportAllocs()
	for b.Loop() {
		for i := range site.Config.Kiosks {
			k := &site.Config.Kiosks[i]
			c := common(b, site, k, []*model.Item{it})
			if k.Kind == "touch" {
				if _, err := kiosk.NewTouch(c, []*model.Item{it}); err != nil {
					b.Fatal(err)
				}
			} else {
				if _, err := kiosk.NewDisplay(c, []*model.Item{it}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
}

// longItemSite is the example site with goals/zz-long, an item in force
// whose body is body.
func longItemSite(t testing.TB, body string) (*model.Site, *model.Item) {
	t.Helper()
	src := "+++\ntitle = \"长正文\"\ndate = 2026-11-01\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\n+++\n\n" + body
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

// BenchmarkRender lays out and writes every kiosk of the example site:
// the pages as the theme's templates write them, with their manifests.
func BenchmarkRender(b *testing.B) {
	site, _ := build.Load(&build.Options{SiteDir: exampleSite, Now: day(b, "2026-11-27")})
	tpl, diags := layout.Load(os.DirFS(exampleSite), site.Config.Theme, page.Funcs(site))
	if len(diags) > 0 {
		b.Fatal(diags)
	}
	for b.Loop() {
		for _, f := range kiosk.Files(site, tpl) {
			if _, err := f.Render(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
