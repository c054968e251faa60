package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// Every command that takes an entity takes it the same way: by a name or
// an alias, which --type (or, for kg path, --from-type and --to-type)
// narrows to one type, or by its id as kg entities and the list of
// candidates print it, "id:1234".

// idPrefix starts an entity given by its id.
const idPrefix = "id:"

// A node is picked among several of one name only when it has this many
// times the mentions of the next.
const dominance = 3

// tableAliases is how many aliases a table row shows; --json gives all.
const tableAliases = 3

// exampleWidth is how much of a candidate's example statement the list
// of candidates shows.
const exampleWidth = 60

// entityID is how an entity's id is printed and given back: "id:1234".
func entityID(id uint64) string { return idPrefix + strconv.FormatUint(id, 10) }

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
	number, found := strings.CutPrefix(strings.TrimSpace(ref), idPrefix)
	if !found {
		return 0, false, nil
	}
	id, err = strconv.ParseUint(number, 10, 64)
	if err != nil {
		return 0, false, usageError("%q: an entity id is written %sN, N a number as kg entities prints it", ref, idPrefix)
	}
	return id, true, nil
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

func lookupEntity(st *store.Store, ref string, choice typeChoice, stderr io.Writer) (graph.Node, error) {
	id, byID, err := parseEntityID(ref)
	if err != nil {
		return graph.Node{}, err
	}
	if byID {
		return entityByID(st, id, choice)
	}
	candidates, err := lookupTyped(st, ref, choice.only)
	if err != nil {
		return graph.Node{}, err
	}
	if len(candidates) == 0 {
		if entry, ok := gazetteer.Lookup(ref); ok {
			if candidates, err = lookupTyped(st, entry.Name, choice.only); err != nil {
				return graph.Node{}, err
			}
		}
	}
	switch {
	case len(candidates) == 0:
		return graph.Node{}, noEntity(st, ref, choice)
	case len(candidates) == 1:
		return candidates[0], nil
	}
	slices.SortStableFunc(candidates, func(a, b graph.Node) int { return b.Mentions - a.Mentions })
	if top, ok := dominant(candidates); ok {
		return top, nil
	}
	if err := printCandidates(stderr, st, candidates); err != nil {
		return graph.Node{}, err
	}
	how := "name it by its id"
	if choice.flag != "" && slices.ContainsFunc(candidates, func(n graph.Node) bool { return n.Type != candidates[0].Type }) {
		how = fmt.Sprintf("give --%s TYPE or name it by its id", choice.flag)
	}
	return graph.Node{}, fail(errAmbiguous, "%q is ambiguous: %d entities go by that name (listed above); %s, as %s", ref, len(candidates), how, entityID(candidates[0].ID))
}

func entityByID(st *store.Store, id uint64, choice typeChoice) (graph.Node, error) {
	node, err := st.Node(id)
	if errors.Is(err, store.ErrNotFound) {
		return graph.Node{}, fail(errNoEntity, "no entity has the id %s", entityID(id))
	}
	if err != nil {
		return graph.Node{}, err
	}
	if choice.only != "" && node.Type != choice.only {
		return graph.Node{}, fail(errNoEntity, "%s is %q, %s, not %s as --%s asks", entityID(id), node.Name, withArticle(string(node.Type)), withArticle(string(choice.only)), choice.flag)
	}
	return node, nil
}

func lookupTyped(st *store.Store, name string, only graph.Type) ([]graph.Node, error) {
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
	if top.Mentions < dominance*candidates[1].Mentions {
		return graph.Node{}, false
	}
	for _, other := range candidates[1:] {
		if strings.EqualFold(strings.Join(strings.Fields(other.Name), " "), strings.Join(strings.Fields(top.Name), " ")) {
			return graph.Node{}, false
		}
	}
	return top, true
}

func noEntity(st *store.Store, name string, choice typeChoice) error {
	closest, err := st.Closest(name, 5)
	if err != nil {
		return err
	}
	if len(closest) == 0 {
		return fail(errNoEntity, "no entity named %q: the store is empty", name)
	}
	suggestions := make([]string, len(closest))
	for i, node := range closest {
		suggestions[i] = fmt.Sprintf("%q (%s) %s", node.Name, node.Type, entityID(node.ID))
	}
	named := fmt.Sprintf("no entity named %q", name)
	if choice.only != "" {
		named = fmt.Sprintf("no %s named %q", choice.only, name)
	}
	return fail(errNoEntity, "%s; closest: %s", named, strings.Join(suggestions, ", "))
}

// printCandidates lists the entities a name could mean, each with its id
// and what tells it from the others: its aliases and one statement about
// it, with the document that makes it.
func printCandidates(w io.Writer, st *store.Store, candidates []graph.Node) error {
	table := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
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
