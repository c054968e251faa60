package extract_test

import "testing"

func TestConstructionCoordination(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "coordinated objects", text: "Microsoft bought Skype and LinkedIn.", want: []triple{{"Microsoft", "buy", "Skype", false}, {"Microsoft", "buy", "LinkedIn", false}}},
		{name: "second object introduced by a noun", text: "Microsoft bought Skype and the German firm Siemens.", want: []triple{{"Microsoft", "buy", "Skype", false}, {"Microsoft", "buy", "Siemens", false}}},
		{name: "coordinated subjects", text: "Ford and General Motors sued Volkswagen.", want: []triple{{"Ford", "sue", "Volkswagen", false}, {"General Motors", "sue", "Volkswagen", false}}},
		{name: "coordinated verbs", text: "Thierry Henry left Arsenal and joined Barcelona.", want: []triple{{"Thierry Henry", "leave", "Arsenal", false}, {"Thierry Henry", "join", "Barcelona", false}}},
		{name: "shared object", text: "Rosneft seized and sold Yukos.", want: []triple{{"Rosneft", "seize", "Yukos", false}, {"Rosneft", "sell", "Yukos", false}}},
		{name: "titled names", text: "Tony Blair has met French President Jacques Chirac and German Chancellor Gordon Brown.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}, {"Tony Blair", "meet", "Gordon Brown", false}}},
		{name: "names in a list with titles", text: "Narendra Modi explained the plan to Yukos chairman Tony Blair, Ryanair boss Gordon Brown and Unilever chief executive Angela Merkel.", want: []triple{{"Narendra Modi", "explain", "Tony Blair", false}, {"Narendra Modi", "explain", "Gordon Brown", false}, {"Narendra Modi", "explain", "Angela Merkel", false}}, not: []triple{{"Narendra Modi", "explain", "Unilever", false}, {"Narendra Modi", "explain", "Ryanair", false}}},
		{name: "titled names in a list, the coordinator taken for a marker with the next title on it", text: "Narendra Modi explained the plan to Yukos chairman Tony Blair and International Monetary Fund managing director Angela Merkel.", want: []triple{{"Narendra Modi", "explain", "Tony Blair", false}, {"Narendra Modi", "explain", "Angela Merkel", false}}},
		{name: "second item after an apposition", text: "Microsoft bought Skype, the phone firm, and LinkedIn, the job site.", want: []triple{{"Microsoft", "buy", "Skype", false}, {"Microsoft", "buy", "LinkedIn", false}}},
		{name: "shared relative pronoun object", text: "Yukos, which Rosneft bought in 2004 and sold to Siemens in 2010, collapsed.", want: []triple{{"Rosneft", "buy", "Yukos", false}, {"Rosneft", "sell", "Yukos", false}, {"Siemens", "buy", "Yukos", false}}},
		{name: "shared object and buyer", text: "The Kremlin seized and sold Yukos to Rosneft to pay a tax bill.", want: []triple{{"Kremlin", "sell", "Yukos", false}, {"Rosneft", "buy", "Yukos", false}}},
		{name: "coordinated clauses", text: "Vodafone bought Nokia and Siemens acquired Google.", want: []triple{{"Vodafone", "buy", "Nokia", false}, {"Siemens", "acquire", "Google", false}}, not: []triple{{"Nokia", "acquire", "Google", false}, {"Vodafone", "buy", "Siemens", false}}},
		{name: "coordinated clauses, the second subject taken for a conjunct of the first verb's oblique", text: "Ryanair flew to Paris and Vodafone sued Ryanair.", want: []triple{{"Vodafone", "sue", "Ryanair", false}}, not: []triple{{"Ryanair", "fly", "Vodafone", false}}},
		{name: "coordinated clauses, the first passive, the second subject taken for a conjunct of its oblique", text: "Yukos was sold to Rosneft and Vodafone bought Verizon.", want: []triple{{"Rosneft", "buy", "Yukos", false}, {"Vodafone", "buy", "Verizon", false}}, not: []triple{{"Vodafone", "buy", "Yukos", false}}},
		{name: "coordinated clauses, the second subject taken for a conjunct inside the first verb's object", text: "The EU imposed sanctions on Russia and Germany banned Syria.", want: []triple{{"European Union", "sanction", "Russia", false}, {"Germany", "ban", "Syria", false}}, not: []triple{{"European Union", "sanction", "Germany", false}}},
		{name: "coordinated clauses, the second subject a phrase", text: "Google bought DeepMind and shares of Apple rose.", want: []triple{{"Google", "buy", "DeepMind", false}}, not: []triple{{"Google", "buy", "Apple", false}}},
		{name: "coordinated clauses, the second verb after an auxiliary", text: "Tony Blair said Russia would attack France and Germany would respond.", want: []triple{{"Russia", "attack", "France", false}}, not: []triple{{"Russia", "attack", "Germany", false}}},
		{name: "coordinated clauses, the second passive after an auxiliary", text: "Vladimir Putin said Russia would attack France and Germany would be punished.", want: []triple{{"Russia", "attack", "France", false}}, not: []triple{{"Russia", "attack", "Germany", false}, {"Germany", "punish", "Russia", false}}},
		{name: "coordinated possessed names", text: "Germany's Angela Merkel and France's Emmanuel Macron criticised Vladimir Putin.", want: []triple{{"Angela Merkel", "criticise", "Vladimir Putin", false}, {"Emmanuel Macron", "criticise", "Vladimir Putin", false}}, not: []triple{{"Germany", "criticise", "Vladimir Putin", false}, {"France", "criticise", "Vladimir Putin", false}}},
		{name: "possessed name", text: "Germany's Angela Merkel criticised Vladimir Putin.", want: []triple{{"Angela Merkel", "criticise", "Vladimir Putin", false}}, not: []triple{{"Germany", "criticise", "Vladimir Putin", false}}},
		{name: "second clause after an oblique", text: "Tony Blair thanked Gordon Brown for his help and Jacques Chirac praised Angela Merkel.", want: []triple{{"Jacques Chirac", "praise", "Angela Merkel", false}}, not: []triple{{"Tony Blair", "praise", "Angela Merkel", false}}},
		{name: "coordinated subjects of a reported clause", text: "Tony Blair said Nokia and Siemens acquired Google.", want: []triple{{"Nokia", "acquire", "Google", false}, {"Siemens", "acquire", "Google", false}}},
		{name: "coordinated passives with their own agents", text: "Yukos was seized by Rosneft and fined by Gazprom.", want: []triple{{"Rosneft", "seize", "Yukos", false}, {"Gazprom", "fine", "Yukos", false}}, not: []triple{{"Gazprom", "seize", "Yukos", false}}},
		{name: "coordinated passives sharing an agent", text: "Ryanair was fined and banned by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}, {"European Commission", "ban", "Ryanair", false}}},
		{name: "coordinated passives sharing the agent hung on the second", text: "Yukos was founded and is run by Tony Blair.", want: []triple{{"Tony Blair", "found", "Yukos", false}}},
		{name: "active verb after a passive", text: "Tony Blair was elected in 1997 and criticised Gordon Brown.", want: []triple{{"Tony Blair", "criticise", "Gordon Brown", false}}},
		{name: "second verb after an adverb, hung on the object", text: "Google acquired DeepMind and later bought Motorola.", want: []triple{{"Google", "acquire", "DeepMind", false}, {"Google", "buy", "Motorola", false}}, not: []triple{{"DeepMind", "buy", "Motorola", false}}},
		{name: "second verb after an adverb, taken for a modifier", text: "Vodafone acquired Verizon and later sold Siemens.", want: []triple{{"Vodafone", "acquire", "Verizon", false}, {"Vodafone", "sell", "Siemens", false}}},
		{name: "second object with its own time, the verb left out", text: "Oracle sued Microsoft in 2010 and Apple in 2012.", want: []triple{{"Oracle", "sue", "Microsoft", false}, {"Oracle", "sue", "Apple", false}}},
		{name: "second object with its own day, the verb left out", text: "Tony Blair met Jacques Chirac on Monday and Angela Merkel on Tuesday.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}, {"Tony Blair", "meet", "Angela Merkel", false}}},
		{name: "respectively", text: "Ford and Volkswagen have invested in Apple and Google respectively.", want: []triple{{"Ford", "invest", "Apple", false}, {"Volkswagen", "invest", "Google", false}}, not: []triple{{"Ford", "invest", "Google", false}, {"Volkswagen", "invest", "Apple", false}}},
		{name: "along with", text: "Ford, along with General Motors, sued Volkswagen.", want: []triple{{"Ford", "sue", "Volkswagen", false}, {"General Motors", "sue", "Volkswagen", false}}},
		{name: "but not", text: "Microsoft bought Skype but not LinkedIn.", want: []triple{{"Microsoft", "buy", "Skype", false}, {"Microsoft", "buy", "LinkedIn", true}}, not: []triple{{"Microsoft", "buy", "LinkedIn", false}}},
		{name: "including after a comma", text: "Google bought several firms, including DeepMind and Motorola.", want: []triple{{"Google", "buy", "DeepMind", false}, {"Google", "buy", "Motorola", false}}},
		{name: "such as", text: "The EU fined several firms such as Microsoft and Oracle.", want: []triple{{"European Union", "fine", "Microsoft", false}, {"European Union", "fine", "Oracle", false}}},
		{name: "including", text: "Rosneft defeated firms including Yukos and the Kremlin.", want: []triple{{"Rosneft", "defeat", "Yukos", false}, {"Rosneft", "defeat", "Kremlin", false}}},
	})
}

// TestConstructionCoordinationDescribed: the second of two coordinated
// names described before its name ("and rival EasyJet", "and chip
// designer AMD"), which the parse takes apart from the first.
func TestConstructionCoordinationDescribed(t *testing.T) {
	names := dictTagger{"Ryanair": "ORG", "EasyJet": "ORG", "Boeing": "ORG", "Intel": "ORG", "Qualcomm": "ORG", "AMD": "ORG"}
	checkRelationCases(t, names, []constructionCase{
		{name: "described second subject", text: "Ryanair and rival EasyJet criticised Boeing.", want: []triple{{"Ryanair", "criticise", "Boeing", false}, {"easyJet", "criticise", "Boeing", false}}},
		{name: "described second rival", text: "Intel faces competition from Qualcomm and chip designer AMD.", want: []triple{{"Intel", "face", "Qualcomm", false}, {"Intel", "face", "Advanced Micro Devices", false}}},
	})
}

// TestConstructionCoordinationOwnSubject: a coordinated clause with a
// subject of its own, which the parse took for an adverbial clause,
// shares nothing with the first.
func TestConstructionCoordinationOwnSubject(t *testing.T) {
	names := dictTagger{"Mike Leigh": "PER", "Timothy Spall": "PER", "Imelda Staunton": "PER", "Patrick Stewart": "PER"}
	checkRelationCases(t, names, []constructionCase{
		{name: "second passive clause with its own subject", text: "Mike Leigh was presented with his award by Timothy Spall and Imelda Staunton's prize was announced by Patrick Stewart.", want: []triple{{"Timothy Spall", "present", "Mike Leigh", false}}, not: []triple{{"Patrick Stewart", "announce", "Mike Leigh", false}}},
	})
}
