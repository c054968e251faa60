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
// Resolve; and a walk reads such an edge from either end (see
// canonicalAdjacent).

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
