package store

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/kg-project/kg/graph"
)

// The records of a store can be made without one, from the articles
// alone, by a pipeline that extracts them in parallel and then sums what
// each contributes (kg-beam build, which writes them as a graph bundle
// for Load):
//
//  1. ArticleNodes gives the nodes each article's content makes; the
//     pipeline numbers all of them, in NodeName order (see
//     CompareNodeNames), from 1.
//  2. Of the articles sharing a text (a hash), one is the original, as
//     the first one Put meets is: DuplicateRecords gives the others'.
//  3. ArticleRecords gives each original's own records, which are final,
//     and its contributions to aggregate records, which MergeAggregate
//     sums across articles.
//  4. FinishNode makes each node's record and name record from its
//     summed aggregates and mention keys, and its NodeSummary.
//  5. Resolution resolves the entities from every NodeSummary, as
//     Resolve does, and MetaRecords gives the meta records.
//
// The records are those Put and Resolve write for the same articles put
// in one go, but for the node ids, which Put gives in the order it meets
// names, and a node record's name, which is the one the article of least
// id writes rather than the first one Put met (queries show the former
// either way, see complete). Curation rules are not applied.

// NodeName is the identity Put keeps one node per: an entity type and a
// normalised name.
type NodeName struct {
	Type graph.Type
	Name string
}

// CompareNodeNames orders node names by name, then type: the order of
// the corpus Resolve reads.
func CompareNodeNames(a, b NodeName) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Type, b.Type))
}

// ArticleNodes returns the names of the nodes a's entities stand for,
// each once.
func ArticleNodes(a *graph.Article) []NodeName {
	var names []NodeName
	ids := make(map[NodeName]uint64)
	// planKeys cannot fail when nodeOf does not.
	planKeys(a, func(entity *graph.Entity, name string) (uint64, error) {
		node := NodeName{Type: entity.Type, Name: name}
		if _, seen := ids[node]; !seen {
			ids[node] = uint64(len(names) + 1)
			names = append(names, node)
		}
		return ids[node], nil
	})
	return names
}

// ArticleRecords returns the records Put writes for a, an article whose
// text (a.Hash) no article put before it has: its own records (article,
// hash, mention, node alias and evidence keys) and its contributions to
// the aggregate records (node, alias, spelling, edge and in-edge keys),
// which MergeAggregate sums. nodeID gives the id of each of
// ArticleNodes(a).
func ArticleRecords(a *graph.Article, nodeID func(NodeName) (uint64, error)) (own, aggregates []Record, err error) {
	types := make(map[uint64]graph.Type)
	keys, err := planKeys(a, func(entity *graph.Entity, name string) (uint64, error) {
		node, err := nodeID(NodeName{Type: entity.Type, Name: name})
		types[node] = entity.Type
		return node, err
	})
	if err != nil {
		return nil, nil, err
	}
	record := articleRecord{Hash: a.Hash, Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Source, Extraction: encodeExtraction(a)}
	own = make([]Record, 0, len(keys)+2)
	var edges evidenceByEdge
	for _, key := range keys {
		record.Manifest = append(record.Manifest, key.encoded)
		own = append(own, Record{key.encoded, key.value})
		switch key.key.Prefix {
		case prefixNodeAlias:
			spelling := spellingRecord{Documents: 1, Article: a.ID, Spelling: string(key.value)}
			aggregates = append(aggregates,
				Record{aliasKey(key.key.Name, key.key.Node), encodeCount(1)},
				Record{spellingKey(key.key.Node, key.key.Name), spelling.encode()})
		case prefixMention:
			count, err := decodeCount(key.value)
			if err != nil {
				return nil, nil, err
			}
			node := nodeRecord{Type: types[key.key.Node], Mentions: count, Documents: 1}
			aggregates = append(aggregates, Record{nodeKey(key.key.Node), node.encode()})
		case prefixEvidence:
			evidence, err := decodeEvidence(key.value)
			if err != nil {
				return nil, nil, err
			}
			edges.add(key.key, evidenceRef{Article: a.ID, Start: key.key.Start, evidenceValue: evidence})
		}
	}
	for _, edge := range edges.edges {
		var sum edgeRecord
		for _, evidence := range edges.evidence[edge] {
			sum.add(evidence)
		}
		value := sum.encode()
		aggregates = append(aggregates,
			Record{edgeKey(edge.From, edge.Predicate, edge.To, edge.Negated), value},
			Record{inEdgeKey(edge.From, edge.Predicate, edge.To, edge.Negated), value})
	}
	own = append(own, Record{articleKey(a.ID), record.encode()})
	if a.Hash != "" {
		own = append(own, Record{hashKey(a.Hash), []byte(a.ID)})
	}
	return own, aggregates, nil
}

// DuplicateRecords returns the records Put writes for a, whose text is
// that of original, put before it.
func DuplicateRecords(a *graph.Article, original string) []Record {
	record := articleRecord{
		Hash: a.Hash, Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Source,
		Extraction: encodeExtraction(a), DuplicateOf: original,
	}
	return []Record{{articleKey(a.ID), record.encode()}, {duplicateKey(original, a.ID), nil}}
}

// MergeAggregate sums two contributions to the aggregate record of key,
// as ArticleRecords makes them: in any order and grouping, the sums are
// the record Put makes of them all. Only the first byte of key, which
// says what the record is, is read.
func MergeAggregate(key, a, b []byte) ([]byte, error) {
	if len(key) == 0 {
		return nil, fmt.Errorf("%w: empty key", ErrCorrupt)
	}
	switch key[0] {
	case prefixNode:
		x, err := decodeNode(a)
		if err != nil {
			return nil, err
		}
		y, err := decodeNode(b)
		if err != nil {
			return nil, err
		}
		if x.Type != y.Type {
			return nil, fmt.Errorf("%w: node %x of types %s and %s", ErrCorrupt, key, x.Type, y.Type)
		}
		x.Mentions += y.Mentions
		x.Documents += y.Documents
		x.Name = cmp.Or(x.Name, y.Name)
		return x.encode(), nil
	case prefixAlias:
		x, err := decodeCount(a)
		if err != nil {
			return nil, err
		}
		y, err := decodeCount(b)
		if err != nil {
			return nil, err
		}
		return encodeCount(x + y), nil
	case prefixSpelling:
		x, err := decodeSpelling(a)
		if err != nil {
			return nil, err
		}
		y, err := decodeSpelling(b)
		if err != nil {
			return nil, err
		}
		if y.Article < x.Article {
			x.Article, x.Spelling = y.Article, y.Spelling
		}
		x.Documents += y.Documents
		return x.encode(), nil
	case prefixEdge, prefixInEdge:
		x, err := decodeEdge(a)
		if err != nil {
			return nil, err
		}
		y, err := decodeEdge(b)
		if err != nil {
			return nil, err
		}
		x.merge(y)
		return x.encode(), nil
	}
	return nil, fmt.Errorf("store: key %x is not of an aggregate record", key)
}

// Final reports whether the record of key, an aggregate's that
// MergeAggregate summed, is as Put leaves it: all but node records are,
// which FinishNode makes.
func Final(key []byte) bool {
	return len(key) > 0 && key[0] != prefixNode
}

// SummaryNode reports the node whose summary (see FinishNode) a record of
// key goes into: that of a node, spelling or mention key.
func SummaryNode(key []byte) (uint64, bool) {
	if len(key) < 9 {
		return 0, false
	}
	switch key[0] {
	case prefixNode, prefixSpelling, prefixMention:
		return binary.BigEndian.Uint64(key[1:9]), true
	}
	return 0, false
}

// FinishNode makes the node record and name record of the node of id and
// name from records, the summed aggregates and mention keys SummaryNode
// gives it, and returns them with the node's summary for Resolution.
func FinishNode(id uint64, name NodeName, records []Record) ([]Record, NodeSummary, error) {
	summary := NodeSummary{ID: id, Type: name.Type, Aliases: make(map[string]int)}
	var node nodeRecord
	found := false
	for _, record := range records {
		key, err := ParseKey(record.Key)
		if err != nil {
			return nil, summary, err
		}
		if key.Node != id {
			return nil, summary, fmt.Errorf("store: a record of node %d given for node %d", key.Node, id)
		}
		switch key.Prefix {
		case prefixNode:
			if node, err = decodeNode(record.Value); err != nil {
				return nil, summary, err
			}
			found = true
		case prefixSpelling:
			spelling, err := decodeSpelling(record.Value)
			if err != nil {
				return nil, summary, err
			}
			summary.Aliases[key.Name] = spelling.Documents
			if key.Name == name.Name {
				summary.Name, summary.Spelling = spelling.Spelling, spelling.Spelling
			}
		case prefixMention:
			summary.Articles = append(summary.Articles, key.Article)
		default:
			return nil, summary, fmt.Errorf("store: key %x is not of a node's summary", record.Key)
		}
	}
	if !found || summary.Name == "" {
		return nil, summary, fmt.Errorf("store: node %d (%s %q) has no node record or no spelling of its name", id, name.Type, name.Name)
	}
	slices.Sort(summary.Articles)
	node.Name = summary.Name
	summary.Mentions, summary.Documents = node.Mentions, node.Documents
	return []Record{{nodeKey(id), node.encode()}, {nameKey(name.Type, name.Name), encodeID(id)}}, summary, nil
}

// MetaRecords returns the meta records of a store whose highest node id
// is last: its data version and its node-id counter.
func MetaRecords(last uint64) []Record {
	return []Record{
		{metaKey(metaVersion), binary.BigEndian.AppendUint32(nil, dataVersion)},
		{metaKey(metaNodeIDs), binary.BigEndian.AppendUint64(nil, last+1)},
	}
}

// Part is what one record says of the graph kg shows, for writers of
// other formats that read records rather than a store (kg-beam's RDF
// and Neo4j output). Which fields are set depends on the kind.
type Part struct {
	Kind PartKind
	// Node is the node of a node record, the canonical node of a group,
	// the node a canonical record resolves, and the From of an edge or
	// evidence; To is the node it resolves to (0: none, a junk name) and
	// the To of an edge or evidence.
	Node, To  uint64
	Type      graph.Type // node, group
	Name      string     // node, group
	Predicate string     // edge, evidence
	Negated   bool       // edge, evidence
	Weight    int        // edge: its evidence sentences
	Article   string     // evidence
	Start     int        // evidence: the sentence's span in its article
	End       int
	Text      string // evidence: the sentence
}

// PartKind says what a record says of the graph.
type PartKind int

// The kinds of Part.
const (
	PartNone      PartKind = iota // nothing the graph shows: meta, article, alias... records
	PartNode                      // a node, which stands for an entity unless resolved to another
	PartGroup                     // the entity a canonical node stands for, when Resolve joined nodes
	PartCanonical                 // a node that stands for no entity of its own: it resolves to To
	PartEdge                      // an edge between two nodes
	PartEvidence                  // a sentence stating an edge
)

// PartOf returns what record r, of a store's graph with one resolution
// (as kg-beam makes), says of the graph kg shows.
func PartOf(r Record) (Part, error) {
	key, err := ParseKey(r.Key)
	if err != nil {
		return Part{}, err
	}
	switch key.Prefix {
	case prefixNode:
		node, err := decodeNode(r.Value)
		return Part{Kind: PartNode, Node: key.Node, Type: node.Type, Name: node.Name}, err
	case prefixGroup:
		group, err := decodeGroup(r.Value)
		return Part{Kind: PartGroup, Node: key.Node, Type: group.Type, Name: group.Name}, err
	case prefixCanonical:
		to, err := decodeID(r.Value)
		return Part{Kind: PartCanonical, Node: key.Node, To: to}, err
	case prefixEdge:
		edge, err := decodeEdge(r.Value)
		return Part{Kind: PartEdge, Node: key.From, To: key.To, Predicate: key.Predicate, Negated: key.Negated, Weight: edge.Weight}, err
	case prefixEvidence:
		evidence, err := decodeEvidence(r.Value)
		return Part{
			Kind: PartEvidence, Node: key.From, To: key.To, Predicate: key.Predicate, Negated: key.Negated,
			Article: key.Article, Start: key.Start, End: evidence.End, Text: evidence.Text,
		}, err
	}
	return Part{}, nil
}

// CanonicalEdge returns the edge or evidence part p between the entities
// its nodes stand for, as kg shows it: each node replaced by the node it
// resolves to, as resolved gives it (found false: the node stands for
// itself; 0: for no entity), and a symmetric predicate's edge turned from
// the lower id to the higher. It reports false for a part that is no
// edge between two entities: one of them none, or both the same.
func CanonicalEdge(p Part, resolved func(uint64) (uint64, bool)) (Part, bool) {
	canonical := func(node uint64) uint64 {
		if to, found := resolved(node); found {
			return to
		}
		return node
	}
	from, to := canonical(p.Node), canonical(p.To)
	if from == 0 || to == 0 || from == to {
		return p, false
	}
	p.Node, p.To = orient(p.Predicate, from, to)
	return p, true
}
