package subgraph

import "errors"

var (
	// ErrEgoMissing is returned by Select when the Ego node is not in the
	// graph, or was removed by the other criteria.
	ErrEgoMissing = errors.New("subgraph: ego node not in the selected graph")

	// ErrNoRank is returned by Select when Top is asked for without a rank.
	ErrNoRank = errors.New("subgraph: top nodes asked for without a rank")
)
