// Package subgraph selects the part of the knowledge graph a picture or an
// export should show: edges by weight, predicate and date, nodes by type,
// the neighbourhood of one entity, the highest ranked nodes.
//
// # Order of the criteria
//
// Select applies the criteria in a fixed order, each to what the previous
// left:
//
//  1. Edges: at least MinWeight evidence sentences, a predicate among
//     Predicates, dated evidence within [Since, Until]. An edge's dates are
//     those of its first and last evidence; it is kept when that range
//     meets the window, and an undated edge is dropped once a window is
//     given.
//  2. Nodes: a type among Types. When an edge criterion is given, nodes
//     left without an edge are dropped too, so that "--since 2005-01-01"
//     shows what happened since, not every entity ever named.
//  3. Ego: the nodes within Depth steps of the Ego node, in either
//     direction, along the edges still kept.
//  4. Top: the Top nodes of highest rank (PageRank), ties broken by id.
//     The Ego node is always one of them, whatever its rank: Top keeps it
//     and the Top-1 highest ranked of the rest.
//
// Finally an edge is kept only if both its ends are, so the result never
// has a dangling edge.
//
// BUG(subgraph): A kept edge keeps its whole weight and dates, even when
// only part of its evidence falls within [Since, Until].
package subgraph
