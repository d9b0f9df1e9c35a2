package web_test

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/search"
)

// searchDone is true once search.js has said what it found (or not).
const searchDone = `(() => { const s = document.querySelector(".search-status").textContent;
	return /找到|没有|已显示|无法/.test(s) && !document.querySelector(".search-results").hasAttribute("aria-busy"); })()`

// hit is one result as the browser shows it.
type hit struct {
	Href    string `json:"href"`
	Title   string `json:"title"`
	Passage string `json:"passage"` // its HTML, with the <mark>s
	Meta    string `json:"meta"`
}

// searchPage opens the search page at query (q and filters) and reads
// every result, pressing 显示更多结果 until there are no more.
func searchPage(t *testing.T, ctx context.Context, base string, query url.Values) (string, []hit) {
	t.Helper()
	var status string
	var hits []hit
	more := true
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?"+query.Encode()),
		chromedp.Poll(searchDone, nil, chromedp.WithPollingTimeout(20*time.Second)),
	)
	for err == nil && more {
		err = chromedp.Run(ctx, chromedp.Evaluate(`!document.querySelector(".search-more").hidden`, &more))
		if err == nil && more {
			var n int
			err = chromedp.Run(ctx,
				chromedp.Evaluate(`document.querySelectorAll(".search-hit").length`, &n),
				chromedp.Click(".search-more", chromedp.ByQuery),
				chromedp.Poll(searchDone+` && document.querySelectorAll(".search-hit").length > `+strconv.Itoa(n), nil, chromedp.WithPollingTimeout(20*time.Second)),
			)
		}
	}
	if err == nil {
		err = chromedp.Run(ctx,
			chromedp.Text(".search-status", &status, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll(".search-hit")].map(li => ({
				href: li.querySelector("a").getAttribute("href"), title: li.querySelector("a").textContent,
				passage: (li.querySelector(".search-passage") || {}).innerHTML || "", meta: li.querySelector(".row-meta").textContent}))`, &hits),
		)
	}
	if err != nil {
		t.Fatalf("searching %v: %v", query, err)
	}
	return status, hits
}

// TestSearchFindsANameInABody: 李秀英 is named only in the body of her 任前公示
// (and its summary); searching her name finds that item, with the passage
// naming her marked.
func TestSearchFindsANameInABody(t *testing.T) {
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	status, hits := searchPage(t, ctx, base, url.Values{"q": {"李秀英"}})
	var found *hit
	for i, h := range hits {
		if h.Href == "/cadre/2026-11-renqian-gongshi/" {
			found = &hits[i]
		}
	}
	if found == nil {
		t.Fatalf("李秀英 does not find her 任前公示: %q, %+v", status, hits)
	}
	if strings.Contains(found.Title, "李秀英") || !strings.Contains(found.Passage, "<mark>李秀英</mark>") {
		t.Errorf("the result is found by its title (%q) or its passage does not mark the name: %q", found.Title, found.Passage)
	}
}

// TestSearchPhrasesAreExact: a phrase of more than two characters finds
// exactly the listed items whose text holds it (the bigrams of a phrase
// also occur apart, in items the browser must leave out), and a filter
// keeps the items of its category and year only.
func TestSearchPhrasesAreExact(t *testing.T) {
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	site, _ := renderWebsite(t, "2026-11-27")
	for _, c := range []struct {
		name   string
		query  url.Values
		filter func(*model.Item) bool
	}{
		{"phrase", url.Values{"q": {"经县委"}}, nil},
		{"two phrases", url.Values{"q": {"县委组织部 干部"}}, nil},
		{"filtered", url.Values{"q": {"公示"}, "c": {"cadre"}, "y": {"2026"}}, func(it *model.Item) bool {
			return it.Category == "cadre" && it.Date.Y == 2026
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := holding(site, strings.Fields(c.query.Get("q")), c.filter)
			if c.name == "phrase" && len(want) == 0 {
				t.Fatal("no item holds the phrase")
			}
			_, hits := searchPage(t, ctx, base, c.query)
			var got []string
			for _, h := range hits {
				got = append(got, h.Href)
				if !strings.Contains(h.Passage, "<mark>") && c.filter == nil {
					t.Errorf("%s: no passage marked: %q", h.Href, h.Passage)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("search %v shows\n%v\nthe items holding it are\n%v", c.query, got, want)
			}
		})
	}
	// the phrase's bigrams alone find more: the browser checked the phrase
	if n := len(holdingApart(site, "经县委")); n <= len(holding(site, []string{"经县委"}, nil)) {
		t.Logf("every item holding the bigrams of 公示期间 holds the phrase (%d): the phrase check is not exercised", n)
	}
}

// holding lists, in the lists' order, the listed items whose text (title,
// number, 索引号, issuer, category, body) holds every word as a phrase:
// its units one after the other in a run.
func holding(s *model.Site, words []string, keep func(*model.Item) bool) []string {
	var out []string
	for _, it := range s.Listed {
		if keep != nil && !keep(it) {
			continue
		}
		runs := search.Runs(itemText(s, it))
		if !slices.ContainsFunc(words, func(w string) bool { return !holds(runs, search.Runs(w)[0]) }) {
			out = append(out, it.URL)
		}
	}
	return out
}

func holds(runs [][]string, phrase []string) bool {
	for _, r := range runs {
		for i := 0; i+len(phrase) <= len(r); i++ {
			if slices.Equal(r[i:i+len(phrase)], phrase) {
				return true
			}
		}
	}
	return false
}

// holdingApart lists the items holding every bigram of phrase somewhere.
func holdingApart(s *model.Site, phrase string) []string {
	var out []string
	p := search.Runs(phrase)[0]
	for _, it := range s.Listed {
		runs := search.Runs(itemText(s, it))
		all := true
		for i := 1; i < len(p); i++ {
			all = all && holds(runs, p[i-1:i+1])
		}
		if all {
			out = append(out, it.URL)
		}
	}
	return out
}

func itemText(s *model.Site, it *model.Item) string {
	issuer := ""
	if it.Issuer != "" {
		issuer = s.IssuerLabel(it.Issuer)
	}
	return strings.Join([]string{it.Title, it.Number, it.IndexNumber, issuer, s.CategoryLabel(it.Category), it.Doc.Text}, "\n")
}
