package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

func smallArticle(i int, text string) *graph.Article {
	return &graph.Article{
		ID: fmt.Sprintf("a%d", i), Hash: fmt.Sprintf("h%d", i),
		Entities: []graph.Entity{
			{ID: "e1", Name: fmt.Sprintf("Person %d", i%7), Type: graph.Person, Aliases: []string{"P"}},
			{ID: "e2", Name: fmt.Sprintf("Place %d", i%5), Type: graph.GPE},
		},
		Relations: []graph.Relation{{Subject: "e1", Predicate: "visited", Object: "e2", Kind: graph.Event, Evidence: text}},
	}
}

// dump returns every key and value of the store, in order.
func dump(t *testing.T, s *Store) []string {
	t.Helper()
	var entries []string
	err := s.db.View(func(txn *badger.Txn) error {
		return eachItem(txn, nil, true, func(item *badger.Item) error {
			value, err := item.ValueCopy(nil)
			entries = append(entries, fmt.Sprintf("%x=%x@%d", item.Key(), value, item.Version()))
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

func TestPutTwiceWritesNothing(t *testing.T) {
	s, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	articles := []*graph.Article{smallArticle(1, "one"), smallArticle(2, "two"), smallArticle(3, "three")}
	if _, err := s.Put(articles...); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)
	outcomes, err := s.Put(articles...)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outcomes {
		if o != Unchanged {
			t.Fatalf("outcomes %v, want all unchanged", outcomes)
		}
	}
	// Versions are compared too: rewriting a key with the same value
	// would show as a new version.
	if after := dump(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("second Put changed the store:\nbefore %d entries, after %d", len(before), len(after))
	}
}

// A Put far larger than one Badger transaction must commit in several,
// each holding whole articles, and end as the same store as small Puts.
func TestPutLargerThanOneTransaction(t *testing.T) {
	text := strings.Repeat("x", 16<<10)
	var articles []*graph.Article
	for i := range 400 {
		articles = append(articles, smallArticle(i, text+fmt.Sprint(i)))
	}
	one, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if _, err := one.Put(articles...); err != nil {
		t.Fatal(err)
	}
	each, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer each.Close()
	for _, a := range articles {
		if _, err := each.Put(a); err != nil {
			t.Fatal(err)
		}
	}
	oneStats, err := one.Stats()
	if err != nil {
		t.Fatal(err)
	}
	eachStats, err := each.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(oneStats, eachStats) || oneStats.Documents != 400 || oneStats.Evidence != 400 {
		t.Errorf("one Put: %+v; one Put per article: %+v; want 400 documents and evidence", oneStats, eachStats)
	}
}

func TestPutSkipsAnArticleTooLargeToStore(t *testing.T) {
	manyWrites := smallArticle(1, "")
	for i := range 3000 {
		manyWrites.Relations = append(manyWrites.Relations, graph.Relation{Subject: "e1", Predicate: "visited", Object: "e2", Sentence: graph.Span{Start: i}, Evidence: strings.Repeat("y", 1<<10)})
	}
	longID := smallArticle(1, "long id")
	longID.ID = strings.Repeat("7", 70000)
	longName := smallArticle(1, "long name")
	longName.Entities[0].Name = strings.Repeat("Jean ", 14000)
	tests := []struct {
		name    string
		article *graph.Article
		reason  string
	}{
		{"writes more than one transaction holds", manyWrites, "more than one transaction holds"},
		{"id longer than a key", longID, "a key of 700"},
		{"name longer than a key", longName, "a key of 700"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, inMemory := range []bool{true, false} {
				dir := ""
				if !inMemory {
					dir = t.TempDir()
				}
				s, err := Open(dir, Options{InMemory: inMemory})
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				outcomes, err := s.Put(smallArticle(2, "before"), tc.article, smallArticle(3, "after"))
				var skipped *SkippedError
				if !errors.As(err, &skipped) || !errors.Is(err, ErrTooLarge) || len(skipped.Articles) != 1 ||
					skipped.Articles[0].ID != tc.article.ID || !strings.Contains(skipped.Articles[0].Reason, tc.reason) {
					t.Fatalf("Put: %.300v; want a SkippedError naming the article, saying %q", err, tc.reason)
				}
				if len(err.Error()) > 300 {
					t.Errorf("the error repeats what was too large: %.300s", err)
				}
				if want := []Outcome{Added, Skipped, Added}; !slices.Equal(outcomes, want) {
					t.Errorf("outcomes %v, want %v", outcomes, want)
				}
				if stats, err := s.Stats(); err != nil || stats.Documents != 2 || stats.Evidence != 2 {
					t.Errorf("after the Put: %+v, %v; want the articles before and after stored, alone", stats, err)
				}
				if stored, err := s.HasArticle(tc.article.ID, tc.article.Hash); err != nil || stored {
					t.Errorf("HasArticle of the skipped article: %t, %v", stored, err)
				}
			}
		})
	}
}

func TestOpenRefusesOtherVersions(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(txn *badger.Txn) error
		message string
	}{
		{"newer", func(txn *badger.Txn) error {
			return txn.Set(metaKey(metaVersion), binary.BigEndian.AppendUint32(nil, dataVersion+1))
		}, fmt.Sprintf("holds data version %d but this kg reads version %d", dataVersion+1, dataVersion)},
		{"malformed", func(txn *badger.Txn) error {
			return txn.Set(metaKey(metaVersion), []byte("1"))
		}, "malformed data-version record"},
		{"missing", func(txn *badger.Txn) error {
			if err := txn.Delete(metaKey(metaVersion)); err != nil {
				return err
			}
			return txn.Set([]byte("someone else's data"), nil)
		}, "no data-version record"},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(test.prepare); err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			for _, readOnly := range []bool{false, true} {
				_, err = Open(dir, Options{ReadOnly: readOnly})
				if !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), test.message) || !strings.Contains(err.Error(), dir) {
					t.Errorf("Open (read-only %t): %v; want ErrVersion saying %q about %s", readOnly, err, test.message, dir)
				}
			}
		})
	}
}

func TestBadgerLogger(t *testing.T) {
	var out bytes.Buffer
	logger := &badgerLogger{out: &out}
	logger.Infof("replaying %d files\n", 3)
	logger.Debugf("noise")
	logger.Errorf("broken")
	if want := "badger INFO: replaying 3 files\nbadger ERROR: broken\n"; out.String() != want {
		t.Errorf("logged %q, want %q", out.String(), want)
	}
}

// Stores written before node ids were counted in the store kept Badger's
// sequence lease under the counter's key, or, if older still, nothing:
// new nodes go on after every id given.
func TestNodeIDsGoOnInOlderStores(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(db *badger.DB) error
		want    uint64
	}{
		{"sequence lease", func(db *badger.DB) error {
			sequence, err := db.GetSequence(metaKey(metaNodeIDs), 1000)
			if err != nil {
				return err
			}
			for range 3 {
				if _, err := sequence.Next(); err != nil {
					return err
				}
			}
			// A killed process never releases its lease, which began
			// after the first article's two nodes.
			return nil
		}, 3 + 1000},
		{"no counter", func(db *badger.DB) error {
			return db.Update(func(txn *badger.Txn) error { return txn.Delete(metaKey(metaNodeIDs)) })
		}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Put(smallArticle(1, "first")); err != nil {
				t.Fatal(err)
			}
			if err := tc.prepare(s.db); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, err = Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Put(smallArticle(2, "second")); err != nil {
				t.Fatal(err)
			}
			nodes, err := s.Lookup("Person 2")
			if err != nil || len(nodes) != 1 || nodes[0].ID != tc.want {
				t.Errorf("the node made after reopening: %v, %v; want id %d", nodes, err, tc.want)
			}
		})
	}
}
