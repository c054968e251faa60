package store_test

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// storeRecords returns every record of s in key order.
func storeRecords(t *testing.T, s *store.Store) []store.Record {
	t.Helper()
	var records []store.Record
	if err := s.Records(func(r store.Record) error {
		records = append(records, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return records
}

// assemble makes the records of articles, in put order, with the record
// functions alone, as a pipeline does: aggregates are merged in a random
// order, and nodes numbered by ids.
func assemble(t *testing.T, articles []*graph.Article, ids map[store.NodeName]uint64) []store.Record {
	t.Helper()
	var records []store.Record
	originals := make(map[string]string)
	var contributions []store.Record
	for _, a := range articles {
		if original, found := originals[a.Hash]; found {
			records = append(records, store.DuplicateRecords(a, original)...)
			continue
		}
		originals[a.Hash] = a.ID
		own, aggregates, err := store.ArticleRecords(a, func(name store.NodeName) (uint64, error) {
			if id, found := ids[name]; found {
				return id, nil
			}
			return 0, fmt.Errorf("no id for %v", name)
		})
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, own...)
		contributions = append(contributions, aggregates...)
	}
	random := rand.New(rand.NewPCG(3, 4))
	random.Shuffle(len(contributions), func(i, j int) { contributions[i], contributions[j] = contributions[j], contributions[i] })
	summed := make(map[string][]byte)
	for _, c := range contributions {
		sum, found := summed[string(c.Key)]
		if !found {
			summed[string(c.Key)] = c.Value
			continue
		}
		merged, err := store.MergeAggregate(c.Key, c.Value, sum)
		if err != nil {
			t.Fatal(err)
		}
		summed[string(c.Key)] = merged
	}
	byNode := make(map[uint64][]store.Record)
	for key, value := range summed {
		r := store.Record{Key: []byte(key), Value: value}
		if node, found := store.SummaryNode(r.Key); found {
			byNode[node] = append(byNode[node], r)
		}
		if store.Final(r.Key) {
			records = append(records, r)
		}
	}
	for _, r := range records {
		if node, found := store.SummaryNode(r.Key); found {
			byNode[node] = append(byNode[node], r)
		}
	}
	var summaries []store.NodeSummary
	var last uint64
	for name, id := range ids {
		finished, summary, err := store.FinishNode(id, name, byNode[id])
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, finished...)
		summaries = append(summaries, summary)
		last = max(last, id)
	}
	slices.SortFunc(summaries, func(a, b store.NodeSummary) int { return cmp.Compare(a.ID, b.ID) })
	records = append(records, store.Resolution(summaries)...)
	records = append(records, store.MetaRecords(last)...)
	slices.SortFunc(records, func(a, b store.Record) int { return bytes.Compare(a.Key, b.Key) })
	return records
}

// TestRecordsArePutAndResolves checks that the record functions make the
// records Put and Resolve write, given Put's node ids.
func TestRecordsArePutAndResolves(t *testing.T) {
	articles := append(syntheticArticles(400), story()...)
	slices.SortFunc(articles, func(a, b *graph.Article) int { return cmp.Compare(a.ID, b.ID) })
	s := openMemory(t)
	put(t, s, articles...)
	want := storeRecords(t, s)
	ids := make(map[store.NodeName]uint64)
	for _, r := range want {
		if key, err := store.ParseKey(r.Key); err == nil && key.Type != "" {
			ids[store.NodeName{Type: key.Type, Name: key.Name}] = binary.BigEndian.Uint64(r.Value)
		}
	}
	names := make(map[store.NodeName]bool)
	for _, a := range articles {
		for _, name := range store.ArticleNodes(a) {
			names[name] = true
		}
	}
	if len(names) != len(ids) {
		t.Fatalf("ArticleNodes gives %d names, the store has %d", len(names), len(ids))
	}
	got := assemble(t, articles, ids)
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Fatalf("missing record %x = %x", want[i].Key, want[i].Value)
		case i >= len(want):
			t.Fatalf("extra record %x = %x", got[i].Key, got[i].Value)
		case !bytes.Equal(got[i].Key, want[i].Key) || !bytes.Equal(got[i].Value, want[i].Value):
			t.Fatalf("record %d: got %x = %x, want %x = %x", i, got[i].Key, got[i].Value, want[i].Key, want[i].Value)
		}
	}
}

// TestPartOf checks what PartOf reads of a store's records: every edge
// weighs as many evidence parts as state it, and every group and
// resolved node is a node.
func TestPartOf(t *testing.T) {
	s := openMemory(t)
	put(t, s, append(syntheticArticles(100), story()...)...)
	type edge struct {
		from, to  uint64
		predicate string
		negated   bool
	}
	weights := make(map[edge]int)
	nodes := make(map[uint64]bool)
	var groups, resolved []uint64
	for _, r := range storeRecords(t, s) {
		p, err := store.PartOf(r)
		if err != nil {
			t.Fatal(err)
		}
		e := edge{p.Node, p.To, p.Predicate, p.Negated}
		switch p.Kind {
		case store.PartNode:
			if p.Name == "" || p.Type == "" {
				t.Errorf("node %d without name or type", p.Node)
			}
			nodes[p.Node] = true
		case store.PartGroup:
			groups = append(groups, p.Node)
		case store.PartCanonical:
			resolved = append(resolved, p.Node)
		case store.PartEdge:
			weights[e] += p.Weight
		case store.PartEvidence:
			if p.Article == "" || p.Text == "" || p.End <= p.Start {
				t.Errorf("evidence %+v without article, text or span", p)
			}
			weights[e]--
		}
	}
	for e, left := range weights {
		if left != 0 {
			t.Errorf("edge %+v weighs %d more than its evidence", e, left)
		}
	}
	if len(groups) == 0 || len(resolved) == 0 {
		t.Fatalf("%d groups and %d resolved nodes: the articles should join some", len(groups), len(resolved))
	}
	for _, node := range append(groups, resolved...) {
		if !nodes[node] {
			t.Errorf("node %d is grouped or resolved but has no node record", node)
		}
	}
}

func TestCanonicalEdge(t *testing.T) {
	resolved := map[uint64]uint64{5: 2, 6: 0}
	lookup := func(node uint64) (uint64, bool) {
		to, found := resolved[node]
		return to, found
	}
	tests := []struct {
		from, to   uint64
		predicate  string
		want       [2]uint64
		wantExists bool
	}{
		{1, 3, "criticise", [2]uint64{1, 3}, true},
		{5, 1, "criticise", [2]uint64{2, 1}, true},
		{5, 1, "talk", [2]uint64{1, 2}, true}, // symmetric: lower id first
		{5, 2, "criticise", [2]uint64{}, false},
		{6, 1, "criticise", [2]uint64{}, false},
	}
	for _, tt := range tests {
		got, ok := store.CanonicalEdge(store.Part{Kind: store.PartEdge, Node: tt.from, To: tt.to, Predicate: tt.predicate}, lookup)
		if ok != tt.wantExists || ok && [2]uint64{got.Node, got.To} != tt.want {
			t.Errorf("CanonicalEdge(%d -%s-> %d) = %d -> %d, %v; want %v, %v", tt.from, tt.predicate, tt.to, got.Node, got.To, ok, tt.want, tt.wantExists)
		}
	}
}
