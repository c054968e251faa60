package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/graph/analysis"
)

// TestAnalyseIsReproducible runs the analysis again and again, on one
// worker and on several, and wants the same bits every time: exports and
// rankings print these numbers in full.
func TestAnalyseIsReproducible(t *testing.T) {
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			f := readFixture(t, filepath.Join("testdata", name+".json"))
			g, err := analysis.Load(f.source())
			if err != nil {
				t.Fatal(err)
			}
			for _, sample := range []int{0, g.Len() / 3} {
				reference := analysis.Analyse(g, analysis.Options{Sample: sample, Workers: 1})
				for run, workers := range []int{1, 2, 3, 4, 7, 1, 2} {
					result := analysis.Analyse(g, analysis.Options{Sample: sample, Workers: workers})
					if result.Summary.Modularity != reference.Summary.Modularity {
						t.Errorf("sample %d, run %d on %d workers: modularity %v, first run %v", sample, run, workers, result.Summary.Modularity, reference.Summary.Modularity)
					}
					for id, want := range reference.Metrics {
						if got := result.Metrics[id]; got != want {
							t.Errorf("sample %d, run %d on %d workers: node %d\n got  %+v\n first %+v", sample, run, workers, id, got, want)
							break
						}
					}
				}
			}
		})
	}
}
