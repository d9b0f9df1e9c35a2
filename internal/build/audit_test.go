package build

import (
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// TestAuditIsTheBuildsEdition: what check and report weigh (Audit) is, for
// every item, the item a build of its scope makes, bodies and charts
// aside: the same status, replacement, consultation window, decision
// stages and risk points.
func TestAuditIsTheBuildsEdition(t *testing.T) {
	t.Parallel()
	opts := &Options{SiteDir: ".", FS: exampleSite(t), Now: testNow, Scope: config.Internal}
	site, diags := Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example does not load: %v", diags)
	}
	audited := map[string]*model.Item{}
	for _, it := range site.Audit(testNow, config.Internal) {
		audited[it.ID] = it
	}
	for _, scope := range []config.Scope{config.Public, config.Internal} {
		for _, built := range site.View(string(scope)).Items {
			if built.Internal() != (scope == config.Internal) {
				continue // weighed as the edition of its own scope shows it
			}
			a := audited[built.ID]
			if a == nil {
				t.Errorf("%s is built but not audited", built.ID)
				continue
			}
			if a.Status != built.Status || id(a.SupersededBy) != id(built.SupersededBy) || (a.Comment == nil) != (built.Comment == nil) ||
				len(a.Timeline) != len(built.Timeline) || len(a.PowerRisks) != len(built.PowerRisks) || len(a.RiskPoints) != len(built.RiskPoints) {
				t.Errorf("%s: audited %s, superseded by %q, comment %v, %d stages, %d+%d risks; built %s, %q, %v, %d, %d+%d",
					a.ID, a.Status, id(a.SupersededBy), a.Comment != nil, len(a.Timeline), len(a.PowerRisks), len(a.RiskPoints),
					built.Status, id(built.SupersededBy), built.Comment != nil, len(built.Timeline), len(built.PowerRisks), len(built.RiskPoints))
			}
		}
	}
}

func id(it *model.Item) string {
	if it == nil {
		return ""
	}
	return it.ID
}
