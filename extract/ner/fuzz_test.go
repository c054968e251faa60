package ner_test

import (
	"strings"
	"testing"
)

func FuzzTagDocument(f *testing.F) {
	f.Add("Putin met Macron at Versailles .\nTHE U.S. AND E.U. 's SANCTIONS")
	f.Add("\x00\xff\xfe \u00e9\u0301 \U0001F600\n\n  \n'' `` -- 1996-08-30")
	f.Add("Zürich ΑΘΗΝΑ Москва\nI-PER B-ORG O")
	model := defaultModel(f)
	f.Fuzz(func(t *testing.T, text string) {
		var document [][]string
		for line := range strings.SplitSeq(text, "\n") {
			document = append(document, strings.Split(line, " "))
		}
		labels := model.TagDocument(document)
		if len(labels) != len(document) {
			t.Fatalf("%d sentences in, %d out", len(document), len(labels))
		}
		for s, sentence := range labels {
			if len(sentence) != len(document[s]) {
				t.Fatalf("sentence %d: %d tokens in, %d labels out", s, len(document[s]), len(sentence))
			}
			previous := "O"
			for _, label := range sentence {
				switch {
				case label == "O":
				case strings.HasPrefix(label, "B-") && validType(label[2:]):
				case strings.HasPrefix(label, "I-") && validType(label[2:]):
					if previous == "O" || previous[2:] != label[2:] {
						t.Fatalf("sentence %d: %s after %s", s, label, previous)
					}
				default:
					t.Fatalf("invalid label %q", label)
				}
				previous = label
			}
		}
	})
}

func validType(kind string) bool {
	return kind == "PER" || kind == "ORG" || kind == "LOC" || kind == "MISC"
}
