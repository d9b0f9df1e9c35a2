package web

import (
	"html/template"
	"strings"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// The built-in item.html's "main", written by Go (layout.Compile): an
// item's page is rendered once per build, and text/template's reflected
// evaluation of its actions cost a 10,000-item build more than a second.
// itemMain writes the bytes the template writes, its partials clock.html
// and window.html included, escaped as html/template escapes them; an
// item with a power, a decision's timeline or consultation, risk points
// or replies, or without a body, is left to the template. TestItemMainAsTemplate renders
// every item page of the example site, of a synthetic one and of items
// written to break it both ways and compares them byte for byte.

func init() {
	layout.Compile("main", []string{"item"}, []string{"item.html", "partials/clock.html", "partials/window.html"}, itemMainOf)
}

// itemMainOn is false only in tests, which render the template as written
// to compare.
var itemMainOn atomic.Bool

// itemWritten counts, for tests, what each piece of Go code wrote: an
// item page's main (itemMain), meta.html, crumbs.html; an item's row.
var itemWritten [4]atomic.Int64

const (
	pieceMain = iota
	pieceMeta
	pieceCrumbs
	pieceRow
)

func init() { itemMainOn.Store(true) }

func itemMainOf(data any) (template.HTML, bool) {
	p, ok := data.(*ItemPage)
	if !ok || !itemMainOn.Load() || !itemMainHandles(p) {
		return "", false
	}
	itemWritten[pieceMain].Add(1)
	return template.HTML(itemMain(p)), true //nolint:gosec // escaped as html/template escapes the template
}

// itemMainHandles reports whether itemMain writes the page's main: not
// for the rare shapes whose partials it does not write.
func itemMainHandles(p *ItemPage) bool {
	it := p.Item
	return it.Power == nil && len(it.Timeline) == 0 && len(it.RiskPoints) == 0 && len(p.Replies) == 0 &&
		it.Comment == nil && it.Doc != nil
}

func itemMain(p *ItemPage) string {
	v, it := p.View(), p.Item
	var b strings.Builder
	b.Grow(len(v.Doc.HTML) + len(v.Doc.HTML)/8 + 4096)
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	text, attr := layout.EscapeText, layout.EscapeAttr
	w("\n<article class=\"item item-", attr(v.Term), "\"")
	itemClock(w, it)
	w("\n>\n  <header class=\"item-head\">\n    <p class=\"item-category\"><a href=\"", layout.EscapeURL(v.CategoryURL), "\">", text(v.CategoryList), "</a></p>\n    <h1>", text(v.Title), "</h1>")
	if v.Number != "" {
		w(`<p class="item-number">`, text(v.Number), `</p>`)
	}
	w("\n  </header>")
	if v.Internal {
		w(`<p class="internal-badge">党内公开 · 仅限党内查阅</p>`)
	}
	if v.AwaitsReview {
		w(`<p class="review-badge" role="note">待审核 · 尚未经审核，审核前不会发布，仅在预览中显示</p>`)
	}
	w("\n  <div class=\"status-banner status-", attr(string(v.Status)), "\" role=\"status\" data-status-class>\n    <strong data-status-label>", text(v.StatusLabel), "</strong>")
	itemStatus(w, v, it)
	if by := v.SupersededBy; by != nil {
		w(`<span>已由 <a href="`, layout.EscapeURL(by.URL), `">`, text(by.Title), `</a> 替代。</span>`)
	}
	w("\n  </div>\n  <table class=\"item-meta\">\n    <caption class=\"visually-hidden\">公开信息要素</caption>\n    <tbody>")
	itemTable(w, v, p)
	w("\n    </tbody>\n  </table>\n  <div class=\"item-body\">\n    ", string(page.WebBody(v.Doc.HTML)), "\n  </div>")
	w("\n  <footer class=\"item-foot\">\n    <p>对本公开事项有意见或建议，请通过本页下方的反馈电话、电子邮箱或来信地址反映。</p>\n    <p class=\"permalink\">本页地址：<span>", text(v.Permalink), "</span></p>")
	w("\n    <p class=\"print-page\"><button type=\"button\" data-print hidden>打印本页</button><noscript>打印本页请按 Ctrl+P</noscript></p>\n  </footer>\n</article>")
	if v.Prev != nil || v.Next != nil {
		w("\n<nav class=\"prevnext\" aria-label=\"上一篇和下一篇\">\n  <p>上一篇：")
		itemNeighbour(w, v.Prev, "prev")
		w("</p>\n  <p>下一篇：")
		itemNeighbour(w, v.Next, "next")
		w("</p>\n</nav>")
	}
	w("\n")
	return b.String()
}

// itemClock is partials/clock.html, written inside the article's tag.
func itemClock(w func(...string), it *model.Item) {
	attr := layout.EscapeAttr
	w("\n data-term=\"", attr(it.Term), "\" data-date=\"", attr(it.Date.String()), "\"")
	if s := it.Until.String(); s != "" {
		w(` data-until="`, attr(s), `"`)
	}
	if s := it.Due().String(); s != "" {
		w(` data-due="`, attr(s), `"`)
	}
	if s := it.Withdrawn.String(); s != "" {
		w(` data-withdrawn="`, attr(s), `"`)
	}
	if s := it.SupersededOn().String(); s != "" {
		w(` data-superseded="`, attr(s), `"`)
	}
}

// itemWindow is partials/window.html: the publicity window of an
// immediate item.
func itemWindow(w func(...string), it *model.Item) {
	until := it.Until.Chinese()
	if it.Date.Y == it.Until.Y {
		until = it.Until.ChineseShort()
	}
	w(`公示期：<span class="nb">`, layout.EscapeText(it.Date.Chinese()), `</span>至<span class="nb">`, layout.EscapeText(until), "</span>\n")
}

// itemStatus is the status banner's spans after its label.
func itemStatus(w func(...string), v *ItemView, it *model.Item) {
	text, attr := layout.EscapeText, layout.EscapeAttr
	hidden := func(unless model.Status) string {
		if v.Status != unless {
			return " hidden"
		}
		return ""
	}
	switch {
	case v.Immediate:
		w("\n      <span>")
		itemWindow(w, it)
		w("</span>")
		w("\n      <span data-show=\"in-force\" data-end=\"", attr(v.Until), "\" data-left=\"距公示期结束还有 {n} 天\" data-last=\"今天是公示期最后一天\" hidden></span>")
		w("\n      <span data-show=\"ended\"", hidden(model.Ended), ">公示期已结束，本页保留备查。</span>")
	case v.Periodic:
		w("\n      <span>", text(v.PeriodName), "更新 · 最近更新：", text(v.LastUpdateChinese), "</span>")
		w("\n      <span data-show=\"overdue\"", hidden(model.Overdue), ">应于 ", text(v.DueChinese), " 前更新，已逾期。</span>")
		w("\n      <span data-show=\"current\"", hidden(model.Current), ">下次更新：", text(v.DueChinese), "前</span>")
	default:
		if v.WithdrawnChinese != "" {
			w(`<span data-show="withdrawn"`, hidden(model.Withdrawn), `>已于 `, text(v.WithdrawnChinese), ` 废止，本页保留备查。</span>`)
		}
		withdrawn := ""
		if v.Status == model.Withdrawn {
			withdrawn = " hidden"
		}
		w("\n      <span data-show=\"in-force superseded upcoming\"", withdrawn, ">长期公开</span>")
	}
}

// itemTable is the rows of the table of the item's particulars.
func itemTable(w func(...string), v *ItemView, p *ItemPage) {
	text, attr := layout.EscapeText, layout.EscapeAttr
	if v.IndexNumber != "" {
		w(`<tr><th scope="row">索引号</th><td colspan="3">`, text(v.IndexNumber), `</td></tr>`)
	}
	issuer := p.Site.Config.County
	if v.Issuer != "" {
		issuer = v.IssuerName
	}
	w("\n      <tr><th scope=\"row\">发布机构</th><td>", text(issuer), "</td><th scope=\"row\">发布日期</th><td><time datetime=\"", attr(v.Date), "\">", text(v.DateChinese), "</time></td></tr>")
	if v.Formed != "" {
		w(`<tr><th scope="row">成文日期</th><td colspan="3"><time datetime="`, attr(v.Formed), `">`, text(v.FormedChinese), `</time></td></tr>`)
	}
	scope := "向社会公开"
	if v.Internal {
		scope = "党内公开"
	}
	w("\n      <tr><th scope=\"row\">公开类别</th><td>", text(v.CategoryName), "</td><th scope=\"row\">公开时限</th><td>", text(v.TermName), "</td></tr>")
	w("\n      <tr><th scope=\"row\">公开方式</th><td>", text(v.ChannelNames), "</td><th scope=\"row\">公开范围</th><td>", scope, "</td></tr>")
	if v.Number != "" {
		w(`<tr><th scope="row">文号</th><td colspan="3">`, text(v.Number), `</td></tr>`)
	}
}

// itemNeighbour is the link to the item before or after, or 没有了.
func itemNeighbour(w func(...string), n *Neighbour, rel string) {
	if n == nil {
		w(`<span>没有了</span>`)
		return
	}
	w(`<a href="`, layout.EscapeURL(n.URL), `" rel="`, rel, `">`, layout.EscapeText(n.Title), `</a>`)
}
