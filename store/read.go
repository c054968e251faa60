package store

import (
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// get returns a copy of the value at key.
func get(txn *badger.Txn, key []byte) ([]byte, error) {
	item, err := txn.Get(key)
	if err != nil {
		return nil, err
	}
	return item.ValueCopy(nil)
}

func getString(txn *badger.Txn, key []byte) (string, error) {
	value, err := get(txn, key)
	return string(value), err
}

// readArticle returns the record of an article and whether it is stored.
func readArticle(txn *badger.Txn, id string) (articleRecord, bool, error) {
	value, err := get(txn, articleKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return articleRecord{}, false, nil
	}
	if err != nil {
		return articleRecord{}, false, fmt.Errorf("store: read article %q: %w", id, err)
	}
	record, err := decodeArticle(value)
	return record, err == nil, err
}

func readNode(txn *badger.Txn, id uint64) (nodeRecord, error) {
	value, err := get(txn, nodeKey(id))
	if err != nil {
		return nodeRecord{}, fmt.Errorf("store: read node %d: %w", id, err)
	}
	return decodeNode(value)
}

// scan calls fn with every key under prefix, parsed, and with its value
// when values is set. The value is valid only during the call.
func scan(txn *badger.Txn, prefix []byte, values bool, fn func(Key, []byte) error) error {
	return eachItem(txn, prefix, values, func(item *badger.Item) error {
		key, err := ParseKey(item.Key())
		if err != nil {
			return err
		}
		var value []byte
		if values {
			if value, err = item.ValueCopy(nil); err != nil {
				return fmt.Errorf("store: read value: %w", err)
			}
		}
		return fn(key, value)
	})
}

// readCount returns the count at key, 0 when there is none.
func readCount(txn *badger.Txn, key []byte) (int, error) {
	value, err := get(txn, key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: read count: %w", err)
	}
	return decodeCount(value)
}

// readSpelling returns the spelling record of a node's alias, the zero
// record when there is none.
func readSpelling(txn *badger.Txn, node uint64, alias string) (spellingRecord, error) {
	value, err := get(txn, spellingKey(node, alias))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return spellingRecord{}, nil
	}
	if err != nil {
		return spellingRecord{}, fmt.Errorf("store: read spelling: %w", err)
	}
	return decodeSpelling(value)
}

// readEdge returns the record of an edge, the zero record when it has no
// evidence.
func readEdge(txn *badger.Txn, edge Key) (edgeRecord, error) {
	value, err := get(txn, edgeKey(edge.From, edge.Predicate, edge.To, edge.Negated))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return edgeRecord{}, nil
	}
	if err != nil {
		return edgeRecord{}, fmt.Errorf("store: read edge: %w", err)
	}
	return decodeEdge(value)
}

// nodeReader assembles graph.Nodes within one read transaction, reusing
// its iterator from node to node. It reads nodes as the resolution in
// force resolves them (see canon), and records the nodes it reads in its
// canon's reads.
type nodeReader struct {
	txn       *badger.Txn
	canon     *canon
	spellings *badger.Iterator
}

func newNodeReader(txn *badger.Txn, reads *Reads) *nodeReader {
	return &nodeReader{
		txn:       txn,
		canon:     newCanon(txn, reads),
		spellings: txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixSpelling}, PrefetchValues: true, PrefetchSize: 8}),
	}
}

func (r *nodeReader) close() {
	r.spellings.Close()
}

// node returns the node with id and whether it is live: mentioned by some
// article, and not resolved to another node.
func (r *nodeReader) node(id uint64) (graph.Node, bool, error) {
	r.canon.reads.node(id)
	value, err := get(r.txn, nodeKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return graph.Node{}, false, nil
	}
	if err != nil {
		return graph.Node{}, false, fmt.Errorf("store: read node %d: %w", id, err)
	}
	record, err := decodeNode(value)
	if err != nil {
		return graph.Node{}, false, err
	}
	return r.complete(id, record)
}

// complete makes a node of its record: the group it stands for when the
// resolution made one, nothing when it resolved the node to another, else
// the record with its aliases other than its name, in order of their
// normalised forms.
func (r *nodeReader) complete(id uint64, record nodeRecord) (graph.Node, bool, error) {
	canonical, err := r.canon.canonical(id)
	if err != nil || canonical != id {
		return graph.Node{}, false, err
	}
	group, err := r.canon.group(id)
	if err != nil {
		return graph.Node{}, false, err
	}
	if group != nil {
		return r.grouped(id, group)
	}
	if record.Documents == 0 {
		return graph.Node{}, false, nil
	}
	node := graph.Node{ID: id, Name: record.Name, Type: record.Type, Mentions: record.Mentions, Documents: record.Documents}
	name := normalise(record.Name)
	err = r.eachSpelling(id, func(normalised string, spelling spellingRecord) {
		if normalised != name {
			node.Aliases = append(node.Aliases, spelling.Spelling)
		} else {
			// The name as the article of least id writes it, not as the
			// first stored, so that it does not depend on the order
			// articles come in.
			node.Name = spelling.Spelling
		}
	})
	if err != nil {
		return graph.Node{}, false, err
	}
	return node, true, nil
}

// kind returns the type of the node of a record and whether it is live,
// as complete would, without reading its aliases.
func (r *nodeReader) kind(id uint64, record nodeRecord) (graph.Type, bool, error) {
	canonical, err := r.canon.canonical(id)
	if err != nil || canonical != id {
		return "", false, err
	}
	group, err := r.canon.group(id)
	if err != nil || group == nil {
		return record.Type, err == nil && record.Documents > 0, err
	}
	node, live, err := r.grouped(id, group)
	return node.Type, live, err
}

// eachSpelling calls fn with every alias of a node, normalised, and its
// spelling record, in order of the normalised forms.
func (r *nodeReader) eachSpelling(id uint64, fn func(string, spellingRecord)) error {
	r.canon.reads.node(id)
	prefix := spellingPrefix(id)
	for r.spellings.Seek(prefix); r.spellings.ValidForPrefix(prefix); r.spellings.Next() {
		item := r.spellings.Item()
		key, err := ParseKey(item.Key())
		if err != nil {
			return err
		}
		var spelling spellingRecord
		err = item.Value(func(value []byte) error {
			spelling, err = decodeSpelling(value)
			return err
		})
		if err != nil {
			return err
		}
		fn(key.Name, spelling)
	}
	return nil
}
