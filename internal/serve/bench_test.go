package serve_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/serve"
	"github.com/kg-project/kg/store"
)

// The load benchmark's inputs, from the environment: a store it may
// write to (a copy), the JSON Lines articles it posts, and optionally a
// second copy of the store, into which it builds the same articles
// without serving, to check that the served ingest lost nothing.
const (
	benchStoreEnv     = "KG_SERVE_BENCH_STORE"
	benchArticlesEnv  = "KG_SERVE_BENCH_ARTICLES"
	benchReferenceEnv = "KG_SERVE_BENCH_REFERENCE"
	benchWorkersEnv   = "KG_SERVE_BENCH_WORKERS" // ingest workers; unset: the server's default
	benchCacheEnv     = "KG_SERVE_BENCH_CACHE"   // Options.CacheBytes; unset: the server's default, -1: none
	// benchPauseEnv, a duration, has each client wait that long between
	// its requests; unset, each asks again as soon as answered.
	benchPauseEnv = "KG_SERVE_BENCH_PAUSE"
)

// benchClients is how many clients ask for neighbours at once.
const benchClients = 50

// benchQuiet is how long the clients ask before the ingest starts, which
// gives the latencies without one.
const benchQuiet = 20 * time.Second

// BenchmarkServeNeighboursUnderIngest: 50 clients ask for the neighbours
// of entities drawn from the store's, over HTTP on loopback, while one
// ingest of the articles runs; the latency of each neighbours request is
// measured at the server and reported as p50, p90 and p99, and as quiet-p50
// and quiet-p99 for the same clients during 20 s before it; misses counts
// the requests during the ingest that the answers kept did not answer,
// and miss-percent their share. An entity not found (404) is one the
// ingest's resolution joined to another, and must still be missing once
// the ingest is done (joined counts them); any other failed request
// counts in failures. Once the ingest has answered, the store's counts
// are checked against a build of the same articles into the reference
// copy.
func BenchmarkServeNeighboursUnderIngest(b *testing.B) {
	dir, articles := os.Getenv(benchStoreEnv), os.Getenv(benchArticlesEnv)
	if dir == "" || articles == "" {
		b.Skipf("set %s to a copy of a store (it is written to) and %s to JSON Lines articles new to it", benchStoreEnv, benchArticlesEnv)
	}
	var workers, cache int
	for name, value := range map[string]*int{benchWorkersEnv: &workers, benchCacheEnv: &cache} {
		if text := os.Getenv(name); text != "" {
			if _, err := fmt.Sscan(text, value); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
		}
	}
	var pause time.Duration
	if value := os.Getenv(benchPauseEnv); value != "" {
		var err error
		if pause, err = time.ParseDuration(value); err != nil {
			b.Fatalf("%s: %v", benchPauseEnv, err)
		}
	}
	st, err := store.Open(dir, store.Options{Existing: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ids := sampleNodes(b, st, 2000)
	var latencies struct {
		sync.Mutex
		neighbours []time.Duration
	}
	observe := func(path string, elapsed time.Duration) {
		if path == "/api/neighbours" {
			latencies.Lock()
			latencies.neighbours = append(latencies.neighbours, elapsed)
			latencies.Unlock()
		}
	}
	var misses atomic.Int64
	missed := func(path string) {
		if path == "/api/neighbours" {
			misses.Add(1)
		}
	}
	server, err := serve.New(st, serve.Options{Observe: observe, Missed: missed, Workers: workers, CacheBytes: cache, Log: os.Stderr})
	if err != nil {
		b.Fatal(err)
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- server.Serve(ctx, listener) }()
	base := "http://" + listener.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: benchClients}}
	before := storeStats(b, st)
	var summary ingestAnswer
	var failures atomic.Int64
	// firstFailure says what the first failed request got.
	var firstFailure sync.Once
	failed := func(why string) {
		failures.Add(1)
		firstFailure.Do(func() { b.Logf("first failed request: %s", why) })
	}
	// taken empties the latencies measured so far and returns them sorted.
	taken := func() []time.Duration {
		latencies.Lock()
		defer latencies.Unlock()
		measured := slices.Clone(latencies.neighbours)
		latencies.neighbours = latencies.neighbours[:0]
		slices.Sort(measured)
		return measured
	}
	var quiet, measured []time.Duration
	var measuredMisses int64
	// gone holds the ids a neighbours request found no entity for.
	var gone sync.Map
	for b.Loop() {
		done := make(chan struct{})
		var clients sync.WaitGroup
		for c := range benchClients {
			clients.Go(func() {
				random := rand.New(rand.NewPCG(uint64(c), 1))
				for {
					select {
					case <-done:
						return
					default:
					}
					id := ids[random.IntN(len(ids))]
					response, err := client.Get(fmt.Sprintf("%s/api/neighbours?entity=id:%d&limit=100", base, id))
					if err != nil {
						failed(err.Error())
						continue
					}
					switch response.StatusCode {
					case http.StatusOK:
					case http.StatusNotFound:
						// An entity the ingest's resolution joined
						// to another; checked once the ingest is done.
						gone.Store(id, true)
					default:
						body, _ := io.ReadAll(response.Body)
						failed(fmt.Sprintf("%d %s", response.StatusCode, body))
					}
					io.Copy(io.Discard, response.Body)
					response.Body.Close()
					time.Sleep(pause)
				}
			})
		}
		// The same load without an ingest first, for comparison.
		time.Sleep(benchQuiet)
		quiet = taken()
		missesBefore := misses.Load()
		summary = postArticles(b, client, base, articles)
		measured = taken()
		measuredMisses = misses.Load() - missesBefore
		close(done)
		clients.Wait()
	}
	// An entity found missing must still be missing once the ingest is
	// done: one that answers again was missing for a while only.
	joined := 0
	gone.Range(func(key, _ any) bool {
		joined++
		response, err := client.Get(fmt.Sprintf("%s/api/neighbours?entity=id:%d&limit=100", base, key))
		if err != nil {
			b.Fatal(err)
		}
		response.Body.Close()
		if response.StatusCode != http.StatusNotFound {
			failed(fmt.Sprintf("id:%d was not found during the ingest but is after it (%d)", key, response.StatusCode))
		}
		return true
	})
	stop()
	if err := <-served; err != nil {
		b.Fatal(err)
	}
	if len(measured) == 0 || len(quiet) == 0 {
		b.Fatal("no neighbours request was answered")
	}
	quantile := func(sorted []time.Duration, q float64) float64 {
		return float64(sorted[int(q*float64(len(sorted)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(quantile(measured, 0.5), "p50-ms")
	b.ReportMetric(quantile(measured, 0.9), "p90-ms")
	b.ReportMetric(quantile(measured, 0.99), "p99-ms")
	b.ReportMetric(quantile(quiet, 0.5), "quiet-p50-ms")
	b.ReportMetric(quantile(quiet, 0.99), "quiet-p99-ms")
	b.ReportMetric(float64(len(measured)), "requests")
	b.ReportMetric(float64(measuredMisses), "misses")
	b.ReportMetric(100*float64(measuredMisses)/float64(len(measured)), "miss-percent")
	b.ReportMetric(float64(summary.ElapsedMS)/1000, "ingest-s")
	b.ReportMetric(float64(failures.Load()), "failures")
	b.ReportMetric(float64(joined), "joined")
	b.Logf("%d neighbours requests during the ingest, %d failed; ingest %+v", len(measured), failures.Load(), summary)
	if failures.Load() > 0 {
		b.Errorf("%d requests failed", failures.Load())
	}
	after := storeStats(b, st)
	if after.Documents != before.Documents+summary.Added || summary.Skipped > 0 {
		b.Errorf("documents %d before, %d after, ingest %+v", before.Documents, after.Documents, summary)
	}
	if reference := os.Getenv(benchReferenceEnv); reference != "" {
		compareWithBuild(b, reference, articles, after)
	}
}

// sampleNodes returns up to n ids of live nodes of st, drawn evenly from
// all of them.
func sampleNodes(b *testing.B, st *store.Store, n int) []uint64 {
	var ids []uint64
	if err := st.Nodes(func(node graph.Node) error {
		ids = append(ids, node.ID)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	if len(ids) == 0 {
		b.Fatal("the store has no nodes")
	}
	step := max(1, len(ids)/n)
	var sample []uint64
	for i := 0; i < len(ids); i += step {
		sample = append(sample, ids[i])
	}
	return sample
}

func postArticles(b *testing.B, client *http.Client, base, path string) ingestAnswer {
	body, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer body.Close()
	response, err := client.Post(base+"/api/articles", "application/x-ndjson", body)
	if err != nil {
		b.Fatal(err)
	}
	defer response.Body.Close()
	data, err := io.ReadAll(response.Body)
	var summary ingestAnswer
	if err == nil {
		err = jsonInto(data, &summary)
	}
	if err != nil || response.StatusCode != http.StatusOK {
		b.Fatalf("ingest: %d %s (%v)", response.StatusCode, data, err)
	}
	return summary
}

func storeStats(b *testing.B, st *store.Store) store.Stats {
	stats, err := st.Stats()
	if err != nil {
		b.Fatal(err)
	}
	return stats
}

// compareWithBuild builds articles into the store copy in dir without
// serving, as kg build does, and checks that its counts are served's.
func compareWithBuild(b *testing.B, dir, articles string, served store.Stats) {
	st, err := store.Open(dir, store.Options{Existing: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	src := ingest.Files([]string{articles}, corpus.Options{})
	if _, err := ingest.Build(context.Background(), st, src, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	built := storeStats(b, st)
	describe := func(s store.Stats) string {
		return fmt.Sprintf("%d documents, %d duplicates, entities %v, %d edges, %d sentences", s.Documents, s.Duplicates, s.Entities, s.Edges, s.Evidence)
	}
	if describe(built) != describe(served) {
		b.Errorf("served ingest: %s\nplain build:   %s", describe(served), describe(built))
	} else {
		b.Logf("the served ingest left what a plain build leaves: %s", describe(built))
	}
}
