package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/serve"
	"github.com/kg-project/kg/store"
)

// articles is the fixture corpus: a few articles about British politics
// and football, read through kg build's pipeline. Two men go by
// "Brown", neither far more mentioned than the other.
const articles = "testdata/articles.jsonl"

// buildStore builds the JSON Lines text into a new in-memory store
// through the build pipeline.
func buildStore(t testing.TB, lines string) *store.Store {
	t.Helper()
	st, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	src := ingest.Files([]string{"-"}, corpus.Options{Stdin: strings.NewReader(lines)})
	summary, err := ingest.Build(context.Background(), st, src, ingest.Options{})
	if err != nil || summary.Skipped > 0 {
		t.Fatalf("build: %v, %+v", err, summary)
	}
	return st
}

func readArticles(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(articles)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// shared is one server of the whole fixture, for the tests that only
// query.
var shared struct {
	once   sync.Once
	server *serve.Server
}

func sharedServer(t testing.TB) *serve.Server {
	t.Helper()
	shared.once.Do(func() {
		st, err := store.Open("", store.Options{InMemory: true})
		if err != nil {
			t.Fatal(err)
		}
		src := ingest.Files([]string{articles}, corpus.Options{})
		if _, err := ingest.Build(context.Background(), st, src, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
		if shared.server, err = serve.New(st, serve.Options{}); err != nil {
			t.Fatal(err)
		}
	})
	if shared.server == nil {
		t.Fatal("the shared server could not be made")
	}
	return shared.server
}

// answer is a response read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func request(t testing.TB, h http.Handler, method, target string, body io.Reader) answer {
	t.Helper()
	recorder := httptest.NewRecorder()
	h.ServeHTTP(recorder, httptest.NewRequest(method, target, body))
	return answer{status: recorder.Code, header: recorder.Header(), body: recorder.Body.Bytes()}
}

func get(t testing.TB, h http.Handler, target string) answer {
	t.Helper()
	return request(t, h, http.MethodGet, target, nil)
}

// decode reads a JSON answer of status want into v.
func (a answer) decode(t testing.TB, want int, v any) {
	t.Helper()
	if a.status != want {
		t.Fatalf("status %d, want %d: %s", a.status, want, a.body)
	}
	if kind := a.header.Get("Content-Type"); !strings.HasPrefix(kind, "application/json") {
		t.Fatalf("Content-Type %q, want JSON", kind)
	}
	decoder := json.NewDecoder(bytes.NewReader(a.body))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(v); err != nil {
		t.Fatalf("decode %s: %v", a.body, err)
	}
}

// Mirrors of the answers, written from the OpenAPI document, so that a
// field the server adds or renames without documenting fails decoding.

type node struct {
	ID        uint64   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	Community *int     `json:"community"`
	PageRank  *float64 `json:"pagerank"`
}

type apiError struct {
	Error      string `json:"error"`
	Candidates []node `json:"candidates"`
	Closest    []node `json:"closest"`
}

type sentence struct {
	Text     string `json:"text"`
	Document string `json:"document"`
	Title    string `json:"title"`
	Date     string `json:"date"`
}

type relation struct {
	Predicate string     `json:"predicate"`
	Direction string     `json:"direction"`
	Negated   bool       `json:"negated"`
	Symmetric bool       `json:"symmetric"`
	Kind      string     `json:"kind"`
	Weight    int        `json:"weight"`
	First     string     `json:"first"`
	Last      string     `json:"last"`
	Evidence  []sentence `json:"evidence"`
}

type neighbour struct {
	node
	Depth     int        `json:"depth"`
	From      uint64     `json:"from"`
	Weight    int        `json:"weight"`
	First     string     `json:"first"`
	Last      string     `json:"last"`
	Relations []relation `json:"relations"`
}

type neighbours struct {
	Entity     node        `json:"entity"`
	Total      int         `json:"total"`
	Offset     int         `json:"offset"`
	Limit      int         `json:"limit"`
	Neighbours []neighbour `json:"neighbours"`
}

func (n neighbours) names() []string {
	names := make([]string, len(n.Neighbours))
	for i, row := range n.Neighbours {
		names[i] = row.Name
	}
	return names
}

func jsonInto(data []byte, v any) error { return json.Unmarshal(data, v) }
