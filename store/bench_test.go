package store_test

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/store"
)

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
			for b.Loop() {
				neighbours, err := s.Neighbours(hubs[0].ID, store.Query{Depth: depth})
				if err != nil {
					b.Fatal(err)
				}
				rows = len(neighbours)
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
