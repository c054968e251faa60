package extract_test

import "testing"

// TestConstructionTitle checks roles named by a title before a name, held
// where a name or a nationality before the title says.
func TestConstructionTitle(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		{text: "Russian President Vladimir Putin met the press in Moscow.",
			want: []triple{{"Vladimir Putin", "president_of", "Russia", false}}},
		// A place before a trade says where it is plied, not a post.
		{text: "Hollywood star Tony Blair met the press in Moscow.",
			not: []triple{{"Tony Blair", "star_of", "Hollywood", false}}},
		// A portfolio names the minister's post.
		{text: "Russia's Oil Minister Vladimir Putin met the press in Moscow.",
			want: []triple{{"Vladimir Putin", "oil_minister_of", "Russia", false}}},
		{text: "Tony Blair met Chinese Premier Wen Jiabao in Beijing.",
			want: []triple{{"Wen Jiabao", "premier_of", "China", false}},
			not:  []triple{{"Wen Jiabao", "premier_of", "Beijing", false}}},
		{text: "Emmanuel Macron hosted British Prime Minister Keir Starmer at the Elysee Palace.",
			want: []triple{{"Keir Starmer", "prime_minister_of", "United Kingdom", false}},
			not:  []triple{{"Keir Starmer", "prime_minister_of", "Élysée Palace", false}}},
		{text: "Pennzoil Co chairman J. Hugh Liedtke said the company would appeal.",
			want: []triple{{"J. Hugh Liedtke", "chairman_of", "Pennzoil", false}},
			not:  []triple{{"J. Hugh Liedtke", "co_chairman_of", "Pennzoil", false}}},
		{text: "Ryanair boss Michael O'Leary attacked the European Commission over the ruling, Ryanair said.",
			want: []triple{{"Michael O'Leary", "boss_of", "Ryanair", false}}},
		{text: "Microsoft founder Bill Gates visited the Washington Post.",
			want: []triple{{"Bill Gates", "founder_of", "Microsoft", false}}},
		{text: "Yukos's chief executive Mikhail Khodorkovsky was arrested in Siberia.",
			want: []triple{{"Mikhail Khodorkovsky", "chief_executive_of", "Yukos", false}}},
		{text: "German Foreign Minister Joschka Fischer flew to Washington.",
			want: []triple{{"Joschka Fischer", "foreign_minister_of", "Germany", false}}},
		{text: "Former Enron chairman Kenneth Lay was charged by prosecutors in Houston.",
			want: []triple{{"Kenneth Lay", "chairman_of", "Enron", false}}},
		{text: "BBC economic editor Evan Davis said the figures were plausible.",
			want: []triple{{"Evan Davis", "editor_of", "BBC", false}}},
		// A government stands for its country.
		{text: "Germany's previous government, led by Chancellor Gerhard Schroeder, also attempted to cut subsidies in 2003.",
			want: []triple{{"Gerhard Schroeder", "lead", "Germany", false}}},
		// A courtesy title between role and name: the holder, not the
		// organisation, is the subject of the verb.
		{text: "\"I think this signifies a change of heart,\" CBI director-general Sir Digby Jones told the BBC.",
			want: []triple{{"Digby Jones", "director_general_of", "CBI", false}, {"Digby Jones", "tell", "BBC", false}},
			not:  []triple{{"CBI", "tell", "BBC", false}}},
		// A nationality before a trade says where its holder comes from.
		{text: "French singer Charles Aznavour met Jacques Chirac.",
			not: []triple{{"Charles Aznavour", "singer_of", "France", false}}},
		// A place before a company's post names a branch, not an employer.
		{text: "British chief executive Mark Smith joined Vodafone.",
			not: []triple{{"Mark Smith", "chief_executive_of", "United Kingdom", false}}},
		{text: "Microsoft outreach coordinator Tony Blair said the firm was ready.",
			want: []triple{{"Tony Blair", "coordinator_of", "Microsoft", false}}},
	})
}
