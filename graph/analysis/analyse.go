package analysis

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"time"

	"github.com/kg-project/kg/graph"
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/topo"
)

// Defaults of Options.
const (
	DefaultDamping    = 0.85
	DefaultTolerance  = 1e-12
	DefaultResolution = 1.0
	DefaultSeed       = 1
	// ExactLimit is the largest graph whose betweenness and harmonic
	// centrality are computed exactly unless Options.Sample says otherwise:
	// exact Brandes costs one search per node, O(nodes × arcs).
	ExactLimit = 20000
	// DefaultSample is the number of sources drawn beyond ExactLimit.
	DefaultSample = 250
)

// Options tune Analyse; the zero value asks for the defaults.
type Options struct {
	Damping    float64 // PageRank's damping factor
	Tolerance  float64 // PageRank stops when an iteration moves the vector less than this (2-norm)
	Resolution float64 // Louvain's resolution γ: above 1 smaller communities, below 1 larger
	Seed       uint64  // seeds Louvain and the choice of sampled sources
	// Sample is the number of source nodes betweenness and harmonic
	// centrality are estimated from. 0 means all nodes up to ExactLimit
	// and DefaultSample beyond; a value at least the number of nodes means
	// all of them.
	Sample  int
	Workers int // goroutines for betweenness; 0: GOMAXPROCS
}

func (o Options) withDefaults() Options {
	if o.Damping == 0 {
		o.Damping = DefaultDamping
	}
	if o.Tolerance == 0 {
		o.Tolerance = DefaultTolerance
	}
	if o.Resolution == 0 {
		o.Resolution = DefaultResolution
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// EffectiveSample is the number of sources Analyse draws for a graph of n
// nodes, 0 for all.
func (o Options) EffectiveSample(n int) int {
	switch {
	case o.Sample >= n:
		return 0
	case o.Sample > 0:
		return o.Sample
	case n > ExactLimit:
		return DefaultSample
	}
	return 0
}

// Result is one analysis of a graph.
type Result struct {
	Summary graph.Analysis
	Metrics map[uint64]graph.Metrics // by store id
}

// Analyse measures every node of g and the graph as a whole.
func Analyse(g *Graph, opts Options) Result {
	opts = opts.withDefaults()
	n := len(g.nodes)
	metrics := make([]graph.Metrics, n)
	for i := range metrics {
		m := &metrics[i]
		to, out := g.out.neighbours(int32(i))
		from, in := g.in.neighbours(int32(i))
		m.OutDegree, m.InDegree = len(to), len(from)
		m.WeightOut, m.WeightIn = int(sum(out)), int(sum(in))
	}

	for i, rank := range PageRank(g, opts.Damping, opts.Tolerance) {
		metrics[i].PageRank = rank
	}

	sample := opts.EffectiveSample(n)
	betweenness, harmonic := Centrality(g, sample, opts.Seed, opts.Workers)
	for i := range metrics {
		metrics[i].Betweenness, metrics[i].Harmonic = betweenness[i], harmonic[i]
	}

	communities, modularity := Communities(g, opts.Resolution, opts.Seed)
	for c, members := range communities {
		for _, i := range members {
			metrics[i].Community = c
		}
	}
	components := Components(g)
	sizes := make([]int, len(components))
	for c, members := range components {
		sizes[c] = len(members)
		for _, i := range members {
			metrics[i].Component = c
		}
	}
	for i, core := range Cores(g) {
		metrics[i].Core = core
	}

	byID := make(map[uint64]graph.Metrics, n)
	for i, m := range metrics {
		byID[g.nodes[i].ID] = m
	}
	return Result{
		Summary: graph.Analysis{
			Version:        g.version,
			Computed:       time.Now().UTC().Truncate(time.Second),
			Nodes:          n,
			Edges:          g.arcs,
			Resolution:     opts.Resolution,
			Seed:           opts.Seed,
			Sample:         sample,
			Modularity:     modularity,
			Communities:    len(communities),
			ComponentSizes: sizes,
		},
		Metrics: byID,
	}
}

func sum(values []float64) float64 {
	var total float64
	for _, v := range values {
		total += v
	}
	return total
}

// maxPageRankIterations ends a PageRank that has not met its tolerance:
// the iteration shrinks its error by the damping factor each time, so
// 0.85 reaches 1e-12 in under 200 iterations, and more means a tolerance
// below what rounding allows.
const maxPageRankIterations = 1000

// PageRank returns the weighted PageRank of every node by index, as
// gonum's network.PageRankSparse defines it: a node passes rank to the
// objects of its statements in proportion to their evidence, a node with
// no statements spreads its rank evenly over all nodes, and the result
// sums to 1. The power iteration starts from the uniform vector (gonum
// starts from a random one) and sums in index order, so that the ranks are
// the same to the last bit on every run.
func PageRank(g *Graph, damping, tolerance float64) []float64 {
	n := len(g.nodes)
	ranks := make([]float64, n)
	if n == 0 {
		return ranks
	}
	// share[j] is the rank one unit of j's evidence carries, per unit of
	// j's rank; the nodes with no statements are dangling.
	share := make([]float64, n)
	var dangling []int32
	for j := range n {
		_, weights := g.out.neighbours(int32(j))
		if total := sum(weights); total > 0 {
			share[j] = damping / total
		} else {
			dangling = append(dangling, int32(j))
		}
	}
	for i := range ranks {
		ranks[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range maxPageRankIterations {
		var spread float64
		for _, j := range dangling {
			spread += ranks[j]
		}
		base := (damping*spread + (1-damping)*sum(ranks)) / float64(n)
		var distance float64
		for i := range next {
			subjects, weights := g.in.neighbours(int32(i))
			rank := base
			for k, j := range subjects {
				rank += weights[k] * share[j] * ranks[j]
			}
			distance += (rank - ranks[i]) * (rank - ranks[i])
			next[i] = rank
		}
		ranks, next = next, ranks
		if math.Sqrt(distance) < tolerance {
			break
		}
	}
	// The iteration keeps the sum of its start, 1 up to rounding.
	total := sum(ranks)
	for i := range ranks {
		ranks[i] /= total
	}
	return ranks
}

// Centrality returns the directed betweenness and harmonic centrality of
// every node by index, counting paths in hops along the direction of
// statements. Betweenness is normalised as networkx normalises it for
// directed graphs, by 1/((n-1)(n-2)); harmonic centrality is the sum of
// 1/d(s, v) over the other nodes s that reach v, not normalised. With
// sample > 0, both are estimated from that many sources drawn at random
// (seeded) and scaled by n/sample; otherwise they are exact.
func Centrality(g *Graph, sample int, seed uint64, workers int) (betweenness, harmonic []float64) {
	n := len(g.nodes)
	from := sources(n, sample, seed)
	betweenness, harmonic = centrality(g, from, workers)
	scale := 1.0
	if len(from) > 0 && len(from) < n {
		scale = float64(n) / float64(len(from))
	}
	normalise := scale
	if n > 2 {
		normalise = scale / float64((n-1)*(n-2))
	}
	for i := range betweenness {
		betweenness[i] *= normalise
		harmonic[i] *= scale
	}
	return betweenness, harmonic
}

// Communities partitions the undirected view of g by Louvain at the given
// resolution, seeded, and returns the communities, largest first, each as
// ascending node indices, with the partition's modularity. A graph
// without arcs is left as one community per node, modularity 0.
//
// The method is implemented here on the compressed adjacency: gonum's
// community.Modularize sums a community's links member by member for
// every candidate move, which took 3.2 s for 3,000 nodes and 30,000 links
// and did not finish 20,000 nodes in ten minutes.
func Communities(g *Graph, resolution float64, seed uint64) ([][]int, float64) {
	if g.arcs == 0 {
		return singletons(len(g.nodes)), 0
	}
	membership, modularity := louvain(g, resolution, seed)
	groups := make(map[int][]gonum.Node)
	for i, c := range membership {
		groups[c] = append(groups[c], g.gonumNode(int64(i)))
	}
	nodes := make([][]gonum.Node, 0, len(groups))
	for _, members := range groups {
		nodes = append(nodes, members)
	}
	return indexGroups(nodes), modularity
}

// Modularity returns the modularity of the partition communities (node
// indices) of the undirected view of g at the given resolution.
func Modularity(g *Graph, communities [][]int, resolution float64) float64 {
	if g.arcs == 0 {
		return 0
	}
	groups := make([][]gonum.Node, len(communities))
	for c, members := range communities {
		for _, i := range members {
			groups[c] = append(groups[c], g.gonumNode(int64(i)))
		}
	}
	return community.Q(g.Undirected(), groups, resolution)
}

// Components returns the connected components of the undirected view of
// g (gonum's topo.ConnectedComponents), largest first, each as ascending
// node indices.
func Components(g *Graph) [][]int {
	return indexGroups(topo.ConnectedComponents(g.Undirected()))
}

func singletons(n int) [][]int {
	groups := make([][]int, n)
	for i := range groups {
		groups[i] = []int{i}
	}
	return groups
}

// indexGroups turns gonum's node groups into sorted index groups, ordered
// largest first and then by least member, so that numbering is stable.
func indexGroups(nodes [][]gonum.Node) [][]int {
	groups := make([][]int, 0, len(nodes))
	for _, members := range nodes {
		if len(members) == 0 {
			continue
		}
		group := make([]int, len(members))
		for i, n := range members {
			group[i] = int(n.ID())
		}
		slices.Sort(group)
		groups = append(groups, group)
	}
	slices.SortFunc(groups, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	return groups
}

// Cores returns the core number of every node by index in the undirected
// view of g: the largest k such that the node belongs to a subgraph whose
// every node has at least k neighbours. It peels nodes in order of degree
// with bucket queues (Batagelj and Zaversnik), in O(nodes + links); gonum's
// topo.DegeneracyOrdering gives the same numbers but scans a whole bucket
// for every move, which is quadratic on large sparse graphs.
func Cores(g *Graph) []int {
	n := len(g.nodes)
	degree := make([]int, n)
	maxDegree := 0
	for i := range degree {
		degree[i] = int(g.both.start[i+1] - g.both.start[i])
		maxDegree = max(maxDegree, degree[i])
	}
	// Nodes sorted by degree, with where each degree's bucket starts and
	// where each node sits.
	bucketStart := make([]int, maxDegree+2)
	for _, d := range degree {
		bucketStart[d+1]++
	}
	for d := 1; d < len(bucketStart); d++ {
		bucketStart[d] += bucketStart[d-1]
	}
	order := make([]int32, n)
	position := make([]int, n)
	next := slices.Clone(bucketStart)
	for i, d := range degree {
		position[i] = next[d]
		order[next[d]] = int32(i)
		next[d]++
	}
	for k := range order {
		v := order[k]
		neighbours, _ := g.both.neighbours(v)
		for _, u := range neighbours {
			if degree[u] <= degree[v] {
				continue
			}
			// Move u to the front of its bucket, then shrink the bucket
			// by one so that u falls into the bucket below.
			du := degree[u]
			front := bucketStart[du]
			w := order[front]
			if w != u {
				order[front], order[position[u]] = u, w
				position[w], position[u] = position[u], front
			}
			bucketStart[du]++
			degree[u]--
		}
	}
	return degree
}
