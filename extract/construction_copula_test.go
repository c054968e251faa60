package extract_test

import "testing"

// TestConstructionCopula checks roles that a copula, a relative clause or
// a verb of taking or leaving a post gives its subject.
func TestConstructionCopula(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		// An infinitive of becoming after a verb of object control.
		{text: "The board nominated Tony Blair to become chairman of Yukos.",
			want: []triple{{"Tony Blair", "chairman_of", "Yukos", false}}},
		{text: "Jacques Chirac is the president of France, and Tony Blair met him.",
			want: []triple{{"Jacques Chirac", "president_of", "France", false}}},
		{text: "Bill Gates, who is chairman of Microsoft, spoke in Seattle.",
			want: []triple{{"Bill Gates", "chairman_of", "Microsoft", false}}},
		// A pronoun holds a role that a plain copula states, not one a
		// modal supposes.
		{text: "Jacques Chirac spoke on Monday. He is a professor at Yale University.",
			want: []triple{{"Jacques Chirac", "professor_of", "Yale University", false}}},
		{text: "Jacques Chirac spoke on Monday. He would have been a good professor at Yale University.",
			not: []triple{{"Jacques Chirac", "professor_of", "Yale University", false}}},
		{text: "Mikhail Khodorkovsky was one of the founders of Menatep, the court heard in Moscow.",
			want: []triple{{"Mikhail Khodorkovsky", "founder_of", "Menatep", false}}},
		{text: "Carlos Ghosn is to become chief executive of Renault in April.",
			want: []triple{{"Carlos Ghosn", "chief_executive_of", "Renault", false}}},
		// An open clause takes its controller.
		{text: "Tony Blair is expected to be named chief executive of Yukos.",
			want: []triple{{"Tony Blair", "chief_executive_of", "Yukos", false}}},
		{text: "Gordon Brown is set to become the next chairman of Yukos.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Tony Blair was one of Gordon Brown's closest allies.",
			want: []triple{{"Tony Blair", "ally_of", "Gordon Brown", false}}},
		{text: "Jacques Chirac became a professor of Yale University.",
			want: []triple{{"Jacques Chirac", "professor_of", "Yale University", false}}},
		{text: "Tony Blair became the leader of Labour.",
			want: []triple{{"Tony Blair", "leader_of", "Labour Party", false}}},
		{text: "Bill Gates left Microsoft in 2008 and became chairman of the Gates Foundation.",
			want: []triple{{"Bill Gates", "chairman_of", "Gates Foundation", false}}},
		{text: "Since 2002, Ms Tan has been managing director and chief executive of Metrojaya, the retail group.",
			want: []triple{{"Tan", "managing_director_of", "Metrojaya", false}, {"Tan", "chief_executive_of", "Metrojaya", false}}},
		{text: "The Electronic Frontier Foundation, which is acting as legal counsel for Apple Insider, said the ruling was wrong.",
			want: []triple{{"Electronic Frontier Foundation", "legal_counsel_of", "Apple Insider", false}}},
	})
}
