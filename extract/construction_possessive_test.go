package extract_test

import "testing"

// TestConstructionPossessive checks roles held where a possessive names,
// members named after an organisation's possessive, and a business named
// between a possessive pronoun and its kind.
func TestConstructionPossessive(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		// "its" joined by "and" to a name stands for it, though another
		// is the sentence's subject.
		{text: "Vodafone said its lawsuit alleges that Siemens and its chief executive, Roland Busch, broke the law.",
			want: []triple{{"Roland Busch", "chief_executive_of", "Siemens", false}},
			not:  []triple{{"Roland Busch", "chief_executive_of", "Vodafone", false}}},
		// "whose" before a role stands for the name before it.
		{text: "Siemens, whose chief executive Roland Busch spoke on Monday, bought Altair.",
			want: []triple{{"Roland Busch", "chief_executive_of", "Siemens", false}}},
		{text: "Tony Blair, whose wife Cherie Blair is a lawyer, spoke in London.",
			want: []triple{{"Cherie Blair", "wife_of", "Tony Blair", false}}},
		{text: "Vodafone has drafted in its UK chief executive William Morrow to run the Japanese business.",
			want: []triple{{"William Morrow", "chief_executive_of", "Vodafone", false}}},
		{text: "Labour's advertising agency TBWA defended the posters.",
			want: []triple{{"TBWA", "advertising_agency_of", "Labour Party", false}}},
		{text: "The Pentagon's contractor Lockheed Martin won the order.",
			want: []triple{{"Lockheed Martin", "contractor_of", "Pentagon", false}}},
		{text: "Vladimir Putin's envoy Wendy Day met the press.",
			want: []triple{{"Wendy Day", "envoy_of", "Vladimir Putin", false}}},
		{text: "Nicole Kidman's publicist Wendy Day denied the story.",
			want: []triple{{"Wendy Day", "publicist_of", "Nicole Kidman", false}}},
		// Trainers, assistants and kin serve or are tied to a person.
		{text: "Paula Radcliffe's coach Gary Lough said she would run in London.",
			want: []triple{{"Gary Lough", "coach_of", "Paula Radcliffe", false}}},
		{text: "Roger Federer's cousin Peter Federer watched the final.",
			want: []triple{{"Peter Federer", "cousin_of", "Roger Federer", false}}},
		{text: "US bank Citigroup has sold its Travelers Life & Annuity insurance arm to Metlife.",
			want: []triple{{"Travelers Life & Annuity", "arm_of", "Citigroup", false}},
			not:  []triple{{"Travelers Life & Annuity", "insurance_arm_of", "Metlife", false}}},
		{text: "Richard Branson has sold his Virgin Records company to Thorn EMI.",
			want: []triple{{"Richard Branson", "own", "Virgin Records", false}}},
		// A possessive pronoun's role in a sentence that names no other.
		{text: "Yukos has rejected the offer. Its chairman, Gordon Brown, said it was too low.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		// "his counterpart" holds the same post elsewhere: no tie to him.
		{text: "Jack Straw met his counterpart Miguel Moratinos in Madrid.",
			not: []triple{{"Miguel Moratinos", "counterpart_of", "Jack Straw", false}}},
	})
}
