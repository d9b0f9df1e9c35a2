package build

import (
	"cmp"
	"slices"
)

// renderOrder is the order in which a build renders the files of p not
// written yet (written). On two cores a small site's build is as long as
// its longest layout if that starts last, and a worker that takes a file
// gathering what another is still laying out only waits. So the Late
// channels' files (boards, kiosks: few, each long) come first, those
// carrying the most items first (a kiosk lays out every item it carries
// in each type size: the longest); then the other channels' files in
// their order; and last the files that gather what others lay out
// (output.File.Gathers), which then only read it.
func renderOrder(p *filePlan, written []bool) []int {
	var late, early, gather []int // indexes in p.files
	for i, f := range p.files {
		switch {
		case written[i]:
		case f.Gathers:
			gather = append(gather, i)
		case p.late[i]:
			late = append(late, i)
		default:
			early = append(early, i)
		}
	}
	slices.SortStableFunc(late, func(a, b int) int {
		return cmp.Compare(len(p.files[b].Shows), len(p.files[a].Shows))
	})
	return append(append(late, early...), gather...)
}
