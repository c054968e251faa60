package analysis

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/graph/path"
)

// Paths returns up to k shortest loopless paths between the nodes with
// store ids from and to, fewest hops first, each as the store ids along it.
// Direction is ignored: a path may follow a statement from its object to
// its subject. It uses gonum's path.YenKShortestPaths on the unweighted
// view, so that a path is short in steps, not in evidence.
func Paths(g *Graph, from, to uint64, k int) ([][]uint64, error) {
	s, found := g.index[from]
	if !found {
		return nil, fmt.Errorf("%w: %d", ErrNoNode, from)
	}
	t, found := g.index[to]
	if !found {
		return nil, fmt.Errorf("%w: %d", ErrNoNode, to)
	}
	if k <= 0 {
		return nil, nil
	}
	hops := g.Hops()
	shortest := path.YenKShortestPaths(hops, k, math.Inf(1), hops.Node(int64(s)), hops.Node(int64(t)))
	paths := make([][]uint64, 0, len(shortest))
	for _, nodes := range shortest {
		ids := make([]uint64, len(nodes))
		for i, n := range nodes {
			ids[i] = g.nodes[n.ID()].ID
		}
		paths = append(paths, ids)
	}
	return paths, nil
}
