package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
	"github.com/kg-project/kg/store/bundle"
)

type loadOptions struct {
	DB    string
	Quiet bool // print nothing but errors
}

func (o *loadOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.BoolVar(&o.Quiet, "quiet", o.Quiet, "print no summary, only errors")
}

// runLoad makes a new store from a graph bundle (see package bundle), as
// kg-beam build writes one, in a store directory that is missing or
// empty. The directory gets the store once it is complete: a load that
// fails or is killed leaves it as it was (see store.Load).
func runLoad(ctx context.Context, opts loadOptions, args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return usageError("load: want one BUNDLE directory, not %s", wording.Count(len(args), "argument", "arguments"))
	}
	started := time.Now()
	r, err := bundle.Open(args[0])
	if err != nil {
		return err
	}
	defer r.Close()
	n, err := store.Load(opts.DB, func() (store.Record, error) {
		if err := ctx.Err(); err != nil {
			return store.Record{}, fmt.Errorf("interrupted: %w", err)
		}
		key, value, err := r.Next()
		if err != nil {
			return store.Record{}, err
		}
		return store.Record{Key: key, Value: value}, nil
	})
	if err != nil {
		if file := r.File(); file != "" && !errors.Is(err, bundle.ErrFormat) {
			err = fmt.Errorf("load: %s: %w", file, err)
		}
		return err
	}
	if !opts.Quiet {
		fmt.Fprintf(stderr, "kg: loaded %s from %s into %s in %s\n", wording.Count(n, "record", "records"), args[0], opts.DB, time.Since(started).Round(time.Millisecond))
	}
	return nil
}
