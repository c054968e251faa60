package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestContinuedSubject checks "it" as the subject of a sentence that goes
// on about the organisation the sentence before is about.
func TestContinuedSubject(t *testing.T) {
	x, err := extract.NewWithTagger(corefNames)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		text    string
		want    []triple
		notWant []triple
	}{
		{
			name: "subject of the sentence before",
			text: "Sony has taken the prize for innovation. It beat Toshiba to the award.",
			want: []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name: "after a conjunction",
			text: "Sony has taken the prize for innovation. But it sued Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name: "after an opening phrase",
			text: "Sony has taken the prize for innovation. In 2004 it sued Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name: "a chain of it",
			text: "Sony has forecast a loss for the year. Last month, it signed a deal. It has sued Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name:    "a name before it",
			text:    "Sony has taken the prize for innovation. Toshiba said it beat Intel.",
			notWant: []triple{{"Sony", "beat", "Intel", false}},
		},
		{
			name:    "not the subject",
			text:    "The prize went to Sony. It beat Toshiba to the award.",
			notWant: []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name:    "two sentences back",
			text:    "Sony has taken the prize. The judges were pleased. It beat Toshiba to the award.",
			notWant: []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name:    "it in the middle of a sentence",
			text:    "Sony has taken the prize. The award that it won beat Toshiba.",
			notWant: []triple{{"Sony", "beat", "Toshiba", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectRelations(t, x, tc.text, tc.want, tc.notWant)
		})
	}
}
