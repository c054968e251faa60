package extract

import "testing"

// parsedWords builds a clause reader's words from lines of "form upos
// xpos head deprel", heads counted from 1 and 0 for the root, as the
// parser gives them.
func parsedWords(t *testing.T, rows [][5]string) *clauseReader {
	t.Helper()
	r := &clauseReader{}
	for _, row := range rows {
		var head int
		for _, c := range row[3] {
			head = head*10 + int(c-'0')
		}
		r.words = append(r.words, wordView{form: row[0], lemma: row[0], upos: row[1], xpos: row[2], head: head - 1, deprel: row[4]})
	}
	return r
}

// TestMendMarkers: "has written to Tony demanding", the parse taking
// "to" for the marker of "demanding" and "Tony" for its subject.
func TestMendMarkers(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Howard", "PROPN", "NNP", "3", "nsubj"},
		{"has", "AUX", "VBZ", "3", "aux"},
		{"written", "VERB", "VBN", "0", "root"},
		{"to", "ADP", "IN", "6", "mark"},
		{"Blair", "PROPN", "NNP", "6", "nsubj"},
		{"demanding", "VERB", "VBG", "3", "advcl"},
	})
	r.mendMarkers()
	if w := r.words[4]; w.head != 2 || w.deprel != "obl" {
		t.Errorf("Blair: head %d %s, want 2 obl", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "case" {
		t.Errorf("to: head %d %s, want 4 case", w.head, w.deprel)
	}
}

// TestMendSubjects: "Vodafone's offer to acquire Verizon was rejected",
// the parse giving "rejected" a second subject.
func TestMendSubjects(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Vodafone", "PROPN", "NNP", "3", "nmod:poss"},
		{"'s", "PART", "POS", "1", "case"},
		{"offer", "NOUN", "NN", "8", "nsubj:pass"},
		{"to", "PART", "TO", "5", "mark"},
		{"acquire", "VERB", "VB", "3", "acl"},
		{"Verizon", "PROPN", "NNP", "8", "nsubj:pass"},
		{"was", "AUX", "VBD", "8", "aux:pass"},
		{"rejected", "VERB", "VBN", "0", "root"},
	})
	r.mendSubjects()
	if w := r.words[5]; w.head != 4 || w.deprel != "obj" {
		t.Errorf("Verizon: head %d %s, want 4 obj", w.head, w.deprel)
	}
}

// TestMendArgumentsOblique: an object with no preposition parsed as an
// oblique becomes the object; a time stays an oblique.
func TestMendArgumentsOblique(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"accusing", "VERB", "VBG", "0", "root"},
		{"United", "PROPN", "NNP", "3", "compound"},
		{"striker", "NOUN", "NN", "1", "obl"},
		{"last", "ADJ", "JJ", "5", "amod"},
		{"year", "NOUN", "NN", "1", "obl"},
	})
	r.mendArguments()
	if got := r.words[2].deprel; got != "obj" {
		t.Errorf("striker: %s, want obj", got)
	}
	if got := r.words[4].deprel; got != "obl" {
		t.Errorf("year: %s, want obl", got)
	}
}

// TestMendPrepositionsParticle: "falling out with Souness", the parse
// hanging the preposition on the particle.
func TestMendPrepositionsParticle(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"falling", "VERB", "VBG", "0", "root"},
		{"out", "ADP", "RP", "1", "compound:prt"},
		{"with", "ADP", "IN", "2", "obl"},
		{"Souness", "PROPN", "NNP", "3", "nsubj"},
	})
	r.mendPrepositions()
	if w := r.words[3]; w.head != 0 || w.deprel != "obl" {
		t.Errorf("Souness: head %d %s, want 0 obl", w.head, w.deprel)
	}
}

// TestMendConjuncts: "started by the government and the Institute", the
// parse coordinating "Institute" with the verb.
func TestMendConjuncts(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"started", "VERB", "VBN", "0", "root"},
		{"by", "ADP", "IN", "4", "case"},
		{"the", "DET", "DT", "4", "det"},
		{"government", "NOUN", "NN", "1", "obl:agent"},
		{"and", "CCONJ", "CC", "7", "cc"},
		{"the", "DET", "DT", "7", "det"},
		{"Institute", "PROPN", "NNP", "1", "conj"},
	})
	r.mendConjuncts()
	if w := r.words[6]; w.head != 3 || w.deprel != "conj" {
		t.Errorf("Institute: head %d %s, want 3 conj", w.head, w.deprel)
	}
}

// TestMendSubjectsConjunct: "Tony Blair and Jacques Chirac met", the
// parse giving "met" both names as subjects.
func TestMendSubjectsConjunct(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Tony", "PROPN", "NNP", "6", "nsubj"},
		{"Blair", "PROPN", "NNP", "1", "flat"},
		{"and", "CCONJ", "CC", "6", "cc"},
		{"Jacques", "PROPN", "NNP", "6", "nsubj"},
		{"Chirac", "PROPN", "NNP", "4", "flat"},
		{"met", "VERB", "VBD", "0", "root"},
	})
	r.mendSubjects()
	if w := r.words[3]; w.head != 0 || w.deprel != "conj" {
		t.Errorf("Jacques: head %d %s, want 0 conj", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 3 {
		t.Errorf("and: head %d, want 3", w.head)
	}
}

// TestMendMarkersAfterNoun: "Texaco's bid for Getty failed", the parse
// taking "for" for a marker and "Getty" for a subject of "failed".
func TestMendMarkersAfterNoun(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Texaco", "PROPN", "NNP", "3", "nmod:poss"},
		{"'s", "PART", "POS", "1", "case"},
		{"bid", "NOUN", "NN", "6", "nsubj"},
		{"for", "ADP", "IN", "6", "mark"},
		{"Getty", "PROPN", "NNP", "6", "nsubj"},
		{"failed", "VERB", "VBD", "0", "root"},
	})
	r.mendMarkers()
	if w := r.words[4]; w.head != 2 || w.deprel != "nmod" {
		t.Errorf("Getty: head %d %s, want 2 nmod", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "case" {
		t.Errorf("for: head %d %s, want 4 case", w.head, w.deprel)
	}
}

// TestMendParticiples: "clashed with opposing skipper Keane", the parse
// taking "with" for the marker of "opposing" and "skipper" for its
// object; "after leading Arsenal" stays a clause.
func TestMendParticiples(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Vieira", "PROPN", "NNP", "2", "nsubj"},
		{"clashed", "VERB", "VBD", "0", "root"},
		{"with", "SCONJ", "IN", "4", "mark"},
		{"opposing", "VERB", "VBG", "2", "advcl"},
		{"skipper", "NOUN", "NN", "4", "obj"},
		{"after", "SCONJ", "IN", "7", "mark"},
		{"leading", "VERB", "VBG", "2", "advcl"},
		{"Arsenal", "PROPN", "NNP", "7", "obj"},
	})
	r.mendParticiples()
	if w := r.words[4]; w.head != 1 || w.deprel != "obl" {
		t.Errorf("skipper: head %d %s, want 1 obl", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 4 || w.deprel != "case" {
		t.Errorf("with: head %d %s, want 4 case", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "amod" {
		t.Errorf("opposing: head %d %s, want 4 amod", w.head, w.deprel)
	}
	if w := r.words[7]; w.head != 6 || w.deprel != "obj" {
		t.Errorf("Arsenal: head %d %s, want 6 obj", w.head, w.deprel)
	}
}

// TestMendOwn: "Rosneft own 29%", the parse taking "own" for an
// adjective on the share and the owner for a compound; "their own 29%"
// stays.
func TestMendOwn(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Rosneft", "PROPN", "NNP", "3", "compound"},
		{"own", "ADJ", "JJ", "3", "amod"},
		{"29%", "NOUN", "NN", "0", "root"},
		{"their", "PRON", "PRP$", "6", "nmod:poss"},
		{"own", "ADJ", "JJ", "6", "amod"},
		{"29%", "NOUN", "NN", "3", "conj"},
	})
	r.mendOwn()
	if w := r.words[1]; w.head != -1 || w.deprel != "root" || w.upos != "VERB" {
		t.Errorf("own: head %d %s %s, want -1 root VERB", w.head, w.deprel, w.upos)
	}
	if w := r.words[0]; w.head != 1 || w.deprel != "nsubj" {
		t.Errorf("Rosneft: head %d %s, want 1 nsubj", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 1 || w.deprel != "obj" {
		t.Errorf("29%%: head %d %s, want 1 obj", w.head, w.deprel)
	}
	if w := r.words[4]; w.upos != "ADJ" || w.deprel != "amod" {
		t.Errorf("their own: %s %s, want ADJ amod", w.upos, w.deprel)
	}
}

// TestMendBetween: "a feud between Blair and Brown detailed in a book",
// the parse taking "Brown" for the subject of "detailed".
func TestMendBetween(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"feud", "NOUN", "NN", "0", "root"},
		{"between", "ADP", "IN", "3", "case"},
		{"Blair", "PROPN", "NNP", "1", "nmod"},
		{"and", "CCONJ", "CC", "6", "cc"},
		{"Brown", "PROPN", "NNP", "6", "nsubj"},
		{"detailed", "VERB", "VBD", "1", "conj"},
	})
	r.mendBetween()
	if w := r.words[4]; w.head != 2 || w.deprel != "conj" {
		t.Errorf("Brown: head %d %s, want 2 conj", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "cc" {
		t.Errorf("and: head %d %s, want 4 cc", w.head, w.deprel)
	}
}

// TestMendPerfect: "had denied accusations that he threatened Brown",
// the parse taking "had" for the verb, "denied" for an adjective on its
// object and the clause for an adverbial of "had".
func TestMendPerfect(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Blair", "PROPN", "NNP", "2", "nsubj"},
		{"had", "VERB", "VBD", "0", "root"},
		{"denied", "VERB", "VBN", "4", "amod"},
		{"accusations", "NOUN", "NNS", "2", "obj"},
		{"that", "SCONJ", "IN", "7", "mark"},
		{"he", "PRON", "PRP", "7", "nsubj"},
		{"threatened", "VERB", "VBD", "2", "advcl"},
		{"Brown", "PROPN", "NNP", "7", "obj"},
	})
	r.words[1].lemma = "have"
	r.mendPerfect()
	if w := r.words[2]; w.head != -1 || w.deprel != "root" {
		t.Errorf("denied: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[1]; w.head != 2 || w.deprel != "aux" {
		t.Errorf("had: head %d %s, want 2 aux", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 2 || w.deprel != "nsubj" {
		t.Errorf("Blair: head %d %s, want 2 nsubj", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 2 || w.deprel != "obj" {
		t.Errorf("accusations: head %d %s, want 2 obj", w.head, w.deprel)
	}
	if w := r.words[6]; w.head != 3 || w.deprel != "acl" {
		t.Errorf("threatened: head %d %s, want 3 acl", w.head, w.deprel)
	}
}

// TestMendArgumentsMannerAdverb: "met regularly with Merkel", the parse
// hanging the phrase on the adverb; "ahead of the talks" stays.
func TestMendArgumentsMannerAdverb(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Blair", "PROPN", "NNP", "2", "nsubj"},
		{"met", "VERB", "VBD", "0", "root"},
		{"regularly", "ADV", "RB", "2", "advmod"},
		{"with", "ADP", "IN", "5", "case"},
		{"Merkel", "PROPN", "NNP", "3", "obl"},
		{"ahead", "ADV", "RB", "2", "advmod"},
		{"of", "ADP", "IN", "9", "case"},
		{"the", "DET", "DT", "9", "det"},
		{"talks", "NOUN", "NNS", "6", "obl"},
	})
	r.mendArguments()
	if w := r.words[4]; w.head != 1 || w.deprel != "obl" {
		t.Errorf("Merkel: head %d %s, want 1 obl", w.head, w.deprel)
	}
	if w := r.words[8]; w.head != 5 {
		t.Errorf("talks: head %d, want 5", w.head)
	}
}

// TestMendArgumentsPrepositionalObject: "which she set up with Oracle",
// the parse taking the name a preposition leads for the verb's object.
func TestMendArgumentsPrepositionalObject(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"which", "PRON", "WDT", "4", "obj"},
		{"she", "PRON", "PRP", "4", "nsubj"},
		{"had", "AUX", "VBD", "4", "aux"},
		{"formed", "VERB", "VBN", "0", "root"},
		{"with", "ADP", "IN", "6", "case"},
		{"Oracle", "PROPN", "NNP", "4", "obj"},
	})
	r.mendArguments()
	if got := r.words[5].deprel; got != "obl" {
		t.Errorf("Oracle: %s, want obl", got)
	}
	if got := r.words[0].deprel; got != "obj" {
		t.Errorf("which: %s, want obj", got)
	}
}

// TestMendSubordinators: "as Angela Merkel urged Modi", the parse taking
// "as" for the preposition of the name, and the name for an oblique of
// the clause before; "praised as Europe's leader" keeps its preposition.
func TestMendSubordinators(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Chirac", "PROPN", "NNP", "2", "nsubj"},
		{"spoke", "VERB", "VBD", "0", "root"},
		{"as", "ADP", "IN", "4", "case"},
		{"Angela", "PROPN", "NNP", "2", "obl"},
		{"Merkel", "PROPN", "NNP", "4", "flat"},
		{"urged", "VERB", "VBD", "2", "advcl"},
		{"Modi", "PROPN", "NNP", "6", "obj"},
	})
	r.mendSubordinators()
	if w := r.words[3]; w.head != 5 || w.deprel != "nsubj" {
		t.Errorf("Angela: head %d %s, want 5 nsubj", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 5 || w.deprel != "mark" {
		t.Errorf("as: head %d %s, want 5 mark", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Merkel", "PROPN", "NNP", "3", "nsubj:pass"},
		{"was", "AUX", "VBD", "3", "aux:pass"},
		{"praised", "VERB", "VBN", "0", "root"},
		{"as", "ADP", "IN", "5", "case"},
		{"leader", "NOUN", "NN", "3", "obl"},
		{"by", "ADP", "IN", "7", "case"},
		{"Modi", "PROPN", "NNP", "3", "obl:agent"},
	})
	r.mendSubordinators()
	if w := r.words[3]; w.deprel != "case" {
		t.Errorf("as: %s, want case", w.deprel)
	}
}

// TestMendTrades: "an assistant to painter Tony Blair", the parse taking
// "painter" for an infinitive and the name for its object.
func TestMendTrades(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"worked", "VERB", "VBD", "0", "root"},
		{"as", "ADP", "IN", "4", "case"},
		{"an", "DET", "DT", "4", "det"},
		{"assistant", "NOUN", "NN", "1", "obl"},
		{"to", "PART", "TO", "6", "mark"},
		{"painter", "VERB", "VB", "1", "advcl"},
		{"Tony", "PROPN", "NNP", "6", "obj"},
		{"Blair", "PROPN", "NNP", "7", "flat"},
	})
	r.mendTrades()
	if w := r.words[6]; w.head != 3 || w.deprel != "nmod" {
		t.Errorf("Tony: head %d %s, want 3 nmod", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 6 || w.deprel != "case" {
		t.Errorf("to: head %d %s, want 6 case", w.head, w.deprel)
	}
	if w := r.words[5]; w.head != 6 || w.upos != "NOUN" {
		t.Errorf("painter: head %d %s, want 6 NOUN", w.head, w.upos)
	}
}

// TestMendInfinitives: "has agreed to meet Merkel, an aide said", the
// parse hanging the infinitive on "said".
func TestMendInfinitives(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Modi", "PROPN", "NNP", "3", "nsubj"},
		{"has", "AUX", "VBZ", "3", "aux"},
		{"agreed", "VERB", "VBN", "9", "ccomp"},
		{"to", "PART", "TO", "5", "mark"},
		{"meet", "VERB", "VB", "9", "ccomp"},
		{"Merkel", "PROPN", "NNP", "5", "obj"},
		{"an", "DET", "DT", "8", "det"},
		{"aide", "NOUN", "NN", "9", "nsubj"},
		{"said", "VERB", "VBD", "0", "root"},
	})
	r.mendInfinitives()
	if w := r.words[4]; w.head != 2 || w.deprel != "xcomp" {
		t.Errorf("meet: head %d %s, want 2 xcomp", w.head, w.deprel)
	}
}

// TestMendControlNouns: "Ford plans to buy Volvo", the tagger taking
// "plans" for a noun; "Ford's plans to buy Volvo" stays a noun.
func TestMendControlNouns(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Ford", "PROPN", "NNP", "2", "compound"},
		{"plans", "NOUN", "NNS", "0", "root"},
		{"to", "PART", "TO", "4", "mark"},
		{"buy", "VERB", "VB", "2", "acl"},
		{"Volvo", "PROPN", "NNP", "4", "obj"},
	})
	r.mendControlNouns()
	if w := r.words[0]; w.deprel != "nsubj" {
		t.Errorf("Ford: %s, want nsubj", w.deprel)
	}
	if w := r.words[1]; w.upos != "VERB" {
		t.Errorf("plans: %s, want VERB", w.upos)
	}
	if w := r.words[3]; w.deprel != "xcomp" {
		t.Errorf("buy: %s, want xcomp", w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Narendra", "PROPN", "NNP", "3", "compound"},
		{"Modi", "PROPN", "NNP", "1", "flat"},
		{"plans", "NOUN", "NNS", "0", "root"},
		{"to", "PART", "TO", "5", "mark"},
		{"visit", "VERB", "VB", "3", "acl"},
		{"Washington", "PROPN", "NNP", "5", "obj"},
	})
	r.mendControlNouns()
	if w := r.words[0]; w.deprel != "nsubj" {
		t.Errorf("Narendra Modi: %s, want nsubj", w.deprel)
	}
	if w := r.words[4]; w.deprel != "xcomp" {
		t.Errorf("visit after Narendra Modi plans: %s, want xcomp", w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Ford", "PROPN", "NNP", "3", "nmod:poss"},
		{"'s", "PART", "POS", "1", "case"},
		{"plans", "NOUN", "NNS", "0", "root"},
		{"to", "PART", "TO", "5", "mark"},
		{"buy", "VERB", "VB", "3", "acl"},
		{"Volvo", "PROPN", "NNP", "5", "obj"},
	})
	r.mendControlNouns()
	if w := r.words[2]; w.upos != "NOUN" {
		t.Errorf("plans after a possessive: %s, want NOUN", w.upos)
	}
}

// TestMendStrandedObjects: "agreed to meet Merkel, an aide said", the
// parse making "Merkel" a second subject of "said"; "Modi met Merkel, an
// aide said" keeps "met"'s object.
func TestMendStrandedObjects(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"agreed", "VERB", "VBD", "8", "ccomp"},
		{"to", "PART", "TO", "3", "mark"},
		{"meet", "VERB", "VB", "1", "xcomp"},
		{"Merkel", "PROPN", "NNP", "8", "nsubj"},
		{",", "PUNCT", ",", "8", "punct"},
		{"an", "DET", "DT", "7", "det"},
		{"aide", "NOUN", "NN", "8", "nsubj"},
		{"said", "VERB", "VBD", "0", "root"},
	})
	r.mendStrandedObjects()
	if w := r.words[3]; w.head != 2 || w.deprel != "obj" {
		t.Errorf("Merkel: head %d %s, want 2 obj", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Merkel", "PROPN", "NNP", "5", "nsubj"},
		{",", "PUNCT", ",", "5", "punct"},
		{"an", "DET", "DT", "4", "det"},
		{"aide", "NOUN", "NN", "5", "appos"},
		{"said", "VERB", "VBD", "0", "root"},
	})
	r.mendStrandedObjects()
	if w := r.words[0]; w.deprel != "nsubj" {
		t.Errorf("a lone subject: %s, want nsubj", w.deprel)
	}
}

// TestMendTitles: "wrote to Foreign Secretary Jack Straw", the parse
// taking the title for the head and the name for its object; and "and
// Yukos chairman Gordon Brown", the parse coordinating "Yukos" instead
// of the name.
func TestMendTitles(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"wrote", "VERB", "VBD", "0", "root"},
		{"to", "ADP", "IN", "3", "case"},
		{"Foreign", "ADJ", "JJ", "1", "obl"},
		{"Secretary", "PROPN", "NNP", "3", "flat"},
		{"Jack", "PROPN", "NNP", "3", "obj"},
		{"Straw", "PROPN", "NNP", "5", "flat"},
	})
	r.mendTitles([][3]int{{4, 6, 4}})
	if w := r.words[4]; w.head != 0 || w.deprel != "obl" {
		t.Errorf("Jack: head %d %s, want 0 obl", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 4 || w.deprel != "nmod:desc" {
		t.Errorf("Foreign: head %d %s, want 4 nmod:desc", w.head, w.deprel)
	}
	if w := r.words[1]; w.head != 4 {
		t.Errorf("to: head %d, want 4", w.head)
	}
	r = parsedWords(t, [][5]string{
		{"met", "VERB", "VBD", "0", "root"},
		{"Tony", "PROPN", "NNP", "1", "obj"},
		{"and", "CCONJ", "CC", "4", "cc"},
		{"Yukos", "PROPN", "NNP", "2", "conj"},
		{"chairman", "NOUN", "NN", "6", "nmod:desc"},
		{"Gordon", "PROPN", "NNP", "2", "conj"},
	})
	r.mendTitles([][3]int{{1, 2, 1}, {3, 4, 3}, {5, 6, 5}})
	if w := r.words[3]; w.head != 5 || w.deprel != "compound" {
		t.Errorf("Yukos: head %d %s, want 5 compound", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 5 {
		t.Errorf("and: head %d, want 5", w.head)
	}
	if w := r.words[5]; w.head != 1 || w.deprel != "conj" {
		t.Errorf("Gordon: head %d %s, want 1 conj", w.head, w.deprel)
	}
}

// TestMendLists: "met Tony Blair, Yukos chairman Gordon Brown and
// Jacques Chirac", the parse making the second name a modifier of the
// first; "Blair of Labour" is led by a preposition and stays.
func TestMendLists(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"met", "VERB", "VBD", "0", "root"},
		{"Blair", "PROPN", "NNP", "1", "obj"},
		{",", "PUNCT", ",", "5", "punct"},
		{"chairman", "NOUN", "NN", "5", "nmod:desc"},
		{"Brown", "PROPN", "NNP", "2", "nmod"},
		{"of", "ADP", "IN", "7", "case"},
		{"Labour", "PROPN", "NNP", "5", "nmod"},
	})
	r.mendLists()
	if got := r.words[4].deprel; got != "conj" {
		t.Errorf("Brown: %s, want conj", got)
	}
	if got := r.words[6].deprel; got != "nmod" {
		t.Errorf("Labour: %s, want nmod", got)
	}
	r = parsedWords(t, [][5]string{
		{"met", "VERB", "VBD", "0", "root"},
		{"Blair", "PROPN", "NNP", "1", "obj"},
		{",", "PUNCT", ",", "4", "punct"},
		{"Brown", "PROPN", "NNP", "2", "appos"},
		{"and", "CCONJ", "CC", "6", "cc"},
		{"Chirac", "PROPN", "NNP", "4", "conj"},
	})
	r.mendLists()
	if got := r.words[3].deprel; got != "conj" {
		t.Errorf("Brown, with a conjunct: %s, want conj", got)
	}
}

// TestMendParticiplesAdjectives: "a victory over reigning French champion
// Tony Blair", the parse taking the adjectives for the participle's
// complement and the name for their object.
func TestMendParticiplesAdjectives(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"scored", "VERB", "VBD", "0", "root"},
		{"a", "DET", "DT", "3", "det"},
		{"victory", "NOUN", "NN", "1", "obj"},
		{"over", "SCONJ", "IN", "5", "mark"},
		{"reigning", "VERB", "VBG", "1", "advcl"},
		{"French", "ADJ", "JJ", "5", "xcomp"},
		{"Tony", "PROPN", "NNP", "6", "obj"},
		{"Blair", "PROPN", "NNP", "7", "flat"},
	})
	r.mendParticiples()
	if w := r.words[6]; w.head != 0 || w.deprel != "obl" {
		t.Errorf("Tony: head %d %s, want 0 obl", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 6 || w.deprel != "case" {
		t.Errorf("over: head %d %s, want 6 case", w.head, w.deprel)
	}
	if w := r.words[5]; w.head != 6 || w.deprel != "amod" {
		t.Errorf("French: head %d %s, want 6 amod", w.head, w.deprel)
	}
}

// TestMendPunctuation: "by the chancellor, Gordon Brown", the parse
// hanging the name on the comma.
func TestMendPunctuation(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"criticised", "VERB", "VBN", "0", "root"},
		{"by", "ADP", "IN", "4", "case"},
		{"the", "DET", "DT", "4", "det"},
		{"chancellor", "NOUN", "NN", "1", "obl:agent"},
		{",", "PUNCT", ",", "4", "punct"},
		{"Gordon", "PROPN", "NNP", "5", "orphan"},
		{"Brown", "PROPN", "NNP", "6", "flat"},
		{"today", "NOUN", "NN", "5", "obl"},
	})
	r.mendPunctuation()
	if w := r.words[5]; w.head != 3 || w.deprel != "appos" {
		t.Errorf("Gordon: head %d %s, want 3 appos", w.head, w.deprel)
	}
	if w := r.words[7]; w.head != 3 || w.deprel != "obl" {
		t.Errorf("today: head %d %s, want 3 obl", w.head, w.deprel)
	}
}

// TestMendCoordinators: "bought Skype, the phone firm, and Oracle", the
// parse making "and" the head of "Oracle".
func TestMendCoordinators(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"bought", "VERB", "VBD", "0", "root"},
		{"Skype", "PROPN", "NNP", "1", "obj"},
		{",", "PUNCT", ",", "5", "punct"},
		{"the", "DET", "DT", "5", "det"},
		{"firm", "NOUN", "NN", "2", "appos"},
		{",", "PUNCT", ",", "5", "punct"},
		{"and", "CCONJ", "CC", "5", "ccomp"},
		{"Oracle", "PROPN", "NNP", "7", "orphan"},
	})
	r.mendCoordinators()
	if w := r.words[7]; w.head != 1 || w.deprel != "conj" {
		t.Errorf("Oracle: head %d %s, want 1 conj", w.head, w.deprel)
	}
	if w := r.words[6]; w.head != 7 || w.deprel != "cc" {
		t.Errorf("and: head %d %s, want 7 cc", w.head, w.deprel)
	}
}

// TestMendInfinitivePhrases: "sold Yukos to Rosneft to cut its debt", the
// parse hanging "to Rosneft" on the infinitive after it.
func TestMendInfinitivePhrases(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"sold", "VERB", "VBD", "0", "root"},
		{"Yukos", "PROPN", "NNP", "1", "obj"},
		{"to", "ADP", "IN", "4", "case"},
		{"Rosneft", "PROPN", "NNP", "6", "obl"},
		{"to", "PART", "TO", "6", "mark"},
		{"cut", "VERB", "VB", "1", "advcl"},
		{"debt", "NOUN", "NN", "6", "obj"},
	})
	r.mendInfinitivePhrases()
	if w := r.words[3]; w.head != 0 || w.deprel != "obl" {
		t.Errorf("Rosneft: head %d %s, want 0 obl", w.head, w.deprel)
	}
}

// TestMendNamePhrases: "sold its stake in Yukos to Rosneft", the parse
// hanging "to Rosneft" on "Yukos"; "to Yukos chairman Gordon Brown" keeps
// the name on the noun it modifies.
func TestMendNamePhrases(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"sold", "VERB", "VBD", "0", "root"},
		{"its", "PRON", "PRP$", "3", "nmod:poss"},
		{"stake", "NOUN", "NN", "1", "obj"},
		{"in", "ADP", "IN", "5", "case"},
		{"Yukos", "PROPN", "NNP", "3", "nmod"},
		{"to", "ADP", "IN", "7", "case"},
		{"Rosneft", "PROPN", "NNP", "5", "nmod"},
	})
	r.mendNamePhrases()
	if w := r.words[6]; w.head != 0 || w.deprel != "obl" {
		t.Errorf("Rosneft: head %d %s, want 0 obl", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"spoke", "VERB", "VBD", "0", "root"},
		{"about", "ADP", "IN", "3", "case"},
		{"Blair", "PROPN", "NNP", "1", "obl"},
		{"to", "ADP", "IN", "5", "case"},
		{"Yukos", "PROPN", "NNP", "3", "nmod"},
		{"chairman", "NOUN", "NN", "5", "compound"},
	})
	r.mendNamePhrases()
	if w := r.words[4]; w.head != 2 {
		t.Errorf("Yukos before a noun: head %d, want 2", w.head)
	}
}

// TestMendLightNouns: "paid tribute to Tony Blair", the parse taking
// "tribute" for a verb in an open clause of "paid".
func TestMendLightNouns(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"paid", "VERB", "VBD", "0", "root"},
		{"tribute", "VERB", "VB", "1", "xcomp"},
		{"to", "ADP", "IN", "4", "case"},
		{"Blair", "PROPN", "NNP", "2", "obl"},
	})
	r.words[0].lemma = "pay"
	r.mendLightNouns()
	if w := r.words[1]; w.upos != "NOUN" || w.deprel != "obj" {
		t.Errorf("tribute: %s %s, want NOUN obj", w.upos, w.deprel)
	}
	if w := r.words[3]; w.head != 1 || w.deprel != "nmod" {
		t.Errorf("Blair: head %d %s, want 1 nmod", w.head, w.deprel)
	}
}

// TestMendRelatives: "Yukos, whose chairman met Blair, sued Rosneft", the
// parse making "met" the root and "sued" a clause of it.
func TestMendRelatives(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Yukos", "PROPN", "NNP", "5", "vocative"},
		{",", "PUNCT", ",", "1", "punct"},
		{"whose", "PRON", "WP$", "4", "nmod:poss"},
		{"chairman", "NOUN", "NN", "5", "nsubj"},
		{"met", "VERB", "VBD", "0", "root"},
		{"Blair", "PROPN", "NNP", "5", "obj"},
		{",", "PUNCT", ",", "8", "punct"},
		{"sued", "VERB", "VBD", "5", "parataxis"},
		{"Rosneft", "PROPN", "NNP", "8", "obj"},
	})
	r.mendRelatives()
	if w := r.words[7]; w.head != -1 || w.deprel != "root" {
		t.Errorf("sued: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 0 || w.deprel != "acl:relcl" {
		t.Errorf("met: head %d %s, want 0 acl:relcl", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 7 || w.deprel != "nsubj" {
		t.Errorf("Yukos: head %d %s, want 7 nsubj", w.head, w.deprel)
	}
}

// TestMendRelativesAdverbial: "Google, which bought YouTube in 2006,
// agreed to acquire Fitbit", the parse making the relative clause an
// adverbial of "agreed" and hanging "Google" on it.
func TestMendRelativesAdverbial(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Google", "PROPN", "NNP", "4", "vocative"},
		{",", "PUNCT", ",", "1", "punct"},
		{"which", "PRON", "WDT", "4", "nsubj"},
		{"bought", "VERB", "VBD", "9", "advcl"},
		{"YouTube", "PROPN", "NNP", "4", "obj"},
		{"in", "ADP", "IN", "7", "case"},
		{"2006", "NUM", "CD", "4", "obl"},
		{",", "PUNCT", ",", "4", "punct"},
		{"agreed", "VERB", "VBD", "0", "root"},
		{"to", "PART", "TO", "11", "mark"},
		{"acquire", "VERB", "VB", "9", "xcomp"},
		{"Fitbit", "PROPN", "NNP", "11", "obj"},
	})
	r.mendRelatives()
	if w := r.words[3]; w.head != 0 || w.deprel != "acl:relcl" {
		t.Errorf("bought: head %d %s, want 0 acl:relcl", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 8 || w.deprel != "nsubj" {
		t.Errorf("Google: head %d %s, want 8 nsubj", w.head, w.deprel)
	}
	if w := r.words[8]; w.head != -1 || w.deprel != "root" {
		t.Errorf("agreed: head %d %s, want -1 root", w.head, w.deprel)
	}
}

// TestMendRelativesModal: "Apple, which makes the iPhone, will buy
// Shazam", the parse making "makes" the root and "will buy" a clause of
// it; a verb with a modal has a tense of its own.
func TestMendRelativesModal(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Apple", "PROPN", "NNP", "4", "nsubj"},
		{",", "PUNCT", ",", "4", "punct"},
		{"which", "PRON", "WDT", "4", "nsubj"},
		{"makes", "VERB", "VBZ", "0", "root"},
		{"the", "DET", "DT", "6", "det"},
		{"iPhone", "NOUN", "NN", "4", "obj"},
		{",", "PUNCT", ",", "4", "punct"},
		{"will", "AUX", "MD", "9", "aux"},
		{"buy", "VERB", "VB", "4", "ccomp"},
		{"Shazam", "PROPN", "NNP", "9", "obj"},
	})
	r.mendRelatives()
	if w := r.words[8]; w.head != -1 || w.deprel != "root" {
		t.Errorf("buy: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 8 || w.deprel != "nsubj" {
		t.Errorf("Apple: head %d %s, want 8 nsubj", w.head, w.deprel)
	}
}

// TestMendParataxis: "Biden met Zelensky, then visited Poland", the
// second verb taken for a clause of its own; not a relative clause's
// verb, nor a source after a quotation.
func TestMendParataxis(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Biden", "PROPN", "NNP", "2", "nsubj"},
		{"met", "VERB", "VBD", "0", "root"},
		{"Zelensky", "PROPN", "NNP", "2", "obj"},
		{",", "PUNCT", ",", "6", "punct"},
		{"then", "ADV", "RB", "6", "advmod"},
		{"visited", "VERB", "VBN", "2", "parataxis"},
		{"Poland", "PROPN", "NNP", "6", "obj"},
	})
	r.mendParataxis()
	if w := r.words[5]; w.deprel != "conj" {
		t.Errorf("visited: %s, want conj", w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Mourinho", "PROPN", "NNP", "3", "compound"},
		{",", "PUNCT", ",", "1", "punct"},
		{"whose", "PRON", "WP$", "3", "nmod:poss"},
		{"team", "NOUN", "NN", "4", "nsubj"},
		{"lost", "VERB", "VBD", "0", "root"},
		{",", "PUNCT", ",", "7", "punct"},
		{"has", "AUX", "VBZ", "7", "aux"},
		{"signed", "VERB", "VBN", "4", "parataxis"},
		{"Robben", "PROPN", "NNP", "7", "obj"},
	})
	r.mendParataxis()
	if w := r.words[7]; w.deprel != "parataxis" {
		t.Errorf("signed after a clause with whose: %s, want parataxis", w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"England", "PROPN", "NNP", "2", "nsubj"},
		{"protested", "VERB", "VBD", "0", "root"},
		{",", "PUNCT", ",", "4", "punct"},
		{"reports", "VERB", "VBZ", "2", "parataxis"},
		{"Mail", "PROPN", "NNP", "4", "obj"},
	})
	r.words[3].lemma = "report"
	r.mendParataxis()
	if w := r.words[3]; w.deprel != "parataxis" {
		t.Errorf("reports the Mail: %s, want parataxis", w.deprel)
	}
}

// TestMendModifierVerbsNounPhrase: "Pfizer supplied vaccines to
// Britain" read as one noun phrase at the root; with another verb in the
// sentence the phrase stays a phrase.
func TestMendModifierVerbsNounPhrase(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Pfizer", "PROPN", "NNP", "3", "compound"},
		{"supplied", "VERB", "VBN", "3", "amod"},
		{"vaccines", "NOUN", "NNS", "0", "root"},
		{"to", "ADP", "IN", "5", "case"},
		{"Britain", "PROPN", "NNP", "3", "nmod"},
	})
	r.mendModifierVerbs()
	if w := r.words[1]; w.head != -1 || w.deprel != "root" {
		t.Errorf("supplied: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 1 || w.deprel != "nsubj" {
		t.Errorf("Pfizer: head %d %s, want 1 nsubj", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 1 || w.deprel != "obl" {
		t.Errorf("Britain: head %d %s, want 1 obl", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"The", "DET", "DT", "4", "det"},
		{"Apple", "PROPN", "NNP", "4", "compound"},
		{"supplied", "VERB", "VBN", "4", "amod"},
		{"iPhones", "NOUN", "NNS", "6", "nsubj"},
		{"were", "AUX", "VBD", "6", "cop"},
		{"cheap", "ADJ", "JJ", "0", "root"},
	})
	r.mendModifierVerbs()
	if w := r.words[2]; w.deprel != "amod" {
		t.Errorf("The Apple supplied iPhones were cheap: supplied %s, want amod", w.deprel)
	}
}

// TestMendTitlesVerb: "will host Fumio Kishida" keeps its verb; a word
// that names a post is no title with an auxiliary on it.
func TestMendTitlesVerb(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Biden", "PROPN", "NNP", "3", "nsubj"},
		{"will", "AUX", "MD", "3", "aux"},
		{"host", "VERB", "VB", "0", "root"},
		{"Kishida", "PROPN", "NNP", "3", "obj"},
	})
	r.mendTitles([][3]int{{0, 1, 0}, {3, 4, 3}})
	if w := r.words[2]; w.head != -1 || w.deprel != "root" {
		t.Errorf("host: head %d %s, want -1 root", w.head, w.deprel)
	}
}

// TestMendOpenClauseOblique: "would keep investing in OpenAI", the
// parse hanging "in OpenAI" on "keep", which takes no "in".
func TestMendOpenClauseOblique(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"it", "PRON", "PRP", "3", "nsubj"},
		{"would", "AUX", "MD", "3", "aux"},
		{"keep", "VERB", "VB", "0", "root"},
		{"investing", "VERB", "VBG", "3", "xcomp"},
		{"in", "ADP", "IN", "6", "case"},
		{"OpenAI", "PROPN", "NNP", "3", "obl"},
	})
	r.words[3].lemma = "invest"
	r.mendOpenClauseObjects()
	if w := r.words[5]; w.head != 3 {
		t.Errorf("OpenAI: head %d, want 3", w.head)
	}
}

// TestMendTimeCompounds: "is due to visit Washington next month", the
// parse taking "Washington" for a compound of "month"; "visited the
// Washington office last month" and "passes through the Commons next
// week" keep their compounds.
func TestMendTimeCompounds(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Carney", "PROPN", "NNP", "3", "nsubj"},
		{"is", "AUX", "VBZ", "3", "cop"},
		{"due", "ADJ", "JJ", "0", "root"},
		{"to", "PART", "TO", "5", "mark"},
		{"visit", "VERB", "VB", "3", "xcomp"},
		{"Washington", "PROPN", "NNP", "8", "compound"},
		{"next", "ADJ", "JJ", "8", "amod"},
		{"month", "NOUN", "NN", "5", "obl:unmarked"},
	})
	r.mendTimeCompounds()
	if w := r.words[5]; w.head != 4 || w.deprel != "obj" {
		t.Errorf("Washington: head %d %s, want 4 obj", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Carney", "PROPN", "NNP", "2", "nsubj"},
		{"visited", "VERB", "VBD", "0", "root"},
		{"the", "DET", "DT", "5", "det"},
		{"Washington", "PROPN", "NNP", "5", "compound"},
		{"office", "NOUN", "NN", "2", "obj"},
		{"last", "ADJ", "JJ", "7", "amod"},
		{"month", "NOUN", "NN", "2", "obl:unmarked"},
	})
	r.mendTimeCompounds()
	if w := r.words[3]; w.head != 4 || w.deprel != "compound" {
		t.Errorf("Washington office: head %d %s, want 4 compound", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Bill", "PROPN", "NNP", "2", "nsubj"},
		{"passes", "VERB", "VBZ", "0", "root"},
		{"through", "ADP", "IN", "7", "case"},
		{"the", "DET", "DT", "7", "det"},
		{"Commons", "PROPN", "NNP", "7", "compound"},
		{"next", "ADJ", "JJ", "7", "amod"},
		{"week", "NOUN", "NN", "2", "obl"},
	})
	r.mendTimeCompounds()
	if w := r.words[4]; w.head != 6 || w.deprel != "compound" {
		t.Errorf("through the Commons next week: head %d %s, want 6 compound", w.head, w.deprel)
	}
}

// TestMendInterruptions: "Gordon Brown, Yukos's chairman, met Blair", the
// parse taking the name for the root and "met" for a conjunct of the
// apposition.
func TestMendInterruptions(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Gordon", "PROPN", "NNP", "0", "root"},
		{"Brown", "PROPN", "NNP", "1", "flat"},
		{",", "PUNCT", ",", "6", "punct"},
		{"Yukos", "PROPN", "NNP", "6", "nmod:poss"},
		{"'s", "PART", "POS", "4", "case"},
		{"chairman", "NOUN", "NN", "1", "appos"},
		{",", "PUNCT", ",", "8", "punct"},
		{"met", "VERB", "VBN", "6", "conj"},
		{"Blair", "PROPN", "NNP", "8", "obj"},
	})
	r.mendInterruptions()
	if w := r.words[7]; w.head != -1 || w.deprel != "root" {
		t.Errorf("met: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 7 || w.deprel != "nsubj" {
		t.Errorf("Gordon: head %d %s, want 7 nsubj", w.head, w.deprel)
	}
	if w := r.words[5]; w.head != 0 || w.deprel != "appos" {
		t.Errorf("chairman: head %d %s, want 0 appos", w.head, w.deprel)
	}
}

// TestMendInterruptionsParticiple: "Yukos, owned by Rosneft, grew" keeps
// its participle: it has a subject in the name it describes, and no
// object.
func TestMendInterruptionsParticiple(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Yukos", "PROPN", "NNP", "0", "root"},
		{",", "PUNCT", ",", "3", "punct"},
		{"owned", "VERB", "VBN", "1", "acl"},
		{"by", "ADP", "IN", "5", "case"},
		{"Rosneft", "PROPN", "NNP", "3", "obl:agent"},
		{",", "PUNCT", ",", "7", "punct"},
		{"fell", "VERB", "VBN", "5", "acl"},
	})
	r.mendInterruptions()
	if w := r.words[2]; w.head != 0 || w.deprel != "acl" {
		t.Errorf("owned: head %d %s, want 0 acl", w.head, w.deprel)
	}
}

// TestMendOpeningRoot: "Since joining Arsenal, Henry has scored", the
// parse taking the opening clause for the root.
func TestMendOpeningRoot(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Since", "SCONJ", "IN", "2", "mark"},
		{"joining", "VERB", "VBG", "0", "root"},
		{"Arsenal", "PROPN", "NNP", "2", "xcomp"},
		{",", "PUNCT", ",", "3", "punct"},
		{"Henry", "PROPN", "NNP", "7", "nsubj"},
		{"has", "AUX", "VBZ", "7", "aux"},
		{"scored", "VERB", "VBN", "2", "advcl"},
		{".", "PUNCT", ".", "2", "punct"},
	})
	r.mendOpeningRoot()
	if w := r.words[6]; w.head != -1 || w.deprel != "root" {
		t.Errorf("scored: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[1]; w.head != 6 || w.deprel != "advcl" {
		t.Errorf("joining: head %d %s, want 6 advcl", w.head, w.deprel)
	}
	if w := r.words[7]; w.head != 6 {
		t.Errorf("full stop: head %d, want 6", w.head)
	}
}

// TestMendCompoundConjuncts: "bought Skype and the firm Siemens", the
// parse taking "Skype" for a compound of "Siemens"; "Skype and Siemens
// shares" keeps its compounds, "shares" being no name.
func TestMendCompoundConjuncts(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Microsoft", "PROPN", "NNP", "2", "nsubj"},
		{"bought", "VERB", "VBD", "0", "root"},
		{"Skype", "NOUN", "NN", "7", "compound"},
		{"and", "CCONJ", "CC", "7", "cc"},
		{"the", "DET", "DT", "6", "det"},
		{"firm", "NOUN", "NN", "7", "compound"},
		{"Siemens", "NOUN", "NNS", "2", "obj"},
	})
	r.mendCompoundConjuncts([][3]int{{0, 1, 0}, {2, 3, 2}, {6, 7, 6}})
	if w := r.words[2]; w.head != 1 || w.deprel != "obj" {
		t.Errorf("Skype: head %d %s, want 1 obj", w.head, w.deprel)
	}
	if w := r.words[6]; w.head != 2 || w.deprel != "conj" {
		t.Errorf("Siemens: head %d %s, want 2 conj", w.head, w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"Skype", "PROPN", "NNP", "4", "compound"},
		{"and", "CCONJ", "CC", "3", "cc"},
		{"Siemens", "PROPN", "NNP", "1", "conj"},
		{"shares", "NOUN", "NNS", "5", "nsubj"},
		{"fell", "VERB", "VBD", "0", "root"},
	})
	r.mendCompoundConjuncts([][3]int{{0, 1, 0}, {2, 3, 2}})
	if w := r.words[0]; w.head != 3 || w.deprel != "compound" {
		t.Errorf("Skype: head %d %s, want 3 compound", w.head, w.deprel)
	}
}

// TestMendDescribedConjuncts: "beat Toshiba and chip makers AMD", the
// parse taking "AMD" for a flat word of "Toshiba" and "makers" for the
// conjunct.
func TestMendDescribedConjuncts(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"beat", "VERB", "VBD", "0", "root"},
		{"Toshiba", "PROPN", "NNP", "1", "obj"},
		{"and", "CCONJ", "CC", "5", "cc"},
		{"chip", "NOUN", "NN", "5", "compound"},
		{"makers", "NOUN", "NNS", "2", "conj"},
		{"AMD", "PROPN", "NNP", "2", "flat"},
	})
	r.mendDescribedConjuncts([][3]int{{1, 2, 1}, {5, 6, 5}})
	if w := r.words[5]; w.head != 1 || w.deprel != "conj" {
		t.Errorf("AMD: head %d %s, want 1 conj", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 5 || w.deprel != "cc" {
		t.Errorf("and: head %d %s, want 5 cc", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 5 || w.deprel != "nmod:desc" {
		t.Errorf("makers: head %d %s, want 5 nmod:desc", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 {
		t.Errorf("chip: head %d, want 4", w.head)
	}
	r = parsedWords(t, [][5]string{
		{"Ryanair", "PROPN", "NNP", "0", "root"},
		{"and", "CCONJ", "CC", "3", "cc"},
		{"Boeing", "PROPN", "NNP", "1", "flat"},
	})
	r.mendDescribedConjuncts([][3]int{{0, 1, 0}, {2, 3, 2}})
	if w := r.words[2]; w.head != 0 || w.deprel != "conj" {
		t.Errorf("Boeing: head %d %s, want 0 conj", w.head, w.deprel)
	}
}

// TestMendMarkersVerbBefore: "told jurors he met often with Ebbers,
// told him", the parse taking "with" for the marker of the second "told"
// and "Ebbers" for its subject: the name is an oblique of "met", the
// verb the phrase follows, not of the "told" the clause depends on.
func TestMendMarkersVerbBefore(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"told", "VERB", "VBD", "0", "root"},
		{"jurors", "NOUN", "NNS", "1", "iobj"},
		{"he", "PRON", "PRP", "4", "nsubj"},
		{"met", "VERB", "VBD", "1", "ccomp"},
		{"often", "ADV", "RB", "4", "advmod"},
		{"with", "ADP", "IN", "9", "mark"},
		{"Ebbers", "PROPN", "NNP", "9", "nsubj"},
		{",", "PUNCT", ",", "9", "punct"},
		{"told", "VERB", "VBD", "1", "advcl"},
		{"him", "PRON", "PRP", "9", "iobj"},
	})
	r.mendMarkers()
	if w := r.words[6]; w.head != 3 || w.deprel != "obl" {
		t.Errorf("Ebbers: head %d %s, want 3 obl", w.head, w.deprel)
	}
	if w := r.words[5]; w.head != 6 || w.deprel != "case" {
		t.Errorf("with: head %d %s, want 6 case", w.head, w.deprel)
	}
}

// TestMendSubordinatorsAfterNoun: "named a boss after Ghosn, its chairman,
// took charge at Renault", the parse taking "after" for the preposition of
// a phrase of "boss" and "took" for a second verb of the sentence.
func TestMendSubordinatorsAfterNoun(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Nissan", "PROPN", "NNP", "2", "nsubj"},
		{"named", "VERB", "VBD", "0", "root"},
		{"a", "DET", "DT", "4", "det"},
		{"boss", "NOUN", "NN", "2", "obj"},
		{"after", "ADP", "IN", "6", "case"},
		{"Ghosn", "PROPN", "NNP", "4", "nmod"},
		{",", "PUNCT", ",", "9", "punct"},
		{"its", "PRON", "PRP$", "9", "nmod:poss"},
		{"chairman", "NOUN", "NN", "6", "appos"},
		{",", "PUNCT", ",", "9", "punct"},
		{"took", "VERB", "VBD", "2", "conj"},
		{"charge", "NOUN", "NN", "11", "obj"},
	})
	r.mendSubordinators()
	if w := r.words[5]; w.head != 10 || w.deprel != "nsubj" {
		t.Errorf("Ghosn: head %d %s, want 10 nsubj", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 10 || w.deprel != "mark" {
		t.Errorf("after: head %d %s, want 10 mark", w.head, w.deprel)
	}
}

// TestMendPrepositionsCaseWithObject: "faces competition from Kenyan
// Paul Tergat, winner for two years", the parse taking "from" for the
// case marker of "years" and "Kenyan" (with the name) for its object.
func TestMendPrepositionsCaseWithObject(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Carroll", "PROPN", "NNP", "2", "nsubj"},
		{"faces", "VERB", "VBZ", "0", "root"},
		{"competition", "NOUN", "NN", "2", "obj"},
		{"from", "ADP", "IN", "12", "case"},
		{"Kenyan", "PROPN", "NNP", "4", "obj"},
		{"Paul", "PROPN", "NNP", "5", "flat"},
		{"Tergat", "PROPN", "NNP", "5", "flat"},
		{",", "PUNCT", ",", "9", "punct"},
		{"winner", "NOUN", "NN", "5", "conj"},
		{"for", "ADP", "IN", "12", "case"},
		{"two", "NUM", "CD", "12", "nummod"},
		{"years", "NOUN", "NNS", "2", "obl"},
	})
	r.mendPrepositions()
	if w := r.words[4]; w.head != 2 || w.deprel != "nmod" {
		t.Errorf("Kenyan: head %d %s, want 2 nmod", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "case" {
		t.Errorf("from: head %d %s, want 4 case", w.head, w.deprel)
	}
}

// TestMendCoordinatorsMarkerWithItem: "to Jack Straw and IMF director
// Rodrigo Rato", the parse hanging "IMF" on "and" and "and" itself on the
// verb as a marker: the item is a conjunct of the name before "and".
func TestMendCoordinatorsMarkerWithItem(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"wrote", "VERB", "VBD", "0", "root"},
		{"to", "ADP", "IN", "4", "case"},
		{"Jack", "PROPN", "NNP", "4", "compound"},
		{"Straw", "PROPN", "NNP", "1", "obl"},
		{"and", "CCONJ", "CC", "1", "cc"},
		{"IMF", "ADJ", "NNP", "5", "amod"},
		{"director", "NOUN", "NN", "8", "compound"},
		{"Rato", "PROPN", "NNP", "6", "obj"},
	})
	r.mendCoordinators()
	if w := r.words[5]; w.head != 3 || w.deprel != "conj" {
		t.Errorf("IMF: head %d %s, want 3 conj", w.head, w.deprel)
	}
	if w := r.words[4]; w.head != 5 || w.deprel != "cc" {
		t.Errorf("and: head %d %s, want 5 cc", w.head, w.deprel)
	}
}

// TestMendCoordinatorsFirstWord: a sentence that opens with a
// coordinator with a dependent of its own has nothing before it to
// coordinate with.
func TestMendCoordinatorsFirstWord(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"And", "CCONJ", "CC", "3", "cc"},
		{"Labour", "PROPN", "NNP", "1", "nmod"},
		{"won", "VERB", "VBD", "0", "root"},
	})
	r.mendCoordinators()
	if w := r.words[1]; w.head != 0 || w.deprel != "nmod" {
		t.Errorf("Labour: head %d %s, want 0 nmod", w.head, w.deprel)
	}
}

// TestMendFalsePassives: "it had not spoken to OpenAI", the parse taking
// "it" for a passive subject though no "be" makes a passive; "it was
// not invited by OpenAI" keeps its passive.
func TestMendFalsePassives(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"it", "PRON", "PRP", "4", "nsubj:pass"},
		{"had", "AUX", "VBD", "4", "aux"},
		{"not", "PART", "RB", "4", "advmod"},
		{"spoken", "VERB", "VBN", "0", "root"},
		{"to", "ADP", "IN", "6", "case"},
		{"OpenAI", "PROPN", "NNP", "4", "obl"},
	})
	r.words[1].lemma = "have"
	r.mendFalsePassives()
	if w := r.words[0]; w.deprel != "nsubj" {
		t.Errorf("it: %s, want nsubj", w.deprel)
	}
	r = parsedWords(t, [][5]string{
		{"it", "PRON", "PRP", "4", "nsubj:pass"},
		{"was", "AUX", "VBD", "4", "aux:pass"},
		{"not", "PART", "RB", "4", "advmod"},
		{"invited", "VERB", "VBN", "0", "root"},
		{"by", "ADP", "IN", "6", "case"},
		{"OpenAI", "PROPN", "NNP", "4", "obl:agent"},
	})
	r.words[1].lemma = "be"
	r.mendFalsePassives()
	if w := r.words[0]; w.deprel != "nsubj:pass" {
		t.Errorf("it of a passive: %s, want nsubj:pass", w.deprel)
	}
	// A past tense taken for a participle, with an object and no
	// auxiliary: "The chief executive later met Satya Nadella".
	r = parsedWords(t, [][5]string{
		{"executive", "NOUN", "NN", "3", "nsubj:pass"},
		{"later", "ADV", "RBR", "3", "advmod"},
		{"met", "VERB", "VBN", "0", "root"},
		{"Nadella", "PROPN", "NNP", "3", "obj"},
	})
	r.mendFalsePassives()
	if w := r.words[0]; w.deprel != "nsubj" {
		t.Errorf("executive later met Nadella: %s, want nsubj", w.deprel)
	}
	// A heading: "Subs Not Used: Howard, Bellion".
	r = parsedWords(t, [][5]string{
		{"Subs", "NOUN", "NNS", "3", "nsubj:pass"},
		{"Not", "PART", "RB", "3", "advmod"},
		{"Used", "VERB", "VBN", "0", "root"},
		{":", "PUNCT", ":", "3", "punct"},
		{"Howard", "PROPN", "NNP", "3", "obj"},
	})
	r.mendFalsePassives()
	if w := r.words[0]; w.deprel != "nsubj:pass" {
		t.Errorf("Subs Not Used: Howard: %s, want nsubj:pass", w.deprel)
	}
}

// TestMendOwnedShares: "Nissan is 43 percent owned by Renault", the parse
// taking the share for the predicate and the participle for its
// modifier.
func TestMendOwnedShares(t *testing.T) {
	r := parsedWords(t, [][5]string{
		{"Nissan", "PROPN", "NNP", "4", "nsubj"},
		{"is", "AUX", "VBZ", "4", "cop"},
		{"43", "NUM", "CD", "4", "nummod"},
		{"percent", "NOUN", "NN", "0", "root"},
		{"owned", "VERB", "VBN", "4", "acl"},
		{"by", "ADP", "IN", "7", "case"},
		{"Renault", "PROPN", "NNP", "5", "obl:agent"},
	})
	r.mendOwnedShares()
	if w := r.words[4]; w.head != -1 || w.deprel != "root" {
		t.Errorf("owned: head %d %s, want -1 root", w.head, w.deprel)
	}
	if w := r.words[0]; w.head != 4 || w.deprel != "nsubj:pass" {
		t.Errorf("Nissan: head %d %s, want 4 nsubj:pass", w.head, w.deprel)
	}
	if w := r.words[1]; w.head != 4 || w.deprel != "aux:pass" {
		t.Errorf("is: head %d %s, want 4 aux:pass", w.head, w.deprel)
	}
	if w := r.words[3]; w.head != 4 || w.deprel != "obl" {
		t.Errorf("percent: head %d %s, want 4 obl", w.head, w.deprel)
	}
	if w := r.words[2]; w.head != 3 {
		t.Errorf("43: head %d, want 3", w.head)
	}
}
