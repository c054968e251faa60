package extract

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
	}
	for _, tt := range tests {
		if got := lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	text := "Headline Here\n\nFirst para line one\nrunning on. Second sentence.\nNew line sentence.\n\n  Last.  "
	var got []string
	for _, b := range blocks(text) {
		got = append(got, text[b.start:b.end])
	}
	want := []string{"Headline Here", "First para line one\nrunning on. Second sentence.", "New line sentence.", "Last."}
	if len(got) != len(want) {
		t.Fatalf("blocks = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d = %q, want %q", i, got[i], want[i])
		}
	}
}
