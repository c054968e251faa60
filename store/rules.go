package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rules"
)

// A store keeps one curation file (package rules) and curates every
// article Put stores by it. Changing the file (SetRules) does not touch
// the stored articles; ApplyRules then puts each again from the
// extraction its record keeps, under the new rules, each article all or
// nothing as Put writes them, and records the file's hash
// (metaRulesApplied) only when every article is done. Until then,
// metaRulesCursor names the last article done, in the transaction that
// curates it, so an ApplyRules interrupted by Ctrl-C or a kill goes on
// from there. When every article was curated by the file SetRules
// replaces, that file is kept too (metaRulesBefore) until ApplyRules is
// done, and an article both files curate alike is left as it is. Of an
// article they curate otherwise, only the keys that differ are removed
// and written (see replaceContent), its stored keys worked out from the
// file replaced rather than read, so that the cost of a change is that
// of what it changes, not of the articles it touches.

// curationChunk is how many articles ApplyRules reads in one
// transaction. Each article it puts again reads the transaction's
// pending writes, so the chunk is smaller than a build's batch.
const curationChunk = 16

// Curation says what ApplyRules did.
type Curation struct {
	Articles int // articles put again under the rules: those they curate otherwise than before
	// Unextracted counts the articles stored before records kept their
	// extraction: they stay as they were; building them again (into a
	// new store) curates them.
	Unextracted int
	Skipped     []SkippedArticle // too large to store under the rules: kept as they were
}

// Rules returns the curation file kept with the store, empty when there
// is none.
func (s *Store) Rules() ([]byte, error) {
	var text []byte
	err := s.view(func(txn *badger.Txn) error {
		var err error
		text, err = readMeta(txn, metaRules)
		return err
	})
	return text, err
}

// SetRules parses text, a curation file that errors call name, and keeps
// it with the store: Put curates by it from now on, and ApplyRules curates
// the articles stored before. A file that does not parse is refused with
// the parser's error (a *rules.SyntaxError for each bad line) and nothing
// changes. Empty text removes the rules.
func (s *Store) SetRules(name string, text []byte) error {
	if s.readOnly {
		return fail(ErrReadOnly, "store: %s was opened read-only; cannot keep rules", s.dir)
	}
	parsed, err := rules.Parse(name, text)
	if err != nil {
		return err
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	// Rules change no query's answer until articles are curated by them;
	// their rare change is taken as touching everything all the same.
	change := s.beginChange()
	change.everything = true
	defer s.endChange(change)
	err = s.db.Update(func(txn *badger.Txn) error {
		kept, err := readMeta(txn, metaRules)
		if err != nil || bytes.Equal(kept, text) {
			return err
		}
		applied, err := appliedHash(txn)
		if err != nil {
			return err
		}
		if sum := sha256.Sum256(kept); bytes.Equal(sum[:], applied) {
			err = txn.Set(metaKey(metaRulesBefore), kept)
		} else {
			// Articles are curated by two files, or more: which one is
			// not known.
			err = txn.Delete(metaKey(metaRulesBefore))
		}
		if err != nil {
			return err
		}
		if len(text) == 0 {
			err = txn.Delete(metaKey(metaRules))
		} else {
			err = txn.Set(metaKey(metaRules), text)
		}
		if err != nil {
			return err
		}
		if err := txn.Delete(metaKey(metaRulesCursor)); err != nil {
			return err
		}
		// Apart rules hold in Resolve: the entities are resolved again.
		if err := txn.Delete(metaKey(metaResolved)); err != nil {
			return err
		}
		if hasArticles(txn) {
			return nil
		}
		// No article to curate: the rules are applied already.
		sum := sha256.Sum256(text)
		return txn.Set(metaKey(metaRulesApplied), sum[:])
	})
	if err != nil {
		return fmt.Errorf("store: keep rules: %w", noSpace(s.dir, err))
	}
	s.rules = parsed
	return nil
}

// ApplyRules curates by the store's rules every stored article not yet
// curated by them, putting it again from the extraction its record keeps,
// and records that the store is curated by them. It returns at once when
// it is. Stopped by ctx, or killed, it leaves every article curated by
// either the old or the new rules, and a later call goes on where it
// stopped.
func (s *Store) ApplyRules(ctx context.Context) (Curation, error) {
	var done Curation
	if s.readOnly {
		return done, fail(ErrReadOnly, "store: %s was opened read-only; cannot apply rules", s.dir)
	}
	for {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		finished, err := s.curateChunk(&done)
		if err != nil || finished {
			return done, err
		}
	}
}

// curateChunk curates the next articles after the cursor, or records the
// rules as applied when none is left.
func (s *Store) curateChunk(done *Curation) (finished bool, err error) {
	s.writing.Lock()
	defer s.writing.Unlock()
	if err := s.checkSpace(); err != nil {
		return false, err
	}
	var hash, applied, cursor, before []byte
	var beforeKnown bool
	var ids []string
	err = s.view(func(txn *badger.Txn) error {
		text, err := readMeta(txn, metaRules)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(text)
		hash = sum[:]
		if applied, err = appliedHash(txn); err != nil || bytes.Equal(hash, applied) {
			return err
		}
		if cursor, err = readMeta(txn, metaRulesCursor); err != nil {
			return err
		}
		if before, beforeKnown, err = findMeta(txn, metaRulesBefore); err != nil {
			return err
		}
		ids, err = articlesAfter(txn, cursor, curationChunk)
		return err
	})
	if err != nil || bytes.Equal(hash, applied) {
		return true, err
	}
	var previous *rules.Rules
	if beforeKnown {
		if previous, err = rules.Parse("the rules kept in "+s.dir, before); err != nil {
			return false, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	b := newBatch(s.db, s.beginChange())
	defer s.endChange(b.change)
	defer func() { b.txn.Discard() }()
	if len(ids) == 0 {
		if err := b.set(metaKey(metaRulesApplied), hash); err != nil {
			return false, err
		}
		if err := b.delete(metaKey(metaRulesCursor)); err != nil {
			return false, err
		}
		if err := b.delete(metaKey(metaRulesBefore)); err != nil {
			return false, err
		}
		finished = true
	}
	if len(ids) > 0 {
		// The resolution no longer covers the curated articles (see
		// Resolve).
		if err := b.delete(metaKey(metaResolved)); err != nil {
			return false, err
		}
	}
	for _, id := range ids {
		b.article = id
		err := s.curate(b, id, previous, done)
		var tooLarge *tooLargeError
		if errors.As(err, &tooLarge) {
			if err := b.rollback(); err != nil {
				return false, err
			}
			done.Skipped = append(done.Skipped, SkippedArticle{ID: id, Reason: tooLarge.reason})
		} else if err != nil {
			return false, err
		}
		if err := b.set(metaKey(metaRulesCursor), []byte(id)); err != nil {
			return false, err
		}
		b.articleDone()
	}
	if err := b.txn.Commit(); err != nil {
		return false, fmt.Errorf("store: commit: %w", noSpace(s.dir, err))
	}
	return finished, nil
}

// curate puts one stored article again under the store's rules, unless
// previous, the rules it is curated by when known, curate it alike.
func (s *Store) curate(b *batch, id string, previous *rules.Rules, done *Curation) error {
	record, found, err := readArticle(b.txn, id)
	if err != nil || !found || record.DuplicateOf != "" {
		return err
	}
	if len(record.Extraction) == 0 {
		if len(record.Manifest) > 0 {
			done.Unextracted++
		}
		return nil
	}
	a := &graph.Article{ID: id, Title: record.Title, Date: record.Date, URL: record.URL, Hash: record.Hash, Source: record.Source}
	if err := decodeExtraction(record.Extraction, a); err != nil {
		return err
	}
	curated := s.rules.Apply(a)
	var stored []ownKey
	if previous != nil {
		before := previous.Apply(a)
		if reflect.DeepEqual(before, curated) {
			return nil
		}
		// What the article has stored, worked out rather than read: the
		// names it had are the store's, so no node is created.
		if stored, err = s.planContent(b, before); err != nil {
			return err
		}
	}
	planned, err := s.planContent(b, curated)
	if err != nil {
		return err
	}
	manifest, err := replaceContent(b, id, record.Manifest, stored, planned)
	if err != nil {
		return err
	}
	done.Articles++
	if slices.EqualFunc(manifest, record.Manifest, bytes.Equal) {
		return nil
	}
	record.Manifest = manifest
	return b.set(articleKey(id), record.encode())
}

// articlesAfter returns up to n article ids that follow after in id
// order, from the first when after is nil.
func articlesAfter(txn *badger.Txn, after []byte, n int) ([]string, error) {
	prefix := []byte{prefixArticle}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	start := prefix
	if after != nil {
		start = articleKey(string(after))
	}
	var ids []string
	for it.Seek(start); it.ValidForPrefix(prefix) && len(ids) < n; it.Next() {
		key, err := ParseKey(it.Item().Key())
		if err != nil {
			return nil, err
		}
		if after == nil || key.Article != string(after) {
			ids = append(ids, key.Article)
		}
	}
	return ids, nil
}

func hasArticles(txn *badger.Txn) bool {
	prefix := []byte{prefixArticle}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	it.Seek(prefix)
	return it.ValidForPrefix(prefix)
}

// loadRules reads the rules kept with the store.
func (s *Store) loadRules() error {
	text, err := s.Rules()
	if err != nil || len(text) == 0 {
		return err
	}
	parsed, err := rules.Parse("the rules kept in "+s.dir, text)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	s.rules = parsed
	return nil
}

// appliedHash is the SHA-256 of the curation file every article is
// curated by; a store that never had rules has its articles curated by
// none, an empty file.
func appliedHash(txn *badger.Txn) ([]byte, error) {
	applied, err := readMeta(txn, metaRulesApplied)
	if err != nil || applied != nil {
		return applied, err
	}
	none := sha256.Sum256(nil)
	return none[:], nil
}

// readMeta returns the value of a meta record, nil when there is none.
func readMeta(txn *badger.Txn, name string) ([]byte, error) {
	value, _, err := findMeta(txn, name)
	return value, err
}

// findMeta returns the value of a meta record and whether there is one,
// which tells an empty value from none.
func findMeta(txn *badger.Txn, name string) ([]byte, bool, error) {
	value, err := get(txn, metaKey(name))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: read %s: %w", name, err)
	}
	return value, true, nil
}
