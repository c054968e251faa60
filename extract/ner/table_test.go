package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomWeightTable makes a table of count keys drawn from 1..span, with
// weights anywhere in the int16 range.
func randomWeightTable(random *rand.Rand, count int, span uint64) weightTable {
	seen := map[uint64]bool{}
	var keys []uint64
	var weights [][numLabels]int16
	for len(keys) < count {
		key := random.Uint64N(span) + 1
		if seen[key] {
			continue
		}
		seen[key] = true
		var row [numLabels]int16
		for label := range row {
			row[label] = int16(random.IntN(1<<16) - 1<<15)
		}
		keys = append(keys, key)
		weights = append(weights, row)
	}
	return newWeightTable(keys, weights)
}

// TestPairTable checks the scores of a pairTable against those of the
// two stage tables it is built from, for keys in one stage, in both, in
// neither, and given twice.
func TestPairTable(t *testing.T) {
	random := rand.New(rand.NewPCG(7, 8))
	first := stage{table: randomWeightTable(random, 3000, 6000)}
	second := stage{table: randomWeightTable(random, 2000, 6000)}
	both := newPairTable(&first.table, &second.table)
	loaded := make([]uint64, 200)
	for range 500 {
		keys := make([]uint64, random.IntN(len(loaded)))
		for i := range keys {
			keys[i] = random.Uint64N(7000) + 1
		}
		var want1, want2, got1, got2, gotBoth1, gotBoth2 [numLabels]int32
		first.score(keys, &want1, loaded)
		second.score(keys, &want2, loaded)
		both.score(keys, 0, &got1, loaded)
		both.score(keys, 1, &got2, loaded)
		both.scoreBoth(keys, &gotBoth1, &gotBoth2, loaded)
		if got1 != want1 || gotBoth1 != want1 || got2 != want2 || gotBoth2 != want2 {
			t.Fatalf("keys %v: pair table scores %v %v and %v %v, want %v %v", keys, got1, got2, gotBoth1, gotBoth2, want1, want2)
		}
	}
}

// TestTagMatchesStages checks that tagging with the pair table labels as
// the two stages do one after the other, each with its own table.
func TestTagMatchesStages(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := `Shares in Marks & Spencer rose 3% on Tuesday after chief executive Stuart Rose said the retailer would cut 600 jobs in London .
BRUSSELS , Jan 5 - The European Commission fined Microsoft Corp $ 613 million , Neelie Kroes told reporters .
Mr Blair met Gordon Brown and Bill Clinton at Downing Street before flying to New York with the U.S. envoy .
MANCHESTER UNITED BEAT ARSENAL AT OLD TRAFFORD`
	var sentences [][]string
	for line := range strings.Lines(text) {
		sentences = append(sentences, strings.Fields(line))
	}
	tagged := new(tagging)
	tagged.prepare(sentences, m.words)
	m.tag(tagged)
	var stages [2]stage
	for i := range stages {
		stages[i].table = newWeightTable(m.both.stage(i))
	}
	staged := new(tagging)
	staged.prepare(sentences, m.words)
	staged.label(&stages[0], nil, staged.firstPass)
	staged.doc.countTypes(staged.firstPass)
	staged.label(&stages[1], staged.firstPass, staged.labels)
	if !slices.Equal(tagged.firstPass, staged.firstPass) || !slices.Equal(tagged.labels, staged.labels) {
		t.Errorf("pair table labels %v then %v, stages %v then %v", tagged.firstPass, tagged.labels, staged.firstPass, staged.labels)
	}
	if !slices.ContainsFunc(tagged.labels, func(label int) bool { return label != labelO }) {
		t.Error("no entity found: the test reads nothing")
	}
}
