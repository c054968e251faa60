package pipeline

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
)

// TestExtractSkipsADocumentTheExtractorFailsOn: a document the extractor
// panics on is reported and skipped, as kg build does, and the others
// are extracted.
func TestExtractSkipsADocumentTheExtractorFailsOn(t *testing.T) {
	saved := extract
	t.Cleanup(func() { extract = saved })
	extract = func(doc corpus.Document) (*graph.Article, error) {
		if doc.ID == "bad" {
			panic("index out of range")
		}
		return &graph.Article{ID: doc.ID, Words: 2}, nil
	}
	for _, test := range []struct {
		id      string
		emitted int
	}{{"good", 1}, {"bad", 0}, {"good again", 1}} {
		data, err := json.Marshal(document{Doc: corpus.Document{ID: test.id, Text: "Some text.", Source: "in.jsonl", Line: 1}})
		if err != nil {
			t.Fatal(err)
		}
		emitted := 0
		err = (&extractFn{}).ProcessElement(context.Background(), data, func(string, []byte) { emitted++ })
		if err != nil || emitted != test.emitted {
			t.Errorf("%s: error %v, %d articles emitted, want none and %d", test.id, err, emitted, test.emitted)
		}
	}
}
