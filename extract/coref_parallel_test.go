package extract_test

import "testing"

// TestParallelObject checks an object pronoun of the second of two
// coordinated verbs standing for the first verb's object.
func TestParallelObject(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{
			name: "him after a person as object",
			text: "Vladimir Putin called Emmanuel Macron and warned him about the talks.",
			want: []triple{{"Vladimir Putin", "call", "Emmanuel Macron", false}, {"Vladimir Putin", "warn", "Emmanuel Macron", false}},
			not:  []triple{{"Vladimir Putin", "warn", "Vladimir Putin", false}},
		},
		{
			name: "it after an organisation as object",
			text: "Oracle sued Google and accused it of copying its code.",
			want: []triple{{"Oracle", "sue", "Google", false}, {"Oracle", "accuse", "Google", false}},
		},
		{
			name: "her after a woman as object",
			text: "Gordon Brown praised Angela Merkel but criticised her over the budget.",
			want: []triple{{"Gordon Brown", "criticise", "Angela Merkel", false}},
		},
		{
			name: "him in a phrase of the second verb's object",
			text: "Angela Merkel met Narendra Modi and signed a defence agreement with him.",
			want: []triple{{"Angela Merkel", "meet", "Narendra Modi", false}, {"Angela Merkel", "sign", "Narendra Modi", false}},
		},
		{
			name: "it in a phrase of the second verb",
			text: "Oracle sued Google and later reached a settlement with it.",
			want: []triple{{"Oracle", "sue", "Google", false}, {"Oracle", "settle", "Google", false}},
		},
		{
			name: "it after a participle, the one named in the object's phrase",
			text: "Oracle brought a case against Google last year, accusing it of copying its code.",
			want: []triple{{"Oracle", "accuse", "Google", false}},
			not:  []triple{{"Oracle", "accuse", "Oracle", false}},
		},
		{
			name: "him after a second verb, the one named in the object's phrase",
			text: "Angela Merkel signed a deal with Emmanuel Macron and later criticised him over the budget.",
			want: []triple{{"Angela Merkel", "criticise", "Emmanuel Macron", false}},
		},
		{
			name: "two named in the object's phrase",
			text: "Oracle brought a case against Google and Apple last year, accusing it of copying its code.",
			not:  []triple{{"Oracle", "accuse", "Google", false}, {"Oracle", "accuse", "Apple", false}},
		},
		{
			name: "him after a person the first verb takes after a preposition",
			text: "Tony Blair spoke to Jacques Chirac by phone and warned him about the talks.",
			want: []triple{{"Tony Blair", "warn", "Jacques Chirac", false}},
			not:  []triple{{"Tony Blair", "warn", "Tony Blair", false}},
		},
		{
			name: "a subject of its own",
			text: "Tony Blair praised Gordon Brown and Jacques Chirac thanked him.",
			not:  []triple{{"Jacques Chirac", "thank", "Gordon Brown", false}},
		},
		{
			name: "him after a clause with a subject of its own, the first clause's subject",
			text: "Gordon Brown resigned and Tony Blair replaced him.",
			want: []triple{{"Tony Blair", "replace", "Gordon Brown", false}},
		},
		{
			name: "two objects before",
			text: "Oracle sued Google and Apple and accused them of copying its code.",
			not:  []triple{{"Oracle", "accuse", "Google", false}, {"Oracle", "accuse", "Apple", false}},
		},
	})
}
