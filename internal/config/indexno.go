package config

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// IndexNo is [index_no] in site.toml: how every item's 索引号 is made.
// Pattern holds {org} (Org, the office's code, e.g. its 统一社会信用代码),
// {year} (of the item's date), {category}, {issuer} (keys) and {seq} or
// {seq:4} (its place in its series, zero-padded to 4 digits). Without a
// pattern items have no 索引号, unless they write index_no.
type IndexNo struct {
	Pattern string `toml:"pattern"`
	Org     string `toml:"org"`
}

// indexField is one placeholder of a pattern.
var indexField = regexp.MustCompile(`\{([a-z]+)(?::([0-9]+))?\}`)

// IndexFields are the placeholders a pattern may hold.
var IndexFields = []string{"org", "year", "category", "issuer", "seq"}

// Expand fills the pattern: value gives every placeholder but seq, which
// is written with seq (a number, padded as the pattern says, after
// prefix).
func (x *IndexNo) Expand(value func(field string) string, prefix string, seq int) string {
	return indexField.ReplaceAllStringFunc(x.Pattern, func(m string) string {
		sub := indexField.FindStringSubmatch(m)
		if sub[1] != "seq" {
			return value(sub[1])
		}
		n := strconv.Itoa(seq)
		if w, _ := strconv.Atoi(sub[2]); w > len(n) {
			n = strings.Repeat("0", w-len(n)) + n
		}
		return prefix + n
	})
}

func (v *validator) indexNo() {
	x := &v.site.IndexNo
	if x.Pattern == "" {
		if x.Org != "" {
			v.warnf("index_no.org", `[index_no] org is used only by a pattern; write pattern = "{org}-{year}-{category}-{seq:4}"`)
		}
		return
	}
	seq := false
	for _, m := range indexField.FindAllStringSubmatch(x.Pattern, -1) {
		switch {
		case m[1] == "seq":
			w, _ := strconv.Atoi(m[2])
			if m[2] != "" && (w < 1 || w > 8) {
				v.errorf("index_no.pattern", "{seq:%s} pads the number to %s digits; write {seq:4} (1 to 8 digits)", m[2], m[2])
			}
			seq = true
		case m[1] == "org" && x.Org == "":
			v.errorf("index_no.pattern", `the pattern uses {org}, but [index_no] has no org; write org = "11360100MB1234567X" (the office's code)`)
		case !slices.Contains(IndexFields, m[1]):
			v.errorf("index_no.pattern", "unknown placeholder {%s} in the pattern; use {org}, {year}, {category}, {issuer} and {seq:4}", m[1])
		}
	}
	if !seq {
		v.errorf("index_no.pattern", `the pattern has no {seq}, so items of one category and year would share a 索引号; write pattern = %q`, x.Pattern+"-{seq:4}")
	}
}
