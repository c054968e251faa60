package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/picture"
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
	if extension != ".svg" && extension != ".png" {
		return usageError("render: -o must name a .svg or .png file")
	}
	if opts.Updates < 1 {
		return usageError("render: --updates must be at least 1")
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
	fmt.Fprintf(stderr, "kg: drew %d entities and %d links to %s\n", len(p.Nodes), len(p.Edges), opts.Output)
	return nil
}

// drawing makes a picture of g: nodes sized by PageRank and coloured by
// community, one line per linked pair whatever the statements' number.
func drawing(g measuredGraph) (*picture.Picture, error) {
	p := &picture.Picture{}
	index := make(map[uint64]int)
	err := g.Nodes(func(n graph.Node) error {
		m, _ := g.Metrics(n.ID)
		index[n.ID] = len(p.Nodes)
		p.Nodes = append(p.Nodes, picture.Node{
			Label:  n.Name,
			Size:   export.PageRankSize(m.PageRank, g.summary.Nodes),
			Colour: export.CommunityColour(m.Community),
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
	links := make(map[[2]int]int)
	err = g.Edges(func(e graph.Edge) error {
		from, to := index[e.From], index[e.To]
		if from > to {
			from, to = to, from
		}
		pair := [2]int{from, to}
		if _, seen := links[pair]; !seen {
			links[pair] = len(p.Edges)
			p.Edges = append(p.Edges, picture.Edge{From: from, To: to})
		}
		p.Edges[links[pair]].Weight += e.Weight
		return nil
	})
	return p, err
}
