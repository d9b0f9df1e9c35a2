package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
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

type urlset struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL
}

type sitemapURL struct {
	XMLName xml.Name `xml:"url"`
	Loc     string   `xml:"loc"`
	LastMod string   `xml:"lastmod,omitempty"`
}

func sitemap(s *model.Site) ([]byte, error) {
	u := urlset{}
	base := s.Config.BaseURL
	u.URLs = append(u.URLs, sitemapURL{Loc: base, LastMod: s.Now.String()})
	for _, it := range s.Listed {
		lm := it.Date
		if !it.Updated.IsZero() {
			lm = it.Updated
		}
		u.URLs = append(u.URLs, sitemapURL{Loc: it.Permalink, LastMod: lm.String()})
	}
	for _, axis := range []string{"categories", "terms", "issuers"} {
		u.URLs = append(u.URLs, sitemapURL{Loc: base + axis + "/"})
		for _, g := range groupsOf(s, axis) {
			u.URLs = append(u.URLs, sitemapURL{Loc: base + axis + "/" + g.Key + "/"})
		}
	}
	u.URLs = append(u.URLs, sitemapURL{Loc: base + "catalog/"}, sitemapURL{Loc: base + "archive/"})
	for _, p := range append(powerPages(s), recordPages(s)...) {
		u.URLs = append(u.URLs, sitemapURL{Loc: base + p.Common().Path})
	}
	return marshalXML(u)
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
