package serve

import (
	"bytes"
	"net/http"
	"sync"
)

// DefaultCacheBytes bounds the answers a server keeps, by the length of
// their requests and bodies, unless Options.CacheBytes says otherwise.
const DefaultCacheBytes = 64 << 20

// answerCache keeps the bodies of successful answers to queries, by
// request, for one store generation (store.Generation): an answer is
// served again only while no write has been committed since it was read,
// so a query sees each article once it is committed. An answer of a later
// generation empties the cache; when the bodies kept would exceed the
// budget, answers drawn at random are dropped to make room.
type answerCache struct {
	budget     int
	mu         sync.Mutex
	generation uint64
	bodies     map[string][]byte
	size       int // bytes of the keys and bodies kept
}

func newAnswerCache(budget int) *answerCache {
	return &answerCache{budget: budget, bodies: make(map[string][]byte)}
}

// get returns the body kept for key at generation.
func (c *answerCache) get(generation uint64, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if generation != c.generation {
		return nil, false
	}
	body, found := c.bodies[key]
	return body, found
}

// put keeps body for key at generation; an answer read at an earlier
// generation than the cache's, or larger than the budget, is not kept.
func (c *answerCache) put(generation uint64, key string, body []byte) {
	if len(key)+len(body) > c.budget {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case generation < c.generation:
		return
	case generation > c.generation:
		clear(c.bodies)
		c.generation, c.size = generation, 0
	}
	if old, found := c.bodies[key]; found {
		c.size -= len(key) + len(old)
		delete(c.bodies, key)
	}
	// Map iteration starts at a random entry: the answers dropped are
	// drawn at random.
	for dropped, old := range c.bodies {
		if c.size+len(key)+len(body) <= c.budget {
			break
		}
		c.size -= len(dropped) + len(old)
		delete(c.bodies, dropped)
	}
	c.bodies[key] = body
	c.size += len(key) + len(body)
}

// cached answers a GET from the cache when the same request was answered
// at the store's present generation, and otherwise runs handle, keeping
// its answer if it succeeded. The generation is taken before handle reads
// the store, so what is kept is never older than the generation it is
// kept under.
func (s *Server) cached(handle func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.cache == nil || r.Method != http.MethodGet {
			return handle(w, r)
		}
		generation := s.st.Generation()
		key := r.URL.Path + "?" + r.URL.RawQuery
		if body, found := s.cache.get(generation, key); found {
			return writeBody(w, body)
		}
		recorder := &recordingWriter{ResponseWriter: w, status: http.StatusOK}
		if err := handle(recorder, r); err != nil {
			return err
		}
		if recorder.status == http.StatusOK {
			// A copy of its length, not the buffer's capacity, so that
			// the budget bounds the memory kept.
			s.cache.put(generation, key, bytes.Clone(recorder.body.Bytes()))
		}
		return nil
	}
}

// recordingWriter passes an answer on and keeps a copy of its body.
type recordingWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (w *recordingWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

func (w *recordingWriter) Write(p []byte) (int, error) {
	w.body.Write(p)
	return w.ResponseWriter.Write(p)
}
