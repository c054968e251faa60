package serve

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/kg-project/kg/store"
)

// DefaultCacheBytes bounds the answers a server keeps, by the length of
// their requests, bodies and reads, unless Options.CacheBytes says
// otherwise.
const DefaultCacheBytes = 64 << 20

// answerCache keeps the bodies of successful answers to queries, by
// request, with the store generation (store.Generation) they were read at
// and what they read (store.Reads). An answer is served again at a later
// generation only when the store's change log says no write committed
// since touched what it read (store.Changed), and is then kept as of the
// later generation; otherwise it is dropped. When the answers kept would
// exceed the budget, answers drawn at random are dropped to make room.
type answerCache struct {
	budget  int
	st      *store.Store
	mu      sync.Mutex
	answers map[string]*answer
	size    int // bytes of the keys, bodies and reads kept
}

// answer is one answer kept.
type answer struct {
	generation uint64
	body       []byte
	reads      *store.Reads
}

func (a *answer) size(key string) int {
	return len(key) + len(a.body) + a.reads.Size()
}

func newAnswerCache(st *store.Store, budget int) *answerCache {
	return &answerCache{budget: budget, st: st, answers: make(map[string]*answer)}
}

// get returns the body kept for key if it is the answer at generation,
// or at a later one another request has already asked at.
func (c *answerCache) get(generation uint64, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	kept, found := c.answers[key]
	switch {
	case !found:
		return nil, false
	case kept.generation >= generation:
		return kept.body, true
	case c.st.Changed(kept.reads, kept.generation, generation):
		c.drop(key, kept)
		return nil, false
	}
	kept.generation = generation
	return kept.body, true
}

// put keeps body for key, read at generation from what reads recorded;
// an answer larger than the budget, or read before the one kept, is not
// kept.
func (c *answerCache) put(generation uint64, key string, body []byte, reads *store.Reads) {
	added := &answer{generation: generation, body: body, reads: reads}
	if added.size(key) > c.budget {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, found := c.answers[key]; found {
		if old.generation > generation {
			return
		}
		c.drop(key, old)
	}
	// Map iteration starts at a random entry: the answers dropped are
	// drawn at random.
	for dropped, old := range c.answers {
		if c.size+added.size(key) <= c.budget {
			break
		}
		c.drop(dropped, old)
	}
	c.answers[key] = added
	c.size += added.size(key)
}

func (c *answerCache) drop(key string, a *answer) {
	c.size -= a.size(key)
	delete(c.answers, key)
}

// query is a handler of a cached route, reading the store through st.
type query func(st *store.Store, w http.ResponseWriter, r *http.Request) error

// cached answers a GET from the cache when the same request was answered
// before and no write since touched what that answer read, and otherwise
// runs handle, keeping its answer if it succeeded. handle reads the store
// through a recording store (store.Recording) when recorded is set, and
// must then read it through no other; otherwise its answer is dropped by
// any write. The generation is taken before handle reads the store, so
// what is kept is never older than the generation it is kept under.
func (s *Server) cached(handle query, recorded bool) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.cache == nil || r.Method != http.MethodGet {
			return handle(s.st, w, r)
		}
		generation := s.st.Generation()
		key := r.URL.Path + "?" + r.URL.RawQuery
		if body, found := s.cache.get(generation, key); found {
			return writeBody(w, body)
		}
		if s.opts.Missed != nil {
			s.opts.Missed(r.URL.Path)
		}
		st, reads := s.st, (*store.Reads)(nil)
		if recorded {
			reads = new(store.Reads)
			st = s.st.Recording(reads)
		}
		recorder := &recordingWriter{ResponseWriter: w, status: http.StatusOK}
		if err := handle(st, recorder, r); err != nil {
			return err
		}
		if recorder.status == http.StatusOK {
			// A copy of its length, not the buffer's capacity, so that
			// the budget bounds the memory kept.
			s.cache.put(generation, key, bytes.Clone(recorder.body.Bytes()), reads)
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
