package analysis

import "errors"

var (
	// ErrDanglingEdge is returned by Load for an edge that names a node
	// the source did not yield.
	ErrDanglingEdge = errors.New("analysis: edge to a missing node")

	// ErrDuplicateNode is returned by Load when the source yields one node
	// id twice.
	ErrDuplicateNode = errors.New("analysis: duplicate node")

	// ErrNoNode is returned for a node id the graph does not hold.
	ErrNoNode = errors.New("analysis: no such node")
)
