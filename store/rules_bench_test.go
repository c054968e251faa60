package store_test

import (
	"context"
	"flag"
	"testing"

	"github.com/kg-project/kg/store"
)

// curationArticleCount is how many articles BenchmarkCuration stores, e.g.
//
//	go test -run '^$' -bench Curation -benchtime 1x ./store -args -curation-articles 100000
var curationArticleCount = flag.Int("curation-articles", 10000, "articles BenchmarkCuration stores")

// curationBatch is how many articles share a Put, as in kg build.
const curationBatch = 64

// BenchmarkCuration compares curating a store's articles by a changed
// rules file (apply) with storing the same articles into a new store
// (put), the store's part of a build, extraction left out. Each apply
// swaps two files whose drops and merges of common names change about
// half of the articles; µs/article is per stored article in both.
func BenchmarkCuration(b *testing.B) {
	articles := syntheticArticles(*curationArticleCount)
	b.Run("put", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s, err := store.Open(b.TempDir(), store.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for start := 0; start < len(articles); start += curationBatch {
				if _, err := s.Put(articles[start:min(start+curationBatch, len(articles))]...); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(articles)), "µs/article")
	})
	b.Run("apply", func(b *testing.B) {
		s, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for start := 0; start < len(articles); start += curationBatch {
			if _, err := s.Put(articles[start:min(start+curationBatch, len(articles))]...); err != nil {
				b.Fatal(err)
			}
		}
		files := []string{curationFile, "drop: Berlin\ntype: Oslo = LOC\nmerge: Hahn = Anna Hahn\n"}
		curated := 0
		for i := 0; b.Loop(); i++ {
			if err := s.SetRules("bench.rules", []byte(files[i%len(files)])); err != nil {
				b.Fatal(err)
			}
			done, err := s.ApplyRules(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			curated += done.Articles
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(articles)), "µs/article")
		b.ReportMetric(float64(curated)/float64(b.N), "curated/op")
	})
}
