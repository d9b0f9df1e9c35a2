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

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/plaintext"
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
		return nil, []diag.Diagnostic{{File: File, Msg: unreadable(err)}}
	}
	return Parse(data)
}

// unreadable says why site.toml could not be read and what to do.
func unreadable(err error) string {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "site.toml cannot be read (permission denied); make it readable (chmod 644 site.toml)"
	case isDir(err):
		return "site.toml is a folder; the site's settings must be a file named site.toml"
	}
	return fmt.Sprintf("site.toml cannot be read (%v); check the file and the disk", err)
}

func isDir(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "is a directory")
}

// Parse decodes and validates the text of site.toml. When the text cannot
// be read as TOML it returns nil and that one error: every other message
// would only follow from it (a missing title, no categories, every item's
// category unknown).
func Parse(data []byte) (*Site, []diag.Diagnostic) {
	if line, problem := plaintext.Check(data); problem != "" {
		return nil, []diag.Diagnostic{{File: File, Line: line, Msg: problem}}
	}
	site := &Site{}
	meta, diags := tomlx.Decode(File, 1, strings.TrimPrefix(string(data), plaintext.BOM), site)
	if meta.SyntaxError {
		return nil, diags
	}
	site.Meta = meta
	v := &validator{site: site, meta: meta}
	v.diags = diags
	v.run()
	return site, v.diags
}

type validator struct {
	site   *Site
	meta   *tomlx.Meta
	diags  []diag.Diagnostic
	failed map[string]bool // paths the validator reported
}

func (v *validator) errorf(path, format string, args ...any) {
	if v.failed == nil {
		v.failed = map[string]bool{}
	}
	v.failed[path] = true
	v.diags = append(v.diags, diag.Diagnostic{File: File, Line: v.meta.Line(path), Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) warnf(path, format string, args ...any) {
	v.diags = append(v.diags, diag.Diagnostic{File: File, Line: v.meta.Line(path), Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)})
}

// bad reports whether path had an error, in decoding or in validation.
func (v *validator) bad(path string) bool { return v.failed[path] || v.meta.Failed(path) }

// incomplete reports whether a vocabulary table of site.toml ("categories")
// lost keys or labels to errors already reported: then a value not found
// in it may well be right, and saying it is unknown would repeat them.
func (v *validator) incomplete(table string, entries []Entry) bool {
	if len(entries) == 0 || v.bad(table) {
		return true
	}
	for i, e := range entries {
		p := fmt.Sprintf("%s[%d]", table, i)
		if e.Key == "" || e.Label == "" || v.bad(p) || v.bad(p+".key") || v.bad(p+".label") {
			return true
		}
	}
	return false
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
	v.unique("boards", len(s.Boards), func(i int) (string, string) {
		if n := s.Boards[i].Number; n >= 1 && n <= 99 { // else reported already
			return "number", strconv.Itoa(n)
		}
		return "number", ""
	})
	for i := range s.Kiosks {
		s.Kiosks[i].Index = i
		v.kiosk(i, &s.Kiosks[i])
	}
	v.unique("kiosks", len(s.Kiosks), func(i int) (string, string) { return "name", s.Kiosks[i].Name })
	v.publish()
	v.review()
	v.indexNo()
	v.siteInfo()
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
	if s.Feedback.ReplyDays < 0 {
		v.errorf("feedback.reply_days", "reply_days is a number of working days; write reply_days = 15")
	}
}

var keyPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (v *validator) categories() {
	s := v.site
	vocab := &Vocab{Name: "category", Table: "[[categories]]"}
	for i := range s.Categories {
		c := &s.Categories[i]
		p := fmt.Sprintf("categories[%d]", i)
		v.keyAndLabel(p, "category", c.Key, c.Label)
		if len(c.Channel) == 0 {
			c.Channel = tomlx.StringList{string(ChannelWeb)}
		}
		c.Channel = v.channels(p+".channel", c.Channel)
		c.TermFailed = v.meta.Failed(p + ".term")
		if c.Term != "" {
			if t, ok := Terms.Resolve(c.Term); ok {
				c.Term = t
			} else {
				v.errorf(p+".term", "%s", Terms.Unknown(c.Term))
				c.Term, c.TermFailed = "", true
			}
		}
		if c.MinWindow < 0 {
			v.errorf(p+".min_window", "min_window is a number of working days; write min_window = 5")
		}
		if c.UnlistAfter.Set && c.Term != "" && c.Term != string(Immediate) {
			v.errorf(p+".unlist_after", `unlist_after counts from the end of a publicity window, which only immediate items have; remove it, or write term = "immediate"`)
		}
		vocab.Entries = append(vocab.Entries, Entry{Key: c.Key, Label: c.Label})
	}
	v.unique("categories", len(s.Categories), func(i int) (string, string) { return "key", s.Categories[i].Key })
	v.unique("categories", len(s.Categories), func(i int) (string, string) { return "label", s.Categories[i].Label })
	if len(s.Categories) == 0 && !v.meta.Failed("categories") {
		v.errorf("", `site.toml declares no categories; add [[categories]] with key = "cadre" and label = "干部选任和管理"`)
	}
	vocab.Incomplete = v.incomplete("categories", vocab.Entries)
	s.categoryVocab = vocab
}

func (v *validator) issuers() {
	s := v.site
	vocab := &Vocab{Name: "issuer", Table: "[[issuers]]"}
	for i := range s.Issuers {
		is := &s.Issuers[i]
		v.keyAndLabel(fmt.Sprintf("issuers[%d]", i), "issuer", is.Key, is.Label)
		vocab.Entries = append(vocab.Entries, Entry{Key: is.Key, Label: is.Label})
	}
	v.unique("issuers", len(s.Issuers), func(i int) (string, string) { return "key", s.Issuers[i].Key })
	v.unique("issuers", len(s.Issuers), func(i int) (string, string) { return "label", s.Issuers[i].Label })
	vocab.Incomplete = len(s.Issuers) > 0 && v.incomplete("issuers", vocab.Entries) || v.bad("issuers")
	s.issuerVocab = vocab
}

func (v *validator) keyAndLabel(p, what, key, label string) {
	example := map[string]string{"category": "cadre", "issuer": "organization"}[what]
	switch {
	case v.meta.Failed(p+".key") || key == "" && v.meta.FailedIn(p):
		// reported: a value of the wrong type, or a misspelt key
	case key == "":
		v.errorf(p, `this %s has no key; write key = %q (lower-case letters, digits and dashes)`, what, example)
	case !keyPattern.MatchString(key):
		v.errorf(p+".key", `%s key %q must be lower-case letters, digits and dashes; write key = %q`, what, key, suggestKey(key, example))
	}
	if strings.TrimSpace(label) == "" {
		v.errorf(p, `%s %q has no label; write label = "…" with its Chinese name`, what, key)
	}
}

// suggestKey is key in lower case without what a key may not hold, or
// example when nothing is left (a key written in Chinese).
func suggestKey(key, example string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(key) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	if s := strings.Trim(b.String(), "-"); s != "" {
		return s
	}
	return example
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
			v.errorf(fmt.Sprintf("%s[%d].%s", table, i, field), "%s %s %q is used twice (first on line %d); each must be unique: %s", table, field, val, v.meta.Line(fmt.Sprintf("%s[%d]", table, j)), v.another(table, field))
			continue
		}
		seen[val] = i
	}
}

// another says what to write instead of a repeated value.
func (v *validator) another(table, field string) string {
	if table == "boards" && field == "number" {
		return v.freeBoardNumber()
	}
	return "give this one another " + field
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
			if !v.site.categoryVocab.Incomplete {
				v.errorf(path, "%s", v.site.categoryVocab.Unknown(c))
			}
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
