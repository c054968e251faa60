package store

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// derivedAggregates recomputes every aggregate key's value from the
// articles' own keys: what the aggregates must hold at all times.
func derivedAggregates(t *testing.T, txn *badger.Txn) map[string][]byte {
	t.Helper()
	want := make(map[string][]byte)
	nodes := make(map[uint64]nodeRecord)
	err := scan(txn, []byte{prefixNode}, true, func(key Key, value []byte) error {
		record, err := decodeNode(value)
		record.Mentions, record.Documents = 0, 0
		nodes[key.Node] = record
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	err = scan(txn, []byte{prefixMention}, true, func(key Key, value []byte) error {
		count, err := decodeCount(value)
		record := nodes[key.Node]
		record.Mentions += count
		record.Documents++
		nodes[key.Node] = record
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, record := range nodes {
		want[string(nodeKey(id))] = record.encode()
	}

	aliases := make(map[string]int)
	spellings := make(map[string]spellingRecord)
	err = scan(txn, []byte{prefixNodeAlias}, true, func(key Key, value []byte) error {
		aliases[string(aliasKey(key.Name, key.Node))]++
		spelling := spellings[string(spellingKey(key.Node, key.Name))]
		if spelling.Documents == 0 {
			spelling.Article, spelling.Spelling = key.Article, string(value)
		}
		spelling.Documents++
		spellings[string(spellingKey(key.Node, key.Name))] = spelling
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for key, count := range aliases {
		want[key] = encodeCount(count)
	}
	for key, record := range spellings {
		want[key] = record.encode()
	}

	edges := make(map[string]*edgeRecord)
	keys := make(map[string]Key)
	err = scan(txn, []byte{prefixEvidence}, true, func(key Key, value []byte) error {
		evidence, err := decodeEvidence(value)
		id := string(edgeKey(key.From, key.Predicate, key.To, key.Negated))
		if edges[id] == nil {
			edges[id], keys[id] = &edgeRecord{}, key
		}
		edges[id].add(evidenceRef{Article: key.Article, Start: key.Start, evidenceValue: evidence})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, record := range edges {
		key := keys[id]
		want[id] = record.encode()
		want[string(inEdgeKey(key.From, key.Predicate, key.To, key.Negated))] = record.encode()
	}
	return want
}

// storedAggregates returns every aggregate key and its value.
func storedAggregates(t *testing.T, txn *badger.Txn) map[string][]byte {
	t.Helper()
	got := make(map[string][]byte)
	for _, prefix := range []byte{prefixNode, prefixAlias, prefixSpelling, prefixEdge, prefixInEdge} {
		err := eachItem(txn, []byte{prefix}, true, func(item *badger.Item) error {
			value, err := item.ValueCopy(nil)
			got[string(item.KeyCopy(nil))] = value
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return got
}

func checkAggregates(t *testing.T, s *Store, when string) {
	t.Helper()
	err := s.db.View(func(txn *badger.Txn) error {
		want, got := derivedAggregates(t, txn), storedAggregates(t, txn)
		for _, key := range slices.Sorted(maps.Keys(want)) {
			if !bytes.Equal(got[key], want[key]) {
				parsed, _ := ParseKey([]byte(key))
				t.Errorf("%s: aggregate %+v holds %x, its articles make %x", when, parsed, got[key], want[key])
			}
		}
		for key := range got {
			if _, ok := want[key]; !ok {
				parsed, _ := ParseKey([]byte(key))
				t.Errorf("%s: aggregate %+v outlived the keys it sums", when, parsed)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rewritten returns a new version of a: other relations, one entity
// under another alias, and the date moved, so that replacing a changes
// weights, earliest evidence, spellings and dates.
func rewritten(a *graph.Article, version int) *graph.Article {
	changed := *a
	changed.Hash = fmt.Sprintf("%s-v%d", a.Hash, version)
	changed.Date = a.Date.AddDate(version, 0, 0)
	changed.Entities = slices.Clone(a.Entities)
	if len(changed.Entities) > 0 {
		first := changed.Entities[0]
		first.Aliases = []string{fmt.Sprintf("Spelling %d", version)}
		changed.Entities[0] = first
	}
	changed.Relations = nil
	for i, r := range a.Relations {
		if i%2 == version%2 {
			r.Sentence.Start += version
			changed.Relations = append(changed.Relations, r)
		}
	}
	return &changed
}

func TestAggregatesMatchTheirArticles(t *testing.T) {
	s, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	articles := aggregateArticles(300)
	for start := 0; start < len(articles); start += 50 {
		if _, err := s.Put(articles[start:min(start+50, len(articles))]...); err != nil {
			t.Fatal(err)
		}
	}
	checkAggregates(t, s, "after the first puts")

	var replacements []*graph.Article
	for i := 0; i < len(articles); i += 7 {
		replacements = append(replacements, rewritten(articles[i], 1))
	}
	// An article taking the text of another becomes its duplicate and
	// gives up its content.
	copied := *articles[20]
	copied.ID = articles[21].ID
	replacements = append(replacements, &copied)
	if _, err := s.Put(replacements...); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, s, "after replacements")

	for i := 0; i < len(articles); i += 14 {
		if _, err := s.Put(articles[i]); err != nil {
			t.Fatal(err)
		}
	}
	checkAggregates(t, s, "after restoring the first versions")

	// Originals with duplicates change: a duplicate takes over each
	// original's content, the others become its duplicates.
	var duplicates, originals []*graph.Article
	for _, i := range []int{30, 31, 32} {
		for _, suffix := range []string{"-copy-b", "-copy-a"}[:1+i%2] {
			copied := *articles[i]
			copied.ID += suffix
			copied.Date = time.Date(2010, 1, 1+i, 0, 0, 0, 0, time.UTC)
			duplicates = append(duplicates, &copied)
		}
		originals = append(originals, rewritten(articles[i], 2))
	}
	if _, err := s.Put(duplicates...); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(originals...); err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, s, "after originals with duplicates changed")
}

// aggregateArticles makes n articles sharing few people, so that edges
// gather evidence from many of them, with aliases spelled differently
// from article to article.
func aggregateArticles(n int) []*graph.Article {
	people := []string{"Anna Abbott", "Boris Baker", "Chen Costa", "Dmitri Dahl"}
	predicates := []string{"met", "praised"}
	articles := make([]*graph.Article, 0, n)
	for i := range n {
		a := &graph.Article{ID: fmt.Sprintf("a%03d", (i*37)%n), Hash: fmt.Sprintf("h%d", i)}
		if i%4 != 0 {
			a.Date = time.Date(2004, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		}
		for j := range 3 {
			name := people[(i+j)%len(people)]
			alias := name[len(name)-5:]
			if i%2 == 0 {
				alias = strings.ToUpper(alias)
			}
			if i%3 == 0 {
				alias = "Mr " + alias
			}
			a.Entities = append(a.Entities, graph.Entity{
				ID: fmt.Sprint("e", j), Name: name, Type: graph.Person, Aliases: []string{alias},
				Mentions: make([]graph.Mention, 1+j),
			})
		}
		for j := range 4 {
			a.Relations = append(a.Relations, graph.Relation{
				Subject: fmt.Sprint("e", j%3), Object: fmt.Sprint("e", (j+1)%3),
				Predicate: predicates[(i+j)%2], Kind: graph.Event, Negated: j == 3,
				Sentence: graph.Span{Start: 10 * j, End: 10*j + 9}, Evidence: fmt.Sprintf("Sentence %d of %d.", j, i),
			})
		}
		articles = append(articles, a)
	}
	return articles
}
