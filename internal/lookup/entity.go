package lookup

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// IDPrefix starts an entity given by its id.
const IDPrefix = "id:"

// Dominance is how many times the mentions of the next a node needs to be
// picked among several of one name.
const Dominance = 3

// closestNames is how many names a MissingError offers.
const closestNames = 5

// ID is how an entity's id is written and given back: "id:1234".
func ID(id uint64) string { return IDPrefix + strconv.FormatUint(id, 10) }

// ParseID returns the id a reference gives as id:N; ok is false for a
// name, and the error matches ErrBadID for "id:" without a number.
func ParseID(ref string) (id uint64, ok bool, err error) {
	number, found := strings.CutPrefix(strings.TrimSpace(ref), IDPrefix)
	if !found {
		return 0, false, nil
	}
	id, err = strconv.ParseUint(number, 10, 64)
	if err != nil {
		return 0, false, ErrBadID
	}
	return id, true, nil
}

// Entity finds the live node ref stands for: the node of the id it gives,
// or the node its name or an alias names among those of type only ("" for
// any type). Errors are *MissingError, *AmbiguousError or ErrBadID, or
// the store's.
func Entity(st *store.Store, ref string, only graph.Type) (graph.Node, error) {
	id, byID, err := ParseID(ref)
	if err != nil {
		return graph.Node{}, err
	}
	if byID {
		return byIdentity(st, ref, id, only)
	}
	candidates, err := typed(st, ref, only)
	if err != nil {
		return graph.Node{}, err
	}
	if len(candidates) == 0 {
		if entry, ok := gazetteer.Lookup(ref); ok {
			if candidates, err = typed(st, entry.Name, only); err != nil {
				return graph.Node{}, err
			}
		}
	}
	switch {
	case len(candidates) == 0:
		closest, err := st.Closest(ref, closestNames)
		if err != nil {
			return graph.Node{}, err
		}
		return graph.Node{}, &MissingError{Ref: ref, Type: only, Closest: closest}
	case len(candidates) == 1:
		return candidates[0], nil
	}
	slices.SortStableFunc(candidates, func(a, b graph.Node) int { return b.Mentions - a.Mentions })
	if top, ok := dominant(candidates); ok {
		return top, nil
	}
	return graph.Node{}, &AmbiguousError{Ref: ref, Candidates: candidates}
}

func byIdentity(st *store.Store, ref string, id uint64, only graph.Type) (graph.Node, error) {
	node, err := st.Node(id)
	if errors.Is(err, store.ErrNotFound) {
		return graph.Node{}, &MissingError{Ref: ID(id), Type: only, ByID: true}
	}
	if err != nil {
		return graph.Node{}, err
	}
	if only != "" && node.Type != only {
		return graph.Node{}, &MissingError{Ref: ID(id), Type: only, ByID: true, Node: node}
	}
	return node, nil
}

func typed(st *store.Store, name string, only graph.Type) ([]graph.Node, error) {
	nodes, err := st.Lookup(name)
	if err != nil || only == "" {
		return nodes, err
	}
	return slices.DeleteFunc(nodes, func(n graph.Node) bool { return n.Type != only }), nil
}

// dominant returns the first of candidates (sorted by mentions, most
// first) when it has far more mentions than the next and no other
// candidate bears its name: then the others are side readings of the name,
// not rivals.
func dominant(candidates []graph.Node) (graph.Node, bool) {
	top := candidates[0]
	if top.Mentions < Dominance*candidates[1].Mentions {
		return graph.Node{}, false
	}
	for _, other := range candidates[1:] {
		if strings.EqualFold(strings.Join(strings.Fields(other.Name), " "), strings.Join(strings.Fields(top.Name), " ")) {
			return graph.Node{}, false
		}
	}
	return top, true
}
