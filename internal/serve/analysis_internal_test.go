package serve

import (
	"context"
	"testing"

	"github.com/kg-project/kg/internal/lookup"
)

// TestAnalysisReadBeforeAnIngestEndedIsNotKept: an analysis a request
// read before an ingest's last commit, and keeps only once the ingest
// has ended, is not served after it: the next request reads the graph
// the ingest left.
func TestAnalysisReadBeforeAnIngestEndedIsNotKept(t *testing.T) {
	st := memoryStore(t)
	putArticles(t, st, article("1", []string{"Ann Able", "Bob Baker"}, [2]int{0, 1}))
	s, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := lookup.ParseExclusion(lookup.DefaultExclusion)
	if err != nil {
		t.Fatal(err)
	}
	generation := st.Generation()
	before, err := s.analysed(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	// An ingest commits and ends while that request is still reading.
	putArticles(t, st, article("2", []string{"Ann Able", "Cat Cole"}, [2]int{0, 1}))
	s.forgetAnalyses()
	s.keepAnalysis(x.String(), generation, before)
	after, err := s.analysed(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	if after.Summary.Nodes != before.Summary.Nodes+1 || after.Summary.Edges != before.Summary.Edges+1 {
		t.Errorf("after the ingest: %d nodes, %d edges; before it %d, %d", after.Summary.Nodes, after.Summary.Edges, before.Summary.Nodes, before.Summary.Edges)
	}
}
