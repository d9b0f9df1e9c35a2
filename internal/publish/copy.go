package publish

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Copy puts a copy of the output folder src in place of dest, as a build
// writes its output: into a temporary folder beside dest, swapped in
// whole, so dest is always the complete previous copy or the complete new
// one. dest is refused as a build's destination is (a folder gongkai did
// not write, or one of another scope). Files are copied as they are: src
// is a build's output, already minified.
func Copy(ctx context.Context, src, dest string, opts Options) error {
	w, err := New(dest, opts)
	if err != nil {
		return err
	}
	if err := w.copyFrom(ctx, src); err != nil {
		w.Abort()
		return err
	}
	return w.Commit()
}

// copyFrom writes every regular file under src but its marker.
func (w *Writer) copyFrom(ctx context.Context, src string) error {
	return fs.WalkDir(os.DirFS(src), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("reading %s: %w", filepath.Join(src, filepath.FromSlash(name)), unwrapPath(err))
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !d.Type().IsRegular() || name == Marker {
			return nil
		}
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
		if err != nil {
			return fmt.Errorf("reading %s: %w", filepath.Join(src, filepath.FromSlash(name)), unwrapPath(err))
		}
		return w.WriteRaw(name, data, filepath.Join(src, filepath.FromSlash(name)))
	})
}
