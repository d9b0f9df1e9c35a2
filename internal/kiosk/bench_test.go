package kiosk_test

import (
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/kiosk"
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
