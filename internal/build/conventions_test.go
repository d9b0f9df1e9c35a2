package build

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/page"

	"golang.org/x/net/html"
)

// The conventions of a government website (issue 15, Deliver 1 and 5), on
// the example site's public build.

// TestPageMetadata: every page carries the site's metadata of 《政府网站
// 发展指引》; an item's page its column and the article's, a list page its
// column, the home page the site's description.
func TestPageMetadata(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	cfg := res.Site.Config
	site := map[string]string{"SiteName": cfg.Title, "SiteDomain": "gk.qingshan.example.gov.cn", "SiteIDCode": "3601990012"}
	it := res.Site.Lookup("cadre/2026-11-renqian-gongshi")
	cases := []struct {
		page   string
		want   map[string]string
		absent []string
	}{
		{"cadre/2026-11-renqian-gongshi/index.html", map[string]string{
			"ColumnName": "干部选任和管理", "ColumnType": "党务公开", "ArticleTitle": it.Title,
			"PubDate": "2026-11-23", "ContentSource": "县委组织部", "Keywords": "干部选任和管理,即时公开,县委组织部",
			"Url": "https://gk.qingshan.example.gov.cn/cadre/2026-11-renqian-gongshi/",
		}, nil},
		{"categories/cadre/index.html", map[string]string{"ColumnName": "干部选任和管理", "ColumnType": "党务公开"},
			[]string{"ArticleTitle", "PubDate", "ContentSource", "Url"}},
		{"issuers/organization/index.html", map[string]string{"ColumnName": "县委组织部", "ColumnType": "公开主体"},
			[]string{"ArticleTitle", "PubDate"}},
		{"index.html", map[string]string{"Description": cfg.SiteInfo.Description},
			[]string{"ColumnName", "ColumnType", "ArticleTitle", "PubDate"}},
	}
	for _, c := range cases {
		got := metas(parsePage(t, res.Dest, c.page))
		for k, v := range site {
			if got[k] != v {
				t.Errorf("%s: <meta name=%q> = %q, want %q", c.page, k, got[k], v)
			}
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("%s: <meta name=%q> = %q, want %q", c.page, k, got[k], v)
			}
		}
		for _, k := range c.absent {
			if _, ok := got[k]; ok {
				t.Errorf("%s: has <meta name=%q>, which is not of its kind of page", c.page, k)
			}
		}
	}
	item := metas(parsePage(t, res.Dest, "cadre/2026-11-renqian-gongshi/index.html"))
	if d := item["Description"]; d == "" || d != page.Summary(it, 100) {
		t.Errorf("an item's Description is its summary %q, got %q", page.Summary(it, 100), d)
	}
	for _, p := range webPages(t, res.Dest) {
		if got := metas(parsePage(t, res.Dest, p)); got["SiteIDCode"] != site["SiteIDCode"] || got["SiteName"] == "" {
			t.Errorf("%s: no SiteName or SiteIDCode", p)
		}
	}
}

// TestFooterSiteInfo: the footer states [site_info] in the usual order,
// with the 党政机关网站 mark published from the site's static/, the site
// map and the feed under Chinese names.
func TestFooterSiteInfo(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	doc := parsePage(t, res.Dest, "index.html")
	foot := findAll(doc, tagged("div", "govinfo"))
	if len(foot) != 1 {
		t.Fatalf("%d footer blocks of site information, want 1", len(foot))
	}
	text := textOf(foot[0])
	order := []string{"网站地图", "订阅本栏目更新", "网站纠错", "主办单位：中共青山县委办公室", "承办单位：青山县政务服务数据管理局",
		"网站标识码：3601990012", "赣ICP备20260125号-1", "赣公网安备36019902000123号"}
	at := -1
	for _, s := range order {
		i := strings.Index(text, s)
		if i <= at {
			t.Errorf("footer: %q missing or out of order in %q", s, text)
		}
		at = max(at, i)
	}
	links := map[string]string{}
	for _, a := range findAll(foot[0], tagged("a", "")) {
		links[textOf(a)] = attr(a, "href")
	}
	want := map[string]string{"网站地图": "/sitemap/", "赣ICP备20260125号-1": "https://beian.miit.gov.cn/",
		"网站纠错": res.Site.Config.SiteInfo.ErrorReport, "赣公网安备36019902000123号": res.Site.Config.SiteInfo.PoliceLink}
	for k, v := range want {
		if links[k] != v {
			t.Errorf("footer link %q → %q, want %q", k, links[k], v)
		}
	}
	imgs := findAll(foot[0], tagged("img", ""))
	if len(imgs) != 1 || attr(imgs[0], "src") != "/images/dangzheng-mark.svg" || attr(imgs[0], "alt") == "" {
		t.Fatalf("the mark: %d images, want one /images/dangzheng-mark.svg with its alt", len(imgs))
	}
	if _, err := os.Stat(filepath.Join(res.Dest, "images", "dangzheng-mark.svg")); err != nil {
		t.Errorf("the mark's image is not published: %v", err)
	}
	if all := textOf(doc); strings.Contains(all, "Atom") || strings.Contains(all, "RSS") {
		t.Error("the home page's text names the feed in English")
	}
}

// TestPrevNext: an item's page links the items before and after it in its
// category's list, and only those.
func TestPrevNext(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	list := res.Site.Category("cadre").Items
	if len(list) < 3 {
		t.Fatalf("the example's cadre list has %d items", len(list))
	}
	for i, it := range list {
		doc := parsePage(t, res.Dest, it.Path+"index.html")
		rel := map[string]string{}
		for _, a := range findAll(doc, tagged("a", "")) {
			if r := attr(a, "rel"); r == "prev" || r == "next" {
				rel[r] = attr(a, "href")
			}
		}
		want := map[string]string{}
		if i > 0 {
			want["prev"] = list[i-1].URL
		}
		if i+1 < len(list) {
			want["next"] = list[i+1].URL
		}
		if len(rel) != len(want) || rel["prev"] != want["prev"] || rel["next"] != want["next"] {
			t.Errorf("%s: 上一篇/下一篇 %v, want %v", it.ID, rel, want)
		}
	}
}

// TestSitemapPage: the footer's 网站地图 is a page that links every
// section, category, issuer and term, and every link on it leads to a
// page of the build; sitemap.xml stays for search engines.
func TestSitemapPage(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	doc := parsePage(t, res.Dest, "sitemap/index.html")
	main := findAll(doc, tagged("main", ""))[0]
	links := map[string]bool{}
	for _, a := range findAll(main, tagged("a", "")) {
		href := attr(a, "href")
		links[href] = true
		file := strings.TrimPrefix(href, "/")
		if file == "" || strings.HasSuffix(file, "/") {
			file += "index.html"
		}
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(file))); err != nil {
			t.Errorf("the site map links %s, which the build did not write", href)
		}
	}
	want := []string{"/", "/catalog/", "/powers/", "/risks/", "/search/", "/archive/", "/apply/", "/categories/", "/issuers/", "/terms/"}
	for _, axis := range []string{"categories", "issuers", "terms"} {
		for _, g := range map[string][]string{"categories": keys(res.Site.Categories), "issuers": keys(res.Site.Issuers), "terms": keys(res.Site.Terms)}[axis] {
			want = append(want, "/"+axis+"/"+g+"/")
		}
	}
	for _, w := range want {
		if !links[w] {
			t.Errorf("the site map does not link %s", w)
		}
	}
	if _, err := os.Stat(filepath.Join(res.Dest, "sitemap.xml")); err != nil {
		t.Error("sitemap.xml is gone")
	}
}

// TestListTitles: every list and month page has a title of its own: page N
// of a list says （第N页）.
func TestListTitles(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	seen := map[string]string{}
	pageN := regexp.MustCompile(`/page/(\d+)/index\.html$`)
	pages := 0
	for _, p := range webPages(t, res.Dest) {
		doc := parsePage(t, res.Dest, p)
		body := findAll(doc, tagged("body", ""))[0]
		if !hasClass(body, "kind-list") && !hasClass(body, "kind-month") {
			continue
		}
		title := textOf(findAll(doc, tagged("title", ""))[0])
		if other, ok := seen[title]; ok {
			t.Errorf("%s and %s are both titled %q", other, p, title)
		}
		seen[title] = p
		if m := pageN.FindStringSubmatch(p); m != nil {
			pages++
			if !strings.Contains(title, "（第"+m[1]+"页）") {
				t.Errorf("%s is titled %q, without （第%s页）", p, title, m[1])
			}
		}
	}
	if pages == 0 {
		t.Error("the example has no page 2 of any list: the test tests nothing")
	}
}

// TestRegisterPages: the 职权目录 and the category of the documents that
// publish it are two pages with two titles, each linking the other; so
// are the 廉政风险点 register and its documents.
func TestRegisterPages(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	for _, c := range [][2]string{{"powers/", "categories/powers/"}, {"risks/", "categories/risks/"}} {
		a, b := parsePage(t, res.Dest, c[0]+"index.html"), parsePage(t, res.Dest, c[1]+"index.html")
		ta, tb := textOf(findAll(a, tagged("h1", ""))[0]), textOf(findAll(b, tagged("h1", ""))[0])
		if ta == tb {
			t.Errorf("/%s and /%s are both titled %q", c[0], c[1], ta)
		}
		if !linksTo(a, "/"+c[1]) || !linksTo(b, "/"+c[0]) {
			t.Errorf("/%s and /%s do not link each other", c[0], c[1])
		}
	}
}

func linksTo(doc *html.Node, href string) bool {
	main := findAll(doc, tagged("main", ""))[0]
	for _, a := range findAll(main, tagged("a", "")) {
		if attr(a, "href") == href {
			return true
		}
	}
	return false
}

// TestCrumbsUseNavNames: a breadcrumb leading where the main navigation
// leads says what the navigation says.
func TestCrumbsUseNavNames(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	checked := 0
	for _, p := range webPages(t, res.Dest) {
		doc := parsePage(t, res.Dest, p)
		nav := map[string]string{}
		for _, n := range findAll(doc, tagged("nav", "mainnav")) {
			for _, a := range findAll(n, tagged("a", "")) {
				nav[attr(a, "href")] = textOf(a)
			}
		}
		for _, n := range findAll(doc, tagged("nav", "crumbs")) {
			for _, a := range findAll(n, tagged("a", "")) {
				if name, ok := nav[attr(a, "href")]; ok {
					checked++
					if textOf(a) != name {
						t.Errorf("%s: the breadcrumb to %s says %q, the navigation %q", p, attr(a, "href"), textOf(a), name)
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d breadcrumbs compared", checked)
	}
}

// TestOneStatusName: an item open for comment is 征求意见中 on every page
// and in every file that shows its status, never 公示中.
func TestOneStatusName(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	if len(res.Site.Consultations) == 0 {
		t.Fatal("the example has no consultation open on its day: the test tests nothing")
	}
	for _, it := range res.Site.Consultations {
		page := textOf(parsePage(t, res.Dest, it.Path+"index.html"))
		if strings.Contains(page, "公示中") || !strings.Contains(page, "征求意见中") {
			t.Errorf("%s: its page does not call it 征求意见中 only", it.ID)
		}
		if it.StatusLabel() != "征求意见中" {
			t.Errorf("%s: index.json's status_label is %q", it.ID, it.StatusLabel())
		}
	}
	err := filepath.WalkDir(res.Dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, it := range res.Site.Consultations {
			for _, near := range statusesNear(string(data), it.URL, it.Title) {
				if strings.Contains(near, "公示中") {
					t.Errorf("%s: %s is called 公示中 near %q", p, it.ID, near)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// statusesNear are the stretches of text after each mention of an item
// (its address or title) up to the end of the row, entry or card.
func statusesNear(s, url, title string) []string {
	var out []string
	for _, key := range []string{`"` + url + `"`, ">" + title + "<"} {
		for i := 0; ; {
			j := strings.Index(s[i:], key)
			if j < 0 {
				break
			}
			start := i + j
			end := min(len(s), start+1500)
			for _, stop := range []string{"</li>", "</tr>", "</section>", "\n  }", "</article>"} {
				if k := strings.Index(s[start:end], stop); k >= 0 {
					end = start + k
				}
			}
			out = append(out, s[start:end])
			i = start + len(key)
		}
	}
	return out
}

// TestDatesChinese: no page of any channel shows a date as 2026-11-23:
// dates read 2026年11月23日 (11月23日 in compact lists); the ISO form is
// only data (<time datetime>, data- attributes, scripts).
func TestDatesChinese(t *testing.T) {
	t.Parallel()
	res := builtExample(t)
	iso := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	files := 0
	err := filepath.WalkDir(res.Dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		files++
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if m := iso.FindString(textOf(parseHTML(t, p, data))); m != "" {
			t.Errorf("%s shows the date %s", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Errorf("only %d pages read", files)
	}
}
