package extract_test

import "testing"

// TestConstructionApposition checks roles given by an apposition after a
// name.
func TestConstructionApposition(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		{text: "Reed Hastings, Netflix Inc's co-founder, said the service would grow.",
			want: []triple{{"Reed Hastings", "co_founder_of", "Netflix Inc", false}}},
		{text: "Tony Blair, one of the founders of Yukos, met Gordon Brown.",
			want: []triple{{"Tony Blair", "founder_of", "Yukos", false}}},
		// A relative clause on the name that ends the apposition.
		{text: "The ruling was challenged by Deutsche Bank and Gazpromneft, a former unit of Gazprom which is due to merge with Rosneft.",
			want: []triple{{"Gazpromneft", "unit_of", "Gazprom", false}}},
		// Posts of business news: accountants, bankers, trustees.
		{text: "\"It will take time,\" said Donald Nicolaisen, the SEC's chief accountant.",
			want: []triple{{"Donald Nicolaisen", "chief_accountant_of", "Securities and Exchange Commission", false}}},
		{text: "Dennis Levine, a former investment banker at Drexel Burnham Lambert, pleaded guilty.",
			want: []triple{{"Dennis Levine", "investment_banker_of", "Drexel Burnham Lambert", false}}},
		{text: "Juan Carlos Pugliese, one of Raul Alfonsin's top political allies, said the talks would fail.",
			want: []triple{{"Juan Carlos Pugliese", "political_ally_of", "Raul Alfonsin", false}}},
		{text: "Carlos Ghosn, the boss of Renault, visited Tokyo on Monday.",
			want: []triple{{"Carlos Ghosn", "boss_of", "Renault", false}}},
		{text: "Kurt Opsahl, a lawyer at the Electronic Frontier Foundation, criticised Apple.",
			want: []triple{{"Kurt Opsahl", "lawyer_of", "Electronic Frontier Foundation", false}}},
		{text: "Nissan praised Carlos Ghosn, its highly successful boss, on Monday.",
			want: []triple{{"Carlos Ghosn", "boss_of", "Nissan", false}}},
		{text: "The claim was backed by David Kahn - a former historian at Yale University - on Monday.",
			want: []triple{{"David Kahn", "historian_of", "Yale University", false}}},
		// A role stated by a copula after an aside is its subject's, not
		// the aside's last name's.
		{text: "Yukos, based in Moscow, is a subsidiary of Rosneft.",
			want: []triple{{"Yukos", "subsidiary_of", "Rosneft", false}},
			not:  []triple{{"Moscow", "subsidiary_of", "Rosneft", false}, {"Moscow", "subsidiary_of", "Yukos", false}}},
		// The parse may not see the apposition: the phrase still closes
		// before the verb.
		{text: "Kaha Kiknavelidze, analyst at Troika Dialog, said: \"I think the decision was taken long ago.\"",
			want: []triple{{"Kaha Kiknavelidze", "analyst_of", "Troika Dialog", false}}},
		{text: "Gilles Babinet, chief executive of mobile music firm Musiwave, said downloads would grow.",
			want: []triple{{"Gilles Babinet", "chief_executive_of", "Musiwave", false}}},
		// An apposition describes the last name of a list.
		{text: "Microsoft hired Steve Ballmer and Bill Gates, the former chairman of Apple, last year.",
			want: []triple{{"Bill Gates", "chairman_of", "Apple", false}},
			not:  []triple{{"Steve Ballmer", "chairman_of", "Apple", false}}},
		// After "and" a role phrase is another party, not an apposition.
		{text: "Tony Blair held talks with Ariel Sharon and the Palestinian leader, Mahmoud Abbas.",
			not: []triple{{"Ariel Sharon", "leader_of", "Palestine", false}}},
		// A role that is a subject stands for the one named in apposition.
		{text: "Microsoft's chief executive, Steve Ballmer, met Tony Blair in London.",
			want: []triple{{"Steve Ballmer", "meet", "Tony Blair", false}},
			not:  []triple{{"Microsoft", "meet", "Tony Blair", false}}},
	})
}
