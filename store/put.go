package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// Outcome says what Put did with one article.
type Outcome int

// The outcomes of Put.
const (
	Added     Outcome = iota // a new article
	Unchanged                // stored before with the same hash: nothing written
	Replaced                 // stored before with another hash: the old content was removed first
	Duplicate                // its text is that of another stored article: recorded, content not added
	Collision                // its id is stored from another source: nothing written
	Skipped                  // too large to store: nothing written; the *SkippedError says why
)

func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	case Duplicate:
		return "duplicate"
	case Collision:
		return "collision"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Put stores articles and says what it did with each. Each article is
// applied atomically (all of its keys or none), many articles share one
// Badger transaction for speed, and a transaction that grows too big is
// committed before the article that did not fit, never splitting one.
// a.Hash identifies its content (kg build gives the hex SHA-256 of the
// article's text and the version of the extraction that read it):
//   - same id, same hash as stored: Unchanged;
//   - same id, another hash: Replaced, the old version's evidence,
//     mentions and aliases removed first; if the new text repeats another
//     article's, the outcome is Duplicate instead;
//   - a new id whose hash is a stored article's: Duplicate, recorded as a
//     duplicate of that article, adding no evidence or mentions;
//   - otherwise Added.
//
// Before all of these, an id stored from another a.Source is a Collision:
// nothing is written, the stored article stays (see collides).
// An article with an empty hash is never taken for a duplicate, and is
// Unchanged whenever its id is stored with an empty hash too. Articles
// are checked before anything is written; after a write error, the
// articles before the failing one may be stored.
//
// An article that cannot be stored, a key of it longer than Badger takes
// or its writes more than one transaction holds, is Skipped: nothing of
// it is written, and the articles before and after it are stored as if
// it were not there. Put then returns every outcome and a *SkippedError
// naming the skipped articles, which matches ErrTooLarge.
func (s *Store) Put(articles ...*graph.Article) ([]Outcome, error) {
	if s.readOnly {
		return nil, fail(ErrReadOnly, "store: %s was opened read-only; cannot store articles", s.dir)
	}
	for _, a := range articles {
		if a == nil || strings.TrimSpace(a.ID) == "" {
			return nil, fmt.Errorf("%w: an article has no id", ErrInvalidArticle)
		}
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	if err := s.checkSpace(); err != nil {
		return nil, err
	}
	b := newBatch(s.db, s.beginChange())
	defer s.endChange(b.change)
	defer func() { b.txn.Discard() }()
	outcomes := make([]Outcome, 0, len(articles))
	var skipped SkippedError
	for _, a := range articles {
		b.article = a.ID
		outcome, err := s.put(b, a)
		var tooLarge *tooLargeError
		if errors.As(err, &tooLarge) {
			if err := b.rollback(); err != nil {
				return nil, err
			}
			skipped.Articles = append(skipped.Articles, SkippedArticle{ID: a.ID, Reason: tooLarge.reason})
			outcomes = append(outcomes, Skipped)
			continue
		}
		if err != nil {
			return nil, err
		}
		b.articleDone()
		outcomes = append(outcomes, outcome)
	}
	// The resolution no longer covers every article (see Resolve).
	if slices.ContainsFunc(outcomes, func(o Outcome) bool { return o == Added || o == Replaced || o == Duplicate }) {
		if err := b.delete(metaKey(metaResolved)); err != nil {
			return nil, err
		}
	}
	if err := b.txn.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit: %w", noSpace(s.dir, err))
	}
	if len(skipped.Articles) > 0 {
		return outcomes, &skipped
	}
	return outcomes, nil
}

// maxKeySize is the longest key Badger stores.
const maxKeySize = 65000

// SkippedError lists the articles Put skipped as too large to store.
type SkippedError struct {
	Articles []SkippedArticle
}

// SkippedArticle is an article Put skipped, and why.
type SkippedArticle struct {
	ID     string
	Reason string // what was too large, e.g. "a key of 70016 bytes, over the 65000 a key may have"
}

func (e *SkippedError) Error() string {
	reasons := make([]string, len(e.Articles))
	for i, article := range e.Articles {
		reasons[i] = fmt.Sprintf("article %q skipped: too large to store (%s)", ClipID(article.ID), article.Reason)
	}
	return "store: " + strings.Join(reasons, "; ")
}

func (e *SkippedError) Unwrap() error { return ErrTooLarge }

// ClipID shortens an id too long to show in a message to its first 60
// bytes, cut at a character boundary, and its length.
func ClipID(id string) string {
	const shown = 60
	if len(id) <= shown {
		return id
	}
	cut := shown
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", id[:cut], len(id))
}

// tooLargeError stops putting an article that cannot be stored; Put
// skips the article.
type tooLargeError struct {
	reason string
}

func (e *tooLargeError) Error() string { return "store: too large to store: " + e.reason }

// put plans and writes one article into the batch.
func (s *Store) put(b *batch, a *graph.Article) (Outcome, error) {
	old, found, err := readArticle(b.txn, a.ID)
	if err != nil {
		return 0, err
	}
	outcome := Added
	if found {
		if collides(old, a) {
			return Collision, nil
		}
		if old.Hash == a.Hash {
			return Unchanged, nil
		}
		outcome = Replaced
		if err := remove(b, a.ID, old); err != nil {
			return 0, err
		}
	}
	record := articleRecord{Hash: a.Hash, Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Source, Extraction: encodeExtraction(a)}
	if a.Hash != "" {
		first, err := getString(b.txn, hashKey(a.Hash))
		switch {
		case err == nil:
			record.DuplicateOf = first
			if err := b.set(articleKey(a.ID), record.encode()); err != nil {
				return 0, err
			}
			return Duplicate, b.set(duplicateKey(first, a.ID), nil)
		case !errors.Is(err, badger.ErrKeyNotFound):
			return 0, fmt.Errorf("store: read hash index: %w", err)
		}
		if err := b.set(hashKey(a.Hash), []byte(a.ID)); err != nil {
			return 0, err
		}
	}
	planned, err := s.planContent(b, s.rules.Apply(a))
	if err != nil {
		return 0, err
	}
	record.Manifest, err = replaceContent(b, a.ID, nil, nil, planned)
	if err != nil {
		return 0, err
	}
	return outcome, b.set(articleKey(a.ID), record.encode())
}

// remove deletes what a stored article contributed and takes it out of
// the aggregates. When articles are recorded as duplicates of it, its
// content passes to the first of them first (see promote), so that their
// text stays stored whatever order articles are put in.
func remove(b *batch, id string, old articleRecord) error {
	if old.DuplicateOf != "" {
		return b.delete(duplicateKey(old.DuplicateOf, id))
	}
	var duplicates []string
	err := scan(b.txn, duplicatePrefix(id), false, func(key Key, _ []byte) error {
		duplicates = append(duplicates, key.Article)
		return nil
	})
	if err != nil {
		return err
	}
	if len(duplicates) > 0 {
		if err := promote(b, id, old, duplicates); err != nil {
			return err
		}
	} else if old.Hash != "" {
		if err := b.delete(hashKey(old.Hash)); err != nil {
			return err
		}
	}
	_, err = replaceContent(b, id, old.Manifest, nil, nil)
	return err
}

// promote makes heir, the first of the duplicates of original, hold the
// content original holds, before original's is removed: original's own
// keys are written again under heir's id, with heir's date on the
// evidence, and counted in the aggregates as any article's are; the hash
// index names heir, and the other duplicates become heir's. Removing
// original then leaves every aggregate as putting heir alone would.
func promote(b *batch, original string, old articleRecord, duplicates []string) error {
	heir := duplicates[0]
	record, found, err := readArticle(b.txn, heir)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("%w: article %q is recorded as a duplicate of %q but not stored", ErrCorrupt, heir, original)
	}
	manifest := make([][]byte, 0, len(old.Manifest))
	var added evidenceByEdge
	for _, key := range old.Manifest {
		parsed, err := ParseKey(key)
		if err != nil {
			return err
		}
		value, err := get(b.txn, key)
		if err != nil {
			return fmt.Errorf("store: read article %q: %w", original, err)
		}
		var moved []byte
		switch parsed.Prefix {
		case prefixMention:
			count, err := decodeCount(value)
			if err != nil {
				return err
			}
			moved = mentionKey(parsed.Node, heir)
			if err := b.set(moved, value); err != nil {
				return err
			}
			err = adjustNode(b, parsed.Node, count, 1)
		case prefixNodeAlias:
			moved = nodeAliasKey(parsed.Node, parsed.Name, heir)
			if err := b.set(moved, value); err != nil {
				return err
			}
			err = addAlias(b, parsed.Node, parsed.Name, string(value), heir)
		case prefixEvidence:
			evidence, err := decodeEvidence(value)
			if err != nil {
				return err
			}
			evidence.Date = record.Date
			moved = evidenceKey(parsed.From, parsed.Predicate, parsed.To, parsed.Negated, heir, parsed.Start)
			if err := b.set(moved, evidence.encode()); err != nil {
				return err
			}
			added.add(parsed, evidenceRef{Article: heir, Start: parsed.Start, evidenceValue: evidence})
		default:
			err = fmt.Errorf("%w: article %q lists key %x", ErrCorrupt, original, key)
		}
		if err != nil {
			return err
		}
		manifest = append(manifest, moved)
	}
	for _, edge := range added.edges {
		if err := addEvidence(b, edge, added.evidence[edge]); err != nil {
			return err
		}
	}
	record.DuplicateOf, record.Manifest = "", manifest
	if err := b.set(articleKey(heir), record.encode()); err != nil {
		return err
	}
	if err := b.set(hashKey(old.Hash), []byte(heir)); err != nil {
		return err
	}
	for _, duplicate := range duplicates {
		if err := b.delete(duplicateKey(original, duplicate)); err != nil {
			return err
		}
		if duplicate == heir {
			continue
		}
		if err := b.set(duplicateKey(heir, duplicate), nil); err != nil {
			return err
		}
		other, _, err := readArticle(b.txn, duplicate)
		if err != nil {
			return err
		}
		other.DuplicateOf = heir
		if err := b.set(articleKey(duplicate), other.encode()); err != nil {
			return err
		}
	}
	return nil
}

// adjustNode adds to a node's counts.
func adjustNode(b *batch, node uint64, mentions, documents int) error {
	record, err := readNode(b.txn, node)
	if err != nil {
		return err
	}
	record.Mentions += mentions
	record.Documents += documents
	if record.Mentions < 0 || record.Documents < 0 {
		return fmt.Errorf("%w: node %d counts fall below zero", ErrCorrupt, node)
	}
	return b.set(nodeKey(node), record.encode())
}

// addAlias counts one more article calling node by alias, written as
// spelling.
func addAlias(b *batch, node uint64, alias, spelling, article string) error {
	count, err := readCount(b.txn, aliasKey(alias, node))
	if err != nil {
		return err
	}
	if err := b.set(aliasKey(alias, node), encodeCount(count+1)); err != nil {
		return err
	}
	record, err := readSpelling(b.txn, node, alias)
	if err != nil {
		return err
	}
	if record.Documents == 0 || article < record.Article {
		record.Article, record.Spelling = article, spelling
	}
	record.Documents++
	return b.set(spellingKey(node, alias), record.encode())
}

// removeAlias counts one article fewer calling node by alias, once that
// article's node alias key is deleted.
func removeAlias(b *batch, node uint64, alias, article string) error {
	count, err := readCount(b.txn, aliasKey(alias, node))
	if err != nil {
		return err
	}
	if count <= 1 {
		err = b.delete(aliasKey(alias, node))
	} else {
		err = b.set(aliasKey(alias, node), encodeCount(count-1))
	}
	if err != nil {
		return err
	}
	record, err := readSpelling(b.txn, node, alias)
	if err != nil {
		return err
	}
	record.Documents--
	if record.Documents <= 0 {
		return b.delete(spellingKey(node, alias))
	}
	if record.Article == article {
		// The spelling left with its article: the next article in id
		// order supplies it.
		if record.Article, record.Spelling, err = nextSpelling(b.txn, node, alias, article); err != nil {
			return err
		}
	}
	return b.set(spellingKey(node, alias), record.encode())
}

// nextSpelling returns the first article after the one of id after that
// calls node by alias, and how it writes the alias. It seeks past after,
// not from the first key of the alias, since the keys of the articles
// removed before it, which a curation removes in id order, are deleted
// keys an iterator would step over one by one.
func nextSpelling(txn *badger.Txn, node uint64, alias, after string) (article, spelling string, err error) {
	prefix := nodeAliasPrefix(node, alias)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	it.Seek(nodeAliasKey(node, alias, after))
	if !it.ValidForPrefix(prefix) {
		return "", "", fmt.Errorf("%w: node %d alias %q counted in articles but written in none", ErrCorrupt, node, alias)
	}
	key, err := ParseKey(it.Item().Key())
	if err != nil {
		return "", "", err
	}
	value, err := it.Item().ValueCopy(nil)
	if err != nil {
		return "", "", fmt.Errorf("store: read alias: %w", err)
	}
	return key.Article, string(value), nil
}

// recountEdge recomputes an edge's record from its evidence keys.
func recountEdge(b *batch, edge Key) error {
	var record edgeRecord
	err := scan(b.txn, edgePrefix(edge.From, edge.Predicate, edge.To, edge.Negated), true, func(key Key, value []byte) error {
		evidence, err := decodeEvidence(value)
		record.add(evidenceRef{Article: key.Article, Start: key.Start, evidenceValue: evidence})
		return err
	})
	if err != nil {
		return err
	}
	if record.Weight == 0 {
		if err := b.delete(edgeKey(edge.From, edge.Predicate, edge.To, edge.Negated)); err != nil {
			return err
		}
		return b.delete(inEdgeKey(edge.From, edge.Predicate, edge.To, edge.Negated))
	}
	return writeEdge(b, edge, record)
}

// writeEdge writes an edge's record under both of its keys.
func writeEdge(b *batch, edge Key, record edgeRecord) error {
	value := record.encode()
	if err := b.set(edgeKey(edge.From, edge.Predicate, edge.To, edge.Negated), value); err != nil {
		return err
	}
	return b.set(inEdgeKey(edge.From, edge.Predicate, edge.To, edge.Negated), value)
}

// resolve finds the node an article entity stands for, its (type,
// normalised name), creating it if there is none. Which nodes stand for
// one entity across articles is Resolve's to say, over the whole corpus,
// so that it does not depend on the order articles come in.
func (s *Store) resolve(b *batch, entity *graph.Entity, name string) (uint64, error) {
	key := nameKey(entity.Type, name)
	if node, found := b.nodes[string(key)]; found {
		return node, nil
	}
	value, err := get(b.txn, key)
	if err == nil {
		node, err := decodeID(value)
		b.nodes[string(key)] = node
		return node, err
	}
	if !errors.Is(err, badger.ErrKeyNotFound) {
		return 0, fmt.Errorf("store: read name index: %w", err)
	}
	node, err := nextNodeID(b)
	if err != nil {
		return 0, err
	}
	if err := b.set(nodeKey(node), nodeRecord{Type: entity.Type, Name: entity.Name}.encode()); err != nil {
		return 0, err
	}
	if err := b.set(key, encodeID(node)); err != nil {
		return 0, err
	}
	b.nodes[string(key)] = node
	return node, nil
}

// nextNodeID takes the next node id from the counter kept in the store,
// written in the transaction that creates the node: ids are dense, and a
// process killed mid-build loses none, so putting the same articles again
// gives the ids an uninterrupted run gives. The counter holds the next id
// to give, 8 bytes big-endian, where Badger's sequence kept its lease in
// stores written before: those go on from the end of their last lease. A
// store without it starts from its highest node id.
func nextNodeID(b *batch) (uint64, error) {
	next, err := readNextNodeID(b.txn)
	if err != nil {
		return 0, err
	}
	return next, b.set(metaKey(metaNodeIDs), binary.BigEndian.AppendUint64(nil, next+1))
}

func readNextNodeID(txn *badger.Txn) (uint64, error) {
	value, err := get(txn, metaKey(metaNodeIDs))
	switch {
	case err == nil && len(value) == 8:
		// 0 is skipped so that no node has the zero value of an id.
		return max(binary.BigEndian.Uint64(value), 1), nil
	case err == nil:
		return 0, fmt.Errorf("%w: node id counter of %d bytes", ErrCorrupt, len(value))
	case !errors.Is(err, badger.ErrKeyNotFound):
		return 0, fmt.Errorf("store: read node id counter: %w", err)
	}
	it := txn.NewIterator(badger.IteratorOptions{Reverse: true, Prefix: []byte{prefixNode}})
	defer it.Close()
	it.Seek(nodeKey(^uint64(0)))
	if !it.Valid() {
		return 1, nil
	}
	key, err := ParseKey(it.Item().Key())
	if err != nil {
		return 0, err
	}
	return key.Node + 1, nil
}

// batch is the write transaction Put fills. It remembers the writes of
// the articles it holds so that, when one more write would make the
// transaction too big, it can start again with whole articles only.
type batch struct {
	db       *badger.DB
	maxValue int64 // the longest value Badger stores
	txn      *badger.Txn
	done     []write // writes of the articles completed in txn
	current  []write // writes of the article being put
	article  string  // id of the article being put
	// nodes holds the node ids resolve read or made in txn, by name key,
	// since the articles of a batch share most of their names; a name
	// key, once written, is never removed.
	nodes map[string]uint64
	// change is the change-log entry of the write: every key written or
	// deleted is recorded in it, those of a rolled-back article included.
	change *change
}

type write struct {
	key, value []byte
	delete     bool
}

func newBatch(db *badger.DB, c *change) *batch {
	return &batch{db: db, txn: db.NewTransaction(true), maxValue: maxValueSize(db.Opts()), nodes: make(map[string]uint64), change: c}
}

func (b *batch) set(key, value []byte) error {
	return b.write(write{key: key, value: value})
}

func (b *batch) delete(key []byte) error {
	return b.write(write{key: key, delete: true})
}

func (b *batch) write(w write) error {
	// Badger's own refusal carries a dump of the whole key or value.
	if len(w.key) > maxKeySize {
		return &tooLargeError{fmt.Sprintf("a key of %d bytes, over the %d a key may have", len(w.key), maxKeySize)}
	}
	if int64(len(w.value)) > b.maxValue {
		return &tooLargeError{fmt.Sprintf("a value of %d bytes, over the %d a value may have", len(w.value), b.maxValue)}
	}
	b.change.key(w.key)
	err := b.apply(w)
	if errors.Is(err, badger.ErrTxnTooBig) {
		// txn holds part of the current article: discard it, commit the
		// completed articles in a fresh transaction, and carry the current
		// one over to the next.
		b.txn.Discard()
		b.txn = b.db.NewTransaction(true)
		for _, done := range b.done {
			if err := b.apply(done); err != nil {
				return fmt.Errorf("store: replay writes: %w", err)
			}
		}
		if err := b.txn.Commit(); err != nil {
			return fmt.Errorf("store: commit: %w", err)
		}
		b.done = nil
		b.txn = b.db.NewTransaction(true)
		for _, current := range b.current {
			if err := b.apply(current); err != nil {
				return tooBig(err)
			}
		}
		if err := b.apply(w); err != nil {
			return tooBig(err)
		}
	} else if err != nil {
		return fmt.Errorf("store: write: %w", err)
	}
	b.current = append(b.current, w)
	return nil
}

// maxValueSize is the longest value Badger stores with opts.
func maxValueSize(opts badger.Options) int64 {
	if opts.InMemory {
		return opts.ValueThreshold
	}
	return opts.ValueLogFileSize
}

// tooBig is the error of an article whose writes alone fill a
// transaction.
func tooBig(err error) error {
	if errors.Is(err, badger.ErrTxnTooBig) {
		return &tooLargeError{"its writes are more than one transaction holds"}
	}
	return fmt.Errorf("store: write: %w", err)
}

// rollback drops the writes of the article being put, keeping those of
// the articles completed before it.
func (b *batch) rollback() error {
	b.txn.Discard()
	b.txn = b.db.NewTransaction(true)
	b.current = nil
	// Nodes the discarded article made are gone.
	clear(b.nodes)
	for _, done := range b.done {
		if err := b.apply(done); err != nil {
			return fmt.Errorf("store: replay writes: %w", err)
		}
	}
	return nil
}

func (b *batch) apply(w write) error {
	if w.delete {
		return b.txn.Delete(w.key)
	}
	return b.txn.Set(w.key, w.value)
}

func (b *batch) articleDone() {
	b.done = append(b.done, b.current...)
	b.current = nil
}
