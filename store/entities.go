package store

import (
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// Entity is a live node and, when asked for, what each article that
// mentions it calls it.
type Entity struct {
	graph.Node
	// Documents maps each article that mentions the node to the names it
	// uses for it, as written, in the order of their normalised forms.
	Documents map[string][]string
}

// EntityFilter selects the nodes Entities gives.
type EntityFilter struct {
	// Prefix keeps the nodes whose name or an alias starts with it, all
	// compared as graph.FoldName folds them; "" keeps every node.
	Prefix string
	// ID, when not 0, keeps only the node with this id (no node has
	// id 0).
	ID          uint64
	Type        graph.Type // "" for every type
	MinMentions int
	// Documents has Entities read each node's Documents.
	Documents bool
}

// Entities calls fn with every live node filter selects, in ascending id
// order, stopping at the first error fn returns. It holds one node at a
// time, so a caller that streams them out needs memory for one node
// whatever the size of the graph. Given an ID, it reads that node only,
// and a recording store records it and its members.
func (s *Store) Entities(filter EntityFilter, fn func(Entity) error) error {
	prefix := graph.FoldName(filter.Prefix)
	view, nodes := s.view, eachNode
	if filter.ID != 0 {
		view = s.viewNodes
		nodes = func(txn *badger.Txn, fn func(graph.Node) error) error {
			return oneNode(txn, filter.ID, s.reads, fn)
		}
	}
	return view(func(txn *badger.Txn) error {
		var aliases *badger.Iterator
		c := newCanon(txn, s.reads)
		if filter.Documents {
			aliases = txn.NewIterator(badger.IteratorOptions{Prefix: []byte{prefixNodeAlias}})
			defer aliases.Close()
			if _, err := c.load(); err != nil {
				return err
			}
		}
		return nodes(txn, func(node graph.Node) error {
			if (filter.ID != 0 && node.ID != filter.ID) || (filter.Type != "" && node.Type != filter.Type) || node.Mentions < filter.MinMentions || !named(node, prefix) {
				return nil
			}
			entity := Entity{Node: node}
			if aliases != nil {
				members, err := c.members(node.ID)
				if err != nil {
					return err
				}
				documents, err := nodeDocuments(aliases, members)
				if err != nil {
					return err
				}
				entity.Documents = documents
			}
			return fn(entity)
		})
	})
}

// oneNode calls fn with the node id when it is live, recording what it
// reads in reads.
func oneNode(txn *badger.Txn, id uint64, reads *Reads, fn func(graph.Node) error) error {
	reader := newNodeReader(txn, reads)
	defer reader.close()
	node, live, err := reader.node(id)
	if err != nil || !live {
		return err
	}
	return fn(node)
}

// named reports whether node's name or an alias, folded, starts with
// prefix.
func named(node graph.Node, prefix string) bool {
	if prefix == "" || strings.HasPrefix(graph.FoldName(node.Name), prefix) {
		return true
	}
	for _, alias := range node.Aliases {
		if strings.HasPrefix(graph.FoldName(alias), prefix) {
			return true
		}
	}
	return false
}

// nodeDocuments reads the node-alias keys of the nodes that make one
// entity, one per article and alias, with the alias as that article
// writes it; a spelling two of the nodes share in an article is given
// once.
func nodeDocuments(aliases *badger.Iterator, nodes []uint64) (map[string][]string, error) {
	documents := make(map[string][]string)
	for _, node := range nodes {
		if err := nodeAliases(aliases, node, documents); err != nil {
			return nil, err
		}
	}
	return documents, nil
}

// nodeAliases adds the node-alias keys of node to documents.
func nodeAliases(aliases *badger.Iterator, node uint64, documents map[string][]string) error {
	prefix := nodeAliasesPrefix(node)
	for aliases.Seek(prefix); aliases.ValidForPrefix(prefix); aliases.Next() {
		item := aliases.Item()
		key, err := ParseKey(item.Key())
		if err != nil {
			return err
		}
		err = item.Value(func(spelling []byte) error {
			if !slices.Contains(documents[key.Article], string(spelling)) {
				documents[key.Article] = append(documents[key.Article], string(spelling))
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
