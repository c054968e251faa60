package parse

import (
	"os"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// TestQualityEWTDevGoldTags parses EWT dev with the gold tags in place of
// the tagger's, to tell the parser's errors from those the tagger causes
// (MODEL.md). The floor is a little under what the embedded model scores.
func TestQualityEWTDevGoldTags(t *testing.T) {
	if testing.Short() {
		t.Skip("parses all of EWT dev a second time")
	}
	f, err := os.Open(sharedtest.Path(t, "data", "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reader := NewReader(f)
	var gold []*Sentence
	for {
		sentence, err := reader.Read()
		if err != nil {
			break
		}
		gold = append(gold, sentence)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	index := make(map[tagPair]int, len(m.tags))
	for i, tags := range m.tags {
		index[tags] = i
	}
	predicted := make([]*Sentence, len(gold))
	w := m.work()
	for s, sentence := range gold {
		w.tokens = m.prepare(w.tokens, sentence.Forms())
		for i, word := range sentence.Words {
			tag, ok := index[tagPair{word.XPOS, word.UPOS}]
			if !ok {
				tag = len(m.tags) // a pair train never had
			}
			w.tokens[i+1].tag = tag
		}
		m.parse(w)
		words := make([]Word, len(sentence.Words))
		for i := range words {
			words[i].Head = int(w.state.heads[i+1])
			words[i].Deprel = m.labels[w.state.labels[i+1]]
		}
		predicted[s] = &Sentence{Words: words}
	}
	scores := Score(gold, predicted)
	t.Logf("gold tags: UAS %.4f LAS %.4f", scores.UAS, scores.LAS)
	if scores.UAS < 0.865 || scores.LAS < 0.845 {
		t.Errorf("below the floors UAS 0.865, LAS 0.845")
	}
}
