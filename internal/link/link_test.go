package link

import "testing"

func TestScheme(t *testing.T) {
	for dest, want := range map[string]string{
		"javascript:alert(1)":          "javascript",
		"JaVaScRiPt:alert(1)":          "javascript",
		" \x01javascript:alert(1)":     "javascript",
		"java\tscript:alert(1)":        "javascript",
		"java\u200bscript:alert(1)":    "javascript",
		"&#106;avascript:alert(1)":     "javascript",
		"&amp;#106;avascript:alert(1)": "javascript",
		"javascript&colon;alert(1)":    "javascript",
		"%6Aavascript:alert(1)":        "javascript",
		"%256Aavascript:alert(1)":      "javascript",
		"data:text/html,x":             "data",
		"C:\\a.pdf":                    "c",
		"https://x.example/":           "https",
		"mailto:a@b.example":           "mailto",
		"/cadre/wang/":                 "",
		"../cadre/wang.md":             "",
		"a/b:c":                        "",
		"#top:x":                       "",
		"?a:b":                         "",
		"":                             "",
	} {
		if got := Scheme(dest); got != want {
			t.Errorf("Scheme(%q) = %q, want %q", dest, got, want)
		}
	}
}

func TestResolveForms(t *testing.T) {
	base := NewBase("https://gk.test.example/")
	hidden := Target{Kind: Site, Path: "cadre/neibu/"}
	for _, dest := range []string{
		"/cadre/neibu/", "/cadre/neibu", "/cadre/neibu/index.html", "/cadre/neibu/index.htm",
		"/cadre/neibu/?a", "/cadre/neibu/#x", "https://gk.test.example/cadre/neibu/",
		"HTTPS://GK.TEST.EXAMPLE:443/cadre/neibu/", "http://gk.test.example/cadre/neibu/",
		"https://user@gk.test.example./cadre/neibu/", "//gk.test.example/cadre/neibu/",
		`\\gk.test.example\cadre\neibu\`, "/Cadre/NEIBU/", "/cadre/%6Eeibu/", "/cadre/./x/../neibu/",
		`/cadre\neibu/`, " /cadre/neibu/ ", "\t/cadre/neibu/\n", "neibu/", "../cadre/neibu/",
		"./neibu", "/cadre/neibu./", "/cadre/neibu%20/", "https:/cadre/neibu/", "https:\\\\gk.test.example\\cadre\\neibu",
		"/../../cadre/neibu/", "ht%74ps://gk.test.example/cadre/neibu/", "https://gk.test.example/cadre//neibu/",
	} {
		got := Resolve(dest, base, "cadre")
		if got.Kind != Site || got.Page() != hidden.Path {
			t.Errorf("Resolve(%q) = %+v (page %q), want the page %s", dest, got, got.Page(), hidden.Path)
		}
	}
}

func TestResolveBasePath(t *testing.T) {
	base := NewBase("https://www.test.example/gk/")
	for dest, want := range map[string]Target{
		"/gk/cadre/x/":                          {Kind: Site, Path: "cadre/x/"},
		"/cadre/x/":                             {Kind: Site, Path: "cadre/x/"},
		"https://www.test.example/GK/cadre/x/":  {Kind: Site, Path: "cadre/x/"},
		"https://www.test.example/gk":           {Kind: Site, Path: ""},
		"//www.test.example/gk/cadre/x":         {Kind: Site, Path: "cadre/x"},
		"https://www.test.example/cadre/x/":     {Kind: External, URL: "https://www.test.example/cadre/x/"},
		"https://www.test.example/gkx/":         {Kind: External, URL: "https://www.test.example/gkx/"},
		"https://www.test.example:8443/gk/x/":   {Kind: External, URL: "https://www.test.example:8443/gk/x/"},
		"https://other.example/gk/cadre/x/?a#b": {Kind: External, URL: "https://other.example/gk/cadre/x/?a#b"},
		"//other.example/a":                     {Kind: External, URL: "https://other.example/a"},
		"mailto:a@b.example":                    {Kind: Mail, URL: "mailto:a@b.example"},
		"tel:0000-1234567":                      {Kind: Phone, URL: "tel:0000-1234567"},
		"#top":                                  {Kind: Here, URL: "#top"},
		"javascript:alert(1)":                   {Kind: Refused, Scheme: "javascript"},
		"data:image/png;base64,AAAA":            {Kind: Refused, Scheme: "data"},
		"a.pdf?v=2#p3":                          {Kind: Site, Path: "cadre/a.pdf", Suffix: "?v=2#p3", Relative: true},
		"../../../a.pdf":                        {Kind: Site, Path: "a.pdf", Relative: true},
		"%E9%99%84%E4%BB%B6.pdf":                {Kind: Site, Path: "cadre/附件.pdf", Relative: true},
	} {
		if got := Resolve(dest, base, "cadre"); got != want {
			t.Errorf("Resolve(%q) = %+v, want %+v", dest, got, want)
		}
	}
}

func TestPageAndFile(t *testing.T) {
	for p, want := range map[string]struct {
		page string
		file bool
	}{
		"cadre/wang/":            {"cadre/wang/", false},
		"cadre/wang":             {"cadre/wang/", false},
		"Cadre/Wang/INDEX.HTML":  {"cadre/wang/", false},
		"cadre/wang/default.htm": {"cadre/wang/", false},
		"cadre/wang. /":          {"cadre/wang/", false},
		"cadre/scan.pdf":         {"cadre/scan.pdf/", true},
		"":                       {"", false},
	} {
		tg := Target{Kind: Site, Path: p}
		if tg.Page() != want.page || tg.File() != want.file {
			t.Errorf("%q: page %q file %v, want %q %v", p, tg.Page(), tg.File(), want.page, want.file)
		}
	}
}
