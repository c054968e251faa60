package extract_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/sharedtest"
)

// BenchmarkExtractBBC extracts every article of ../shared/data/bbc and
// reports words per second; run it on one core with
//
//	GOMAXPROCS=1 go test -run '^$' -bench ExtractBBC -benchtime 1x ./extract
func BenchmarkExtractBBC(b *testing.B) {
	shared := sharedtest.Path(b)
	paths, err := filepath.Glob(filepath.Join(shared, "data/bbc/*/*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no BBC articles")
	}
	sort.Strings(paths)
	texts := make([]string, len(paths))
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(raw) {
			texts[i] = string(raw)
		} else {
			texts[i] = latin1(raw)
		}
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	words := 0
	for range b.N {
		for i, text := range texts {
			words += x.Extract(extract.Document{ID: paths[i], Text: text}).Words
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
