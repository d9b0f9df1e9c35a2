package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // timezones work on machines without a zoneinfo database
	"unicode/utf8"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Load reads site.toml from fsys. It returns the site even when there are
// diagnostics, so callers can report content errors in the same run.
func Load(fsys fs.FS) (*Site, []diag.Diagnostic) {
	data, err := fs.ReadFile(fsys, File)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, []diag.Diagnostic{{File: File, Msg: "no site.toml in the site folder; run `gongkai new site DIR` to start a site, or pass the site folder with -s DIR"}}
	}
	if err != nil {
		return nil, []diag.Diagnostic{{File: File, Msg: err.Error()}}
	}
	return Parse(data)
}

// Parse decodes and validates the text of site.toml.
func Parse(data []byte) (*Site, []diag.Diagnostic) {
	if !utf8.Valid(data) {
		return nil, []diag.Diagnostic{{File: File, Line: 1, Msg: "site.toml is not UTF-8 text; save it with UTF-8 encoding"}}
	}
	site := &Site{}
	meta, diags := tomlx.Decode(File, 1, strings.TrimPrefix(string(data), "\ufeff"), site)
	site.Meta = meta
	v := &validator{site: site, meta: meta}
	v.diags = diags
	v.run()
	return site, v.diags
}

type validator struct {
	site  *Site
	meta  *tomlx.Meta
	diags []diag.Diagnostic
}

func (v *validator) errorf(path, format string, args ...any) {
	v.diags = append(v.diags, diag.Diagnostic{File: File, Line: v.meta.Line(path), Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) run() {
	s := v.site
	v.defaults()
	v.general()
	v.categories()
	v.issuers()
	for i := range s.Boards {
		s.Boards[i].Index = i
		v.board(i, &s.Boards[i])
	}
	v.unique("boards", len(s.Boards), func(i int) (string, string) { return "number", strconv.Itoa(s.Boards[i].Number) })
	for i := range s.Kiosks {
		s.Kiosks[i].Index = i
		v.kiosk(i, &s.Kiosks[i])
	}
	v.unique("kiosks", len(s.Kiosks), func(i int) (string, string) { return "name", s.Kiosks[i].Name })
	for i := range s.Catalog {
		s.Catalog[i].Index = i
		v.catalogEntry(i, &s.Catalog[i])
	}
}

func (v *validator) defaults() {
	s := v.site
	if s.Language == "" {
		s.Language = "zh-CN"
	}
	if s.Timezone == "" {
		s.Timezone = "Asia/Shanghai"
	}
	if s.Theme == "" {
		s.Theme = "default"
	}
	if s.Paginate == 0 {
		s.Paginate = 20
	}
	if s.County == "" {
		s.County = s.Title
	}
	for i := range s.Boards {
		b := &s.Boards[i]
		if b.Orientation == "" {
			b.Orientation = "portrait"
		}
		if b.Columns == 0 {
			b.Columns = 1
		}
		if b.MinFont == 0 {
			b.MinFont = 14
		}
	}
	for i := range s.Kiosks {
		k := &s.Kiosks[i]
		if k.SlideSeconds == 0 {
			k.SlideSeconds = 15
		}
		if k.Poll == 0 {
			k.Poll = 60
		}
		if k.Idle == 0 {
			k.Idle = 90
		}
		if k.Title == "" {
			k.Title = s.Title
		}
	}
}

func (v *validator) general() {
	s := v.site
	if strings.TrimSpace(s.Title) == "" {
		v.errorf("title", `site.toml has no title; write title = "某某县委县政府权力公开透明运行"`)
	}
	loc, err := time.LoadLocation(s.Timezone)
	if err != nil {
		v.errorf("timezone", `unknown timezone %q; write timezone = "Asia/Shanghai"`, s.Timezone)
		loc, _ = time.LoadLocation("Asia/Shanghai")
	}
	s.Location = loc
	if s.BaseURL == "" {
		v.errorf("base_url", `site.toml has no base_url; write the address of the published site, such as base_url = "https://gk.example.gov.cn/"`)
	} else if u, err := url.Parse(s.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.errorf("base_url", `base_url %q is not a web address; write base_url = "https://gk.example.gov.cn/"`, s.BaseURL)
	} else if !strings.HasSuffix(s.BaseURL, "/") {
		s.BaseURL += "/"
	}
	if s.Paginate < 1 {
		v.errorf("paginate", "paginate must be at least 1; write paginate = 20")
	}
	if s.Feedback.Phone == "" && s.Feedback.Email == "" && s.Feedback.Address == "" {
		v.errorf("feedback", "every page must say how to send feedback; add [feedback] with phone, email or address")
	}
}

var keyPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (v *validator) categories() {
	s := v.site
	vocab := &Vocab{Name: "category"}
	for i := range s.Categories {
		c := &s.Categories[i]
		p := fmt.Sprintf("categories[%d]", i)
		v.keyAndLabel(p, "category", c.Key, c.Label)
		if len(c.Channel) == 0 {
			c.Channel = tomlx.StringList{string(ChannelWeb)}
		}
		c.Channel = v.channels(p+".channel", c.Channel)
		if c.Term != "" {
			if t, ok := Terms.Resolve(c.Term); ok {
				c.Term = t
			} else {
				v.errorf(p+".term", "%s", Terms.Unknown(c.Term))
			}
		}
		if c.MinWindow < 0 {
			v.errorf(p+".min_window", "min_window is a number of working days; write min_window = 5")
		}
		vocab.Entries = append(vocab.Entries, Entry{Key: c.Key, Label: c.Label})
	}
	v.unique("categories", len(s.Categories), func(i int) (string, string) { return "key", s.Categories[i].Key })
	v.unique("categories", len(s.Categories), func(i int) (string, string) { return "label", s.Categories[i].Label })
	if len(s.Categories) == 0 {
		v.errorf("", `site.toml declares no categories; add [[categories]] with key = "cadre" and label = "干部选任和管理"`)
	}
	s.categoryVocab = vocab
}

func (v *validator) issuers() {
	s := v.site
	vocab := &Vocab{Name: "issuer"}
	for i := range s.Issuers {
		is := &s.Issuers[i]
		v.keyAndLabel(fmt.Sprintf("issuers[%d]", i), "issuer", is.Key, is.Label)
		vocab.Entries = append(vocab.Entries, Entry{Key: is.Key, Label: is.Label})
	}
	v.unique("issuers", len(s.Issuers), func(i int) (string, string) { return "key", s.Issuers[i].Key })
	v.unique("issuers", len(s.Issuers), func(i int) (string, string) { return "label", s.Issuers[i].Label })
	s.issuerVocab = vocab
}

func (v *validator) keyAndLabel(p, what, key, label string) {
	if !keyPattern.MatchString(key) {
		v.errorf(p+".key", `%s key %q must be lower-case letters, digits and dashes; write key = "cadre"`, what, key)
	}
	if strings.TrimSpace(label) == "" {
		v.errorf(p, `%s %q has no label; write label = "…" with its Chinese name`, what, key)
	}
}

// unique reports entries of a table array that repeat a key.
func (v *validator) unique(table string, n int, get func(int) (string, string)) {
	seen := map[string]int{}
	for i := range n {
		field, val := get(i)
		if val == "" {
			continue
		}
		if j, dup := seen[val]; dup {
			v.errorf(fmt.Sprintf("%s[%d].%s", table, i, field), "%s %s %q is used twice (first on line %d); each must be unique", table, field, val, v.meta.Line(fmt.Sprintf("%s[%d]", table, j)))
			continue
		}
		seen[val] = i
	}
}

func (v *validator) channels(path string, list tomlx.StringList) tomlx.StringList {
	var out tomlx.StringList
	for _, c := range list {
		k, ok := Channels.Resolve(c)
		if !ok {
			v.errorf(path, "%s", Channels.Unknown(c))
			continue
		}
		out = append(out, k)
	}
	return out
}

func (v *validator) categoryKeys(path string, list tomlx.StringList) tomlx.StringList {
	var out tomlx.StringList
	for _, c := range list {
		k, ok := v.site.categoryVocab.Resolve(c)
		if !ok {
			v.errorf(path, "%s", v.site.categoryVocab.Unknown(c))
			continue
		}
		out = append(out, k)
	}
	return out
}

func (v *validator) termKeys(path string, list tomlx.StringList) tomlx.StringList {
	var out tomlx.StringList
	for _, t := range list {
		k, ok := Terms.Resolve(t)
		if !ok {
			v.errorf(path, "%s", Terms.Unknown(t))
			continue
		}
		out = append(out, k)
	}
	return out
}
