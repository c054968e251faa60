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

// nodeReader assembles graph.Nodes within one read transaction, reusing
// its iterators from node to node.
type nodeReader struct {
	txn      *badger.Txn
	mentions *badger.Iterator
	aliases  *badger.Iterator
}

func newNodeReader(txn *badger.Txn) *nodeReader {
	return &nodeReader{
		txn:      txn,
		mentions: txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixMention}, PrefetchValues: true, PrefetchSize: 16}),
		aliases:  txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixNodeAlias}, PrefetchSize: 16}),
	}
}

func (r *nodeReader) close() {
	r.mentions.Close()
	r.aliases.Close()
}

// node returns the node with id and whether it is live (mentioned by some
// article).
func (r *nodeReader) node(id uint64) (graph.Node, bool, error) {
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

// complete adds to a node record the counts and aliases its articles
// contribute.
func (r *nodeReader) complete(id uint64, record nodeRecord) (graph.Node, bool, error) {
	node := graph.Node{ID: id, Name: record.Name, Type: record.Type}
	prefix := mentionPrefix(id)
	for r.mentions.Seek(prefix); r.mentions.ValidForPrefix(prefix); r.mentions.Next() {
		err := r.mentions.Item().Value(func(value []byte) error {
			count, err := decodeCount(value)
			node.Mentions += count
			return err
		})
		if err != nil {
			return graph.Node{}, false, err
		}
		node.Documents++
	}
	if node.Documents == 0 {
		return graph.Node{}, false, nil
	}
	name := normalise(record.Name)
	prefix = nodeAliasPrefix(id)
	// One key per article holds each alias: read the first (its spelling
	// stands for all) and skip the rest.
	var alias string
	for r.aliases.Seek(prefix); r.aliases.ValidForPrefix(prefix); r.aliases.Seek(nodeAliasAfter(id, alias)) {
		item := r.aliases.Item()
		key, err := ParseKey(item.Key())
		if err != nil {
			return graph.Node{}, false, err
		}
		alias = key.Name
		if alias == name {
			continue
		}
		spelling, err := item.ValueCopy(nil)
		if err != nil {
			return graph.Node{}, false, fmt.Errorf("store: read alias: %w", err)
		}
		node.Aliases = append(node.Aliases, string(spelling))
	}
	return node, true, nil
}
