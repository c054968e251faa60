package parse_test

import (
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

// TestParseNames: the words of a known name are proper nouns, and the
// tagger reads the rest after them: "beat" after the name "Real Madrid"
// is a verb in the past, the root, with the club as its subject.
func TestParseNames(t *testing.T) {
	m, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"On", "Saturday", ",", "Real", "Madrid", "beat", "Barcelona", "2-1", "."}
	names := []bool{false, false, false, true, true, false, true, false, false}
	words := m.ParseNames(forms, names)
	for i, w := range words {
		if names[i] && (w.XPOS != "NNP" || w.UPOS != "PROPN") {
			t.Errorf("%s is %s/%s, want NNP/PROPN", w.Form, w.XPOS, w.UPOS)
		}
	}
	if beat := words[5]; beat.XPOS != "VBD" || beat.Head != 0 {
		t.Errorf("beat is %s with head %d, want VBD at the root", beat.XPOS, beat.Head)
	}
	if subject := words[3]; subject.Head != 6 || subject.Deprel != "nsubj" {
		t.Errorf("Real is %s of %d, want nsubj of beat (6)", subject.Deprel, subject.Head)
	}
	// A lower-case word inside a name keeps the tagger's tag.
	words = m.ParseNames([]string{"The", "Bank", "of", "England", "raised", "rates", "."}, []bool{false, true, true, true, false, false, false})
	if of := words[2]; of.XPOS != "IN" {
		t.Errorf("of in Bank of England is %s, want IN", of.XPOS)
	}
}
