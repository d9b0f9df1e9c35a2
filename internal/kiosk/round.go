package kiosk

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// roundSlides is how many slides a display's round holds: its round over
// its slide_seconds; 0 when it has no round (a kiosk built without
// validation, in tests).
func roundSlides(k *config.Kiosk) int {
	if k.RoundSeconds <= 0 || k.SlideSeconds <= 0 {
		return 0
	}
	return k.RoundSeconds / k.SlideSeconds
}

// slideCaps shares a round among items whose bodies take whole[i] slides:
// it returns how many slides each item may take. Items are never dropped,
// each takes at least one slide. An item takes all its slides when they
// fit; otherwise every item gets an equal share (the largest cap under
// which all fit), and the slides left over go one each to the items cut
// short, in the order of the round (notices first). most, when above 0
// (max_slides), caps every item; room is the round's slides for items,
// 0 for no limit.
func slideCaps(whole []int, room, most int) []int {
	caps := make([]int, len(whole))
	total := 0
	for i, n := range whole {
		caps[i] = n
		if most > 0 {
			caps[i] = min(n, most)
		}
		total += caps[i]
	}
	if room <= 0 || total <= room {
		return caps
	}
	share := 1
	for share < room && sumMin(caps, share+1) <= room {
		share++
	}
	left := room - sumMin(caps, share)
	for i, n := range caps {
		caps[i] = min(n, share)
		if n > share && left > 0 {
			caps[i]++
			left--
		}
	}
	return caps
}

// refill chooses for each item its whole deck or its short one (when it
// has one) and returns the decks of the round. A short deck often takes
// fewer slides than its cap (a summary is one slide): the slides left in
// the round then show items whole, in the order of the round, notices
// first, as long as the round holds them. most is max_slides (0: none).
func refill(whole, short [][]*Slide, room, most int) [][]*Slide {
	out := make([][]*Slide, len(whole))
	used := 0
	for i := range whole {
		out[i] = whole[i]
		if short[i] != nil {
			out[i] = short[i]
		}
		used += len(out[i])
	}
	left := room - used
	for i := range out {
		more := len(whole[i]) - len(out[i])
		if short[i] == nil || (most > 0 && len(whole[i]) > most) || (room > 0 && more > left) {
			continue
		}
		out[i] = whole[i]
		left -= more
		if len(short[i]) > 0 {
			short[i][0].Item.Short = false
		}
	}
	return out
}

// sumMin is the sum of min(n, c) over ns.
func sumMin(ns []int, c int) int {
	s := 0
	for _, n := range ns {
		s += min(n, c)
	}
	return s
}

// shortened is what a display shows of an item cut to limit slides of
// its whole: its summary, or else its first slides, then a line that
// sends the reader to the full text by the QR code beside the slides.
func (l displayLayout) shortened(p Common, it *model.Item, di *DeckItem, limit, whole int) []*Slide {
	cs, meta := chips(p.Site, it), metaLine(p.Site, it)
	m, room := l.frame(cs, it.Title, meta)
	var pieces []*Piece
	note := fmt.Sprintf("〔全文共 %d 屏，此处只显示开头。请用手机扫描二维码查看全文。〕", whole)
	if it.Summary != "" {
		pieces = Fit([]markdown.Block{summaryBlock(it.Summary)}, m)
		note = fmt.Sprintf("〔以上为摘要，全文共 %d 屏。请用手机扫描二维码查看全文。〕", whole)
	} else {
		blocks := append(extraBlocks(p, it, l.ColW, room(0), true), it.Doc.Blocks()...)
		pieces = Fit(blocks, m)
	}
	end := Fit([]markdown.Block{summaryBlock(note)}, m)
	pages := Paginate(append(pieces, end...), room)
	if len(pages) > limit {
		var keep []*Piece
		for _, pg := range pages[:limit] {
			keep = append(keep, pg.Pieces...)
		}
		for pages = Paginate(append(keep, end...), room); len(pages) > limit && len(keep) > 0; {
			keep = keep[:len(keep)-1]
			pages = Paginate(append(keep, end...), room)
		}
	}
	di.Short = true
	return l.deal(di, cs, it.Title, meta, pages)
}

// selections are the items of each selection a display carries, as
// indexes into its items: one selection of them all without a schedule;
// with one, the kiosk's own ("0") and one per schedule entry, as sets
// names them (Carried). Each selection is a round of its own, so the
// round is shared among its items, not among everything the page carries.
func selections(items []*model.Item, sets map[*model.Item]string, entries int) [][]int {
	all := make([]int, len(items))
	for i := range items {
		all[i] = i
	}
	if len(sets) == 0 {
		return [][]int{all}
	}
	out := make([][]int, entries+1)
	for i, it := range items {
		names, ok := sets[it]
		if !ok || names == "" {
			for s := range out {
				out[s] = append(out[s], i)
			}
			continue
		}
		for _, f := range strings.Fields(names) {
			if s, err := strconv.Atoi(f); err == nil && s >= 0 && s < len(out) {
				out[s] = append(out[s], i)
			}
		}
	}
	return out
}

// capsOf shares each selection's round among its items (slideCaps) and
// gives each item the smallest cap of the selections it is in.
func capsOf(whole []int, sel [][]int, room, most int) []int {
	caps := make([]int, len(whole))
	for i, n := range whole {
		caps[i] = n
		if most > 0 {
			caps[i] = min(n, most)
		}
	}
	for _, idx := range sel {
		part := make([]int, len(idx))
		for k, i := range idx {
			part[k] = whole[i]
		}
		for k, c := range slideCaps(part, room, most) {
			caps[idx[k]] = min(caps[idx[k]], c)
		}
	}
	return caps
}

// refillEach is refill for a display with several selections: an item
// cut short is shown whole again only while every selection it is in
// still has the room for it.
func refillEach(whole, short [][]*Slide, sel [][]int, room, most int) [][]*Slide {
	if len(sel) <= 1 {
		return refill(whole, short, room, most)
	}
	out := make([][]*Slide, len(whole))
	for i := range whole {
		out[i] = whole[i]
		if short[i] != nil {
			out[i] = short[i]
		}
	}
	in := make([][]int, len(whole)) // the selections each item is in
	left := make([]int, len(sel))
	for s, idx := range sel {
		left[s] = room
		for _, i := range idx {
			left[s] -= len(out[i])
			in[i] = append(in[i], s)
		}
	}
	for i := range out {
		more := len(whole[i]) - len(out[i])
		if short[i] == nil || (most > 0 && len(whole[i]) > most) {
			continue
		}
		fits := true
		for _, s := range in[i] {
			fits = fits && (room <= 0 || more <= left[s])
		}
		if !fits {
			continue
		}
		out[i] = whole[i]
		for _, s := range in[i] {
			left[s] -= more
		}
		if len(short[i]) > 0 {
			short[i][0].Item.Short = false
		}
	}
	return out
}
