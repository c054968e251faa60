package extract_test

import "testing"

func TestConstructionNoun(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "coordinated subjects in talks", text: "Siemens and Unilever are in talks about a merger.", want: []triple{{"Siemens", "talk", "Unilever", false}}},
		{name: "coordinated subjects not in talks", text: "Siemens and Unilever are not in talks.", want: []triple{{"Siemens", "talk", "Unilever", true}}, not: []triple{{"Siemens", "talk", "Unilever", false}}},
		{name: "relations between, the plural lemmatised to the singular", text: "Relations between France and Germany deteriorated in 2023.", want: []triple{{"France", "relation", "Germany", false}}},
		{name: "talks held between, the phrase on a participle", text: "Talks held between Siemens and Unilever ended on Monday.", want: []triple{{"Siemens", "talk", "Unilever", false}}},
		{name: "ceasefire between", text: "The ceasefire between Germany and France took effect on Wednesday.", want: []triple{{"Germany", "ceasefire", "France", false}}},
		{name: "lawsuit filed by, the participle a light verb's", text: "The lawsuit filed by Siemens against Unilever went to trial.", want: []triple{{"Siemens", "sue", "Unilever", false}}},
		{name: "talks hosted by, the agent no party", text: "The talks hosted by Germany between Siemens and Unilever ended.", want: []triple{{"Siemens", "talk", "Unilever", false}}, not: []triple{{"Germany", "talk", "Siemens", false}}},
		{name: "negotiations held between, the participle taken for an open clause", text: "The ministry said the dispute would harm negotiations currently held between France and Germany.", want: []triple{{"France", "negotiate", "Germany", false}}},
		{name: "negotiations held between, the participle hung on a noun before", text: "The ministry said it would have an effect on fishing negotiations currently held between France and Germany.", want: []triple{{"France", "negotiate", "Germany", false}}},
		{name: "talks between", text: "Talks between Tony Blair and Jacques Chirac ended.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{name: "a race between", text: "The deal resulted from a race between General Motors and Ford to ally with Volkswagen.", want: []triple{{"General Motors", "compete", "Ford", false}}},
		{name: "a speech to", text: "Tony Blair said in a speech to the European Commission that the rules would change.", want: []triple{{"Tony Blair", "speak", "European Commission", false}}},
		{name: "possessor with an agent by", text: "In the wake of Yukos's takeover by Rosneft, the market is a duopoly.", want: []triple{{"Rosneft", "take_over", "Yukos", false}}, not: []triple{{"Yukos", "take_over", "Rosneft", false}}},
		{name: "between before a participle", text: "The trip follows claims of infighting between Gordon Brown and Tony Blair detailed in a new book.", want: []triple{{"Gordon Brown", "fight", "Tony Blair", false}}},
		{name: "match between", text: "The match between Arsenal and Barcelona was postponed.", want: []triple{{"Arsenal", "play", "Barcelona", false}}},
		{name: "between after a copula", text: "The contest is between Labour and Rosneft.", want: []triple{{"Labour Party", "contest", "Rosneft", false}}},
		{name: "remarks about", text: "Tony Blair was fined after making racist remarks about Gordon Brown.", want: []triple{{"Tony Blair", "remark", "Gordon Brown", false}}},
		{name: "talks about a subject", text: "Tony Blair held talks about Iraq with Jacques Chirac.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}, not: []triple{{"Tony Blair", "talk", "Iraq", false}}},
		{name: "meeting between", text: "Tony Blair hosted a meeting between Gordon Brown and Jacques Chirac.", want: []triple{{"Gordon Brown", "meet", "Jacques Chirac", false}}},
		{name: "possessor and of", text: "Vodafone's takeover of Verizon was approved.", want: []triple{{"Vodafone", "take_over", "Verizon", false}}},
		{name: "invasion", text: "Iraq's invasion of Kuwait began in 1990.", want: []triple{{"Iraq", "invade", "Kuwait", false}}},
		{name: "copula in talks", text: "Vodafone is in talks with Verizon.", want: []triple{{"Vodafone", "talk", "Verizon", false}}},
		{name: "contest noun", text: "Tony Blair fended off a challenge from Gordon Brown.", want: []triple{{"Tony Blair", "fend_off", "Gordon Brown", false}}},
		{name: "offer for", text: "Vodafone made an offer for Verizon.", want: []triple{{"Vodafone", "offer", "Verizon", false}}},
		{name: "agent after from", text: "Yukos rejected a takeover offer from Rosneft.", want: []triple{{"Rosneft", "offer", "Yukos", false}, {"Yukos", "reject", "Rosneft", false}}},
		{name: "talks with the ministers of", text: "Gordon Brown has been locked in talks with finance ministers of the EU.", want: []triple{{"Gordon Brown", "talk", "European Union", false}}},
		{name: "merger of two", text: "The merger of Google and Oracle was approved.", want: []triple{{"Google", "merge", "Oracle", false}}},
		{name: "noun within talks", text: "Vodafone is in talks on a merger with Verizon.", want: []triple{{"Vodafone", "merge", "Verizon", false}}},
		{name: "of and by, the agent hung on the first name", text: "The takeover of Verizon by Vodafone was approved.", want: []triple{{"Vodafone", "take_over", "Verizon", false}}, not: []triple{{"Verizon", "take_over", "Vodafone", false}}},
		{name: "agent by, the subject of a verb of receiving the one done to", text: "Vodafone faces an investigation by the European Commission.", want: []triple{{"European Commission", "investigate", "Vodafone", false}}},
		{name: "agent from hung on a verb of receiving", text: "Temu faces a lawsuit from Amazon.", want: []triple{{"Amazon", "sue", "Temu", false}}},
		{name: "under, with a copula: the subject done to", text: "Vodafone is under investigation by the European Commission.", want: []triple{{"European Commission", "investigate", "Vodafone", false}}, not: []triple{{"Vodafone", "investigate", "European Commission", false}}},
		{name: "came under, the agent after from", text: "Vodafone came under attack from Verizon.", want: []triple{{"Verizon", "attack", "Vodafone", false}}},
		{name: "agent by, another verb's subject not the one done to", text: "Vodafone praised an investigation by the European Commission.", not: []triple{{"European Commission", "investigate", "Vodafone", false}}},
		{name: "agent by, a clause on the noun saying what it was for", text: "Yukos fought off a bid by Rosneft to buy a stake in Gazprom.", not: []triple{{"Rosneft", "bid", "Yukos", false}}},
		{name: "bid by and for", text: "A bid by Vodafone for Verizon was rejected.", want: []triple{{"Vodafone", "bid", "Verizon", false}}},
	})
}
