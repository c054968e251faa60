package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

// evidenceWidth is how much of an evidence sentence a table row shows.
const evidenceWidth = 160

type neighboursOptions struct {
	DB        string
	Depth     int
	Predicate string
	Direction string
	Limit     int
	Type      string
	Types     string
	JSON      bool
}

func (o *neighboursOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.IntVar(&o.Depth, "depth", o.Depth, "how many edges away to look")
	fs.StringVar(&o.Predicate, "predicate", o.Predicate, "follow only edges with these predicates, comma-separated")
	fs.StringVar(&o.Direction, "direction", o.Direction, "follow edges going out, in or both")
	fs.IntVar(&o.Limit, "limit", o.Limit, "show at most this many rows (0: all)")
	addTypeFlag(fs, &o.Type, "type", "ENTITY", "")
	fs.StringVar(&o.Types, "types", o.Types, "show only neighbours of these types, comma-separated (the walk goes through every type)")
	fs.BoolVar(&o.JSON, "json", o.JSON, "print a JSON array instead of a table")
}

// neighbourRow is one neighbour of the output: every relation between it
// and the node it was reached from.
type neighbourRow struct {
	ID        string        `json:"id"` // "id:N", which kg commands take for the entity
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
	var shown []graph.Type
	for _, name := range splitList(opts.Types) {
		t, err := parseType("neighbours", "types", name)
		if err != nil {
			return err
		}
		shown = append(shown, t)
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if query.Predicates, err = predicateList(st, "neighbours", "predicate", opts.Predicate, stderr); err != nil {
		return err
	}
	start, err := resolveEntity(st, "neighbours", name, only, stderr)
	if err != nil {
		return err
	}
	// The store is asked for every row, not just --limit of them, so that
	// the table can say how many there are in all.
	neighbours, err := st.Neighbours(start.ID, query)
	if err != nil {
		return err
	}
	if len(shown) > 0 {
		neighbours = slices.DeleteFunc(neighbours, func(n store.Neighbour) bool { return !slices.Contains(shown, n.Node.Type) })
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

// query checks the flags and turns them into a store query and the type
// ENTITY must have.
func (o neighboursOptions) query() (store.Query, typeChoice, error) {
	if o.Depth < 1 {
		return store.Query{}, typeChoice{}, usageError("neighbours: --depth must be at least 1, not %d", o.Depth)
	}
	if o.Limit < 0 {
		return store.Query{}, typeChoice{}, usageError("neighbours: --limit must be at least 0 (0 shows every row), not %d", o.Limit)
	}
	directions := map[string]store.Direction{"out": store.Out, "in": store.In, "both": store.Both}
	direction, ok := directions[strings.ToLower(o.Direction)]
	if !ok {
		return store.Query{}, typeChoice{}, usageError("neighbours: --direction must be out, in or both, not %q", o.Direction)
	}
	only, err := parseTypeChoice("neighbours", "type", o.Type)
	return store.Query{Depth: o.Depth, Direction: direction}, only, err
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
		row := neighbourRow{ID: entityID(n.Node.ID), Name: n.Node.Name, Type: n.Node.Type, Depth: n.Depth, From: from, Weight: n.Weight}
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
	count := wording.Count(total, "neighbour", "neighbours")
	if len(rows) < total {
		count = fmt.Sprintf("%d of %s", len(rows), count)
	}
	fmt.Fprintf(w, "%s (%s): %s in %s, %s\n\n", printable(start.Name), start.Type, wording.Count(start.Mentions, "mention", "mentions"), wording.Count(start.Documents, "document", "documents"), count)
	if len(rows) == 0 {
		return nil
	}
	table := newTable(w)
	header := "NAME\tTYPE\tRELATIONS\tWEIGHT\tDEPTH\t"
	if showFrom {
		header += "FROM\t"
	}
	fmt.Fprintln(table, header+"FIRST\tLAST\tEVIDENCE")
	for _, row := range rows {
		relations := make([]string, len(row.Relations))
		for i, r := range row.Relations {
			relations[i] = fmt.Sprintf("%s %s %d", printable(statedPredicate(r.Predicate, r.Negated)), arrow(r.Predicate, r.Direction), r.Weight)
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

// arrow shows the direction of a statement of predicate: "->" when the
// entity asked about is the subject, "<-" when it is the object, "<->"
// when the predicate is symmetric and so either.
func arrow(predicate, direction string) string {
	switch {
	case graph.IsSymmetric(predicate):
		return "<->"
	case direction == "in":
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
