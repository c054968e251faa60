package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/store"
)

// defaultExclude is what kg path, top, communities, analyse and render
// leave out unless told otherwise: reports, which link everyone an outlet
// quoted to the outlet and so make it a hub of paths, rankings and
// pictures. kg export leaves out nothing unless told.
const defaultExclude = "kind:report"

// The fields of an --exclude item, FIELD:VALUE.
const (
	excludeKind      = "kind"
	excludePredicate = "predicate"
	excludeEntity    = "entity"
)

var excludeFields = []string{excludeKind, excludePredicate, excludeEntity}

func addExcludeFlag(fs *flag.FlagSet, into *string) {
	fs.StringVar(into, "exclude", *into, "leave these out of the graph, comma-separated: kind:K (event, role, report), predicate:P, entity:NAME or entity:id:N; '' leaves nothing out")
}

// exclusion is what an --exclude flag leaves out of the graph: edges of
// some kinds or predicates, and entities with their edges.
type exclusion struct {
	command       string
	kinds         map[graph.Kind]bool
	predicateRefs []string
	predicates    map[string]bool
	entityRefs    []string
	entities      map[uint64]bool
}

// parseExclusion checks the syntax of an --exclude value and the kinds it
// names. Entities and predicates are read by resolve, since both need the
// store.
func parseExclusion(command, value string) (*exclusion, error) {
	x := &exclusion{command: command, kinds: map[graph.Kind]bool{}, predicates: map[string]bool{}, entities: map[uint64]bool{}}
	for _, item := range splitList(value) {
		field, operand, found := strings.Cut(item, ":")
		field, operand = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(operand)
		if found && operand == "" && slices.Contains(excludeFields, field) {
			return nil, usageError("%s: --exclude %s names no %s", command, item, field)
		}
		if !found || operand == "" || !slices.Contains(excludeFields, field) {
			hint := ""
			if suggestion, ok := closest(field, excludeFields); ok && found {
				hint = fmt.Sprintf("; did you mean %s:%s?", suggestion, operand)
			} else if !found && slices.Contains(kindNames(), field) {
				hint = fmt.Sprintf("; did you mean %s:%s?", excludeKind, field)
			}
			return nil, usageError("%s: --exclude: %q is not kind:K, predicate:P or entity:E%s", command, item, hint)
		}
		switch field {
		case excludeKind:
			kind := graph.Kind(strings.ToLower(operand))
			if !slices.Contains(graph.Kinds, kind) {
				names := kindNames()
				return nil, usageError("%s: --exclude: unknown kind %q; the closest is %s (kinds: %s)", command, operand, nearest(operand, names), strings.Join(names, ", "))
			}
			x.kinds[kind] = true
		case excludePredicate:
			x.predicateRefs = append(x.predicateRefs, operand)
		case excludeEntity:
			x.entityRefs = append(x.entityRefs, operand)
		}
	}
	return x, nil
}

func kindNames() []string {
	names := make([]string, len(graph.Kinds))
	for i, kind := range graph.Kinds {
		names[i] = string(kind)
	}
	return names
}

// nearest returns the known name that name most likely stands for: the
// one closest reads it as a slip for, else the one fewest edits away.
func nearest(name string, known []string) string {
	if suggestion, ok := closest(name, known); ok {
		return suggestion
	}
	best := ""
	for _, candidate := range known {
		if best == "" || slips(strings.ToLower(name), candidate) < slips(strings.ToLower(name), best) {
			best = candidate
		}
	}
	return best
}

// resolve finds the entities the exclusion names, as every command
// resolves an entity argument, and reads its predicates as every
// predicate flag reads them (readPredicate).
func (x *exclusion) resolve(st *store.Store, stderr io.Writer) error {
	if len(x.predicateRefs) > 0 {
		stored, err := st.Predicates()
		if err != nil {
			return err
		}
		for _, ref := range x.predicateRefs {
			predicate, err := readPredicate(x.command, "exclude", ref, stored, stderr)
			if err != nil {
				return err
			}
			x.predicates[predicate] = true
		}
	}
	for _, ref := range x.entityRefs {
		node, err := resolveEntity(st, x.command+": --exclude", ref, typeChoice{}, stderr)
		if err != nil {
			return err
		}
		x.entities[node.ID] = true
	}
	return nil
}

// excludes reports whether node id is left out.
func (x *exclusion) excludes(id uint64) bool { return x.entities[id] }

// keepsEdge reports whether an edge stays: neither its kind, nor its
// predicate, nor either end is left out.
func (x *exclusion) keepsEdge(e graph.Edge) bool {
	return !x.kinds[e.Kind] && !x.predicates[e.Predicate] && !x.entities[e.From] && !x.entities[e.To]
}

// String gives the exclusion in the form --exclude takes, entities as
// resolve found them (by id), for the record of an analysis.
func (x *exclusion) String() string {
	var items []string
	for _, kind := range graph.Kinds {
		if x.kinds[kind] {
			items = append(items, excludeKind+":"+string(kind))
		}
	}
	for _, predicate := range slices.Sorted(maps.Keys(x.predicates)) {
		items = append(items, excludePredicate+":"+predicate)
	}
	for _, id := range slices.Sorted(maps.Keys(x.entities)) {
		items = append(items, excludeEntity+":"+entityID(id))
	}
	return strings.Join(items, ",")
}

// loadExcluded reads the graph of st without what excluded leaves out.
func loadExcluded(ctx context.Context, st *store.Store, excluded *exclusion, stderr io.Writer) (*analysis.Graph, error) {
	if err := excluded.resolve(st, stderr); err != nil {
		return nil, err
	}
	return analysis.Load(excluded.graph(cancellableGraph{ctx: ctx, graph: st}))
}

// graph is src without what x leaves out.
func (x *exclusion) graph(src analysis.Source) analysis.Source {
	return excludedGraph{src: src, exclusion: x}
}

type excludedGraph struct {
	src       analysis.Source
	exclusion *exclusion
}

func (g excludedGraph) Nodes(fn func(graph.Node) error) error {
	return g.src.Nodes(func(n graph.Node) error {
		if g.exclusion.excludes(n.ID) {
			return nil
		}
		return fn(n)
	})
}

func (g excludedGraph) Edges(fn func(graph.Edge) error) error {
	return g.src.Edges(func(e graph.Edge) error {
		if !g.exclusion.keepsEdge(e) {
			return nil
		}
		return fn(e)
	})
}
