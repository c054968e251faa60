package extract_test

import "testing"

// TestContinuedSubject checks "it" as the subject of a sentence that goes
// on about the organisation the sentence before is about.
func TestContinuedSubject(t *testing.T) {
	checkRelationCases(t, corefNames, []constructionCase{
		{
			name: "subject of the sentence before",
			text: "Sony has taken the prize for innovation. It beat Toshiba to the award.",
			want: []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name: "it reported by it",
			text: "Sony has taken the prize for innovation. It also said it would sue Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
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
			name: "a name before it",
			text: "Sony has taken the prize for innovation. Toshiba said it beat Intel.",
			not:  []triple{{"Sony", "beat", "Intel", false}},
		},
		{
			name: "not the subject",
			text: "The prize went to Sony. It beat Toshiba to the award.",
			not:  []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name: "two sentences back",
			text: "Sony has taken the prize. The judges were pleased. It beat Toshiba to the award.",
			not:  []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name: "it in the middle of a sentence",
			text: "Sony has taken the prize. The award that it won beat Toshiba.",
			not:  []triple{{"Sony", "beat", "Toshiba", false}},
		},
	})
}

// TestContinuedPerson checks "he" or "she" as the subject of a sentence
// that goes on about the person the sentence before is about, when that
// sentence names more than one.
func TestContinuedPerson(t *testing.T) {
	checkRelationCases(t, corefNames, []constructionCase{
		{
			name: "subject, not the object named last",
			text: "Nicole Kidman met Russell Crowe in Sydney. She later called Tony Blair.",
			want: []triple{{"Nicole Kidman", "call", "Tony Blair", false}},
			not:  []triple{{"Russell Crowe", "call", "Tony Blair", false}},
		},
		{
			name: "reported by the continued subject",
			text: "Nicole Kidman met Russell Crowe in Sydney. She said she would call Tony Blair.",
			want: []triple{{"Nicole Kidman", "call", "Tony Blair", false}},
			not:  []triple{{"Russell Crowe", "call", "Tony Blair", false}},
		},
		{
			name: "a title gives the other sex",
			text: "Mr Brown met Mrs Kidman in Sydney. She later called Tony Blair.",
			want: []triple{{"Kidman", "call", "Tony Blair", false}},
			not:  []triple{{"Brown", "call", "Tony Blair", false}},
		},
	})
}

// TestContinuedDescription checks a description as the subject of a
// sentence that goes on about the organisation "it" went on about.
func TestContinuedDescription(t *testing.T) {
	checkRelationCases(t, corefNames, []constructionCase{
		{
			name: "through it",
			text: "Sony was fined by the Kremlin. It said it would appeal. The electronics giant also sued Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
			not:  []triple{{"Kremlin", "sue", "Toshiba", false}},
		},
		{
			name: "an organisation named in the sentence before",
			text: "Sony was fined by the Kremlin. It said Intel would appeal. The electronics giant also sued Toshiba.",
			not:  []triple{{"Sony", "sue", "Toshiba", false}},
		},
	})
}
