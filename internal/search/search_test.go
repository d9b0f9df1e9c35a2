package search

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestRuns(t *testing.T) {
	for text, want := range map[string]string{
		"李秀英，女，汉族":        "李 秀 英|女|汉 族",
		"青组公〔2026〕31号":    "青 组 公|2026|31 号",
		"ＧＤＰ增长３．５％":       "gdp 增 长 3|5",
		"Road 12 of  青山县": "road|12|of|青 山 县",
		"〇八年":             "〇 八 年",
		"":                "",
	} {
		var got []string
		for _, r := range Runs(text) {
			got = append(got, strings.Join(r, " "))
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("Runs(%q) = %q, want %q", text, g, want)
		}
	}
}

// TestTokens: a text's tokens are its units and its pairs of neighbouring
// units, never a pair across punctuation.
func TestTokens(t *testing.T) {
	got := tokenSet(func(add func(string)) { Tokens("李秀英，31号", add) })
	want := []string{"31", "31号", "号", "李", "李秀", "秀", "秀英", "英"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// TestDictKeepsEveryToken: what an item keeps (Words) gives back every
// token of its text, whatever the mix of Han characters and words.
func TestDictKeepsEveryToken(t *testing.T) {
	d := NewDict()
	texts := []string{"李秀英，女，1984年10月生，GDP增长3.5%", "青组公〔2026〕31号 road 12", "县", "x", "", "年2026年ab年",
		// tokens of 7 and 8 bytes, alike but for their length (a Dict keys the short ones apart)
		"abcdefg abcdefgh abcdef 秀abcd 秀abcde 秀abcdefgh ＡＢＣ", "abcdefgh abcdefg 秀abcde"}
	words := make([]Words, len(texts))
	for i, text := range texts {
		words[i] = d.Add(text)
	}
	for i, text := range texts {
		want := tokenSet(func(add func(string)) { Tokens(text, add) })
		got := tokenSet(func(add func(string)) { d.Each(words[i], add) })
		if !slices.Equal(got, want) {
			t.Errorf("%q: kept %q, want %q", text, got, want)
		}
		if len(words[i]) > len(text) {
			t.Errorf("%q keeps %d bytes, more than its text", text, len(words[i]))
		}
	}
}

func tokenSet(tokens func(func(string))) []string {
	set := map[string]bool{}
	tokens(func(t string) { set[t] = true })
	return slices.Sorted(maps.Keys(set))
}

// TestPostingsAreRuns: an item's ordinals are written as runs, gap from
// the end of the run before and length; a token added twice for an item
// counts once.
func TestPostingsAreRuns(t *testing.T) {
	x := NewIndex(nil)
	for _, doc := range [][]string{{"a", "b"}, {"a", "a"}, {"a"}, {"b"}, {}, {"a", "b"}, {"b"}} {
		x.Add(nil, func(add func(string)) {
			for _, tok := range doc {
				add(tok)
			}
		})
	}
	all := map[string][]int{}
	for _, shard := range x.Split(1) {
		if err := json.Unmarshal(shard, &all); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string][]int{"a": {0, 3, 2, 1}, "b": {0, 1, 2, 1, 1, 2}}
	if !maps.EqualFunc(all, want, slices.Equal) {
		t.Errorf("postings %v, want %v", all, want)
	}
}

// TestShardsAreDeterministic: the same items give the same bytes, each
// token in the shard ShardOf names.
func TestShardsAreDeterministic(t *testing.T) {
	texts := []string{"县委组织部关于李秀英等同志任前公示", "青组公〔2026〕31号", "城南污水处理厂提标改造工程 2026"}
	build := func() [][]byte {
		x := NewIndex(nil)
		for _, text := range texts {
			x.Add(nil, func(add func(string)) { Tokens(text, add) })
		}
		return x.Split(8)
	}
	a, b := build(), build()
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Fatalf("shard %d differs between two builds", i)
		}
		var m map[string][]int
		if err := json.Unmarshal(a[i], &m); err != nil {
			t.Fatal(err)
		}
		for tok := range m {
			if ShardOf(tok, 8) != i {
				t.Errorf("%q is in shard %d, not %d", tok, i, ShardOf(tok, 8))
			}
		}
	}
}

func TestShardsFor(t *testing.T) {
	for n, want := range map[int]int{0: 1, 8: 1, 53: 2, 100: 8, 256: 32, 1000: 128, 100000: 16384, 1 << 30: 1 << 15} {
		if got := ShardsFor(n); got != want {
			t.Errorf("ShardsFor(%d) = %d, want %d", n, got, want)
		}
	}
}

// TestIndexOfWords: an index given the bodies as Words of its Dict writes
// the shards an index given every token as text writes, byte for byte,
// whatever the tokens (filters with characters JSON escapes among them).
func TestIndexOfWords(t *testing.T) {
	texts := []string{"县委组织部关于李秀英等同志任前公示", "青组公〔2026〕31号 ROAD 12", "李秀英，女，1984年10月生，ＧＤＰ增长3.5%", "", "年2026年ab年"}
	filters := []string{"#c:cadre", "#i:a<b&c>\"d\"", "#y:2026", "#x:\u2028", "#z:\xff"}
	d := NewDict()
	words := make([]Words, len(texts))
	for i, text := range texts {
		words[i] = d.Add(text)
	}
	byWords, byText := NewIndex(d), NewIndex(nil)
	for i, text := range texts {
		byWords.Add(words[i], func(add func(string)) { add(filters[i]) })
		byText.Add(nil, func(add func(string)) {
			Tokens(text, add)
			add(filters[i])
		})
	}
	a, b := byWords.Split(4), byText.Split(4)
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("shard %d from words:\n%s\nfrom text:\n%s", i, a[i], b[i])
		}
	}
	for _, tok := range append(filters, "李秀", "ab", "a\x00b", "\u2029") {
		want, _ := json.Marshal(tok)
		if got := appendJSONString(nil, tok); !bytes.Equal(got, want) {
			t.Errorf("token %q written %s, encoding/json writes %s", tok, got, want)
		}
	}
}

// TestDecode: decode reads what utf8.DecodeRuneInString reads, valid or
// not, at every byte of texts with characters of every length and broken
// ones.
func TestDecode(t *testing.T) {
	texts := []string{"李秀英，女，ＧＤＰ a1 €𠀀", "\xe4\xb8", "\xe4\xb8x", "\xed\xa0\x80", "\xe0\x80\xaf", "\xef\xbf\xbd", "\xe4\x80\x80\xff"}
	for _, text := range texts {
		for i := range len(text) {
			r, n := decode(text, i)
			wr, wn := utf8.DecodeRuneInString(text[i:])
			if r != wr || n != wn {
				t.Errorf("decode(%q, %d) = %U, %d; want %U, %d", text, i, r, n, wr, wn)
			}
		}
	}
}

// TestShardsAtOnce: shards made by several workers at once, the same
// shard by two, are the bytes Split makes (go test -race).
func TestShardsAtOnce(t *testing.T) {
	x := NewIndex(nil)
	for _, text := range []string{"县委组织部关于李秀英等同志任前公示", "青组公〔2026〕31号", "城南污水处理厂提标改造工程 2026", "李秀英同志"} {
		x.Add(nil, func(add func(string)) { Tokens(text, add) })
	}
	want := x.Split(4)
	s := x.Group(4)
	got := make([][2][]byte, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		for j := range 2 {
			wg.Go(func() { got[i][j] = s.Shard(i) })
		}
	}
	wg.Wait()
	for i := range 4 {
		for j := range 2 {
			if !bytes.Equal(got[i][j], want[i]) {
				t.Errorf("shard %d made at once:\n%s\nmade alone:\n%s", i, got[i][j], want[i])
			}
		}
	}
}
