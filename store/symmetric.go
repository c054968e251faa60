package store

import (
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// A symmetric predicate ("meet": A meets B as B meets A, see
// graph.IsSymmetric) is stored once, from the lower node id to the higher,
// whichever way the sentence puts it. Put orients the nodes of the
// articles' keys; reads orient again the nodes the resolution in force
// maps them to, so that an entity's statements stay one edge after
// Resolve; and a walk reads such an edge from either end.

// orient returns an edge's nodes in the order the store keeps them: as
// given, or the lower id first for a symmetric predicate.
func orient(predicate string, from, to uint64) (uint64, uint64) {
	if from > to && graph.IsSymmetric(predicate) {
		return to, from
	}
	return from, to
}

// Predicates returns the predicates of the stored edges, sorted, each once.
func (s *Store) Predicates() ([]string, error) {
	seen := make(map[string]bool)
	err := s.view(func(txn *badger.Txn) error {
		return scan(txn, []byte{prefixEdge}, false, func(key Key, _ []byte) error {
			seen[key.Predicate] = true
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	predicates := make([]string, 0, len(seen))
	for predicate := range seen {
		predicates = append(predicates, predicate)
	}
	slices.Sort(predicates)
	return predicates, nil
}

// symmetricAdjacent calls fn with every symmetric edge that the index of
// the other direction holds for node, as if this direction's held it:
// stored once, such an edge leaves and enters both of its nodes. With
// predicates, only those of them that are symmetric are read.
func (r *edgeReader) symmetricAdjacent(node uint64, direction Direction, predicates []string, fn func(*step)) error {
	other := Out
	if direction == Out {
		other = In
	}
	flip := func(next *step) {
		if !graph.IsSymmetric(next.edge.Predicate) {
			return
		}
		next.direction = direction
		next.edge.From, next.edge.To = next.edge.To, next.edge.From
		fn(next)
	}
	if len(predicates) == 0 {
		return r.adjacent(node, other, "", flip)
	}
	for _, predicate := range predicates {
		if graph.IsSymmetric(predicate) {
			if err := r.adjacent(node, other, predicate, flip); err != nil {
				return err
			}
		}
	}
	return nil
}
