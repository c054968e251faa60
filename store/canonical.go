package store

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// canon is the resolution in force (see Resolve) as one read transaction
// sees it: which node each node is resolved to, and the groups of nodes
// that stand for one entity. Without a stored resolution every node
// stands for itself. Lookups are read as they are asked and kept, so a
// query reads the records of the nodes it touches only; reads, when set,
// records the nodes looked up, and a group's members.
type canon struct {
	txn        *badger.Txn
	reads      *Reads
	loaded     bool
	generation uint64 // 0: no resolution stored
	of         map[uint64]uint64
	groups     map[uint64]*groupRecord // nil record: the node is alone
}

func newCanon(txn *badger.Txn, reads *Reads) *canon {
	return &canon{txn: txn, reads: reads, of: make(map[uint64]uint64), groups: make(map[uint64]*groupRecord)}
}

// load reads the generation in force once.
func (c *canon) load() (uint64, error) {
	if c.loaded {
		return c.generation, nil
	}
	generation, err := readGeneration(c.txn)
	c.generation, c.loaded = generation, err == nil
	return generation, err
}

// readGeneration returns the generation of canonical and group keys in
// force, 0 when no resolution is stored.
func readGeneration(txn *badger.Txn) (uint64, error) {
	value, err := get(txn, metaKey(metaCanonical))
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		return 0, nil
	case err != nil:
		return 0, fmt.Errorf("store: read resolution generation: %w", err)
	case len(value) != 8:
		return 0, fmt.Errorf("%w: resolution generation of %d bytes", ErrCorrupt, len(value))
	}
	return binary.BigEndian.Uint64(value), nil
}

// canonical returns the node that node is resolved to: itself unless the
// resolution joined it to another, or 0 when it found the node's name no
// entity's.
func (c *canon) canonical(node uint64) (uint64, error) {
	if to, seen := c.of[node]; seen {
		return to, nil
	}
	c.reads.node(node)
	generation, err := c.load()
	if err != nil || generation == 0 {
		return node, err
	}
	to := node
	value, err := get(c.txn, canonicalKey(generation, node))
	switch {
	case err == nil:
		if to, err = decodeID(value); err != nil {
			return 0, err
		}
	case !errors.Is(err, badger.ErrKeyNotFound):
		return 0, fmt.Errorf("store: read canonical node: %w", err)
	}
	c.of[node] = to
	return to, nil
}

// group returns the group record of a canonical node, nil when the
// resolution leaves the node as it is.
func (c *canon) group(node uint64) (*groupRecord, error) {
	if group, seen := c.groups[node]; seen {
		return group, nil
	}
	c.reads.node(node)
	generation, err := c.load()
	if err != nil || generation == 0 {
		return nil, err
	}
	var group *groupRecord
	value, err := get(c.txn, groupKey(generation, node))
	switch {
	case err == nil:
		record, err := decodeGroup(value)
		if err != nil {
			return nil, err
		}
		for _, member := range record.Members {
			c.reads.node(member)
		}
		group = &record
	case !errors.Is(err, badger.ErrKeyNotFound):
		return nil, fmt.Errorf("store: read node group: %w", err)
	}
	c.groups[node] = group
	return group, nil
}

// members returns the nodes resolved to the canonical node, itself first.
func (c *canon) members(node uint64) ([]uint64, error) {
	group, err := c.group(node)
	if err != nil || group == nil {
		return []uint64{node}, err
	}
	return group.Members, nil
}

// canonicalIDs maps ids to their canonical nodes, each once, in order of
// first appearance.
func (c *canon) canonicalIDs(ids []uint64) ([]uint64, error) {
	seen := make(map[uint64]bool, len(ids))
	out := make([]uint64, 0, len(ids))
	for _, id := range ids {
		to, err := c.canonical(id)
		if err != nil {
			return nil, err
		}
		if !seen[to] {
			seen[to] = true
			out = append(out, to)
		}
	}
	return out, nil
}

// grouped assembles the node a group stands for: its name and type, the
// sums of its members' counts, and every member's aliases other than the
// name, in order of their normalised forms, each once (see below for
// which spelling). A document that
// names two members counts once, as of the last Resolve.
func (r *nodeReader) grouped(id uint64, group *groupRecord) (graph.Node, bool, error) {
	node := graph.Node{ID: id, Name: group.Name, Type: group.Type}
	most := 0
	type alias struct {
		normalised, spelling, article string
		member                        bool // of a member other than the canonical node
	}
	var aliases []alias
	for i, member := range group.Members {
		value, err := get(r.txn, nodeKey(member))
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return graph.Node{}, false, fmt.Errorf("store: read node %d: %w", member, err)
		}
		record, err := decodeNode(value)
		if err != nil {
			return graph.Node{}, false, err
		}
		if record.Documents == 0 {
			continue
		}
		node.Mentions += record.Mentions
		node.Documents += record.Documents
		most = max(most, record.Documents)
		err = r.eachSpelling(member, func(normalised string, spelling spellingRecord) {
			aliases = append(aliases, alias{normalised, spelling.Spelling, spelling.Article, i > 0})
		})
		if err != nil {
			return graph.Node{}, false, err
		}
	}
	if node.Documents == 0 {
		return graph.Node{}, false, nil
	}
	node.Documents = max(node.Documents-group.Overlap, most)
	// Of the spellings of one alias, the canonical node's comes first,
	// then the one of the least article, as within one node, so that
	// the spelling shown does not depend on the other members' ids.
	slices.SortFunc(aliases, func(a, b alias) int {
		return cmp.Or(cmp.Compare(a.normalised, b.normalised), compareBool(a.member, b.member), cmp.Compare(a.article, b.article))
	})
	name := normalise(group.Name)
	for i, a := range aliases {
		if a.normalised != name && (i == 0 || a.normalised != aliases[i-1].normalised) {
			node.Aliases = append(node.Aliases, a.spelling)
		}
	}
	return node, true, nil
}

// merge adds another edge record's evidence to r, as if its evidence keys
// were r's.
func (r *edgeRecord) merge(other edgeRecord) {
	if other.Weight == 0 {
		return
	}
	if r.Weight == 0 || other.Earliest.before(r.Earliest) {
		r.Earliest = other.Earliest
	}
	r.Weight += other.Weight
	if !other.First.IsZero() && (r.First.IsZero() || other.First.Before(r.First)) {
		r.First = other.First
	}
	if other.Last.After(r.Last) {
		r.Last = other.Last
	}
}

// canonicalEdges calls fn with every edge between canonical nodes, ordered
// by From, Predicate, To and Negated: the edges of the nodes a group
// joins become the group's, parallel ones summed, and those within a
// group are left out, as statements of an entity about itself are.
func canonicalEdges(txn *badger.Txn, fn func(Key, edgeRecord) error) error {
	c := newCanon(txn, nil)
	generation, err := c.load()
	if err != nil {
		return err
	}
	if generation == 0 {
		return eachEdge(txn, fn)
	}
	type merged struct {
		key    Key
		record edgeRecord
	}
	var edges []*merged
	index := make(map[string]*merged)
	err = eachEdge(txn, func(key Key, record edgeRecord) error {
		from, err := c.canonical(key.From)
		if err != nil {
			return err
		}
		to, err := c.canonical(key.To)
		if err != nil || from == to || from == 0 || to == 0 {
			return err
		}
		key.From, key.To = orient(key.Predicate, from, to)
		id := string(edgeKey(key.From, key.Predicate, key.To, key.Negated))
		if edge, seen := index[id]; seen {
			edge.record.merge(record)
			return nil
		}
		edge := &merged{key: key, record: record}
		index[id] = edge
		edges = append(edges, edge)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(edges, func(a, b *merged) int {
		return cmp.Or(cmp.Compare(a.key.From, b.key.From), cmp.Compare(a.key.Predicate, b.key.Predicate),
			cmp.Compare(a.key.To, b.key.To), compareBool(a.key.Negated, b.key.Negated))
	})
	for _, edge := range edges {
		if err := fn(edge.key, edge.record); err != nil {
			return err
		}
	}
	return nil
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// canonicalAdjacent calls fn with every edge of the canonical node leaving
// it (directions has Out) and entering it (directions has In), of one of
// predicates (nil: of any), its members' edges taken together as
// canonicalEdges takes them: first the edges leaving it, then those
// entering it. A symmetric edge, stored once, both leaves and enters its
// nodes: read from the index that holds it, it is given once, in that
// index's direction when the query asks for it, else in the other.
func (r *edgeReader) canonicalAdjacent(c *canon, node uint64, directions Direction, predicates []string, fn func(*step)) error {
	members, err := c.members(node)
	if err != nil {
		return err
	}
	scans := predicates
	if len(scans) == 0 {
		scans = []string{""} // reads every predicate
	}
	var out, in []*step
	index := make(map[string]*step)
	var failed error
	add := func(next *step) {
		to, err := c.canonical(next.to)
		if err != nil {
			failed = cmp.Or(failed, err)
			return
		}
		if to == node || to == 0 {
			return
		}
		next.to = to
		if next.direction == Out {
			next.edge.From, next.edge.To = node, to
		} else {
			next.edge.From, next.edge.To = to, node
		}
		// A symmetric edge's members may be stored either way round.
		subject, object := orient(next.edge.Predicate, next.edge.From, next.edge.To)
		id := string(edgeKey(subject, next.edge.Predicate, object, next.edge.Negated))
		current, seen := index[id]
		switch {
		case seen:
			current.add(next)
		case next.direction == Out:
			index[id] = next
			out = append(out, next)
		default:
			index[id] = next
			in = append(in, next)
		}
	}
	for _, member := range members {
		for _, stored := range []Direction{Out, In} {
			wanted := directions&stored != 0
			mirrored := !wanted && directions&(Both&^stored) != 0
			read := func(next *step) {
				if mirrored && graph.IsSymmetric(next.edge.Predicate) {
					mirror := *next
					mirror.direction = Both &^ stored
					add(&mirror)
				}
				if wanted {
					add(next)
				}
			}
			for _, predicate := range scans {
				if !wanted && (!mirrored || predicate != "" && !graph.IsSymmetric(predicate)) {
					continue
				}
				if err := r.adjacent(member, stored, predicate, read); err != nil {
					return err
				}
			}
		}
		if failed != nil {
			return failed
		}
	}
	for _, next := range append(out, in...) {
		fn(next)
	}
	return nil
}

// add counts another step's edge into s's, the two being one edge once
// their nodes are resolved.
func (s *step) add(other *step) {
	record := edgeRecord{Weight: s.edge.Weight, First: s.edge.First, Last: s.edge.Last, Earliest: s.earliest}
	record.merge(edgeRecord{Weight: other.edge.Weight, First: other.edge.First, Last: other.edge.Last, Earliest: other.earliest})
	if record.Earliest != s.earliest {
		s.edge.Kind = other.edge.Kind
	}
	s.edge.Weight, s.edge.First, s.edge.Last, s.earliest = record.Weight, record.First, record.Last, record.Earliest
}

// Members returns the stored nodes that the live node id stands for as
// resolved (see Resolve): id first, then the nodes joined to it in
// ascending id order; only id when the resolution joined none. Their
// records keep what each (type, normalised name) was given, for callers
// that read an entity's articles node by node. A node that is not live
// is an error matching ErrNotFound.
func (s *Store) Members(id uint64) ([]uint64, error) {
	var members []uint64
	err := s.viewNodes(func(txn *badger.Txn) error {
		reader := newNodeReader(txn, s.reads)
		defer reader.close()
		if _, live, err := reader.node(id); err != nil || !live {
			return cmp.Or(err, fail(ErrNotFound, "store: no node %d", id))
		}
		var err error
		members, err = reader.canon.members(id)
		return err
	})
	return members, err
}
