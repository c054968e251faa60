package extract

import "testing"

func TestLemma(t *testing.T) {
	tests := map[string]string{
		"met": "meet", "meets": "meet", "meeting": "meet", "sanctioned": "sanction",
		"sanctioning": "sanction", "accused": "accuse", "accuses": "accuse", "visited": "visit",
		"bought": "buy", "planned": "plan", "stopping": "stop", "travelled": "travel",
		"called": "call", "added": "add", "raised": "raise", "criticised": "criticise",
		"signed": "sign", "joined": "join", "resigned": "resign", "urged": "urge",
		"acquired": "acquire", "tries": "try", "carried": "carry", "approves": "approve",
		"merged": "merge", "founded": "found", "took": "take", "invaded": "invade",
		"controlled": "control", "owns": "own", "hired": "hire", "reached": "reach",
		"pushes": "push", "hoped": "hope", "defeated": "defeat", "negotiated": "negotiate",
		"occupies": "occupy", "recognise": "recognise", "suspended": "suspend",
	}
	for in, want := range tests {
		if got := lemma(in); got != want {
			t.Errorf("lemma(%q) = %q, want %q", in, got, want)
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
