package parse

import "testing"

func TestLemma(t *testing.T) {
	tests := []struct{ word, tag, want string }{
		{"met", "VBD", "meet"}, {"meets", "VBZ", "meet"}, {"meeting", "VBG", "meet"},
		{"sanctioned", "VBN", "sanction"}, {"sanctioning", "VBG", "sanction"},
		{"accused", "VBD", "accuse"}, {"accuses", "VBZ", "accuse"}, {"visited", "VBD", "visit"},
		{"bought", "VBD", "buy"}, {"planned", "VBD", "plan"}, {"stopping", "VBG", "stop"},
		{"travelled", "VBD", "travel"}, {"called", "VBD", "call"}, {"added", "VBD", "add"},
		{"raised", "VBD", "raise"}, {"criticised", "VBD", "criticise"}, {"signed", "VBD", "sign"},
		{"joined", "VBD", "join"}, {"resigned", "VBD", "resign"}, {"urged", "VBD", "urge"},
		{"acquired", "VBN", "acquire"}, {"tries", "VBZ", "try"}, {"carried", "VBD", "carry"},
		{"approves", "VBZ", "approve"}, {"merged", "VBD", "merge"}, {"founded", "VBD", "found"},
		{"took", "VBD", "take"}, {"invaded", "VBD", "invade"}, {"controlled", "VBD", "control"},
		{"owns", "VBZ", "own"}, {"hired", "VBD", "hire"}, {"reached", "VBD", "reach"},
		{"pushes", "VBZ", "push"}, {"hoped", "VBD", "hope"}, {"defeated", "VBD", "defeat"},
		{"negotiated", "VBD", "negotiate"}, {"occupies", "VBZ", "occupy"},
		{"recognise", "VB", "recognise"}, {"suspended", "VBN", "suspend"},
		{"succeed", "VB", "succeed"}, {"succeeded", "VBD", "succeed"}, {"need", "VBP", "need"},
		{"talks", "NNS", "talk"}, {"news", "NN", "news"}, {"bus", "NN", "bus"},
		{"agreed", "VBD", "agree"}, {"guaranteed", "VBN", "guarantee"}, {"accelerating", "VBG", "accelerate"},
		{"updated", "VBD", "update"}, {"debated", "VBD", "debate"}, {"treated", "VBD", "treat"},
		{"'press", "VB", "press"}, {"goes", "VBZ", "go"}, {"vetoes", "VBZ", "veto"},
		{"surprised", "VBD", "surprise"}, {"sued", "VBD", "sue"}, {"used", "VBN", "use"}, {"owed", "VBD", "owe"}, {"died", "VBD", "die"}, {"aimed", "VBD", "aim"}, {"promised", "VBD", "promise"}, {"exercised", "VBD", "exercise"}, {"revised", "VBN", "revise"},
		{"renamed", "VBD", "rename"}, {"displaced", "VBN", "displace"}, {"overtaking", "VBG", "overtake"}, {"disclosed", "VBD", "disclose"}, {"invoked", "VBD", "invoke"}, {"confined", "VBN", "confine"}, {"housed", "VBN", "house"}, {"choosing", "VBG", "choose"}, {"injured", "VBN", "injure"}, {"figured", "VBD", "figure"}, {"postponed", "VBN", "postpone"}, {"crossed", "VBD", "cross"}, {"booked", "VBD", "book"},
		// Irregular forms from irregular_verbs.txt.
		{"misled", "VBD", "mislead"}, {"oversaw", "VBD", "oversee"}, {"upheld", "VBN", "uphold"}, {"shown", "VBN", "show"}, {"withheld", "VBD", "withhold"}, {"forgotten", "VBN", "forget"},
	}
	for _, tt := range tests {
		if got := Lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}
