package build

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

// TestReviewPreview: the example requires review; its item awaiting
// review is in no public build, and a preview with drafts (serve
// --drafts) shows its page marked 待审核, and no reviewed item's.
func TestReviewPreview(t *testing.T) {
	t.Parallel()
	now, _ := calendar.Parse("2026-11-27")
	page := "appointments/2026-11-kaocha-yugao-jiaoti/index.html"
	const banner = `<p class="review-badge" role="note">待审核`
	public := buildOpts(t, Options{SiteDir: ".", FS: reviewedExample(t), Now: now})
	if public[page] != nil {
		t.Errorf("the public build publishes the item awaiting review")
	}
	preview := buildOpts(t, Options{SiteDir: ".", FS: reviewedExample(t), Now: now, Drafts: true})
	if !strings.Contains(string(preview[page]), banner) {
		t.Errorf("the preview of the item awaiting review is not marked 待审核")
	}
	for name, data := range preview {
		if name != page && strings.Contains(string(data), banner) {
			t.Errorf("%s is marked 待审核", name)
		}
	}
}
