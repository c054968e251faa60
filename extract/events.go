package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// Event relations are read off the dependency parse of a sentence. Each
// entity mention stands at its syntactic head token; a predicate (a verb,
// or a noun that states a relation) finds its parties among its
// dependents, and the constructions, each in a file construction_*.go,
// say which dependents are which:
//
//	clause        nsubj, obj, iobj, obl and the passive's obl:agent
//	control       xcomp: "wants to acquire", "forced X to sell"
//	lightverb     "imposed sanctions on", "held talks with"
//	noun          "talks between X and Y", "X's takeover of Y"
//	coordination  conj of subjects, objects and verbs
//	negation      "not", "never", "denied that", "refused to"
//	relative      acl:relcl "which owns", ccomp "said that X would sue Y"
//	as            "succeed X as chairman of Y", "resigned as", "the
//	              resignation of Yukos chairman X"
//
// A new construction goes in a file of its own, with its word lists
// under lexicon/ and its cases in construction_<name>_test.go. The parser
// is not always right: the reader mends the mistakes it is known to make
// (mendPrepositions, mendArguments) before reading the tree, and some
// constructions read a party from where the parser is known to hang it.
// Pronouns and descriptions take part as the entities coreference linked
// them to before relations are read.

var (
	ownerNouns           = wordSet("owner_nouns")
	placeNouns           = wordSet("place_nouns")
	namingVerbs          = wordSet("naming_verbs")
	contestNouns         = wordSet("contest_nouns")
	participleAdjectives = wordSet("participle_adjectives")
)

// clauseReader reads the event relations of one parsed sentence.
type clauseReader struct {
	d        *document
	sent     int
	words    []wordView
	children [][]int
	held     []relation // the sentence's role relations
	mention  []int      // token -> the mention whose head it is, or -1
	within   []int      // token -> the mention whose span holds it, or -1
}

// wordView is what the constructions read of a parsed token.
type wordView struct {
	lemma, form, upos, xpos, deprel string
	head                            int // -1 for the root
}

// maxChain bounds how far a subject is looked for up a chain of
// controlling, coordinated and relative clauses.
const maxChain = 8

// eventRelations returns the event relations of sentence si, whose role
// relations are held.
func (d *document) eventRelations(si int, held []relation) []relation {
	r, heads := d.readClauses(si, held)
	if heads < 2 && (heads == 0 || !d.mayStandForList(si)) {
		return nil
	}
	var out []relation
	for i := range r.words {
		out = append(out, r.clauseRelations(i)...)
		out = append(out, r.nounRelations(i)...)
		out = append(out, r.departureNoun(i)...)
		out = append(out, r.lossRelations(i)...)
		out = append(out, r.programmeRelations(i)...)
		out = append(out, r.stakeRelations(i)...)
		out = append(out, r.partRelations(i)...)
	}
	return out
}

// readClauses prepares the reader of sentence si: the parse mended and
// indexed, and the mentions placed at their heads. It returns the number
// of tokens that head a mention.
func (d *document) readClauses(si int, held []relation) (*clauseReader, int) {
	s := &d.sents[si]
	r := &clauseReader{d: d, sent: si, held: held, words: make([]wordView, len(s.words)), children: make([][]int, len(s.words)), mention: make([]int, len(s.words)), within: make([]int, len(s.words))}
	for i, w := range s.words {
		r.words[i] = wordView{lemma: strings.ToLower(w.Lemma), form: strings.ToLower(w.Form), upos: w.UPOS, xpos: w.XPOS, deprel: w.Deprel, head: s.head(i)}
		r.mention[i], r.within[i] = -1, -1
	}
	var names [][3]int
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 {
			names = append(names, [3]int{m.first, m.last, s.spanHead(m.first, m.last)})
		}
	}
	r.mendPunctuation()
	r.mendQuotations()
	r.mendModifierVerbs()
	r.mendNounRoots()
	r.mendOwnedShares()
	r.mendVerblessSentences()
	r.mendRelativeVerbs(names)
	r.mendRelatives()
	r.mendInterruptions()
	r.mendInterruptingParticiples()
	r.mendOpeningClauses()
	r.mendCoordinators()
	r.mendDescribedConjuncts(names)
	r.mendCompoundConjuncts(names)
	r.mendPossessors(names)
	r.mendTitles(names)
	r.mendAppointedNames(names)
	r.mendNationalityHeads(names)
	r.mendFalsePassives()
	r.mendLists()
	r.mendPrepositions()
	r.mendAgents()
	r.mendPerfect()
	r.mendMarkers()
	r.mendSubordinators()
	r.mendParticiples()
	r.mendTrades()
	r.mendLightNouns()
	r.mendInfinitives()
	r.mendGerundComplements()
	r.mendParticipleComplements()
	r.mendOpenClauseObjects()
	r.mendInfinitivePhrases()
	r.mendNamePhrases()
	r.mendControlNouns()
	r.mendOwn()
	r.mendNamedAmounts(names)
	r.mendArguments()
	r.mendSubjects()
	r.mendStrandedObjects()
	r.mendBetween()
	r.mendExamples()
	r.mendConjuncts()
	r.mendGappedObjects()
	r.mendTimeCompounds()
	r.mendVerbConjuncts()
	r.mendParataxis()
	r.mendCoordinatedAdverbials()
	r.mendCoordinatedClauses()
	for i, w := range r.words {
		if w.head >= 0 && w.head < len(r.words) {
			r.children[w.head] = append(r.children[w.head], i)
		}
	}
	heads := 0
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.entity < 0 || d.work[mi] || m.via == "demonym" {
			continue
		}
		h := s.spanHead(m.first, m.last)
		if r.mention[h] < 0 {
			heads++
		}
		r.mention[h] = mi
		if up := r.words[h].head; r.words[h].deprel == "flat" && up >= 0 && r.mention[up] < 0 && (up < m.first || up >= m.last) {
			// "Mr Straw" parsed with "Mr" as its head: the title stands
			// for the name.
			r.mention[up] = mi
		}
		for k := m.first; k < m.last; k++ {
			r.within[k] = mi
		}
	}
	return r, heads
}

// mendPunctuation undoes a word hung on a punctuation mark: "criticised
// by the chancellor, Gordon Brown" read with "Gordon" a dependent of the
// comma. A noun or a name right after a comma is in apposition to the
// noun or name before it; another word hangs where the mark hangs.
func (r *clauseReader) mendPunctuation() {
	for i, w := range r.words {
		p := w.head
		if p < 0 || r.words[p].upos != "PUNCT" {
			continue
		}
		switch {
		case p == i-1 && p > 0 && r.words[p].form == "," && r.nominal(i) && r.nominal(p-1):
			r.words[i].head, r.words[i].deprel = p-1, "appos"
		case r.words[p].head != i:
			r.words[i].head = r.words[p].head
		}
	}
}

// clauseEnds are the marks that end a clause.
var clauseEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "--": true}

// mendRelativeVerbs undoes the verb of a relative clause whose subject
// is a name and whose object is the relative pronoun, taken for a plural
// noun or given two subjects: "the G8, which Britain now chairs" read with
// "chairs" a noun, "the G20, which India hosts" with "which" a second
// subject. After the pronoun and the name, with adverbs between, a
// plural noun that ends the clause is the verb, the name its subject and
// the pronoun its object, unless it has one ("which Blair calls a joke"
// names the thing). names are the first and last tokens and the head of
// the sentence's names.
func (r *clauseReader) mendRelativeVerbs(names [][3]int) {
	for _, n := range names {
		p := n[0] - 1
		if p < 0 || !relativePronouns[r.words[p].form] || r.words[p].xpos == "DT" || r.words[p].upos == "SCONJ" {
			continue
		}
		v := n[1]
		for v < len(r.words) && r.words[v].upos == "ADV" {
			v++
		}
		if v >= len(r.words) || r.words[p].head != v && r.words[n[2]].head != v || r.objectBesides(v, p) {
			continue
		}
		switch w := r.words[v]; {
		case w.xpos == "NNS" && (v+1 == len(r.words) || clauseEnds[r.words[v+1].form] || r.words[v+1].upos == "ADP"):
			r.words[v].upos, r.words[v].xpos = "VERB", "VBZ"
		case w.upos == "VERB" && r.words[p].deprel == "nsubj" && r.words[n[2]].deprel == "nsubj":
		default:
			continue
		}
		r.words[p].head, r.words[p].deprel = v, "obj"
		r.words[n[2]].head, r.words[n[2]].deprel = v, "nsubj"
	}
}

// objectBesides reports whether verb v has an object other than word p,
// before the children are indexed.
func (r *clauseReader) objectBesides(v, p int) bool {
	for i, w := range r.words {
		if w.head == v && w.deprel == "obj" && i != p {
			return true
		}
	}
	return false
}

// mendRelatives undoes a relative clause between commas taken for the
// main clause: "Rosneft, whose chairman met Blair, bought Yukos" read
// with "met" the root, "Rosneft" hung on it and "bought" a clause of it;
// or read right, but with the name at the root and the main verb inside
// the clause ("Texaco, which is based in New York, agreed to sell"). The
// relative clause describes the name before it, and the first verb after
// the comma that closes it takes its place, or the root's, with the name
// for its subject.
func (r *clauseReader) mendRelatives() {
	for p, w := range r.words {
		if p < 2 || r.words[p-1].form != "," || !relativePronouns[w.form] && w.form != "whose" {
			continue
		}
		v := w.head
		for k := 0; w.form == "whose" && k < 3 && v > p && r.words[v].upos != "VERB"; k++ {
			// The clause's verb is above the possessed noun, and above
			// the name it may be parsed into: "whose chairman Gary
			// Gensler resigned".
			v = r.words[v].head
		}
		if v <= p || r.words[v].upos != "VERB" {
			continue
		}
		n := p - 2
		for (r.words[n].deprel == "flat" || r.words[n].deprel == "compound") && r.words[n].head >= 0 && r.words[n].head < n {
			n = r.words[n].head
		}
		// The parse hangs the name on the clause, or the clause rightly
		// on the name but the name at the root, with the sentence's verb
		// inside the clause: "Texaco, which is based in New York, agreed
		// to sell Getty Oil".
		described := r.words[v].deprel == "acl:relcl" && r.words[v].head == n && r.words[n].head < 0
		if !described && (r.words[v].deprel == "acl:relcl" || r.words[n].head != v) || !r.nominal(n) {
			continue
		}
		main := -1
		for k := v + 1; k < len(r.words) && main < 0; k++ {
			if r.words[k].form != "," {
				continue
			}
			for m := k + 1; m < len(r.words); m++ {
				if r.words[m].upos == "VERB" && (r.governed(m, v) || m == r.words[v].head && w.form != "whose") && (r.tensed(m) || r.words[m].xpos == "VBN") {
					main = m
					break
				}
			}
		}
		if main < 0 || (described || main == r.words[v].head) && (!r.tensed(main) || r.hasDependent(main, "nsubj")) {
			continue
		}
		if main == r.words[v].head {
			// "Google, which bought YouTube in 2006, agreed to acquire
			// Fitbit" read with the clause an adverbial of "agreed" and
			// the name hung on the clause. With "whose" the name stays
			// the clause's: "Nike, whose products are endorsed by Tiger
			// Woods, said" is read as endorsing Nike.
			r.words[v].head, r.words[v].deprel = n, "acl:relcl"
		} else if described {
			r.words[main].head, r.words[main].deprel = -1, "root"
		} else {
			r.words[main].head, r.words[main].deprel = r.words[v].head, r.words[v].deprel
			r.words[v].head, r.words[v].deprel = n, "acl:relcl"
		}
		r.words[n].head, r.words[n].deprel = main, "nsubj"
	}
}

// mendInterruptions undoes a subject cut from its verb by a phrase
// between commas, taken for the root with the verb hung inside the
// phrase: "Tim Cook, Apple's chief executive, visited Beijing" read with
// "visited" a conjunct of "executive", "Elon Musk, who founded Tesla,
// criticised Joe Biden" with "criticised" a clause on "Tesla". The first
// verb after the comma that closes the phrase, with no subject of its
// own, is the sentence's, and the subject its.
func (r *clauseReader) mendInterruptions() {
	root := -1
	for i, w := range r.words {
		if w.head < 0 {
			root = i
			break
		}
	}
	if root < 0 || !r.nominal(root) {
		return
	}
	open := root + 1
	for open < len(r.words) && r.words[open].head == root && (r.words[open].deprel == "flat" || r.words[open].deprel == "compound") {
		open++
	}
	if open >= len(r.words) || r.words[open].form != "," {
		return
	}
	for v := open + 2; v < len(r.words); v++ {
		w := r.words[v]
		if w.upos != "VERB" || r.words[v-1].form != "," || !r.governed(v, root) {
			continue
		}
		switch w.deprel {
		case "acl", "conj", "parataxis", "appos", "dep":
		default:
			continue
		}
		if r.hasDependent(v, "nsubj") || r.hasDependent(v, "nsubj:pass") || r.hasDependent(v, "mark") || !r.finite(v) && !r.takesName(v) {
			continue
		}
		r.words[v].head, r.words[v].deprel = -1, "root"
		r.words[root].head, r.words[root].deprel = v, "nsubj"
		return
	}
}

// mendInterruptingParticiples undoes a subject cut from its verb by a
// participle between commas, taken for the participle's: "Microsoft, led
// by Satya Nadella, bought Nokia" read with "Microsoft" the passive
// subject of "led", and "led" an adverbial clause of "bought" or
// "bought" a clause beside "led". The subject is the verb's, and the
// participle describes it.
func (r *clauseReader) mendInterruptingParticiples() {
	for p, w := range r.words {
		if w.upos != "VERB" || w.xpos != "VBN" && w.xpos != "VBG" || p == 0 || r.words[p-1].form != "," {
			continue
		}
		if r.hasDependent(p, "mark") || r.hasDependent(p, "aux") || r.hasDependent(p, "aux:pass") {
			continue
		}
		v := -1
		switch {
		case w.deprel == "advcl" && w.head > p:
			v = w.head
		default:
			for k := p + 1; k < len(r.words); k++ {
				if r.words[k].head == p && r.words[k].upos == "VERB" && (r.words[k].deprel == "parataxis" || r.words[k].deprel == "conj") {
					v = k
					break
				}
			}
		}
		if v < 0 || r.words[v].upos != "VERB" || r.words[v-1].form != "," || r.hasDependent(v, "nsubj") || r.hasDependent(v, "nsubj:pass") {
			continue
		}
		subject := -1
		for k := range p {
			if r.words[k].head == p && (r.words[k].deprel == "nsubj" || r.words[k].deprel == "nsubj:pass") && r.nominal(k) {
				subject = k
			}
		}
		if subject < 0 {
			continue
		}
		if r.words[v].head == p {
			r.words[v].head, r.words[v].deprel = w.head, w.deprel
		}
		r.words[subject].head, r.words[subject].deprel = v, "nsubj"
		r.words[p].head, r.words[p].deprel = subject, "acl"
	}
}

// mendOpeningClauses undoes the subject of a sentence taken for a part
// of the phrase or clause that opens it, when a name ends that: "After
// meeting Olaf Scholz, Joe Biden flew to Warsaw" read with "Joe Biden" in
// apposition to "Olaf Scholz", "After talks in Paris, Angela Merkel met"
// with "talks" the subject and "Angela Merkel" a conjunct of "Paris",
// "Before visiting Moscow, Emmanuel Macron will call" with "Moscow" the
// subject. The name after the comma, right before the verb, is the
// verb's subject; a phrase with a preposition that the parse took for the
// subject is an oblique, and a name it took for the subject the object of
// the opening clause. An opening clause taken for the main one ("Since
// joining Arsenal, Thierry Henry has scored" read with "scored" a clause
// of "joining") gives the main clause its place.
func (r *clauseReader) mendOpeningClauses() {
	r.mendOpeningRoot()
	for n, w := range r.words {
		if w.deprel != "appos" && w.deprel != "conj" || w.upos != "PROPN" || w.head < 0 || w.head > n || r.hasDependent(n, "cc") {
			continue
		}
		start := r.leftmost(n)
		if start < 1 || r.words[start-1].form != "," {
			continue
		}
		v := r.phraseEnd(n) + 1
		for v < len(r.words) && r.words[v].deprel == "aux" && r.words[v].head > v {
			v = r.words[v].head
		}
		if v >= len(r.words) || r.words[v].upos != "VERB" || !r.finite(v) && !r.hasDependent(v, "aux") {
			continue
		}
		top := w.head
		for top >= 0 && top < n && r.words[top].head != v {
			top = r.words[top].head
		}
		if top < 0 || top >= n {
			continue
		}
		opens := r.leftmost(top) == 0
		subject := "nsubj"
		if r.hasDependent(v, "aux:pass") {
			subject = "nsubj:pass"
		}
		switch r.words[top].deprel {
		case "advcl", "obl":
			if !opens || r.hasDependent(v, "nsubj") || r.hasDependent(v, "nsubj:pass") {
				continue
			}
		case "nsubj":
			if opens && r.hasPreposition(top) {
				r.words[top].deprel = "obl"
				break
			}
			opening := -1
			for a := 0; a < top; a++ {
				if r.words[a].head == v && r.words[a].deprel == "advcl" && r.words[a].xpos == "VBG" && !r.hasDependent(a, "obj") && r.leftmost(a) == 0 {
					opening = a
				}
			}
			if opening < 0 || top != w.head || r.words[top].upos != "PROPN" {
				continue
			}
			r.words[top].head, r.words[top].deprel = opening, "obj"
		default:
			continue
		}
		r.words[n].head, r.words[n].deprel = v, subject
	}
}

// mendOpeningRoot gives the main clause the place of an opening clause
// taken for the root: "Since joining Arsenal, Thierry Henry has scored"
// read with "scored" a clause of "joining". A root that a subordinator
// opens the sentence with, and that has no subject, yields to the first
// clause with a subject of its own after the comma.
func (r *clauseReader) mendOpeningRoot() {
	if len(r.words) < 4 || r.words[0].deprel != "mark" || r.words[0].upos != "SCONJ" {
		return
	}
	root := r.words[0].head
	if root < 0 || r.words[root].head >= 0 || r.words[root].upos != "VERB" || r.hasDependent(root, "nsubj") || r.hasDependent(root, "nsubj:pass") {
		return
	}
	comma := root + 1
	for comma < len(r.words) && r.words[comma].form != "," {
		comma++
	}
	for v := comma + 1; v < len(r.words); v++ {
		if r.words[v].head != root || r.words[v].upos != "VERB" || !r.hasDependent(v, "nsubj") && !r.hasDependent(v, "nsubj:pass") {
			continue
		}
		r.words[v].head, r.words[v].deprel = -1, "root"
		r.words[root].head, r.words[root].deprel = v, "advcl"
		for k := range r.words {
			if k != v && r.words[k].head == root && k > comma && r.words[k].deprel == "punct" {
				r.words[k].head = v
			}
		}
		return
	}
}

// takesName reports whether verb v has a name or a noun for its object,
// before the children are indexed: "criticised Joe Biden", a past tense
// the tagger may take for a participle.
func (r *clauseReader) takesName(v int) bool {
	for i, w := range r.words {
		if w.head == v && i > v && (w.deprel == "obj" || w.deprel == "xcomp") && r.nominal(i) {
			return true
		}
	}
	return false
}

// mendCoordinators undoes a coordinator taken for the head of the item
// after it: "bought Verizon, the US firm, and Apple" read with "Apple" a
// dependent of "and". The item is a conjunct of the one the coordinator
// hangs on, past an apposition, or, where the parse made the coordinator
// a marker too, of the nominal right before it; the coordinator is the
// item's marker.
func (r *clauseReader) mendCoordinators() {
	for c, w := range r.words {
		if w.upos != "CCONJ" || w.head < 0 || w.deprel != "cc" && w.head > c {
			continue
		}
		item := -1
		for k := c + 1; k < len(r.words) && item < 0; k++ {
			if r.words[k].head == c && (r.nominal(k) || strings.HasPrefix(r.words[k].xpos, "NN")) {
				item = k
			}
		}
		if item < 0 {
			continue
		}
		target := w.head
		if w.deprel == "cc" {
			// "to James Baker and IMF managing director Michel
			// Camdessus" read with "IMF" hung on "and", itself the marker
			// of a word elsewhere: the item goes with the nominal before
			// the coordinator.
			if c == 0 {
				continue
			}
			target = c - 1
			for (r.words[target].deprel == "flat" || r.words[target].deprel == "compound") && r.words[target].head >= 0 && r.words[target].head < target {
				target = r.words[target].head
			}
			if !r.nominal(target) {
				continue
			}
		}
		for r.words[target].deprel == "appos" && r.words[target].head >= 0 && r.words[target].head < target {
			target = r.words[target].head
		}
		r.words[item].head, r.words[item].deprel = target, "conj"
		r.words[c].head, r.words[c].deprel = item, "cc"
	}
}

// mendDescribedConjuncts undoes the second item of a coordination of
// names, described before its name, taken apart from the first: "beat
// Toshiba and chip makers AMD and Intel" read with "AMD" a flat word of
// "Toshiba", "Oracle and chip makers Nvidia" with "makers" the conjunct
// and "Nvidia" its apposition, "Ford and carmaker Volkswagen sued GM"
// with "carmaker" the conjunct and "Volkswagen" a second subject. Where
// only a coordinator and common nouns or adjectives stand between two
// names, and the parse coordinates the first name with the description
// or hangs the second name on the first, the second name is the first's
// conjunct, the coordinator its marker and the description its own.
// names are the first and last tokens and the head of the sentence's
// names.
func (r *clauseReader) mendDescribedConjuncts(names [][3]int) {
	nameAt := make([]int, len(r.words)) // token -> the index of its name + 1
	for i, n := range names {
		for k := n[0]; k < n[1]; k++ {
			nameAt[k] = i + 1
		}
	}
	for _, n := range names {
		first, head := n[0], n[2]
		c := first - 1
		for c > 0 && nameAt[c] == 0 && (r.words[c].upos == "NOUN" || r.words[c].upos == "ADJ") {
			c--
		}
		if c <= 0 || c == first-1 && r.words[head].deprel != "flat" || r.words[c].upos != "CCONJ" || nameAt[c-1] == 0 {
			continue
		}
		before := names[nameAt[c-1]-1]
		inBefore := func(k int) bool { return k >= before[0] && k < before[1] }
		wrong := r.words[head].deprel == "flat" && inBefore(r.words[head].head)
		for k := c + 1; k < first; k++ {
			wrong = wrong || r.words[k].deprel == "conj" && inBefore(r.words[k].head)
		}
		if !wrong {
			continue
		}
		r.words[head].head, r.words[head].deprel = before[2], "conj"
		r.words[c].head, r.words[c].deprel = head, "cc"
		for k := c + 1; k < first; k++ {
			if h := r.words[k].head; h < c || h >= first {
				r.words[k].head, r.words[k].deprel = head, "nmod:desc"
			}
		}
	}
}

// mendCompoundConjuncts undoes the first item of a coordination of
// names taken for a modifier of the second: "bought Skype and the German
// firm Siemens" read with "Skype" a compound of "Siemens", "beat Toshiba
// and chip makers AMD" with "Toshiba" one of "AMD". A name right before
// "and" or "or" does not modify the name after it: it heads the
// coordination, and the second name is its conjunct ("Google and Apple
// shares" stays, "shares" being no name). names are the first and last
// tokens and the head of the sentence's names.
func (r *clauseReader) mendCompoundConjuncts(names [][3]int) {
	heads := map[int]bool{}
	for _, n := range names {
		heads[n[2]] = true
	}
	for n, w := range r.words {
		h, c := w.head, n+1
		if w.deprel != "compound" || !heads[n] || !heads[h] || h <= c || c >= len(r.words) || r.words[c].upos != "CCONJ" {
			continue
		}
		r.words[n].head, r.words[n].deprel = r.words[h].head, r.words[h].deprel
		r.words[h].head, r.words[h].deprel = n, "conj"
		r.words[c].head, r.words[c].deprel = h, "cc"
	}
}

// auxiliedVerb reports whether word i is a verb with an auxiliary or
// "to": "will host", "to chair", which no title is.
func (r *clauseReader) auxiliedVerb(i int) bool {
	return r.words[i].upos == "VERB" && (r.hasDependent(i, "aux") || r.hasDependent(i, "aux:pass") || r.hasDependent(i, "mark"))
}

// mendTitles undoes a title taken for the head of the name after it or
// for a phrase of its own: "explain the plan to Treasury Secretary James
// Baker" read with "James" an object of "Treasury", "Paul Volcker and IMF
// director Michel Camdessus" with "IMF" a conjunct of "Paul". The name
// takes the title's place in the sentence, and the title, with a name
// that modifies it or owns it ("India's petroleum minister"), hangs on
// the name with its other dependents. names are the first and last
// tokens and the head of the sentence's names.
func (r *clauseReader) mendTitles(names [][3]int) {
	nameAt := make([]int, len(r.words)) // token -> the index of its name + 1
	for i, n := range names {
		for k := n[0]; k < n[1]; k++ {
			nameAt[k] = i + 1
		}
	}
	for _, n := range names {
		first, last, head := n[0], n[1], n[2]
		title := first
		for title > 0 && nameAt[title-1] == 0 && !r.auxiliedVerb(title-1) && (isRoleWord(r.words[title-1].form) || title < first && r.words[title-1].xpos == "NN" || title == first && title > 1 && courtesyTitleWord(r.words[title-1].form) && isRoleWord(r.words[title-2].form)) {
			// "petroleum minister", "director-general Sir Digby Jones";
			// not "will host Fumio Kishida".
			title--
		}
		if title == first {
			continue
		}
		owner := -1
		if title > 1 && r.words[title-1].form == "'s" && nameAt[title-2] > 0 {
			owner = names[nameAt[title-2]-1][2]
			title = names[nameAt[title-2]-1][0]
		} else if title > 0 && nameAt[title-1] > 0 {
			title = names[nameAt[title-1]-1][0]
		}
		outside := func(k int) bool { h := r.words[k].head; return h < title || h >= last }
		if h := r.words[head].head; h >= title && h < first {
			top := title
			for top < first && !outside(top) {
				top++
			}
			if top == first {
				continue
			}
			r.words[head].head, r.words[head].deprel = r.words[top].head, r.words[top].deprel
			r.words[top].head = -2 // hung on the name below
		}
		for k := title; k < first; k++ {
			if r.words[k].head != -2 && !outside(k) {
				continue
			}
			for c := range r.words {
				if r.words[c].head == k && (c < title || c >= last) {
					r.words[c].head = head
				}
			}
			r.words[k].head, r.words[k].deprel = head, "nmod:desc"
			switch {
			case k == owner:
				r.words[k].deprel = "nmod:poss"
			case nameAt[k] > 0:
				r.words[k].deprel = "compound"
			}
		}
	}
}

// mendAppointedNames undoes a name after a verb of appointing taken for a
// modifier of the post that follows it: "Nissan named Carlos Ghosn chief
// executive" read with "Carlos" a compound of "executive". The person is
// the verb's object and the post its open clause ("Collins named UK
// Athletics chief", a headline's passive, names no organisation's). names are the first and
// last tokens and the head of the sentence's names.
func (r *clauseReader) mendAppointedNames(names [][3]int) {
	for _, n := range names {
		first, last, head := n[0], n[1], n[2]
		v := first - 1
		if v < 0 || r.words[v].upos != "VERB" || !appointmentVerbs[r.words[v].lemma] {
			continue
		}
		post := r.words[head].head
		if post < last || r.words[head].deprel != "compound" || !isRoleWord(r.words[post].form) || r.words[post].head != v || !r.personAt(first) {
			continue
		}
		r.words[head].head, r.words[head].deprel = v, "obj"
		r.words[post].deprel = "xcomp"
	}
}

// personAt reports whether a person's name begins at token i.
func (r *clauseReader) personAt(i int) bool {
	for _, mi := range r.d.inSentence(r.sent) {
		if m := r.d.mentions[mi]; m.first == i && m.via == "name" && m.entity >= 0 {
			return r.d.entities[m.entity].typ == graph.Person
		}
	}
	return false
}

// mendNationalityHeads undoes a nationality taken for the head of the
// name it describes: "met Chinese Premier Wen Jiabao" read with "Chinese"
// the verb's complement and the name its apposition, "will meet Chinese
// counterpart Li Zhaoxing" with the name its open clause. The name takes
// the adjective's place, as the verb's object where it was its open
// clause, and the adjective describes the name. names are the first and
// last tokens and the head of the sentence's names.
func (r *clauseReader) mendNationalityHeads(names [][3]int) {
	for _, n := range names {
		head := n[2]
		a := r.words[head].head
		if a < 0 || a >= n[0] || r.words[a].upos != "ADJ" || !startsUpper(r.d.sents[r.sent].tokens[a].text) {
			continue
		}
		v := r.words[a].head
		if v < 0 || r.words[v].upos != "VERB" {
			continue
		}
		rel := r.words[a].deprel
		switch rel {
		case "xcomp":
			if r.objectBesides(v, a) {
				continue
			}
			rel = "obj"
		case "obj", "iobj", "obl", "nsubj":
		default:
			continue
		}
		for c := range r.words {
			if r.words[c].head == a {
				r.words[c].head = head
			}
		}
		r.words[head].head, r.words[head].deprel = v, rel
		r.words[a].head, r.words[a].deprel = head, "amod"
	}
}

// mendFalsePassives undoes a perfect or a past tense taken for a passive:
// "it had not spoken to OpenAI" read with "it" a passive subject, "The
// chief executive later met Satya Nadella" with "met" a participle. A
// passive has a passive auxiliary; with "have" and none, the subject is
// active, and so it is with no auxiliary at all and an object.
func (r *clauseReader) mendFalsePassives() {
	for k, w := range r.words {
		if w.deprel != "nsubj:pass" || w.head < 0 || r.hasDependent(w.head, "aux:pass") {
			continue
		}
		if !r.hasAuxiliary(w.head, "have") && (r.hasDependent(w.head, "aux") || r.hasDependent(w.head, "cop") || !r.objectNext(w.head)) {
			continue
		}
		r.words[k].deprel = "nsubj"
	}
}

// objectNext reports whether verb v has an object after it with no mark
// between them: "met Satya Nadella", not "Subs Not Used: Howard".
func (r *clauseReader) objectNext(v int) bool {
	o := r.dependent(v, "obj")
	if o <= v {
		return false
	}
	for k := v + 1; k < o; k++ {
		if r.words[k].upos == "PUNCT" {
			return false
		}
	}
	return true
}

// hasAuxiliary reports whether word i has an auxiliary of the lemma, before
// the children are indexed.
func (r *clauseReader) hasAuxiliary(i int, lemma string) bool {
	for _, w := range r.words {
		if w.head == i && w.deprel == "aux" && w.lemma == lemma {
			return true
		}
	}
	return false
}

// mendLists undoes a name in a list taken for a modifier of the name
// before it, or for its apposition: "to James Baker, Reserve chairman
// Paul Volcker and Michel Camdessus" read with "Paul" an nmod of "James"
// (or its appos, with "Michel" a conjunct of "Paul"). A name after a
// comma that no preposition leads, or one with a conjunct of its own, is
// the next item of the list.
func (r *clauseReader) mendLists() {
	for i, w := range r.words {
		h := w.head
		if w.upos != "PROPN" || h < 0 || h > i || r.words[h].upos != "PROPN" {
			continue
		}
		if w.deprel == "appos" && r.hasDependent(i, "conj") {
			r.words[i].deprel = "conj"
			continue
		}
		if w.deprel != "nmod" || r.hasDependent(i, "case") {
			continue
		}
		if start := r.leftmost(i); start > 0 && r.words[start-1].form == "," {
			r.words[i].deprel = "conj"
		}
	}
}

// leftmost returns the first word of the phrase word n heads, past its
// punctuation, before the children are indexed.
func (r *clauseReader) leftmost(n int) int {
	first := n
	for k := n - 1; k >= 0; k-- {
		if r.words[k].upos != "PUNCT" && r.governed(k, n) {
			first = k
		}
	}
	return first
}

// mendPrepositions undoes a mistake the parser makes with prepositional
// phrases: the preposition taken for the head ("with" as an nmod of
// "Yukos", and "Gordon Brown" as its dependent, in "founded Yukos with
// Gordon Brown"), or a case marker of a later word with the nominal its
// object. The nominal takes the preposition's place, or hangs on the
// word before the preposition, and the preposition becomes its case
// marker.
func (r *clauseReader) mendPrepositions() {
	for i := range r.words {
		p := r.words[i].head
		if p < 0 || r.words[p].upos != "ADP" || r.words[p].deprel == "compound:prt" || p > i {
			continue
		}
		switch r.words[i].upos {
		case "PROPN", "NOUN", "PRON":
		default:
			continue
		}
		if r.words[p].deprel == "case" {
			// "facing competition from Australian Craig Mottram, winner
			// in Dublin for the last two years", the preposition taken for
			// the case marker of "years" and the name for its object: the
			// phrase is the word's before the preposition.
			if k := p - 1; r.words[p].head > i && k >= 0 && (r.nominal(k) || r.words[k].upos == "VERB") {
				rel := "nmod"
				if r.words[k].upos == "VERB" {
					rel = "obl"
				}
				r.words[i].head, r.words[i].deprel = k, rel
				r.words[p].head = i
			}
			continue
		}
		h := r.words[p].head
		if h >= 0 && r.words[h].deprel == "compound:prt" {
			// "falling out with Souness", the phrase hung on the particle.
			h = r.words[h].head
		}
		rel := r.words[p].deprel
		if rel != "obl" && rel != "nmod" {
			rel = "nmod"
			if h >= 0 && r.words[h].upos == "VERB" {
				rel = "obl"
			}
		}
		r.words[i].head, r.words[i].deprel = h, rel
		r.words[p].head, r.words[p].deprel = i, "case"
	}
}

// mendAgents undoes the agent of a passive hung on the oblique before
// it: "was handed to Siemens by Vodafone" read with "by Vodafone" a
// modifier of "Siemens". A phrase with "by" on a passive verb's oblique,
// when the verb has no agent, is its agent.
func (r *clauseReader) mendAgents() {
	for i, w := range r.words {
		if w.deprel != "nmod" || !r.nominal(i) || !r.hasCase(i, "by") {
			continue
		}
		if v := r.passiveOver(w.head); v >= 0 {
			r.words[i].head, r.words[i].deprel = v, "obl:agent"
		}
	}
}

// passiveOver returns the passive verb that nominal n, or the name it is
// part of, is an oblique of, or -1.
func (r *clauseReader) passiveOver(n int) int {
	for n >= 0 && (r.words[n].deprel == "flat" || r.words[n].deprel == "compound") {
		n = r.words[n].head
	}
	if n < 0 || r.words[n].deprel != "obl" {
		return -1
	}
	v := r.words[n].head
	if v < 0 || r.words[v].upos != "VERB" || !r.hasDependent(v, "aux:pass") || r.hasDependent(v, "obl:agent") {
		return -1
	}
	return v
}

// mendPerfect undoes a perfect taken for "have" and an adjective on its
// object: "had earlier denied accusations that he threatened Neville"
// read as "had (denied accusations)". The participle becomes the verb,
// "have" its auxiliary, and the noun its object; a "that" clause the
// parse hung on "have" becomes the noun's.
func (r *clauseReader) mendPerfect() {
	for v, w := range r.words {
		n := w.head
		if w.xpos != "VBN" || w.deprel != "amod" || n != v+1 || r.words[n].upos != "NOUN" || r.words[n].deprel != "obj" {
			continue
		}
		h := r.words[n].head
		if h < 0 || h >= v || r.words[h].lemma != "have" {
			continue
		}
		between := true
		for k := h + 1; k < v; k++ {
			between = between && r.words[k].deprel == "advmod"
		}
		if !between {
			continue
		}
		for k := range r.words {
			switch {
			case k == h || k == v || k == n:
			case r.words[k].head == h && r.words[k].deprel == "advcl" && k > n && r.hasMark(k, "that") && claimNouns[r.words[n].form]:
				r.words[k].head, r.words[k].deprel = n, "acl"
			case r.words[k].head == h:
				r.words[k].head = v
			}
		}
		r.words[v].head, r.words[v].deprel, r.words[v].upos = r.words[h].head, r.words[h].deprel, "VERB"
		r.words[h].head, r.words[h].deprel, r.words[h].upos = v, "aux", "AUX"
		r.words[n].head = v
	}
}

// hasCase reports whether word i has the case marker form, before the
// children are indexed.
func (r *clauseReader) hasCase(i int, form string) bool {
	for _, w := range r.words {
		if w.head == i && w.deprel == "case" && w.form == form {
			return true
		}
	}
	return false
}

// hasMark reports whether word i has the marker form, before the
// children are indexed.
func (r *clauseReader) hasMark(i int, form string) bool {
	for _, w := range r.words {
		if w.head == i && w.deprel == "mark" && w.form == form {
			return true
		}
	}
	return false
}

// mendMarkers undoes a mistake the parser makes with a preposition
// before a name: the preposition taken for the marker of the next verb
// and the name for that verb's subject ("has written to Tony Blair
// demanding", "met with Mr Ebbers, told him", "Texaco's bid for Getty
// Oil failed"). After a noun the name is the noun's; otherwise, since no
// infinitive has a subject of its own, nor does "with" open a finite
// clause, it becomes an oblique of the verb right before the preposition,
// past adverbs ("told jurors he met frequently with Mr Ebbers, told
// him"), or else of the verb the clause depends on. The preposition
// becomes its case marker.
func (r *clauseReader) mendMarkers() {
	for m, w := range r.words {
		v, n := w.head, m+1
		if w.deprel != "mark" || v <= n || r.words[n].head != v || r.words[n].upos != "PROPN" || r.base(n) != "nsubj" {
			continue
		}
		if noun := r.anchor(m, v); noun >= 0 && w.upos == "ADP" {
			r.words[n].head, r.words[n].deprel = noun, "nmod"
		} else if r.words[v].head >= 0 && r.words[n].deprel == "nsubj" && (w.form == "to" || w.form == "with" && r.finite(v)) {
			r.words[n].head, r.words[n].deprel = r.words[v].head, "obl"
			if k := r.verbBefore(m); k >= 0 {
				r.words[n].head = k
			}
		} else {
			continue
		}
		r.words[m].head, r.words[m].deprel = n, "case"
	}
}

// verbBefore returns the verb right before word m, past adverbs, or -1.
func (r *clauseReader) verbBefore(m int) int {
	k := m - 1
	for k > 0 && r.words[k].upos == "ADV" {
		k--
	}
	if k >= 0 && r.words[k].upos == "VERB" {
		return k
	}
	return -1
}

// subordinators open a clause and, before a name, are taken by the
// parser for its preposition.
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "because": true, "although": true, "though": true, "whereas": true, "after": true, "before": true, "until": true, "since": true, "once": true}

// mendSubordinators undoes a subordinator taken for the preposition of
// the subject after it, and the subject for an oblique of the main
// clause: "He was speaking as Sir Digby Jones warned Mr Brown", read as
// "speaking (as Sir Digby Jones)" and "warned Mr Brown" with no subject.
// A finite verb that follows the phrase at once, with no subject of its
// own, takes the phrase for its subject and the subordinator for its
// marker; so does one the subordinator marks, whose subject the parse
// took for its oblique.
func (r *clauseReader) mendSubordinators() {
	for c, w := range r.words {
		n := w.head
		if w.deprel != "case" || !subordinators[w.form] || n <= c || r.base(n) != "obl" && (r.base(n) != "nmod" || r.words[n].upos != "PROPN") || !r.nominal(n) {
			continue
		}
		v := r.phraseEnd(n) + 1
		if v < len(r.words) && r.words[v].upos == "PUNCT" && r.words[v].form == "," {
			v++
		}
		if v >= len(r.words) || r.words[v].upos != "VERB" || !r.finite(v) || r.words[v].head != r.words[n].head && r.words[n].upos != "PROPN" || r.hasDependent(v, "nsubj") || r.hasDependent(v, "nsubj:pass") {
			continue
		}
		r.words[n].head, r.words[n].deprel = v, "nsubj"
		r.words[c].head, r.words[c].deprel, r.words[c].upos = v, "mark", "SCONJ"
	}
	for c, w := range r.words {
		// "after Tony Blair, its chairman, took charge", read with the
		// subordinator right but the subject an oblique of the verb.
		v, n := w.head, c+1
		if w.deprel != "mark" || !subordinators[w.form] || v <= n || r.words[n].upos != "PROPN" || r.words[n].head != v || r.words[n].deprel != "obl" || r.hasDependent(n, "case") {
			continue
		}
		if r.finite(v) && !r.hasDependent(v, "nsubj") && !r.hasDependent(v, "nsubj:pass") {
			r.words[n].deprel = "nsubj"
		}
	}
}

// phraseEnd returns the last word of the phrase that word n heads,
// before the children are indexed.
func (r *clauseReader) phraseEnd(n int) int {
	end := n
	for i := n + 1; i < len(r.words); i++ {
		k, steps := r.words[i].head, 0
		for k >= 0 && k != n && steps < maxChain {
			k, steps = r.words[k].head, steps+1
		}
		if k != n {
			break
		}
		end = i
	}
	return end
}

// mendParticiples undoes a participle before a noun taken for a verb
// that a preposition marks, with the noun its object: "clashed with
// opposing skipper Roy Keane" read as "with opposing (skipper)", "lost
// to defending champion Andy Roddick". The noun takes the participle's
// place as the phrase, the preposition becomes its case marker, and the
// participle its modifier. Only after a preposition that opens no
// clause of its own: "after leading Arsenal to the title" is a clause.
func (r *clauseReader) mendParticiples() {
	for v, w := range r.words {
		m, h := v-1, w.head
		if !participleAdjectives[w.form] || w.xpos != "VBG" || h < 0 || m < 0 || r.words[m].head != v || r.words[m].deprel != "mark" || !nounPrepositions[r.words[m].form] {
			continue
		}
		n := -1
		for k := v + 1; k < len(r.words); k++ {
			if r.words[k].head == v && r.words[k].deprel == "obj" && (r.words[k].upos == "NOUN" || r.words[k].upos == "PROPN") {
				n = k
				break
			}
		}
		if n < 0 {
			// "over leading American Alan Webb", the parse taking the
			// nationality for the participle's complement and the name
			// for the nationality's object: the first noun past the
			// adjectives heads the phrase, and they describe it.
			k := v + 1
			for k < len(r.words) && r.words[k].upos == "ADJ" && r.governed(k, v) {
				k++
			}
			if k == v+1 || k >= len(r.words) || r.words[k].upos != "NOUN" && r.words[k].upos != "PROPN" || !r.governed(k, v) {
				continue
			}
			n = k
			for a := v + 1; a < n; a++ {
				r.words[a].head, r.words[a].deprel = n, "amod"
			}
		}
		rel := "nmod"
		if r.words[h].upos == "VERB" {
			rel = "obl"
		}
		r.words[n].head, r.words[n].deprel = h, rel
		r.words[m].head, r.words[m].deprel = n, "case"
		r.words[v].head, r.words[v].deprel = n, "amod"
	}
}

// mendTrades undoes a noun naming a post or a trade taken for an
// infinitive after "to", with the name after it its object: "an
// assistant to sculptor Henry Moore" read as "to sculpt (Henry Moore)".
// The name takes the word's place as the phrase, of the noun before "to"
// or else of the verb, "to" becomes its case marker and the word its
// title.
func (r *clauseReader) mendTrades() {
	for v, w := range r.words {
		m, h := v-1, w.head
		if w.upos != "VERB" || !roleHeads[w.form] && !professions[w.form] || h < 0 || m < 1 || r.words[m].head != v || r.words[m].form != "to" {
			continue
		}
		n := v + 1
		if n >= len(r.words) || r.words[n].head != v || r.words[n].deprel != "obj" || r.words[n].upos != "PROPN" {
			continue
		}
		head, rel := h, "obl"
		if r.words[m-1].upos == "NOUN" {
			head, rel = m-1, "nmod"
		} else if r.words[h].upos != "VERB" {
			rel = "nmod"
		}
		r.words[n].head, r.words[n].deprel = head, rel
		r.words[m].head, r.words[m].deprel, r.words[m].upos = n, "case", "ADP"
		r.words[v].head, r.words[v].deprel, r.words[v].upos = n, "nmod:desc", "NOUN"
		for k := range r.words {
			if r.words[k].head == v && k != m {
				r.words[k].head = n
			}
		}
	}
}

// mendInfinitives undoes an infinitive right after a verb hung
// elsewhere: "has agreed to meet Oliver Tambo, an official said" read
// with "meet" a clause of "said". A verb's infinitive after it is its
// open clause.
func (r *clauseReader) mendInfinitives() {
	for v, w := range r.words {
		c := v - 2
		if w.upos != "VERB" || c < 0 || r.words[v-1].form != "to" || r.words[v-1].head != v || r.words[c].upos != "VERB" || w.head == c || r.governed(c, v) {
			continue
		}
		r.words[v].head, r.words[v].deprel = c, "xcomp"
	}
}

// mendGerundComplements undoes a gerund right after its verb taken for
// an adverbial clause: "has ruled out selling ABC" read with "selling" an
// advcl of "ruled". A gerund with no marker and no subject of its own,
// with nothing but the verb's particle between them, completes the verb.
func (r *clauseReader) mendGerundComplements() {
	for g, w := range r.words {
		v := w.head
		if w.deprel != "advcl" || w.xpos != "VBG" || v < 0 || v >= g || r.words[v].upos != "VERB" || r.hasDependent(g, "mark") || r.hasDependent(g, "nsubj") {
			continue
		}
		adjacent := true
		for k := v + 1; k < g; k++ {
			adjacent = adjacent && r.words[k].head == v && r.words[k].deprel == "compound:prt"
		}
		if adjacent {
			r.words[g].deprel = "xcomp"
		}
	}
}

// mendParticipleComplements undoes a participle describing the noun
// right before it taken for an open clause of the noun's verb ("would
// harm negotiations currently held between Ottawa and Paris" read with
// "held" an xcomp of "harm"), or for a description of a noun further
// back ("an effect on negotiations held between", with "held" describing
// "effect"). A participle with no object of its own right after the
// verb's object, or after a relation noun, past adverbs only, describes
// that noun.
func (r *clauseReader) mendParticipleComplements() {
	for x, w := range r.words {
		h := w.head
		if w.xpos != "VBN" || h < 0 || h > x || r.hasDependent(x, "obj") {
			continue
		}
		o := x - 1
		for o > h && r.words[o].upos == "ADV" && r.words[o].head == x {
			o--
		}
		if o <= h || r.words[o].upos != "NOUN" {
			continue
		}
		switch w.deprel {
		case "xcomp":
			if r.words[h].upos == "VERB" && r.words[o].head == h && r.words[o].deprel == "obj" {
				r.words[x].head, r.words[x].deprel = o, "acl"
			}
		case "acl":
			if relationNouns[r.words[o].lemma] != "" && relationNouns[r.words[h].lemma] == "" {
				r.words[x].head = o
			}
		}
	}
}

// mendOpenClauseObjects undoes an object hung on a verb past the open
// clause it controls: "would keep supporting Ukraine" read with "Ukraine"
// the object of "keep", "which Siemens tried to buy" with "which" the
// object of "tried". An object after the open clause's verb, or a
// relative pronoun before the verb, is the open clause's when it has no
// object of its own; so is a phrase the open clause's verb takes and
// the verb it hung on does not ("keep investing in OpenAI").
func (r *clauseReader) mendOpenClauseObjects() {
	for k, w := range r.words {
		v := w.head
		if r.base(k) == "obl" && v >= 0 && v < k {
			r.mendOpenClauseOblique(k, v)
			continue
		}
		if w.deprel != "obj" || v < 0 {
			continue
		}
		last := k
		if v > k {
			// "Alstom, which Siemens tried to buy": a relative pronoun
			// before the verb is the object of the open clause after it
			// that has none.
			if !relativePronouns[w.form] || r.words[v].deprel != "acl:relcl" {
				continue
			}
			last = len(r.words)
		}
		for x := v + 1; x < last; x++ {
			if r.words[x].head == v && r.words[x].deprel == "xcomp" && r.words[x].upos == "VERB" && !r.hasDependent(x, "obj") {
				r.words[k].head = x
				break
			}
		}
	}
}

// mendOpenClauseOblique hangs phrase k, parsed on verb v, on the open
// clause v controls between them when that clause's verb takes the
// phrase's preposition and v does not: "would keep investing in OpenAI"
// read with "in OpenAI" on "keep".
func (r *clauseReader) mendOpenClauseOblique(k, v int) {
	prep := ""
	for c, w := range r.words {
		if w.head == k && w.deprel == "case" && c < k {
			prep = w.form
		}
	}
	if prep == "" || verbPrepositions[r.words[v].lemma+" "+prep] {
		return
	}
	for x := v + 1; x < k; x++ {
		if r.words[x].head == v && r.words[x].deprel == "xcomp" && r.words[x].upos == "VERB" && verbPrepositions[r.words[x].lemma+" "+prep] {
			r.words[k].head = x
			return
		}
	}
}

// governed reports whether word i stands in the phrase word n heads, before
// the children are indexed.
func (r *clauseReader) governed(i, n int) bool {
	for steps := 0; i >= 0 && steps <= len(r.words); steps++ {
		if i == n {
			return true
		}
		i = r.words[i].head
	}
	return false
}

// mendLightNouns undoes a noun after a light verb taken for a verb in an
// open clause: "paid tribute to Tony Blair" read as "paid (to) tribute".
// A relation noun right after a light verb, with no "to" of its own, is
// the light verb's object, and its phrases the noun's.
func (r *clauseReader) mendLightNouns() {
	for n, w := range r.words {
		h := w.head
		if w.upos != "VERB" || w.deprel != "xcomp" || h != n-1 || lightVerbs[r.words[h].lemma] == "" || relationNouns[w.form] == "" && !compoundNouns[w.form] || r.hasMark(n, "to") {
			continue
		}
		r.words[n].upos, r.words[n].deprel, r.words[n].lemma = "NOUN", "obj", w.form
		for k := range r.words {
			if r.words[k].head == n && r.words[k].deprel == "obl" {
				r.words[k].deprel = "nmod"
			}
		}
	}
}

// mendInfinitivePhrases undoes a phrase of a verb hung on an infinitive
// after it: "sold Yugansk to oil group Rosneft for $9.3bn to offset a
// bill" read with "to Rosneft" an oblique of "offset". An infinitive's
// phrases follow it, so one before it, past the verb it depends on,
// belongs to that verb.
func (r *clauseReader) mendInfinitivePhrases() {
	for d, w := range r.words {
		v := w.head
		if w.deprel != "obl" || v <= d || r.words[v].upos != "VERB" || !r.hasMark(v, "to") {
			continue
		}
		h := r.words[v].head
		if h < 0 || h >= d || r.words[h].upos != "VERB" {
			continue
		}
		r.words[d].head = h
	}
}

// mendNamePhrases undoes a "to" phrase hung on the name before it: "sold
// its stake in Verizon to Apple" read with "to Apple" a modifier of
// "Verizon". A name takes no such phrase; the verb whose object or
// oblique holds the name does.
func (r *clauseReader) mendNamePhrases() {
	for d, w := range r.words {
		n := w.head
		if w.deprel != "nmod" || n < 0 || n > d || r.words[n].upos != "PROPN" || !r.hasCase(d, "to") || d+1 < len(r.words) && r.words[d+1].head == d && (r.words[d+1].upos == "NOUN" || r.words[d+1].upos == "ADJ") {
			// Not "to Arsenal team-mate Jose Reyes": a name before a noun
			// modifies it.
			continue
		}
		v := n
		for steps := 0; v >= 0 && r.words[v].upos != "VERB" && steps < maxChain; steps++ {
			v = r.words[v].head
		}
		if v >= 0 && v < n && r.words[v].upos == "VERB" {
			r.words[d].head, r.words[d].deprel = v, "obl"
		}
	}
}

// mendControlNouns undoes a verb of intention taken for a plural noun
// between a name and an infinitive: "Chrysler plans to buy American
// Motors" read as "(Chrysler plans) to buy". The noun becomes the verb,
// the name before it its subject and the infinitive its open clause; with
// a determiner or a possessive ("the Chrysler plans", "Chrysler's plans")
// it stays a noun.
func (r *clauseReader) mendControlNouns() {
	for n, w := range r.words {
		s, v := n-1, n+2
		if w.upos != "NOUN" || !subjectControlVerbs[w.form] || s < 0 || v >= len(r.words) || !r.nameWord(s) || r.words[n+1].form != "to" || r.words[v].upos != "VERB" {
			continue
		}
		if w.head == v && w.deprel == "nsubj" && !r.hasDependent(n, "det") && !r.hasDependent(n, "nmod:poss") {
			// "Microsoft plans to sue Nokia" read with the noun the
			// subject of the infinitive: the infinitive hangs on it.
			r.words[n].head, r.words[n].deprel = r.words[v].head, r.words[v].deprel
			r.words[v].head = n
		}
		if r.words[v].head != n {
			continue
		}
		subject := s
		for h := r.words[subject].head; h >= 0 && h < n && (h > subject || r.words[subject].deprel == "flat"); h = r.words[subject].head {
			// Up to the name's head, before its last word ("Narendra"
			// of "Narendra Modi", "Modi" hung on it as flat) or after it.
			subject = h
		}
		if w.head == subject && !r.hasDependent(n, "det") && !r.hasDependent(n, "nmod:poss") {
			// "Siemens plans to buy Altair" read with "plans" a
			// dependent of the name: the noun takes the name's place.
			r.words[n].head, r.words[n].deprel = r.words[subject].head, r.words[subject].deprel
			r.words[subject].head = n
			for k := range r.words {
				if k != n && r.words[k].head == subject && k > n {
					r.words[k].head = n
				}
			}
		}
		if r.words[subject].head != n || r.words[subject].deprel == "nmod:poss" || r.hasDependent(n, "det") || r.hasDependent(n, "nmod:poss") {
			continue
		}
		r.words[subject].deprel = "nsubj"
		r.words[n].upos, r.words[n].xpos = "VERB", "VBZ"
		if r.words[n].deprel == "obj" {
			r.words[n].deprel = "ccomp"
		}
		r.words[v].deprel = "xcomp"
	}
}

// nameWord reports whether word i is a proper noun, or a capitalised
// noun the tagger took for a common one ("Siemens" read as a plural).
func (r *clauseReader) nameWord(i int) bool {
	return r.words[i].upos == "PROPN" || r.words[i].upos == "NOUN" && startsUpper(r.d.sents[r.sent].tokens[i].text)
}

// mendOwn undoes "own" taken for an adjective on a share, with the
// owners its compounds: "Microsoft and Intel own 29% of Dell" read as
// "(Microsoft and Intel) own 29%". "own" becomes the verb, the share its
// object and the names before it its subject; "their own 29%" has no
// name before it and stays.
func (r *clauseReader) mendOwn() {
	for v, w := range r.words {
		n := w.head
		if w.form != "own" || w.upos != "ADJ" || w.deprel != "amod" || n <= v || r.words[n].upos != "NOUN" || !partNoun(r.words[n].form) {
			continue
		}
		var owners []int
		for k := 0; k < v; k++ {
			if r.words[k].head == n && r.words[k].upos == "PROPN" && (r.words[k].deprel == "compound" || r.base(k) == "nsubj") {
				owners = append(owners, k)
			}
		}
		if len(owners) == 0 {
			continue
		}
		r.words[v].upos, r.words[v].xpos, r.words[v].lemma = "VERB", "VBP", "own"
		r.words[v].head, r.words[v].deprel = r.words[n].head, r.words[n].deprel
		r.words[n].head, r.words[n].deprel = v, "obj"
		for _, k := range owners {
			r.words[k].head, r.words[k].deprel = v, "nsubj"
		}
	}
}

// nounPrepositions are the prepositions that take a noun phrase but no
// participle clause.
var nounPrepositions = map[string]bool{
	"with": true, "to": true, "against": true, "over": true, "behind": true, "alongside": true,
}

// anchor returns the noun before marker m that a misread phrase belongs
// to: one that is the subject of verb v, or that v describes ("Texaco's
// bid for Getty Oil failed", "an acquisition of Getty Oil blocked by
// Pennzoil"), or -1.
func (r *clauseReader) anchor(m, v int) int {
	for k, steps := m-1, 0; k >= 0 && steps < 4; k, steps = r.words[k].head, steps+1 {
		if r.words[k].upos == "NOUN" && (r.words[k].head == v && r.base(k) == "nsubj" || r.words[v].head == k) {
			return k
		}
		if r.words[k].head < 0 || r.words[k].head >= m {
			return -1
		}
	}
	return -1
}

// mendSubjects undoes a verb given two subjects: the second the object
// of a clause on the first ("TWA's offer to acquire USAir was rejected",
// with "USAir" a subject of "rejected"), which becomes the object of the
// clause ("acquire") that stands between the two; the second the
// subject of a clause the verb reports, cut off from it by a relative
// clause; or the second a conjunct of a name after "and".
func (r *clauseReader) mendSubjects() {
	first := map[int]int{} // verb -> its first subject
	for i, w := range r.words {
		if w.head < 0 || w.deprel != "nsubj" && w.deprel != "nsubj:pass" {
			continue
		}
		s, ok := first[w.head]
		if !ok {
			first[w.head] = i
			continue
		}
		if c := i - 1; c > s+1 && r.words[c].deprel == "cc" && r.nominal(c-1) {
			// "The merger of Google and Oracle was approved", with
			// "Oracle" a subject of "approved": a conjunct of the name
			// before "and".
			k := c - 1
			for (r.words[k].deprel == "flat" || r.words[k].deprel == "compound") && r.words[k].head >= s && r.words[k].head < c {
				k = r.words[k].head
			}
			r.words[i].head, r.words[i].deprel = k, "conj"
			r.words[c].head = i
			continue
		}
		if v := w.head; i > v {
			if c := r.subjectlessClause(v, i); c >= 0 {
				// "said Nokia, which it bought last year, would sue
				// Google": the subject cut off from the reported verb.
				r.words[i].head, r.words[i].deprel = c, w.deprel
				continue
			}
		}
		for a, x := range r.words {
			if x.head == s && x.deprel == "acl" && a > s && a < i && r.words[a].upos == "VERB" && !r.hasDependent(a, "obj") {
				r.words[i].head, r.words[i].deprel = a, "obj"
				break
			}
		}
		if v := w.head; r.words[i].head == v && w.deprel == "nsubj" && s < v && v < i && r.words[v].upos == "VERB" && !reportingVerbs[r.words[v].lemma] && !r.hasDependent(v, "obj") && !r.hasDependent(v, "aux:pass") {
			// "Taylor Swift thanked Jack Antonoff", with "Jack" a second
			// subject: the name after a verb that reports nothing is its
			// object.
			r.words[i].deprel = "obj"
		}
	}
}

// subjectlessClause returns the clause verb v reports after token i that
// has no subject of its own, or -1.
func (r *clauseReader) subjectlessClause(v, i int) int {
	for c, w := range r.words {
		if c > i && w.head == v && w.deprel == "ccomp" && w.upos == "VERB" && !r.hasDependent(c, "nsubj") && !r.hasDependent(c, "nsubj:pass") {
			return c
		}
	}
	return -1
}

// mendStrandedObjects undoes a verb's object taken for the subject of a
// verb further on that has a subject of its own: "has agreed to meet
// Angela Merkel in Paris, an aide said", with "Merkel" a subject of
// "said". The name right after a verb with no object is its object.
func (r *clauseReader) mendStrandedObjects() {
	for n, w := range r.words {
		v, h := n-1, w.head
		if w.deprel != "nsubj" || v < 0 || h <= n || r.words[v].upos != "VERB" || !r.nominal(n) || r.hasDependent(v, "obj") || !r.governed(v, h) {
			continue
		}
		second := false
		for k := n + 1; k < h; k++ {
			second = second || r.words[k].head == h && r.words[k].deprel == "nsubj"
		}
		if second {
			r.words[n].head, r.words[n].deprel = v, "obj"
		}
	}
}

// mendExamples undoes the examples of a verb's object taken for a
// phrase of the verb: "bought several firms, including Skype and
// LinkedIn" and "bought firms such as Skype" read with "Skype" an oblique
// of "bought". The examples follow a plural common noun they name
// members of, and hang on it, the object that the parties of the verb
// reach them through.
func (r *clauseReader) mendExamples() {
	for i, w := range r.words {
		v := w.head
		if w.deprel != "obl" || v < 0 || r.words[v].upos != "VERB" || !r.hasCase(i, "including") && !r.hasCase(i, "such") {
			continue
		}
		for o, x := range r.words {
			if x.head == v && x.deprel == "obj" && o < i && x.xpos == "NNS" && x.upos == "NOUN" {
				r.words[i].head, r.words[i].deprel = o, "nmod"
				break
			}
		}
	}
}

// exampleMarkers lead from a plural noun to members of what it names:
// "firms including Skype", "firms such as Skype".
var exampleMarkers = map[string]bool{"including": true, "such": true}

// mendBetween undoes the second party after "between" taken for the
// subject of the next verb: "infighting between Mr Brown and Tony Blair
// detailed in a book", with "Blair" the subject of "detailed". Since
// "between" takes both, the name is a conjunct of the first.
func (r *clauseReader) mendBetween() {
	for i, w := range r.words {
		c := i - 1
		if w.upos != "PROPN" || r.base(i) != "nsubj" || c < 1 || r.words[c].form != "and" {
			continue
		}
		k := c - 1
		for (r.words[k].deprel == "flat" || r.words[k].deprel == "compound") && r.words[k].head >= 0 && r.words[k].head < c {
			k = r.words[k].head
		}
		between := false
		for m, x := range r.words {
			if x.head == k && x.deprel == "case" && x.form == "between" && m < k {
				between = true
			}
		}
		if !between {
			continue
		}
		r.words[i].head, r.words[i].deprel = k, "conj"
		r.words[c].head, r.words[c].deprel = i, "cc"
	}
}

// mendConjuncts undoes a name coordinated with a verb instead of with
// the verb's argument before it: "was started by the Irish government
// and the Massachusetts Institute of Technology", with "Institute" a
// conjunct of "started".
func (r *clauseReader) mendConjuncts() {
	for i, w := range r.words {
		h := w.head
		if w.deprel != "conj" || h < 0 || h > i || r.words[h].upos != "VERB" || w.upos != "PROPN" && w.upos != "NOUN" {
			continue
		}
		d := i - 1
		for d > h && (r.words[d].head != h || r.words[d].deprel == "cc" || r.words[d].deprel == "punct") {
			d--
		}
		switch r.words[d].deprel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent":
			if d > h && (r.words[d].upos == "PROPN" || r.words[d].upos == "NOUN") {
				r.words[i].head = d
			}
		}
	}
}

// mendQuotations undoes a word outside a quotation taken for an
// argument of a verb inside it: "'We will buy Unilever,' Siemens chief
// executive Roland Busch told reporters" read with "Siemens" an object of
// "buy". A closing quotation mark that ends a quoted sentence (after its
// comma or full stop, not a quoted word's: "accused 'rogue' traders")
// between a verb and its argument cuts the tie: the word stands beside
// the quotation, not in it.
func (r *clauseReader) mendQuotations() {
	for k, w := range r.words {
		v := w.head
		if v < 0 || v > k {
			continue
		}
		switch w.deprel {
		case "obj", "iobj", "obl", "nsubj", "nsubj:pass":
		default:
			continue
		}
		for q := v + 1; q < k; q++ {
			if r.words[q].xpos == "''" && r.words[q-1].upos == "PUNCT" {
				r.words[k].deprel = "parataxis"
				break
			}
		}
	}
}

// mendModifierVerbs undoes a verb taken for a modifier of the noun after
// it though a coordinator, an auxiliary or a subject hangs on it, which
// only a clause has: "bought Pixar and then bought Siemens" read with
// "bought" describing "Siemens", "Toyota has denied reports that" with
// "denied" describing "reports", "ruled out selling Pixar" with "selling"
// describing "Pixar". The verb takes the noun's place, as the
// second of two coordinated verbs when a coordinator hangs on it, and the
// noun becomes its object. The verb before, its object gone, takes its
// indirect object for its object.
func (r *clauseReader) mendModifierVerbs() {
	for v, w := range r.words {
		n := w.head
		if w.upos != "VERB" || w.deprel != "amod" || n <= v || !r.nominal(n) {
			continue
		}
		if r.gerundBeforeName(v, n) {
			r.words[v].head, r.words[v].deprel = r.words[n].head, "xcomp"
			r.words[n].head, r.words[n].deprel = v, "obj"
			continue
		}
		coordinated := r.hasDependent(v, "cc")
		if s := r.nounPhraseSubject(v, n); s >= 0 && !coordinated {
			// "Pfizer supplied vaccines to Britain" read as one noun
			// phrase at the root: the name before the verb is its
			// subject, and what the phrase hung on the noun the verb's.
			r.words[v].head, r.words[v].deprel = -1, "root"
			r.words[n].head, r.words[n].deprel = v, "obj"
			r.words[s].head, r.words[s].deprel = v, "nsubj"
			for k := range r.words {
				if r.words[k].head == n && (r.words[k].deprel == "punct" || r.base(k) == "nmod" && k > n) {
					r.words[k].head = v
					if r.base(k) == "nmod" {
						r.words[k].deprel = "obl"
					}
				}
			}
			continue
		}
		if !coordinated && !r.hasDependent(v, "aux") && !r.hasDependent(v, "nsubj") {
			continue
		}
		g, rel := r.words[n].head, r.words[n].deprel
		if coordinated {
			if g < 0 || g > v || r.words[g].upos != "VERB" || rel != "obj" {
				continue
			}
			rel = "conj"
		}
		r.words[v].head, r.words[v].deprel = g, rel
		r.words[n].head, r.words[n].deprel = v, "obj"
		for k := range r.words {
			if r.words[k].head == n && r.words[k].deprel == "punct" {
				r.words[k].head = v
			}
		}
		if g >= 0 && coordinated && !r.hasDependent(g, "obj") {
			for k := range r.words {
				if r.words[k].head == g && r.words[k].deprel == "iobj" {
					r.words[k].deprel = "obj"
				}
			}
		}
	}
}

// nounPhraseSubject returns the name hung on the root noun n before the verb
// v that describes n, in a sentence whose root n is and that has no verb
// but v: the subject of "Pfizer supplied vaccines", read as a noun
// phrase. It returns -1 otherwise.
func (r *clauseReader) nounPhraseSubject(v, n int) int {
	if r.words[n].head >= 0 || r.words[v].xpos != "VBD" && r.words[v].xpos != "VBN" {
		return -1
	}
	for k, w := range r.words {
		if k != v && (w.upos == "VERB" || w.upos == "AUX") {
			return -1
		}
	}
	s := -1
	for k := 0; k < v; k++ {
		if r.words[k].head == n && r.words[k].deprel == "compound" && r.words[k].upos == "PROPN" {
			s = k
		}
	}
	return s
}

// gerundBeforeName reports whether gerund v, taken for a modifier of the
// name n after it, completes the verb right before it with n for its
// object: "has ruled out selling Pixar" read as "(ruled out) (selling
// Pixar)", the name the verb's object.
func (r *clauseReader) gerundBeforeName(v, n int) bool {
	g := r.words[n].head
	if r.words[v].xpos != "VBG" || n != v+1 || g < 0 || g >= v || r.words[n].deprel != "obj" || !startsUpper(r.d.sents[r.sent].tokens[n].text) {
		return false
	}
	k := v - 1
	if r.words[k].deprel == "compound:prt" && r.words[k].head == g {
		k--
	}
	return k == g
}

// mendNounRoots undoes a sentence read as a noun phrase, its verb taken
// for a participle describing the noun before it: "Siemens invested in
// Unilever", "The British company later sold Verizon", the tagger taking
// "Siemens" for a plural noun or "sold" after the adverb for a
// participle. A sentence has a verb, so the verb becomes the root and the
// noun its subject, with what the noun governs past the verb. A
// participle with an agent ("Yukos, owned by Rosneft"), or with a finite
// verb elsewhere, stays one.
func (r *clauseReader) mendNounRoots() {
	for n, w := range r.words {
		if w.head >= 0 || !r.nominal(n) {
			continue
		}
		v := -1
		for k := n + 1; k < len(r.words); k++ {
			if r.words[k].head == n && r.words[k].deprel == "acl" {
				v = k
				break
			}
		}
		if v < 0 || r.words[v].upos != "VERB" || r.words[v].xpos != "VBN" && r.words[v].xpos != "VBD" || r.hasDependent(v, "obl:agent") || r.hasDependent(v, "mark") {
			continue
		}
		between := true
		for k := n + 1; k < v; k++ {
			between = between && r.words[k].upos == "ADV" && r.words[k].head == v
		}
		if !between || r.finiteElsewhere(v) {
			continue
		}
		r.words[v].head, r.words[v].deprel = -1, "root"
		r.words[n].head, r.words[n].deprel = v, "nsubj"
		for k := v + 1; k < len(r.words); k++ {
			if r.words[k].head == n {
				r.words[k].head = v
			}
		}
	}
}

// mendOwnedShares undoes a passive whose participle the parse hung on the
// share before it: "Nissan is 43 percent owned by Renault" read as
// "Nissan is 43 percent", the percentage the predicate and "owned by
// Renault" describing it. The participle is the predicate, in the
// passive: the copula its auxiliary, the subject its passive subject,
// and the share how much.
func (r *clauseReader) mendOwnedShares() {
	for v, w := range r.words {
		n := w.head
		if w.xpos != "VBN" || w.deprel != "acl" || n != v-1 || !partNoun(r.words[n].form) || !r.hasDependent(v, "obl:agent") {
			continue
		}
		cop := -1
		for k, x := range r.words {
			if x.head == n && x.deprel == "cop" {
				cop = k
			}
		}
		if cop < 0 {
			continue
		}
		for k, x := range r.words {
			switch {
			case k == v:
			case x.head == n && x.deprel == "nsubj":
				r.words[k].head, r.words[k].deprel = v, "nsubj:pass"
			case k == cop:
				r.words[k].head, r.words[k].deprel = v, "aux:pass"
			case x.head == n && x.deprel != "nummod" && x.deprel != "det":
				r.words[k].head = v
			}
		}
		r.words[v].head, r.words[v].deprel = r.words[n].head, r.words[n].deprel
		r.words[n].head, r.words[n].deprel = v, "obl"
	}
}

// mendVerblessSentences undoes a sentence read without a verb, its verb
// taken for a plural noun after the name that is its subject: "Nvidia
// supplies chips to Microsoft" read as one noun phrase. The word after
// the name becomes the root verb, the name its subject and the noun at
// the root its object.
func (r *clauseReader) mendVerblessSentences() {
	root := -1
	for i, w := range r.words {
		if w.upos == "VERB" || w.upos == "AUX" {
			return
		}
		if w.head < 0 {
			root = i
		}
	}
	if root < 0 || !r.nominal(root) {
		return
	}
	for v := 1; v < root; v++ {
		w := r.words[v]
		if w.xpos != "NNS" || r.words[v-1].upos != "PROPN" || !r.governed(v, root) {
			continue
		}
		subject := v - 1
		for r.words[subject].deprel == "flat" && r.words[subject].head >= 0 && r.words[subject].head < subject {
			subject = r.words[subject].head
		}
		r.words[v].upos, r.words[v].xpos, r.words[v].head, r.words[v].deprel = "VERB", "VBZ", -1, "root"
		r.words[subject].head, r.words[subject].deprel = v, "nsubj"
		r.words[root].head, r.words[root].deprel = v, "obj"
		for k := range r.words {
			if r.words[k].head == root && r.words[k].deprel == "punct" {
				r.words[k].head = v
			}
		}
		return
	}
}

// finiteElsewhere reports whether a finite verb stands outside the
// phrase verb v heads: "Talks held in Paris ended", where "held" is a
// participle after all.
func (r *clauseReader) finiteElsewhere(v int) bool {
	for k, w := range r.words {
		if w.upos == "VERB" && (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP") && !r.governed(k, v) {
			return true
		}
	}
	return false
}

// mendGappedObjects undoes the second object of a verb left out the
// second time taken for a conjunct of the first object's time: "sued
// Microsoft in 2010 and Oracle in 2012" read with "Oracle" coordinated
// with "2010", "met Wang Yi on Monday and Sergei Lavrov on Tuesday"
// with "Lavrov" coordinated with "Monday". A name coordinated with a
// number, a time or a day that the verb takes after its object is the
// object's conjunct.
func (r *clauseReader) mendGappedObjects() {
	for i, w := range r.words {
		h := w.head
		if w.deprel != "conj" || w.upos != "PROPN" || h < 0 || h > i || r.words[h].upos != "NUM" && !timeNouns[r.words[h].form] && !calendarWords[r.d.sents[r.sent].tokens[h].text] {
			continue
		}
		v := r.words[h].head
		if v < 0 || r.words[v].upos != "VERB" || r.base(h) != "obl" {
			continue
		}
		for o, x := range r.words {
			if x.head == v && x.deprel == "obj" && o < h {
				r.words[i].head = o
				break
			}
		}
	}
}

// mendTimeCompounds undoes an object taken for a modifier of the time
// after it: "is due to visit Washington next month" read with
// "Washington" a compound of "month". A compound stands after its head's
// determiner and adjectives, never before them: a name before the
// "next" of a time the verb takes is the verb's object.
func (r *clauseReader) mendTimeCompounds() {
	for i, w := range r.words {
		h := w.head
		if w.deprel != "compound" || w.upos != "PROPN" || h <= i+1 || !timeNouns[r.words[h].form] {
			continue
		}
		v := r.words[h].head
		if v < 0 || r.words[v].upos != "VERB" || r.base(h) != "obl" || r.hasDependent(v, "obj") || r.hasDependent(h, "case") || r.dependentBefore(h, i) {
			// "passes through the Commons next week": the name is in
			// the phrase of the preposition.
			continue
		}
		for k := i + 1; k < h; k++ {
			if r.words[k].head == h && (r.words[k].deprel == "amod" || r.words[k].deprel == "det") {
				r.words[i].head, r.words[i].deprel = v, "obj"
				break
			}
		}
	}
}

// dependentBefore reports whether a word before token i depends on h.
func (r *clauseReader) dependentBefore(h, i int) bool {
	for k := range i {
		if r.words[k].head == h {
			return true
		}
	}
	return false
}

// mendParataxis undoes a second verb of one subject taken for a clause
// of its own: "Biden met Zelensky, then visited Poland" read with
// "visited" in parataxis. A verb after a comma with no subject, whose
// head has one, goes on from it, as a conjunct does.
func (r *clauseReader) mendParataxis() {
	for i, w := range r.words {
		h := w.head
		if w.deprel != "parataxis" || w.upos != "VERB" || h < 0 || h > i || r.words[h].upos != "VERB" || !r.hasDependent(h, "nsubj") || r.relativeClause(h) {
			continue
		}
		if r.hasDependent(i, "nsubj") || r.hasDependent(i, "nsubj:pass") || r.hasDependent(i, "expl") || r.hasDependent(i, "mark") || reportingVerbs[w.lemma] || !r.tensed(i) && (w.xpos != "VBN" || !r.objectNext(i)) {
			// "winning him an Oscar" describes; "reports the Daily
			// Mail" gives a source.
			continue
		}
		if k := r.leftmost(i); k < 1 || r.words[k-1].form != "," {
			continue
		}
		r.words[i].deprel = "conj"
	}
}

// relativeClause reports whether verb v heads a relative clause: it is
// one by the parse, or its subject is a relative pronoun or has "whose"
// ("Mourinho, whose team are chasing three trophies, has lost").
func (r *clauseReader) relativeClause(v int) bool {
	if r.words[v].deprel == "acl:relcl" {
		return true
	}
	s := r.dependent(v, "nsubj")
	if s < 0 {
		return false
	}
	if relativePronouns[r.words[s].form] {
		return true
	}
	p := r.dependent(s, "nmod:poss")
	return p >= 0 && r.words[p].form == "whose"
}

// mendVerbConjuncts undoes a verb coordinated with the object before it
// instead of with that object's verb: "acquired DeepMind and later bought
// Motorola", the tagger taking "bought" after the adverb for a participle.
// A verb with a conjunction of its own and no subject of its own goes
// on from the verb before, whose subject it shares.
func (r *clauseReader) mendVerbConjuncts() {
	for i, w := range r.words {
		h := w.head
		if w.deprel != "conj" || w.upos != "VERB" || h < 0 || h > i || !r.nominal(h) || r.hasDependent(i, "nsubj") || r.hasDependent(i, "nsubj:pass") || !r.hasDependent(i, "cc") {
			continue
		}
		switch r.words[h].deprel {
		case "obj", "iobj", "obl", "obl:agent":
			if g := r.words[h].head; g >= 0 && g < h && r.words[g].upos == "VERB" {
				r.words[i].head = g
			}
		}
	}
}

// hasDependent reports whether word i has a dependent with relation
// deprel, before the children are indexed.
func (r *clauseReader) hasDependent(i int, deprel string) bool {
	return r.dependent(i, deprel) >= 0
}

// dependent returns the first dependent of word i with relation deprel,
// before the children are indexed; -1 if none.
func (r *clauseReader) dependent(i int, deprel string) int {
	for k, w := range r.words {
		if w.head == i && w.deprel == deprel {
			return k
		}
	}
	return -1
}

// mendArguments undoes more: a verb's object taken for an apposition to
// the verb ("which occupies northern Cyprus") or for an oblique with no
// preposition ("accusing Manchester United striker Ruud van Nistelrooy"),
// an oblique taken for an object though a preposition leads it ("which
// he founded with Damon Dash"), a phrase hung on the verb's particle ("hit
// back at Brown") or on an adverb of manner ("met frequently with Mr
// Ebbers"), and a subject hung on an auxiliary ("who have both worked",
// with "have" an auxiliary of "worked" and "who" its subject).
func (r *clauseReader) mendArguments() {
	for i, w := range r.words {
		h := w.head
		if h < 0 {
			continue
		}
		switch {
		case w.deprel == "appos" && r.words[h].upos == "VERB" && r.nominal(i):
			r.words[i].deprel = "obj"
		case w.deprel == "nsubj" && r.words[h].deprel == "aux" && r.words[h].head >= 0:
			r.words[i].head = r.words[h].head
		case (w.deprel == "obl" || w.deprel == "nmod") && (r.words[h].deprel == "advmod" || r.words[h].deprel == "compound:prt") && particles[r.words[h].form] && r.words[h].head >= 0:
			r.words[i].head, r.words[i].deprel = r.words[h].head, "obl"
		case (w.deprel == "obl" || w.deprel == "nmod") && r.mannerAdverb(h) && r.words[h].head >= 0 && r.words[r.words[h].head].upos == "VERB":
			r.words[i].head, r.words[i].deprel = r.words[h].head, "obl"
		case (w.deprel == "obj" || w.deprel == "iobj") && r.words[h].upos == "VERB" && r.nominal(i) && r.hasPreposition(i):
			r.words[i].deprel = "obl"
		case w.deprel == "obl" && i > h && r.words[h].upos == "VERB" && (w.upos == "NOUN" || w.upos == "PROPN") && !timeNouns[w.form] && !isAmount(w.form) && !r.hasDependent(i, "case"):
			r.words[i].deprel = "obj"
		}
	}
}

// sumNouns count money or shares after a number (lexicon/sum_nouns.txt).
var sumNouns = wordSet("sum_nouns")

// mendNamedAmounts undoes a name taken for a modifier of the sum after
// it: "will pay Texas 1.4 billion dollars" read with "Texas" a compound
// of "billion". A name right before a number, hung on a sum of money or
// shares that is a verb's object, is that verb's indirect object, to whom
// the sum goes; a number that counts no money or shares may belong to the
// name ("his RBS 6 Nations rivals", "its Coretechs Vet 2 software").
// names are the first and last tokens and the head of the sentence's
// names.
func (r *clauseReader) mendNamedAmounts(names [][3]int) {
	for _, n := range names {
		h, last := n[2], n[1]
		if last >= len(r.words) || r.words[last].upos != "NUM" || r.words[h].deprel != "compound" || !r.governed(last, r.words[h].head) {
			continue
		}
		sum := r.words[h].head
		for sum >= 0 && r.words[sum].deprel != "obj" && (r.words[sum].upos == "NUM" || r.words[sum].deprel == "nummod" || r.words[sum].deprel == "compound") {
			sum = r.words[sum].head
		}
		if sum < 0 || r.words[sum].deprel != "obj" || !sumNouns[r.words[sum].form] || r.words[sum].head < 0 || r.words[r.words[sum].head].upos != "VERB" {
			continue
		}
		r.words[h].head, r.words[h].deprel = r.words[sum].head, "iobj"
	}
}

// mannerAdverb reports whether word i is an adverb of manner or
// frequency modifying its head: "frequently", "closely".
func (r *clauseReader) mannerAdverb(i int) bool {
	w := r.words[i]
	return w.upos == "ADV" && w.deprel == "advmod" && strings.HasSuffix(w.form, "ly") && len(w.form) > 4
}

// hasPreposition reports whether word i has a preposition for its case
// marker, before the children are indexed.
func (r *clauseReader) hasPreposition(i int) bool {
	for _, w := range r.words {
		if w.head == i && w.deprel == "case" && w.upos == "ADP" {
			return true
		}
	}
	return false
}

// base returns the relation of token i to its head, without subtype.
func (r *clauseReader) base(i int) string {
	rel, _, _ := strings.Cut(r.words[i].deprel, ":")
	return rel
}

// all returns the dependents of i with relation deprel.
func (r *clauseReader) all(i int, deprel string) []int {
	var out []int
	for _, c := range r.children[i] {
		if r.words[c].deprel == deprel {
			out = append(out, c)
		}
	}
	return out
}

// child returns the first dependent of i with relation deprel, or -1.
func (r *clauseReader) child(i int, deprel string) int {
	for _, c := range r.children[i] {
		if r.words[c].deprel == deprel {
			return c
		}
	}
	return -1
}

// preposition returns the case marker of nominal i ("with" in "with
// Chirac"), or "". The parse may hang it on a word before the nominal's
// head: "of" on "chairman" in "of Yukos chairman Gordon Brown".
func (r *clauseReader) preposition(i int) string {
	if p := r.caseOf(i); p != "" {
		return p
	}
	for _, c := range r.children[i] {
		if c < i && r.mention[c] < 0 {
			if p := r.caseOf(c); p != "" {
				return p
			}
		}
	}
	return ""
}

// caseOf returns the case marker that depends on word i, or "".
func (r *clauseReader) caseOf(i int) string {
	for _, c := range r.children[i] {
		if r.words[c].deprel == "case" && r.words[c].form != "'s" && r.words[c].form != "'" {
			return r.words[c].form
		}
	}
	return ""
}

// predicate returns the lemma of verb i with its particle: "take_over".
func (r *clauseReader) predicate(i int) string {
	p := r.words[i].lemma
	if c := r.child(i, "compound:prt"); c >= 0 {
		p += "_" + r.words[c].form
	} else if k := i + 1; k < len(r.words) && r.words[k].head == i && r.words[k].deprel == "advmod" && particles[r.words[k].form] {
		// "hit back at", the particle parsed as an adverb.
		p += "_" + r.words[k].form
	} else if c := r.particleObject(i); c >= 0 {
		p += "_" + r.words[i+1].form
	}
	return p
}

// particles complete phrasal verbs: "take over", "fend off".
var particles = map[string]bool{"over": true, "off": true, "up": true, "out": true, "down": true, "back": true, "away": true}

// particleObject returns the object of phrasal verb v that the parse
// took for an oblique, its particle for a preposition ("fended off a
// challenge"), or -1.
func (r *clauseReader) particleObject(v int) int {
	if v+1 >= len(r.words) || !particles[r.words[v+1].form] || r.words[v+1].deprel != "case" {
		return -1
	}
	if h := r.words[v+1].head; h >= 0 && r.words[h].head == v && r.base(h) == "obl" {
		return h
	}
	return -1
}

// parties returns the mentions that token i stands for: its own, those
// coordinated with it ("France and Germany"), the one a relative pronoun
// refers back to, and the name in apposition to a noun ("his French
// counterpart, Jacques Chirac").
func (r *clauseReader) parties(i int) []int {
	var out []int
	r.collectParties(i, &out, 0)
	return out
}

// partiesOf returns the mentions that the tokens stand for.
func (r *clauseReader) partiesOf(tokens []int) []int {
	var out []int
	for _, t := range tokens {
		r.collectParties(t, &out, 0)
	}
	return out
}

func (r *clauseReader) collectParties(i int, out *[]int, depth int) {
	if i < 0 || depth > maxChain {
		return
	}
	i = r.antecedent(i)
	if m := r.mention[i]; m >= 0 {
		*out = append(*out, m)
	} else if m := r.within[i]; m >= 0 {
		// "the shares of Union Oil Co", the parse splitting the name
		// and hanging its first word here.
		*out = append(*out, m)
	} else if list := r.listed(i); len(list) > 0 {
		*out = append(*out, list...)
	} else if speakers := r.speakersOf(i); len(speakers) > 1 {
		*out = append(*out, speakers...)
	} else if h := r.words[i].head; r.words[i].deprel == "appos" && h >= 0 && r.mention[h] >= 0 {
		// "Standard Oil Co, 55 pct owned by BP": the apposition is the
		// name it follows.
		*out = append(*out, r.mention[h])
	} else if a := r.apposed(i); a >= 0 {
		r.collectParties(a, out, depth+1)
	} else if whole := r.partOf(i); len(whole) > 0 {
		// "bought a 20% stake in Sina": a part of it.
		for _, c := range whole {
			r.collectParties(c, out, depth+1)
		}
	} else if n := r.payee(i); n >= 0 {
		r.collectParties(n, out, depth+1)
	} else if n := r.named(i); n >= 0 {
		r.collectParties(n, out, depth+1)
	} else if r.words[i].upos == "NOUN" && contestNouns[r.words[i].form] {
		// "beat off strong competition from Rosneft": the rival, the
		// parse may hang on the verb whose object the noun is.
		phrases := r.children[i]
		if h := r.words[i].head; h >= 0 && r.words[i].deprel == "obj" {
			phrases = append(phrases[:len(phrases):len(phrases)], r.children[h]...)
		}
		for _, c := range phrases {
			if (r.base(c) == "nmod" || r.base(c) == "obl" && c > i) && r.preposition(c) == "from" {
				r.collectParties(c, out, depth+1)
			}
		}
	} else if r.words[i].upos == "NOUN" && timeNouns[r.words[i].form] {
		// "The Kremlin last year seized Yukos" parsed with the time as
		// the subject and the name as its modifier.
		for _, c := range r.all(i, "compound") {
			r.collectParties(c, out, depth+1)
		}
	} else if r.words[i].upos == "NOUN" && (ownerNouns[r.words[i].lemma] || ownerNouns[r.words[i].form]) {
		// "dismissed Yukos's move", "sold its Yukos insurance arm",
		// "rejected a Conservative offer", "an offer from TWA", "the
		// finance ministers of the G8": what an organisation does or
		// owns stands for it; a name on the noun itself before its
		// possessor ("sold his 19 Entertainment company").
		if o := r.owner(i); o >= 0 {
			*out = append(*out, r.mention[o])
		}
	}
	for _, c := range r.conjuncts(i) {
		r.collectParties(c, out, depth+1)
	}
	for _, c := range r.children[i] {
		if r.base(c) == "nmod" && r.preposition(c) == "along" {
			// "Siemens, along with Alstom, sued Vodafone".
			r.collectParties(c, out, depth+1)
		}
	}
	if r.mention[i] < 0 {
		// "defeated firms including Yukos and the Kremlin", "firms such
		// as Yukos".
		for _, c := range r.children[i] {
			if r.base(c) == "nmod" && exampleMarkers[r.preposition(c)] {
				r.collectParties(c, out, depth+1)
			}
		}
	}
}

// speakersOf returns the names that "they" at word i stands for when it
// is the subject of a clause that they report: "Nissan and Honda said
// they would merge". Otherwise nil.
func (r *clauseReader) speakersOf(i int) []int {
	h := r.words[i].head
	if r.words[i].form != "they" || r.words[i].deprel != "nsubj" || h < 0 || r.words[h].deprel != "ccomp" {
		return nil
	}
	g := r.words[h].head
	if g < 0 || r.words[g].upos != "VERB" || !reportingVerbs[r.words[g].lemma] {
		return nil
	}
	var out []int
	for _, c := range r.all(g, "nsubj") {
		if r.words[c].form != "they" {
			r.collectParties(c, &out, 1)
		}
	}
	return out
}

// owner returns the name that owner noun i stands for, or -1; none for
// what it no longer owns: "the former Yukos subsidiary was acquired by
// Rosneft".
func (r *clauseReader) owner(i int) int {
	possessor := -1
	for k := i - 1; k >= 0 && r.under(k, i); k-- {
		if r.words[k].form == "former" {
			return -1
		}
	}
	for _, c := range r.children[i] {
		if r.mention[c] < 0 {
			// "an attempt by British industrialist Sir James Goldsmith":
			// the name the noun of the phrase introduces.
			if a := r.apposed(c); a >= 0 && r.base(c) == "nmod" && r.preposition(c) == "by" && possessor < 0 {
				possessor = a
			}
			continue
		}
		switch rel := r.words[c].deprel; {
		case rel == "compound" || rel == "amod":
			return c
		case rel == "nmod:poss" || r.base(c) == "nmod" && (r.preposition(c) == "from" || r.preposition(c) == "of" || r.preposition(c) == "by"):
			if companyNouns[r.words[i].form] && r.place(c) {
				// "Germany's consumer group", "a bank of Cyprus": a
				// company of a place is not the place.
				continue
			}
			if possessor < 0 {
				possessor = c
			}
		}
	}
	return possessor
}

// partOf returns what noun i names a part of ("a 20% stake in Sina",
// "the assets of Yukos"), or nil; without such a phrase, "its Farmers
// Group unit" is no part of anything.
func (r *clauseReader) partOf(i int) []int {
	if r.words[i].upos != "NOUN" || !partNoun(r.words[i].form) {
		return nil
	}
	var out []int
	for _, c := range r.children[i] {
		if r.base(c) == "nmod" && (r.preposition(c) == "in" || r.preposition(c) == "of") {
			out = append(out, c)
		}
	}
	for _, c := range r.children[i] {
		if len(out) == 0 && shareNouns[r.words[i].form] && r.words[c].deprel == "nmod:poss" && r.mention[c] >= 0 && r.d.mentions[r.mention[c]].via == "name" && r.words[i].head >= 0 && partNoun(r.words[r.words[i].head].form) {
			// "13.6 pct of Caesars World's stock": a share of the shares.
			out = append(out, c)
		}
	}
	return out
}

// under reports whether word k lies in the subtree of word i.
func (r *clauseReader) under(k, i int) bool {
	for steps := 0; k >= 0 && steps <= len(r.words); steps++ {
		if k == i {
			return true
		}
		k = r.words[k].head
	}
	return false
}

// payee returns the name the parse hung on an amount as its modifier
// ("to pay Fiat 1.55bn euros"), or -1.
func (r *clauseReader) payee(i int) int {
	amount, name := false, -1
	for _, c := range r.children[i] {
		switch {
		case r.words[c].upos == "NUM" || r.words[c].deprel == "nummod" || r.words[c].deprel == "compound" && isAmount(r.words[c].form):
			// "1.55bn euros", "497m euros".
			amount = true
		case r.words[c].deprel == "compound" && r.mention[c] >= 0 && c < i:
			name = c
			for _, k := range r.children[c] {
				if r.words[k].upos == "NUM" {
					amount = true
				}
			}
		}
	}
	if !amount {
		return -1
	}
	return name
}

// named returns the name that noun i is given by a naming participle
// ("a firm named Rosneft", "another company called Information
// Appliance") or, for a place noun (place_nouns), by "of" ("the state of
// California"), or -1.
func (r *clauseReader) named(i int) int {
	if r.words[i].upos == "NOUN" && placeNouns[r.words[i].form] {
		// "the state of California", "the city of Kharkiv".
		for _, c := range r.children[i] {
			if r.base(c) == "nmod" && r.preposition(c) == "of" && r.place(c) {
				return c
			}
		}
	}
	for _, c := range r.children[i] {
		if r.words[c].deprel != "acl" || !namingVerbs[r.words[c].lemma] {
			continue
		}
		for _, n := range r.children[c] {
			if rel := r.words[n].deprel; (rel == "xcomp" || rel == "obj") && r.mention[n] >= 0 {
				return n
			}
		}
	}
	return -1
}

// apposed returns the name that noun i introduces, or -1: in apposition
// ("his counterpart, Ariel Sharon") or right after it ("rival May
// Department Stores", "retail giant Federated Department Stores", where
// the parse may hang the name on the noun by any relation).
func (r *clauseReader) apposed(i int) int {
	for _, c := range r.children[i] {
		if (r.words[c].deprel == "amod" || r.words[c].deprel == "compound") && c == i+1 {
			// "Microsoft's chief executive, Steve Ballmer," with the name
			// hung on the second word of the role.
			for _, a := range r.children[c] {
				if r.words[a].deprel == "appos" && r.mention[a] >= 0 {
					return a
				}
			}
		}
		if r.mention[c] < 0 || c < i {
			continue
		}
		switch r.words[c].deprel {
		case "appos", "flat", "acl", "compound", "nmod:desc":
			return c
		}
		if m := r.d.mentions[r.mention[c]]; m.first == i+1 {
			return c
		}
	}
	return -1
}

// relate makes the event relations between every subject and object
// mention.
func (r *clauseReader) relate(subjects, objects []int, predicate string, negated bool) []relation {
	var out []relation
	for _, s := range subjects {
		for _, o := range objects {
			out = append(out, relation{subject: r.d.mentions[s].entity, object: r.d.mentions[o].entity, predicate: predicate, negated: negated, kind: graph.Event, sent: r.sent})
		}
	}
	return out
}

// among relates every pair of mentions with a symmetric predicate.
func (r *clauseReader) among(ms []int, predicate string, negated bool) []relation {
	var out []relation
	for a := 0; a < len(ms); a++ {
		for b := a + 1; b < len(ms); b++ {
			out = append(out, r.relate(ms[a:a+1], ms[b:b+1], predicate, negated)...)
		}
	}
	return out
}
