package ner_test

import "testing"

func BenchmarkTagDocument(b *testing.B) {
	words, _ := split(readShared(b, "data/conll2003/valid.txt"))
	model := defaultModel(b)
	tokens := 0
	for _, doc := range words {
		for _, sentence := range doc {
			tokens += len(sentence)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range words {
			model.TagDocument(doc)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
