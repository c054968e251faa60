package store_test

import (
	"flag"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// benchStore names a built store for BenchmarkNeighboursOfStore, e.g.
//
//	go test -run '^$' -bench NeighboursOfStore ./store -args -store /tmp/scale.db
var benchStore = flag.String("store", "", "a kg store for BenchmarkNeighboursOfStore to query")

func BenchmarkPut(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s, err := store.Open(b.TempDir(), store.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			articles := syntheticArticles(b.N)
			relations := 0
			for _, a := range articles {
				relations += len(a.Relations)
			}
			b.ResetTimer()
			for start := 0; start < len(articles); start += batch {
				if _, err := s.Put(articles[start:min(start+batch, len(articles))]...); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(relations)/b.Elapsed().Seconds(), "relations/s")
		})
	}
}

func BenchmarkNeighbours(b *testing.B) {
	s, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	put(b, s, syntheticArticles(2000)...)
	hubs, err := s.Lookup("Anna Abbott")
	if err != nil || len(hubs) == 0 {
		b.Fatalf("no hub node: %v", err)
	}
	for _, depth := range []int{1, 2} {
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			rows := 0
			latencies := make([]time.Duration, 0, b.N)
			for b.Loop() {
				started := time.Now()
				neighbours, err := s.Neighbours(hubs[0].ID, store.Query{Depth: depth})
				if err != nil {
					b.Fatal(err)
				}
				latencies = append(latencies, time.Since(started))
				rows = len(neighbours)
			}
			b.ReportMetric(float64(rows), "rows")
			reportPercentiles(b, latencies)
		})
	}
}

// BenchmarkNeighboursOfStore asks a built store (-store) what kg
// neighbours asks, for each of a set of its nodes by name: Lookup, then
// Neighbours at depth 1 in both directions, unlimited. "sample" takes
// every 50th node, "hubs" the 100 most mentioned, which have the most
// edges. Every name is asked once before timing, so the figures are for
// a warm cache.
func BenchmarkNeighboursOfStore(b *testing.B) {
	if *benchStore == "" {
		b.Skip("no -store given")
	}
	s, err := store.Open(*benchStore, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var sample, all []graph.Node
	if err := s.Nodes(func(n graph.Node) error {
		if len(all)%50 == 0 {
			sample = append(sample, n)
		}
		all = append(all, graph.Node{Name: n.Name, Mentions: n.Mentions})
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	slices.SortFunc(all, func(x, y graph.Node) int { return y.Mentions - x.Mentions })
	sets := []struct {
		name  string
		nodes []graph.Node
	}{{"sample", sample}, {"hubs", all[:min(100, len(all))]}}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			if len(set.nodes) == 0 {
				b.Skip("the store has no nodes")
			}
			ask := func(name string) int {
				nodes, err := s.Lookup(name)
				if err != nil || len(nodes) == 0 {
					b.Fatalf("Lookup(%q) = %v, %v", name, nodes, err)
				}
				rows, err := s.Neighbours(nodes[0].ID, store.Query{Depth: 1})
				if err != nil {
					b.Fatal(err)
				}
				return len(rows)
			}
			for _, n := range set.nodes {
				ask(n.Name)
			}
			latencies := make([]time.Duration, 0, b.N)
			rows, most := 0, 0
			for i := 0; b.Loop(); i++ {
				started := time.Now()
				count := ask(set.nodes[i%len(set.nodes)].Name)
				latencies = append(latencies, time.Since(started))
				rows += count
				most = max(most, count)
			}
			b.ReportMetric(float64(len(set.nodes)), "names")
			b.ReportMetric(float64(rows)/float64(len(latencies)), "rows/op")
			b.ReportMetric(float64(most), "max-rows")
			reportPercentiles(b, latencies)
		})
	}
}

// reportPercentiles reports the median and 99th percentile of latencies
// in milliseconds.
func reportPercentiles(b *testing.B, latencies []time.Duration) {
	if len(latencies) == 0 {
		return
	}
	slices.Sort(latencies)
	at := func(fraction float64) float64 {
		return float64(latencies[int(fraction*float64(len(latencies)-1))]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

// BenchmarkResolve resolves the entities of a store of 5,000 synthetic
// articles, whose surnames are shared by several full names.
func BenchmarkResolve(b *testing.B) {
	s, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	articles := syntheticArticles(5000)
	for start := 0; start < len(articles); start += 100 {
		if _, err := s.Put(articles[start:min(start+100, len(articles))]...); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if err := s.Resolve(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvidenceOfEveryEdge reads the first three sentences of every
// edge, as kg export does: through one EvidenceReader, and edge by edge
// through Evidence. It reports the time per edge.
func BenchmarkEvidenceOfEveryEdge(b *testing.B) {
	s, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	put(b, s, syntheticArticles(2000)...)
	var edges []graph.Edge
	if err := s.Edges(func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		b.Fatal(err)
	}
	ways := []struct {
		name string
		read func() error
	}{
		{"reader", func() error {
			return s.ReadEvidence(func(r *store.EvidenceReader) error {
				for _, e := range edges {
					if _, err := r.Evidence(e, 3); err != nil {
						return err
					}
				}
				return nil
			})
		}},
		{"edge by edge", func() error {
			for _, e := range edges {
				if _, err := s.Evidence(e, 3); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for _, way := range ways {
		b.Run(way.name, func(b *testing.B) {
			for b.Loop() {
				if err := way.read(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(edges)), "µs/edge")
			b.ReportMetric(float64(len(edges)), "edges")
		})
	}
}
