package build

import (
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/status"
)

// writeStatus writes status.json: the --now day and the scope, nothing
// that a hidden item could change.
func writeStatus(site *model.Site, w *publish.Writer) error {
	return w.Write(status.File, status.Built(site.Now, string(site.Scope)).JSON(), "gongkai")
}
