package pipeline

import "testing"

func TestRelationshipType(t *testing.T) {
	tests := []struct {
		predicate string
		negated   bool
		want      string
	}{
		{"meet", false, "MEET"},
		{"leader_of", false, "LEADER_OF"},
		{"vote for", true, "NOT_VOTE_FOR"},
		{"46% own", false, "_46__OWN"},
		{"", false, "_"},
	}
	for _, tt := range tests {
		if got := relationshipType(tt.predicate, tt.negated); got != tt.want {
			t.Errorf("relationshipType(%q, %v) = %q, want %q", tt.predicate, tt.negated, got, tt.want)
		}
	}
}

func TestNQuadsEscaping(t *testing.T) {
	if got, want := literal("say \"no\"\n\\"), `"say \"no\"\n\\"`; got != want {
		t.Errorf("literal = %s, want %s", got, want)
	}
	if got, want := iri("https://example.org/kg/", "predicate", "vote for <x>"), "<https://example.org/kg/predicate/vote%20for%20%3Cx%3E>"; got != want {
		t.Errorf("iri = %s, want %s", got, want)
	}
	if got, want := csvLine("1", "Name, \"Jr\"\nnext", "PERSON"), `1,"Name, ""Jr"" next",PERSON`; got != want {
		t.Errorf("csvLine = %s, want %s", got, want)
	}
}
