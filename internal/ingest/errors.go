package ingest

import "errors"

// ErrCollision marks a document whose id the store holds from another
// source; the document is reported and skipped.
var ErrCollision = errors.New("ingest: id stored from another source")
