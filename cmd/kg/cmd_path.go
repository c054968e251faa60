package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/store"
)

type pathOptions struct {
	DB string
	K  int
	endTypes
	Exclude string
	JSON    bool
}

func (o *pathOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.IntVar(&o.K, "k", o.K, "how many shortest paths to show")
	o.endTypes.AddFlags(fs)
	addExcludeFlag(fs, &o.Exclude)
	fs.BoolVar(&o.JSON, "json", o.JSON, "print a JSON array of paths instead of text")
}

// hop is one step of a path: the statement that links two entities.
type hop struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Predicate string `json:"predicate"`
	Negated   bool   `json:"negated"`
	// Forward is true when From is the statement's subject, false when
	// the path walks the statement from its object.
	Forward  bool   `json:"forward"`
	Weight   int    `json:"weight"`
	Evidence string `json:"evidence"`
	Document string `json:"document"`
}

// arrow draws the step's statement as the tables of kg neighbours and kg
// evidence show its direction: "-[p]->" from subject to object, "<-[p]-"
// the other way, "<-[p]->" for a symmetric predicate, read both ways.
func (h hop) arrow() string {
	predicate := printable(statedPredicate(h.Predicate, h.Negated))
	switch {
	case graph.IsSymmetric(h.Predicate):
		return fmt.Sprintf("<-[%s]->", predicate)
	case h.Forward:
		return fmt.Sprintf("-[%s]->", predicate)
	}
	return fmt.Sprintf("<-[%s]-", predicate)
}

func runPath(ctx context.Context, opts pathOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) != 2 {
		return usageError("path: want two entities, A and B (quote names with spaces)")
	}
	if opts.K < 1 {
		return usageError("path: --k must be at least 1")
	}
	fromType, toType, err := opts.ends("path")
	if err != nil {
		return err
	}
	excluded, err := parseExclusion("path", opts.Exclude)
	if err != nil {
		return err
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	from, err := resolveEntity(st, "path", args[0], fromType, stderr)
	if err != nil {
		return err
	}
	to, err := resolveEntity(st, "path", args[1], toType, stderr)
	if err != nil {
		return err
	}
	if from.ID == to.ID {
		return usageError("path: %q and %q are one entity, %s", args[0], args[1], from.Name)
	}
	g, err := loadExcluded(ctx, st, excluded, stderr)
	if err != nil {
		return err
	}
	for _, end := range []graph.Node{from, to} {
		if excluded.Excludes(end.ID) {
			return usageError("path: %q (%s) is left out by --exclude", end.Name, entityID(end.ID))
		}
	}
	paths, err := analysis.Paths(g, from.ID, to.ID, opts.K)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fail(errNoEntity, "path: no path links %q and %q", from.Name, to.Name)
	}
	statements, err := pathStatements(st, excluded.Graph(cancellableGraph{ctx: ctx, graph: st}), paths)
	if err != nil {
		return err
	}
	var described [][]hop
	for _, ids := range paths {
		described = append(described, describePath(g, ids, statements))
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(described)
	}
	for i, hops := range described {
		fmt.Fprintf(stdout, "path %d, %s\n", i+1, counted(len(hops), "step", "steps"))
		for _, h := range hops {
			fmt.Fprintf(stdout, "  %s %s %s  (%d)\n      %q  [%s]\n", printable(h.From), h.arrow(), printable(h.To), h.Weight, shorten(h.Evidence), printable(h.Document))
		}
	}
	return nil
}

// pair is two linked nodes, the lower id first.
type pair [2]uint64

func pairOf(a, b uint64) pair { return pair{min(a, b), max(a, b)} }

// statement is the edge a step of a path shows, with its earliest
// sentence.
type statement struct {
	edge     graph.Edge
	evidence graph.Evidence
}

// pathStatements finds, for each step of the paths, the statement to show
// for it among those of source that link its two entities: the heaviest,
// on equal weights the earliest stated.
func pathStatements(st *store.Store, source analysis.Source, paths [][]uint64) (map[pair]statement, error) {
	steps := make(map[pair][]graph.Edge)
	for _, ids := range paths {
		for i := 1; i < len(ids); i++ {
			steps[pairOf(ids[i-1], ids[i])] = nil
		}
	}
	err := source.Edges(func(e graph.Edge) error {
		key := pairOf(e.From, e.To)
		if edges, wanted := steps[key]; wanted {
			steps[key] = append(edges, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	statements := make(map[pair]statement, len(steps))
	for key, edges := range steps {
		heaviest := slices.MaxFunc(edges, func(a, b graph.Edge) int { return cmp.Compare(a.Weight, b.Weight) }).Weight
		for _, e := range edges {
			if e.Weight != heaviest {
				continue
			}
			evidence, err := st.Evidence(e, 1)
			if err != nil {
				return nil, err
			}
			current, found := statements[key]
			if !found || earlier(evidence[0], current.evidence) {
				statements[key] = statement{edge: e, evidence: evidence[0]}
			}
		}
	}
	return statements, nil
}

// earlier reports whether evidence a was stated before b: dated before
// undated, then by date, document and place in it.
func earlier(a, b graph.Evidence) bool {
	if a.Date.IsZero() != b.Date.IsZero() {
		return b.Date.IsZero()
	}
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Document, b.Document), cmp.Compare(a.Sentence.Start, b.Sentence.Start)) < 0
}

// describePath turns a path of store ids into its steps.
func describePath(g *analysis.Graph, ids []uint64, statements map[pair]statement) []hop {
	var hops []hop
	for i := 1; i < len(ids); i++ {
		s := statements[pairOf(ids[i-1], ids[i])]
		hops = append(hops, hop{
			From: nodeName(g, ids[i-1]), To: nodeName(g, ids[i]),
			Predicate: s.edge.Predicate, Negated: s.edge.Negated, Weight: s.edge.Weight,
			Forward:  s.edge.From == ids[i-1] || graph.IsSymmetric(s.edge.Predicate),
			Evidence: s.evidence.Text, Document: s.evidence.Document,
		})
	}
	return hops
}

func nodeName(g *analysis.Graph, id uint64) string {
	if i, found := g.Index(id); found {
		return g.Node(i).Name
	}
	return fmt.Sprint(id)
}

// shorten cuts a sentence to evidenceWidth runes for a line of text.
func shorten(s string) string {
	runes := []rune(s)
	if len(runes) <= evidenceWidth {
		return s
	}
	return string(runes[:evidenceWidth-1]) + "…"
}
