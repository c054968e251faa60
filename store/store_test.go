package store_test

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func TestPutOutcomes(t *testing.T) {
	copyOf := func(a *graph.Article, id string) *graph.Article {
		c := *a
		c.ID = id
		return &c
	}
	rewritten := func(a *graph.Article, hash string) *graph.Article {
		c := *a
		c.Hash = hash
		c.Relations = c.Relations[:1]
		return &c
	}
	s := openMemory(t)
	steps := []struct {
		name       string
		articles   []*graph.Article
		want       []store.Outcome
		documents  int
		duplicates int
	}{
		{"new", []*graph.Article{versailles()}, []store.Outcome{store.Added}, 1, 0},
		{"again", []*graph.Article{versailles()}, []store.Outcome{store.Unchanged}, 1, 0},
		{"same text, new id", []*graph.Article{copyOf(versailles(), "copy")}, []store.Outcome{store.Duplicate}, 1, 1},
		{"twice in one call", []*graph.Article{syria(), syria()}, []store.Outcome{store.Added, store.Unchanged}, 2, 1},
		// The copy takes over the text its original no longer has.
		{"new text", []*graph.Article{rewritten(versailles(), "h-versailles-2")}, []store.Outcome{store.Replaced}, 3, 0},
		{"copy again", []*graph.Article{copyOf(versailles(), "copy")}, []store.Outcome{store.Unchanged}, 3, 0},
		{"new text repeating another", []*graph.Article{rewritten(syria(), "h-versailles-2")}, []store.Outcome{store.Duplicate}, 2, 1},
		{"duplicate gets own text", []*graph.Article{rewritten(syria(), "h-syria-3")}, []store.Outcome{store.Replaced}, 3, 0},
	}
	for _, step := range steps {
		got := put(t, s, step.articles...)
		if !slices.Equal(got, step.want) {
			t.Fatalf("%s: outcomes %v, want %v", step.name, got, step.want)
		}
		stats, err := s.Stats()
		if err != nil {
			t.Fatal(err)
		}
		if stats.Documents != step.documents || stats.Duplicates != step.duplicates {
			t.Fatalf("%s: %d documents, %d duplicates; want %d, %d", step.name, stats.Documents, stats.Duplicates, step.documents, step.duplicates)
		}
	}
}

func TestPutRejectsArticleWithoutID(t *testing.T) {
	s := openMemory(t)
	_, err := s.Put(versailles(), &graph.Article{Title: "no id"})
	if !errors.Is(err, store.ErrInvalidArticle) {
		t.Fatalf("Put: %v, want ErrInvalidArticle", err)
	}
	if stats, _ := s.Stats(); stats.Documents != 0 {
		t.Fatalf("%d documents stored after a rejected Put, want 0", stats.Documents)
	}
}

func TestHasArticle(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles())
	tests := []struct {
		id, hash string
		want     bool
	}{
		{"versailles", "h-versailles", true},
		{"versailles", "h-other", false},
		{"unknown", "h-versailles", false},
	}
	for _, test := range tests {
		got, err := s.HasArticle(test.id, test.hash)
		if err != nil || got != test.want {
			t.Errorf("HasArticle(%q, %q) = %t, %v; want %t", test.id, test.hash, got, err, test.want)
		}
	}
}

func TestReplaceEqualsFreshBuild(t *testing.T) {
	withoutMacron := syria()
	withoutMacron.Hash = "h-syria-2"
	withoutMacron.Entities = withoutMacron.Entities[:1:1]
	withoutMacron.Entities = append(withoutMacron.Entities, entity("e3", "Syria", graph.GPE, 4))
	withoutMacron.Relations = withoutMacron.Relations[1:]

	replaced := openMemory(t)
	put(t, replaced, story()...)
	if got := put(t, replaced, withoutMacron); got[0] != store.Replaced {
		t.Fatalf("outcome %v, want Replaced", got[0])
	}
	fresh := openMemory(t)
	put(t, fresh, versailles(), withoutMacron, assad())

	if got, want := snapshot(t, replaced), snapshot(t, fresh); !slices.Equal(got, want) {
		t.Errorf("after replace:\n%v\nfresh build:\n%v", got, want)
	}
	replacedStats, _ := replaced.Stats()
	freshStats, _ := fresh.Stats()
	if !reflect.DeepEqual(replacedStats, freshStats) {
		t.Errorf("stats after replace %+v, fresh %+v", replacedStats, freshStats)
	}
	macron, err := replaced.Node(lookupOne(t, replaced, "macron"))
	if err != nil {
		t.Fatal(err)
	}
	if macron.Mentions != 2 || macron.Documents != 1 {
		t.Errorf("Macron: %d mentions in %d documents, want 2 in 1", macron.Mentions, macron.Documents)
	}
}

func TestNodeDiesWithItsLastArticle(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	obrien := lookupOne(t, s, "O'Brien")
	withoutHim := assad()
	withoutHim.Hash = "h-assad-2"
	withoutHim.Entities = withoutHim.Entities[:2]
	put(t, s, withoutHim)
	if _, err := s.Node(obrien); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Node of a node no article mentions: %v, want ErrNotFound", err)
	}
	if nodes, err := s.Lookup("O'Brien"); err != nil || len(nodes) != 0 {
		t.Errorf("Lookup of a dead node: %v, %v; want none", nodes, err)
	}
}

func TestNode(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	putin, err := s.Node(lookupOne(t, s, "Putin"))
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Node{ID: putin.ID, Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}, Mentions: 5, Documents: 2}
	if !reflect.DeepEqual(putin, want) {
		t.Errorf("Node = %+v, want %+v", putin, want)
	}
	if _, err := s.Node(1 << 40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Node(unknown): %v, want ErrNotFound", err)
	}
}

func TestLookup(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	put(t, s, &graph.Article{ID: "smiths", Hash: "h-smiths", Entities: []graph.Entity{
		entity("e1", "Smith", graph.Org, 1),
		entity("e2", "John Smith", graph.Person, 4, "Smith"),
	}})
	tests := []struct {
		query string
		want  []string
	}{
		{"Vladimir Putin", []string{"Vladimir Putin"}},
		{"  VLADIMIR \t putin ", []string{"Vladimir Putin"}},
		{"putin", []string{"Vladimir Putin"}},
		{"Macron", []string{"Emmanuel Macron"}},
		{"o'brien", []string{"O’Brien"}},
		{"O’BRIEN", []string{"O’Brien"}},
		{"smith", []string{"John Smith", "Smith"}},
		{"Vladimir", nil},
		{"", nil},
	}
	for _, test := range tests {
		nodes, err := s.Lookup(test.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range nodes {
			got = append(got, n.Name)
		}
		if !slices.Equal(got, test.want) {
			t.Errorf("Lookup(%q) = %q, want %q", test.query, got, test.want)
		}
	}
}

func TestClosest(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	tests := []struct {
		query string
		n     int
		want  []string
	}{
		{"Puttin", 1, []string{"Vladimir Putin"}},
		{"mac", 1, []string{"Emmanuel Macron"}},
		{"ssad", 1, []string{"Bashar al-Assad"}},
		{"russ", 1, []string{"Russia"}},
		{"Syria", 1, []string{"Syria"}},
		{"Syria", 0, nil},
	}
	for _, test := range tests {
		nodes, err := s.Closest(test.query, test.n)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range nodes {
			got = append(got, n.Name)
		}
		if !slices.Equal(got, test.want) {
			t.Errorf("Closest(%q, %d) = %q, want %q", test.query, test.n, got, test.want)
		}
	}
	all, err := s.Closest("x", 100)
	if err != nil || len(all) != 7 {
		t.Errorf("Closest with n above the node count: %d nodes, %v; want all 7", len(all), err)
	}
}

func TestNeighbours(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	putin, macron, syriaID := lookupOne(t, s, "Putin"), lookupOne(t, s, "Macron"), lookupOne(t, s, "Syria")
	type row struct {
		name      string
		from      uint64
		depth     int
		direction store.Direction
		weight    int
	}
	tests := []struct {
		name  string
		start uint64
		query store.Query
		want  []row
	}{
		{"depth 1", putin, store.Query{Depth: 1, Direction: store.Both}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
			{"Russia", putin, 1, store.Out, 1},
			{"Syria", putin, 1, store.Out, 1},
			{"Versailles", putin, 1, store.Out, 1},
		}},
		{"zero query is depth 1, both ways", putin, store.Query{}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
			{"Russia", putin, 1, store.Out, 1},
			{"Syria", putin, 1, store.Out, 1},
			{"Versailles", putin, 1, store.Out, 1},
		}},
		{"out", putin, store.Query{Depth: 1, Direction: store.Out}, []row{
			{"Russia", putin, 1, store.Out, 1},
			{"Syria", putin, 1, store.Out, 1},
			{"Versailles", putin, 1, store.Out, 1},
		}},
		{"in", putin, store.Query{Depth: 1, Direction: store.In}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
		}},
		{"predicate", putin, store.Query{Depth: 1, Predicates: []string{"met"}}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
		}},
		{"predicate and direction", putin, store.Query{Depth: 1, Predicates: []string{"met"}, Direction: store.Out}, nil},
		{"limit", putin, store.Query{Depth: 3, Limit: 2}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
			{"Russia", putin, 1, store.Out, 1},
		}},
		{"depth 2", macron, store.Query{Depth: 2}, []row{
			{"Vladimir Putin", macron, 1, store.Out, 2},
			{"Russia", putin, 2, store.Out, 1},
			{"Syria", putin, 2, store.Out, 1},
			{"Versailles", putin, 2, store.Out, 1},
		}},
		{"depth 3", macron, store.Query{Depth: 3}, []row{
			{"Vladimir Putin", macron, 1, store.Out, 2},
			{"Russia", putin, 2, store.Out, 1},
			{"Syria", putin, 2, store.Out, 1},
			{"Versailles", putin, 2, store.Out, 1},
			{"Bashar al-Assad", syriaID, 3, store.In, 1},
		}},
		{"keep", putin, store.Query{Depth: 3, Keep: func(e graph.Edge) bool { return e.To != syriaID }}, []row{
			{"Emmanuel Macron", putin, 1, store.In, 2},
			{"Russia", putin, 1, store.Out, 1},
			{"Versailles", putin, 1, store.Out, 1},
		}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			neighbours, err := s.Neighbours(test.start, test.query)
			if err != nil {
				t.Fatal(err)
			}
			var got []row
			for _, n := range neighbours {
				got = append(got, row{n.Node.Name, n.From, n.Depth, n.Relations[0].Direction, n.Weight})
			}
			if !slices.Equal(got, test.want) {
				t.Errorf("got  %v\nwant %v", got, test.want)
			}
		})
	}
	if _, err := s.Neighbours(1<<40, store.Query{Depth: 1}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Neighbours of an unknown node: %v, want ErrNotFound", err)
	}
}

func TestNeighbourEvidenceIsEarliest(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles(), syria())
	neighbours, err := s.Neighbours(lookupOne(t, s, "Putin"), store.Query{Depth: 1, Direction: store.In})
	if err != nil {
		t.Fatal(err)
	}
	if len(neighbours) != 1 {
		t.Fatalf("%d neighbours, want 1", len(neighbours))
	}
	want := graph.Evidence{Document: "versailles", Sentence: graph.Span{Start: 0, End: 31}, Text: "Macron met Putin at Versailles.", Date: day(2017, 5, 29)}
	if got := neighbours[0].Relations[0].Evidence; !reflect.DeepEqual(got, want) {
		t.Errorf("evidence %+v, want %+v", got, want)
	}
}

func TestEdges(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	var edges []graph.Edge
	if err := s.Edges(func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(edges, func(a, b graph.Edge) int {
		if a.From != b.From {
			return compare(a.From, b.From)
		}
		if a.Predicate != b.Predicate {
			return compare(a.Predicate, b.Predicate)
		}
		return compare(a.To, b.To)
	}) {
		t.Errorf("edges not ordered by From, Predicate, To: %+v", edges)
	}
	putin, macron, russia := lookupOne(t, s, "Putin"), lookupOne(t, s, "Macron"), lookupOne(t, s, "Russia")
	tests := []graph.Edge{
		{From: macron, To: putin, Predicate: "met", Kind: graph.Event, Weight: 2, First: day(2017, 5, 29), Last: day(2017, 6, 2)},
		{From: putin, To: russia, Predicate: "president", Kind: graph.Role, Weight: 1, First: day(2017, 5, 29), Last: day(2017, 5, 29)},
		{From: lookupOne(t, s, "Assad"), To: lookupOne(t, s, "Syria"), Predicate: "president", Kind: graph.Role, Weight: 1},
	}
	for _, want := range tests {
		i := slices.IndexFunc(edges, func(e graph.Edge) bool {
			return e.From == want.From && e.To == want.To && e.Predicate == want.Predicate
		})
		if i < 0 {
			t.Errorf("no edge %d -%s-> %d", want.From, want.Predicate, want.To)
			continue
		}
		if got := edges[i]; !reflect.DeepEqual(got, want) {
			t.Errorf("edge %+v, want %+v", got, want)
		}
	}
	stop := errors.New("stop")
	calls := 0
	if err := s.Edges(func(graph.Edge) error { calls++; return stop }); !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Edges with fn failing: %v after %d calls, want stop after 1", err, calls)
	}
}

func compare[T int | uint64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestEvidence(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles(), syria())
	met := graph.Edge{From: lookupOne(t, s, "Macron"), To: lookupOne(t, s, "Putin"), Predicate: "met"}
	tests := []struct {
		limit int
		want  []string
	}{
		{0, []string{"versailles", "syria"}},
		{-1, []string{"versailles", "syria"}},
		{1, []string{"versailles"}},
		{5, []string{"versailles", "syria"}},
	}
	for _, test := range tests {
		evidence, err := s.Evidence(met, test.limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evidence {
			got = append(got, e.Document)
		}
		if !slices.Equal(got, test.want) {
			t.Errorf("Evidence limit %d: documents %q, want %q", test.limit, got, test.want)
		}
	}
	negated := met
	negated.Negated = true
	if _, err := s.Evidence(negated, 0); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Evidence of a missing edge: %v, want ErrNotFound", err)
	}
}

func TestDroppedRelations(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles())
	put(t, s, &graph.Article{ID: "odd", Hash: "h-odd", Entities: []graph.Entity{
		entity("e1", "Vladimir Putin", graph.Person, 1),
		entity("e2", "Putin", graph.Person, 1),
		entity("e3", "Russia", graph.GPE, 1),
		entity("e4", "   ", graph.GPE, 1),
	}, Relations: []graph.Relation{
		relation("e1", "met", "e9", 0, "object is no entity"),
		relation("e9", "met", "e1", 10, "subject is no entity"),
		relation("e1", "praised", "e1", 20, "self"),
		relation("e2", "praised", "e1", 30, "self once Putin joins Vladimir Putin"),
		relation("e1", "met", "e4", 40, "object has an empty name"),
		relation("e2", "visited", "e3", 50, "kept"),
	}})
	stats, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Edges != 4 || stats.Evidence != 4 || stats.Predicates["praised"] != 0 || stats.Predicates["visited"] != 2 {
		t.Errorf("stats %+v; want 4 edges, 4 evidence, no praised, 2 visited", stats)
	}
	putin, err := s.Node(lookupOne(t, s, "Vladimir Putin"))
	if err != nil {
		t.Fatal(err)
	}
	if putin.Mentions != 5 || putin.Documents != 2 {
		t.Errorf("Putin: %d mentions in %d documents, want 5 in 2", putin.Mentions, putin.Documents)
	}
}

func TestStats(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	copied := versailles()
	copied.ID = "copy"
	put(t, s, copied)
	got, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{
		Documents:  3,
		Duplicates: 1,
		Entities:   map[graph.Type]int{graph.Person: 4, graph.GPE: 3},
		Edges:      6,
		Evidence:   7,
		Predicates: map[string]int{"met": 1, "visited": 1, "president": 2, "supports": 1, "criticised": 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
}

func TestNodesStreamsLiveNodesInOrder(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	var ids []uint64
	if err := s.Nodes(func(n graph.Node) error { ids = append(ids, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 7 || !slices.IsSorted(ids) {
		t.Errorf("Nodes gave ids %v, want 7 ascending", ids)
	}
}

func TestOutcomeString(t *testing.T) {
	tests := map[store.Outcome]string{store.Added: "added", store.Unchanged: "unchanged", store.Replaced: "replaced", store.Duplicate: "duplicate", store.Outcome(9): "Outcome(9)"}
	for outcome, want := range tests {
		if got := outcome.String(); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	}
}

func TestNodeAliasesFromSeveralArticles(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		&graph.Article{ID: "a", Hash: "h-a", Entities: []graph.Entity{entity("e1", "Boris Johnson", graph.Person, 1, "Johnson", "Boris", "B\x00")}},
		&graph.Article{ID: "b", Hash: "h-b", Entities: []graph.Entity{entity("e1", "Boris Johnson", graph.Person, 1, "JOHNSON", "BoJo", "Boris J", "B")}},
		&graph.Article{ID: "c", Hash: "h-c", Entities: []graph.Entity{entity("e1", "Johnson", graph.Person, 1)}},
	)
	node, err := s.Node(lookupOne(t, s, "bojo"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"B", "B\x00", "BoJo", "Boris", "Boris J", "Johnson"}
	if !slices.Equal(node.Aliases, want) || node.Documents != 3 {
		t.Errorf("aliases %q in %d documents, want %q in 3", node.Aliases, node.Documents, want)
	}
}

func TestNeighbourKeepsEveryRelation(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles(), syria(), &graph.Article{ID: "praise", Hash: "h-praise", Entities: []graph.Entity{
		entity("e1", "Vladimir Putin", graph.Person, 1),
		entity("e2", "Emmanuel Macron", graph.Person, 1),
	}, Relations: []graph.Relation{relation("e1", "praised", "e2", 0, "Putin praised Macron.")}})
	neighbours, err := s.Neighbours(lookupOne(t, s, "Putin"), store.Query{Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(neighbours, func(n store.Neighbour) bool { return n.Node.Name == "Emmanuel Macron" })
	if i < 0 {
		t.Fatal("Macron is not a neighbour of Putin")
	}
	type relation struct {
		predicate string
		direction store.Direction
		weight    int
		document  string
	}
	var got []relation
	for _, r := range neighbours[i].Relations {
		got = append(got, relation{r.Edge.Predicate, r.Direction, r.Edge.Weight, r.Evidence.Document})
	}
	// The heavier incoming "met" comes first, though the outgoing
	// "praised" is found first.
	want := []relation{{"met", store.In, 2, "versailles"}, {"praised", store.Out, 1, "praise"}}
	if !slices.Equal(got, want) || neighbours[i].Weight != 3 {
		t.Errorf("Macron's relations %v (weight %d), want %v (weight 3)", got, neighbours[i].Weight, want)
	}
	if len(neighbours) != 4 {
		t.Errorf("%d neighbours, want 4: each node once", len(neighbours))
	}
}

// TestNeighbourReachedByHeaviestLink checks that a node two steps away is
// reached from the node with the most evidence for it in all, not the one
// with the heaviest single edge, whatever their ids.
func TestNeighbourReachedByHeaviestLink(t *testing.T) {
	s := openMemory(t)
	put(t, s, &graph.Article{ID: "a", Hash: "h-a", Entities: []graph.Entity{
		entity("e1", "Anne Avery", graph.Person, 1),
		entity("e2", "Carl Cole", graph.Person, 1),
		entity("e3", "Bea Brandt", graph.Person, 1),
		entity("e4", "Dora Dunn", graph.Person, 1),
	}, Relations: []graph.Relation{
		relation("e1", "met", "e2", 0, "Avery met Cole."),
		relation("e1", "met", "e3", 20, "Avery met Brandt."),
		relation("e2", "hired", "e4", 40, "Cole hired Dunn."),
		relation("e2", "hired", "e4", 60, "Cole hired Dunn again."),
		relation("e3", "praised", "e4", 80, "Brandt praised Dunn."),
		relation("e4", "thanked", "e3", 100, "Dunn thanked Brandt."),
		relation("e3", "visited", "e4", 120, "Brandt visited Dunn."),
	}})
	carl, bea := lookupOne(t, s, "Carl Cole"), lookupOne(t, s, "Bea Brandt")
	if carl > bea {
		t.Fatalf("Cole (%d) should have the lower id than Brandt (%d)", carl, bea)
	}
	neighbours, err := s.Neighbours(lookupOne(t, s, "Anne Avery"), store.Query{Depth: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(neighbours) != 3 {
		t.Fatalf("%d neighbours, want 3", len(neighbours))
	}
	dora := neighbours[2]
	var predicates []string
	for _, r := range dora.Relations {
		predicates = append(predicates, r.Edge.Predicate)
	}
	if dora.Node.Name != "Dora Dunn" || dora.From != bea || dora.Weight != 3 || !slices.Equal(predicates, []string{"praised", "thanked", "visited"}) {
		t.Errorf("Dunn reached from %d by %q (weight %d), want from Brandt (%d) by praised, thanked, visited (3)", dora.From, predicates, dora.Weight, bea)
	}
}

func TestPairEvidence(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles(), syria(), &graph.Article{ID: "praise", Hash: "h-praise", Entities: []graph.Entity{
		entity("e1", "Vladimir Putin", graph.Person, 1),
		entity("e2", "Emmanuel Macron", graph.Person, 1),
	}, Relations: []graph.Relation{
		relation("e1", "praised", "e2", 0, "Putin praised Macron."),
		{Subject: "e2", Predicate: "praised", Object: "e1", Negated: true, Kind: graph.Event, Sentence: graph.Span{Start: 30, End: 56}, Evidence: "Macron did not praise him."},
	}})
	putin, macron := lookupOne(t, s, "Putin"), lookupOne(t, s, "Macron")
	describe := func(statements []store.Statement) []string {
		var lines []string
		for _, st := range statements {
			ends := "putin->macron"
			if st.From == macron {
				ends = "macron->putin"
			}
			lines = append(lines, fmt.Sprintf("%s %s %t %s %d-%d %q", ends, st.Predicate, st.Negated, st.Evidence.Document,
				st.Evidence.Sentence.Start, st.Evidence.Sentence.End, st.Evidence.Text))
		}
		return lines
	}
	all := []string{
		`macron->putin met false versailles 0-31 "Macron met Putin at Versailles."`,
		`macron->putin met false syria 10-33 "Macron met Putin again."`,
		`putin->macron praised false praise 0-21 "Putin praised Macron."`,
		`macron->putin praised true praise 30-56 "Macron did not praise him."`,
	}
	tests := []struct {
		name       string
		a, b       uint64
		predicates []string
		want       []string
	}{
		{"every predicate", putin, macron, nil, all},
		{"the other way round", macron, putin, nil, all},
		{"one predicate", putin, macron, []string{"met"}, all[:2]},
		{"two predicates", putin, macron, []string{"praised", "met"}, all},
		{"an unknown predicate", putin, macron, []string{"kissed"}, nil},
		{"no edge between them", macron, lookupOne(t, s, "Syria"), nil, nil},
		{"an entity with itself", putin, putin, nil, nil},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			statements, err := s.PairEvidence(test.a, test.b, test.predicates)
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(statements); !slices.Equal(got, test.want) {
				t.Errorf("got  %q\nwant %q", got, test.want)
			}
		})
	}
	if _, err := s.PairEvidence(putin, 1<<40, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PairEvidence with an unknown node: %v, want ErrNotFound", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	articles := syntheticArticles(200)
	sequential := openMemory(t)
	put(t, sequential, articles...)
	want, err := sequential.Stats()
	if err != nil {
		t.Fatal(err)
	}

	s := openMemory(t)
	var writers, readers sync.WaitGroup
	for part := range 4 {
		writers.Go(func() {
			for i := part; i < len(articles); i += 4 {
				if _, err := s.Put(articles[i]); err != nil {
					t.Error(err)
				}
			}
		})
	}
	done := make(chan struct{})
	readers.Go(func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			if _, err := s.Stats(); err != nil {
				t.Error(err)
			}
			if _, err := s.Closest("anna", 3); err != nil {
				t.Error(err)
			}
		}
	})
	writers.Wait()
	close(done)
	readers.Wait()
	// Which of two equal texts counts as the duplicate depends on the
	// order of the Puts; the totals do not.
	if got, err := s.Stats(); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("stats after concurrent Puts %+v, %v; sequential %+v", got, err, want)
	}
}

// TestSurnamesAcrossArticles checks how people who share a surname are kept
// apart across articles: different full names stay different people; a
// bare surname joins the one person who bears it, and none when two do.
func TestSurnamesAcrossArticles(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		&graph.Article{ID: "tony", Hash: "h-tony", Entities: []graph.Entity{entity("e1", "Tony Blair", graph.Person, 2, "Blair")}},
		&graph.Article{ID: "brown", Hash: "h-brown", Entities: []graph.Entity{entity("e1", "Gordon Brown", graph.Person, 1, "Brown")}},
		&graph.Article{ID: "cherie", Hash: "h-cherie", Entities: []graph.Entity{entity("e1", "Cherie Blair", graph.Person, 2, "Blair")}},
		&graph.Article{ID: "mr-brown", Hash: "h-mr-brown", Entities: []graph.Entity{entity("e1", "Brown", graph.Person, 3)}},
		&graph.Article{ID: "mr-blair", Hash: "h-mr-blair", Entities: []graph.Entity{entity("e1", "Blair", graph.Person, 1)}},
	)
	people := map[string]int{}
	if err := s.Nodes(func(n graph.Node) error {
		people[n.Name] = n.Mentions
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Tony Blair": 2, "Cherie Blair": 2, "Gordon Brown": 4, "Blair": 1}
	if !maps.Equal(people, want) {
		t.Errorf("nodes and mentions = %v, want %v", people, want)
	}
}

// An id stored from one source is not replaced by an article of that id
// from another; the same source still replaces it.
func TestPutIDCollision(t *testing.T) {
	from := func(a *graph.Article, source, hash string) *graph.Article {
		a.Source, a.Hash = source, hash
		return a
	}
	s := openMemory(t)
	steps := []struct {
		name    string
		article *graph.Article
		want    store.Outcome
		source  string // stored afterwards
	}{
		{"first", from(versailles(), "/news/a.txt", "h1"), store.Added, "/news/a.txt"},
		{"same id, other source, same text", from(versailles(), "/other/a.txt", "h1"), store.Collision, "/news/a.txt"},
		{"same id, other source, other text", from(syria(), "/other/a.txt", "h2"), store.Collision, "/news/a.txt"},
		{"same id, same source, new text", from(versailles(), "/news/a.txt", "h3"), store.Replaced, "/news/a.txt"},
		{"same id, no source", from(versailles(), "", "h4"), store.Replaced, ""},
		{"a source again", from(versailles(), "-", "h5"), store.Replaced, "-"},
	}
	for _, step := range steps {
		step.article.ID = "a"
		if got := put(t, s, step.article); !slices.Equal(got, []store.Outcome{step.want}) {
			t.Fatalf("%s: outcomes %v, want %v", step.name, got, step.want)
		}
		source, err := s.ArticleSource("a")
		if err != nil || source != step.source {
			t.Fatalf("%s: ArticleSource = %q, %v; want %q", step.name, source, err, step.source)
		}
		stats, err := s.Stats()
		if err != nil || stats.Documents != 1 {
			t.Fatalf("%s: %d documents, %v; want 1", step.name, stats.Documents, err)
		}
	}
	if source, err := s.ArticleSource("missing"); source != "" || err != nil {
		t.Errorf("ArticleSource(missing) = %q, %v; want \"\", nil", source, err)
	}
}

// TestNeighbourShownByTheRelationStatedFirst checks that of two edges of
// equal weight to one neighbour, the row shows the one whose evidence
// comes first ("Putin met Macron", before "Putin invited Macron"),
// whichever predicate sorts first.
func TestNeighbourShownByTheRelationStatedFirst(t *testing.T) {
	for _, first := range []string{"meet", "invite"} {
		second := map[string]string{"meet": "invite", "invite": "meet"}[first]
		s := openMemory(t)
		put(t, s, &graph.Article{
			ID: "a", Hash: "a",
			Entities: []graph.Entity{entity("e1", "Vladimir Putin", graph.Person, 2), entity("e2", "Emmanuel Macron", graph.Person, 2)},
			Relations: []graph.Relation{
				relation("e1", second, "e2", 100, "Putin "+second+" Macron later."),
				relation("e1", first, "e2", 0, "Putin "+first+" Macron first."),
			},
		})
		rows, err := s.Neighbours(lookupOne(t, s, "Vladimir Putin"), store.Query{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0].Relations[0].Edge.Predicate != first {
			t.Errorf("first stated %s: rows %+v, want one by %s", first, rows, first)
		}
	}
}

// TestGeneration: reads leave the store's generation as it is; each
// committed write advances it, a resolution included.
func TestGeneration(t *testing.T) {
	s := openMemory(t)
	start := s.Generation()
	if _, err := s.Stats(); err != nil {
		t.Fatal(err)
	}
	if again := s.Generation(); again != start {
		t.Fatalf("a read moved the generation from %d to %d", start, again)
	}
	if _, err := s.Put(versailles()); err != nil {
		t.Fatal(err)
	}
	stored := s.Generation()
	if stored <= start {
		t.Fatalf("generation %d after a Put, %d before", stored, start)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if resolved := s.Generation(); resolved <= stored {
		t.Errorf("generation %d after Resolve, %d before", resolved, stored)
	}
}
