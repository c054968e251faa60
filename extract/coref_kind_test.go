package extract_test

import "testing"

// kindNames are the names the kind cases use: public bodies and
// companies.
var kindNames = dictTagger{
	"European Commission": "ORG", "Google": "ORG", "Oracle": "ORG", "Ofcom": "ORG",
	"Vodafone": "ORG", "BT": "ORG", "Sony": "ORG", "Toshiba": "ORG", "Nissan": "ORG",
	"Renault": "ORG", "Ford": "ORG", "Instagram": "ORG", "Gram": "ORG", "Kevin Systrom": "PER",
}

// TestCorefKind checks that a description of a public body stands for no
// company and one of a business for no public body, whatever the
// gazetteer or the article says each organisation is.
func TestCorefKind(t *testing.T) {
	checkRelationCases(t, kindNames, []constructionCase{
		{
			name: "a business after the body that fined it, the body's name ending so",
			text: "The European Commission fined Google 4 billion euros on Monday. The search giant later sued Oracle.",
			want: []triple{{"Google", "sue", "Oracle", false}},
			not:  []triple{{"European Commission", "sue", "Oracle", false}},
		},
		{
			name: "a body after the company it fined, both known to the gazetteer",
			text: "Ofcom fined Vodafone 2 million pounds on Monday. The regulator also criticised BT.",
			want: []triple{{"Ofcom", "criticise", "BT Group", false}},
			not:  []triple{{"Vodafone", "criticise", "BT Group", false}},
		},
		{
			name: "a body after a company alone",
			text: "Sony unveiled a new television on Monday. The regulator fined Toshiba.",
			not:  []triple{{"Sony", "fine", "Toshiba", false}},
		},
		{
			name: "a body after a company the article calls one",
			text: "Japanese carmaker Nissan unveiled a new car on Monday. The watchdog fined Ford.",
			not:  []triple{{"Nissan", "fine", "Ford", false}},
		},
		{
			name: "the one company among names salience cannot choose between",
			text: "Instagram was renamed Gram by Kevin Systrom in July. The platform was bought in March by Oracle.",
			want: []triple{{"Oracle", "buy", "Instagram", false}},
		},
		{
			name: "a business after a company the article calls one",
			text: "Japanese carmaker Nissan unveiled a new car on Monday. The firm also sued Ford.",
			want: []triple{{"Nissan", "sue", "Ford", false}},
		},
	})
}
