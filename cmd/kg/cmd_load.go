package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

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
// empty. A load that fails removes what it wrote, and the directory if it
// made it, so that it leaves no half store behind.
func runLoad(ctx context.Context, opts loadOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) != 1 {
		return usageError("load: want one BUNDLE directory, not %d arguments", len(args))
	}
	started := time.Now()
	entries, err := os.ReadDir(opts.DB)
	made := errors.Is(err, os.ErrNotExist)
	switch {
	case err != nil && !made:
		return fmt.Errorf("load: %w", err)
	case len(entries) > 0:
		return fmt.Errorf("load: %s is not empty; load into a new --db", opts.DB)
	}
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
		return errors.Join(err, removeLoaded(opts.DB, made))
	}
	if !opts.Quiet {
		fmt.Fprintf(stderr, "kg: loaded %d records from %s into %s in %s\n", n, args[0], opts.DB, time.Since(started).Round(time.Millisecond))
	}
	return nil
}

// removeLoaded removes what a failed load wrote in dir: dir itself if the
// load made it, else its content.
func removeLoaded(dir string, made bool) error {
	if made {
		return os.RemoveAll(dir)
	}
	entries, err := os.ReadDir(dir)
	for _, entry := range entries {
		err = errors.Join(err, os.RemoveAll(filepath.Join(dir, entry.Name())))
	}
	return err
}
