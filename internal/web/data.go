package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/model"
)

// IndexEntry is one item of index.json.
type IndexEntry struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	URL         string   `json:"url"`
	Path        string   `json:"path"` // the address on this site, for links that work on any host
	Date        string   `json:"date"`
	Category    string   `json:"category"`
	CategoryZH  string   `json:"category_label"`
	Term        string   `json:"term"`
	Channel     []string `json:"channel"`
	Issuer      string   `json:"issuer,omitempty"`
	IssuerZH    string   `json:"issuer_label,omitempty"`
	Until       string   `json:"until,omitempty"`
	Period      string   `json:"period,omitempty"`
	Number      string   `json:"number,omitempty"`
	IndexNo     string   `json:"index_no,omitempty"` // 索引号 (model/indexno.go)
	Status      string   `json:"status"`
	StatusLabel string   `json:"status_label"`
	Scope       string   `json:"scope,omitempty"`
	UnlistOn    string   `json:"unlist_on,omitempty"` // the first day it leaves the lists (unlist_after)
	Unlisted    bool     `json:"unlisted,omitempty"`  // out of the lists on this build's date: search skips it
	// the days the status turns on (dates.go)
	Due          string `json:"due,omitempty"`
	CommentStart string `json:"comment_start,omitempty"`
	CommentEnd   string `json:"comment_end,omitempty"`
	Withdrawn    string `json:"withdrawn,omitempty"`
}

// indexJSON is index.json (writeIndexJSON) in one buffer, for serve,
// which keeps every file in memory.
func indexJSON(s *model.Site) ([]byte, error) {
	b := bytes.NewBuffer(make([]byte, 0, 128+len(s.Items)*indexEntrySize))
	if err := writeIndexJSON(s, b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeIndexJSON writes index.json compact, as minifying writes it, an
// entry at a time: the file is as large as the site, and a build writes
// it to disk as it is made (output.File.Stream), so no copy of it (a
// list of entries, an indented form, the whole file) is made.
func writeIndexJSON(s *model.Site, w io.Writer) error {
	head, err := json.Marshal(struct {
		Title     string `json:"title"`
		BaseURL   string `json:"base_url"`
		Generated string `json:"date"`
	}{Title: s.Config.Title, BaseURL: s.Config.BaseURL, Generated: s.Now.String()})
	if err != nil {
		return err
	}
	b := make([]byte, 0, 2*indexEntrySize)
	b = append(b, head[:len(head)-1]...)
	b = append(b, `,"items":[`...)
	for i, it := range s.Items {
		if i > 0 {
			b = append(b, ',')
		}
		e, err := json.Marshal(indexEntry(s, it))
		if err != nil {
			return err
		}
		if b = append(b, e...); len(b) >= indexEntrySize {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	b = append(b, "]}"...)
	_, err = w.Write(b)
	return err
}

// indexEntrySize is about the bytes of an entry of index.json, to size
// its buffer once.
const indexEntrySize = 512

func indexEntry(s *model.Site, it *model.Item) *IndexEntry {
	e := &IndexEntry{
		ID: it.ID, Title: it.Title, URL: it.Permalink, Path: it.URL, Date: it.Date.String(),
		Category: it.Category, CategoryZH: s.CategoryLabel(it.Category), Term: it.Term,
		Channel: it.Channels, Issuer: it.Issuer, Until: it.Until.String(), Period: it.Period,
		Number: it.Number, IndexNo: it.IndexNumber, Status: string(it.Status), StatusLabel: it.StatusLabel(),
	}
	if it.Issuer != "" {
		e.IssuerZH = s.IssuerLabel(it.Issuer)
	}
	if it.Internal() {
		e.Scope = it.Scope
	}
	if on := it.UnlistOn(); !on.IsZero() {
		e.UnlistOn, e.Unlisted = on.String(), it.Unlisted
	}
	addDates(s, it, e)
	return e
}

// entry is an item as index.json and the search's item lists give it.
func entry(s *model.Site, it *model.Item) IndexEntry { return *indexEntry(s, it) }

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title    string     `xml:"title"`
	ID       string     `xml:"id"`
	Link     atomLink   `xml:"link"`
	Updated  string     `xml:"updated"`
	Category atomCat    `xml:"category"`
	Author   atomAuthor `xml:"author"`
	Summary  string     `xml:"summary"`
}

type atomCat struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr"`
}

// feedSize is how many of the newest items the Atom feed carries.
const feedSize = 50

func feed(s *model.Site) ([]byte, error) {
	f := atomFeed{
		Lang: s.Config.Language, Title: s.Config.Title, ID: s.Config.BaseURL,
		Updated: s.Now.Start(s.Config.Location).Format(time.RFC3339),
		Links:   []atomLink{{Href: s.Config.BaseURL}, {Href: s.Config.BaseURL + "feed.xml", Rel: "self"}},
		Author:  atomAuthor{Name: s.Config.County},
	}
	for i, it := range s.Listed {
		if i == feedSize {
			break
		}
		author := s.Config.County
		if it.Issuer != "" {
			author = s.IssuerLabel(it.Issuer)
		}
		f.Entries = append(f.Entries, atomEntry{
			Title: it.Title, ID: it.Permalink, Link: atomLink{Href: it.Permalink},
			Updated:  entryTime(s, it).Format(time.RFC3339),
			Category: atomCat{Term: it.Category, Label: s.CategoryLabel(it.Category)},
			Author:   atomAuthor{Name: author}, Summary: feedSummary(s, it),
		})
	}
	return marshalXML(f)
}

// entryTime is when an item was last changed: its update, else its date,
// with the time of day when the editor gave one.
func entryTime(s *model.Site, it *model.Item) time.Time {
	if !it.Updated.IsZero() {
		return it.Updated.Start(s.Config.Location)
	}
	if it.Published.HasTime {
		return it.Published.In(s.Config.Location)
	}
	return it.Date.Start(s.Config.Location)
}

// sitemap is sitemap.xml (writeSitemap) in one buffer, for serve, which
// keeps every file in memory.
func sitemap(s *model.Site) ([]byte, error) {
	var b bytes.Buffer
	if err := writeSitemap(s, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// sitemapNS is the sitemap's XML namespace.
const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// writeSitemap writes sitemap.xml compact, as minifying writes it, an
// address at a time: the file is as large as the site, and a build writes
// it to disk as it is made (output.File.Stream).
func writeSitemap(s *model.Site, w io.Writer) error {
	if _, err := io.WriteString(w, strings.TrimSuffix(xml.Header, "\n")+`<urlset xmlns="`+sitemapNS+`">`); err != nil {
		return err
	}
	b := make([]byte, 0, 2*sitemapChunk)
	put := func(loc, lastmod string) error {
		b = append(b, "<url><loc>"...)
		b = appendXMLText(b, loc)
		b = append(b, "</loc>"...)
		if lastmod != "" {
			b = append(append(append(b, "<lastmod>"...), lastmod...), "</lastmod>"...)
		}
		if b = append(b, "</url>"...); len(b) < sitemapChunk {
			return nil
		}
		_, err := w.Write(b)
		b = b[:0]
		return err
	}
	base := s.Config.BaseURL
	if err := put(base, s.Now.String()); err != nil {
		return err
	}
	for _, it := range s.Listed {
		lm := it.Date
		if !it.Updated.IsZero() {
			lm = it.Updated
		}
		if err := put(it.Permalink, lm.String()); err != nil {
			return err
		}
	}
	var locs []string
	for _, axis := range []string{"categories", "terms", "issuers"} {
		locs = append(locs, base+axis+"/")
		for _, g := range groupsOf(s, axis) {
			locs = append(locs, base+axis+"/"+g.Key+"/")
		}
	}
	locs = append(locs, base+"catalog/", base+"archive/")
	for _, p := range append(powerPages(s), recordPages(s)...) {
		locs = append(locs, base+p.Common().Path)
	}
	for _, loc := range locs {
		if err := put(loc, ""); err != nil {
			return err
		}
	}
	_, err := w.Write(append(b, "</urlset>"...))
	return err
}

// sitemapChunk is about how much of the sitemap is written at once.
const sitemapChunk = 2 << 10

// appendXMLText appends t as the minifier leaves encoding/xml's text: &,
// < and > escaped, quotes as they are, a run of spaces one space. An
// address has no other white space nor control characters, and neither
// starts nor ends with a space (config: base_url is a web address ending
// in /; paths are slugs).
func appendXMLText(b []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case ' ':
			if i == 0 || t[i-1] != ' ' {
				b = append(b, c)
			}
		default:
			b = append(b, c)
		}
	}
	return b
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
