package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/store"
)

// defaultExclude is what kg path, top, communities, analyse and render
// leave out unless told otherwise (lookup.DefaultExclusion); kg export
// leaves out nothing unless told.
const defaultExclude = lookup.DefaultExclusion

func addExcludeFlag(fs *flag.FlagSet, into *string) {
	fs.StringVar(into, "exclude", *into, "leave these out of the graph, comma-separated: kind:K (event, role, report), predicate:P, entity:NAME or entity:id:N; '' leaves nothing out")
}

// exclusion is what an --exclude flag of a command leaves out of the
// graph.
type exclusion struct {
	*lookup.Exclusion
	command string
}

// parseExclusion checks the syntax of an --exclude value and the kinds it
// names, wording what is wrong as a usage error with a suggestion.
// Entities and predicates are read by resolve, since both need the store.
func parseExclusion(command, value string) (*exclusion, error) {
	x, err := lookup.ParseExclusion(value)
	var bad *lookup.ExclusionError
	switch {
	case errors.As(err, &bad) && bad.Field == lookup.FieldKind && bad.Operand != "":
		names := kindNames()
		return nil, usageError("%s: --exclude: unknown kind %q; the closest is %s (kinds: %s)", command, bad.Operand, nearest(bad.Operand, names), strings.Join(names, ", "))
	case errors.As(err, &bad) && bad.Colon && bad.Operand == "" && slices.Contains(lookup.Fields, bad.Field):
		return nil, usageError("%s: --exclude %s names no %s", command, bad.Item, bad.Field)
	case errors.As(err, &bad):
		hint := ""
		if suggestion, ok := closest(bad.Field, lookup.Fields); ok && bad.Colon {
			hint = fmt.Sprintf("; did you mean %s:%s?", suggestion, bad.Operand)
		} else if !bad.Colon && slices.Contains(kindNames(), bad.Field) {
			hint = fmt.Sprintf("; did you mean %s:%s?", lookup.FieldKind, bad.Field)
		}
		return nil, usageError("%s: --exclude: %q is not kind:K, predicate:P or entity:E%s", command, bad.Item, hint)
	case err != nil:
		return nil, err
	}
	return &exclusion{Exclusion: x, command: command}, nil
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

// resolve reads the predicates and entities x names from st, as every
// command reads them.
func (x *exclusion) resolve(st *store.Store, stderr io.Writer) error {
	var stored []string
	predicate := func(ref string) (string, error) {
		if stored == nil {
			var err error
			if stored, err = st.Predicates(); err != nil {
				return "", err
			}
		}
		return readPredicate(x.command, "exclude", ref, stored, stderr)
	}
	entity := func(ref string) (uint64, error) {
		node, err := resolveEntity(st, x.command+": --exclude", ref, typeChoice{}, stderr)
		return node.ID, err
	}
	return x.Resolve(predicate, entity)
}

// loadExcluded reads the graph of st without what excluded leaves out.
func loadExcluded(ctx context.Context, st *store.Store, excluded *exclusion, stderr io.Writer) (*analysis.Graph, error) {
	if err := excluded.resolve(st, stderr); err != nil {
		return nil, err
	}
	return analysis.Load(excluded.Graph(analysis.Cancellable(ctx, st)))
}
