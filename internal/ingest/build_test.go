package ingest_test

import (
	"testing"
	"time"

	"github.com/kg-project/kg/internal/ingest"
)

// TestSummarySaysCountsInWords: the summary's counts read as English,
// one article or word singular.
func TestSummarySaysCountsInWords(t *testing.T) {
	for _, test := range []struct {
		summary ingest.Summary
		want    string
	}{
		{ingest.Summary{Read: 1, Duplicates: 1, Words: 1, Elapsed: time.Second},
			"read 1 article: 0 added, 0 replaced, 0 unchanged, 1 duplicate, 0 skipped; 1 word extracted, 1 words/s; 1s elapsed"},
		{ingest.Summary{Read: 3, Added: 2, Skipped: 1, Words: 40, Elapsed: 2 * time.Second, PeakMemory: 64 << 20},
			"read 3 articles: 2 added, 0 replaced, 0 unchanged, 0 duplicates, 1 skipped; 40 words extracted, 20 words/s; peak memory 64 MiB; 2s elapsed"},
	} {
		if got := test.summary.String(); got != test.want {
			t.Errorf("summary\n%q, want\n%q", got, test.want)
		}
	}
}
