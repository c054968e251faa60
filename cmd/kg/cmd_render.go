package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/picture"
	"github.com/kg-project/kg/internal/wording"
)

// defaultRenderTop keeps a picture readable: a few hundred labelled nodes
// are already a crowd.
const defaultRenderTop = 100

type renderOptions struct {
	DB      string
	Output  string
	Seed    uint64
	Updates int
	Filter  filterOptions
}

func (o *renderOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Output, "o", o.Output, "the picture to write: FILE.svg, or FILE.png (needs Graphviz)")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed of the layout")
	fs.IntVar(&o.Updates, "updates", o.Updates, "steps of the force-directed layout")
	o.Filter.AddFlags(fs)
}

func runRender(ctx context.Context, opts renderOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("render: unexpected argument %q", args[0])
	}
	extension := strings.ToLower(filepath.Ext(opts.Output))
	if !isPicture(opts.Output) {
		return usageError("render: -o must name a .svg or .png file")
	}
	if opts.Updates < 1 {
		return usageError("render: --updates must be at least 1, not %d", opts.Updates)
	}
	if err := checkOutput("render", "-o", opts.Output); err != nil {
		return err
	}
	var neato string
	if extension == ".png" {
		if neato, err = exec.LookPath("neato"); err != nil {
			return errors.New("render: a PNG needs Graphviz's neato, which is not installed; write an .svg instead")
		}
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	selected, err := selectGraph(ctx, "render", st, opts.Filter, true, stderr)
	if err != nil {
		return err
	}
	p, err := drawing(selected.(measuredGraph))
	if err != nil {
		return err
	}
	p.Layout(opts.Seed, opts.Updates)
	err = writeFile(ctx, opts.Output, func(w io.Writer) error {
		if extension == ".svg" {
			return p.WriteSVG(w)
		}
		var dot bytes.Buffer
		if err := p.WriteDOT(&dot); err != nil {
			return err
		}
		var problems bytes.Buffer
		command := exec.CommandContext(ctx, neato, "-n2", "-Tpng")
		command.Stdin, command.Stdout, command.Stderr = &dot, w, &problems
		if err := command.Run(); err != nil {
			return fmt.Errorf("render: neato: %w: %s", err, strings.TrimSpace(problems.String()))
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg: drew %s and %s to %s\n", wording.Count(len(p.Nodes), "entity", "entities"), wording.Count(len(p.Edges), "link", "links"), opts.Output)
	return nil
}

// drawing makes a picture of g: nodes sized by PageRank and coloured by
// type, with a legend, the entity of --ego ringed; one line per linked
// pair whatever the statements' number, with an arrowhead at each end
// that a statement points to. Pictures around an entity are small enough
// to name each line's predicates, most evidenced first.
func drawing(g measuredGraph) (*picture.Picture, error) {
	p := &picture.Picture{}
	index := make(map[uint64]int)
	var legend export.Legend
	err := g.Nodes(func(n graph.Node) error {
		m, _ := g.Metrics(n.ID)
		index[n.ID] = len(p.Nodes)
		legend.Add(n.Type)
		p.Nodes = append(p.Nodes, picture.Node{
			Label:     n.Name,
			Size:      export.PageRankSize(m.PageRank, g.Summary.Nodes),
			Colour:    export.TypeColour(n.Type),
			Highlight: g.criteria.HasEgo && n.ID == g.criteria.Ego,
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, entry := range legend.Entries() {
		p.Legend = append(p.Legend, picture.LegendEntry{Label: entry.Name, Colour: entry.Colour})
	}
	links := make(map[[2]int]int)
	predicates := make(map[int]map[string]int)
	err = g.Edges(func(e graph.Edge) error {
		from, to := index[e.From], index[e.To]
		forward := from <= to
		if !forward {
			from, to = to, from
		}
		pair := [2]int{from, to}
		if _, seen := links[pair]; !seen {
			links[pair] = len(p.Edges)
			p.Edges = append(p.Edges, picture.Edge{From: from, To: to})
			predicates[links[pair]] = make(map[string]int)
		}
		edge := &p.Edges[links[pair]]
		edge.Weight += e.Weight
		edge.HeadAtTo = edge.HeadAtTo || forward
		edge.HeadAtFrom = edge.HeadAtFrom || !forward
		label := e.Predicate
		if e.Negated {
			label = "not " + label
		}
		predicates[links[pair]][label] += e.Weight
		return nil
	})
	if err != nil {
		return nil, err
	}
	if g.criteria.HasEgo {
		for i, weights := range predicates {
			p.Edges[i].Label = edgeLabel(weights)
		}
	}
	return p, nil
}

// edgeLabelPredicates is how many predicates an edge's label names.
const edgeLabelPredicates = 3

// edgeLabel names the predicates of weights, most evidenced first, ties
// by name, and counts the rest.
func edgeLabel(weights map[string]int) string {
	names := make([]string, 0, len(weights))
	for name := range weights {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(weights[b], weights[a]), cmp.Compare(a, b))
	})
	if len(names) <= edgeLabelPredicates {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s +%d", strings.Join(names[:edgeLabelPredicates], ", "), len(names)-edgeLabelPredicates)
}

// isPicture reports whether the extension of path names a picture kg
// render draws: .svg or .png, in any case.
func isPicture(path string) bool {
	extension := strings.ToLower(filepath.Ext(path))
	return extension == ".svg" || extension == ".png"
}
