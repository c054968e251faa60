package analysis_test

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
)

// Sizes of the synthetic graph of the benchmarks: the scale the analysis
// is meant to handle on a small machine.
const (
	benchNodes        = 100_000
	benchEdgesPerNode = 10
)

// scaleFree returns a seeded preferential-attachment graph: each new node
// states something of benchEdgesPerNode earlier nodes picked in proportion
// to their degree, so a few hubs gather most edges, as named entities of
// news do.
func scaleFree(nodes, perNode int) *memorySource {
	random := rand.New(rand.NewPCG(1, 2))
	src := &memorySource{nodes: make([]graph.Node, nodes)}
	ends := make([]uint64, 0, 2*nodes*perNode)
	for i := range nodes {
		id := uint64(i + 1)
		src.nodes[i] = graph.Node{ID: id, Type: graph.Person}
		for range min(i, perNode) {
			target := ends[random.IntN(len(ends))]
			if random.IntN(2) == 0 {
				src.edges = append(src.edges, graph.Edge{From: id, To: target, Weight: 1 + random.IntN(3)})
			} else {
				src.edges = append(src.edges, graph.Edge{From: target, To: id, Weight: 1 + random.IntN(3)})
			}
			ends = append(ends, id, target)
		}
		if i < perNode {
			ends = append(ends, id)
		}
	}
	return src
}

var benchGraph = sync.OnceValue(func() *analysis.Graph {
	g, err := analysis.Load(scaleFree(benchNodes, benchEdgesPerNode))
	if err != nil {
		panic(err)
	}
	return g
})

func BenchmarkLoad(b *testing.B) {
	src := scaleFree(benchNodes, benchEdgesPerNode)
	b.ReportMetric(float64(len(src.edges)), "edges")
	for b.Loop() {
		if _, err := analysis.Load(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPageRank(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		analysis.PageRank(g, analysis.DefaultDamping, analysis.DefaultTolerance)
	}
}

func BenchmarkLouvain(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		_, q := analysis.Communities(g, 1, 1)
		b.ReportMetric(q, "modularity")
	}
}

func BenchmarkComponents(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		analysis.Components(g)
	}
}

func BenchmarkCores(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		analysis.Cores(g)
	}
}

func BenchmarkCentralitySampled(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		analysis.Centrality(g, analysis.DefaultSample, 1, 0)
	}
}

func BenchmarkAnalyse(b *testing.B) {
	g := benchGraph()
	for b.Loop() {
		analysis.Analyse(g, analysis.Options{})
	}
}
