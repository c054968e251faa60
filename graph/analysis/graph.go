package analysis

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"slices"

	"github.com/kg-project/kg/graph"
)

// Source is what Load reads: the store satisfies it. Both methods stream,
// calling fn once per node or edge and stopping at the first error fn
// returns.
type Source interface {
	Nodes(fn func(graph.Node) error) error
	Edges(fn func(graph.Edge) error) error
}

// Graph is a compact, read-only snapshot of the knowledge graph for
// analysis. Every statement between two nodes, whatever its predicate or
// negation, adds its evidence to one weighted arc from subject to object
// (a symmetric predicate's to arcs both ways, see graph.IsSymmetric);
// statements of a node about itself are left out, since no measure here
// gives them a meaning. Nodes are numbered 0 to Len()-1 in ascending store
// id; that index is also their gonum id.
type Graph struct {
	nodes []graph.Node
	index map[uint64]int32

	out, in, both adjacency
	arcs          int
	version       string
}

// adjacency lists each node's neighbours in ascending index, with the
// weight of the link: neighbours of node i are to[start[i]:start[i+1]].
type adjacency struct {
	start  []int32
	to     []int32
	weight []float64
}

func (a *adjacency) neighbours(i int32) ([]int32, []float64) {
	s, e := a.start[i], a.start[i+1]
	return a.to[s:e], a.weight[s:e]
}

// weightOf returns the weight of the link from i to j.
func (a *adjacency) weightOf(i, j int32) (float64, bool) {
	to, weight := a.neighbours(i)
	k, found := slices.BinarySearch(to, j)
	if !found {
		return 0, false
	}
	return weight[k], true
}

// arc is one merged, weighted link during construction.
type arc struct {
	from, to int32
	weight   float64
}

// Load reads every node and edge of src into a Graph.
func Load(src Source) (*Graph, error) {
	g := &Graph{index: make(map[uint64]int32)}
	err := src.Nodes(func(n graph.Node) error {
		g.nodes = append(g.nodes, n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("analysis: read nodes: %w", err)
	}
	if len(g.nodes) > math.MaxInt32 {
		return nil, fmt.Errorf("analysis: %d nodes are more than a snapshot holds", len(g.nodes))
	}
	slices.SortFunc(g.nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	for i, n := range g.nodes {
		if i > 0 && g.nodes[i-1].ID == n.ID {
			return nil, fmt.Errorf("%w: %d", ErrDuplicateNode, n.ID)
		}
		g.index[n.ID] = int32(i)
	}

	var arcs []arc
	var dangling error
	err = src.Edges(func(e graph.Edge) error {
		from, fromFound := g.index[e.From]
		to, toFound := g.index[e.To]
		if !fromFound || !toFound {
			dangling = fmt.Errorf("%w: %d -> %d", ErrDanglingEdge, e.From, e.To)
			return dangling
		}
		if from != to && e.Weight > 0 {
			arcs = append(arcs, arc{from: from, to: to, weight: float64(e.Weight)})
			// A symmetric statement, stored once, links both ways.
			if graph.IsSymmetric(e.Predicate) {
				arcs = append(arcs, arc{from: to, to: from, weight: float64(e.Weight)})
			}
		}
		return nil
	})
	if dangling != nil {
		return nil, dangling
	}
	if err != nil {
		return nil, fmt.Errorf("analysis: read edges: %w", err)
	}
	g.build(arcs)
	return g, nil
}

// build merges parallel arcs and lays out the three adjacencies.
func (g *Graph) build(arcs []arc) {
	arcs = mergeArcs(arcs)
	g.arcs = len(arcs)
	g.out = layOut(len(g.nodes), arcs)
	g.version = g.fingerprint(arcs)

	reversed := make([]arc, len(arcs))
	for i, a := range arcs {
		reversed[i] = arc{from: a.to, to: a.from, weight: a.weight}
	}
	g.in = layOut(len(g.nodes), mergeArcs(reversed))

	undirected := append(reversed, arcs...)
	g.both = layOut(len(g.nodes), mergeArcs(undirected))
}

// mergeArcs sorts arcs by (from, to) and sums the weights of equal pairs,
// reusing the slice.
func mergeArcs(arcs []arc) []arc {
	slices.SortFunc(arcs, func(a, b arc) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	merged := arcs[:0]
	for _, a := range arcs {
		if last := len(merged) - 1; last >= 0 && merged[last].from == a.from && merged[last].to == a.to {
			merged[last].weight += a.weight
			continue
		}
		merged = append(merged, a)
	}
	return merged
}

func layOut(n int, sorted []arc) adjacency {
	a := adjacency{start: make([]int32, n+1), to: make([]int32, len(sorted)), weight: make([]float64, len(sorted))}
	for _, arc := range sorted {
		a.start[arc.from+1]++
	}
	for i := 1; i <= n; i++ {
		a.start[i] += a.start[i-1]
	}
	for i, arc := range sorted {
		a.to[i] = arc.to
		a.weight[i] = arc.weight
	}
	return a
}

// fingerprint hashes what every measure depends on: the node ids and the
// merged, weighted arcs between them.
func (g *Graph) fingerprint(arcs []arc) string {
	hash := sha256.New()
	buffer := make([]byte, 0, 24)
	buffer = binary.BigEndian.AppendUint64(buffer, uint64(len(g.nodes)))
	hash.Write(buffer)
	for _, n := range g.nodes {
		hash.Write(binary.BigEndian.AppendUint64(buffer[:0], n.ID))
	}
	for _, a := range arcs {
		buffer = binary.BigEndian.AppendUint64(buffer[:0], g.nodes[a.from].ID)
		buffer = binary.BigEndian.AppendUint64(buffer, g.nodes[a.to].ID)
		buffer = binary.BigEndian.AppendUint64(buffer, math.Float64bits(a.weight))
		hash.Write(buffer)
	}
	return hex.EncodeToString(hash.Sum(nil)[:16])
}

// Len is the number of nodes.
func (g *Graph) Len() int { return len(g.nodes) }

// Arcs is the number of ordered node pairs linked by at least one edge.
func (g *Graph) Arcs() int { return g.arcs }

// Version identifies the graph's content: two snapshots have the same
// version exactly when they hold the same node ids and the same weighted
// arcs (up to a hash collision).
func (g *Graph) Version() string { return g.version }

// Node returns the node at index i.
func (g *Graph) Node(i int) graph.Node { return g.nodes[i] }

// Index returns the index of the node with store id, and whether the graph
// holds it.
func (g *Graph) Index(id uint64) (int, bool) {
	i, found := g.index[id]
	return int(i), found
}

// Weight returns the summed evidence of the statements whose subject is
// node index from and whose object is node index to.
func (g *Graph) Weight(from, to int) (float64, bool) {
	return g.out.weightOf(int32(from), int32(to))
}

// Cancellable is src stopping its streams with ctx's error once ctx is
// done, so that a cancelled command or request ends a long read promptly.
func Cancellable(ctx context.Context, src Source) Source {
	return cancellable{ctx: ctx, src: src}
}

type cancellable struct {
	ctx context.Context
	src Source
}

func (c cancellable) Nodes(fn func(graph.Node) error) error {
	return c.src.Nodes(func(n graph.Node) error {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		return fn(n)
	})
}

func (c cancellable) Edges(fn func(graph.Edge) error) error {
	return c.src.Edges(func(e graph.Edge) error {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		return fn(e)
	})
}
