package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/store"
)

func addStoreFlag(fs *flag.FlagSet, dir *string) {
	fs.StringVar(dir, "db", *dir, "store directory ($"+storeEnv+" sets the default)")
}

// addFieldFlags registers the flags that rename the JSON Lines members.
func addFieldFlags(fs *flag.FlagSet, fields *corpus.Fields) {
	fs.StringVar(&fields.ID, "field-id", "id", "JSON Lines member holding the document id")
	fs.StringVar(&fields.Title, "field-title", "title", "JSON Lines member holding the title")
	fs.StringVar(&fields.Text, "field-text", "text", "JSON Lines member holding the text")
	fs.StringVar(&fields.Date, "field-date", "date", "JSON Lines member holding the date (RFC 3339 or YYYY-MM-DD)")
	fs.StringVar(&fields.URL, "field-url", "url", "JSON Lines member holding the URL")
}

// openStore opens the store in dir, turning a lock held by another process
// into a message that names the store.
func openStore(dir string, readOnly bool) (*store.Store, error) {
	st, err := store.Open(dir, store.Options{ReadOnly: readOnly})
	switch {
	case errors.Is(err, store.ErrLocked):
		return nil, fail(store.ErrLocked, "the store %s is in use by another kg process; wait for it to finish or use another --db", dir)
	case errors.Is(err, store.ErrNoStore):
		return nil, fmt.Errorf("no store in %s; run kg build first or give --db: %w", dir, err)
	case err != nil:
		return nil, err
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
