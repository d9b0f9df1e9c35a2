package qr

import (
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestSVGDrawsEveryDarkModule redraws the SVG's path into a grid and compares
// it with the encoder's matrix, so a drawing bug cannot pass unnoticed.
func TestSVGDrawsEveryDarkModule(t *testing.T) {
	url := "https://gk.qingshan.example.gov.cn/cadre/2026-11-renqian-gongshi/"
	svg, err := SVG(url, "扫码查看")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Matrix(url)
	if err != nil {
		t.Fatal(err)
	}
	n := len(m)
	grid := make([][]bool, n)
	for i := range grid {
		grid[i] = make([]bool, n)
	}
	re := regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)
	for _, s := range re.FindAllStringSubmatch(string(svg), -1) {
		x, _ := strconv.Atoi(s[1])
		y, _ := strconv.Atoi(s[2])
		w, _ := strconv.Atoi(s[3])
		for i := 0; i < w; i++ {
			grid[y-4][x-4+i] = true
		}
	}
	for y := range m {
		for x := range m[y] {
			if grid[y][x] != m[y][x] {
				t.Fatalf("module (%d,%d) drawn %v, want %v", x, y, grid[y][x], m[y][x])
			}
		}
	}
	if !strings.Contains(string(svg), `viewBox="0 0 `+strconv.Itoa(n+8)+" ") {
		t.Errorf("viewBox does not include the quiet zone: %.120s", svg)
	}
	if !m[0][0] || !m[6][6] || m[7][7] {
		t.Errorf("finder pattern missing from matrix corner")
	}
}

// TestMemoIsBounded: the codes kept between builds never grow past
// maxCodes, and a kept code is the one drawn.
func TestMemoIsBounded(t *testing.T) {
	c := memo[[2]string, template.HTML]{m: map[[2]string]template.HTML{}, max: maxCodes}
	for i := range maxCodes + 10 {
		c.put([2]string{strconv.Itoa(i), ""}, "x")
	}
	if len(c.m) > maxCodes {
		t.Errorf("the memo holds %d codes, more than %d", len(c.m), maxCodes)
	}
	if _, ok := c.get([2]string{strconv.Itoa(maxCodes + 9), ""}); !ok {
		t.Error("the last code put is not kept")
	}
	const url = "https://gk.qingshan.example.gov.cn/goals/"
	first, _ := SVG(url, "扫码查看：目标")
	again, _ := SVG(url, "扫码查看：目标")
	want, _ := draw(url, "扫码查看：目标")
	if first != want || again != want {
		t.Error("a remembered code differs from the code drawn")
	}
}

// TestAnAddressIsEncodedOnce: boards and kiosks label the code of one
// address differently; it is encoded once, and each label's drawing is
// the code drawn anew with that label.
func TestAnAddressIsEncodedOnce(t *testing.T) {
	const url = "https://gk.qingshan.example.gov.cn/cadre/2026-11-renqian-gongshi/"
	board, err := SVG(url, "扫码查看：任前公示")
	if err != nil {
		t.Fatal(err)
	}
	bits, ok := encoded.get(url)
	if !ok {
		t.Fatal("the address's modules are not kept")
	}
	kiosk, _ := SVG(url, "扫码查看全文：任前公示")
	if again, _ := encoded.get(url); &again[0][0] != &bits[0][0] {
		t.Error("the address was encoded again for another label")
	}
	if !strings.Contains(string(kiosk), `aria-label="扫码查看全文：任前公示"`) || strings.Replace(string(kiosk), "全文", "", 1) != string(board) {
		t.Errorf("the two labels' drawings differ beyond the label:\n%s\n%s", board, kiosk)
	}
	m, err := Matrix(url)
	if err != nil {
		t.Fatal(err)
	}
	for y := range m {
		for x := range m[y] {
			if m[y][x] != bits[y][x] {
				t.Fatalf("kept module (%d,%d) is %v, the encoder makes %v", x, y, bits[y][x], m[y][x])
			}
		}
	}
}
