package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// collides reports whether a is another article than the stored one of
// its id: both name where they come from, and the places differ. An
// article or a record without a source (one written before sources were
// recorded) collides with nothing, so that it can be replaced and gain one.
func collides(stored articleRecord, a *graph.Article) bool {
	return stored.Source != "" && a.Source != "" && stored.Source != a.Source
}

// ArticleSource returns the source recorded for the article id: "" when
// it is not stored or was stored without one.
func (s *Store) ArticleSource(id string) (string, error) {
	var source string
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(articleKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: read article %q: %w", id, err)
		}
		return item.Value(func(value []byte) error {
			source, err = decodeArticleSource(value)
			return err
		})
	})
	return source, err
}

// Document is what the store keeps of an article besides its content.
type Document struct {
	ID    string
	Title string
	Date  time.Time // zero when unknown
	URL   string
}

// Document returns the title, date and URL of the stored article id;
// found is false when it is not stored. A recording store records
// nothing: an article's record changes only with its content, whose keys
// touch the nodes a query read it through (see change.key).
func (s *Store) Document(id string) (doc Document, found bool, err error) {
	err = s.viewNodes(func(txn *badger.Txn) error {
		record, stored, err := readArticle(txn, id)
		if err != nil || !stored {
			return err
		}
		doc, found = Document{ID: id, Title: record.Title, Date: record.Date, URL: record.URL}, true
		return nil
	})
	return doc, found, err
}
