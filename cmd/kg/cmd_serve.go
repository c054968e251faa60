package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"

	"github.com/kg-project/kg/internal/serve"
)

// defaultAddr is where kg serve answers unless --addr says otherwise:
// this machine only.
const defaultAddr = "127.0.0.1:8080"

type serveOptions struct {
	DB       string
	Addr     string
	ReadOnly bool
	MaxBody  int64
	Workers  int
	Cache    int
}

func (o *serveOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Addr, "addr", o.Addr, "`host:port` to answer on (a port of 0 picks a free one)")
	fs.BoolVar(&o.ReadOnly, "read-only", o.ReadOnly, "answer queries only: refuse posted articles (403), and let other kg commands read the store meanwhile")
	fs.Int64Var(&o.MaxBody, "max-body", o.MaxBody, "largest body of posted articles, in bytes")
	fs.IntVar(&o.Workers, "workers", o.Workers, "articles an ingest extracts at once (0: one per core but one, which queries keep)")
	fs.IntVar(&o.Cache, "cache", o.Cache, "bytes of answers kept until a commit touches what they read (0: none)")
}

// runServe answers the API and the explorer over the store until Ctrl-C
// or SIGTERM, then finishes the requests in progress, an ingest included,
// and closes the store.
func runServe(ctx context.Context, opts serveOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("serve: unexpected argument %q", args[0])
	}
	switch {
	case opts.MaxBody < 1:
		return usageError("serve: --max-body must be at least 1, not %d", opts.MaxBody)
	case opts.Workers < 0:
		return usageError("serve: --workers must be at least 0, not %d", opts.Workers)
	case opts.Cache < 0:
		return usageError("serve: --cache must be at least 0, not %d", opts.Cache)
	}
	cache := opts.Cache
	if cache == 0 {
		cache = -1
	}
	access := updateStore
	if opts.ReadOnly {
		access = readStore
	}
	st, err := openStore(opts.DB, access, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	server, err := serve.New(st, serve.Options{ReadOnly: opts.ReadOnly, MaxIngestBytes: opts.MaxBody, Workers: opts.Workers, CacheBytes: cache, Log: stderr})
	if err != nil {
		return err
	}
	listener, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	url := "http://" + listener.Addr().String()
	remove, err := serve.WriteAddress(opts.DB, url)
	if err != nil {
		listener.Close()
		return fmt.Errorf("serve: record the address in the store: %w", err)
	}
	defer remove()
	fmt.Fprintf(stderr, "kg: serving %s at %s/ (the API at %s/api/, described by %s/api/openapi.json); Ctrl-C stops\n", opts.DB, url, url, url)
	if err := server.Serve(ctx, listener); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(stderr, "kg: stopped serving; every committed article is stored")
	return nil
}
