package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/store"
)

type pathOptions struct {
	DB   string
	K    int
	JSON bool
}

func (o *pathOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.IntVar(&o.K, "k", o.K, "how many shortest paths to show")
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

func runPath(ctx context.Context, opts pathOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) != 2 {
		return usageError("path: want two entities, A and B (quote names with spaces)")
	}
	if opts.K < 1 {
		return usageError("path: --k must be at least 1")
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	from, err := resolveEntity(st, args[0], "", stderr)
	if err != nil {
		return err
	}
	to, err := resolveEntity(st, args[1], "", stderr)
	if err != nil {
		return err
	}
	g, err := analysis.Load(cancellableGraph{ctx: ctx, graph: st})
	if err != nil {
		return err
	}
	paths, err := analysis.Paths(g, from.ID, to.ID, opts.K)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fail(errNoEntity, "no path links %q and %q", from.Name, to.Name)
	}
	var described [][]hop
	for _, ids := range paths {
		hops, err := describePath(st, g, ids)
		if err != nil {
			return err
		}
		described = append(described, hops)
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(described)
	}
	for i, hops := range described {
		fmt.Fprintf(stdout, "path %d, %d steps\n", i+1, len(hops))
		for _, h := range hops {
			predicate := printable(statedPredicate(h.Predicate, h.Negated))
			arrow := fmt.Sprintf("-[%s]->", predicate)
			if !h.Forward {
				arrow = fmt.Sprintf("<-[%s]-", predicate)
			}
			fmt.Fprintf(stdout, "  %s %s %s  (%d)\n      %q  [%s]\n", printable(h.From), arrow, printable(h.To), h.Weight, shorten(h.Evidence), printable(h.Document))
		}
	}
	return nil
}

// describePath finds, for each step of a path of store ids, the heaviest
// statement between the two entities and its earliest sentence.
func describePath(st *store.Store, g *analysis.Graph, ids []uint64) ([]hop, error) {
	var hops []hop
	for i := 1; i < len(ids); i++ {
		neighbours, err := st.Neighbours(ids[i-1], store.Query{Depth: 1, Direction: store.Both})
		if err != nil {
			return nil, err
		}
		step := hop{From: nodeName(g, ids[i-1]), To: nodeName(g, ids[i])}
		for _, n := range neighbours {
			if n.Node.ID != ids[i] {
				continue
			}
			heaviest := n.Relations[0]
			step.Predicate, step.Negated, step.Weight = heaviest.Edge.Predicate, heaviest.Edge.Negated, heaviest.Edge.Weight
			step.Forward = heaviest.Direction == store.Out
			step.Evidence, step.Document = heaviest.Evidence.Text, heaviest.Evidence.Document
			break
		}
		hops = append(hops, step)
	}
	return hops, nil
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
