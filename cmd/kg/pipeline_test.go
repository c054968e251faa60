package main

import (
	"context"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
)

// BenchmarkPipeline measures extraction of the demo corpus on GOMAXPROCS
// workers, models loaded beforehand.
func BenchmarkPipeline(b *testing.B) {
	var extractor ingest.Extractor
	p := ingest.NewPipeline(extractor.Extract, func(corpus.Problem) {})
	words := 0
	count := func(it *ingest.Item) error {
		words += it.Article.Words
		return nil
	}
	if err := p.Run(context.Background(), demoSource, count); err != nil {
		b.Fatal(err)
	}
	words = 0
	for b.Loop() {
		if err := p.Run(context.Background(), demoSource, count); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
