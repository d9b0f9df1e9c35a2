package calendar

import (
	"testing"
	"time"
)

func TestOffsetsFollowTheSitesTimezone(t *testing.T) {
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	if got := Offsets(shanghai, Date(2026, 11, 27)); len(got) != 1 || got[0] != [2]int64{0, 480} {
		t.Errorf("Asia/Shanghai: %v, want one entry of +480 minutes", got)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	got := Offsets(berlin, Date(2026, 11, 27))
	if len(got) != 7 || got[0][1] != 60 || got[1][1] != 120 || got[2][1] != 60 {
		t.Fatalf("Europe/Berlin: %v, want winter, then summer and winter time for three years", got)
	}
	// Summer time begins at 01:00 UTC on the last Sunday of March 2026.
	if want := time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC).UnixMilli(); got[1][0] != want {
		t.Errorf("summer time begins at %d, want %d", got[1][0], want)
	}
}
