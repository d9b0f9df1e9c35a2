package layout

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestNoBaseSaysWhatToDo: a site theme without base.html is told where to
// put one, not only that it is missing.
func TestNoBaseSaysWhatToDo(t *testing.T) {
	site := fstest.MapFS{"themes/plain/layouts/item.html": {Data: []byte(`{{define "main"}}x{{end}}`)}}
	_, diags := Load(site, "plain", nil)
	if len(diags) != 1 || diags[0].File != "layouts/base.html" ||
		!strings.Contains(diags[0].Msg, `add layouts/base.html`) || !strings.Contains(diags[0].Msg, `theme = "default"`) {
		t.Errorf("got %v, want one error saying to add layouts/base.html or use the default theme", diags)
	}
}
