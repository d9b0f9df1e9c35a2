package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUrgentItemHeadsTheHomePage: the example's urgent item, in its
// window on 2026-11-27, is a banner at the top of the home page linking to
// it, with its last day for the clock script; no other page has one.
func TestUrgentItemHeadsTheHomePage(t *testing.T) {
	dir := builtExample(t)
	home, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(home)
	want := `<p data-urgent-until="2026-11-29"><strong class="urgent-label">紧急通知</strong> <a href="/masses/2026-11-zhengwu-zhongxin-zanting/">关于县政务服务中心不动产登记窗口周末暂停服务的紧急通知</a>`
	if !strings.Contains(page, want) {
		t.Errorf("the home page has no urgent banner %s", want)
	}
	main := strings.Index(page, "<main")
	if i := strings.Index(page, `<section class="urgent"`); i < main || i > strings.Index(page, `data-panel`) {
		t.Errorf("the urgent banner is not the first thing in the page's main part")
	}
	other, err := os.ReadFile(filepath.Join(dir, "categories", "cadre", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(other), "data-urgent-until") {
		t.Errorf("a list page carries the urgent banner")
	}
}
