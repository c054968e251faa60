package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/serve"
	"github.com/kg-project/kg/store"
)

func addStoreFlag(fs *flag.FlagSet, dir *string) {
	fs.StringVar(dir, "db", *dir, "store directory ($"+storeEnv+" sets the default)")
}

// addFieldFlags registers the flags that rename the JSON Lines members
// and CSV columns.
func addFieldFlags(fs *flag.FlagSet, fields *corpus.Fields) {
	fs.StringVar(&fields.ID, "field-id", "id", "JSON Lines member or CSV column holding the document id")
	fs.StringVar(&fields.Title, "field-title", "title", "JSON Lines member or CSV column holding the title")
	fs.StringVar(&fields.Text, "field-text", "text", "JSON Lines member or CSV column holding the text (CSV: text, body or content by default)")
	fs.StringVar(&fields.Date, "field-date", "date", "JSON Lines member or CSV column holding the date (RFC 3339, RFC 1123 or YYYY-MM-DD)")
	fs.StringVar(&fields.URL, "field-url", "url", "JSON Lines member or CSV column holding the URL")
}

// parseType reads the entity type given to a command's flag. The message
// is the command's own: graph's error would add a second prefix.
func parseType(command, flag, value string) (graph.Type, error) {
	t, err := graph.ParseType(value)
	if err != nil {
		names := make([]string, len(graph.Types))
		for i, t := range graph.Types {
			names[i] = string(t)
		}
		last := len(names) - 1
		return "", usageError("%s: --%s: unknown entity type %q (want %s or %s)", command, flag, value, strings.Join(names[:last], ", "), names[last])
	}
	return t, nil
}

// access says how a command uses the store.
type access int

const (
	readStore   access = iota // read an existing store
	updateStore               // write to an existing store (kg analyse)
	createStore               // write to a store, creating it if there is none (kg build, kg demo)
)

// openStore opens the store in dir, refusing a missing one unless access
// is createStore, and turns the store's refusals into messages that name
// it. A read-only open that had to discard the unfinished write of a
// killed process says so on stderr.
func openStore(dir string, access access, stderr io.Writer) (*store.Store, error) {
	st, err := store.Open(dir, store.Options{ReadOnly: access == readStore, Existing: access == updateStore})
	switch {
	case errors.Is(err, store.ErrLocked):
		if url, served := serve.ReadAddress(dir); served {
			return nil, fail(store.ErrLocked, "the store %s is held by kg serve at %s; ask it over HTTP (%s/api/openapi.json lists the routes) or stop it first", dir, url, url)
		}
		return nil, fail(store.ErrLocked, "the store %s is in use by another kg process; wait for it to finish or use another --db", dir)
	case errors.Is(err, store.ErrNoStore):
		return nil, fail(store.ErrNoStore, "no store in %s; run kg build first or give --db", dir)
	case err != nil:
		return nil, err
	}
	if st.Recovered() {
		fmt.Fprintf(stderr, "kg: the store %s was left by a kg process that did not finish; its unfinished write was discarded, everything committed before is kept\n", dir)
	}
	return st, nil
}

// closeStore closes st and reports a failure to close unless an earlier
// error already explains the run's end.
func closeStore(st *store.Store, err *error) {
	if closeErr := st.Close(); closeErr != nil && *err == nil {
		*err = closeErr
	}
}
