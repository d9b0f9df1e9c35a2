package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// event is one Server-Sent Event.
type event struct {
	name string // hello, reload, errors
	data any    // sent as JSON
}

// Problem is one error shown in the overlay.
type Problem struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Msg  string `json:"msg"`
}

// hub sends events to every open page.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]bool
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan event]bool{}} }

// send queues ev for every page. A page too slow to keep up misses it and
// is told to reload instead, which is never wrong.
func (h *hub) send(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c <- ev:
		default:
			select {
			case <-c:
			default:
			}
			c <- event{name: "reload", data: reloadData{All: true}}
		}
	}
}

func (h *hub) add() chan event {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := make(chan event, 8)
	if h.closed {
		close(c)
		return c
	}
	h.clients[c] = true
	return c
}

func (h *hub) remove(c chan event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.clients[c] {
		delete(h.clients, c)
		close(c)
	}
}

// close ends every stream, so the HTTP server can shut down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		delete(h.clients, c)
		close(c)
	}
}

// heartbeat keeps idle connections open through proxies and lets a page
// notice a stopped server.
const heartbeat = 15 * time.Second

// stream serves one page's event stream: hello first, then every event.
func (h *hub) stream(w http.ResponseWriter, r *http.Request, hello event) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	c := h.add()
	defer h.remove(c)
	if writeEvent(w, hello) != nil {
		return
	}
	fl.Flush()
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-c:
			if !ok || writeEvent(w, ev) != nil {
				return
			}
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
				return
			}
		}
		fl.Flush()
	}
}

func writeEvent(w http.ResponseWriter, ev event) error {
	data, err := json.Marshal(ev.data)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, data)
	return err
}

// helloData tells a page which build is current and what is wrong now.
type helloData struct {
	Build  int       `json:"build"`
	Errors []Problem `json:"errors"`
}

// reloadData tells pages which files a build changed. All says every page
// reloads: an asset changed, or too many files to list.
type reloadData struct {
	Build int      `json:"build"`
	All   bool     `json:"all"`
	Paths []string `json:"paths,omitempty"`
}

// errorsData is a failed build's problems.
type errorsData struct {
	Errors []Problem `json:"errors"`
}
