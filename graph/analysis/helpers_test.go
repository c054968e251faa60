package analysis_test

import "github.com/kg-project/kg/graph"

// memorySource is an analysis.Source held in slices.
type memorySource struct {
	nodes []graph.Node
	edges []graph.Edge
}

func (s *memorySource) Nodes(fn func(graph.Node) error) error {
	for _, n := range s.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (s *memorySource) Edges(fn func(graph.Edge) error) error {
	for _, e := range s.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}
