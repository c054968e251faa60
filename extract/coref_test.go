package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// corefNames adds to names the entities the coreference cases need.
var corefNames = func() dictTagger {
	d := dictTagger{
		"Sony": "ORG", "Toshiba": "ORG", "Intel": "ORG", "Nicole Kidman": "PER", "Kidman": "PER",
		"Russell Crowe": "PER", "Ben McDonald": "PER", "Nissan": "ORG", "Renault": "ORG",
		"Mitsubishi": "ORG", "Chrysler": "ORG",
	}
	for name, typ := range names {
		d[name] = typ
	}
	return d
}()

// TestCoreference checks which relations hold once pronouns and
// descriptions are linked to the entities they stand for, and which must
// not be read.
func TestCoreference(t *testing.T) {
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
			name: "company description with a modifier",
			text: "Sony unveiled a new television on Monday. The electronics giant beat Toshiba to the prize.",
			want: []triple{{"Sony", "beat", "Toshiba", false}},
		},
		{
			name: "person description with a hyphenated modifier",
			text: "Nicole Kidman arrived in London. The Oscar-winning star sued Ben McDonald.",
			want: []triple{{"Nicole Kidman", "sue", "Ben McDonald", false}},
		},
		{
			name: "it after a description that speaks",
			text: "Sony unveiled a new television on Monday. The electronics giant said it had sued Toshiba.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name: "we in a quotation is its speaker",
			text: "\"We will sue Toshiba,\" Sony said on Monday.",
			want: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name: "I in a quotation introduced by its speaker",
			text: "Nicole Kidman said: \"I have sued Ben McDonald.\"",
			want: []triple{{"Nicole Kidman", "sue", "Ben McDonald", false}},
		},
		{
			name:    "we outside a quotation is no one named",
			text:    "Sony said we would sue Toshiba.",
			notWant: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name: "it in talks",
			text: "Sony said on Monday that it was in talks with Toshiba.",
			want: []triple{{"Sony", "talk", "Toshiba", false}},
		},
		{
			name:    "description after two companies is ambiguous",
			text:    "Sony and Toshiba unveiled new televisions. The electronics giant sued Intel.",
			notWant: []triple{{"Sony", "sue", "Intel", false}, {"Toshiba", "sue", "Intel", false}},
		},
		{
			name:    "predicate description says what, not which",
			text:    "Sony unveiled a new television. It is the biggest electronics firm to sue Intel.",
			notWant: []triple{{"Sony", "sue", "Intel", false}},
		},
		{
			name:    "rival firm is another company",
			text:    "Sony unveiled a new television. The rival firm sued Toshiba.",
			notWant: []triple{{"Sony", "sue", "Toshiba", false}},
		},
		{
			name:    "description defined by a relative clause",
			text:    "Nicole Kidman arrived in London. The actor who will play Ben McDonald was not named.",
			notWant: []triple{{"Nicole Kidman", "play", "Ben McDonald", false}},
		},
		{
			name: "it opens the words of the organisation that speaks",
			text: "Rosneft said on Monday that it would buy Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name: "it coordinated with a name",
			text: "Renault said it and Chrysler have signed an agreement.",
			want: []triple{{"Renault", "sign", "Chrysler", false}},
		},
		{
			name: "it after a ticker",
			text: "Rosneft <ROSN.MM> said it had bought Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name: "it after an aside",
			text: "Rosneft, based in Moscow, said it had bought Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name:    "it after an aside that names another organisation",
			text:    "Rosneft, which owns a stake in Unilever, said it had bought Yukos.",
			want:    []triple{{"Rosneft", "buy", "Yukos", false}},
			notWant: []triple{{"Unilever", "buy", "Yukos", false}},
		},
		{
			name:    "it after the one told",
			text:    "Rosneft told Ryanair it would buy Yukos.",
			want:    []triple{{"Rosneft", "buy", "Yukos", false}},
			notWant: []triple{{"Ryanair", "buy", "Yukos", false}},
		},
		{
			name: "it after a person told",
			text: "Rosneft told Tony Blair it would buy Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name: "it after a time",
			text: "Rosneft said on Tuesday it would not buy Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", true}},
		},
		{
			name: "it after one who holds a role in it",
			text: "Tony Blair, Rosneft's chief executive, said it would buy Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name: "it with no plans",
			text: "Rosneft said it had no plans to buy Yukos.",
			want: []triple{{"Rosneft", "buy", "Yukos", true}},
		},
		{
			name:    "it after another speaker",
			text:    "Rosneft chairman Tony Blair said it would buy Yukos.",
			notWant: []triple{{"Rosneft", "buy", "Yukos", false}},
		},
		{
			name:    "it as an object",
			text:    "Rosneft bought Yukos last year. Russia made it clear to Rosneft.",
			notWant: []triple{{"Russia", "make", "Yukos", false}, {"Russia", "make", "Rosneft", false}},
		},
		{
			name:    "expletive it",
			text:    "Rosneft said it was unfair to Yukos.",
			notWant: []triple{{"Rosneft", "be", "Yukos", false}},
		},
		{
			name: "a country's government",
			text: "The French government sued Yukos on Monday.",
			want: []triple{{"France", "sue", "Yukos", false}},
		},
		{
			name:    "a bare government is not read",
			text:    "Tony Blair visited France. Rosneft asked the government to sue Yukos.",
			notWant: []triple{{"Rosneft", "ask", "France", false}},
		},
		{
			name:    "a shadow chancellor is not the chancellor",
			text:    "Shadow chancellor Tony Blair spoke on Monday. Later the chancellor met Jacques Chirac.",
			notWant: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}},
		},
		{
			name: "the chancellor is the one titled so",
			text: "Chancellor Gordon Brown spoke on Monday. Later the chancellor met Jacques Chirac.",
			want: []triple{{"Gordon Brown", "meet", "Jacques Chirac", false}},
		},
		{
			name: "the company's role",
			text: "Rosneft reported a loss. Tony Blair, the company's chief executive, resigned.",
			want: []triple{{"Tony Blair", "chief_executive_of", "Rosneft", false}},
		},
		{
			name: "an age stands for a person",
			text: "Tony Blair arrived in Paris. The 51-year-old has met Jacques Chirac.",
			want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}},
		},
		{
			name:    "she is not Mr Blair",
			text:    "Mrs Chirac met Mr Blair on Monday. She later sued Rosneft.",
			want:    []triple{{"Chirac", "sue", "Rosneft", false}},
			notWant: []triple{{"Blair", "sue", "Rosneft", false}},
		},
		{
			name:    "he is not a possessor",
			text:    "Tony Blair spoke of Gordon Brown's plans. He later met Jacques Chirac.",
			want:    []triple{{"Tony Blair", "meet", "Jacques Chirac", false}},
			notWant: []triple{{"Gordon Brown", "meet", "Jacques Chirac", false}},
		},
		{
			name: "he is not the object of a preposition",
			text: "Tony Blair had lunch with Gordon Brown. He later met Jacques Chirac.",
			want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectRelations(t, x, tt.text, tt.want, tt.notWant)
		})
	}
}
