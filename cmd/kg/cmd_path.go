package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/paths"
	"github.com/kg-project/kg/internal/wording"
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
		return usageError("path: --k must be at least 1, not %d", opts.K)
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
	found, err := paths.Find(g, excluded.Graph(analysis.Cancellable(ctx, st)), st, from.ID, to.ID, opts.K)
	if err != nil {
		return err
	}
	if len(found) == 0 {
		return fail(errNoEntity, "path: no path links %q and %q", from.Name, to.Name)
	}
	var described [][]hop
	for _, steps := range found {
		described = append(described, describePath(g, steps))
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(described)
	}
	for i, hops := range described {
		fmt.Fprintf(stdout, "path %d, %s\n", i+1, wording.Count(len(hops), "step", "steps"))
		for _, h := range hops {
			fmt.Fprintf(stdout, "  %s %s %s  (%d)\n      \"%s\"  [%s]\n", printable(h.From), h.arrow(), printable(h.To), h.Weight, shorten(printable(h.Evidence)), printable(h.Document))
		}
	}
	return nil
}

// describePath names the nodes of the steps of a path.
func describePath(g *analysis.Graph, steps []paths.Step) []hop {
	hops := make([]hop, len(steps))
	for i, s := range steps {
		hops[i] = hop{
			From: nodeName(g, s.From), To: nodeName(g, s.To),
			Predicate: s.Edge.Predicate, Negated: s.Edge.Negated, Weight: s.Edge.Weight,
			Forward: s.Forward, Evidence: s.Evidence.Text, Document: s.Evidence.Document,
		}
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
