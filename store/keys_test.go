package store

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
)

// encodeKey builds the key ParseKey would take apart into k, so tests can
// check that one is the inverse of the other.
func encodeKey(k Key) []byte {
	switch k.Prefix {
	case prefixMeta:
		return metaKey(k.Meta)
	case prefixArticle:
		return articleKey(k.Article)
	case prefixHash:
		return hashKey(k.Hash)
	case prefixDuplicate:
		return duplicateKey(k.Original, k.Article)
	case prefixNode:
		return nodeKey(k.Node)
	case prefixName:
		return nameKey(k.Type, k.Name)
	case prefixMention:
		return mentionKey(k.Node, k.Article)
	case prefixAlias:
		return aliasKey(k.Name, k.Node)
	case prefixNodeAlias:
		return nodeAliasKey(k.Node, k.Name, k.Article)
	case prefixEvidence:
		return evidenceKey(k.From, k.Predicate, k.To, k.Negated, k.Article, k.Start)
	case prefixEdge:
		return edgeKey(k.From, k.Predicate, k.To, k.Negated)
	case prefixInEdge:
		return inEdgeKey(k.From, k.Predicate, k.To, k.Negated)
	case prefixSpelling:
		return spellingKey(k.Node, k.Name)
	case prefixCanonical:
		return canonicalKey(k.Generation, k.Node)
	case prefixGroup:
		return groupKey(k.Generation, k.Node)
	}
	return nil
}

func TestParseKeyInvertsConstructors(t *testing.T) {
	tests := []Key{
		{Prefix: prefixMeta, Meta: metaVersion},
		{Prefix: prefixArticle, Article: "bbc/politics/001.txt"},
		{Prefix: prefixHash, Hash: "9f86d081884c7d659a2feaa0c55ad015"},
		{Prefix: prefixDuplicate, Original: "a", Article: "b"},
		{Prefix: prefixNode, Node: 1<<64 - 1},
		{Prefix: prefixName, Type: graph.Person, Name: "vladimir putin"},
		{Prefix: prefixMention, Node: 7, Article: ""},
		{Prefix: prefixAlias, Name: "putin\x00", Node: 7},
		{Prefix: prefixNodeAlias, Node: 7, Name: "\x00\x01\xff", Article: "a"},
		{Prefix: prefixEvidence, From: 1, Predicate: "met", To: 2, Negated: true, Article: "a", Start: 120},
		{Prefix: prefixEvidence, From: 0, Predicate: "", To: 0, Article: "", Start: -5},
		{Prefix: prefixEdge, From: 3, Predicate: "president of", To: 4, Negated: true},
		{Prefix: prefixEdge, From: 3, Predicate: "", To: 4},
		{Prefix: prefixInEdge, From: 3, Predicate: "president of", To: 4},
		{Prefix: prefixInEdge, From: 3, Predicate: "", To: 4},
		{Prefix: prefixSpelling, Node: 9, Name: "mr putin"},
		{Prefix: prefixCanonical, Generation: 2, Node: 9},
		{Prefix: prefixGroup, Generation: 1<<64 - 1, Node: 0},
	}
	for _, want := range tests {
		got, err := ParseKey(encodeKey(want))
		if err != nil {
			t.Errorf("ParseKey(%x): %v", encodeKey(want), err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ParseKey = %+v, want %+v", got, want)
		}
	}
}

func TestParseKeyRejectsMalformed(t *testing.T) {
	tests := map[string][]byte{
		"empty":              nil,
		"unknown prefix":     {0x7f, 1},
		"short id":           {prefixNode, 0, 0, 1},
		"long id":            append(nodeKey(1), 0),
		"unterminated":       {prefixArticle, 'a', 'b'},
		"bad escape":         {prefixArticle, 'a', 0x00, 0x02, 0x00, 0x01},
		"negated not 0 or 1": negatedByte(evidenceKey(1, "met", 2, false, "a", 0), 2),
	}
	for name, key := range tests {
		if _, err := ParseKey(key); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: ParseKey(%x) = %v, want ErrCorrupt", name, key, err)
		}
	}
}

// negatedByte returns an evidence key with its negated byte set to b.
func negatedByte(key []byte, b byte) []byte {
	key[len(edgePrefix(1, "met", 2, false))-1] = b
	return key
}

// Scans rely on key order matching component order.
func TestKeyOrder(t *testing.T) {
	ordered := [][]byte{
		nodeKey(1), nodeKey(2), nodeKey(255), nodeKey(256), nodeKey(1 << 40),
	}
	evidence := [][]byte{
		evidenceKey(1, "a", 9, false, "z", 0),
		evidenceKey(1, "a\x00", 1, false, "a", 0),
		evidenceKey(1, "ab", 1, false, "a", 0),
		evidenceKey(1, "b", 1, true, "a", -1),
		evidenceKey(1, "b", 1, true, "a", 0),
		evidenceKey(1, "b", 1, true, "a", 7),
		evidenceKey(1, "b", 2, false, "a", 0),
		evidenceKey(2, "a", 1, false, "a", 0),
	}
	for _, keys := range [][][]byte{ordered, evidence} {
		if !slices.IsSortedFunc(keys, bytes.Compare) {
			t.Errorf("keys out of order: %x", keys)
		}
	}
	if !bytes.HasPrefix(evidenceKey(1, "met", 2, true, "a", 3), edgePrefix(1, "met", 2, true)) ||
		bytes.HasPrefix(evidenceKey(1, "meet", 2, true, "a", 3), outPrefix(1, "met")) ||
		!bytes.HasPrefix(edgeKey(1, "met", 2, true), outPrefix(1, "met")) ||
		bytes.HasPrefix(edgeKey(1, "meet", 2, true), outPrefix(1, "met")) ||
		!bytes.HasPrefix(inEdgeKey(1, "met", 2, false), inPrefix(2, "met")) ||
		!bytes.HasPrefix(nodeAliasKey(1, "putin", "a"), nodeAliasPrefix(1, "putin")) ||
		bytes.HasPrefix(nodeAliasKey(1, "putina", "a"), nodeAliasPrefix(1, "putin")) ||
		!bytes.HasPrefix(spellingKey(1, "putin"), spellingPrefix(1)) ||
		bytes.HasPrefix(aliasKey("putina", 1), aliasPrefix("putin")) ||
		!bytes.HasPrefix(canonicalKey(3, 1), generationPrefix(prefixCanonical, 3)) ||
		bytes.HasPrefix(groupKey(3, 1), generationPrefix(prefixCanonical, 3)) {
		t.Error("prefix helpers do not match exactly their keys")
	}
}

func FuzzKeyRoundTrip(f *testing.F) {
	f.Add("met", "bbc/001.txt", uint64(1), uint64(2), false, 0)
	f.Add("a\x00b", "\x00\x01", uint64(0), uint64(1<<63), true, -1)
	f.Fuzz(func(t *testing.T, text, article string, from, to uint64, negated bool, start int) {
		keys := []Key{
			{Prefix: prefixEvidence, From: from, Predicate: text, To: to, Negated: negated, Article: article, Start: start},
			{Prefix: prefixEdge, From: from, Predicate: text, To: to, Negated: negated},
			{Prefix: prefixInEdge, From: from, Predicate: text, To: to, Negated: negated},
			{Prefix: prefixAlias, Name: text, Node: from},
			{Prefix: prefixSpelling, Node: to, Name: article},
			{Prefix: prefixNodeAlias, Node: to, Name: text, Article: article},
			{Prefix: prefixName, Type: graph.Type(article), Name: text},
			{Prefix: prefixDuplicate, Original: text, Article: article},
			{Prefix: prefixCanonical, Generation: from, Node: to},
			{Prefix: prefixGroup, Generation: to, Node: from},
		}
		for _, want := range keys {
			encoded := encodeKey(want)
			got, err := ParseKey(encoded)
			if err != nil {
				t.Fatalf("ParseKey(%x): %v", encoded, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("ParseKey = %+v, want %+v", got, want)
			}
		}
		if !bytes.HasPrefix(encodeKey(keys[0]), edgePrefix(from, text, to, negated)) {
			t.Fatal("an evidence key lacks its edge's prefix")
		}
	})
}

// Whatever bytes ParseKey accepts, it takes apart into the one key they
// are: encoding the parts gives the same bytes back.
func FuzzParseKey(f *testing.F) {
	f.Add(evidenceKey(1, "met", 2, true, "a", 3))
	f.Add(aliasKey("a\x00", 3))
	f.Add(inEdgeKey(1, "met", 2, false))
	f.Add([]byte{prefixArticle, 0x00, 0xff, 0x00, 0x01})
	f.Fuzz(func(t *testing.T, key []byte) {
		parsed, err := ParseKey(key)
		if err != nil {
			return
		}
		if again := encodeKey(parsed); !bytes.Equal(again, key) {
			t.Fatalf("ParseKey(%x) = %+v, which encodes to %x", key, parsed, again)
		}
	})
}
