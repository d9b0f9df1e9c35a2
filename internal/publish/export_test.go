package publish

// MinifyWhole is data minified whole, as Write minified every file before
// fragments (fragments.go): what Write must still write.
func (w *Writer) MinifyWhole(mediaType string, data []byte) ([]byte, error) {
	return w.m.Bytes(mediaType, data)
}
