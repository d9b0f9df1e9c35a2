package search

import (
	"bytes"
	"strconv"
	"testing"
)

// TestMemoIndexIsIndex: indexes made through a Memo, round after round
// with bodies and fields edited, items added and removed, write the
// shards an index made afresh writes; and the memo tokenizes again only
// what changed.
func TestMemoIndexIsIndex(t *testing.T) {
	type item struct {
		body   *string
		fields string
	}
	text := func(s string) *string { return &s }
	items := []item{
		{text("青山县2026年预算公开说明"), "预算 #c:budget"},
		{text("干部任前公示：王某拟任县财政局局长"), "任前公示 #c:cadre"},
		{nil, "空白 #c:blank"},
		{text("重大行政决策征求意见 consultation 2026"), "决策 #c:decisions"},
	}
	m := NewMemo()
	bodies := 0
	for round := range 4 {
		switch round {
		case 1:
			items[1].body = text(*items[1].body + "，公示期五个工作日") // a body edit
		case 2:
			items[0].fields = "预算调整 #c:budget" // a title edit
		case 3:
			items = append(items[:2], items[3:]...) // a removal
			items = append(items, item{text("新增事项 item " + strconv.Itoa(round)), "新增 #c:new"})
		}
		direct := NewIndex(nil)
		mx := m.Index()
		for _, it := range items {
			fields := func(add func(string)) { Tokens(it.fields, add); add("#x:" + it.fields) }
			var words Words
			var body func() string
			if it.body != nil {
				words = direct.Dict().Add(*it.body)
				body = func() string { bodies++; return *it.body }
			}
			direct.Add(words, fields)
			mx.Add(Key{Body: it.body, Fields: it.fields}, body, fields)
		}
		got, want := mx.Done().Split(4), direct.Split(4)
		for i := range want {
			if !bytes.Equal(got[i], want[i]) {
				t.Errorf("round %d, shard %d: through the memo\n%s\nafresh\n%s", round, i, got[i], want[i])
			}
		}
	}
	if bodies != 3+1+1+1 {
		t.Errorf("the memo tokenized %d bodies in four rounds, want 6 (3, then the edited one, the retitled one, the new one)", bodies)
	}
}
