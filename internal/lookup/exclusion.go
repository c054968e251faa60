package lookup

import (
	"maps"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
)

// DefaultExclusion is what kg path, top, communities, analyse and render
// leave out unless told otherwise: reports, which link everyone an outlet
// quoted to the outlet and so make it a hub of paths, rankings and
// pictures.
const DefaultExclusion = "kind:report"

// The fields of an exclusion item, FIELD:VALUE.
const (
	FieldKind      = "kind"
	FieldPredicate = "predicate"
	FieldEntity    = "entity"
)

// Fields lists the fields of an exclusion item.
var Fields = []string{FieldKind, FieldPredicate, FieldEntity}

// Exclusion is what a graph leaves out: edges of some kinds or
// predicates, and entities with their edges.
type Exclusion struct {
	kinds         map[graph.Kind]bool
	predicateRefs []string
	predicates    map[string]bool
	entityRefs    []string
	entities      map[uint64]bool
}

// ExclusionError says what is wrong with an item of an exclusion: it
// names no value (a known Field, Colon, no Operand), it names an unknown
// kind (Field is FieldKind, Operand the kind), or else it is no
// FIELD:VALUE (Field and Operand are what stand either side of its colon,
// if it has one).
type ExclusionError struct {
	Item, Field, Operand string
	// Colon says whether the item has one.
	Colon bool
}

func (e *ExclusionError) Error() string {
	switch {
	case e.Field == FieldKind && e.Operand != "":
		return "lookup: unknown kind " + e.Operand
	case slices.Contains(Fields, e.Field) && e.Colon && e.Operand == "":
		return "lookup: " + e.Item + " names no " + e.Field
	}
	return "lookup: " + e.Item + " is not kind:K, predicate:P or entity:E"
}

// ParseExclusion reads a comma-separated list of kind:K, predicate:P and
// entity:E items, checking its syntax and the kinds it names; errors are
// *ExclusionError. Predicates and entities are read by Resolve.
func ParseExclusion(value string) (*Exclusion, error) {
	x := &Exclusion{kinds: map[graph.Kind]bool{}, predicates: map[string]bool{}, entities: map[uint64]bool{}}
	for _, item := range strings.Split(value, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		field, operand, found := strings.Cut(item, ":")
		field, operand = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(operand)
		if !found || operand == "" || !slices.Contains(Fields, field) {
			return nil, &ExclusionError{Item: item, Field: field, Operand: operand, Colon: found}
		}
		switch field {
		case FieldKind:
			kind := graph.Kind(strings.ToLower(operand))
			if !slices.Contains(graph.Kinds, kind) {
				return nil, &ExclusionError{Item: item, Field: field, Operand: operand, Colon: true}
			}
			x.kinds[kind] = true
		case FieldPredicate:
			x.predicateRefs = append(x.predicateRefs, operand)
		case FieldEntity:
			x.entityRefs = append(x.entityRefs, operand)
		}
	}
	return x, nil
}

// Resolve reads the predicates and entities the exclusion names with
// predicate and entity, which return the stored predicate and the node
// id a reference stands for; it returns their first error.
func (x *Exclusion) Resolve(predicate func(ref string) (string, error), entity func(ref string) (uint64, error)) error {
	for _, ref := range x.predicateRefs {
		p, err := predicate(ref)
		if err != nil {
			return err
		}
		x.predicates[p] = true
	}
	for _, ref := range x.entityRefs {
		id, err := entity(ref)
		if err != nil {
			return err
		}
		x.entities[id] = true
	}
	return nil
}

// Excludes reports whether the node id is left out.
func (x *Exclusion) Excludes(id uint64) bool { return x.entities[id] }

// KeepsEdge reports whether e stays: its kind and predicate are not left
// out, nor either of its nodes.
func (x *Exclusion) KeepsEdge(e graph.Edge) bool {
	return !x.kinds[e.Kind] && !x.predicates[e.Predicate] && !x.entities[e.From] && !x.entities[e.To]
}

// String writes the exclusion as ParseExclusion reads it, in a fixed
// order and with entities by id, so that two exclusions leaving out the
// same compare equal.
func (x *Exclusion) String() string {
	var items []string
	for _, kind := range graph.Kinds {
		if x.kinds[kind] {
			items = append(items, FieldKind+":"+string(kind))
		}
	}
	for _, predicate := range slices.Sorted(maps.Keys(x.predicates)) {
		items = append(items, FieldPredicate+":"+predicate)
	}
	for _, id := range slices.Sorted(maps.Keys(x.entities)) {
		items = append(items, FieldEntity+":"+ID(id))
	}
	return strings.Join(items, ",")
}

// Graph is src without what x leaves out.
func (x *Exclusion) Graph(src analysis.Source) analysis.Source {
	return excludedGraph{src: src, exclusion: x}
}

// excludedGraph streams a graph without what an exclusion leaves out.
type excludedGraph struct {
	src       analysis.Source
	exclusion *Exclusion
}

func (g excludedGraph) Nodes(fn func(graph.Node) error) error {
	return g.src.Nodes(func(n graph.Node) error {
		if g.exclusion.Excludes(n.ID) {
			return nil
		}
		return fn(n)
	})
}

func (g excludedGraph) Edges(fn func(graph.Edge) error) error {
	return g.src.Edges(func(e graph.Edge) error {
		if !g.exclusion.KeepsEdge(e) {
			return nil
		}
		return fn(e)
	})
}
