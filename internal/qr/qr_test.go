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
	c := memo{m: map[[2]string]template.HTML{}}
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
