package main

import (
	"cmp"
	"context"
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

// demoCorpus is a handful of news-style articles written for kg's demo.
//
//go:embed demo/*.txt
var demoCorpus embed.FS

const (
	demoOutput = "kg-demo.graphml"
	// demoFocus is the entity the demo shows the neighbours of: the
	// sample is written around him.
	demoFocus = "Vladimir Putin"
	// demoTop is how many of the most connected entities the demo lists.
	demoTop = 10
)

type demoOptions struct {
	DB     string // empty: a temporary store, removed afterwards
	Output string
}

func (o *demoOptions) AddFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.DB, "db", o.DB, "build into this store directory (default: a temporary one)")
	fs.StringVar(&o.Output, "o", o.Output, "write the graph as GraphML to this file")
}

func runDemo(ctx context.Context, opts demoOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("demo: unexpected argument %q", args[0])
	}
	if err := checkOutput("demo", "-o", opts.Output); err != nil {
		return err
	}
	dir := opts.DB
	if dir == "" {
		temporary, err := os.MkdirTemp("", "kg-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(temporary)
		dir = temporary
	}
	st, err := openStore(dir, createStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if err := build(ctx, st, demoSource, stderr); err != nil {
		return err
	}
	stats, err := st.Stats()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "The sample corpus (%s) gives:\n\n", wording.Count(stats.Documents, "article", "articles"))
	if err := writeStatsTable(stdout, stats); err != nil {
		return err
	}
	connected, err := mostConnected(st, demoTop)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nThe %s:\n\n", wording.Count(len(connected), "most connected entity", "most connected entities"))
	table := newTable(stdout)
	fmt.Fprintln(table, "NAME\tTYPE\tNEIGHBOURS\tMENTIONS")
	for _, c := range connected {
		fmt.Fprintf(table, "%s\t%s\t%d\t%d\n", printable(c.node.Name), c.node.Type, c.neighbours, c.node.Mentions)
	}
	if err := table.Flush(); err != nil {
		return err
	}
	if focus, ok, err := demoFocusNode(st, connected); err != nil {
		return err
	} else if ok {
		neighbours, err := st.Neighbours(focus.ID, store.Query{Depth: 1, Direction: store.Both})
		if err != nil {
			return err
		}
		rows, err := neighbourRows(st, focus, neighbours)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "\nNeighbours of %s (kg neighbours %q):\n\n", printable(focus.Name), focus.Name)
		if err := writeNeighbourTable(stdout, focus, rows, len(rows), false); err != nil {
			return err
		}
	}
	// The graph is analysed as kg analyse does, so that the store is
	// ready for kg top and kg communities, and its GraphML is what kg
	// export writes, with each entity's measures.
	excluded, err := parseExclusion("demo", defaultExclude)
	if err != nil {
		return err
	}
	g, err := loadExcluded(ctx, st, excluded, stderr)
	if err != nil {
		return err
	}
	if _, err := storeAnalysis(ctx, st, g, excluded, analysis.Options{Resolution: analysis.DefaultResolution, Seed: analysis.DefaultSeed}); err != nil {
		return err
	}
	measured, err := selectGraph(ctx, "demo", st, filterOptions{}, true, stderr)
	if err != nil {
		return err
	}
	if err := writeFile(ctx, opts.Output, func(w io.Writer) error {
		return export.WriteWith(w, measured, export.GraphML, export.Options{Evidence: export.DefaultEvidence, Sentences: st})
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nThe graph is in %s, each entity with its PageRank, community and other measures (kg analyse): open it in Gephi, or with networkx or igraph.\n", opts.Output)
	return nil
}

// demoSource emits the embedded articles in name order, each read the way
// corpus reads a text file: the first line is the title when a blank line
// follows it.
func demoSource(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
	names, err := fs.Glob(demoCorpus, "demo/*.txt")
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, err := demoCorpus.ReadFile(name)
		if err != nil {
			return err
		}
		doc := corpus.Document{ID: path.Base(name), Text: string(text), Source: name}
		if lines := strings.SplitN(doc.Text, "\n", 3); len(lines) >= 2 && strings.TrimSpace(lines[1]) == "" {
			doc.Title = strings.TrimSpace(lines[0])
		}
		if err := emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// connectedNode is a node and how many distinct nodes it shares an edge
// with, in either direction.
type connectedNode struct {
	node       graph.Node
	neighbours int
}

// mostConnected returns the n nodes with the most distinct neighbours, most
// first, ties broken by id so that the order is stable.
func mostConnected(st *store.Store, n int) ([]connectedNode, error) {
	neighbours := map[uint64]map[uint64]bool{}
	link := func(a, b uint64) {
		if neighbours[a] == nil {
			neighbours[a] = map[uint64]bool{}
		}
		neighbours[a][b] = true
	}
	if err := st.Edges(func(e graph.Edge) error {
		link(e.From, e.To)
		link(e.To, e.From)
		return nil
	}); err != nil {
		return nil, err
	}
	ids := make([]uint64, 0, len(neighbours))
	for id := range neighbours {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b uint64) int {
		return cmp.Or(len(neighbours[b])-len(neighbours[a]), cmp.Compare(a, b))
	})
	top := make([]connectedNode, 0, min(n, len(ids)))
	for _, id := range ids[:min(n, len(ids))] {
		node, err := st.Node(id)
		if err != nil {
			return nil, err
		}
		top = append(top, connectedNode{node: node, neighbours: len(neighbours[id])})
	}
	return top, nil
}

// demoFocusNode is the sample's central figure when the store knows him,
// else the most connected entity; ok is false for a graph without edges.
func demoFocusNode(st *store.Store, connected []connectedNode) (graph.Node, bool, error) {
	nodes, err := st.Lookup(demoFocus)
	if err != nil {
		return graph.Node{}, false, err
	}
	if len(nodes) > 0 {
		return nodes[0], true, nil
	}
	if len(connected) > 0 {
		return connected[0].node, true, nil
	}
	return graph.Node{}, false, nil
}
