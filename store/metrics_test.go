package store_test

import (
	"maps"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func TestAnalysisRoundTrip(t *testing.T) {
	st, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, found, err := st.Analysis(); err != nil || found {
		t.Fatalf("a new store has an analysis (found %t, err %v)", found, err)
	}
	first := map[uint64]graph.Metrics{
		1: {InDegree: 2, OutDegree: 1, WeightIn: 7, WeightOut: 3, PageRank: 0.25, Betweenness: 1.5e-3, Harmonic: 2.5, Community: 1, Component: 0, Core: 2},
		9: {PageRank: 0.75, Community: 0, Component: 3, Core: 0},
	}
	second := map[uint64]graph.Metrics{
		9: {InDegree: 1 << 20, PageRank: 1, Harmonic: 1e300, Core: 5},
	}
	cases := []struct {
		name     string
		analysis graph.Analysis
		metrics  map[uint64]graph.Metrics
	}{
		{"first", graph.Analysis{Version: "v1", Computed: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), Nodes: 2, Edges: 1, Resolution: 1, Seed: 1, Modularity: 0.25, Communities: 2, ComponentSizes: []int{1, 1}}, first},
		{"replaced, dropping a node", graph.Analysis{Version: "v2", Nodes: 1, Sample: 10, ComponentSizes: []int{1}}, second},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := st.PutAnalysis(c.analysis, c.metrics); err != nil {
				t.Fatal(err)
			}
			got, found, err := st.Analysis()
			if err != nil || !found {
				t.Fatalf("analysis not found (err %v)", err)
			}
			if got.Version != c.analysis.Version || !got.Computed.Equal(c.analysis.Computed) || got.Sample != c.analysis.Sample || got.Modularity != c.analysis.Modularity || len(got.ComponentSizes) != len(c.analysis.ComponentSizes) {
				t.Errorf("analysis %+v, stored %+v", got, c.analysis)
			}
			metrics, err := st.Metrics()
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(metrics, c.metrics) {
				t.Errorf("metrics %+v, stored %+v", metrics, c.metrics)
			}
		})
	}
}
