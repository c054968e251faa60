package extract_test

import "testing"

func TestConstructionClause(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "a place named by of", text: "Meta sued the state of Texas.", want: []triple{{"Meta", "sue", "Texas", false}}},
		{name: "the capital of a place is not the place", text: "Meta sued the capital of Texas.", not: []triple{{"Meta", "sue", "Texas", false}}},
		{name: "a name before a sum, taken for the sum's modifier", text: "Meta will pay Texas 1.4 billion dollars.", want: []triple{{"Meta", "pay", "Texas", false}}},
		{name: "a name before a number of its own", text: "Meta will sell its Llama 3 software to Texas.", not: []triple{{"Meta", "sell", "Llama", false}}},
		{name: "share owned, stated by a copula", text: "Yukos is 55 percent owned by Rosneft.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "share owned, in a relative clause", text: "Yukos, which is 55 percent owned by Rosneft, sued Unilever.", want: []triple{{"Rosneft", "own", "Yukos", false}, {"Yukos", "sue", "Unilever", false}}},
		{name: "subject of a clause after before, taken for the preposition's", text: "The shares fell before Microsoft sued Google.", want: []triple{{"Microsoft", "sue", "Google", false}}},
		{name: "subject of a clause after after, taken for a noun's phrase", text: "Ford named a new boss after Tony Blair, its chairman, took charge at Volkswagen.", want: []triple{{"Tony Blair", "take_charge", "Volkswagen", false}}, not: []triple{{"Ford", "take_charge", "Volkswagen", false}}},
		{name: "a post that a name modifies stands for the organisation", text: "Gordon Brown stepped down from his Unilever post in May.", want: []triple{{"Gordon Brown", "step_down", "Unilever", false}}},
		{name: "a job that a name modifies stands for the organisation", text: "Tony Blair quit his Ryanair job last year.", want: []triple{{"Tony Blair", "quit", "Ryanair", false}}},
		{name: "active", text: "Rosneft bought Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{name: "leaving an organisation through from", text: "Gordon Brown stepped down from Unilever on Monday.", want: []triple{{"Gordon Brown", "step_down", "Unilever", false}}},
		{name: "working at an organisation", text: "Gordon Brown worked at Siemens for a decade.", want: []triple{{"Gordon Brown", "work", "Siemens", false}}},
		{name: "appearing before a body, denied", text: "Gordon Brown did not appear before the European Commission that week.", want: []triple{{"Gordon Brown", "appear", "European Commission", true}}},
		{name: "travelling to a place", text: "Narendra Modi travelled to Paris on Friday for a two-day visit.", want: []triple{{"Narendra Modi", "travel", "Paris", false}}},
		{name: "finishing above a rival, in a relative clause", text: "Arsenal and Barcelona, who finished above Ford in 2024, declined to comment.", want: []triple{{"Arsenal", "finish", "Ford", false}, {"Barcelona", "finish", "Ford", false}}},
		{name: "taking over from a person", text: "Gordon Brown will take over from Tony Blair at Unilever.", want: []triple{{"Gordon Brown", "take_over", "Tony Blair", false}}},
		{name: "object taken for a second subject", text: "Taylor Swift thanked Jack Antonoff.", want: []triple{{"Taylor Swift", "thank", "Jack Antonoff", false}}},
		{name: "verb taken for a plural noun, the sentence read without a verb", text: "Nvidia supplies chips to Microsoft and Google.", want: []triple{{"Nvidia", "supply", "Microsoft", false}, {"Nvidia", "supply", "Google", false}}},
		{name: "subject taken for a noun the verb describes", text: "Siemens invested in Unilever.", want: []triple{{"Siemens", "invest", "Unilever", false}}},
		{name: "subject taken for a noun the verb describes, with its oblique", text: "Siemens merged with Unilever in 2001.", want: []triple{{"Siemens", "merge", "Unilever", false}}},
		{name: "a participle with an agent stays one", text: "Yukos, owned by Rosneft.", want: []triple{{"Rosneft", "own", "Yukos", false}}, not: []triple{{"Yukos", "own", "Rosneft", false}}},
		{name: "against after any verb", text: "Thierry Henry will start against Barcelona in Paris.", want: []triple{{"Thierry Henry", "start", "Barcelona", false}}, not: []triple{{"Thierry Henry", "start", "Paris", false}}},
		{name: "passive with agent", text: "Ryanair was fined by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "passive with its agent hung on the oblique before", text: "The contract was handed to Siemens by Vodafone.", want: []triple{{"Vodafone", "hand", "Siemens", false}}},
		{name: "passive with its agent read as a head on the name before", text: "The award was presented to Tony Blair by Gordon Brown.", want: []triple{{"Gordon Brown", "present", "Tony Blair", false}}},
		{name: "passive with a role agent and the name in apposition", text: "Tony Blair was criticised by the chancellor, Gordon Brown.", want: []triple{{"Gordon Brown", "criticise", "Tony Blair", false}}},
		{name: "playing alongside a team-mate", text: "Thierry Henry will start alongside Tony Blair in defence.", want: []triple{{"Thierry Henry", "start", "Tony Blair", false}}},
		{name: "sending to a country", text: "Germany will send tanks to France.", want: []triple{{"Germany", "send", "France", false}}},
		{name: "took a stake", text: "Disney took a stake in Pixar.", want: []triple{{"Disney", "stake", "Pixar", false}}},
		{name: "sold a stake to a buyer", text: "Yukos sold its stake in Unilever to Rosneft.", want: []triple{{"Rosneft", "buy", "Unilever", false}}},
		{name: "bought from a seller", text: "Rosneft bought Yukos from Unilever.", want: []triple{{"Rosneft", "buy", "Yukos", false}, {"Unilever", "sell", "Yukos", false}}, not: []triple{{"Rosneft", "buy", "Unilever", false}}},
		{name: "passive with an amount and an agent", text: "Ryanair was fined 500m euros by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "passive without agent", text: "Ryanair was fined in Paris.", not: []triple{{"Paris", "fine", "Ryanair", false}}},
		{name: "prepositional verb", text: "Tony Blair met with Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "place is not a party", text: "Tony Blair spoke in Paris.", not: []triple{{"Tony Blair", "speak", "Paris", false}}},
		{name: "reciprocal subjects", text: "Tony Blair and Jacques Chirac met on Monday.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "bought from two sellers", text: "Rosneft bought jets from Volkswagen and Siemens.", not: []triple{{"Rosneft", "buy", "Volkswagen", false}, {"Siemens", "sell", "Volkswagen", false}}},
		{name: "sold nothing named to a buyer", text: "Rosneft sold chips to Volkswagen and Siemens.", want: []triple{{"Rosneft", "sell", "Volkswagen", false}, {"Rosneft", "sell", "Siemens", false}}, not: []triple{{"Volkswagen", "buy", "Siemens", false}}},
		{name: "sold to", text: "Rosneft sold Yukos to Volkswagen.", want: []triple{{"Rosneft", "sell", "Yukos", false}, {"Volkswagen", "buy", "Yukos", false}}, not: []triple{{"Rosneft", "sell", "Volkswagen", false}}},
		{name: "pronoun subject", text: "Angela Merkel flew in on Sunday. She met Modi.", want: []triple{{"Angela Merkel", "meet", "Modi", false}}},
		{name: "description subject", text: "Ford said on Monday that the carmaker would sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}},
		{name: "pronoun in a reported clause", text: "Ford said it would sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}},
		{name: "stake", text: "Rosneft has bought a 20% stake in Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{name: "percentage of", text: "Rosneft owns 29% of Yukos.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "coordinated owners of a percentage", text: "Rosneft and Vodafone own 29% of Yukos.", want: []triple{{"Rosneft", "own", "Yukos", false}, {"Vodafone", "own", "Yukos", false}}},
		{name: "in talks to buy", text: "Vodafone is in talks to buy Verizon.", want: []triple{{"Vodafone", "buy", "Verizon", false}}},
		{name: "competition from", text: "Rosneft said the oil group beat off strong competition from Yukos to take the field.", want: []triple{{"Rosneft", "beat", "Yukos", false}}},
		{name: "removal from a body", text: "Gordon Brown was expelled from the EU.", want: []triple{{"European Union", "expel", "Gordon Brown", false}}},
		{name: "agent on the thing given", text: "Tony Blair was presented with a medal by Gordon Brown.", want: []triple{{"Gordon Brown", "present", "Tony Blair", false}}},
		{name: "judged in the passive", text: "Tony Blair was fined for overruling Yukos.", want: []triple{{"Tony Blair", "overrule", "Yukos", false}}},
		{name: "a post's word as a verb after an auxiliary", text: "Tony Blair will host Jacques Chirac in April.", want: []triple{{"Tony Blair", "host", "Jacques Chirac", false}}},
		{name: "target after at", text: "Syria fired shells at Iraq.", want: []triple{{"Syria", "fire", "Iraq", false}}},
		{name: "target after on, denied", text: "Microsoft denied that it had spied on Google.", want: []triple{{"Microsoft", "spy", "Google", true}}},
		{name: "deed charged with of", text: "France accused Germany of invading Syria.", want: []triple{{"France", "accuse", "Germany", false}, {"Germany", "invade", "Syria", false}}, not: []triple{{"France", "invade", "Syria", false}}},
		{name: "deed charged with of, the clause taken for the object's", text: "Apple accused Google of copying Microsoft.", want: []triple{{"Google", "copy", "Microsoft", false}}, not: []triple{{"Apple", "copy", "Microsoft", false}}},
		{name: "judged deed", text: "Tony Blair praised the Kremlin for overruling Yukos.", want: []triple{{"Tony Blair", "praise", "Kremlin", false}, {"Kremlin", "overrule", "Yukos", false}}, not: []triple{{"Tony Blair", "overrule", "Yukos", false}}},
		{name: "partner in making", text: "Tony Blair founded Yukos with Gordon Brown.", want: []triple{{"Tony Blair", "found", "Yukos", false}, {"Gordon Brown", "found", "Yukos", false}}},
		{name: "stakes in", text: "Rosneft holds stakes in Yukos and Unilever.", want: []triple{{"Rosneft", "own", "Yukos", false}, {"Rosneft", "own", "Unilever", false}}},
		{name: "troops for their country", text: "Russia's troops have attacked Syria.", want: []triple{{"Russia", "attack", "Syria", false}}},
		{name: "board for its organisation", text: "Vodafone's directors have backed Verizon.", want: []triple{{"Vodafone", "back", "Verizon", false}}},
		{name: "words for their speaker", text: "Tony Blair is expected to attack Gordon Brown's words.", want: []triple{{"Tony Blair", "attack", "Gordon Brown", false}}},
		{name: "purpose of being somewhere", text: "Tony Blair was at a summit in Moscow to meet Vladimir Putin.", want: []triple{{"Tony Blair", "meet", "Vladimir Putin", false}}, not: []triple{{"Moscow", "meet", "Vladimir Putin", false}}},
		{name: "subject before a participle between commas", text: "Microsoft, led by Narendra Modi, bought Skype.", want: []triple{{"Narendra Modi", "lead", "Microsoft", false}, {"Microsoft", "buy", "Skype", false}}, not: []triple{{"Narendra Modi", "buy", "Skype", false}}},
		{name: "passive adverbial", text: "Ryanair is furious after being fined by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "phrasal verb with preposition", text: "Tony Blair has rejected a move to Arsenal after falling out with Gordon Brown.", want: []triple{{"Tony Blair", "fall_out", "Gordon Brown", false}}},
		{name: "adjective for its organisation", text: "Tony Blair has rejected a Microsoft offer.", want: []triple{{"Tony Blair", "reject", "Microsoft", false}}},
		{name: "preposition taken for a marker", text: "Tony Blair has written to Gordon Brown demanding an explanation of the new rules.", want: []triple{{"Tony Blair", "write", "Gordon Brown", false}}},
		{name: "given to", text: "The European Commission has awarded a contract worth 11.5m euros to Vodafone.", want: []triple{{"European Commission", "award", "Vodafone", false}}},
		{name: "officials for their organisation", text: "Microsoft officials met Google on Monday.", want: []triple{{"Microsoft", "meet", "Google", false}}},
		{name: "stake sold to", text: "General Motors agreed to sell its stake in Yukos to Volkswagen.", want: []triple{{"Volkswagen", "buy", "Yukos", false}}},
		{name: "unit for itself", text: "Unilever said its Dove unit bought Skype.", want: []triple{{"Dove", "buy", "Skype", false}}},
		{name: "party hung on an of phrase", text: "Microsoft signed a letter of intent with Google.", want: []triple{{"Microsoft", "sign", "Google", false}}},
		{name: "apposition for its name", text: "Yukos, 55 pct owned by Rosneft, said profits rose.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "name split by the parse", text: "Rosneft bought the remaining shares of Union Oil Co.", want: []triple{{"Rosneft", "buy", "Union Oil", false}}},
		{name: "payee before a written amount", text: "The European Commission has fined Microsoft 497m euros.", want: []triple{{"European Commission", "fine", "Microsoft", false}}},
		{name: "object after a title", text: "Tony Blair, who was fined in December for accusing Arsenal striker Thierry Henry of cheating, believes it.", want: []triple{{"Tony Blair", "accuse", "Thierry Henry", false}}},
		{name: "name before possessor", text: "Gordon Brown has sold Tony Blair's Yukos company.", want: []triple{{"Gordon Brown", "sell", "Yukos", false}}, not: []triple{{"Gordon Brown", "sell", "Tony Blair", false}}},
		{name: "particle parsed as an adverb", text: "Tony Blair hit back at Gordon Brown.", want: []triple{{"Tony Blair", "hit_back", "Gordon Brown", false}}},
		{name: "call for", text: "Gordon Brown called for Tony Blair to resign.", want: []triple{{"Gordon Brown", "call", "Tony Blair", false}}},
		{name: "drew with", text: "Arsenal drew with Barcelona.", want: []triple{{"Arsenal", "draw", "Barcelona", false}}},
		{name: "subject after an opening clause that ends in a name", text: "After meeting Tony Blair, Jacques Chirac flew to Paris.", want: []triple{{"Jacques Chirac", "meet", "Tony Blair", false}}},
		{name: "subject after an opening phrase that ends in a name", text: "After talks in Paris, Angela Merkel met Tony Blair.", want: []triple{{"Angela Merkel", "meet", "Tony Blair", false}}, not: []triple{{"Paris", "meet", "Tony Blair", false}}},
		{name: "name ending an opening clause taken for the subject", text: "Before visiting Moscow, Emmanuel Macron will call Vladimir Putin.", want: []triple{{"Emmanuel Macron", "visit", "Moscow", false}, {"Emmanuel Macron", "call", "Vladimir Putin", false}}, not: []triple{{"Moscow", "call", "Vladimir Putin", false}}},
		{name: "opening clause taken for the main one", text: "Since joining Arsenal, Thierry Henry has criticised Barcelona.", want: []triple{{"Thierry Henry", "join", "Arsenal", false}, {"Thierry Henry", "criticise", "Barcelona", false}}},
		{name: "subject before an apposition", text: "Gordon Brown, Microsoft's chief executive, visited Tony Blair.", want: []triple{{"Gordon Brown", "visit", "Tony Blair", false}}},
		{name: "subject before a possessive apposition", text: "Narendra Modi, Apple's chief executive, met Angela Merkel.", want: []triple{{"Narendra Modi", "meet", "Angela Merkel", false}}},
	})
}

// TestConstructionClauseTakePart checks that taking part in an event,
// which the tagger names, is no stake in it.
func TestConstructionClauseTakePart(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		{text: "Tony Blair will take part in the Unilever Run on Sunday.",
			not: []triple{{"Tony Blair", "stake", "Unilever Run", false}}},
		{text: "Tony Blair took a stake in the Unilever Run.",
			want: []triple{{"Tony Blair", "stake", "Unilever Run", false}}},
	})
}

// TestConstructionClauseNationalityHead: the object of a verb after a
// nationality the parse took for its head.
func TestConstructionClauseNationalityHead(t *testing.T) {
	names := dictTagger{"Tony Blair": "PER", "Chinese": "MISC", "Wen Jiabao": "PER", "Beijing": "LOC"}
	checkRelationCases(t, names, []constructionCase{
		{name: "name an apposition of the nationality", text: "Tony Blair met Chinese Premier Wen Jiabao in Beijing.", want: []triple{{"Tony Blair", "meet", "Wen Jiabao", false}}},
	})
}

// TestConstructionClauseNameTakenForVerb: a name after "to" that the
// parse took for an infinitive.
func TestConstructionClauseNameTakenForVerb(t *testing.T) {
	names := dictTagger{"Microsoft": "ORG", "OpenAI": "ORG"}
	checkRelationCases(t, names, []constructionCase{
		{name: "denied", text: "Microsoft said it had not spoken to OpenAI about a deal.", want: []triple{{"Microsoft", "speak", "OpenAI", true}}},
	})
}
