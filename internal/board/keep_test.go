package board_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestPhoneNumbersAreOneUnitOnSheets: every telephone number on the
// example's sheets, in paragraphs and table cells, is in a span the
// stylesheet keeps on one line, as the layout measured it: the browser
// no longer ends a line with "0791-".
func TestPhoneNumbersAreOneUnitOnSheets(t *testing.T) {
	s := built(t, "example")
	seen := 0
	for _, b := range s.boards {
		page, err := os.ReadFile(filepath.Join(browsertest.TempRoot(), "example", "public", b.Path(), "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		h := string(page)
		if !strings.Contains(h, ".b .nb{white-space:nowrap}") {
			t.Errorf("board %s: no white-space:nowrap for .nb", b.NN)
		}
		for _, num := range []string{"0791-8821520", "0791-12388", "0791-8812000", "0791-8812001"} {
			all, kept := strings.Count(h, num), strings.Count(h, `<span class="nb">`+num+`</span>`)
			if all != kept {
				t.Errorf("board %s: %d of %d times %s not kept together", b.NN, all-kept, all, num)
			}
			seen += kept
		}
	}
	if seen == 0 {
		t.Fatal("no telephone number on any sheet")
	}
}
