package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// evidenceWidth is how much of an evidence sentence a table row shows.
const evidenceWidth = 160

// A node is picked among several of one name only when it has this many
// times the mentions of the next.
const dominance = 3

type neighboursOptions struct {
	DB        string
	Depth     int
	Predicate string
	Direction string
	Limit     int
	Type      string
	JSON      bool
}

func (o *neighboursOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.IntVar(&o.Depth, "depth", o.Depth, "how many edges away to look")
	fs.StringVar(&o.Predicate, "predicate", o.Predicate, "follow only edges with this predicate")
	fs.StringVar(&o.Direction, "direction", o.Direction, "follow edges going out, in or both")
	fs.IntVar(&o.Limit, "limit", o.Limit, "show at most this many rows (0: all)")
	fs.StringVar(&o.Type, "type", o.Type, "consider only entities of this type (PERSON, ORG, GPE, LOC)")
	fs.BoolVar(&o.JSON, "json", o.JSON, "print a JSON array instead of a table")
}

// neighbourRow is one neighbour of the output: every relation between it
// and the node it was reached from.
type neighbourRow struct {
	Name      string        `json:"name"`
	Type      graph.Type    `json:"type"`
	Depth     int           `json:"depth"`
	From      string        `json:"from"`   // the node the row was reached from
	Weight    int           `json:"weight"` // the relations' weights summed
	First     string        `json:"first,omitempty"`
	Last      string        `json:"last,omitempty"`
	Relations []relationRow `json:"relations"`
}

// relationRow is one edge between a neighbour and the node it was reached
// from, with its earliest sentence.
type relationRow struct {
	Predicate string `json:"predicate"`
	Direction string `json:"direction"` // "out": from -> name; "in": name -> from
	Negated   bool   `json:"negated"`
	Weight    int    `json:"weight"`
	First     string `json:"first,omitempty"` // the date of the earliest dated evidence, YYYY-MM-DD
	Last      string `json:"last,omitempty"`
	Evidence  string `json:"evidence"`
	Document  string `json:"document"`
}

func runNeighbours(ctx context.Context, opts neighboursOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) == 0 {
		return usageError("neighbours: no ENTITY given")
	}
	name := strings.Join(args, " ")
	query, only, err := opts.query()
	if err != nil {
		return err
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	start, err := resolveEntity(st, name, only, stderr)
	if err != nil {
		return err
	}
	// The store is asked for every row, not just --limit of them, so that
	// the table can say how many there are in all.
	neighbours, err := st.Neighbours(start.ID, query)
	if err != nil {
		return err
	}
	total := len(neighbours)
	if opts.Limit > 0 {
		neighbours = neighbours[:min(opts.Limit, total)]
	}
	rows, err := neighbourRows(st, start, neighbours)
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(stdout, rows)
	}
	return writeNeighbourTable(stdout, start, rows, total, opts.Depth > 1)
}

// query checks the flags and turns them into a store query and a type
// filter (empty: any type).
func (o neighboursOptions) query() (store.Query, graph.Type, error) {
	if o.Depth < 1 || o.Limit < 0 {
		return store.Query{}, "", usageError("neighbours: --depth must be at least 1 and --limit at least 0")
	}
	directions := map[string]store.Direction{"out": store.Out, "in": store.In, "both": store.Both}
	direction, ok := directions[strings.ToLower(o.Direction)]
	if !ok {
		return store.Query{}, "", usageError("neighbours: --direction must be out, in or both, not %q", o.Direction)
	}
	var only graph.Type
	if o.Type != "" {
		t, err := parseType("neighbours", "type", o.Type)
		if err != nil {
			return store.Query{}, "", err
		}
		only = t
	}
	return store.Query{Depth: o.Depth, Predicate: o.Predicate, Direction: direction}, only, nil
}

// resolveEntity finds the node name stands for. Several matches are
// reported on stderr unless one clearly dominates.
func resolveEntity(st *store.Store, name string, only graph.Type, stderr io.Writer) (graph.Node, error) {
	candidates, err := lookupTyped(st, name, only)
	if err != nil {
		return graph.Node{}, err
	}
	if len(candidates) == 0 {
		if entry, ok := gazetteer.Lookup(name); ok {
			if candidates, err = lookupTyped(st, entry.Name, only); err != nil {
				return graph.Node{}, err
			}
		}
	}
	switch {
	case len(candidates) == 0:
		return graph.Node{}, noEntity(st, name)
	case len(candidates) == 1:
		return candidates[0], nil
	}
	slices.SortStableFunc(candidates, func(a, b graph.Node) int { return b.Mentions - a.Mentions })
	if top, ok := dominant(candidates); ok {
		return top, nil
	}
	printCandidates(stderr, candidates)
	return graph.Node{}, fail(errAmbiguous, "%q is ambiguous; give the full name or --type", name)
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

func noEntity(st *store.Store, name string) error {
	closest, err := st.Closest(name, 5)
	if err != nil {
		return err
	}
	if len(closest) == 0 {
		return fail(errNoEntity, "no entity named %q: the store is empty", name)
	}
	suggestions := make([]string, len(closest))
	for i, node := range closest {
		suggestions[i] = fmt.Sprintf("%q (%s)", node.Name, node.Type)
	}
	return fail(errNoEntity, "no entity named %q; closest: %s", name, strings.Join(suggestions, ", "))
}

func printCandidates(w io.Writer, candidates []graph.Node) {
	table := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(table, "NAME\tTYPE\tMENTIONS\tALIASES")
	for _, node := range candidates {
		fmt.Fprintf(table, "%s\t%s\t%d\t%s\n", printable(node.Name), node.Type, node.Mentions, printable(strings.Join(node.Aliases, "; ")))
	}
	table.Flush()
}

// neighbourRows names each row's node and the node it was reached from.
func neighbourRows(st *store.Store, start graph.Node, neighbours []store.Neighbour) ([]neighbourRow, error) {
	names := map[uint64]string{start.ID: start.Name}
	for _, n := range neighbours {
		names[n.Node.ID] = n.Node.Name
	}
	rows := make([]neighbourRow, 0, len(neighbours))
	for _, n := range neighbours {
		from, ok := names[n.From]
		if !ok {
			// The row that reached n.From fell to the limit.
			node, err := st.Node(n.From)
			if err != nil {
				return nil, err
			}
			from = node.Name
			names[n.From] = from
		}
		row := neighbourRow{Name: n.Node.Name, Type: n.Node.Type, Depth: n.Depth, From: from, Weight: n.Weight}
		var first, last time.Time
		for _, r := range n.Relations {
			direction := "out"
			if r.Direction == store.In {
				direction = "in"
			}
			row.Relations = append(row.Relations, relationRow{
				Predicate: r.Edge.Predicate,
				Direction: direction,
				Negated:   r.Edge.Negated,
				Weight:    r.Edge.Weight,
				First:     formatDay(r.Edge.First),
				Last:      formatDay(r.Edge.Last),
				Evidence:  r.Evidence.Text,
				Document:  r.Evidence.Document,
			})
			if !r.Edge.First.IsZero() && (first.IsZero() || r.Edge.First.Before(first)) {
				first = r.Edge.First
			}
			if r.Edge.Last.After(last) {
				last = r.Edge.Last
			}
		}
		row.First, row.Last = formatDay(first), formatDay(last)
		rows = append(rows, row)
	}
	return rows, nil
}

// formatDay writes a date as YYYY-MM-DD, and no date as "".
func formatDay(day time.Time) string {
	if day.IsZero() {
		return ""
	}
	return day.Format(time.DateOnly)
}

// writeNeighbourTable prints rows, the first of total neighbours of start:
// each neighbour's relations (predicate, direction and weight), their
// summed weight, the dates of their first and last evidence, and the
// earliest sentence of the heaviest.
func writeNeighbourTable(w io.Writer, start graph.Node, rows []neighbourRow, total int, showFrom bool) error {
	count := strconv.Itoa(total)
	if len(rows) < total {
		count = fmt.Sprintf("%d of %d", len(rows), total)
	}
	fmt.Fprintf(w, "%s (%s): %d mentions in %d documents, %s neighbours\n\n", printable(start.Name), start.Type, start.Mentions, start.Documents, count)
	if len(rows) == 0 {
		return nil
	}
	table := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	header := "NAME\tTYPE\tRELATIONS\tWEIGHT\tDEPTH\t"
	if showFrom {
		header += "FROM\t"
	}
	fmt.Fprintln(table, header+"FIRST\tLAST\tEVIDENCE")
	for _, row := range rows {
		relations := make([]string, len(row.Relations))
		for i, r := range row.Relations {
			relations[i] = fmt.Sprintf("%s %s %d", printable(statedPredicate(r.Predicate, r.Negated)), arrow(r.Direction), r.Weight)
		}
		fmt.Fprintf(table, "%s\t%s\t%s\t%d\t%d\t", printable(row.Name), row.Type, strings.Join(relations, ", "), row.Weight, row.Depth)
		if showFrom {
			fmt.Fprintf(table, "%s\t", printable(row.From))
		}
		example := row.Relations[0]
		fmt.Fprintf(table, "%s\t%s\t%s [%s]\n", cmp.Or(row.First, "-"), cmp.Or(row.Last, "-"), clip(printable(example.Evidence), evidenceWidth), printable(example.Document))
	}
	return table.Flush()
}

// statedPredicate is a predicate as a line of text shows it: a negated
// statement must not read as its opposite.
func statedPredicate(predicate string, negated bool) string {
	if negated {
		return "not " + predicate
	}
	return predicate
}

// arrow shows a direction: "->" when the entity asked about is the
// subject, "<-" when it is the object.
func arrow(direction string) string {
	if direction == "in" {
		return "<-"
	}
	return "->"
}

// clip shortens s to at most width characters, at a word boundary when
// there is one in the second half.
func clip(s string, width int) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	cut, runes := 0, 0
	for i := range s {
		if runes == width-1 {
			cut = i
			break
		}
		runes++
	}
	// s[cut] is looked at too: a cut just before a space is at a word end.
	if space := strings.LastIndexByte(s[:cut+1], ' '); space > cut/2 {
		cut = space
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func writeJSON(w io.Writer, value any) error {
	encoder := json.NewEncoder(w)
	encoder.SetEscapeHTML(false)
	encoder.SetIndent("", "  ")
	return encoder.Encode(value)
}
