package analysis_test

import (
	"errors"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
)

func TestLoadErrors(t *testing.T) {
	for _, test := range []struct {
		name string
		src  *memorySource
		want error
	}{
		{"dangling edge", &memorySource{nodes: []graph.Node{{ID: 1}}, edges: []graph.Edge{{From: 1, To: 2, Weight: 1}}}, analysis.ErrDanglingEdge},
		{"duplicate node", &memorySource{nodes: []graph.Node{{ID: 1}, {ID: 1}}}, analysis.ErrDuplicateNode},
	} {
		t.Run(test.name, func(t *testing.T) {
			if _, err := analysis.Load(test.src); !errors.Is(err, test.want) {
				t.Errorf("Load: %v, want %v", err, test.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	base := func() *memorySource {
		return &memorySource{
			nodes: []graph.Node{{ID: 1}, {ID: 2}, {ID: 3}},
			edges: []graph.Edge{{From: 1, To: 2, Predicate: "visit", Weight: 2}, {From: 2, To: 3, Predicate: "sue", Weight: 1}},
		}
	}
	version := func(src *memorySource) string {
		g, err := analysis.Load(src)
		if err != nil {
			t.Fatal(err)
		}
		return g.Version()
	}
	reference := version(base())
	for _, test := range []struct {
		name   string
		change func(*memorySource)
		same   bool
	}{
		{"nothing", func(*memorySource) {}, true},
		{"a name", func(s *memorySource) { s.nodes[0].Name = "Putin" }, true},
		{"a predicate, same weight", func(s *memorySource) { s.edges[0].Predicate = "tell" }, true},
		// A symmetric predicate links both ways.
		{"a symmetric predicate", func(s *memorySource) { s.edges[0].Predicate = "meet" }, false},
		{"edges in another order", func(s *memorySource) { slices.Reverse(s.edges) }, true},
		{"a weight", func(s *memorySource) { s.edges[0].Weight = 3 }, false},
		{"a new node", func(s *memorySource) { s.nodes = append(s.nodes, graph.Node{ID: 4}) }, false},
		{"a reversed edge", func(s *memorySource) { s.edges[1].From, s.edges[1].To = 3, 2 }, false},
	} {
		t.Run(test.name, func(t *testing.T) {
			src := base()
			test.change(src)
			if same := version(src) == reference; same != test.same {
				t.Errorf("version unchanged %t, want %t", same, test.same)
			}
		})
	}
}

func TestSampledCentrality(t *testing.T) {
	f := readFixture(t, filepath.Join("testdata", "scale_free.json"))
	g, err := analysis.Load(f.source())
	if err != nil {
		t.Fatal(err)
	}
	exact, _ := analysis.Centrality(g, 0, 1, 2)
	all, _ := analysis.Centrality(g, g.Len(), 1, 2)
	if !slices.Equal(exact, all) {
		t.Errorf("a sample of every node differs from the exact values")
	}
	sampled, _ := analysis.Centrality(g, g.Len()/2, 1, 2)
	again, _ := analysis.Centrality(g, g.Len()/2, 1, 1)
	for i := range sampled {
		if math.Abs(sampled[i]-again[i]) > 1e-12*math.Max(1, math.Abs(sampled[i])) {
			t.Fatalf("node %d: %g with two workers, %g with one: the sample depends on scheduling", i, sampled[i], again[i])
		}
	}
	var exactSum, sampledSum float64
	for i := range exact {
		exactSum += exact[i]
		sampledSum += sampled[i]
	}
	if math.Abs(sampledSum-exactSum) > 0.25*exactSum {
		t.Errorf("sampled betweenness sums to %g, exact to %g: more than 25%% apart", sampledSum, exactSum)
	}
	if top := slices.Index(exact, slices.Max(exact)); sampled[top] < 0.5*exact[top] {
		t.Errorf("the most between node is estimated at %g, exactly %g", sampled[top], exact[top])
	}
}

func TestPaths(t *testing.T) {
	// 1 -> 2 -> 3, 1 <- 4 -> 3, 5 alone.
	src := &memorySource{
		nodes: []graph.Node{{ID: 1}, {ID: 2}, {ID: 3}, {ID: 4}, {ID: 5}},
		edges: []graph.Edge{{From: 1, To: 2, Weight: 9}, {From: 2, To: 3, Weight: 9}, {From: 4, To: 1, Weight: 1}, {From: 4, To: 3, Weight: 1}, {From: 1, To: 3, Weight: 1}},
	}
	g, err := analysis.Load(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		name     string
		from, to uint64
		k        int
		want     [][]uint64
	}{
		{"direct first, regardless of weight", 1, 3, 1, [][]uint64{{1, 3}}},
		{"then by hops, either direction", 3, 1, 3, [][]uint64{{3, 1}, {3, 2, 1}, {3, 4, 1}}},
		{"unreachable", 1, 5, 2, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			paths, err := analysis.Paths(g, test.from, test.to, test.k)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortStableFunc(paths, func(a, b []uint64) int {
				if len(a) != len(b) {
					return len(a) - len(b)
				}
				return slices.Compare(a, b)
			})
			if !slices.EqualFunc(paths, test.want, slices.Equal) {
				t.Errorf("paths %v, want %v", paths, test.want)
			}
		})
	}
	if _, err := analysis.Paths(g, 1, 99, 1); !errors.Is(err, analysis.ErrNoNode) {
		t.Errorf("a path to an unknown node: %v, want ErrNoNode", err)
	}
}

// TestLoadSymmetric: a symmetric statement, stored once, links both ways;
// a directed one links from subject to object only.
func TestLoadSymmetric(t *testing.T) {
	g, err := analysis.Load(&memorySource{
		nodes: []graph.Node{{ID: 1}, {ID: 2}, {ID: 3}},
		edges: []graph.Edge{{From: 1, To: 2, Predicate: "meet", Weight: 2}, {From: 2, To: 3, Predicate: "sue", Weight: 1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	d := g.Directed()
	for _, tt := range []struct {
		from, to int64
		weight   float64
		linked   bool
	}{{0, 1, 2, true}, {1, 0, 2, true}, {1, 2, 1, true}, {2, 1, 0, false}} {
		weight, linked := d.Weight(tt.from, tt.to)
		if linked != tt.linked || linked && weight != tt.weight {
			t.Errorf("Weight(%d, %d) = %v, %t; want %v, %t", tt.from, tt.to, weight, linked, tt.weight, tt.linked)
		}
	}
}
