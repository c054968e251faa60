package store

import (
	"encoding/binary"
	"fmt"

	"github.com/kg-project/kg/graph"
)

// Every key starts with one of these bytes, which says what the key is.
// They are part of the on-disk format: changing or reusing one needs a new
// dataVersion.
//
// Components of the layouts below:
//
//	node, from, to  8 bytes, big-endian, so ids scan in numeric order
//	negated         1 byte, 0 or 1
//	start           8 bytes, big-endian, sign bit flipped so negative
//	                offsets still sort first
//	strings         escaped: 0x00 becomes 0x00 0xff, then terminated by
//	                0x00 0x01; byte order of the escaped form is the byte
//	                order of the strings, and a string is never a prefix
//	                of a longer one's encoding
const (
	prefixMeta      byte = 0x01 // meta name                                     -> meta value
	prefixArticle   byte = 0x02 // article                                       -> article record
	prefixHash      byte = 0x03 // hash                                          -> article id
	prefixDuplicate byte = 0x04 // original article, duplicate article           -> empty
	prefixNode      byte = 0x05 // node                                          -> node record, with its counts
	prefixName      byte = 0x06 // type, normalised name                         -> node id
	prefixMention   byte = 0x07 // node, article                                 -> mention count
	prefixAlias     byte = 0x08 // normalised alias, node                        -> documents using it
	prefixNodeAlias byte = 0x09 // node, normalised alias, article               -> alias as written
	prefixEvidence  byte = 0x0a // from, predicate, to, negated, article, start  -> evidence value
	prefixInEdge    byte = 0x0b // to, predicate, from, negated                  -> edge record
	prefixEdge      byte = 0x0c // from, predicate, to, negated                  -> edge record
	prefixSpelling  byte = 0x0d // node, normalised alias                        -> spelling record
)

// Keys fall in two groups. An article's own keys (mention, node alias,
// evidence) are listed in its record and removed with it. Aggregate keys
// (node records' counts, alias, spelling, edge and in-edge) sum what
// every article contributes, so that queries read one record instead of
// scanning one key per article; Put updates them in the transaction that
// writes or removes the article's own keys, so they are never out of step.

// Names of the meta records.
const (
	metaVersion = "version"  // the data version, 4 bytes big-endian
	metaNodeIDs = "node-ids" // the next node id, 8 bytes big-endian (Badger's sequence lease before)

	metaRules        = "rules"         // the curation file kept with the store, as the user wrote it
	metaRulesApplied = "rules-applied" // SHA-256 of the curation file every stored article is curated by
	metaRulesCursor  = "rules-cursor"  // the last article, in id order, curated by metaRules while ApplyRules runs
	metaRulesBefore  = "rules-before"  // while ApplyRules runs, the curation file the articles after the cursor are curated by, when known
)

// Key is a key taken apart by ParseKey. Only the fields the key's Prefix
// carries are set.
type Key struct {
	Prefix    byte
	Meta      string     // prefixMeta
	Article   string     // prefixArticle, prefixMention, prefixNodeAlias, prefixEvidence; the duplicate for prefixDuplicate
	Original  string     // prefixDuplicate
	Hash      string     // prefixHash
	Node      uint64     // prefixNode, prefixMention, prefixAlias, prefixNodeAlias, prefixSpelling
	Type      graph.Type // prefixName
	Name      string     // normalised name (prefixName) or alias (prefixAlias, prefixNodeAlias, prefixSpelling)
	From, To  uint64     // prefixEvidence, prefixEdge, prefixInEdge: the edge From -Predicate-> To
	Predicate string     // prefixEvidence, prefixEdge, prefixInEdge
	Negated   bool       // prefixEvidence, prefixEdge, prefixInEdge
	Start     int        // prefixEvidence: the sentence's first byte
}

// metaKey: 0x01 | name (the rest of the key, unescaped).
func metaKey(name string) []byte {
	return append([]byte{prefixMeta}, name...)
}

// articleKey: 0x02 | article.
func articleKey(article string) []byte {
	return appendString([]byte{prefixArticle}, article)
}

// hashKey: 0x03 | hash.
func hashKey(hash string) []byte {
	return appendString([]byte{prefixHash}, hash)
}

// duplicateKey: 0x04 | original | duplicate.
func duplicateKey(original, duplicate string) []byte {
	return appendString(duplicatePrefix(original), duplicate)
}

// duplicatePrefix: 0x04 | original; scans the duplicates of one article.
func duplicatePrefix(original string) []byte {
	return appendString([]byte{prefixDuplicate}, original)
}

// nodeKey: 0x05 | node.
func nodeKey(node uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixNode}, node)
}

// nameKey: 0x06 | type | normalised name.
func nameKey(t graph.Type, name string) []byte {
	return appendString(appendString([]byte{prefixName}, string(t)), name)
}

// mentionKey: 0x07 | node | article.
func mentionKey(node uint64, article string) []byte {
	return appendString(mentionPrefix(node), article)
}

// mentionPrefix: 0x07 | node; scans the articles mentioning one node.
func mentionPrefix(node uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixMention}, node)
}

// aliasKey: 0x08 | normalised alias | node.
func aliasKey(alias string, node uint64) []byte {
	return binary.BigEndian.AppendUint64(aliasPrefix(alias), node)
}

// aliasPrefix: 0x08 | normalised alias; scans the nodes known by one alias.
func aliasPrefix(alias string) []byte {
	return appendString([]byte{prefixAlias}, alias)
}

// nodeAliasKey: 0x09 | node | normalised alias | article.
func nodeAliasKey(node uint64, alias string, article string) []byte {
	return appendString(nodeAliasPrefix(node, alias), article)
}

// nodeAliasPrefix: 0x09 | node | normalised alias; scans the articles
// that call a node by one alias, in article order.
func nodeAliasPrefix(node uint64, alias string) []byte {
	return appendString(nodeAliasesPrefix(node), alias)
}

// nodeAliasesPrefix: 0x09 | node; scans every alias of one node in every
// article.
func nodeAliasesPrefix(node uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixNodeAlias}, node)
}

// spellingKey: 0x0d | node | normalised alias.
func spellingKey(node uint64, alias string) []byte {
	return appendString(spellingPrefix(node), alias)
}

// spellingPrefix: 0x0d | node; scans the aliases of one node.
func spellingPrefix(node uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixSpelling}, node)
}

// evidenceKey: 0x0a | from | predicate | to | negated | article | start.
func evidenceKey(from uint64, predicate string, to uint64, negated bool, article string, start int) []byte {
	return appendStart(appendString(edgePrefix(from, predicate, to, negated), article), start)
}

// edgePrefix: 0x0a | from | predicate | to | negated; scans the evidence
// of one edge.
func edgePrefix(from uint64, predicate string, to uint64, negated bool) []byte {
	key := appendString(binary.BigEndian.AppendUint64([]byte{prefixEvidence}, from), predicate)
	return appendNegated(binary.BigEndian.AppendUint64(key, to), negated)
}

// edgeKey: 0x0c | from | predicate | to | negated.
func edgeKey(from uint64, predicate string, to uint64, negated bool) []byte {
	key := appendString(binary.BigEndian.AppendUint64([]byte{prefixEdge}, from), predicate)
	return appendNegated(binary.BigEndian.AppendUint64(key, to), negated)
}

// outPrefix: 0x0c | from [| predicate]; scans the edges leaving a node,
// all of them when predicate is "" (so edges with an empty predicate
// cannot be asked for alone).
func outPrefix(from uint64, predicate string) []byte {
	return adjacencyPrefix(prefixEdge, from, predicate)
}

// inEdgeKey: 0x0b | to | predicate | from | negated.
func inEdgeKey(from uint64, predicate string, to uint64, negated bool) []byte {
	key := appendString(binary.BigEndian.AppendUint64([]byte{prefixInEdge}, to), predicate)
	return appendNegated(binary.BigEndian.AppendUint64(key, from), negated)
}

// inPrefix: 0x0b | to [| predicate]; scans the edges entering a node, all
// of them when predicate is "".
func inPrefix(to uint64, predicate string) []byte {
	return adjacencyPrefix(prefixInEdge, to, predicate)
}

func adjacencyPrefix(prefix byte, node uint64, predicate string) []byte {
	key := binary.BigEndian.AppendUint64([]byte{prefix}, node)
	if predicate == "" {
		return key
	}
	return appendString(key, predicate)
}

// ParseKey takes apart a key made by one of this file's constructors.
func ParseKey(key []byte) (Key, error) {
	if len(key) == 0 {
		return Key{}, fmt.Errorf("%w: empty key", ErrCorrupt)
	}
	parsed := Key{Prefix: key[0]}
	p := keyParser{rest: key[1:]}
	switch parsed.Prefix {
	case prefixMeta:
		parsed.Meta = string(p.rest)
		p.rest = nil
	case prefixArticle:
		parsed.Article = p.string()
	case prefixHash:
		parsed.Hash = p.string()
	case prefixDuplicate:
		parsed.Original = p.string()
		parsed.Article = p.string()
	case prefixNode:
		parsed.Node = p.uint64()
	case prefixName:
		parsed.Type = graph.Type(p.string())
		parsed.Name = p.string()
	case prefixMention:
		parsed.Node = p.uint64()
		parsed.Article = p.string()
	case prefixAlias:
		parsed.Name = p.string()
		parsed.Node = p.uint64()
	case prefixNodeAlias:
		parsed.Node = p.uint64()
		parsed.Name = p.string()
		parsed.Article = p.string()
	case prefixEvidence:
		parsed.From = p.uint64()
		parsed.Predicate = p.string()
		parsed.To = p.uint64()
		parsed.Negated = p.negated()
		parsed.Article = p.string()
		parsed.Start = p.start()
	case prefixEdge:
		parsed.From = p.uint64()
		parsed.Predicate = p.string()
		parsed.To = p.uint64()
		parsed.Negated = p.negated()
	case prefixInEdge:
		parsed.To = p.uint64()
		parsed.Predicate = p.string()
		parsed.From = p.uint64()
		parsed.Negated = p.negated()
	case prefixSpelling:
		parsed.Node = p.uint64()
		parsed.Name = p.string()
	default:
		return Key{}, fmt.Errorf("%w: unknown key prefix %#x", ErrCorrupt, parsed.Prefix)
	}
	if p.bad || len(p.rest) != 0 {
		return Key{}, fmt.Errorf("%w: malformed key %x", ErrCorrupt, key)
	}
	return parsed, nil
}

// appendString appends s escaped and terminated, as described above.
func appendString(key []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		key = append(key, s[i])
		if s[i] == 0x00 {
			key = append(key, 0xff)
		}
	}
	return append(key, 0x00, 0x01)
}

func appendNegated(key []byte, negated bool) []byte {
	if negated {
		return append(key, 1)
	}
	return append(key, 0)
}

func appendStart(key []byte, start int) []byte {
	return binary.BigEndian.AppendUint64(key, uint64(start)^(1<<63))
}

// keyParser reads key components in order; bad records the first
// component that did not fit, so callers check once at the end.
type keyParser struct {
	rest []byte
	bad  bool
}

func (p *keyParser) string() string {
	var s []byte
	for i := 0; i < len(p.rest); i++ {
		if p.rest[i] != 0x00 {
			continue
		}
		if i+1 >= len(p.rest) {
			break
		}
		switch p.rest[i+1] {
		case 0x01:
			s = append(s, p.rest[:i]...)
			p.rest = p.rest[i+2:]
			return string(s)
		case 0xff:
			s = append(s, p.rest[:i+1]...)
			p.rest = p.rest[i+2:]
			i = -1
		default:
			p.bad = true
			return ""
		}
	}
	p.bad = true
	return ""
}

func (p *keyParser) uint64() uint64 {
	if len(p.rest) < 8 {
		p.bad = true
		return 0
	}
	v := binary.BigEndian.Uint64(p.rest)
	p.rest = p.rest[8:]
	return v
}

func (p *keyParser) negated() bool {
	if len(p.rest) < 1 || p.rest[0] > 1 {
		p.bad = true
		return false
	}
	v := p.rest[0] == 1
	p.rest = p.rest[1:]
	return v
}

func (p *keyParser) start() int {
	return int(p.uint64() ^ (1 << 63))
}

// Keys of the stored analysis (kg analyse). They hold results derived
// from the graph, replaced as a whole by PutAnalysis, and are read by
// nothing else; their prefixes stand apart from the graph's own.
const (
	prefixAnalysis byte = 0x20 // (nothing)  -> analysis summary, JSON
	prefixMetrics  byte = 0x21 // node       -> metrics record
)

// analysisKey: 0x20.
func analysisKey() []byte {
	return []byte{prefixAnalysis}
}

// metricsKey: 0x21 | node.
func metricsKey(node uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixMetrics}, node)
}
