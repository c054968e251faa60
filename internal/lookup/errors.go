package lookup

import (
	"errors"
	"fmt"

	"github.com/kg-project/kg/graph"
)

var (
	// ErrBadID marks an entity reference that starts id: without a
	// number after it.
	ErrBadID = errors.New("lookup: malformed entity id")
	// ErrNoEntity marks a reference no live node answers.
	ErrNoEntity = errors.New("lookup: no such entity")
	// ErrAmbiguous marks a name that several nodes bear.
	ErrAmbiguous = errors.New("lookup: ambiguous entity")
)

// AmbiguousError lists the nodes a name could mean.
type AmbiguousError struct {
	Ref        string
	Candidates []graph.Node // most mentions first
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("lookup: %q is ambiguous: %d entities go by that name", e.Ref, len(e.Candidates))
}

func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// MissingError says why no node answers a reference: no node has its id,
// the node of its id is of another type (Node), or no node bears its name
// (Closest lists the nearest names, empty only for an empty store).
type MissingError struct {
	Ref     string
	Type    graph.Type // the type asked for; "" for any
	ByID    bool
	Node    graph.Node // by id: the node, when it is of another type
	Closest []graph.Node
}

func (e *MissingError) Error() string {
	switch {
	case e.ByID && e.Node.ID != 0:
		return fmt.Sprintf("lookup: %s is %q, of type %s, not %s", e.Ref, e.Node.Name, e.Node.Type, e.Type)
	case e.ByID:
		return fmt.Sprintf("lookup: no entity has the id %s", e.Ref)
	}
	return fmt.Sprintf("lookup: no entity named %q", e.Ref)
}

func (e *MissingError) Unwrap() error { return ErrNoEntity }
