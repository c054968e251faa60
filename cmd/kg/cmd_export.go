package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"io"
	"os"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
)

type exportOptions struct {
	DB     string
	Format string
	Output string
}

func (o *exportOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Format, "format", o.Format, "output format: graphml or dot")
	fs.StringVar(&o.Output, "o", o.Output, "write to this file instead of standard output")
}

func runExport(ctx context.Context, opts exportOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("export: unexpected argument %q", args[0])
	}
	format, err := export.ParseFormat(opts.Format)
	if err != nil {
		return usageError("export: %v", err)
	}
	st, err := openStore(opts.DB, true)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	g := cancellableGraph{ctx: ctx, graph: st}
	if opts.Output == "" || opts.Output == "-" {
		out := bufio.NewWriter(stdout)
		if err := export.Write(out, g, format); err != nil {
			return err
		}
		return out.Flush()
	}
	return writeFileAtomically(opts.Output, func(w io.Writer) error {
		return export.Write(w, g, format)
	})
}

// cancellableGraph stops a stream of nodes or edges once ctx is done, so
// that Ctrl-C ends an export of a large graph promptly.
type cancellableGraph struct {
	ctx   context.Context
	graph export.Graph
}

func (g cancellableGraph) Nodes(fn func(graph.Node) error) error {
	return g.graph.Nodes(func(n graph.Node) error {
		if err := g.ctx.Err(); err != nil {
			return err
		}
		return fn(n)
	})
}

func (g cancellableGraph) Edges(fn func(graph.Edge) error) error {
	return g.graph.Edges(func(e graph.Edge) error {
		if err := g.ctx.Err(); err != nil {
			return err
		}
		return fn(e)
	})
}

// writeFileAtomically writes path through path+".tmp" and renames it into
// place only once write has succeeded and the data is on disk, so that path
// is never left half written.
func writeFileAtomically(path string, write func(io.Writer) error) error {
	temporary := path + ".tmp"
	file, err := os.Create(temporary)
	if err != nil {
		return err
	}
	buffered := bufio.NewWriter(file)
	err = write(buffered)
	if err == nil {
		err = buffered.Flush()
	}
	if err == nil {
		err = file.Sync()
	}
	if closeErr := file.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(temporary, path)
	}
	if err != nil {
		return errors.Join(err, os.Remove(temporary))
	}
	return nil
}
