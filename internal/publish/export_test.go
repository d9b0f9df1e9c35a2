package publish

import "bytes"

// MinifyWhole is data minified whole, as Write minified every file before
// fragments (fragments.go): what Write must still write.
func (w *Writer) MinifyWhole(mediaType string, data []byte) ([]byte, error) {
	return w.m.Bytes(mediaType, data)
}

// MinifyCutEverywhere minifies the HTML page data as WriteMinifiedStream
// does, cut before every block start tag where it may cut, not only
// every cutAt bytes; it returns the pieces' count too.
func (w *Writer) MinifyCutEverywhere(data []byte) ([]byte, int, error) {
	var out bytes.Buffer
	c := &htmlCutter{w: w, out: &out, buf: bytes.Clone(data)}
	pieces := 1
	for {
		at := firstCut(c.buf)
		if at == 0 {
			break
		}
		if err := c.flush(at); err != nil {
			return nil, 0, err
		}
		pieces++
	}
	if err := c.flush(len(c.buf)); err != nil {
		return nil, 0, err
	}
	return out.Bytes(), pieces, nil
}

// firstCut is the first place after data's first byte lastCut may give.
func firstCut(data []byte) int {
	s := scanner{data: data}
	for {
		at, name, ok := s.next()
		if !ok {
			return 0
		}
		if at > 0 && block(name) {
			return at
		}
	}
}
