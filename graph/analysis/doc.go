// Package analysis measures the knowledge graph with gonum: degrees,
// PageRank, betweenness and harmonic centrality, Louvain communities,
// connected components, k-cores and shortest paths.
//
// # The graph analysed
//
// Load reads a Source (the store) into a Graph, a compact snapshot in
// compressed adjacency arrays. Every statement from one entity about
// another adds its evidence to one weighted arc, whatever its predicate
// and whether it is negated: the measures ask how strongly entities are
// linked, not what is said. Statements of an entity about itself are left
// out. The Graph offers three gonum views: Directed (weighted, subject to
// object), Undirected (weighted, both directions summed) and Hops
// (unweighted, undirected), so gonum's algorithms run on it unchanged.
//
// # Definitions
//
// These are chosen to match networkx, against which the tests check them
// (testdata/gen_fixtures.py writes the reference values):
//
//   - Degrees count distinct neighbours in each direction; weights sum
//     evidence.
//   - PageRank is weighted by evidence over the directed graph, damping
//     0.85, with the rank of nodes that state nothing spread evenly over
//     all nodes (networkx's pagerank with weight="weight").
//   - Betweenness is directed and counts paths in hops, normalised by
//     1/((n-1)(n-2)) (networkx's betweenness_centrality with its defaults
//     on a DiGraph). Harmonic centrality sums 1/d(s, v) over the nodes s
//     that reach v (networkx's harmonic_centrality).
//   - Communities, modularity, components and cores use the undirected
//     view. Communities come from the Louvain method with a fixed seed at
//     the chosen resolution; their modularity equals gonum's community.Q
//     and networkx's modularity of the same partition of the undirected
//     graph whose link weights are the sums of both directions, and is
//     within 0.02 of what networkx's louvain_communities reaches.
//
// Graph.Version identifies the content analysed, so that stored results
// can be known to be current.
//
// # Large graphs
//
// Exact betweenness costs a breadth-first search from every node. Up to
// ExactLimit nodes Analyse does that, on all cores; beyond, it draws
// DefaultSample source nodes at random (Options.Sample sets the number)
// and scales the sums by nodes/sources, an unbiased estimate (Brandes and
// Pich, 2007) whose error shrinks as the square root of the sources; the
// same sources estimate harmonic centrality. Betweenness, Louvain and
// k-cores are computed here on the compressed adjacency rather than by
// gonum, whose versions keep maps per search, sum a community member by
// member for every candidate move, and scan buckets linearly: too slow
// beyond a few thousand nodes. Components and paths are gonum's.
//
// # Reproducible results
//
// One graph and one set of Options give the same numbers to the last bit
// on every run and on any number of workers, so that exports and rankings
// of one graph are the same bytes: PageRank is computed here, from the
// uniform vector where gonum's starts from a random one; betweenness sums
// the searches in a fixed order of chunks of sources; Louvain and the
// sampled sources draw from generators seeded with Options.Seed.
package analysis
