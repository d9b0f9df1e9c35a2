package publish

import (
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2/buffer"
)

// row is a fragment as a list's row is: a block element, long enough to
// be remembered.
const row = `<li class="row" data-term="immediate"><a class="row-title" href="/x/">关于  公开事项 的公告</a>
  <span class="row-meta"> <span class="status"  data-status-class>公示中</span>
  <time datetime="2026-01-01">2026-01-01</time> </span></li>`

// TestFragmentsMinifyAsWhole: a page holding remembered fragments is
// minified to the bytes it is minified to whole, wherever the fragment
// stands: between blocks, after text or inline tags, inside elements the
// minifier treats apart (pre, svg, script, textarea, comments), inside an
// attribute, with white space or none around it.
func TestFragmentsMinifyAsWhole(t *testing.T) {
	Remember("\n  " + row + "\n")
	pages := []string{
		"<ul>" + row + row + "</ul>",
		"<ul> " + row + " \n\t" + row + "\n</ul>",
		"  \n" + row,
		"<ul>\n  " + row + "\n  " + row + "\n</ul>\n<p>后</p>",
		"<p>文字 " + row + " 文字</p>",
		"<p><a href=\"/\">链接</a> " + row + "<span> x </span> " + row + "</p>",
		"<span> a </span>" + row + "<span> b </span>",
		"text " + row + " text",
		"<pre>\n" + row + "\n</pre>" + row,
		"<PRE>\n" + row + "\n</PRE>",
		"<svg><text>" + row + "</text></svg>" + row,
		"<script>var a = `" + row + "`;</script>" + row,
		"<script>var b = 1; <!-- x\n</script>" + row,
		"<textarea>" + row + "</textarea>" + row,
		"<title>" + row + "</title>" + row,
		"<!-- " + row + " -->" + row,
		"<div title='" + row + "'>" + row + "</div>",
		"<div title=\"" + row + "\">" + row + "</div>",
		"<select><option>" + row + "</option></select>" + row,
		"<!doctype html><html><head><title>t</title></head><body>" + row + "</body></html>",
		"<template>" + row + "</template>" + row,
		"<noscript>" + row + "</noscript>" + row,
		"<p><button type=\"button\" hidden>打印本页</button><noscript>打印本页请按 Ctrl+P</noscript> </p>\n" + row,
		"<noscript> <p> 文字 </p> " + row + " </noscript> " + row,
		strings.ToUpper(row) + row,
		row[:len(row)-5] + "x</li>" + row,
	}
	w := NewMemory()
	for i, page := range pages {
		want, err := w.m.Bytes("text/html", []byte(page))
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		out := buffer.NewWriter(nil)
		if err := w.minifyHTML(out, []byte(page)); err != nil {
			t.Fatal(err)
		}
		if got := string(out.Bytes()); got != string(want) {
			t.Errorf("page %d: with fragments\n%s\nwhole\n%s", i, got, want)
		}
	}
}

// TestFragmentsUsed: a remembered fragment is found in a page and written
// from its memo, one that begins with inline tags from its first block
// tag; a piece that is not HTML text to its end, or does not begin (after
// inline tags) and end with a block element, is not remembered.
func TestFragmentsUsed(t *testing.T) {
	Remember(row)
	w := NewMemory()
	for range 2 { // still found once minified: the minifier rewrites what it reads
		if f := fragments.at([]byte(row + "<p>x</p>")); f == nil {
			t.Fatal("a remembered row is not found")
		}
		if err := w.minifyHTML(buffer.NewWriter(nil), []byte("<ul>"+row+"</ul>")); err != nil {
			t.Fatal(err)
		}
	}
	// a piece that begins with inline tags is remembered from its first block
	masthead := strings.Replace(row, "/x/", "/masthead/", 1)
	Remember("<span id=\"elder\" hidden></span><span id=\"standard\" hidden></span>\n" + masthead + "\n")
	if f := fragments.at([]byte(masthead + "<p>x</p>")); f == nil {
		t.Error("a piece after inline tags is not remembered from its first block")
	}
	page := "<p>前</p><span id=\"elder\" hidden></span> <span>x</span>\n" + masthead + "\n<p>后</p>"
	want, err := w.m.Bytes("text/html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	out := buffer.NewWriter(nil)
	if err := w.minifyHTML(out, []byte(page)); err != nil || string(out.Bytes()) != string(want) {
		t.Errorf("with the fragment\n%s\nwhole\n%s (%v)", out.Bytes(), want, err)
	}
	for _, piece := range []string{
		"<span>" + row + "</span>",
		"<span>" + row[:len(row)-5] + "</span>",
		"<li>" + row + "<pre>",
		"<li><svg>" + row + "</svg></li>",
		"<li>" + row + "<!-- </li>",
	} {
		Remember(piece)
		if f := fragments.at([]byte(piece)); f != nil {
			t.Errorf("remembered: %s", piece)
		}
	}
}
