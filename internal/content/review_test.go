package content

import (
	"strings"
	"testing"
)

// TestReviewKeys: reviewed_by, reviewed and decided_by are read, and a
// review dated after the item is an error at reviewed with the fix.
func TestReviewKeys(t *testing.T) {
	src := "+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\nterm = \"long-term\"\nreviewed_by = \" 县委组织部 李明 \"\nreviewed = \"2026年11月20日\"\ndecided_by = \"县委第15次常委会议 2026-11-17\"\n+++\n"
	it, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if it.ReviewedBy != "县委组织部 李明" || it.Reviewed.String() != "2026-11-20" || it.DecidedBy != "县委第15次常委会议 2026-11-17" {
		t.Errorf("read %q %s %q", it.ReviewedBy, it.Reviewed, it.DecidedBy)
	}
	late := strings.Replace(src, `"2026年11月20日"`, "2026-11-25", 1)
	_, diags = Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(late))
	if len(diags) != 1 || diags[0].Line != 7 || !strings.Contains(diags[0].Msg, "write date = 2026-11-25") {
		t.Errorf("a review after the date: %v", diags)
	}
}
