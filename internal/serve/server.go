package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// Defaults of Options.
const (
	DefaultMaxIngestBytes = 64 << 20
	DefaultIngestTimeout  = 30 * time.Minute
	// maxQueryBody bounds the body of any request but an ingest: no
	// other route reads one.
	maxQueryBody = 4 << 10
)

// Limits of the query parameters, which the OpenAPI document states.
const (
	maxDepth    = 3
	maxLimit    = 1000
	maxEvidence = 20
	maxPaths    = 10
)

// Timeouts of the HTTP server; an ingest lifts the read and write ones
// to Options.IngestTimeout for its own request.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
)

// Options configure a Server.
type Options struct {
	// ReadOnly refuses ingest (403).
	ReadOnly bool
	// MaxIngestBytes bounds the body of a POST of articles;
	// <= 0: DefaultMaxIngestBytes.
	MaxIngestBytes int64
	// IngestTimeout bounds the reading of an ingest's body and the
	// writing of its answer; <= 0: DefaultIngestTimeout.
	IngestTimeout time.Duration
	// Workers is how many articles an ingest extracts at once; <= 0:
	// one per core but one, which the queries keep (at least one).
	Workers int
	// Observe, when set, is told how long each request took the server,
	// from its arrival at the handler to its answer written, by path.
	Observe func(path string, elapsed time.Duration)
	// Missed, when set, is told of each query, by path, that the answers
	// kept did not answer, so that its answer was read from the store.
	Missed func(path string)
	// CacheBytes bounds the answers to queries kept until a commit
	// touches what they read (see answerCache), by the bytes of their
	// requests, bodies and reads; 0: DefaultCacheBytes; < 0: none kept.
	CacheBytes int
	// Log, when set, receives one line per problem with posted input
	// and per failed request.
	Log io.Writer
}

// Server answers the API over one store, which it must be the only
// writer of.
type Server struct {
	st      *store.Store
	opts    Options
	handler http.Handler
	routes  []string // "METHOD /path" of every route, for the OpenAPI test
	// routeIndex is the answer of /api/: every route, with its summary.
	routeIndex indexJSON
	// closing is set once shutdown starts: new requests get 503.
	closing atomic.Bool
	// ingesting is held by the ingest running, if any; running says so
	// to /api/stats without taking it.
	ingesting sync.Mutex
	running   atomic.Bool
	// metrics are the stored analysis's, read at start and after each
	// ingest.
	metrics atomic.Pointer[map[uint64]graph.Metrics]
	// analyses caches the analysis of the graph by exclusion, for top,
	// communities; it is dropped by an ingest.
	analyses sync.Map
	// ingested is the store generation at the end of the last ingest:
	// an analysis read before it is not kept.
	ingested atomic.Uint64
	// cache keeps answers to queries until a commit touches what they
	// read; nil: none.
	cache *answerCache
	logMu sync.Mutex
}

// New returns a server of st.
func New(st *store.Store, opts Options) (*Server, error) {
	if opts.MaxIngestBytes <= 0 {
		opts.MaxIngestBytes = DefaultMaxIngestBytes
	}
	if opts.IngestTimeout <= 0 {
		opts.IngestTimeout = DefaultIngestTimeout
	}
	if opts.Workers <= 0 {
		opts.Workers = max(1, runtime.GOMAXPROCS(0)-1)
	}
	if opts.CacheBytes == 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	s := &Server{st: st, opts: opts}
	if opts.CacheBytes > 0 {
		s.cache = newAnswerCache(st, opts.CacheBytes)
	}
	if err := s.loadMetrics(); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	// Patterns leave the method out, so that a route asked with another
	// method answers 405 in JSON, as every error does.
	methods := make(map[string][]string)
	handlers := make(map[string]http.HandlerFunc)
	route := func(method, path string, handle func(http.ResponseWriter, *http.Request) error) {
		s.routes = append(s.routes, method+" "+path)
		if _, registered := handlers[path]; !registered {
			handlers[path] = s.answer(func(w http.ResponseWriter, r *http.Request) error {
				return s.byMethod(w, r, path, methods[path], handlers)
			})
			// A path ending in a slash is that path alone, but for the
			// explorer's, which serves the paths under it.
			pattern := path
			if path != "/" && strings.HasSuffix(path, "/") {
				pattern += "{$}"
			}
			mux.HandleFunc(pattern, handlers[path])
		}
		methods[path] = append(methods[path], method)
		handlers[method+" "+path] = s.answer(handle)
	}
	route("GET", "/api/", s.index)
	route("GET", "/api/search", s.cached(s.search, true))
	route("GET", "/api/entities/{id}", s.cached(s.entity, true))
	route("GET", "/api/neighbours", s.cached(s.neighbours, true))
	route("GET", "/api/evidence", s.cached(s.evidence, true))
	// A path reads the analysed graph kept since the last ingest as well.
	route("GET", "/api/path", s.cached(s.path, false))
	route("GET", "/api/top", s.top)
	route("GET", "/api/communities", s.communities)
	route("GET", "/api/stats", s.stats)
	route("GET", "/api/export", s.export)
	route("POST", "/api/articles", s.ingest)
	route("POST", "/articles", s.ingest)
	route("GET", openAPIPath, s.openAPI)
	route("GET", "/", s.web)
	index, err := describeRoutes(s.routes)
	if err != nil {
		return nil, err
	}
	s.routeIndex = index
	s.handler = s.guard(mux)
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Routes returns the routes the server answers, "METHOD /path", in order.
func (s *Server) Routes() []string { return s.routes }

func (s *Server) loadMetrics() error {
	metrics, err := s.st.Metrics()
	if err != nil {
		return err
	}
	s.metrics.Store(&metrics)
	return nil
}

// guard refuses requests once shutdown has begun, bounds the bodies of
// all but ingests (refusing a query's past the bound), and times each
// request for Observe.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started := time.Now()
		if s.closing.Load() {
			w.Header().Set("Connection", "close")
			writeError(w, &apiError{status: http.StatusServiceUnavailable, message: "the server is shutting down"})
			return
		}
		limit := int64(maxQueryBody)
		if r.Method == http.MethodPost {
			limit = s.opts.MaxIngestBytes
		}
		if r.Body == nil {
			r.Body = http.NoBody // as a server gives a request without one
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if r.Method != http.MethodPost {
			// No route but an ingest reads its body: read it here, so
			// that one past the bound is refused.
			var tooLarge *http.MaxBytesError
			if _, err := io.Copy(io.Discard, r.Body); errors.As(err, &tooLarge) {
				writeError(w, &apiError{status: http.StatusRequestEntityTooLarge, message: fmt.Sprintf("the body is larger than %d bytes", tooLarge.Limit)})
				return
			}
		}
		next.ServeHTTP(w, r)
		if s.opts.Observe != nil {
			s.opts.Observe(r.URL.Path, time.Since(started))
		}
	})
}

// answer runs a handler and writes its error, if any, as JSON with the
// status it calls for: a store failure is the one 500.
func (s *Server) answer(handle func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := handle(w, r)
		if err == nil {
			return
		}
		var known *apiError
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &known):
		case errors.As(err, &tooLarge):
			known = &apiError{status: http.StatusRequestEntityTooLarge, message: fmt.Sprintf("the body is larger than %d bytes", tooLarge.Limit)}
		case errors.Is(err, ErrIngestRunning):
			known = &apiError{status: http.StatusConflict, message: "an ingest is running; post again once it has ended"}
		default:
			s.logf("kg serve: %s %s: %v", r.Method, r.URL.Path, err)
			known = &apiError{status: http.StatusInternalServerError, message: "the store failed to answer; see the server's log"}
		}
		writeError(w, known)
	}
}

// byMethod hands a request to the route of its method and path, or
// answers 405 naming the methods the path takes. HEAD is answered as GET.
func (s *Server) byMethod(w http.ResponseWriter, r *http.Request, path string, allowed []string, handlers map[string]http.HandlerFunc) error {
	if path == "/" && strings.HasPrefix(r.URL.Path, "/api/") {
		return notFound("no route %s %s; GET /api/ lists them", r.Method, r.URL.Path)
	}
	method := r.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	if handle, found := handlers[method+" "+path]; found {
		handle(w, r)
		return nil
	}
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	return &apiError{status: http.StatusMethodNotAllowed, message: fmt.Sprintf("%s takes %s, not %s", path, strings.Join(allowed, " or "), r.Method)}
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log == nil {
		return
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.status, errorJSON{Error: e.message, Candidates: e.candidates, Closest: e.closest})
}

func writeJSON(w http.ResponseWriter, status int, value any) error {
	jsonHeaders(w)
	w.WriteHeader(status)
	encoder := json.NewEncoder(w)
	encoder.SetEscapeHTML(false)
	return encoder.Encode(value)
}

// writeBody writes a JSON answer already encoded, as writeJSON wrote it.
func writeBody(w http.ResponseWriter, body []byte) error {
	jsonHeaders(w)
	_, err := w.Write(body)
	return err
}

func jsonHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

// Serve answers on l until ctx is done, then shuts down: it stops
// accepting connections, answers 503 to requests that still arrive on
// open ones, lets the requests in progress end (an ingest stores all it
// has read) and returns. It returns nil after a shutdown.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	server := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	served := make(chan error, 1)
	go func() { served <- server.Serve(l) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	s.closing.Store(true)
	err := server.Shutdown(context.Background())
	if serveErr := <-served; !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
		err = serveErr
	}
	// An ingest whose client left is still storing what it read.
	s.ingesting.Lock()
	defer s.ingesting.Unlock()
	return err
}
