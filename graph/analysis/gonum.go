package analysis

import (
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Directed is the graph as gonum's weighted directed graph, so that
// gonum's algorithms run on the snapshot unchanged: node ids are indices,
// an edge goes from subject to object, weighted by its evidence.
type Directed struct{ g *Graph }

// Undirected is the graph as gonum's weighted undirected graph: two nodes
// are linked when either states something of the other, with the evidence
// of both directions summed.
type Undirected struct{ g *Graph }

// Hops is the undirected graph without weights, for measuring paths in
// steps rather than evidence.
type Hops struct{ g *Graph }

// Directed returns the gonum view of g that keeps direction.
func (g *Graph) Directed() Directed { return Directed{g} }

// Undirected returns the gonum view of g that ignores direction.
func (g *Graph) Undirected() Undirected { return Undirected{g} }

// Hops returns the unweighted gonum view of g that ignores direction.
func (g *Graph) Hops() Hops { return Hops{g} }

var (
	_ gonum.WeightedDirected   = Directed{}
	_ gonum.WeightedUndirected = Undirected{}
	_ gonum.Undirected         = Hops{}
)

func (g *Graph) has(id int64) bool { return id >= 0 && id < int64(len(g.nodes)) }

func (g *Graph) gonumNode(id int64) gonum.Node {
	if !g.has(id) {
		return nil
	}
	return simple.Node(id)
}

func (g *Graph) gonumNodes() gonum.Nodes {
	if len(g.nodes) == 0 {
		return gonum.Empty
	}
	return iterator.NewImplicitNodes(0, len(g.nodes), func(id int) gonum.Node { return simple.Node(id) })
}

func (g *Graph) listed(a *adjacency, id int64) gonum.Nodes {
	if !g.has(id) {
		return gonum.Empty
	}
	to, _ := a.neighbours(int32(id))
	if len(to) == 0 {
		return gonum.Empty
	}
	return &indexNodes{list: to, position: -1}
}

func (g *Graph) weightedEdge(a *adjacency, uid, vid int64) gonum.WeightedEdge {
	if !g.has(uid) || !g.has(vid) {
		return nil
	}
	w, ok := a.weightOf(int32(uid), int32(vid))
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(uid), T: simple.Node(vid), W: w}
}

func (g *Graph) weight(a *adjacency, xid, yid int64) (float64, bool) {
	if !g.has(xid) || !g.has(yid) {
		return 0, false
	}
	if xid == yid {
		return 0, true
	}
	return a.weightOf(int32(xid), int32(yid))
}

// indexNodes iterates over a list of node indices.
type indexNodes struct {
	list     []int32
	position int
}

func (it *indexNodes) Next() bool {
	if it.position+1 >= len(it.list) {
		it.position = len(it.list)
		return false
	}
	it.position++
	return true
}

func (it *indexNodes) Len() int {
	return max(len(it.list)-it.position-1, 0)
}

func (it *indexNodes) Reset() { it.position = -1 }

func (it *indexNodes) Node() gonum.Node {
	if it.position < 0 || it.position >= len(it.list) {
		return nil
	}
	return simple.Node(it.list[it.position])
}

// Node returns the node with id, or nil.
func (d Directed) Node(id int64) gonum.Node { return d.g.gonumNode(id) }

// Nodes returns every node.
func (d Directed) Nodes() gonum.Nodes { return d.g.gonumNodes() }

// From returns the objects of the node's statements.
func (d Directed) From(id int64) gonum.Nodes { return d.g.listed(&d.g.out, id) }

// To returns the subjects of the statements about the node.
func (d Directed) To(id int64) gonum.Nodes { return d.g.listed(&d.g.in, id) }

// HasEdgeBetween reports an edge in either direction.
func (d Directed) HasEdgeBetween(xid, yid int64) bool {
	return d.HasEdgeFromTo(xid, yid) || d.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo reports an edge from uid to vid.
func (d Directed) HasEdgeFromTo(uid, vid int64) bool {
	return d.g.weightedEdge(&d.g.out, uid, vid) != nil
}

// Edge returns the edge from uid to vid, or nil.
func (d Directed) Edge(uid, vid int64) gonum.Edge {
	if e := d.g.weightedEdge(&d.g.out, uid, vid); e != nil {
		return e
	}
	return nil
}

// WeightedEdge returns the edge from uid to vid, or nil.
func (d Directed) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	return d.g.weightedEdge(&d.g.out, uid, vid)
}

// Weight returns the evidence of the edge from xid to yid; a node's weight
// to itself is 0.
func (d Directed) Weight(xid, yid int64) (float64, bool) { return d.g.weight(&d.g.out, xid, yid) }

// Node returns the node with id, or nil.
func (u Undirected) Node(id int64) gonum.Node { return u.g.gonumNode(id) }

// Nodes returns every node.
func (u Undirected) Nodes() gonum.Nodes { return u.g.gonumNodes() }

// From returns the node's neighbours in either direction.
func (u Undirected) From(id int64) gonum.Nodes { return u.g.listed(&u.g.both, id) }

// HasEdgeBetween reports a link between the two nodes.
func (u Undirected) HasEdgeBetween(xid, yid int64) bool {
	return u.g.weightedEdge(&u.g.both, xid, yid) != nil
}

// Edge returns the link between uid and vid, or nil.
func (u Undirected) Edge(uid, vid int64) gonum.Edge { return u.EdgeBetween(uid, vid) }

// EdgeBetween returns the link between xid and yid, or nil.
func (u Undirected) EdgeBetween(xid, yid int64) gonum.Edge {
	if e := u.g.weightedEdge(&u.g.both, xid, yid); e != nil {
		return e
	}
	return nil
}

// WeightedEdge returns the link between uid and vid, or nil.
func (u Undirected) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	return u.g.weightedEdge(&u.g.both, uid, vid)
}

// WeightedEdgeBetween returns the link between xid and yid, or nil.
func (u Undirected) WeightedEdgeBetween(xid, yid int64) gonum.WeightedEdge {
	return u.g.weightedEdge(&u.g.both, xid, yid)
}

// Weight returns the evidence of both directions between xid and yid; a
// node's weight to itself is 0.
func (u Undirected) Weight(xid, yid int64) (float64, bool) { return u.g.weight(&u.g.both, xid, yid) }

// Node returns the node with id, or nil.
func (h Hops) Node(id int64) gonum.Node { return h.g.gonumNode(id) }

// Nodes returns every node.
func (h Hops) Nodes() gonum.Nodes { return h.g.gonumNodes() }

// From returns the node's neighbours in either direction.
func (h Hops) From(id int64) gonum.Nodes { return h.g.listed(&h.g.both, id) }

// HasEdgeBetween reports a link between the two nodes.
func (h Hops) HasEdgeBetween(xid, yid int64) bool {
	return h.g.weightedEdge(&h.g.both, xid, yid) != nil
}

// Edge returns the link between uid and vid, or nil.
func (h Hops) Edge(uid, vid int64) gonum.Edge { return h.EdgeBetween(uid, vid) }

// EdgeBetween returns the link between xid and yid as an unweighted edge,
// or nil.
func (h Hops) EdgeBetween(xid, yid int64) gonum.Edge {
	if !h.HasEdgeBetween(xid, yid) {
		return nil
	}
	return simple.Edge{F: simple.Node(xid), T: simple.Node(yid)}
}
