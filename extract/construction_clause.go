package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// The clause construction: a verb relates its subject (nsubj) to its
// objects (obj, iobj, and obl through a preposition the verb takes:
// verb_prepositions). In the passive the subject (nsubj:pass) is the
// object, and the agent (obl:agent, "by") the subject: "Ryanair was
// fined by the European Commission" gives European Commission fine
// Ryanair.

var (
	stakeVerbs       = wordMap("stake_verbs")
	judgingVerbs     = wordSet("judging_verbs")
	accusingVerbs    = wordSet("accusing_verbs")
	creativeVerbs    = wordSet("creative_verbs")
	skippedVerbs     = wordSet("skipped_verbs")
	verbPrepositions = wordSet("verb_prepositions")
	reciprocalVerbs  = wordSet("reciprocal_verbs")
	removalVerbs     = wordSet("removal_verbs")
)

// clauseRelations returns the relations verb v states.
func (r *clauseReader) clauseRelations(v int) []relation {
	if r.words[v].upos != "VERB" || (roleHeads[r.words[v].form] || professions[r.words[v].form]) && !r.auxiliedVerb(v) {
		// A word naming a post is no verb, whatever the tagger says:
		// "was married to actress Ruby Dee"; but "will host Fumio
		// Kishida" is.
		return nil
	}
	if n := r.lightNoun(v); n >= 0 {
		return r.lightVerbRelations(v, n)
	}
	p := r.predicate(v)
	if i := strings.LastIndexByte(p, '-'); i >= 0 && len(p)-i <= 2 {
		// "right-wing" tagged a participle, its lemma "right-w": no verb.
		return nil
	}
	if stake := stakeVerbs[p]; stake != "" && r.takesPart(v) && !r.takesPartIn(v) {
		// "holds 24.9 pct of Yukos", "may boost its stake in Yukos"; not
		// "will take part in the race". Control is not a stake: "took
		// control of Raqqa" takes it.
		if o := r.child(v, "obj"); r.words[o].form == "control" {
			p += "_control"
		} else {
			p = stake
		}
	}
	if skippedVerbs[p] {
		return nil
	}
	negated := r.negated(v)
	subjects := r.partiesOf(r.subjectOf(v, 0))
	objects := r.objectsOf(v, p)
	if r.passive(v) && len(subjects) == 0 && removalVerbs[p] {
		// "Galloway was expelled from the Labour party": the body did it.
		subjects = r.obliques(v, "from")
	}
	toBuyers := false
	if len(objects) == 0 && p == "sell" && !r.passive(v) {
		// "sold chips to Microsoft": with nothing named sold, the buyer
		// is the party.
		objects, toBuyers = r.obliques(v, "to"), true
	}
	if len(objects) == 0 {
		if departures[p] != "" {
			return r.departure(v, departures[p], subjects, negated)
		}
		if reciprocalVerbs[p] && len(subjects) > 1 {
			// "Blair and Chirac met".
			return r.among(subjects, p, negated)
		}
		// "will act as executive producer for Yukos".
		return r.postRelations(v, p, subjects, nil)
	}
	if creativeVerbs[p] && !r.passive(v) {
		// "founded Def Jam with Rick Rubin": the partner made it too.
		subjects = append(subjects, r.obliques(v, "with")...)
	}
	var kept, excepted []int
	for _, o := range objects {
		if r.excepted(o) {
			excepted = append(excepted, o)
		} else {
			kept = append(kept, o)
		}
	}
	out := r.relate(subjects, kept, p, negated)
	if len(subjects) > 1 && len(subjects) == len(kept) && r.respectively(v) {
		out = r.pairs(subjects, kept, p, negated)
	}
	out = append(out, r.relate(subjects, excepted, p, !negated)...)
	out = append(out, r.postRelations(v, p, subjects, objects)...)
	if p == "sell" && !toBuyers {
		// "A sold B to C", "sold its stake in B to C": C bought B; "seized
		// and sold B to C", the parse hanging "to C" on the first verb.
		buyers := r.obliques(v, "to")
		if h := r.words[v].head; len(buyers) == 0 && h >= 0 && r.words[v].deprel == "conj" && r.words[h].upos == "VERB" {
			buyers = r.obliques(h, "to")
		}
		out = append(out, r.relate(buyers, objects, "buy", negated)...)
	}
	if buyingVerbs[p] {
		// "acquired American Motors from Renault": Renault sold it.
		out = append(out, r.relate(r.obliques(v, "from"), objects, "sell", negated)...)
	}
	return out
}

// excepted reports whether mention m is a conjunct that "not" takes out
// of the list: "sued Alstom but not Vodafone".
func (r *clauseReader) excepted(m int) bool {
	for t, mi := range r.mention {
		if mi != m || r.words[t].deprel != "conj" {
			continue
		}
		for _, c := range r.children[t] {
			if r.words[c].deprel == "advmod" && r.words[c].form == "not" {
				return true
			}
		}
	}
	return false
}

// buyingVerbs take what they buy from a seller: "bought Yukos from
// Menatep".
var buyingVerbs = map[string]bool{"buy": true, "acquire": true, "purchase": true}

// passive reports whether verb v is in the passive voice, a past
// participle describing a noun included: "Yukos, owned by Rosneft".
func (r *clauseReader) passive(v int) bool {
	return r.ownPassive(v) || r.words[v].deprel == "acl" && r.words[v].xpos == "VBN" && r.child(v, "obj") < 0 || r.passiveConjunct(v)
}

// ownPassive reports whether verb v has a passive subject or auxiliary of
// its own.
func (r *clauseReader) ownPassive(v int) bool {
	return r.child(v, "nsubj:pass") >= 0 || r.child(v, "aux:pass") >= 0
}

// passiveConjunct reports whether verb v, coordinated with a passive verb
// and without a subject or an object of its own, shares its voice: a
// participle ("was fined and banned"), or a verb an agent follows ("was
// seized by Rosneft and sold by the state").
func (r *clauseReader) passiveConjunct(v int) bool {
	h := r.words[v].head
	if r.words[v].deprel != "conj" || h < 0 || r.words[h].upos != "VERB" || !r.ownPassive(h) {
		return false
	}
	if r.child(v, "nsubj") >= 0 || r.child(v, "obj") >= 0 {
		return false
	}
	return r.words[v].xpos == "VBN" || len(r.sharedAgents(h, v)) > 0
}

// subjectOf returns the tokens that do what verb v states: its own
// subject, the agent of a passive, or the subject it shares with the verb
// it depends on (control, coordination, participles).
func (r *clauseReader) subjectOf(v, depth int) []int {
	if depth > maxChain {
		return nil
	}
	if c := append(r.all(v, "nsubj"), r.all(v, "nsubj:outer")...); len(c) > 0 {
		// "is to buy" may be parsed as a copula and an outer subject.
		return c
	}
	if r.passive(v) {
		return r.agentOf(v)
	}
	h := r.words[v].head
	if h < 0 {
		return nil
	}
	switch r.words[v].deprel {
	case "xcomp", "csubj":
		if r.nominal(h) && r.finite(v) {
			// "Yukos beat off strong competition" parsed with the verb as
			// an open clause of the name.
			return []int{h}
		}
		// "is due to take part in talks": the parse may make the open
		// clause the subject of "due".
		return r.controller(v, depth)
	case "conj":
		if r.words[h].upos == "VERB" {
			return r.topic(h, depth+1)
		}
	case "acl":
		if doer, ok := r.judged(v, h); ok {
			return doer
		}
		if timeNouns[r.words[h].form] {
			// "The Kremlin last year seized": the parse may take the time
			// for the head, and the subject for its modifier.
			return r.all(h, "compound")
		}
		switch r.words[v].xpos {
		case "VBD", "VBZ", "VBP", "VBN":
			// "Rosneft seized and sold Yukos" parsed as a noun and a
			// clause describing it: a finite verb, or one with an object,
			// has a subject.
			if r.words[v].xpos != "VBN" || r.child(v, "obj") >= 0 {
				return []int{h}
			}
		}
		if m := r.child(v, "mark"); m >= 0 && r.words[m].form == "to" && r.words[h].upos == "NOUN" {
			// "struck a deal to supply Peugeot", "a bid to buy Yukos":
			// the one who strikes the deal supplies; in a clause of no
			// one's, the one whose offer it is ("TWA's offer to acquire
			// USAir was rejected"). Talks its subject is in are its own:
			// "Vodafone is in talks to buy Verizon"; so is where it is:
			// "was at a summit to meet Putin".
			if c := r.all(h, "nsubj"); relationNouns[r.words[h].lemma] != "" && r.child(h, "cop") >= 0 && len(r.partiesOf(c)) > 0 {
				return c
			}
			if t := r.clauseTopic(h, depth+1); len(r.partiesOf(t)) > 0 {
				return t
			}
			return r.all(h, "nmod:poss")
		}
		if m := r.child(v, "mark"); m >= 0 && r.words[v].xpos == "VBG" {
			// "a windfall after winning a battle": an adverbial of the
			// clause, whose subject wins.
			return r.clauseTopic(h, depth+1)
		}
		// "Yukos, owning Rosneft": the noun the participle describes;
		// not a place ("was in India visiting a shrine").
		if r.words[v].xpos == "VBG" && !r.place(h) {
			return []int{h}
		}
	case "advcl":
		if r.prevented(v) {
			// "stopped Google from buying Fitbit": the one stopped.
			return r.all(h, "obj")
		}
		if doer, ok := r.judged(v, h); ok {
			return doer
		}
		// "After meeting Blair, Chirac said": the subject of the clause
		// the participle opens; an infinitive may be a misparsed open
		// clause ("forced Yukos to sell").
		if m := r.child(v, "mark"); m >= 0 && r.words[m].form == "to" {
			return r.controller(v, depth)
		}
		if r.words[v].xpos == "VBG" {
			return r.topic(h, depth+1)
		}
	}
	return nil
}

// prevented reports whether verb v, a clause with "from", states what the
// verb it depends on keeps that verb's object from doing: "stopped Google
// from buying Fitbit", "banned Siemens from selling Osram".
func (r *clauseReader) prevented(v int) bool {
	m, h := r.child(v, "mark"), r.words[v].head
	return r.words[v].deprel == "advcl" && m >= 0 && r.words[m].form == "from" && h >= 0 && r.words[h].upos == "VERB" && r.child(h, "obj") >= 0
}

// judged returns the one that a verb judging a deed, or charging
// someone with it, holds to have done the deed clause v names, and
// whether v names such a deed: the verb's object or its passive subject
// ("praised the Kremlin for overruling Yukos", "was fined for accusing
// Yukos", "accused Russia of shelling Kharkiv"). The clause hangs on the
// verb (h), or on its object, which the parse may take it to describe.
func (r *clauseReader) judged(v, h int) ([]int, bool) {
	m := r.child(v, "mark")
	if m < 0 {
		return nil, false
	}
	verb := h
	if r.words[v].deprel == "acl" {
		if verb = r.words[h].head; r.words[h].deprel != "obj" || verb < 0 {
			return nil, false
		}
	}
	switch mark, lemma := r.words[m].form, r.words[verb].lemma; {
	case mark == "for" && judgingVerbs[lemma], (mark == "of" || mark == "with") && accusingVerbs[lemma]:
	default:
		return nil, false
	}
	if verb != h {
		return []int{h}, true
	}
	if r.passive(h) {
		return r.all(h, "nsubj:pass"), true
	}
	return r.all(h, "obj"), true
}

// topic returns the subject of verb v in either voice: the nsubj or
// nsubj:pass, or the one it shares with the verb it depends on.
func (r *clauseReader) topic(v, depth int) []int {
	if c := r.all(v, "nsubj:pass"); len(c) > 0 {
		return c
	}
	if depth <= maxChain && r.passive(v) && (r.words[v].deprel == "xcomp" || r.words[v].deprel == "conj") && r.words[v].head >= 0 {
		return r.topic(r.words[v].head, depth+1)
	}
	return r.subjectOf(v, depth)
}

// place reports whether word i heads the name of a place.
func (r *clauseReader) place(i int) bool {
	if m := r.mention[i]; m >= 0 {
		t := r.d.entities[r.d.mentions[m].entity].typ
		return t == graph.GPE || t == graph.Loc
	}
	return false
}

// nominal reports whether word i is a noun, a name or a pronoun.
func (r *clauseReader) nominal(i int) bool {
	switch r.words[i].upos {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// finite reports whether verb v is in a finite form.
func (r *clauseReader) finite(v int) bool {
	switch r.words[v].xpos {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// tensed reports whether verb v heads a clause with a tense of its own:
// it is finite, or a modal goes with it ("will buy").
func (r *clauseReader) tensed(v int) bool {
	if r.finite(v) {
		return true
	}
	for _, w := range r.words {
		if w.head == v && w.deprel == "aux" && w.xpos == "MD" {
			return true
		}
	}
	return false
}

// takesPart reports whether verb v acts on a part of something: its
// object is a stake, shares or a holding.
func (r *clauseReader) takesPart(v int) bool {
	o := r.child(v, "obj")
	return o >= 0 && partNoun(r.words[o].form)
}

// takesPartIn reports whether verb v takes "part" bare for its object:
// "took part in the talks" says who joined in, not who holds a stake.
func (r *clauseReader) takesPartIn(v int) bool {
	o := r.child(v, "obj")
	return o >= 0 && r.words[o].form == "part" && r.child(o, "det") < 0
}

// clauseTopic returns the subject of the clause that word i belongs to:
// that of the nearest verb above it, or of a place one is at ("was at a
// summit to meet Chirac").
func (r *clauseReader) clauseTopic(i, depth int) []int {
	for ; i >= 0 && depth <= maxChain; depth++ {
		if r.words[i].upos == "VERB" {
			return r.topic(i, depth)
		}
		if r.child(i, "cop") >= 0 && (r.child(i, "case") >= 0 || r.words[i].upos == "ADJ") {
			// "is in talks to buy", "is close to a deal to buy".
			return r.all(i, "nsubj")
		}
		i = r.words[i].head
	}
	return nil
}

// agentOf returns the agent of passive verb v: "by the Commission".
func (r *clauseReader) agentOf(v int) []int {
	var out []int
	for _, c := range r.ownAgents(v) {
		if !r.agentOfConjunct(v, c) {
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		return out
	}
	if r.words[v].deprel == "conj" && r.words[v].head >= 0 {
		// "was fined and banned by UEFA": the agent the parse hung on
		// the first verb does both.
		if out = r.sharedAgents(r.words[v].head, v); len(out) > 0 {
			return out
		}
	}
	for _, c := range r.children[v] {
		// "was founded and is run by Elon Musk": the agent the parse hung
		// on the second verb, a passive of no subject of its own, does
		// both.
		if c > v && r.words[c].deprel == "conj" && r.words[c].upos == "VERB" && r.passiveConjunct(c) && r.child(c, "nsubj:pass") < 0 {
			out = append(out, r.ownAgents(c)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, c := range r.children[v] {
		if b := r.base(c); b != "obl" && b != "obj" || r.mention[c] >= 0 || relationNouns[r.words[c].lemma] != "" {
			continue
		}
		// "was presented with his statuette by Timothy Spall", "was
		// fined 500m euros by the European Commission": the parse hanging
		// the agent on the thing given.
		for _, k := range r.children[c] {
			if r.base(k) == "nmod" && r.mention[k] >= 0 && r.preposition(k) == "by" {
				out = append(out, k)
			}
		}
	}
	return out
}

// ownAgents returns the agents the parse hangs on verb v.
func (r *clauseReader) ownAgents(v int) []int {
	var out []int
	for _, c := range r.children[v] {
		if r.words[c].deprel == "obl:agent" || r.base(c) == "obl" && r.preposition(c) == "by" {
			out = append(out, c)
		}
	}
	return out
}

// sharedAgents returns the agents hung on verb h after its conjunct v
// that v, having none of its own, does what it states with.
func (r *clauseReader) sharedAgents(h, v int) []int {
	if len(r.ownAgents(v)) > 0 {
		return nil
	}
	var out []int
	for _, c := range r.ownAgents(h) {
		if c > v {
			out = append(out, c)
		}
	}
	return out
}

// agentOfConjunct reports whether agent c, hung on verb v, belongs to a
// conjunct of v between them, v having an agent of its own before it:
// "was seized by Rosneft and sold by the state".
func (r *clauseReader) agentOfConjunct(v, c int) bool {
	for _, k := range r.children[v] {
		if k < v || k > c || r.words[k].deprel != "conj" || r.words[k].upos != "VERB" {
			continue
		}
		for _, a := range r.ownAgents(v) {
			if a < k {
				return true
			}
		}
	}
	return false
}

// objectsOf returns the mentions verb v acts on.
func (r *clauseReader) objectsOf(v int, p string) []int {
	var out []int
	passive := r.passive(v)
	for _, c := range r.children[v] {
		switch r.words[c].deprel {
		case "obj", "iobj":
			if prep := r.preposition(c); prep != "" {
				// "founded with Damon Dash" parsed as an object: the
				// preposition says what it is.
				if verbPrepositions[p+" "+prep] {
					out = append(out, r.parties(c)...)
				}
			} else if !passive {
				out = append(out, r.argument(v, c)...)
			}
		case "xcomp":
			// "met Jacques Chirac" may be parsed with the name as an open
			// clause.
			if r.words[c].upos == "PROPN" && !passive {
				out = append(out, r.parties(c)...)
			}
		case "nsubj:pass":
			out = append(out, r.parties(c)...)
		case "obl":
			if c == r.particleObject(v) {
				out = append(out, r.parties(c)...)
				continue
			}
			switch prep := r.preposition(c); {
			case verbPrepositions[p+" "+prep], prep == "against" && r.child(v, "obj") < 0:
				// Past any verb with no object, "against" leads to the one
				// it is done against: "will start against the
				// Netherlands"; not "made his debut against Syria".
				out = append(out, r.argument(v, c)...)
			case prep == "in" && r.takesPart(v):
				// "bought a 20% stake in Yukos", the parse hanging "in
				// Yukos" on the verb.
				out = append(out, r.parties(c)...)
			}
		}
	}
	if len(out) == 0 {
		// "met for an hour with Chirac", "discussed the issue with
		// Chirac", "signed a letter of intent with Renault": the parse
		// may hang the party on the verb's other dependent, or on what
		// that is "of".
		for _, c := range r.children[v] {
			if b := r.base(c); (b == "obl" || b == "obj") && r.mention[c] < 0 {
				out = append(out, r.hungOn(c, p, 0)...)
			}
		}
	}
	h := r.words[v].head
	if len(out) > 0 || h < 0 {
		return out
	}
	switch r.words[v].deprel {
	case "xcomp", "conj", "advcl":
		if passive {
			// "is expected to be bought by Rosneft", "was fined and
			// banned by UEFA", "is furious after being fined by UEFA";
			// not a verb with a subject of its own: "Leigh was presented
			// with his award and Staunton's was announced".
			if r.words[v].deprel == "conj" && r.child(v, "nsubj:pass") >= 0 {
				return nil
			}
			return r.partiesOf(r.topic(h, 1))
		}
		if r.words[v].deprel == "conj" {
			return r.parties(r.sharedObject(v))
		}
	case "acl":
		// "Yukos, owned by Rosneft": the noun the participle describes.
		if r.words[v].xpos == "VBN" {
			return r.parties(h)
		}
	}
	return nil
}

// hungOn returns the parties that noun n leads to through a preposition
// verb predicate p takes, looking through phrases with "of".
func (r *clauseReader) hungOn(n int, p string, depth int) []int {
	var out []int
	for _, k := range r.children[n] {
		if r.base(k) != "nmod" {
			continue
		}
		switch prep := r.preposition(k); {
		case verbPrepositions[p+" "+prep]:
			out = append(out, r.parties(k)...)
		case prep == "of" && r.mention[k] < 0 && depth < 2:
			out = append(out, r.hungOn(k, p, depth+1)...)
		}
	}
	return out
}

// obliques returns the mentions verb v reaches through preposition prep,
// whether the parse hangs the phrase on the verb or on its object ("sold
// its insurance arm to Metlife", "founded Yukos with Gordon Brown").
func (r *clauseReader) obliques(v int, prep string) []int {
	var out []int
	for _, c := range r.children[v] {
		if r.base(c) == "obl" && r.preposition(c) == prep {
			out = append(out, r.parties(c)...)
		}
		if r.words[c].deprel != "obj" {
			continue
		}
		for _, k := range r.children[c] {
			if r.base(k) == "nmod" && r.preposition(k) == prep {
				out = append(out, r.parties(k)...)
			}
		}
	}
	return out
}
