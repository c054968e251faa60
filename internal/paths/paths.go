package paths

import (
	"cmp"
	"slices"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
)

// Step is one step of a path, from the node before to the node after.
type Step struct {
	From, To uint64
	Edge     graph.Edge
	// Forward says the step reads from From to To: the edge goes that
	// way, or its predicate is symmetric.
	Forward  bool
	Evidence graph.Evidence // the edge's earliest sentence
}

// Evidencer gives the earliest sentences of an edge.
type Evidencer interface {
	Evidence(e graph.Edge, limit int) ([]graph.Evidence, error)
}

// Find returns up to k shortest paths from the node from to the node to
// in g, each as its steps, made by the edges of src (the graph g was
// loaded from) with their sentences from evidence.
func Find(g *analysis.Graph, src analysis.Source, evidence Evidencer, from, to uint64, k int) ([][]Step, error) {
	found, err := analysis.Paths(g, from, to, k)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	statements, err := stepStatements(src, evidence, found)
	if err != nil {
		return nil, err
	}
	paths := make([][]Step, len(found))
	for p, ids := range found {
		for i := 1; i < len(ids); i++ {
			s := statements[pairOf(ids[i-1], ids[i])]
			paths[p] = append(paths[p], Step{
				From: ids[i-1], To: ids[i], Edge: s.edge, Evidence: s.evidence,
				Forward: s.edge.From == ids[i-1] || graph.IsSymmetric(s.edge.Predicate),
			})
		}
	}
	return paths, nil
}

// pair is two nodes, the lower id first.
type pair [2]uint64

func pairOf(a, b uint64) pair { return pair{min(a, b), max(a, b)} }

type statement struct {
	edge     graph.Edge
	evidence graph.Evidence
}

// stepStatements picks the statement of every step of paths: the
// heaviest edge between its nodes, the earliest stated of several.
func stepStatements(src analysis.Source, sentences Evidencer, paths [][]uint64) (map[pair]statement, error) {
	steps := make(map[pair][]graph.Edge)
	for _, ids := range paths {
		for i := 1; i < len(ids); i++ {
			steps[pairOf(ids[i-1], ids[i])] = nil
		}
	}
	err := src.Edges(func(e graph.Edge) error {
		key := pairOf(e.From, e.To)
		if edges, wanted := steps[key]; wanted {
			steps[key] = append(edges, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	statements := make(map[pair]statement, len(steps))
	for key, edges := range steps {
		heaviest := slices.MaxFunc(edges, func(a, b graph.Edge) int { return cmp.Compare(a.Weight, b.Weight) }).Weight
		for _, e := range edges {
			if e.Weight != heaviest {
				continue
			}
			evidence, err := sentences.Evidence(e, 1)
			if err != nil {
				return nil, err
			}
			current, found := statements[key]
			if !found || earlier(evidence[0], current.evidence) {
				statements[key] = statement{edge: e, evidence: evidence[0]}
			}
		}
	}
	return statements, nil
}

// earlier orders sentences by date (undated last), document and position.
func earlier(a, b graph.Evidence) bool {
	if a.Date.IsZero() != b.Date.IsZero() {
		return b.Date.IsZero()
	}
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Document, b.Document), cmp.Compare(a.Sentence.Start, b.Sentence.Start)) < 0
}
