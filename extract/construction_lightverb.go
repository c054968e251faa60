package extract

// The light verb construction: a verb of little meaning (light_verbs)
// takes a noun that states the relation (relation_nouns), whose parties
// follow the noun or the verb through a preposition: "The EU imposed
// sanctions on Russia" gives EU sanction Russia, "struck a deal with"
// deal, "launched a probe into" investigate. "No" on the noun denies it:
// "will take no action against Yukos".

// lightVerbs map each light verb to whose relation it states: "noun",
// the noun's ("held talks with": talk); "verb", its own, with the parties
// the noun leads to ("broke a pact with": break); "both" ("won a court
// battle with": battle and win); or "none". compoundNouns make a relation
// named by the verb and the noun: "took action against" take_action.
var (
	lightVerbs    = wordMap("light_verbs")
	compoundNouns = wordSet("compound_nouns")
)

// partyPrepositions lead from a relation to a party: "talks with Y", "a
// suit against Y", "sanctions on Y", "a probe into Y".
var partyPrepositions = map[string]bool{
	"with": true, "against": true, "on": true, "into": true, "to": true, "between": true,
	"over": true, "for": true, "of": true,
}

// partyPhrase reports whether preposition prep leads from relation noun
// n to a party: one of partyPrepositions, "about" after a remark
// (remark_nouns), or the preposition that the noun's verb takes to its
// party ("an investment in Anthropic", as "invested in": verb_prepositions).
func (r *clauseReader) partyPhrase(n int, prep string) bool {
	if prep == "to" && relationNouns[r.words[n].lemma] == "attack" {
		// "supplied missiles to Ukraine": what is attacked is reached
		// by "at", "on", "into", "against", not by "to".
		return false
	}
	return partyPrepositions[prep] || prep == "about" && remarkNouns[r.words[n].lemma] || verbPrepositions[relationNouns[r.words[n].lemma]+" "+prep]
}

// lightNoun returns the noun that verb v is light before, or -1: its
// object ("held talks"), its passive subject ("sanctions were imposed"),
// or a noun it reaches through "in" or "into" ("take part in talks",
// "entered into a joint venture"), or in the passive through "with"
// ("was slapped with a fine").
func (r *clauseReader) lightNoun(v int) int {
	if lightVerbs[r.predicate(v)] == "" {
		return -1
	}
	for _, c := range r.children[v] {
		// A word a preposition leads is a noun, whatever the tagger says:
		// "was slapped with a fine".
		noun := r.words[c].upos == "NOUN" || r.words[c].upos == "ADJ" && r.preposition(c) != ""
		if !noun || relationNouns[r.words[c].lemma] == "" && !compoundNouns[r.words[c].lemma] {
			continue
		}
		switch r.words[c].deprel {
		case "obj", "nsubj:pass":
			return c
		case "obl":
			if p := r.preposition(c); p == "in" || p == "into" || p == "with" && r.passive(v) {
				return c
			}
		}
	}
	return -1
}

// lightVerbRelations returns the relations that verb v and its noun n
// state together.
func (r *clauseReader) lightVerbRelations(v, n int) []relation {
	negated := r.negated(v) != r.denied(n)
	var predicates []string
	noun := relationNouns[r.words[n].lemma]
	if compoundNouns[r.words[n].lemma] {
		noun = r.predicate(v) + "_" + r.words[n].lemma
	}
	switch lightVerbs[r.predicate(v)] {
	case "noun":
		predicates = []string{noun}
	case "verb":
		predicates = []string{r.predicate(v)}
	case "both":
		predicates = []string{noun, r.predicate(v)}
	}
	subjects := r.partiesOf(r.subjectOf(v, 0))
	var objects, between []int
	if r.passive(v) && r.preposition(n) == "with" {
		// "Verizon was hit with a lawsuit by Vodafone", the agent hung on
		// the verb or on the noun.
		objects = r.partiesOf(r.all(v, "nsubj:pass"))
		if len(subjects) == 0 {
			for _, c := range r.children[n] {
				if r.base(c) == "nmod" && r.preposition(c) == "by" {
					subjects = append(subjects, r.parties(c)...)
				}
			}
		}
	}
	dependents := append(append([]int{}, r.children[n]...), r.children[v]...)
	for _, c := range r.children[v] {
		if r.base(c) == "obl" && r.mention[c] < 0 && c != n {
			// "will hold meetings on April 27 with Chirac": the parse may
			// hang the party on another phrase of the verb.
			dependents = append(dependents, r.children[c]...)
		}
	}
	for _, c := range dependents {
		if rel := r.base(c); rel != "nmod" && rel != "obl" {
			continue
		}
		prep := r.preposition(c)
		switch {
		case prep == "between":
			between = append(between, r.parties(c)...)
		case r.partyPhrase(n, prep) && (prep != "of" || !reciprocalVerbs[noun]), compoundNouns[r.words[n].lemma] && (prep == "of" || prep == "at"):
			// "completed its takeover of Yukos", "took charge of Yukos",
			// "takes charge at Renault"; not "held talks of two hours".
			objects = append(objects, r.argument(r.words[c].head, c)...)
		}
	}
	var out []relation
	for _, p := range predicates {
		if len(objects) == 0 && len(between) == 0 {
			// "Kirchner and Chavez signed the deal", "Canada and France
			// concluded an accord": they did it together; "Disney and Fox
			// agreed a merger": they merge.
			if reciprocalVerbs[r.predicate(v)] && !reciprocalVerbs[p] {
				p = r.predicate(v)
			}
			if reciprocalVerbs[p] {
				out = append(out, r.among(subjects, p, negated)...)
			}
			continue
		}
		out = append(out, r.relate(subjects, objects, p, negated)...)
		out = append(out, r.among(between, p, negated)...)
	}
	return out
}

// denied reports whether noun n is denied by "no": "took no action".
func (r *clauseReader) denied(n int) bool {
	for _, c := range r.children[n] {
		if r.words[c].deprel == "det" && r.words[c].form == "no" {
			return true
		}
	}
	return false
}
