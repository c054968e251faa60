package store

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/kg-project/kg/graph"
)

// ownKey is one of an article's own keys (mention, node alias or
// evidence), taken apart, with its value.
type ownKey struct {
	encoded []byte
	key     Key
	value   []byte
}

// planContent works out the own keys an article contributes (see
// planKeys); nodes for names the store has not seen are created in b.
func (s *Store) planContent(b *batch, a *graph.Article) ([]ownKey, error) {
	return planKeys(a, func(entity *graph.Entity, name string) (uint64, error) {
		return s.resolve(b, entity, name)
	})
}

// planKeys works out the own keys an article contributes, in the order
// its manifest lists them: per entity its aliases, then a mention count
// per node, then per relation its evidence. nodeOf gives the node of an
// entity whose normalised name is name. A key the article would
// contribute twice keeps its first value, which is the one the
// aggregates count.
func planKeys(a *graph.Article, nodeOf func(entity *graph.Entity, name string) (uint64, error)) ([]ownKey, error) {
	var keys []ownKey
	planned := make(map[string]bool)
	plan := func(encoded []byte, key Key, value []byte) bool {
		if planned[string(encoded)] {
			return false
		}
		planned[string(encoded)] = true
		keys = append(keys, ownKey{encoded: encoded, key: key, value: value})
		return true
	}
	nodes := make(map[string]uint64, len(a.Entities))
	var mentioned []uint64
	mentions := make(map[uint64]int)
	for i := range a.Entities {
		entity := &a.Entities[i]
		name := normalise(entity.Name)
		if _, seen := nodes[entity.ID]; seen || name == "" {
			continue
		}
		node, err := nodeOf(entity, name)
		if err != nil {
			return nil, err
		}
		nodes[entity.ID] = node
		if _, seen := mentions[node]; !seen {
			mentioned = append(mentioned, node)
		}
		mentions[node] += len(entity.Mentions)
		for _, alias := range append([]string{entity.Name}, entity.Aliases...) {
			if normalised := normalise(alias); normalised != "" {
				key := Key{Prefix: prefixNodeAlias, Node: node, Name: normalised, Article: a.ID}
				plan(nodeAliasKey(node, normalised, a.ID), key, []byte(alias))
			}
		}
	}
	for _, node := range mentioned {
		plan(mentionKey(node, a.ID), Key{Prefix: prefixMention, Node: node, Article: a.ID}, encodeCount(mentions[node]))
	}
	for _, relation := range a.Relations {
		from, fromFound := nodes[relation.Subject]
		to, toFound := nodes[relation.Object]
		if !fromFound || !toFound || from == to {
			continue
		}
		from, to = orient(relation.Predicate, from, to)
		value := evidenceValue{Kind: relation.Kind, Date: a.Date, End: relation.Sentence.End, Text: relation.Evidence}
		start := relation.Sentence.Start
		key := Key{Prefix: prefixEvidence, From: from, Predicate: relation.Predicate, To: to, Negated: relation.Negated, Article: a.ID, Start: start}
		plan(evidenceKey(from, relation.Predicate, to, relation.Negated, a.ID, start), key, value.encode())
	}
	return keys, nil
}

// replaceContent makes the own keys of article id, which has those its
// manifest lists, the planned ones (see planContent), and returns the new
// manifest. Only the keys that differ are removed or written, and the
// aggregates follow them, so an article a curation changes in one
// relation costs that relation's keys. The values of the manifest's keys
// are read from the store, unless stored, the keys the article has as
// planned from what it was stored from, lists them all in the manifest's
// order.
func replaceContent(b *batch, id string, manifest [][]byte, stored, planned []ownKey) ([][]byte, error) {
	old := make(map[string][]byte, len(manifest))
	if slices.EqualFunc(stored, manifest, func(key ownKey, encoded []byte) bool { return bytes.Equal(key.encoded, encoded) }) {
		for _, key := range stored {
			old[string(key.encoded)] = key.value
		}
	} else {
		for _, key := range manifest {
			value, err := get(b.txn, key)
			if err != nil {
				return nil, fmt.Errorf("store: read article %q: %w", id, err)
			}
			old[string(key)] = value
		}
	}
	kept := make(map[string]bool)
	for _, key := range planned {
		if value, found := old[string(key.encoded)]; found && bytes.Equal(value, key.value) {
			kept[string(key.encoded)] = true
		}
	}
	if err := removeKeys(b, id, manifest, old, kept); err != nil {
		return nil, err
	}
	if err := addKeys(b, id, planned, kept); err != nil {
		return nil, err
	}
	newManifest := make([][]byte, len(planned))
	for i, key := range planned {
		newManifest[i] = key.encoded
	}
	return newManifest, nil
}

// removeKeys deletes the keys of an article's manifest that are not kept,
// whose values old holds, and takes them out of the aggregates.
func removeKeys(b *batch, id string, manifest [][]byte, old map[string][]byte, kept map[string]bool) error {
	var aliases []Key
	var removed evidenceByEdge
	for _, encoded := range manifest {
		if kept[string(encoded)] {
			continue
		}
		key, err := ParseKey(encoded)
		if err != nil {
			return err
		}
		value := old[string(encoded)]
		switch key.Prefix {
		case prefixMention:
			count, err := decodeCount(value)
			if err != nil {
				return err
			}
			if err := adjustNode(b, key.Node, -count, -1); err != nil {
				return err
			}
		case prefixNodeAlias:
			aliases = append(aliases, key)
		case prefixEvidence:
			evidence, err := decodeEvidence(value)
			if err != nil {
				return err
			}
			removed.add(key, evidenceRef{Article: key.Article, Start: key.Start, evidenceValue: evidence})
		default:
			return fmt.Errorf("%w: article %q lists key %x", ErrCorrupt, id, encoded)
		}
		if err := b.delete(encoded); err != nil {
			return err
		}
	}
	// The article's removed keys are gone from the transaction now, so
	// what an aggregate is recomputed from is what remains.
	for _, alias := range aliases {
		if err := removeAlias(b, alias.Node, alias.Name, id); err != nil {
			return err
		}
	}
	for _, edge := range removed.edges {
		if err := subtractEvidence(b, edge, removed.evidence[edge]); err != nil {
			return err
		}
	}
	return nil
}

// addKeys writes the planned keys of an article that are not kept and
// adds them to the aggregates.
func addKeys(b *batch, id string, planned []ownKey, kept map[string]bool) error {
	var added evidenceByEdge
	for _, own := range planned {
		if kept[string(own.encoded)] {
			continue
		}
		if err := b.set(own.encoded, own.value); err != nil {
			return err
		}
		var err error
		switch own.key.Prefix {
		case prefixNodeAlias:
			err = addAlias(b, own.key.Node, own.key.Name, string(own.value), id)
		case prefixMention:
			var count int
			if count, err = decodeCount(own.value); err == nil {
				err = adjustNode(b, own.key.Node, count, 1)
			}
		case prefixEvidence:
			var evidence evidenceValue
			if evidence, err = decodeEvidence(own.value); err == nil {
				added.add(own.key, evidenceRef{Article: id, Start: own.key.Start, evidenceValue: evidence})
			}
		}
		if err != nil {
			return err
		}
	}
	for _, edge := range added.edges {
		if err := addEvidence(b, edge, added.evidence[edge]); err != nil {
			return err
		}
	}
	return nil
}

// evidenceByEdge gathers evidence keys by the edge they state, the edges
// in the order first met.
type evidenceByEdge struct {
	edges    []Key // only the edge's fields set
	evidence map[Key][]evidenceRef
}

// add gathers the evidence of key, an evidence key.
func (g *evidenceByEdge) add(key Key, evidence evidenceRef) {
	edge := Key{From: key.From, Predicate: key.Predicate, To: key.To, Negated: key.Negated}
	if g.evidence == nil {
		g.evidence = make(map[Key][]evidenceRef)
	}
	if _, seen := g.evidence[edge]; !seen {
		g.edges = append(g.edges, edge)
	}
	g.evidence[edge] = append(g.evidence[edge], evidence)
}

// addEvidence counts evidence in an edge's record.
func addEvidence(b *batch, edge Key, evidence []evidenceRef) error {
	record, err := readEdge(b.txn, edge)
	if err != nil {
		return err
	}
	for _, e := range evidence {
		record.add(e)
	}
	return writeEdge(b, edge, record)
}

// subtractEvidence takes evidence, whose keys are deleted, out of an
// edge's record. The record says what is left unless the evidence was the
// earliest or dated at one of the record's ends; only then is the record
// recounted from the edge's remaining evidence keys, so that taking one
// sentence out of an edge of many does not read them all.
func subtractEvidence(b *batch, edge Key, evidence []evidenceRef) error {
	record, err := readEdge(b.txn, edge)
	if err != nil {
		return err
	}
	for _, e := range evidence {
		if !record.subtract(e) {
			return recountEdge(b, edge)
		}
	}
	return writeEdge(b, edge, record)
}
