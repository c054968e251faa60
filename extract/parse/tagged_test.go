package parse_test

import (
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

// TestParseTagged: words with known tags keep them, and the tagger reads
// the rest after them: "beat" after the name "Real Madrid", given NNP, is
// a verb in the past, the root, with the club as its subject.
func TestParseTagged(t *testing.T) {
	m, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"On", "Saturday", ",", "Real", "Madrid", "beat", "Barcelona", "2-1", "."}
	tags := []string{"", "", "", "NNP", "NNP", "", "NNP", "", ""}
	words := m.ParseTagged(forms, tags)
	for i, w := range words {
		if tags[i] != "" && (w.XPOS != "NNP" || w.UPOS != "PROPN") {
			t.Errorf("%s is %s/%s, want NNP/PROPN", w.Form, w.XPOS, w.UPOS)
		}
	}
	if beat := words[5]; beat.XPOS != "VBD" || beat.Head != 0 {
		t.Errorf("beat is %s with head %d, want VBD at the root", beat.XPOS, beat.Head)
	}
	if subject := words[3]; subject.Head != 6 || subject.Deprel != "nsubj" {
		t.Errorf("Real is %s of %d, want nsubj of beat (6)", subject.Deprel, subject.Head)
	}
	// A word without a known tag keeps the tagger's.
	words = m.ParseTagged([]string{"The", "Bank", "of", "England", "raised", "rates", "."}, []string{"", "NNP", "", "NNP", "", "", ""})
	if of := words[2]; of.XPOS != "IN" {
		t.Errorf("of in Bank of England is %s, want IN", of.XPOS)
	}
	// A common noun given NN is a noun, the universal tag with it.
	words = m.ParseTagged([]string{"Nissan", "hired", "Ghosn", "as", "chief", "executive", "in", "1999", "."}, []string{"NNP", "", "NNP", "", "", "NN", "", "", ""})
	if executive := words[5]; executive.XPOS != "NN" || executive.UPOS != "NOUN" {
		t.Errorf("executive is %s/%s, want NN/NOUN", executive.XPOS, executive.UPOS)
	}
	if chief := words[4]; chief.Head != 6 {
		t.Errorf("chief hangs on word %d, want executive (6)", chief.Head)
	}
}
