package store

import (
	"cmp"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// Direction selects which edges of a node a walk follows.
type Direction int

// The directions; the zero Direction means Both.
const (
	Out  Direction = 1 << iota // edges leaving the node
	In                         // edges entering the node
	Both = Out | In
)

// Query says how far and along which edges Neighbours walks. The zero
// Query walks one step along every edge in both directions, unlimited.
type Query struct {
	Depth      int      // steps from the start node; values below 1 mean 1
	Predicates []string // nil follows every predicate
	Direction  Direction
	Limit      int // <= 0: no limit
	// Keep, when set, is told of every edge, as resolved, the walk could
	// follow: it follows only those Keep keeps.
	Keep func(graph.Edge) bool
}

// Neighbour is one node reached by Neighbours, with every edge the query
// follows between it and the node it was reached from.
type Neighbour struct {
	Node      graph.Node // the neighbour
	From      uint64     // the node it was reached from (the start node at depth 1)
	Depth     int
	Relations []Relation // heaviest first, then the first stated
	Weight    int        // the Relations' weights summed
}

// Relation is one edge between a Neighbour and the node it was reached
// from.
type Relation struct {
	Direction Direction      // Out: From -Predicate-> Node; In: Node -Predicate-> From
	Edge      graph.Edge     // as resolved: From and To are the two nodes
	Evidence  graph.Evidence // the edge's earliest sentence
}

// Neighbours walks breadth-first from the node id up to q.Depth steps.
// Each node reached appears once, at its smallest depth, reached from the
// node of the depth before that has the most evidence for it: the summed
// weight of every edge between the two that q follows. Rows are sorted by
// depth, then that weight (heaviest first), then name; q.Limit caps them.
// A start node that is not live is an error matching ErrNotFound.
func (s *Store) Neighbours(id uint64, q Query) ([]Neighbour, error) {
	q.Depth = max(q.Depth, 1)
	if q.Direction&Both == 0 {
		q.Direction = Both
	}
	var rows []Neighbour
	err := s.viewNodes(func(txn *badger.Txn) error {
		reader := newNodeReader(txn, s.reads)
		defer reader.close()
		edges := newEdgeReader(txn)
		defer edges.close()
		if _, live, err := reader.node(id); err != nil || !live {
			return cmp.Or(err, fail(ErrNotFound, "store: no node %d", id))
		}
		reached := map[uint64]bool{id: true}
		frontier := []uint64{id}
		for depth := 1; depth <= q.Depth && len(frontier) > 0; depth++ {
			// Rows are sorted by depth first, so once the limit is met no
			// deeper row can make the cut.
			if q.Limit > 0 && len(rows) >= q.Limit {
				break
			}
			links, err := nextLinks(edges, reader.canon, frontier, q, reached)
			if err != nil {
				return err
			}
			frontier = frontier[:0]
			for _, link := range links {
				reached[link.to] = true
				frontier = append(frontier, link.to)
				row, err := link.row(reader, depth)
				if err != nil {
					return err
				}
				rows = append(rows, row)
			}
			slices.Sort(frontier)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(a, b Neighbour) int {
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Node.Name, b.Node.Name), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	if q.Limit > 0 && len(rows) > q.Limit {
		rows = rows[:q.Limit]
	}
	return rows, nil
}

// step is an edge of a node as seen from it: the node at its other end,
// whether it leaves or enters, and its record.
type step struct {
	to        uint64
	direction Direction
	edge      graph.Edge
	earliest  evidenceRef
}

// link is every edge the query follows between a reached node and one
// not reached yet.
type link struct {
	from, to uint64
	steps    []*step
	weight   int
	earliest evidenceRef // the earliest evidence of all its edges
}

func (l *link) add(s *step) {
	if len(l.steps) == 0 || s.earliest.before(l.earliest) {
		l.earliest = s.earliest
	}
	l.steps = append(l.steps, s)
	l.weight += s.edge.Weight
}

// heavier reports whether l has more evidence than other; on equal
// weights, whether it was stated first (its earliest evidence: by date,
// article and position).
func (l *link) heavier(other *link) bool {
	return l.weight > other.weight || l.weight == other.weight && l.earliest.before(other.earliest)
}

// nextLinks returns, for every node one edge away from the frontier and
// not reached, its heaviest link from the frontier (see link.heavier); of
// equally heavy ones, the first found, frontier nodes in ascending id
// order.
func nextLinks(edges *edgeReader, resolution *canon, frontier []uint64, q Query, reached map[uint64]bool) ([]*link, error) {
	best := make(map[uint64]*link)
	var found []*link
	for _, from := range frontier {
		links := make(map[uint64]*link)
		var order []*link
		consider := func(candidate *step) {
			if reached[candidate.to] || q.Keep != nil && !q.Keep(candidate.edge) {
				return
			}
			l, seen := links[candidate.to]
			if !seen {
				l = &link{from: from, to: candidate.to}
				links[candidate.to] = l
				order = append(order, l)
			}
			l.add(candidate)
		}
		if err := edges.canonicalAdjacent(resolution, from, q.Direction, q.Predicates, consider); err != nil {
			return nil, err
		}
		for _, l := range order {
			current, seen := best[l.to]
			switch {
			case !seen:
				best[l.to] = l
				found = append(found, l)
			case l.heavier(current):
				*current = *l
			}
		}
	}
	return found, nil
}

// edgeReader reads the edges of node after node within one read
// transaction, reusing one iterator per direction: making an iterator
// costs more than reading a few edges.
type edgeReader struct {
	out, in *badger.Iterator
}

func newEdgeReader(txn *badger.Txn) *edgeReader {
	return &edgeReader{
		out: txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixEdge}, PrefetchValues: true, PrefetchSize: 16}),
		in:  txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixInEdge}, PrefetchValues: true, PrefetchSize: 16}),
	}
}

func (r *edgeReader) close() {
	r.out.Close()
	r.in.Close()
}

// adjacent calls fn with every edge leaving (Out) or entering (In) node.
func (r *edgeReader) adjacent(node uint64, direction Direction, predicate string, fn func(*step)) error {
	it, prefix := r.out, outPrefix(node, predicate)
	if direction == In {
		it, prefix = r.in, inPrefix(node, predicate)
	}
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		key, err := ParseKey(it.Item().Key())
		if err != nil {
			return err
		}
		var record edgeRecord
		err = it.Item().Value(func(buf []byte) error {
			record, err = decodeEdge(buf)
			return err
		})
		if err != nil {
			return err
		}
		next := &step{to: key.To, direction: direction, edge: record.edge(key), earliest: record.Earliest}
		if direction == In {
			next.to = key.From
		}
		fn(next)
	}
	return nil
}

// row completes a link into a Neighbour: its edges, heaviest first, then
// the first stated, then out before in, then by predicate, not negated
// before negated.
func (l *link) row(reader *nodeReader, depth int) (Neighbour, error) {
	node, _, err := reader.node(l.to)
	if err != nil {
		return Neighbour{}, err
	}
	slices.SortFunc(l.steps, func(a, b *step) int {
		return cmp.Or(cmp.Compare(b.edge.Weight, a.edge.Weight),
			compareEvidence(a.earliest.Date, a.earliest.Article, a.earliest.Start, b.earliest.Date, b.earliest.Article, b.earliest.Start),
			cmp.Compare(a.direction, b.direction), cmp.Compare(a.edge.Predicate, b.edge.Predicate), compareBool(a.edge.Negated, b.edge.Negated))
	})
	relations := make([]Relation, len(l.steps))
	for i, s := range l.steps {
		relations[i] = Relation{Direction: s.direction, Edge: s.edge, Evidence: s.earliest.evidence()}
	}
	return Neighbour{Node: node, From: l.from, Depth: depth, Relations: relations, Weight: l.weight}, nil
}
