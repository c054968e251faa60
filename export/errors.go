package export

import "errors"

var (
	// ErrUnknownFormat is returned by ParseFormat and Write for a format
	// name they do not know.
	ErrUnknownFormat = errors.New("export: unknown format")

	// ErrClosed is returned by an encoder's Encode methods after Close.
	ErrClosed = errors.New("export: encoder closed")

	// ErrDuplicateNode is returned by Write when a Graph yields two nodes
	// with the same id: the output would be rejected by GraphML readers.
	ErrDuplicateNode = errors.New("export: duplicate node")

	// ErrDanglingEdge is returned by Write when an edge names a node the
	// Graph did not yield: Gephi and the GraphML schema reject such edges.
	ErrDanglingEdge = errors.New("export: edge to a missing node")
)

// ErrNodeAfterEdge is returned by GEXFEncoder.EncodeNodeInfo once an edge
// has been written: GEXF lists all nodes before any edge.
var ErrNodeAfterEdge = errors.New("export: node after the first edge")

// ErrUnknownExtension is returned by FormatOf for a file extension that
// names no format.
var ErrUnknownExtension = errors.New("export: unknown file extension")
