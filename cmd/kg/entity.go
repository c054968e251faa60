package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/store"
)

// Every command that takes an entity takes it the same way: by a name or
// an alias, which --type (or, for kg path, --from-type and --to-type)
// narrows to one type, or by its id as kg entities and the list of
// candidates print it, "id:1234".

// tableAliases is how many aliases a table row shows; --json gives all.
const tableAliases = 3

// exampleWidth is how much of a candidate's example statement the list
// of candidates shows.
const exampleWidth = 60

// entityID is how an entity's id is printed and given back: "id:1234".
func entityID(id uint64) string { return lookup.ID(id) }

// typeChoice is the type an entity argument must have and the flag that
// gave it, which messages name.
type typeChoice struct {
	flag string
	only graph.Type // "" for any type
}

// addTypeFlag registers the flag that narrows an entity argument to one
// type; which says which argument ("ENTITY", "A"), and note, when not
// empty, ends the flag's description.
func addTypeFlag(fs *flag.FlagSet, into *string, name, which, note string) {
	usage := "take " + which + " among the entities of this type (PERSON, ORG, GPE, LOC)"
	if note != "" {
		usage += "; " + note
	}
	fs.StringVar(into, name, *into, usage)
}

// parseTypeChoice checks the value of a type flag; "" allows any type.
func parseTypeChoice(command, flag, value string) (typeChoice, error) {
	choice := typeChoice{flag: flag}
	if value == "" {
		return choice, nil
	}
	t, err := parseType(command, flag, value)
	choice.only = t
	return choice, err
}

// parseEntityID returns the id an entity argument gives as id:N; ok is
// false for a name.
func parseEntityID(ref string) (id uint64, ok bool, err error) {
	id, ok, err = lookup.ParseID(ref)
	if err != nil {
		return 0, false, badID(ref)
	}
	return id, ok, nil
}

func badID(ref string) error {
	return usageError("%q: an entity id is written %sN, N a number as kg entities prints it", ref, lookup.IDPrefix)
}

// resolveEntity finds the node ref stands for: the node with the id it
// gives, or the node its name or an alias names among those of the
// chosen type. Several matches are listed on stderr, with their ids,
// unless one clearly dominates. Errors start with where the entity was
// given: "neighbours", "path: --exclude".
func resolveEntity(st *store.Store, where, ref string, choice typeChoice, stderr io.Writer) (graph.Node, error) {
	node, err := lookupEntity(st, ref, choice, stderr)
	if err != nil {
		return graph.Node{}, fmt.Errorf("%s: %w", where, err)
	}
	return node, nil
}

// lookupEntity resolves ref (lookup.Entity) and words its failures for
// the command line: an ambiguous name lists its candidates on stderr.
func lookupEntity(st *store.Store, ref string, choice typeChoice, stderr io.Writer) (graph.Node, error) {
	if graph.FoldName(ref) == "" {
		return graph.Node{}, usageError("%q names no entity: give a name or an id as %sN", ref, lookup.IDPrefix)
	}
	node, err := lookup.Entity(st, ref, choice.only)
	var ambiguous *lookup.AmbiguousError
	var missing *lookup.MissingError
	switch {
	case errors.Is(err, lookup.ErrBadID):
		return graph.Node{}, badID(ref)
	case errors.As(err, &ambiguous):
		candidates := ambiguous.Candidates
		if err := printCandidates(stderr, st, candidates); err != nil {
			return graph.Node{}, err
		}
		how := "name it by its id"
		if choice.flag != "" && slices.ContainsFunc(candidates, func(n graph.Node) bool { return n.Type != candidates[0].Type }) {
			how = fmt.Sprintf("give --%s TYPE or name it by its id", choice.flag)
		}
		return graph.Node{}, fail(errAmbiguous, "%q is ambiguous: %d entities go by that name (listed above); %s, as %s", ref, len(candidates), how, entityID(candidates[0].ID))
	case errors.As(err, &missing):
		return graph.Node{}, noEntity(missing, choice)
	}
	return node, err
}

// entityByID returns the node of id, of the chosen type.
func entityByID(st *store.Store, id uint64, choice typeChoice) (graph.Node, error) {
	return lookupEntity(st, entityID(id), choice, io.Discard)
}

func noEntity(missing *lookup.MissingError, choice typeChoice) error {
	switch {
	case missing.ByID && missing.Node.ID != 0:
		node := missing.Node
		return fail(errNoEntity, "%s is %q, %s, not %s as --%s asks", missing.Ref, node.Name, withArticle(string(node.Type)), withArticle(string(choice.only)), choice.flag)
	case missing.ByID:
		return fail(errNoEntity, "no entity has the id %s", missing.Ref)
	case len(missing.Closest) == 0:
		return fail(errNoEntity, "no entity named %q: the store is empty", missing.Ref)
	}
	suggestions := make([]string, len(missing.Closest))
	for i, node := range missing.Closest {
		suggestions[i] = fmt.Sprintf("%q (%s) %s", node.Name, node.Type, entityID(node.ID))
	}
	named := fmt.Sprintf("no entity named %q", missing.Ref)
	if choice.only != "" {
		named = fmt.Sprintf("no %s named %q", choice.only, missing.Ref)
	}
	return fail(errNoEntity, "%s; closest: %s", named, strings.Join(suggestions, ", "))
}

// printCandidates lists the entities a name could mean, each with its id
// and what tells it from the others: its aliases and one statement about
// it, with the document that makes it.
func printCandidates(w io.Writer, st *store.Store, candidates []graph.Node) error {
	table := newTable(w)
	fmt.Fprintln(table, "id\ttype\tmentions\tdocuments\tname\taliases\texample")
	for _, node := range candidates {
		example, err := exampleStatement(st, node)
		if err != nil {
			return err
		}
		fmt.Fprintf(table, "%s\t%s\t%d\t%d\t%s\t%s\t%s\n", entityID(node.ID), node.Type, node.Mentions, node.Documents, printable(node.Name), shownAliases(node), example)
	}
	return table.Flush()
}

// exampleStatement describes the heaviest statement about node:
// "-[beat]-> Arsenal [bbc/sport/001.txt]".
func exampleStatement(st *store.Store, node graph.Node) (string, error) {
	neighbours, err := st.Neighbours(node.ID, store.Query{Depth: 1, Direction: store.Both, Limit: 1})
	if err != nil || len(neighbours) == 0 {
		return "", err
	}
	n := neighbours[0]
	r := n.Relations[0]
	arrow := fmt.Sprintf("-[%s]->", r.Edge.Predicate)
	if r.Direction == store.In {
		arrow = fmt.Sprintf("<-[%s]-", r.Edge.Predicate)
	}
	return fmt.Sprintf("%s [%s]", clip(printable(arrow+" "+n.Node.Name), exampleWidth), printable(r.Evidence.Document)), nil
}

// shownAliases is the start of a node's aliases, as a table row shows
// them.
func shownAliases(node graph.Node) string {
	aliases := make([]string, 0, tableAliases+1)
	for _, alias := range node.Aliases[:min(tableAliases, len(node.Aliases))] {
		aliases = append(aliases, printable(alias))
	}
	if len(node.Aliases) > tableAliases {
		aliases = append(aliases, fmt.Sprintf("(%d more)", len(node.Aliases)-tableAliases))
	}
	return strings.Join(aliases, "; ")
}

// endTypes are the type flags of a command that takes two entities, A and
// B (path, evidence): --type for both, --from-type and --to-type for one.
type endTypes struct {
	Type     string
	FromType string
	ToType   string
}

func (o *endTypes) AddFlags(fs *flag.FlagSet) {
	addTypeFlag(fs, &o.Type, "type", "A and B", "")
	addTypeFlag(fs, &o.FromType, "from-type", "A", "overrides --type")
	addTypeFlag(fs, &o.ToType, "to-type", "B", "overrides --type")
}

// ends checks the type flags of command and returns the type each end
// must have.
func (o endTypes) ends(command string) (from, to typeChoice, err error) {
	side := func(flag, value string) (typeChoice, error) {
		if value == "" {
			return parseTypeChoice(command, "type", o.Type)
		}
		return parseTypeChoice(command, flag, value)
	}
	if from, err = side("from-type", o.FromType); err != nil {
		return from, to, err
	}
	to, err = side("to-type", o.ToType)
	return from, to, err
}
