package main

import (
	"os"
	"path/filepath"
	"strings"
)

// hugoFiles are a Hugo site over the same content/ as the gongkai site:
// item pages with the masthead, navigation and footer gongkai writes, and
// paginated lists of 20 by section, category, issuer and term, minified
// (hugo --minify), so Hugo does the work gongkai does.
var hugoFiles = map[string]string{
	"hugo.toml": `baseURL = "https://gk.synth.example/"
languageCode = "zh-cn"
title = "合成县委县政府权力公开透明运行"
contentDir = "CONTENT"
paginate = 20
disableKinds = ["RSS"]
[taxonomies]
category = "category"
issuer = "issuer"
term = "term"
[markup.goldmark.extensions.cjk]
enable = true
eastAsianLineBreaks = true
`,
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} - {{.Site.Title}}</title>
{{- with .Summary}}<meta name="description" content="{{. | plainify | truncate 100}}">{{end}}
<link rel="canonical" href="{{.Permalink}}">
<link rel="stylesheet" href="{{"css/site.css" | relURL}}">
</head>
<body class="kind-{{.Kind}}">
<header class="masthead"><a class="site-title" href="{{"" | relURL}}">{{.Site.Title}}</a></header>
<nav class="mainnav"><ul>
  <li><a href="{{"" | relURL}}">首页</a></li>
  {{- range $k, $v := .Site.Taxonomies}}<li><a href="{{$k | relURL}}/">{{$k}}</a></li>{{end}}
  {{- range .Site.Sections}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}
</ul></nav>
<main id="main" class="wrap">{{block "main" .}}{{end}}</main>
<footer class="sitefoot"><p>反馈电话 0000-1234567 · 电子邮箱 gk@synth.example</p></footer>
</body>
</html>
`,
	"layouts/_default/single.html": `{{define "main"}}
<article class="item item-{{.Params.term}}" data-date="{{.Date.Format "2006-01-02"}}"{{with .Params.until}} data-until="{{.}}"{{end}}>
  <h1>{{.Title}}</h1>
  {{- with .Params.number}}<p class="item-number">{{.}}</p>{{end}}
  <table class="item-meta"><tbody>
    <tr><th>发布机构</th><td>{{.Params.issuer}}</td><th>发布日期</th><td><time datetime="{{.Date.Format "2006-01-02"}}">{{.Date.Format "2006年1月2日"}}</time></td></tr>
    <tr><th>公开类别</th><td>{{.Params.category}}</td><th>公开时限</th><td>{{.Params.term}}</td></tr>
  </tbody></table>
  <div class="item-body">{{.Content}}</div>
  <p class="permalink">本页地址：<span>{{.Permalink}}</span></p>
</article>
{{end}}
`,
	"layouts/_default/list.html": `{{define "main"}}
<h1>{{.Title}}</h1>
{{- $p := .Paginate .Pages}}
<ul class="rows">
  {{- range $p.Pages}}
  <li class="row" data-date="{{.Date.Format "2006-01-02"}}"><a class="row-title" href="{{.RelPermalink}}">{{.Title}}</a>
    <span class="row-meta">{{with .Params.until}}<span class="row-window">公示期至{{.}}</span>{{end}}<time datetime="{{.Date.Format "2006-01-02"}}">{{.Date.Format "2006-01-02"}}</time></span></li>
  {{- end}}
</ul>
{{- if gt $p.TotalPages 1}}
<nav class="pager">
  {{- with $p.Prev}}<a href="{{.URL}}" rel="prev">上一页</a>{{end}}
  {{- range $p.Pagers}}{{if eq .PageNumber $p.PageNumber}}<span aria-current="page">{{.PageNumber}}</span>{{else}}<a href="{{.URL}}">{{.PageNumber}}</a>{{end}}{{end}}
  {{- with $p.Next}}<a href="{{.URL}}" rel="next">下一页</a>{{end}}
  <span class="pager-count">共 {{$p.TotalNumberOfElements}} 条，第 {{$p.PageNumber}}/{{$p.TotalPages}} 页</span>
</nav>
{{- end}}
{{end}}
`,
	"layouts/_default/terms.html": `{{define "main"}}
<h1>{{.Title}}</h1>
<ul>{{range .Data.Terms.ByCount}}<li><a href="{{.Page.RelPermalink}}">{{.Page.Title}}</a> {{.Count}}</li>{{end}}</ul>
{{end}}
`,
}

// writeHugo writes the Hugo site into dir, reading content from content
// (an absolute path).
func writeHugo(dir, content string) error {
	for name, text := range hugoFiles {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if name == "hugo.toml" {
			text = strings.Replace(text, `"CONTENT"`, `"`+filepath.ToSlash(content)+`"`, 1)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
