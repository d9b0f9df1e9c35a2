package scaffold

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// NewItem is an item Item wrote.
type NewItem struct {
	File      string // relative to the site folder: "content/cadre/wang.md"
	Archetype string // where its archetype came from
	Category  string // the category's label
	Draft     bool   // whether it is a draft
}

// Item writes a new item of category (a key or a label) at itemPath under
// content/ ("cadre/wang" or "cadre/wang.md"), from the category's
// archetype. today zero means today in the site's timezone.
func Item(siteDir, category, itemPath string, today calendar.Day) (*NewItem, error) {
	fsys, err := sitefs.New(siteDir)
	if err != nil {
		return nil, err
	}
	cfg, diags := config.Load(fsys)
	if diag.CountErrors(diags) > 0 {
		return nil, diag.Errors(diags)
	}
	key, ok := cfg.CategoryVocab().Resolve(category)
	if !ok {
		return nil, fmt.Errorf("%s; the categories of this site are: %s", cfg.CategoryVocab().Unknown(category), categoryList(cfg))
	}
	file, err := contentFile(itemPath)
	if err != nil {
		return nil, err
	}
	if today.IsZero() {
		today = calendar.Of(time.Now(), cfg.Location)
	}
	c := cfg.CategoryByKey(key)
	text, from := archetype(fsys, cfg.Theme, key)
	data, err := execute(text, from, itemData(cfg, c, today))
	if err != nil {
		return nil, err
	}
	it, ds := content.Parse(cfg, channels.Addresses(channels.Default()), file, data)
	if diag.CountErrors(ds) > 0 {
		return nil, fmt.Errorf("%s does not give a valid item, so nothing was written: %v", from, diag.Errors(ds))
	}
	if err := writeNew(filepath.Join(siteDir, filepath.FromSlash(file)), data); err != nil {
		return nil, err
	}
	return &NewItem{File: file, Archetype: from, Category: c.Label, Draft: it.Draft}, nil
}

func categoryList(cfg *config.Site) string {
	var parts []string
	for _, c := range cfg.Categories {
		parts = append(parts, c.Key+"（"+c.Label+"）")
	}
	return strings.Join(parts, ", ")
}

// contentFile turns the PATH argument into a file under content/.
func contentFile(p string) (string, error) {
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("%q %s; write a path under content/ such as cadre/wang-gongshi", p, why)
	}
	if strings.Contains(p, "\\") {
		return bad("has a backslash")
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return bad("leads out of content/")
		}
	}
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	p = strings.TrimPrefix(p, "content/")
	if p == "" || p == "." || p == "content" {
		return bad("names no file")
	}
	if !strings.HasSuffix(p, ".md") {
		p += ".md"
	}
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		if strings.HasPrefix(seg, ".") || strings.HasPrefix(seg, "_") || strings.HasPrefix(seg, "#") || seg == ".md" {
			return bad("has a part the build skips (names starting with . _ or #)")
		}
		what, name, ext := "folder", seg, ""
		if i == len(segs)-1 {
			what, name, ext = "file", strings.TrimSuffix(seg, ".md"), ".md"
		}
		if problem := content.ItemNameProblem(what, name, ext); problem != "" {
			return "", fmt.Errorf("%q: %s", p, problem)
		}
	}
	return "content/" + p, nil
}
