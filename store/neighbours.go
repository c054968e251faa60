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
}

// Neighbour is one node reached by Neighbours.
type Neighbour struct {
	Node      graph.Node // the neighbour
	From      uint64     // the node it was reached from (the start node at depth 1)
	Depth     int
	Direction Direction      // Out: From -Predicate-> Node; In: Node -Predicate-> From
	Edge      graph.Edge     // the edge it was reached by, its heaviest
	Evidence  graph.Evidence // the edge's earliest sentence
}

// Neighbours walks breadth-first from the node id up to q.Depth steps.
// Each node reached appears once, at its smallest depth, by its heaviest
// edge from the depth before. Rows are sorted by depth, then weight
// (heaviest first), then name; q.Limit caps them. A start node that is not
// live is an error matching ErrNotFound.
func (s *Store) Neighbours(id uint64, q Query) ([]Neighbour, error) {
	q.Depth = max(q.Depth, 1)
	if q.Direction&Both == 0 {
		q.Direction = Both
	}
	var rows []Neighbour
	err := s.view(func(txn *badger.Txn) error {
		reader := newNodeReader(txn)
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
			steps, err := nextSteps(edges, reader.canon, frontier, q, reached)
			if err != nil {
				return err
			}
			frontier = frontier[:0]
			for _, step := range steps {
				reached[step.to] = true
				frontier = append(frontier, step.to)
				row, err := step.row(reader, depth)
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
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), cmp.Compare(b.Edge.Weight, a.Edge.Weight), cmp.Compare(a.Node.Name, b.Node.Name), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	if q.Limit > 0 && len(rows) > q.Limit {
		rows = rows[:q.Limit]
	}
	return rows, nil
}

// step is an edge from a reached node to one not reached yet.
type step struct {
	from, to  uint64
	direction Direction
	edge      graph.Edge
	earliest  evidenceRef
}

// nextSteps returns, for every node one edge away from the frontier and
// not reached, its heaviest such edge; on equal weights the one stated
// first (its earliest evidence: by date, article and position), then the
// first found, frontier nodes in ascending id order, out before in.
func nextSteps(edges *edgeReader, resolution *canon, frontier []uint64, q Query, reached map[uint64]bool) ([]*step, error) {
	best := make(map[uint64]*step)
	var found []*step
	consider := func(candidate *step) {
		if reached[candidate.to] {
			return
		}
		current, seen := best[candidate.to]
		if !seen {
			best[candidate.to] = candidate
			found = append(found, candidate)
		} else if candidate.edge.Weight > current.edge.Weight ||
			candidate.edge.Weight == current.edge.Weight && candidate.earliest.before(current.earliest) {
			*current = *candidate
		}
	}
	for _, from := range frontier {
		if err := edges.canonicalAdjacent(resolution, from, q.Direction, q.Predicates, consider); err != nil {
			return nil, err
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
		next := &step{from: node, to: key.To, direction: direction, edge: record.edge(key), earliest: record.Earliest}
		if direction == In {
			next.to = key.From
		}
		fn(next)
	}
	return nil
}

// row completes a step into a Neighbour.
func (s *step) row(reader *nodeReader, depth int) (Neighbour, error) {
	node, _, err := reader.node(s.to)
	if err != nil {
		return Neighbour{}, err
	}
	return Neighbour{
		Node:      node,
		From:      s.from,
		Depth:     depth,
		Direction: s.direction,
		Edge:      s.edge,
		Evidence:  s.earliest.evidence(),
	}, nil
}
