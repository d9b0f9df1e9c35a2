package config

import (
	"time"

	"github.com/gongkai/gongkai/internal/tomlx"
)

// File is the name of the site configuration file.
const File = "site.toml"

// Site is site.toml, decoded and validated.
type Site struct {
	Title    string `toml:"title"`
	County   string `toml:"county"` // the county's name on sheets and screens; defaults to the title
	BaseURL  string `toml:"base_url"`
	Language string `toml:"language"`
	Timezone string `toml:"timezone"`
	Theme    string `toml:"theme"`
	Paginate int    `toml:"paginate"` // items per list page
	RawHTML  bool   `toml:"raw_html"` // pass raw HTML in Markdown through instead of escaping it

	Holidays []tomlx.Date `toml:"holidays"` // weekdays off (法定节假日)
	Workdays []tomlx.Date `toml:"workdays"` // weekend days worked (调休上班)

	Feedback   Feedback       `toml:"feedback"`
	Categories []Category     `toml:"categories"`
	Issuers    []Issuer       `toml:"issuers"`
	Boards     []Board        `toml:"boards"`
	Kiosks     []Kiosk        `toml:"kiosks"`
	Catalog    []CatalogEntry `toml:"catalog"`
	Publish    Publish        `toml:"publish"`   // where `gongkai publish` delivers the build
	Review     Review         `toml:"review"`    // review before publishing (review.go)
	IndexNo    IndexNo        `toml:"index_no"`  // how items' 索引号 are made (indexno.go)
	SiteInfo   SiteInfo       `toml:"site_info"` // the footer's and metadata's gov.cn conventions (siteinfo.go)

	// OwnURL is base_url as site.toml gives it, when serve replaced
	// BaseURL (the address pages link to) with its own: links written to
	// the real site are read against it, so the preview checks them as a
	// build does. Use LinkBase.
	OwnURL string `toml:"-"`

	Location *time.Location `toml:"-"`
	Meta     *tomlx.Meta    `toml:"-"` // key positions, for later diagnostics about site.toml

	categoryVocab *Vocab
	issuerVocab   *Vocab
}

// LinkBase is the site's own address, against which links written in
// the site's files are read: base_url as site.toml gives it, even where
// serve replaced BaseURL.
func (s *Site) LinkBase() string {
	if s.OwnURL != "" {
		return s.OwnURL
	}
	return s.BaseURL
}

// Feedback is how readers send feedback and apply for disclosure; every page,
// sheet and screen shows it.
type Feedback struct {
	Phone   string `toml:"phone"`
	Email   string `toml:"email"`
	Address string `toml:"address"`
	Hours   string `toml:"hours"` // office hours for the phone line
	Apply   string `toml:"apply"` // how to apply for disclosure (依申请公开)
	// ReplyDays is how many working days a message of records/feedback/
	// may wait for its reply before check warns; 0: records.DefaultReplyDays.
	ReplyDays int `toml:"reply_days"`
}

// Category is a kind of disclosure content (公开内容).
type Category struct {
	Key          string           `toml:"key"`
	Label        string           `toml:"label"`
	Group        string           `toml:"group"` // heading it is listed under, e.g. 党务公开 / 政务公开
	Description  string           `toml:"description"`
	Channel      tomlx.StringList `toml:"channel"`      // default channels of its items
	Term         string           `toml:"term"`         // usual term, used by `gongkai new`
	MinWindow    int              `toml:"min_window"`   // minimum publicity window in working days (immediate items)
	Consultation bool             `toml:"consultation"` // major decisions: consultation window of at least 30 days
	UnlistAfter  Span             `toml:"unlist_after"` // immediate items: how long they stay listed after their window (see Span)

	// TermFailed is set when term is not a term (reported in site.toml):
	// items of the category then lack a term for a reason already told.
	TermFailed bool `toml:"-"`
}

// Issuer is a body that discloses (公开主体).
type Issuer struct {
	Key   string `toml:"key"`
	Label string `toml:"label"`
	Group string `toml:"group"` // e.g. 县委工作部门
}

// Board is a fixed bulletin board (固定公开栏).
type Board struct {
	Number      int              `toml:"number"`
	Name        string           `toml:"name"`
	Location    string           `toml:"location"`
	Paper       string           `toml:"paper"`       // A0..A4 or "600x900mm"
	Orientation string           `toml:"orientation"` // portrait | landscape
	Categories  tomlx.StringList `toml:"categories"`
	Items       tomlx.StringList `toml:"items"`
	Lists       tomlx.StringList `toml:"lists"` // generated lists placed before the items: BoardLists keys
	Scope       string           `toml:"scope"` // public (default): a board the public reads; internal: inside the Party only
	Columns     int              `toml:"columns"`
	MinFont     float64          `toml:"min_font"`   // smallest body type, in pt
	Distance    string           `toml:"distance"`   // where readers stand: "1.5m", "150cm"; default by paper (DefaultDistance)
	Bleed       float64          `toml:"bleed"`      // mm on every side
	CropMarks   bool             `toml:"crop_marks"` // draw crop marks in the bleed
	Tile        string           `toml:"tile"`       // "A3" or "A4": with the PDF, also the sheets cut into pages of that paper

	Width, Height float64 `toml:"-"` // trim size in mm, orientation applied
	DistanceMM    float64 `toml:"-"` // the viewing distance in mm, default applied
	Index         int     `toml:"-"` // position in site.toml, for diagnostics
}

// Kiosk is an electronic display screen or touch screen.
type Kiosk struct {
	Name         string           `toml:"name"`
	Title        string           `toml:"title"`
	Kind         string           `toml:"kind"` // display | touch
	Width        int              `toml:"width"`
	Height       int              `toml:"height"`
	SlideSeconds int              `toml:"slide_seconds"`
	Categories   tomlx.StringList `toml:"categories"`
	Terms        tomlx.StringList `toml:"terms"`
	Items        tomlx.StringList `toml:"items"`
	Poll         int              `toml:"poll"`       // seconds between manifest checks
	Idle         int              `toml:"idle"`       // touch: seconds without a touch before the attract screen
	Scope        string           `toml:"scope"`      // public (default) or internal, as for boards
	Round        string           `toml:"round"`      // display: target length of a round, "5m" (kioskround.go)
	MaxSlides    int              `toml:"max_slides"` // display: most slides an item takes, 0 for the round's share

	RoundSeconds int `toml:"-"` // Round in seconds, once validated
	// On/off window and schedules (kioskschedule.go).
	Hours    string           `toml:"hours"` // "07:30-18:30": the screen is on within, on Days
	Days     tomlx.StringList `toml:"days"`  // the days the screen is on: "一-五", "mon-fri"
	Off      string           `toml:"off"`   // what shows outside: "black" (default) or "clock"
	Schedule []Schedule       `toml:"schedule"`
	On       Window           `toml:"-"` // Hours and Days, resolved

	// StaleAfter is the age of the data past which the screen's 数据更新于
	// line turns amber ("2d", "36h"); Stale is it read (kiosk_stale.go).
	StaleAfter string        `toml:"stale_after"`
	Stale      time.Duration `toml:"-"`

	Index int `toml:"-"`
}

// CatalogEntry is one commitment of the disclosure catalog (公开目录).
type CatalogEntry struct {
	Name       string           `toml:"name"`
	Elements   string           `toml:"elements"` // content elements (公开内容要素)
	Basis      string           `toml:"basis"`    // 公开依据
	Scope      string           `toml:"scope"`
	Channel    tomlx.StringList `toml:"channel"`
	Term       string           `toml:"term"`
	TimeLimit  string           `toml:"time_limit"` // 公开时限, in words
	Issuer     string           `toml:"issuer"`
	Category   string           `toml:"category"`
	Categories tomlx.StringList `toml:"categories"` // further categories whose items fulfil it
	Items      tomlx.StringList `toml:"items"`      // items that fulfil it, by id

	Index int `toml:"-"`
}

// CategoryVocab is the site's categories as a vocabulary.
func (s *Site) CategoryVocab() *Vocab { return s.categoryVocab }

// IssuerVocab is the site's issuers as a vocabulary.
func (s *Site) IssuerVocab() *Vocab { return s.issuerVocab }

// CategoryByKey returns the category with key, or nil.
func (s *Site) CategoryByKey(key string) *Category {
	for i := range s.Categories {
		if s.Categories[i].Key == key {
			return &s.Categories[i]
		}
	}
	return nil
}

// IssuerByKey returns the issuer with key, or nil.
func (s *Site) IssuerByKey(key string) *Issuer {
	for i := range s.Issuers {
		if s.Issuers[i].Key == key {
			return &s.Issuers[i]
		}
	}
	return nil
}
