package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// Node returns the live node with id, or an error matching ErrNotFound.
func (s *Store) Node(id uint64) (graph.Node, error) {
	var node graph.Node
	err := s.viewNodes(func(txn *badger.Txn) error {
		reader := newNodeReader(txn, s.reads)
		defer reader.close()
		var live bool
		var err error
		node, live, err = reader.node(id)
		if err == nil && !live {
			return fail(ErrNotFound, "store: no node %d", id)
		}
		return err
	})
	return node, err
}

// Lookup returns the nodes whose name or an alias equals name, ignoring
// case, runs of whitespace and the form of apostrophes; the most
// mentioned first.
func (s *Store) Lookup(name string) ([]graph.Node, error) {
	normalised := normalise(name)
	if normalised == "" {
		return nil, nil
	}
	var nodes []graph.Node
	s.reads.name(normalised)
	err := s.viewNodes(func(txn *badger.Txn) error {
		var ids []uint64
		err := scan(txn, aliasPrefix(normalised), false, func(key Key, _ []byte) error {
			if len(ids) == 0 || ids[len(ids)-1] != key.Node {
				ids = append(ids, key.Node)
			}
			return nil
		})
		if err != nil {
			return err
		}
		nodes, err = liveNodes(txn, ids, s.reads)
		return err
	})
	slices.SortFunc(nodes, byMentions)
	return nodes, err
}

// liveNodes returns the live nodes the ids resolve to, each once,
// recording what it reads in reads.
func liveNodes(txn *badger.Txn, ids []uint64, reads *Reads) ([]graph.Node, error) {
	reader := newNodeReader(txn, reads)
	defer reader.close()
	ids, err := reader.canon.canonicalIDs(ids)
	if err != nil {
		return nil, err
	}
	nodes := make([]graph.Node, 0, len(ids))
	for _, id := range ids {
		node, live, err := reader.node(id)
		if err != nil {
			return nil, err
		}
		if live {
			nodes = append(nodes, node)
		}
	}
	return nodes, nil
}

func byMentions(a, b graph.Node) int {
	return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
}

// Closest returns up to n nodes whose names or aliases are closest to
// name: exact matches, then names starting with it, then names containing
// it, then the rest; within each, by edit distance on the normalised
// strings, then the most mentioned first.
func (s *Store) Closest(name string, n int) ([]graph.Node, error) {
	query := normalise(name)
	if n <= 0 || query == "" {
		return nil, nil
	}
	type candidate struct {
		node      graph.Node
		closeness closeness
	}
	var candidates []candidate
	err := s.view(func(txn *badger.Txn) error {
		best := make(map[uint64]closeness)
		var alias string
		var aliasCloseness closeness
		resolution := newCanon(txn, nil)
		err := scan(txn, []byte{prefixAlias}, false, func(key Key, _ []byte) error {
			// Keys of one alias are adjacent: measure each alias once.
			if key.Name != alias {
				alias, aliasCloseness = key.Name, measure(query, key.Name)
			}
			node, err := resolution.canonical(key.Node)
			if err != nil {
				return err
			}
			if current, seen := best[node]; !seen || aliasCloseness.less(current) {
				best[node] = aliasCloseness
			}
			return nil
		})
		if err != nil {
			return err
		}
		ids := make([]uint64, 0, len(best))
		for id := range best {
			ids = append(ids, id)
		}
		byCloseness := func(a, b uint64) int {
			return cmp.Or(cmp.Compare(best[a].class, best[b].class), cmp.Compare(best[a].distance, best[b].distance), cmp.Compare(a, b))
		}
		slices.SortFunc(ids, byCloseness)
		// Only nodes as close as the n-th can make the cut once ties are
		// broken by mentions: read just those.
		if len(ids) > n {
			cut := best[ids[n-1]]
			end := n
			for end < len(ids) && !cut.less(best[ids[end]]) {
				end++
			}
			ids = ids[:end]
		}
		nodes, err := liveNodes(txn, ids, nil)
		for _, node := range nodes {
			candidates = append(candidates, candidate{node: node, closeness: best[node.ID]})
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(candidates, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.closeness.class, b.closeness.class), cmp.Compare(a.closeness.distance, b.closeness.distance), byMentions(a.node, b.node))
	})
	nodes := make([]graph.Node, 0, min(n, len(candidates)))
	for _, c := range candidates[:min(n, len(candidates))] {
		nodes = append(nodes, c.node)
	}
	return nodes, nil
}

// Nodes calls fn with every live node in ascending id order, stopping at
// the first error fn returns.
func (s *Store) Nodes(fn func(graph.Node) error) error {
	return s.view(func(txn *badger.Txn) error {
		return eachNode(txn, fn)
	})
}

// eachNode calls fn with every live node of txn in ascending id order.
func eachNode(txn *badger.Txn, fn func(graph.Node) error) error {
	reader := newNodeReader(txn, nil)
	defer reader.close()
	prefix := []byte{prefixNode}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 64})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		key, err := ParseKey(it.Item().Key())
		if err != nil {
			return err
		}
		var record nodeRecord
		err = it.Item().Value(func(value []byte) error {
			record, err = decodeNode(value)
			return err
		})
		if err != nil {
			return err
		}
		node, live, err := reader.complete(key.Node, record)
		if err != nil {
			return err
		}
		if live {
			if err := fn(node); err != nil {
				return err
			}
		}
	}
	return nil
}

// Edges calls fn with every edge between live nodes as the resolution
// in force makes them, ordered by From, Predicate, To and Negated,
// stopping at the first error fn returns.
func (s *Store) Edges(fn func(graph.Edge) error) error {
	return s.view(func(txn *badger.Txn) error {
		return canonicalEdges(txn, func(key Key, record edgeRecord) error {
			return fn(record.edge(key))
		})
	})
}

// Snapshot calls fn with the store's nodes and edges as one committed
// state: what is written while fn runs is not seen, so every edge of the
// snapshot joins two of its nodes. The snapshot is valid only inside fn.
func (s *Store) Snapshot(fn func(Snapshot) error) error {
	return s.view(func(txn *badger.Txn) error {
		return fn(Snapshot{txn: txn})
	})
}

// Snapshot reads the nodes and edges of one committed state of a store,
// as Store.Nodes and Store.Edges read the latest.
type Snapshot struct {
	txn *badger.Txn
}

// Nodes calls fn with every live node of the snapshot in ascending id
// order, stopping at the first error fn returns.
func (v Snapshot) Nodes(fn func(graph.Node) error) error {
	return eachNode(v.txn, fn)
}

// Edges calls fn with every edge of the snapshot, as Store.Edges does.
func (v Snapshot) Edges(fn func(graph.Edge) error) error {
	return canonicalEdges(v.txn, func(key Key, record edgeRecord) error {
		return fn(record.edge(key))
	})
}

// eachEdge calls fn with every edge key, parsed, and its record.
func eachEdge(txn *badger.Txn, fn func(Key, edgeRecord) error) error {
	return eachItem(txn, []byte{prefixEdge}, true, func(item *badger.Item) error {
		key, err := ParseKey(item.Key())
		if err != nil {
			return err
		}
		var record edgeRecord
		err = item.Value(func(value []byte) error {
			record, err = decodeEdge(value)
			return err
		})
		if err != nil {
			return err
		}
		return fn(key, record)
	})
}

// Evidence returns the sentences that state edge e (identified by From,
// Predicate, To and Negated; of a symmetric predicate, From and To in
// either order), earliest first: by article date (undated
// last), article id and position. limit <= 0 returns all. An edge without
// evidence is an error matching ErrNotFound.
func (s *Store) Evidence(e graph.Edge, limit int) ([]graph.Evidence, error) {
	var evidence []graph.Evidence
	err := s.ReadEvidence(func(r *EvidenceReader) error {
		var err error
		evidence, err = r.Evidence(e, limit)
		return err
	})
	return evidence, err
}

// EvidenceReader reads the evidence of edge after edge within one read
// transaction, reusing its reads: for an export, which asks for the
// evidence of every edge, this is several times faster than Evidence. It
// is valid only within the function ReadEvidence gives it to.
type EvidenceReader struct {
	canon *canon
	keys  *badger.Iterator
}

// ReadEvidence calls fn with an EvidenceReader of the store as it is when
// called, and returns fn's error.
func (s *Store) ReadEvidence(fn func(*EvidenceReader) error) error {
	return s.viewNodes(func(txn *badger.Txn) error {
		reader := &EvidenceReader{canon: newCanon(txn, s.reads), keys: newEvidenceIterator(txn)}
		defer reader.keys.Close()
		return fn(reader)
	})
}

// Evidence does what Store.Evidence does, in r's transaction.
func (r *EvidenceReader) Evidence(e graph.Edge, limit int) ([]graph.Evidence, error) {
	from, err := r.canon.members(e.From)
	if err != nil {
		return nil, err
	}
	to, err := r.canon.members(e.To)
	if err != nil {
		return nil, err
	}
	var evidence []graph.Evidence
	for _, subject := range from {
		for _, object := range to {
			subject, object := orient(e.Predicate, subject, object)
			err := eachEvidence(r.keys, subject, e.Predicate, object, e.Negated, func(sentence graph.Evidence, _ graph.Kind) {
				evidence = append(evidence, sentence)
			})
			if err != nil {
				return nil, err
			}
		}
	}
	if len(evidence) == 0 {
		return nil, fail(ErrNotFound, "store: no edge %d -%s-> %d (negated %t)", e.From, e.Predicate, e.To, e.Negated)
	}
	slices.SortFunc(evidence, func(a, b graph.Evidence) int {
		return compareEvidence(a.Date, a.Document, a.Sentence.Start, b.Date, b.Document, b.Sentence.Start)
	})
	if limit > 0 && len(evidence) > limit {
		evidence = evidence[:limit]
	}
	return evidence, nil
}

// newEvidenceIterator returns an iterator over evidence keys for
// eachEvidence: making an iterator costs more than reading a few keys, so
// one serves edge after edge. It prefetches nothing: most edges have a
// sentence or two, and prefetching would read the next edges' too at
// every seek (measured: twice the time per edge).
func newEvidenceIterator(txn *badger.Txn) *badger.Iterator {
	return txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixEvidence}})
}

// eachEvidence calls fn with the sentence of every evidence key of the
// stored edge from -predicate-> to (negated or not), and the kind of
// statement it makes, in key order.
func eachEvidence(it *badger.Iterator, from uint64, predicate string, to uint64, negated bool, fn func(graph.Evidence, graph.Kind)) error {
	prefix := edgePrefix(from, predicate, to, negated)
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		key, err := ParseKey(it.Item().Key())
		if err != nil {
			return err
		}
		var value evidenceValue
		var malformed error
		if err := it.Item().Value(func(buf []byte) error {
			value, malformed = decodeEvidence(buf)
			return nil
		}); err != nil {
			return fmt.Errorf("store: read evidence: %w", err)
		}
		if malformed != nil {
			return malformed
		}
		fn(graph.Evidence{
			Document: key.Article,
			Sentence: graph.Span{Start: key.Start, End: value.End},
			Text:     value.Text,
			Date:     value.Date,
		}, value.Kind)
	}
	return nil
}

// Statement is one evidence sentence with the edge it supports.
type Statement struct {
	From, To  uint64 // the edge's ends, as resolved
	Predicate string
	Negated   bool
	Kind      graph.Kind
	Evidence  graph.Evidence
}

// PairEvidence returns every sentence that states an edge between the
// live nodes a and b, in either direction, through one of predicates
// (nil for any): the evidence of every node the resolution joins to a or b
// counts, as it does for the edges Neighbours and Edges give. The
// statements come earliest first (as Evidence orders them), then a's
// before b's, then by predicate, not negated before negated. A node that
// is not live is an error matching ErrNotFound; a and b one entity have
// no statements between them.
func (s *Store) PairEvidence(a, b uint64, predicates []string) ([]Statement, error) {
	scans := predicates
	if len(scans) == 0 {
		scans = []string{""} // reads every predicate
	}
	var statements []Statement
	err := s.viewNodes(func(txn *badger.Txn) error {
		reader := newNodeReader(txn, s.reads)
		defer reader.close()
		edges := newEdgeReader(txn)
		defer edges.close()
		keys := newEvidenceIterator(txn)
		defer keys.Close()
		for _, id := range []uint64{a, b} {
			if _, live, err := reader.node(id); err != nil || !live {
				return cmp.Or(err, fail(ErrNotFound, "store: no node %d", id))
			}
		}
		if a == b {
			return nil
		}
		for _, ends := range [][2]uint64{{a, b}, {b, a}} {
			subjects, err := reader.canon.members(ends[0])
			if err != nil {
				return err
			}
			objects, err := reader.canon.members(ends[1])
			if err != nil {
				return err
			}
			for _, subject := range subjects {
				var found []graph.Edge
				for _, predicate := range scans {
					err := edges.adjacent(subject, Out, predicate, func(next *step) {
						if slices.Contains(objects, next.to) {
							found = append(found, next.edge)
						}
					})
					if err != nil {
						return err
					}
				}
				for _, e := range found {
					err := eachEvidence(keys, e.From, e.Predicate, e.To, e.Negated, func(sentence graph.Evidence, kind graph.Kind) {
						statements = append(statements, Statement{
							From: ends[0], To: ends[1], Predicate: e.Predicate, Negated: e.Negated, Kind: kind, Evidence: sentence,
						})
					})
					if err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(statements, func(x, y Statement) int {
		return cmp.Or(compareEvidence(x.Evidence.Date, x.Evidence.Document, x.Evidence.Sentence.Start, y.Evidence.Date, y.Evidence.Document, y.Evidence.Sentence.Start),
			compareBool(x.From != a, y.From != a), cmp.Compare(x.Predicate, y.Predicate), compareBool(x.Negated, y.Negated))
	})
	return statements, nil
}

// compareEvidence orders evidence earliest first: dated before undated,
// then by date, article and position.
func compareEvidence(dateA time.Time, articleA string, startA int, dateB time.Time, articleB string, startB int) int {
	if dateA.IsZero() != dateB.IsZero() {
		if dateA.IsZero() {
			return 1
		}
		return -1
	}
	return cmp.Or(dateA.Compare(dateB), cmp.Compare(articleA, articleB), cmp.Compare(startA, startB))
}

// Stats counts what the store holds.
type Stats struct {
	Documents  int                `json:"documents"`  // distinct articles stored (duplicates not counted)
	Duplicates int                `json:"duplicates"` // ids recorded as exact duplicates of another article
	Entities   map[graph.Type]int `json:"entities"`   // live nodes by type
	Edges      int                `json:"edges"`
	Evidence   int                `json:"evidence"`   // evidence sentences over all edges
	Predicates map[string]int     `json:"predicates"` // edges by predicate
}

// Stats counts the store's articles, live nodes, edges and evidence.
func (s *Store) Stats() (Stats, error) {
	stats := Stats{Entities: make(map[graph.Type]int), Predicates: make(map[string]int)}
	err := s.view(func(txn *badger.Txn) error {
		err := eachItem(txn, []byte{prefixArticle}, true, func(item *badger.Item) error {
			return item.Value(func(value []byte) error {
				// DuplicateOf is the record's first field so that this
				// count need not decode whole records.
				field := decoder{rest: value}
				if field.string() != "" {
					stats.Duplicates++
				} else {
					stats.Documents++
				}
				if field.bad {
					return fmt.Errorf("%w: malformed article record", ErrCorrupt)
				}
				return nil
			})
		})
		if err != nil {
			return err
		}
		reader := newNodeReader(txn, nil)
		defer reader.close()
		err = eachItem(txn, []byte{prefixNode}, true, func(item *badger.Item) error {
			key, err := ParseKey(item.Key())
			if err != nil {
				return err
			}
			return item.Value(func(value []byte) error {
				record, err := decodeNode(value)
				if err != nil {
					return err
				}
				kind, live, err := reader.kind(key.Node, record)
				if live {
					stats.Entities[kind]++
				}
				return err
			})
		})
		if err != nil {
			return err
		}
		return canonicalEdges(txn, func(key Key, record edgeRecord) error {
			stats.Edges++
			stats.Evidence += record.Weight
			stats.Predicates[key.Predicate]++
			return nil
		})
	})
	if err != nil {
		return Stats{}, err
	}
	return stats, nil
}

// eachItem calls fn with every item under prefix.
func eachItem(txn *badger.Txn, prefix []byte, values bool, fn func(*badger.Item) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: values, PrefetchSize: 256})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if err := fn(it.Item()); err != nil {
			return err
		}
	}
	return nil
}

// HasArticle reports whether the article id is stored with exactly hash,
// so that callers can skip extracting it again.
func (s *Store) HasArticle(id, hash string) (bool, error) {
	var has bool
	err := s.view(func(txn *badger.Txn) error {
		item, err := txn.Get(articleKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: read article %q: %w", id, err)
		}
		return item.Value(func(value []byte) error {
			// DuplicateOf and Hash lead the record so that a rebuild,
			// which asks this of every article, need not decode manifests.
			fields := decoder{rest: value}
			fields.string()
			stored := fields.string()
			if fields.bad {
				return fmt.Errorf("%w: malformed article record", ErrCorrupt)
			}
			has = stored == hash
			return nil
		})
	})
	return has, err
}
