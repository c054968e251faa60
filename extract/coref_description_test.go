package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// descriptionNames adds to the coreference names the entities the
// description cases need.
var descriptionNames = func() dictTagger {
	d := dictTagger{
		"Vodafone": "ORG", "Orange": "ORG", "Ofcom": "ORG", "Honda": "ORG", "Toyota": "ORG",
		"Peugeot": "ORG", "Lufthansa": "ORG", "Air France": "ORG", "Serena Williams": "PER",
		"Williams": "PER", "Maria Sharapova": "PER", "Sharapova": "PER", "Japanese": "MISC",
	}
	for name, typ := range corefNames {
		d[name] = typ
	}
	return d
}()

// TestDescriptionCorefCompany checks company descriptions ("the firm",
// "the carmaker") that stand for the clearly most salient company named
// shortly before, though another was named too.
func TestDescriptionCorefCompany(t *testing.T) {
	x, err := extract.NewWithTagger(descriptionNames)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		// The company named and subject stands out.
		{
			text: "Vodafone reported higher profits on Tuesday. Vodafone said sales rose in Germany, where Orange is weaker. The firm later sued Ofcom.",
			want: []triple{{"Vodafone", "sue", "Ofcom", false}},
		},
		// A description by trade: "the regulator".
		{
			text: "Ofcom published a report on Tuesday. The regulator later fined Vodafone.",
			want: []triple{{"Ofcom", "fine", "Vodafone", false}},
		},
		// The object of a verb of accusing, whose "of" names the deed and
		// does not define the description.
		{
			text: "Ofcom published a report on Tuesday. Vodafone accused the regulator of singling out the company.",
			want: []triple{{"Vodafone", "accuse", "Ofcom", false}},
		},
		// Named once more recently than an older one.
		{
			text: "Orange was mentioned in a report. Nobody commented on the report for days. Vodafone has had a record year. The company sued Ofcom on Friday.",
			want: []triple{{"Vodafone", "sue", "Ofcom", false}},
		},
		// Two companies named alike are ambiguous.
		{
			text: "Vodafone reported higher profits. Toyota reported lower profits. The firm sued Ofcom.",
			not:  []triple{{"Vodafone", "sue", "Ofcom", false}, {"Toyota", "sue", "Ofcom", false}},
		},
		// The subject of the sentence before stands out too little.
		{
			text: "Vodafone has bought shares from Toyota. Toyota said so. The firm later sued Ofcom.",
			not:  []triple{{"Vodafone", "sue", "Ofcom", false}, {"Toyota", "sue", "Ofcom", false}},
		},
		// Not the subject of its own verb.
		{
			text: "Orange said its profits rose. Vodafone agreed on Monday to buy the company.",
			want: []triple{{"Vodafone", "buy", "Orange", false}},
		},
		// An object followed by a phrase of its verb: "to" and a name
		// say where it went, not which company is meant.
		{
			text: "Orange said its profits rose. Vodafone agreed on Monday to sell the company to Ofcom.",
			want: []triple{{"Vodafone", "sell", "Orange", false}},
		},
		// "to" and a verb still define one of a kind.
		{
			text: "Orange said its profits rose. Vodafone was the first company to sue Ofcom.",
			not:  []triple{{"Orange", "sue", "Ofcom", false}},
		},
		// A nationality that agrees.
		{
			text: "Peugeot and Japanese carmaker Honda unveiled new cars. Honda said sales rose. The Japanese carmaker sued Toyota.",
			want: []triple{{"Honda", "sue", "Toyota", false}},
		},
		// A nationality that disagrees.
		{
			text: "Japanese carmaker Honda unveiled new cars. Honda said sales rose. Honda was pleased. The French carmaker sued Toyota.",
			not:  []triple{{"Honda", "sue", "Toyota", false}},
		},
	})
}

// TestDescriptionCorefPerson checks descriptions of people by what they
// are known as, and that a description of one type never stands for an
// entity of another.
func TestDescriptionCorefPerson(t *testing.T) {
	x, err := extract.NewWithTagger(descriptionNames)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		// The champion after the one the sentences are about.
		{
			text: "Serena Williams won in Melbourne on Saturday. Williams said she was delighted. The champion thanked Maria Sharapova.",
			want: []triple{{"Serena Williams", "thank", "Maria Sharapova", false}},
		},
		// A person known by what she does.
		{
			text: "Maria Sharapova gave a concert on Saturday. Sharapova said she was delighted. The pianist thanked Serena Williams.",
			want: []triple{{"Maria Sharapova", "thank", "Serena Williams", false}},
		},
		// A person description does not stand for a company.
		{
			text: "Vodafone reported higher profits on Tuesday. Vodafone said sales rose. The champion sued Ofcom.",
			not:  []triple{{"Vodafone", "sue", "Ofcom", false}},
		},
		// A company description does not stand for a person.
		{
			text: "Serena Williams won in Melbourne on Saturday. Williams said she was delighted. The company sued Maria Sharapova.",
			not:  []triple{{"Serena Williams", "sue", "Maria Sharapova", false}},
		},
	})
}

// TestDescriptionCorefBody: "the charity", "the bloc" stand for the
// organisation named before them.
func TestDescriptionCorefBody(t *testing.T) {
	x, err := extract.NewWithTagger(descriptionNames)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		{
			text: "Oxfam criticised the summit on Monday. Oxfam said the deal was weak. The charity's director, Serena Williams, met Maria Sharapova.",
			want: []triple{{"Serena Williams", "director_of", "Oxfam", false}},
		},
	})
}

// TestDescriptionCorefNamedRole checks descriptions by a role, most with
// a name that says where it is held ("the Labour leader", "the Microsoft
// chief executive"): they stand for the one an earlier sentence gave that
// role there, and for no one when it gave it to two or to none there.
func TestDescriptionCorefNamedRole(t *testing.T) {
	d := dictTagger{"Microsoft": "ORG", "Steve Ballmer": "PER", "Ballmer": "PER", "Bill Gates": "PER", "Conservatives": "ORG", "Michael Howard": "PER"}
	for name, typ := range descriptionNames {
		d[name] = typ
	}
	x, err := extract.NewWithTagger(d)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		// The role given by a copula.
		{
			text: "Steve Ballmer is the chief executive of Microsoft. On Monday the Microsoft chief executive sued Vodafone.",
			want: []triple{{"Steve Ballmer", "sue", "Vodafone", false}},
		},
		// The role given by an apposition, though another holder of
		// another party's was named after.
		{
			text: "Tony Blair, the leader of Labour, spoke in Paris. Michael Howard, the leader of the Conservatives, listened. Later the Labour leader criticised Jacques Chirac.",
			want: []triple{{"Tony Blair", "criticise", "Jacques Chirac", false}},
			not:  []triple{{"Michael Howard", "criticise", "Jacques Chirac", false}},
		},
		// "he" reported by the role is its holder, not the one named last.
		{
			text: "Chancellor Gordon Brown met Jacques Chirac. The chancellor said he would visit Vodafone.",
			want: []triple{{"Gordon Brown", "visit", "Vodafone", false}},
			not:  []triple{{"Jacques Chirac", "visit", "Vodafone", false}},
		},
		// An adverb after the role is the sentence's.
		{
			text: "Microsoft chief executive Steve Ballmer spoke in Paris. The chief executive then sued Vodafone.",
			want: []triple{{"Steve Ballmer", "sue", "Vodafone", false}},
		},
		// The organisation disagrees.
		{
			text: "Michael Howard is the leader of the Conservatives. Later the Labour leader criticised Jacques Chirac.",
			not:  []triple{{"Michael Howard", "criticise", "Jacques Chirac", false}},
		},
		// Two holders of a role no name places are ambiguous.
		{
			text: "Chancellor Gordon Brown met Jacques Chirac. Chancellor Tony Blair met him too. Later the chancellor criticised Vodafone.",
			not:  []triple{{"Gordon Brown", "criticise", "Vodafone", false}, {"Tony Blair", "criticise", "Vodafone", false}},
		},
		// Two holders of the role there are ambiguous.
		{
			text: "Steve Ballmer is a director of Microsoft. Bill Gates is a director of Microsoft too. On Monday the Microsoft director sued Vodafone.",
			not:  []triple{{"Steve Ballmer", "sue", "Vodafone", false}, {"Bill Gates", "sue", "Vodafone", false}},
		},
	})
}
