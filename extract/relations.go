package extract

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/graph"
)

// relation is a fact found in one sentence, between two entities.
type relation struct {
	subject, object int // entity indexes
	predicate       string
	negated         bool
	kind            graph.Kind
	sent            int
}

// group is a run of coordinated mentions ("France and Germany"), the
// tokens it covers, and whether it is followed by a possessive 's.
type group struct {
	mentions    []int // mention indexes
	first, last int   // token range in the sentence
	possessive  bool
}

// sentenceView is one sentence prepared for relation extraction.
type sentenceView struct {
	d      *document
	index  int
	toks   []token
	owner  []int // token index -> mention index, or -1
	groups []group
	at     []int      // token index -> group index, or -1
	held   []relation // the role relations of the sentence
}

func (d *document) view(si int) *sentenceView {
	s := d.sents[si]
	v := &sentenceView{d: d, index: si, toks: s.tokens, owner: make([]int, len(s.tokens)), at: make([]int, len(s.tokens))}
	for i := range v.owner {
		v.owner[i], v.at[i] = -1, -1
	}
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.entity < 0 {
			continue
		}
		for k := m.first; k < m.last; k++ {
			v.owner[k] = mi
		}
	}
	for i := 0; i < len(v.toks); {
		mi := v.owner[i]
		if mi < 0 {
			i++
			continue
		}
		g := group{mentions: []int{mi}, first: i, last: d.mentions[mi].last}
		for {
			j := g.last
			if j < len(v.toks) && v.toks[j].text == "'s" {
				break
			}
			joined := false
			for j < len(v.toks) && (v.toks[j].text == "," || v.toks[j].text == "and" || v.toks[j].text == "or" || v.toks[j].text == "&") {
				joined = joined || v.toks[j].text != ","
				j++
			}
			if j == g.last || j >= len(v.toks) || v.owner[j] < 0 || !compatible(d.mentions[mi].typ, d.mentions[v.owner[j]].typ) {
				break
			}
			if end := d.mentions[v.owner[j]].last; !joined && end+1 < len(v.toks) && v.toks[end].text == "'s" && startsLower(v.toks[end+1].text) {
				// "Vodafone KK, Japan's number three mobile operator": an
				// apposition, not a list like "The Nintendo DS, Sony's PSP".
				break
			}
			next := v.owner[j]
			g.mentions = append(g.mentions, next)
			g.last = d.mentions[next].last
		}
		if g.last < len(v.toks) && (v.toks[g.last].text == "'s" || v.toks[g.last].text == "'") {
			g.possessive = true
		}
		for k := g.first; k < g.last; k++ {
			v.at[k] = len(v.groups)
		}
		v.groups = append(v.groups, g)
		i = g.last
	}
	return v
}

// compatible reports whether two mentions can be coordinated: people with
// people, places with places, organisations with organisations.
func compatible(a, b graph.Type) bool {
	if a == graph.Loc {
		a = graph.GPE
	}
	if b == graph.Loc {
		b = graph.GPE
	}
	return a == b
}

// entity gives the entity a mention stands for, or -1 for a work's name:
// "Closer, starring Jude Law" relates no one to Jude Law.
func (v *sentenceView) entity(mi int) int {
	if v.d.work[mi] {
		return -1
	}
	return v.d.mentions[mi].entity
}

// demonym reports whether a group is a nationality adjective ("Russian"),
// which names a country only as a modifier.
func (v *sentenceView) demonym(g group) bool {
	return v.d.mentions[g.mentions[0]].via == "demonym"
}

// titled returns the group of the person a title introduces at token i:
// "French President Emmanuel Macron", "France's foreign minister
// Jean-Yves Le Drian", "his Israeli counterpart, Ariel Sharon". Otherwise
// it returns the group that starts at i, or -1.
func (v *sentenceView) titled(i int) int {
	for i < len(v.toks) && v.at[i] < 0 && (v.toks[i].tag == "DT" || v.toks[i].tag == "PRP$" || courtesyTitles[v.toks[i].text]) {
		i++
	}
	if i >= len(v.toks) {
		return -1
	}
	next := i
	gi := v.at[i]
	if gi >= 0 {
		if v.groups[gi].first != i {
			return -1
		}
		next = v.groups[gi].last
		if v.groups[gi].possessive {
			next++
		}
	}
	if _, end, ok := v.rolePhrase(next); ok {
		if end < len(v.toks) && (lower(v.toks[end]) == "for" || lower(v.toks[end]) == "of") {
			// "Spain's director general for Europe, Jose Maria Pons", "the
			// head of the BBC, Greg Dyke": the person after the comma.
			for k := end + 1; k+1 < len(v.toks) && k < end+5; k++ {
				if v.toks[k].text == "," {
					if p := v.at[k+1]; p >= 0 && v.groups[p].first == k+1 && v.isPerson(p) && p != gi {
						return p
					}
					break
				}
			}
		}
		if end < len(v.toks) && v.toks[end].text == "," {
			end++
		}
		if end < len(v.toks) && v.at[end] >= 0 && v.groups[v.at[end]].first == end && v.at[end] != gi {
			return v.at[end]
		}
	}
	if gi < 0 || v.demonym(v.groups[gi]) || v.groups[gi].possessive && next < len(v.toks) && isRoleWord(v.toks[next].text) {
		// "Spain's director general for Europe, Jose Maria Pons": the
		// possessor is not the one meant.
		return -1
	}
	return gi
}

// namedAfter returns the group named at i past the words that describe
// it ("comic book company Marvel", "Six Nations leaders Ireland") or its
// owner ("Argentina's Enarsa", "Apple's mercurial boss Steve Jobs");
// otherwise titled(i).
func (v *sentenceView) namedAfter(i int) int {
	gi, modifier := v.titled(i), -1
	if gi >= 0 && v.mentionIsModifier(v.groups[gi]) {
		gi = -1
	}
	for j := i; gi < 0 && j < len(v.toks) && j-i < 6; {
		t := v.toks[j]
		if g := v.at[j]; g >= 0 {
			if v.groups[g].first != j {
				break
			}
			if !v.demonym(v.groups[g]) && !v.mentionIsModifier(v.groups[g]) {
				gi = v.titled(j)
				break
			}
			if modifier < 0 && !v.demonym(v.groups[g]) {
				modifier = g
			}
			j = v.groups[g].last
			continue
		}
		if t.tag != "DT" && t.tag != "PRP$" && !((strings.HasPrefix(t.tag, "JJ") || t.tag == "NN") && startsLower(t.text) && isWord(t.text)) {
			break
		}
		j++
	}
	if gi < 0 {
		// "the MGM studio": the name is what the noun names.
		return modifier
	}
	if !v.groups[gi].possessive {
		return gi
	}
	for k := v.groups[gi].last + 1; k < len(v.toks) && k < v.groups[gi].last+5; k++ {
		if next := v.at[k]; next >= 0 {
			if v.groups[next].first == k && !v.demonym(v.groups[next]) {
				return next
			}
			break
		}
		if !(strings.HasPrefix(v.toks[k].tag, "JJ") || strings.HasPrefix(v.toks[k].tag, "NN")) || !startsLower(v.toks[k].text) {
			break
		}
	}
	return gi
}

// coordinated returns the groups joined to group gi by "and" or commas,
// titled or not ("Italian Prime Minister Silvio Berlusconi and German
// Chancellor Gerhard Schroeder"), and the token after the last of them.
func (v *sentenceView) coordinated(gi int) ([]int, int) {
	out := []int{gi}
	end := v.groups[gi].last
	for end < len(v.toks) {
		j := end
		if v.toks[j].text == "," {
			j++
		}
		if j < len(v.toks) && (lower(v.toks[j]) == "and" || lower(v.toks[j]) == "or") {
			j++
		}
		if j == end || j >= len(v.toks) {
			break
		}
		next := v.namedAfter(j)
		if next < 0 || next <= out[len(out)-1] || !compatible(v.d.mentions[v.groups[next].mentions[0]].typ, v.d.mentions[v.groups[gi].mentions[0]].typ) {
			break
		}
		out = append(out, next)
		end = v.groups[next].last
		if end < len(v.toks) && v.toks[end].text == "," && end+1 < len(v.toks) && lower(v.toks[end+1]) != "and" && v.titled(end+1) < 0 {
			// The closing comma of an apposition: "..., Ariel Sharon, and".
			break
		}
	}
	return out, end
}

// relations finds the event and role relations of every sentence.
func (d *document) relations() []relation {
	var out []relation
	seen := map[relation]bool{}
	d.markWorks()
	add := func(r relation) {
		if r.subject == r.object || r.subject < 0 || r.object < 0 {
			return
		}
		if o := d.entities[r.object]; r.kind == graph.Event && (arrivals[r.predicate] || r.predicate == "move" && (o.typ == graph.GPE || o.typ == graph.Loc)) {
			// "arrived at Manchester High School", "entered the White
			// House", "moved to the US": where the subject went, not a
			// party to what it did.
			return
		}
		if o := d.entities[r.object]; r.kind == graph.Role && o.canonical && (o.typ == graph.GPE || o.typ == graph.Loc) && partRole(r.predicate) {
			// "Ricoh Corp, the U.S. unit of Ricoh Ltd": a known place says
			// where a unit is, not whose it is.
			return
		}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	for si := range d.sents {
		if d.sents[si].headline || !d.sents[si].tagged {
			continue
		}
		v := d.view(si)
		if len(v.groups) == 0 {
			continue
		}
		v.held = d.roleRelations(si)
		for _, r := range v.held {
			add(r)
		}
		for _, r := range v.events() {
			add(r)
		}
		for _, r := range v.openingParticiple() {
			add(r)
		}
		for _, r := range v.adverbialParticiples() {
			add(r)
		}
		for _, r := range v.nominals() {
			add(r)
		}
		for _, r := range v.judgedDeeds() {
			add(r)
		}
	}
	return out
}

// arrivals are verbs of going into a place; what they take is where.
var arrivals = map[string]bool{
	"arrive": true, "enter": true, "scour": true, "relocate": true, "come_up": true,
}

// partRole reports whether a role predicate makes its subject a part or
// the parent of a company: "unit_of", "european_subsidiary_of".
func partRole(predicate string) bool {
	words := strings.Split(strings.TrimSuffix(predicate, "_of"), "_")
	w := words[len(words)-1]
	return subsidiaryNouns[w] || w == "parent"
}

func (v *sentenceView) pairs(subjects, objects group, predicate string, negated bool, kind graph.Kind) []relation {
	var out []relation
	for _, s := range subjects.mentions {
		for _, o := range objects.mentions {
			out = append(out, relation{subject: v.entity(s), object: v.entity(o), predicate: predicate, negated: negated, kind: kind, sent: v.index})
		}
	}
	return out
}

func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") }

// isWord reports whether s is a word: letters, with inner hyphens or
// apostrophes ("co-operate", "n't").
func isWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r != '-' && r != '\'':
			return false
		}
	}
	return letters > 0
}

// isAmount reports whether a token is a number or a sum: "1.55bn", "£5m".
func isAmount(s string) bool {
	for _, r := range s {
		return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
	}
	return false
}

func lower(t token) string { return strings.ToLower(t.text) }

// auxiliaries are verbs that carry tense, voice or mood for a main verb.
var auxiliaries = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "having": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "'s": true, "'re": true, "'ve": true, "'d": true,
	"'ll": true, "get": true, "got": true, "gets": true,
}

var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "'s": true, "'re": true, "get": true, "got": true, "gets": true}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

// particles complete phrasal verbs: "take over", "beat off".
var particles = map[string]bool{"over": true, "off": true, "up": true, "out": true, "down": true, "back": true, "away": true}

// lightVerbs carry little meaning of their own: in "held talks with" the
// relation is the noun.
var lightVerbs = map[string]bool{
	"hold": true, "have": true, "conduct": true, "begin": true, "open": true, "start": true,
	"launch": true, "make": true, "take": true, "pay": true, "file": true, "initiate": true,
}

// skippedVerbs do not relate their subject and object as kg means it.
var skippedVerbs = map[string]bool{
	"be": true, "say": true, "have": true, "do": true, "include": true, "add": true, "go": true,
	"come": true, "become": true, "remain": true, "seem": true, "v": true, "vs": true,
	"versus": true,
	// Verbs of thinking take a clause, whose subject is not their object:
	// "Blair believes Brown will win".
	"believe": true, "think": true, "hope": true, "expect": true, "feel": true, "know": true,
	"insist": true, "suggest": true, "fear": true, "reckon": true, "predict": true,
	"estimate": true, "claim": true, "argue": true, "doubt": true,
	// Nor do verbs that report or characterise: "described the IAAF's
	// decision as unexpected", "stressed his Lions group might".
	"describe": true, "stress": true, "admit": true, "reveal": true, "acknowledge": true,
	// "IBM, according to Mr Donofrio, has 30%": a source, not a party.
	"accord": true,
}

// events finds subject-verb-object relations, in the active and the
// passive voice, with their objects reached directly, through a
// preposition, or through the noun of a light verb.
func (v *sentenceView) events() []relation {
	var out []relation
	for gi, g := range v.groups {
		if g.possessive && !v.demonym(g) && !v.afterPreposition(g.first) {
			out = append(out, v.ownerJudged(gi)...)
		}
		if g.possessive || v.mentionIsModifier(g) || v.demonym(g) {
			continue
		}
		subjects, end := v.coordinated(gi)
		out = append(out, v.objectRelative(subjects, end)...)
		if v.afterPreposition(g.first) && !v.absolute(gi) {
			if v.relativeOf(gi, end) {
				// "turned his attention to Fat Joe and Nas, who have worked
				// with Ja Rule": the relative clause is theirs.
				out = append(out, v.clause(gi, subjects, end)...)
			}
			continue
		}
		out = append(out, v.clause(gi, subjects, end)...)
		if rel := v.oneOfClause(end); rel > 0 {
			out = append(out, v.clause(gi, subjects, rel)...)
		}
		if main := v.afterRelative(end); main > 0 {
			// "RDF Media, which makes the show, has filed a claim against
			// Fox": the main clause goes on after the relative one.
			out = append(out, v.clause(gi, subjects, main)...)
		}
	}
	return out
}

// relativeOf reports whether the relative clause at end, after group gi
// that a preposition governs, is about the group: "who" after people, or
// "which" when no noun of its own comes before the preposition ("chief
// executive of Renault, which owns"; but "an agreement with Chelsea,
// which gave Umbro the right").
func (v *sentenceView) relativeOf(gi, end int) bool {
	if end+1 >= len(v.toks) || v.toks[end].text != "," {
		return false
	}
	switch lower(v.toks[end+1]) {
	case "who":
		return v.isPerson(gi)
	case "which":
		j := v.groups[gi].first - 1
		if j > 0 && v.toks[j].tag == "DT" {
			j--
		}
		if j < 1 {
			return true
		}
		head := v.toks[j-1]
		return !strings.HasPrefix(head.tag, "NN") || isRoleWord(head.text)
	}
	return false
}

// objectRelative reads a relative clause whose subject is another name,
// and whose object is the antecedent: "Roc-A-Fella, which he founded with
// Damon Dash" (he founded Roc-A-Fella; so did Damon Dash, his partner in
// the making).
func (v *sentenceView) objectRelative(antecedents []int, end int) []relation {
	if end+2 >= len(v.toks) || v.toks[end].text != "," {
		return nil
	}
	switch lower(v.toks[end+1]) {
	case "which", "who", "whom":
	default:
		return nil
	}
	si := v.at[end+2]
	if si < 0 || v.groups[si].first != end+2 || v.groups[si].possessive || v.demonym(v.groups[si]) {
		return nil
	}
	subjects, from := v.coordinated(si)
	vp, ok := v.verbPhrase(from)
	if !ok || vp.passive {
		return nil
	}
	if objects, _, _, _ := v.object(vp); len(objects) > 0 || !v.gapAt(vp.next) {
		return nil
	}
	partner := -1
	if vp.next+1 < len(v.toks) && lower(v.toks[vp.next]) == "with" && creative(vp.predicates) {
		partner = v.titled(vp.next + 1)
	}
	var out []relation
	for _, p := range vp.predicates {
		if skippedVerbs[p] {
			continue
		}
		for _, a := range antecedents {
			for _, s := range append(subjects, partner) {
				if s >= 0 && s != a {
					out = append(out, v.pairs(v.groups[s], v.groups[a], p, vp.negated, graph.Event)...)
				}
			}
		}
	}
	return out
}

// gapAt reports whether the verb of a relative clause, ending before i,
// can lack its object: the clause goes on with a preposition, an adverb
// or punctuation ("which he founded with", "which she supports."), not
// with a complement ("which he calls \"good fun\"") or an infinitive
// ("which Arsenal lost to slip").
func (v *sentenceView) gapAt(i int) bool {
	if i >= len(v.toks) {
		return true
	}
	t := v.toks[i]
	switch {
	case t.text == "\"" || t.text == "'":
		return false
	case t.tag == "TO" || t.tag == "IN":
		return i+1 >= len(v.toks) || v.toks[i+1].tag != "VB"
	}
	return strings.HasPrefix(t.tag, "RB") || !isWord(t.text)
}

// ownerJudged reads "Mr Makarov's case has been backed by David Kahn":
// what is done by someone to an owner's conduct or cause is done to the
// owner.
func (v *sentenceView) ownerJudged(gi int) []relation {
	j := v.groups[gi].last + 1
	for j < len(v.toks) && v.at[j] < 0 && (strings.HasPrefix(v.toks[j].tag, "JJ") || strings.HasPrefix(v.toks[j].tag, "NN")) && startsLower(v.toks[j].text) {
		j++
	}
	if j == v.groups[gi].last+1 || !conduct[lower(v.toks[j-1])] && lower(v.toks[j-1]) != "case" {
		return nil
	}
	vp, ok := v.verbPhrase(j)
	if !ok || !vp.passive {
		return nil
	}
	agents, predicates, byAgent, _ := v.object(vp)
	if !byAgent {
		return nil
	}
	var out []relation
	for _, p := range predicates {
		for _, a := range agents {
			if a != gi {
				out = append(out, v.pairs(v.groups[a], v.groups[gi], p, vp.negated, graph.Event)...)
			}
		}
	}
	return out
}

// oneOfClause returns where the verbs of a relative clause start after "is one
// of the companies that" at i, whose subject is the subject of "is", or 0:
// "BT was just one of the companies that had worked with the Labs".
func (v *sentenceView) oneOfClause(i int) int {
	for i < len(v.toks) && strings.HasPrefix(v.toks[i].tag, "RB") {
		i++
	}
	if i+3 >= len(v.toks) || !beForms[lower(v.toks[i])] {
		return 0
	}
	i++
	for i < len(v.toks) && strings.HasPrefix(v.toks[i].tag, "RB") {
		i++
	}
	if i+2 >= len(v.toks) || lower(v.toks[i]) != "one" || lower(v.toks[i+1]) != "of" {
		return 0
	}
	for k := i + 2; k < len(v.toks) && k < i+8; k++ {
		t := v.toks[k]
		switch {
		case lower(t) == "that" || lower(t) == "which" || lower(t) == "who":
			if k > i+2 && strings.HasPrefix(v.toks[k-1].tag, "NN") {
				return k + 1
			}
			return 0
		case t.tag != "DT" && t.tag != "PRP$" && !strings.HasPrefix(t.tag, "JJ") && !strings.HasPrefix(t.tag, "NN") || v.at[k] >= 0:
			return 0
		}
	}
	return 0
}

// afterRelative returns where the main clause resumes after a relative
// clause opening at i (", which ... ,"), or 0.
func (v *sentenceView) afterRelative(i int) int {
	if i+1 >= len(v.toks) || v.toks[i].text != "," || lower(v.toks[i+1]) != "which" && lower(v.toks[i+1]) != "who" {
		return 0
	}
	for k := i + 2; k < len(v.toks) && k < i+25; k++ {
		if v.toks[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// clause reads the verb phrase that starts at from, after the subjects
// (group gi and those coordinated with it), and the relations it states.
func (v *sentenceView) clause(gi int, subjects []int, from int) []relation {
	var out []relation
	vp, ok := v.verbPhrase(from)
	if !ok {
		return nil
	}
	if v.disputed(v.groups[gi].first) {
		// "Ebbers rejected allegations he pressured Sullivan".
		vp.negated = !vp.negated
	}
	objects, predicates, byAgent, after := v.object(vp)
	if len(objects) == 0 && !vp.passive && departures[vp.predicates[0]] != "" {
		return v.departure(subjects, vp)
	}
	if len(objects) == 0 && !vp.passive && vp.next+1 < len(v.toks) && lower(v.toks[vp.next]) == "as" {
		// "will serve as Mr Ghosn's deputy", "works as a consultant for
		// Yukos": the post the subject holds.
		at := vp.next + 1
		if courtesyTitles[v.toks[at].text] {
			at++
		}
		if org, names, _ := v.roleOf(at); org >= 0 {
			for _, s := range subjects {
				if s != org && v.isPerson(s) {
					for _, n := range names {
						out = append(out, v.pairs(v.groups[s], v.groups[org], n+"_of", false, graph.Role)...)
					}
				}
			}
		}
	}
	if len(objects) == 0 || objects[0] == gi {
		// "France and Germany met": a reciprocal verb between its subjects.
		if len(objects) == 0 && !vp.passive {
			for _, p := range append([]string{vp.lead}, vp.predicates...) {
				// "Straw and Moratinos agreed to establish a body": they
				// agreed with each other.
				if reciprocal[p] {
					out = append(out, v.among(subjects, v.reached(p, vp.next), vp.negated)...)
				}
			}
		}
		return out
	}
	actors := subjects
	if vp.passive {
		if !byAgent {
			return append(out, v.removedFrom(subjects, objects, predicates, vp.negated)...)
		}
		subjects, objects = objects, subjects
	}
	if predicates[0] != vp.predicates[0] && v.denied(vp.next, v.groups[objects[0]].first) {
		// "will take no action against Mourinho".
		vp.negated = true
	}
	for _, p := range predicates {
		if skippedVerbs[p] {
			continue
		}
		for _, s := range subjects {
			for _, o := range objects {
				out = append(out, v.pairs(v.groups[s], v.groups[o], p, vp.negated, graph.Event)...)
			}
		}
		// "Simmons founded Def Jam with Rick Rubin": the partner in the
		// making made it too.
		if creative([]string{p}) && !vp.passive && after+1 < len(v.toks) && lower(v.toks[after]) == "with" {
			if partner := v.titled(after + 1); partner >= 0 && v.isPerson(partner) && !v.groups[partner].possessive {
				for _, o := range objects {
					out = append(out, v.pairs(v.groups[partner], v.groups[o], p, vp.negated, graph.Event)...)
				}
			}
		}
		// "forced Yukos to sell off Yuganskneftegas", "asked China to
		// support": the object does what the verb urges.
		if controlVerbs[p] && !vp.passive && after+1 < len(v.toks) && v.toks[after].tag == "TO" && v.toks[after+1].tag == "VB" && isWord(v.toks[after+1].text) {
			var urged verbPhrase
			v.readVerb(&urged, after+1)
			if targets, urgedPredicates, _, _ := v.object(urged); len(targets) > 0 {
				for _, up := range urgedPredicates {
					for _, o := range objects {
						for _, t := range targets {
							out = append(out, v.pairs(v.groups[o], v.groups[t], up, vp.negated, graph.Event)...)
						}
					}
				}
			}
		}
		// "Morrow will succeed Tsuda as president of Vodafone KK": the
		// role the subject takes, and the object held, there.
		as := after
		if as < len(v.toks) && (lower(v.toks[as]) == "in" || lower(v.toks[as]) == "on") && as+1 < len(v.toks) && v.toks[as+1].tag == "CD" {
			// "joined Apple in 1978 as employee number 31".
			as += 2
		}
		if as+1 < len(v.toks) && lower(v.toks[as]) == "as" && !vp.passive {
			if org, names, _ := v.roleOf(as + 1); org < 0 && len(names) > 0 && len(objects) == 1 {
				// "joined Apple as employee number 31": the post is at the
				// object; "Nissan named Ghosn as chief executive": the
				// object holds a post at the subject.
				holders, org := subjects, objects[0]
				if appointments[p] {
					holders, org = objects, subjects[0]
				}
				if p == "join" || p == "rejoin" || appointments[p] && len(subjects) == 1 && !v.isPerson(org) {
					for _, h := range holders {
						if h != org && v.isPerson(h) {
							for _, n := range names {
								out = append(out, v.pairs(v.groups[h], v.groups[org], n+"_of", false, graph.Role)...)
							}
						}
					}
				}
			} else if org >= 0 {
				holders := subjects
				switch {
				case p == "succeed" || p == "replace" || p == "take_over":
					holders = append(append([]int{}, subjects...), objects...)
				case v.isPerson(objects[0]):
					// "preparing to oust Alan Milburn as Labour's election
					// supremo", "named Ghosn as chief executive of Nissan":
					// the role is the person object's.
					holders = objects
				}
				for _, h := range holders {
					if h != org && v.isPerson(h) {
						for _, n := range names {
							out = append(out, v.pairs(v.groups[h], v.groups[org], n+"_of", false, graph.Role)...)
						}
					}
				}
			}
		}
		// "A sold B to C": C bought B.
		if p == "sell" && !vp.passive {
			to := after
			if to+1 < len(v.toks) && v.toks[to].text == "," {
				// "sold Yukos' main production arm, Yugansk, to Rosneft".
				to++
			}
			// Descriptions may come first ("to state-run oil group Rosneft"),
			// but not "to a US investment group", where the place describes.
			if to+1 < len(v.toks) && lower(v.toks[to]) == "to" {
				if buyer := v.namedAfter(to + 1); buyer >= 0 && !v.mentionIsModifier(v.groups[buyer]) && !v.demonym(v.groups[buyer]) {
					for _, o := range objects {
						out = append(out, v.pairs(v.groups[buyer], v.groups[o], "buy", vp.negated, graph.Event)...)
					}
				}
			}
		}
	}
	if next := v.conjunct(after); next > 0 {
		// "did not attend St Fintian's", "and signed Run-DMC": a verb
		// phrase of the same subject.
		out = append(out, v.clause(gi, actors, next)...)
	}
	return out
}

// departures are verbs and nouns of leaving a post, and the verb each
// stands for.
var departures = map[string]string{
	"resign": "resign", "quit": "quit", "step_down": "step_down", "stand_down": "stand_down",
	"retire": "retire", "resignation": "resign", "departure": "leave", "retirement": "retire",
}

// departure reads "Dyke resigned as director general of the BBC" and
// "Yukos chairman Gene Kahn resigned": those who leave a post leave the
// organisation that the post belongs to, named after "as" or in their
// title.
func (v *sentenceView) departure(subjects []int, vp verbPhrase) []relation {
	var out []relation
	predicate := departures[vp.predicates[0]]
	if vp.next+1 < len(v.toks) && lower(v.toks[vp.next]) == "as" {
		at := vp.next + 1
		if courtesyTitles[v.toks[at].text] {
			at++
		}
		if org, names, _ := v.roleOf(at); org >= 0 {
			for _, s := range subjects {
				if s != org && v.isPerson(s) {
					out = append(out, v.pairs(v.groups[s], v.groups[org], predicate, vp.negated, graph.Event)...)
					for _, n := range names {
						out = append(out, v.pairs(v.groups[s], v.groups[org], n+"_of", false, graph.Role)...)
					}
				}
			}
			return out
		}
	}
	return append(out, v.leftPosts(subjects, predicate, vp.negated)...)
}

// leftPosts relates people who leave to the organisations their titles in
// the sentence name. A person listed with a bare title after one whose
// title names the organisation holds a post there too: "BBC chairman
// Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan".
func (v *sentenceView) leftPosts(people []int, predicate string, negated bool) []relation {
	var out []relation
	org := -1
	for _, p := range people {
		if !v.isPerson(p) {
			return out
		}
		for _, m := range v.groups[p].mentions {
			found := -1
			for _, r := range v.held {
				if r.subject >= 0 && r.object >= 0 && r.subject == v.entity(m) && r.kind == graph.Role && v.d.entities[r.object].typ == graph.Org {
					found = r.object
					break
				}
			}
			switch {
			case found >= 0:
				org = found
			case org < 0 || !v.titledBare(v.groups[p].first):
				continue
			}
			out = append(out, relation{subject: v.entity(m), object: org, predicate: predicate, negated: negated, kind: graph.Event, sent: v.index})
		}
	}
	return out
}

// titledBare reports whether a role word with no organisation of its own
// stands just before the name at i: "reporter Andrew Gilligan",
// "director-general Greg Dyke".
func (v *sentenceView) titledBare(i int) bool {
	if i == 0 || v.at[i-1] >= 0 {
		return false
	}
	for _, part := range strings.Split(v.toks[i-1].text, "-") {
		if isRoleWord(part) {
			return true
		}
	}
	return false
}

// conjunct returns where a second verb phrase of the same subject starts
// after a clause that ends at i (", but did not attend", "and signed"), or
// 0. A participle is not taken: "and owned by" may be either voice.
func (v *sentenceView) conjunct(i int) int {
	// Past phrases of place, time or manner: "made references to the
	// Christian Brothers in his song, but".
	for k := i; k < len(v.toks) && k < i+8; k++ {
		t := v.toks[k]
		if t.text == "," || lower(t) == "and" || lower(t) == "but" {
			i = k
			break
		}
		if !(t.tag == "IN" || t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "RB")) {
			return 0
		}
	}
	if i < len(v.toks) && v.toks[i].text == "," {
		i++
	}
	if i+1 >= len(v.toks) || lower(v.toks[i]) != "and" && lower(v.toks[i]) != "but" {
		return 0
	}
	i++
	for j := i; j < len(v.toks) && j < i+3; j++ {
		t := v.toks[j]
		switch {
		case negations[lower(t)] || strings.HasPrefix(t.tag, "RB"):
		case t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD":
			return i
		default:
			return 0
		}
	}
	return 0
}

// removedFrom reads "Galloway was expelled from the Labour party": the
// body a verb of removal names with "from" did it.
func (v *sentenceView) removedFrom(subjects, objects []int, predicates []string, negated bool) []relation {
	j := v.groups[objects[0]].first - 1
	for j > 0 && (v.toks[j].tag == "DT" || v.toks[j].tag == "PRP$") {
		j--
	}
	if j < 0 || lower(v.toks[j]) != "from" || v.isPerson(objects[0]) {
		return nil
	}
	var out []relation
	for _, p := range predicates {
		if !removals[p] {
			continue
		}
		for _, o := range objects {
			for _, s := range subjects {
				out = append(out, v.pairs(v.groups[o], v.groups[s], p, negated, graph.Event)...)
			}
		}
	}
	return out
}

// removals are verbs of putting out of a body: "was expelled from".
var removals = map[string]bool{
	"expel": true, "suspend": true, "ban": true, "bar": true, "exclude": true, "dismiss": true,
	"sack": true, "fire": true, "oust": true, "drop": true, "axe": true, "deselect": true,
	"disqualify": true, "kick_out": true, "throw_out": true, "eject": true, "deport": true,
	"release": true, "omit": true, "remove": true,
}

// disputed reports whether the clause whose subject starts at i is what a
// denial denies: "rejected allegations (that) he pressured".
func (v *sentenceView) disputed(i int) bool {
	j := i - 1
	if j >= 0 && lower(v.toks[j]) == "that" {
		j--
	}
	if j < 1 || !claimNouns[lower(v.toks[j])] {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if isVerb(v.toks[k].tag) {
			// Not "failed to deny claims", "did not deny reports".
			return denials[parse.Lemma(v.toks[k].text, v.toks[k].tag)] && (k == 0 || v.toks[k-1].tag != "TO" && !negations[lower(v.toks[k-1])])
		}
	}
	return false
}

// claimNouns report something said; denials deny it.
var (
	claimNouns = map[string]bool{"allegations": true, "allegation": true, "claims": true, "claim": true, "accusations": true, "reports": true, "suggestions": true, "charges": true, "rumours": true, "speculation": true}
	denials    = map[string]bool{"deny": true, "reject": true, "dismiss": true, "refute": true, "rebut": true}
)

// denied reports whether "no" stands among the tokens [from, to).
func (v *sentenceView) denied(from, to int) bool {
	for i := from; i < to && i < len(v.toks); i++ {
		if lower(v.toks[i]) == "no" {
			return true
		}
	}
	return false
}

// locative prepositions introduce where or when something happened.
var locative = map[string]bool{"in": true, "at": true, "on": true, "near": true, "during": true, "outside": true, "inside": true, "across": true, "throughout": true}

// isPlace reports whether a group names places.
func (v *sentenceView) isPlace(gi int) bool {
	t := v.d.mentions[v.groups[gi].mentions[0]].typ
	return t == graph.GPE || t == graph.Loc
}

// afterPreposition reports whether the name at token i is the object of a
// preposition ("of the US", "in Paris") or the second of a pair, and so
// not a subject.
func (v *sentenceView) afterPreposition(i int) bool {
	if i > 0 && v.toks[i-1].tag == "DT" {
		i--
	}
	if i == 0 {
		return false
	}
	prev := v.toks[i-1]
	if subordinators[lower(prev)] {
		return false
	}
	return prev.tag == "IN" || prev.tag == "TO" || lower(prev) == "'s" || lower(prev) == "and"
}

// absolute reports whether group gi opens a clause of "with" and a
// participle, whose subject it is: "with Mr Demel leaving the company".
func (v *sentenceView) absolute(gi int) bool {
	g := v.groups[gi]
	return g.first > 0 && lower(v.toks[g.first-1]) == "with" && g.last < len(v.toks) && v.toks[g.last].tag == "VBG" && v.participle(g.last)
}

// subordinators open a clause, whose subject follows them: "reported that
// India and Russia signed".
var subordinators = map[string]bool{
	"that": true, "because": true, "while": true, "although": true, "though": true, "if": true,
	"whether": true, "unless": true, "since": true, "as": true, "after": true, "before": true,
	"until": true, "once": true, "so": true, "when": true, "where": true,
}

// controlVerbs have their object do the verb that follows: "forced Yukos
// to sell", but not "met Schroeder to talk", where the subject talks too.
var controlVerbs = map[string]bool{
	"force": true, "ask": true, "urge": true, "persuade": true, "allow": true, "tell": true,
	"invite": true, "encourage": true, "order": true, "help": true, "require": true,
	"compel": true, "push": true, "press": true, "call_on": true, "pressure": true,
	"pressurise": true, "pressurize": true, "advise": true, "instruct": true, "permit": true,
}

// openingParticiple finds "[After|Before|While] VBG object, Subject ...":
// the subject of the sentence did what the participle says.
func (v *sentenceView) openingParticiple() []relation {
	i := 0
	if i < len(v.toks) && subordinators[lower(v.toks[i])] {
		i++
	}
	if i >= len(v.toks) || v.toks[i].tag != "VBG" || !isWord(v.toks[i].text) || prepositionalParticiples[lower(v.toks[i])] {
		// "According to the Times, the UK leader wants" relates nothing.
		return nil
	}
	var vp verbPhrase
	v.readVerb(&vp, i)
	objects, predicates, _, end := v.object(vp)
	if len(objects) == 0 || end+1 >= len(v.toks) || v.toks[end].text != "," {
		return nil
	}
	// "After leaving Apple, Mr Raskin founded": past a courtesy title.
	subject := v.titled(end + 1)
	if subject < 0 || v.demonym(v.groups[subject]) || v.groups[subject].possessive {
		return nil
	}
	var out []relation
	for _, p := range predicates {
		if skippedVerbs[p] {
			continue
		}
		for _, o := range objects {
			if o != subject {
				out = append(out, v.pairs(v.groups[subject], v.groups[o], p, false, graph.Event)...)
			}
		}
	}
	return out
}

// adverbialParticiples finds "Subject ... after winning a battle with
// Marvel": a participle after "after", "before", "while" or "by" tells
// what the subject of its clause did.
func (v *sentenceView) adverbialParticiples() []relation {
	var out []relation
	for i := 2; i < len(v.toks); i++ {
		switch lower(v.toks[i-1]) {
		case "after", "before", "while", "by", "since", "when":
		default:
			continue
		}
		if v.toks[i].tag != "VBG" || !isWord(v.toks[i].text) {
			continue
		}
		subject := v.subjectBefore(i-1, false)
		if subject < 0 {
			continue
		}
		var vp verbPhrase
		v.readVerb(&vp, i)
		objects, predicates, _, _ := v.object(vp)
		for _, p := range predicates {
			if skippedVerbs[p] {
				continue
			}
			for _, o := range objects {
				if o != subject {
					out = append(out, v.pairs(v.groups[subject], v.groups[o], p, false, graph.Event)...)
				}
			}
		}
	}
	return out
}

// reciprocal verbs relate their subjects to each other when they have no
// object: "Blair and Chirac met".
var reciprocal = map[string]bool{
	"meet": true, "talk": true, "sign": true, "agree": true, "merge": true, "clash": true,
	"negotiate": true, "cooperate": true, "co-operate": true, "work": true, "ally": true,
	"fight": true, "compete": true, "speak": true, "collaborate": true, "partner": true,
	"conclude": true, "reach": true, "trade": true, "feud": true,
}

// reached gives the relation a verb states with the noun phrase at i:
// "France and Germany have reached broad agreement" agree, since reaching
// is only how they came to it.
func (v *sentenceView) reached(verb string, i int) string {
	if phaseVerbs[verb] != "reach" {
		return verb
	}
	noun := ""
	for ; i < len(v.toks) && v.at[i] < 0 && (v.toks[i].tag == "DT" || strings.HasPrefix(v.toks[i].tag, "JJ") || strings.HasPrefix(v.toks[i].tag, "NN")); i++ {
		if strings.HasPrefix(v.toks[i].tag, "NN") {
			noun = parse.Lemma(v.toks[i].text, v.toks[i].tag)
		}
	}
	if p := reachedPredicate(noun); p != "" {
		return p
	}
	return verb
}

// reachedPredicate gives the relation a noun states once reached or
// ended: the verb it stands for, or agreeing for an accord or a pact
// ("struck an accord with KHI"), which on its own may be only talked of.
func reachedPredicate(noun string) string {
	switch noun {
	case "accord", "pact", "treaty":
		return "agree"
	}
	return nominalPredicates[noun]
}

// among relates every pair of the mentions of groups with a symmetric
// predicate.
func (v *sentenceView) among(groups []int, predicate string, negated bool) []relation {
	var ms []int
	for _, g := range groups {
		ms = append(ms, v.groups[g].mentions...)
	}
	var out []relation
	for a := 0; a < len(ms); a++ {
		for b := a + 1; b < len(ms); b++ {
			out = append(out, relation{subject: v.entity(ms[a]), object: v.entity(ms[b]), predicate: predicate, negated: negated, kind: graph.Event, sent: v.index})
		}
	}
	return out
}

// verbPhrase is the verb group that follows a subject.
type verbPhrase struct {
	predicates []string // lemmas, with their particles: "take_over"; more than one for "seized and sold"
	lead       string   // the verb that leads to the first predicate: "agree" in "agreed to buy"
	next       int      // first token after the verbs
	passive    bool
	negated    bool
}

// mentionIsModifier reports whether a group is a noun modifier, as
// "Yukos" in "Yukos shares": not a subject.
func (v *sentenceView) mentionIsModifier(g group) bool {
	if g.last >= len(v.toks) {
		return false
	}
	next := v.toks[g.last]
	// An amount is not modified: "pay Fiat 1.55bn euros"; nor is a ticker
	// ("American Motors Corp <AMO.N>") or a time ("France today protested").
	return strings.HasPrefix(next.tag, "NN") && !isAmount(next.text) && v.at[g.last] < 0 && !isRoleWord(next.text) && !strings.HasPrefix(next.text, "<") && v.timePhrase(g.last) == 0
}

func (v *sentenceView) verbPhrase(from int) (verbPhrase, bool) {
	var vp verbPhrase
	sawBe, sawAux := false, false
	i := from
	if i < len(v.toks) && strings.HasPrefix(v.toks[i].text, "<") {
		// A stock ticker after the name: "Chrysler Corp <C> said".
		i++
	}
	// "Maharaz, visiting Ottawa, said": a participle tells what the
	// subject was doing.
	if i+1 < len(v.toks) && v.toks[i].text == "," && v.toks[i+1].tag == "VBG" && isWord(v.toks[i+1].text) {
		v.readVerb(&vp, i+1)
		return vp, !skippedVerbs[vp.predicates[0]]
	}
	// "American Motors, 46 pct owned by Renault": a participle with its
	// agent after a comma, past an amount or an adverb.
	if i+2 < len(v.toks) && v.toks[i].text == "," {
		j := i + 1
		for j < len(v.toks) && j-i <= 4 && v.at[j] < 0 && (v.toks[j].tag == "CD" || strings.HasPrefix(v.toks[j].tag, "RB") || partNouns[lower(v.toks[j])] || lower(v.toks[j]) == "per") {
			j++
		}
		if j+1 < len(v.toks) && v.toks[j].tag == "VBN" && isWord(v.toks[j].text) && lower(v.toks[j+1]) == "by" {
			vp.passive = true
			v.readVerb(&vp, j)
			return vp, true
		}
	}
	// A parenthetical between subject and verb: ", the chancellor,".
	if i < len(v.toks) && v.toks[i].text == "," {
		j := i + 1
		for j < len(v.toks) && j-i < 12 && v.toks[j].text != "," && !isVerb(v.toks[j].tag) {
			j++
		}
		if j < len(v.toks) && v.toks[j].text == "," && j > i+1 {
			i = j + 1
		} else if j < len(v.toks) && (lower(v.toks[i+1]) == "which" || lower(v.toks[i+1]) == "who") {
			i += 2
		}
	}
	// "General Motors of the US is to pay Fiat": a place that says which.
	if i+1 < len(v.toks) && (lower(v.toks[i]) == "of" || lower(v.toks[i]) == "from") {
		j := i + 1
		if v.toks[j].tag == "DT" {
			j++
		}
		if j < len(v.toks) && v.at[j] >= 0 && v.groups[v.at[j]].first == j && v.isPlace(v.at[j]) && !v.groups[v.at[j]].possessive {
			i = v.groups[v.at[j]].last
		}
	}
	for ; i < len(v.toks) && i-from < 16; i++ {
		t := v.toks[i]
		w := lower(t)
		if n := v.timePhrase(i); n > 0 {
			// "The Kremlin last year seized": when, not what.
			i += n - 1
			continue
		}
		switch {
		case negations[w]:
			vp.negated = true
		case t.tag == "RB" || t.tag == "RBR" || t.tag == "MD" || w == "also" || floating[w] || w == "which" || w == "who" && i == from:
		case (isVerb(t.tag) || auxiliaries[w]) && isWord(w) && t.tag != "POS":
			if auxiliaries[w] && i+1 < len(v.toks) && v.nextVerb(i+1) {
				sawAux = true
				if beForms[w] {
					sawBe = true
				}
				continue
			}
			if t.tag == "VBG" && !sawAux && !v.participle(i) {
				return vp, false
			}
			vp.passive = t.tag == "VBN" && (sawBe || i == from)
			v.readVerb(&vp, i)
			// "seized and sold": verbs that share the subject and object.
			for vp.next+1 < len(v.toks) && lower(v.toks[vp.next]) == "and" && isVerb(v.toks[vp.next+1].tag) && v.toks[vp.next+1].tag != "VBG" {
				v.readVerb(&vp, vp.next+1)
			}
			for _, p := range vp.predicates {
				if !skippedVerbs[p] || vp.passive {
					return vp, true
				}
			}
			return vp, false
		default:
			return vp, false
		}
	}
	return vp, false
}

// participle reports whether the -ing word at i, with no auxiliary before
// it, is a verb with an object ("with Mr Demel leaving the company") and
// not an adjective before a noun ("US banking giant Citigroup"), an
// auxiliary ("having"), a participle used as a preposition ("a song
// featuring Rah Digga") or a noun the tagger took for a participle ("Wasps
// wing Tom Voyce").
func (v *sentenceView) participle(i int) bool {
	w := lower(v.toks[i])
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || prepositionalParticiples[w] || auxiliaries[w] {
		return false
	}
	if i+1 < len(v.toks) && v.at[i+1] < 0 && isWord(v.toks[i+1].text) && startsLower(v.toks[i+1].text) {
		next := v.toks[i+1].tag
		return !strings.HasPrefix(next, "NN") && !strings.HasPrefix(next, "JJ")
	}
	return true
}

// gerund reports whether the -ing word at i, after a verb that takes an
// act ("started making cars", "was heard asking reporter X"), is that act:
// a noun may follow it here.
func (v *sentenceView) gerund(i int) bool {
	w := lower(v.toks[i])
	return strings.HasSuffix(w, "ing") && len(w) >= 6 && isWord(w) && !prepositionalParticiples[w] && !auxiliaries[w]
}

// prepositionalParticiples work as prepositions: "a show starring X" does
// not say that the show did anything.
var prepositionalParticiples = map[string]bool{
	"according": true, "including": true, "featuring": true, "starring": true, "involving": true,
	"concerning": true, "regarding": true, "following": true, "excluding": true, "barring": true,
}

// readVerb adds the verb at i to vp, with its particle ("take over") or,
// for "agreed to buy", "is to pay" and "tried at least twice to hack", the
// verb it leads to.
func (v *sentenceView) readVerb(vp *verbPhrase, i int) {
	if parse.Lemma(v.toks[i].text, v.toks[i].tag) == "deny" && i+1 < len(v.toks) && v.toks[i+1].tag == "VBG" && isWord(v.toks[i+1].text) {
		// "Japan denied breaking a pact with the US": the breaking is denied.
		vp.negated = !vp.negated
		i++
	}
	j, negated := i+1, false
	for j < len(v.toks) && j-i <= 4 && (strings.HasPrefix(v.toks[j].tag, "RB") || lower(v.toks[j]) == "at" || lower(v.toks[j]) == "least" || beForms[lower(v.toks[i])] && readyWords[lower(v.toks[j])]) {
		negated = negated || negations[lower(v.toks[j])]
		j++
	}
	if j+1 < len(v.toks) && v.toks[j].tag == "TO" && v.toks[j+1].tag == "VB" && isWord(v.toks[j+1].text) {
		if len(vp.predicates) == 0 {
			vp.lead = parse.Lemma(v.toks[i].text, v.toks[i].tag)
		}
		// "agreed not to buy" denies the buying.
		vp.negated = vp.negated || negated
		// "was forced to sell Yukos", "is expected to meet Chirac": the
		// subject does what the infinitive says, in the active voice. Other
		// participles take "to" as a preposition ("was married to actress
		// Ruby Dee"), whatever the tagger says of the word after it.
		if !vp.passive || infinitivePassives[parse.Lemma(v.toks[i].text, v.toks[i].tag)] {
			vp.passive = false
			i = j + 1
			if aux := lower(v.toks[i]); aux == "have" || aux == "be" {
				// "is said to have (already) held talks", "is expected to be
				// bought by".
				k := i + 1
				for k < len(v.toks) && v.toks[k].tag == "RB" {
					k++
				}
				if k < len(v.toks) && v.toks[k].tag == "VBN" {
					vp.passive = aux == "be"
					i = k
				}
			}
		}
	}
	tag := v.toks[i].tag
	if catenatives[parse.Lemma(v.toks[i].text, tag)] && i+1 < len(v.toks) && (v.toks[i+1].tag == "VBG" || v.toks[i+1].tag == "NN") && v.gerund(i+1) {
		// "will start monitoring China": the act is the one begun, whether
		// or not the tagger took it for a noun.
		i, tag = i+1, "VBG"
	} else if vp.passive && perceived[parse.Lemma(v.toks[i].text, tag)] && i+1 < len(v.toks) && v.toks[i+1].tag == "VBG" && v.gerund(i+1) {
		// "is heard asking reporter Oliver Finegold": the subject asks.
		i, tag = i+1, "VBG"
		vp.passive = false
	}
	predicate := parse.Lemma(v.toks[i].text, tag)
	vp.next = i + 1
	if vp.next < len(v.toks) && (v.toks[vp.next].tag == "RP" || particles[lower(v.toks[vp.next])]) && v.at[vp.next] < 0 {
		predicate += "_" + lower(v.toks[vp.next])
		vp.next++
	}
	vp.predicates = append(vp.predicates, predicate)
}

// catenatives take the act they begin, continue or weigh as an -ing form:
// "started monitoring", "considered selling". Verbs of ending are left
// out: "stop making engines" denies the making to come.
var catenatives = map[string]bool{
	"start": true, "begin": true, "continue": true, "keep": true, "resume": true,
	"consider": true, "risk": true, "delay": true, "postpone": true,
}

// perceived verbs in the passive take what their subject was perceived
// doing: "was seen leaving", "is heard asking".
var perceived = map[string]bool{"hear": true, "see": true, "spot": true, "catch": true, "film": true, "photograph": true, "record": true, "overhear": true}

// readyWords stand between a form of "be" and the infinitive of what the
// subject is to do: "is due to meet", "was ready to sign".
var readyWords = map[string]bool{
	"due": true, "set": true, "likely": true, "poised": true, "ready": true, "keen": true,
	"eager": true, "willing": true, "about": true, "able": true, "certain": true, "sure": true,
}

// infinitivePassives are verbs whose passive takes an infinitive that its
// subject is to carry out: "was forced to sell", "is tipped to ask".
var infinitivePassives = map[string]bool{
	"force": true, "expect": true, "set": true, "schedule": true, "tip": true, "ask": true,
	"allow": true, "oblige": true, "require": true, "suppose": true, "say": true, "report": true,
	"believe": true, "think": true, "understand": true, "know": true, "invite": true,
	"urge": true, "tell": true, "order": true, "encourage": true, "persuade": true,
	"choose": true, "elect": true, "hire": true, "plan": true, "intend": true, "compel": true,
	"permit": true, "authorise": true, "authorize": true, "pressure": true, "pressurise": true,
	"tempt": true, "rumour": true, "predict": true, "poise": true, "prepare": true,
	"determine": true, "advise": true, "instruct": true, "call": true, "press": true,
}

// floating quantifiers stand among the verbs of a subject they count:
// "who have both worked".
var floating = map[string]bool{"both": true, "all": true, "each": true}

// timeNouns name stretches of time.
var timeNouns = map[string]bool{
	"year": true, "week": true, "month": true, "weekend": true, "time": true, "night": true,
	"morning": true, "evening": true, "afternoon": true, "spring": true, "summer": true,
	"autumn": true, "winter": true, "decade": true, "season": true,
}

// timePhrase returns the length of a phrase of time at i ("last year",
// "on Monday", "yesterday"), or 0.
func (v *sentenceView) timePhrase(i int) int {
	w := lower(v.toks[i])
	switch {
	case w == "yesterday" || w == "today" || w == "tomorrow" || calendarWords[v.toks[i].text] && v.at[i] < 0:
		return 1
	case (w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later") && i+1 < len(v.toks) && timeNouns[lower(v.toks[i+1])]:
		return 2
	case (w == "on" || w == "in") && i+1 < len(v.toks) && calendarWords[v.toks[i+1].text]:
		return 2
	}
	return 0
}

// nextVerb reports whether a verb follows at i, past adverbs and
// negations.
func (v *sentenceView) nextVerb(i int) bool {
	for ; i < len(v.toks); i++ {
		t := v.toks[i]
		if negations[lower(t)] || strings.HasPrefix(t.tag, "RB") || floating[lower(t)] {
			continue
		}
		return isVerb(t.tag) || auxiliaries[lower(t)]
	}
	return false
}

// object finds the groups a verb phrase acts on, the predicates, whether
// the groups were reached through "by" (the agent of a passive verb), and
// the token after them.
func (v *sentenceView) object(vp verbPhrase) ([]int, []string, bool, int) {
	predicates := vp.predicates
	i := vp.next
	noun, nounAt := "", -1
	head := ""             // the noun of the verb's own object, before any preposition
	prep, prepAt := "", -1 // the latest preposition
	for steps := 0; i < len(v.toks) && steps < 10; steps++ {
		t := v.toks[i]
		if gi := v.at[i]; gi >= 0 && v.groups[gi].first == i && v.demonym(v.groups[gi]) && v.titled(i) < 0 {
			// "supply French car maker Peugeot": a nationality describes.
			i = v.groups[gi].last
			continue
		}
		if v.at[i] >= 0 || isRoleWord(t.text) && startsUpper(t.text) {
			gi := v.titled(i)
			if gi < 0 {
				return nil, nil, false, 0
			}
			if gi == v.at[i] && !v.groups[gi].possessive {
				if role, end, ok := v.rolePhrase(v.groups[gi].last); ok && (end >= len(v.toks) || v.at[end] < 0) && !unitNouns[role[strings.LastIndex(role, "_")+1:]] && !partNouns[role[strings.LastIndex(role, "_")+1:]] {
					// "accused an Evening Standard journalist": the one who
					// holds the post, not its organisation; but "sold its
					// Travelers insurance arm" sold a part of it.
					return nil, nil, false, 0
				}
			}
			if i > 0 && locative[lower(v.toks[i-1])] && v.isPlace(gi) {
				// Where it happened is not what it happened to: "met in Paris".
				i = v.groups[gi].last
				continue
			}
			// "bought rival May", "sued US phone firm MCI": the nouns before a
			// name describe it.
			if noun != "" && nounAt != i-1 {
				light := ""
				if len(predicates) == 1 && lightVerbs[predicates[0]] {
					light = lightPredicate(predicates[0], noun)
				}
				if !relationNoun(noun) && relationNoun(head) {
					// "filed a lawsuit for defamation against Y", "will hold
					// meetings on April 27 with Y": the object states the
					// relation, not the phrases after it.
					noun = head
					if len(predicates) == 1 && lightVerbs[predicates[0]] {
						light = lightPredicate(predicates[0], noun)
					}
				}
				relational := relationNoun(noun)
				// "met for an hour with Y", "lost the opening match against
				// Y": some verbs take a partner or a rival whatever comes
				// between.
				partner := len(predicates) == 1 && (prep == "with" && partnerVerbs[predicates[0]] || prep == "against" && contestVerbs[predicates[0]])
				if !v.directAfterNoun(i, relational || partner, relational && light != "") {
					// A place or time on the way: "held talks in Paris with Y".
					i = v.groups[gi].last
					continue
				}
				if light != "" {
					predicates = []string{light}
				} else if relational && len(predicates) == 1 && phaseVerbs[predicates[0]] != "" && reachedPredicate(noun) != "" {
					// "reached an agreement with GM", "announced its
					// sponsorship deal with Chelsea": the verb tells how far
					// the relation has got; the noun is the relation. Its
					// parties are the subject and the name, not both names
					// after "between"; and "did not extend its agreement with
					// Y" denies the extension, not that they agreed.
					if prep == "between" || vp.negated && phaseVerbs[predicates[0]] != "reach" {
						return nil, nil, false, 0
					}
					predicates = []string{reachedPredicate(noun)}
				}
				if len(predicates) == 1 && stakeChanges[predicates[0]] && partNouns[noun] {
					// "may boost its stake in Sina": it holds a stake still.
					predicates = []string{"stake"}
				}
			}
			if noun != "" && prep == "" && len(predicates) == 1 && namingVerbs[predicates[0]] && !isRoleWord(noun) {
				// "planned to call their programme Trading Moms": the name is
				// the one given, not a party; but "named its chief executive
				// X" appoints X.
				return nil, nil, false, 0
			}
			if i > 0 && lower(v.toks[i-1]) == "as" {
				// "serve as Mr Ghosn's deputy" states a role, read elsewhere.
				return nil, nil, false, 0
			}
			if i > 0 && lower(v.toks[i-1]) == "with" && creative(predicates) {
				// "which he founded with Damon Dash": a partner in the making,
				// not what was made.
				return nil, nil, false, 0
			}
			if v.groups[gi].possessive {
				// "sold Yukos' main production arm, Yugansk,": the apposition
				// names what was sold.
				j := v.groups[gi].last + 1
				for j < len(v.toks) && v.at[j] < 0 && (strings.HasPrefix(v.toks[j].tag, "JJ") || strings.HasPrefix(v.toks[j].tag, "NN")) {
					j++
				}
				switch {
				case j+1 < len(v.toks) && v.toks[j].text == "," && v.at[j+1] >= 0 && v.groups[v.at[j+1]].first == j+1:
					gi = v.at[j+1]
				case j+1 < len(v.toks) && (lower(v.toks[j]) == "to" || lower(v.toks[j]) == "with") && v.titled(j+1) >= 0:
					// "explaining Brazil's actions to Treasury Secretary James
					// Baker": the one the thing goes to.
					gi = v.titled(j + 1)
					i = j + 1
				case j > v.groups[gi].last+1 && conduct[lower(v.toks[j-1])]:
					// "dismissed IBM's move", "hack T-Mobile's network": what
					// is done to the owner's conduct or systems is done to it.
					return []int{gi}, predicates, false, j
				default:
					// "backed Gordon Brown's report": the report was backed.
					return nil, nil, false, 0
				}
			}
			if v.mentionIsModifier(v.groups[gi]) {
				// "sold its Travelers Life insurance arm to Metlife", "headed
				// the Menatep group": the name names the unit.
				k := v.groups[gi].last
				for k < len(v.toks) && v.at[k] < 0 && (strings.HasPrefix(v.toks[k].tag, "JJ") || strings.HasPrefix(v.toks[k].tag, "NN")) && startsLower(v.toks[k].text) {
					k++
				}
				if k > v.groups[gi].last && (k == len(v.toks) || v.at[k] < 0) && unitNouns[lower(v.toks[k-1])] {
					return []int{gi}, predicates, false, k
				}
				// "attacked Tory plans": the plans were attacked.
				return nil, nil, false, 0
			}
			// "bought by former subsidiary SBC": descriptions may stand
			// between "by" and the agent.
			byAgent := prep == "by" && (prepAt == i-1 || nounAt == i-1 && i-prepAt <= 5 && v.toks[nounAt].tag == "NN")
			objects, end := v.coordinated(gi)
			if end < len(v.toks) && (v.toks[end].tag == "MD" || v.toks[end].tag == "VBZ" || v.toks[end].tag == "VBD" || v.toks[end].tag == "VBP") {
				// "Sweet ruled Lee should get a tenth": the name begins a
				// clause of its own and is its subject; "owns Yugansk and
				// Russia has said": the last name only.
				if len(objects) == 1 {
					return nil, nil, false, 0
				}
				objects = objects[:len(objects)-1]
				end = v.groups[objects[len(objects)-1]].last
			}
			return objects, predicates, byAgent, end
		}
		switch {
		case t.text == "<" && i > 0 && partyPrepositions[lower(v.toks[i-1])]:
			// Newswire's bracket before a company's name is no word of the
			// phrase: "an agreement with <Ajinomoto Co Inc>".
		case t.tag == "TO" && i+1 < len(v.toks) && v.toks[i+1].tag == "VB" && isWord(v.toks[i+1].text):
			// "struck a deal to supply Peugeot": the relation is the verb the
			// noun leads to.
			var purpose verbPhrase
			v.readVerb(&purpose, i+1)
			predicates, noun, nounAt, head = purpose.predicates, "", -1, ""
			i = purpose.next
			continue
		case (namingParticiples[lower(t)] || lower(t) == "including" && !locative[prep]) && nounAt == i-1 && nounAt >= vp.next:
			// "founded another company called Information Appliance",
			// "signed artists including Run-DMC": the name is what the noun
			// describes.
			noun, nounAt, head = "", -1, ""
		case t.tag == "IN" || t.tag == "TO":
			if lower(t) == "that" || lower(t) == "because" || lower(t) == "if" || lower(t) == "while" {
				return nil, nil, false, 0
			}
			prep, prepAt = lower(t), i
		case t.tag == "DT" || t.tag == "PRP$" || strings.HasPrefix(t.tag, "JJ") || t.tag == "CD" || t.tag == "RB" || courtesyTitles[t.text]:
		case strings.HasPrefix(t.tag, "NN"):
			// The last noun heads the phrase: "a surprise trip".
			if isWord(t.text) {
				noun = parse.Lemma(t.text, t.tag)
				if prep == "" {
					head = noun
				}
			}
			nounAt = i
		default:
			return nil, nil, false, 0
		}
		i++
	}
	return nil, nil, false, 0
}

// judgedDeeds reads "praised the Supreme Court for overruling the White
// House": the object of a verb of judging did what it is judged for,
// whoever judges.
func (v *sentenceView) judgedDeeds() []relation {
	var out []relation
	for i, t := range v.toks {
		if !isVerb(t.tag) || t.tag == "VBG" || !judging[parse.Lemma(t.text, t.tag)] {
			continue
		}
		var vp verbPhrase
		v.readVerb(&vp, i)
		objects, _, _, after := v.object(vp)
		if len(objects) == 0 || after+1 >= len(v.toks) || lower(v.toks[after]) != "for" || v.toks[after+1].tag != "VBG" || !isWord(v.toks[after+1].text) {
			continue
		}
		var deed verbPhrase
		v.readVerb(&deed, after+1)
		targets, predicates, _, _ := v.object(deed)
		for _, p := range predicates {
			if skippedVerbs[p] {
				continue
			}
			for _, o := range objects {
				for _, g := range targets {
					if g != o {
						out = append(out, v.pairs(v.groups[o], v.groups[g], p, false, graph.Event)...)
					}
				}
			}
		}
	}
	return out
}

// judging verbs give the deed they judge with "for": "praised X for
// overruling Y".
var judging = map[string]bool{
	"praise": true, "thank": true, "congratulate": true, "applaud": true, "commend": true,
	"criticise": true, "criticize": true, "blame": true, "condemn": true, "attack": true,
	"fine": true, "punish": true, "reward": true, "honour": true, "credit": true, "slam": true,
}

// appointments give their object a post: "named Ghosn as chief executive".
var appointments = map[string]bool{
	"appoint": true, "name": true, "hire": true, "recruit": true, "install": true, "elect": true,
	"choose": true, "select": true, "confirm": true, "unveil": true, "sign": true,
}

// stakeChanges change the size of a stake that is held before and after.
var stakeChanges = map[string]bool{
	"boost": true, "raise": true, "increase": true, "lift": true, "double": true, "cut": true,
	"reduce": true, "trim": true, "lower": true, "up": true, "hold": true, "have": true,
	"retain": true, "keep": true,
}

// namingVerbs give a name to what they take: "call their programme X".
var namingVerbs = map[string]bool{"call": true, "name": true, "rename": true, "dub": true, "title": true, "label": true, "brand": true, "christen": true}

// namingParticiples introduce the name of what a noun describes: "a firm
// named X".
var namingParticiples = map[string]bool{"called": true, "named": true, "dubbed": true, "titled": true, "entitled": true}

// creative reports whether a verb makes something: its "with" names a
// partner.
func creative(predicates []string) bool {
	for _, p := range predicates {
		switch p {
		case "found", "co-found", "set_up", "form", "create", "establish", "start", "launch",
			"write", "co-write", "record", "produce", "build", "develop", "design", "make", "film", "direct":
			return true
		}
	}
	return false
}

// directAfterNoun reports whether the phrase naming a group at i follows
// its noun through a preposition that makes the verb's object the group
// ("signed a deal with Y"), as opposed to a noun of its own ("bought a
// stake in Y"). Only a noun that states a relation or a dealing makes a
// party of the name after "with", "against" or "between"; after other
// nouns the name tells with whom or against whom the subject did
// something, and is not what was done: "made his debut against Wales",
// "won things with Liverpool", "performed a duet with Y". When the noun
// states a relation, the phrase may open with a determiner or adjectives
// ("held talks with his Israeli counterpart, Y"). After a light verb and
// such a noun, "to" and "on" lead to the object too: "made a trip to
// Iraq", but not "suffered a defeat to Y".
func (v *sentenceView) directAfterNoun(i int, relational, light bool) bool {
	j := i - 1
	if j > 0 && v.toks[j].text == "<" && partyPrepositions[lower(v.toks[j-1])] {
		j--
	}
	for relational && j > 0 && (v.toks[j].tag == "DT" || v.toks[j].tag == "PRP$" || v.toks[j].tag == "CD" || strings.HasPrefix(v.toks[j].tag, "JJ") && v.at[j] < 0 || v.at[j] >= 0 && v.demonym(v.groups[v.at[j]])) {
		j--
	}
	if j < 1 {
		return false
	}
	switch lower(v.toks[j]) {
	case "with", "against", "between":
		return relational
	case "to", "on":
		return light
	case "in", "of", "at":
		// "bought a 20% stake in Sina": a part of it. "takes charge at
		// Renault": of it.
		return partNouns[lower(v.toks[j-1])] && lower(v.toks[j]) != "at" || light && lower(v.toks[j-1]) == "charge"
	case "from":
		// "beat off strong competition from Toshiba": the rival is the one
		// beaten.
		return contestNouns[lower(v.toks[j-1])]
	}
	return false
}

// dealings are nouns for what binds two parties or one acts against
// another, without a verb of their own: "signed a contract with Y",
// "imposed sanctions against Y", "broke diplomatic relations with Y".
var dealings = map[string]bool{
	"contract": true, "pact": true, "accord": true, "treaty": true, "lease": true,
	"licence": true, "license": true, "intent": true, "venture": true, "arrangement": true,
	"relation": true, "relations": true, "relationship": true, "tie": true, "link": true,
	"contact": true, "trade": true, "affiliation": true, "transaction": true,
	"financing": true, "facility": true, "settlement": true, "discussion": true,
	"sanction": true, "sanctions": true, "litigation": true, "proceeding": true,
	"proceedings": true, "claim": true, "injunction": true, "charges": true, "case": true,
	"confrontation": true, "aggression": true, "retaliation": true, "order": true,
	"countertrade": true, "understanding": true,
}

// relationNoun reports whether a noun states a relation or a dealing
// between the parties around it.
func relationNoun(noun string) bool {
	return nominalPredicates[noun] != "" || lightNouns[noun] || dealings[noun]
}

// partnerVerbs name what is done together, so "with" names a partner
// whatever stands between: "discussed the issue with Y", "merged last
// week with Y".
var partnerVerbs = map[string]bool{
	"meet": true, "talk": true, "chat": true, "discuss": true, "negotiate": true, "merge": true,
	"agree": true, "sign": true, "join": true, "work": true, "cooperate": true, "co-operate": true,
	"collaborate": true, "exchange": true, "share": true, "coordinate": true, "trade": true,
	"deal": true, "settle": true, "ally": true, "partner": true, "compete": true, "clash": true,
	"team_up": true, "link_up": true, "speak": true, "consult": true, "confer": true,
}

// contestVerbs name a contest, so "against" names the rival whatever
// stands between: "lost a three-set thriller against Y".
var contestVerbs = map[string]bool{
	"lose": true, "face": true, "play": true, "compete": true, "fight": true, "battle": true,
	"race": true, "win": true, "draw": true,
}

// partyPrepositions lead from a noun of relation to a party: "talks with
// Y", "a suit against Y", "a merger between X and Y".
var partyPrepositions = map[string]bool{"with": true, "against": true, "between": true}

// contestNouns name a rival's effort, which stands for the rival after a
// verb: "fended off a challenge from Y".
var contestNouns = map[string]bool{"competition": true, "challenge": true, "opposition": true, "threat": true, "resistance": true}

// lightPredicate names the relation a light verb and its noun state: the
// verb the noun stands for ("made a trip" visits) or both words ("took
// action", "made references"). Other nouns make no relation of a new
// light verb ("made his debut against Wales"); those of the old ones name
// it themselves ("held discussions with").
func lightPredicate(verb, noun string) string {
	if p, ok := nominalPredicates[noun]; ok {
		return p
	}
	if partNouns[noun] && (verb == "hold" || verb == "have") {
		// "holds 24.9 pct of Taft", "has a stake in Sina": owns part of it.
		return "own"
	}
	if lightNouns[noun] {
		return verb + "_" + noun
	}
	if heavyLightVerbs[verb] {
		return ""
	}
	return noun
}

// phaseVerbs begin, end, reach or report a relation that their noun
// states, and say nothing of their own about the parties: "entered into an
// agreement with", "broke off talks with". Those that reach it ("reach")
// make the relation; the others find it made or make it go on.
var phaseVerbs = map[string]string{
	"reach": "reach", "enter": "reach", "conclude": "reach", "complete": "reach", "seal": "reach",
	"strike": "reach", "finalise": "reach", "finalize": "reach", "enter_into": "reach",
	"achieve": "reach", "score": "reach", "record": "reach", "notch": "reach",
	"end": "go_on", "terminate": "go_on", "break_off": "go_on", "continue": "go_on",
	"resume": "go_on", "discontinue": "go_on", "suspend": "go_on", "seek": "go_on",
	"propose": "go_on", "pursue": "go_on", "announce": "go_on", "execute": "go_on",
	"cancel": "go_on", "renew": "go_on", "extend": "go_on", "close": "go_on",
	"call_off": "go_on", "wrap_up": "go_on", "confirm": "go_on", "disclose": "go_on",
	"unveil": "go_on",
}

// lightNouns make a relation with a light verb: "took action against".
var lightNouns = map[string]bool{
	"action": true, "reference": true, "tribute": true, "donation": true, "appeal": true,
	"complaint": true, "payment": true, "contribution": true, "approach": true, "charge": true,
}

// heavyLightVerbs are light only before the nouns above: "made a trip",
// but "made a film with".
var heavyLightVerbs = map[string]bool{"make": true, "take": true, "pay": true, "file": true, "initiate": true}

// partNouns name a part of what follows them: a stake in a company.
var partNouns = map[string]bool{
	"stake": true, "share": true, "shares": true, "holding": true, "holdings": true,
	"interest": true, "control": true, "majority": true, "part": true, "parts": true,
	"assets": true, "unit": true, "units": true, "division": true, "operations": true,
	"cent": true, "pct": true, "percent": true,
}

// conduct names what an organisation or person does or runs, so that acts
// on it are acts on its owner: "dismissed IBM's move".
var conduct = map[string]bool{
	"move": true, "decision": true, "proposal": true, "offer": true, "bid": true,
	"policy": true, "stance": true, "handling": true, "action": true, "actions": true,
	"behaviour": true, "behavior": true, "conduct": true, "network": true, "system": true,
	"systems": true, "website": true, "site": true, "servers": true, "computers": true,
	"remarks": true, "comments": true, "attitude": true, "approach": true, "tactics": true,
	"leadership": true, "invasion": true, "request": true, "demands": true, "ruling": true,
}

// unitNouns name an organisation or a part of one, and the name before
// them is its own: "the Menatep group", "its insurance arm".
var unitNouns = map[string]bool{
	"arm": true, "unit": true, "division": true, "subsidiary": true, "business": true,
	"company": true, "group": true, "firm": true, "operation": true, "operations": true,
	"studio": true, "studios": true, "label": true, "brand": true, "chain": true,
	"party": true, "network": true, "channel": true, "newspaper": true, "agency": true,
}

// nominalPredicates are nouns that state a relation between the entities
// around them, and the verb they stand for.
var nominalPredicates = map[string]string{
	"talks": "talk", "talk": "talk", "meeting": "meet", "meetings": "meet", "summit": "meet",
	"negotiations": "negotiate", "agreement": "agree", "deal": "deal", "merger": "merge",
	"takeover": "take_over", "acquisition": "acquire", "purchase": "buy", "visit": "visit",
	"sale": "sell", "bid": "bid", "investment": "invest", "attack": "attack", "criticism": "criticise",
	"dispute": "dispute", "row": "dispute", "war": "fight", "battle": "battle", "partnership": "partner",
	"alliance": "ally", "conversation": "talk", "call": "call", "support": "support",
	"rivalry": "rival", "victory": "beat", "defeat": "defeat", "lawsuit": "sue", "suit": "sue",
	"clash": "clash", "clashes": "clash", "conflict": "conflict", "feud": "feud", "fight": "fight",
	"infighting": "fight", "rift": "rift", "negotiation": "negotiate", "co-operation": "cooperate",
	"cooperation": "cooperate", "collaboration": "collaborate", "trip": "visit", "visits": "visit",
	"disputes": "dispute", "battles": "battle", "deals": "deal", "agreements": "agree",
	"offensive": "attack", "assault": "attack", "raid": "attack", "venture": "partner",
}

// nominals finds relations stated by nouns: "talks between X and Y",
// "X's meeting with Y".
func (v *sentenceView) nominals() []relation {
	var out []relation
	for i, t := range v.toks {
		if departures[lower(t)] != "" && strings.HasPrefix(t.tag, "NN") && i+2 < len(v.toks) && lower(v.toks[i+1]) == "of" {
			// "the resignation of BBC chairman Gavyn Davies".
			if gi := v.namedAfter(i + 2); gi >= 0 {
				people, _ := v.coordinated(gi)
				out = append(out, v.leftPosts(people, departures[lower(t)], false)...)
			}
		}
		if lower(t) == "head" && i+4 < len(v.toks) && lower(v.toks[i+1]) == "to" && lower(v.toks[i+2]) == "head" && lower(v.toks[i+3]) == "with" {
			// "Wanadoo goes head to head with BT": they compete.
			if owner := v.copulaSubject(i); owner >= 0 {
				if gi := v.namedAfter(i + 4); gi >= 0 && gi != owner {
					out = append(out, v.pairs(v.groups[owner], v.groups[gi], "compete", false, graph.Event)...)
				}
			}
		}
		predicate, ok := nominalPredicates[lower(t)]
		if !ok || !strings.HasPrefix(t.tag, "NN") && t.tag != "VBG" {
			// "infighting between Brown and Blair" may be tagged a participle.
			continue
		}
		between := i + 1
		for between < len(v.toks) && between <= i+3 && (v.toks[between].tag == "VBN" || v.toks[between].tag == "VBD" || v.toks[between].tag == "VBP" || v.toks[between].tag == "RB") {
			// "negotiations currently held between Ottawa and Paris", where
			// the participle may be tagged a finite verb.
			between++
		}
		if between+1 < len(v.toks) && lower(v.toks[between]) == "between" {
			// "talks between X and Y", "a meeting between ONGC chairman Subir
			// Raha, Gazprom chairman Aleksey Miller and ..."
			if gi := v.namedAfter(between + 1); gi >= 0 {
				groups, _ := v.coordinated(gi)
				out = append(out, v.among(groups, predicate, false)...)
			}
		}
		// "X's meeting with Y": the possessor, the noun, a preposition, the other.
		owner := -1
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if gi := v.at[j]; gi >= 0 {
				if v.groups[gi].possessive && v.groups[gi].last == j+1 {
					owner = gi
				}
				break
			}
			if v.toks[j].text != "'s" && v.toks[j].text != "'" && !strings.HasPrefix(v.toks[j].tag, "JJ") && !strings.HasPrefix(v.toks[j].tag, "NN") {
				break
			}
		}
		if owner < 0 && i+1 < len(v.toks) && lower(v.toks[i+1]) == "with" && !v.ownedBefore(i) {
			owner = v.subjectBefore(i, true)
			if owner < 0 && i > 0 && lower(v.toks[i-1]) == "in" {
				// "Vodafone is in talks with Verizon".
				owner = v.copulaSubject(i - 1)
			}
			if owner < 0 {
				// "Following talks with Mr Blair, Mr Abbas said": the subject
				// of the clause the phrase opens.
				owner = v.subjectAfter(i + 2)
			}
		}
		if owner < 0 || i+2 >= len(v.toks) {
			continue
		}
		switch lower(v.toks[i+1]) {
		case "with", "of", "to", "for", "on", "against", "in":
		default:
			continue
		}
		if gi := v.namedAfter(i + 2); gi >= 0 && gi != owner {
			others, _ := v.coordinated(gi)
			for _, o := range others {
				if o != owner {
					out = append(out, v.pairs(v.groups[owner], v.groups[o], predicate, false, graph.Event)...)
				}
			}
		}
	}
	return out
}

// copulaSubject returns the subject of a phrase at i that follows a form
// of "be" or "go" ("is in talks with", "goes head to head with"), or -1.
func (v *sentenceView) copulaSubject(i int) int {
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.toks[j].tag, "RB") || v.toks[j].tag == "MD") {
		j--
	}
	if j < 1 || !beForms[lower(v.toks[j])] && parse.Lemma(v.toks[j].text, v.toks[j].tag) != "go" {
		return -1
	}
	for j--; j >= 0 && (strings.HasPrefix(v.toks[j].tag, "RB") || v.toks[j].tag == "MD" || auxiliaries[lower(v.toks[j])]); j-- {
	}
	if j < 0 || v.at[j] < 0 {
		return -1
	}
	g := v.groups[v.at[j]]
	if g.last != j+1 || g.possessive || v.demonym(g) || v.afterPreposition(g.first) {
		return -1
	}
	return v.at[j]
}

// ownedBefore reports whether the noun at i has an owner other than a
// name ("Saturday's Six Nations clash with Wales"), who then is no party.
func (v *sentenceView) ownedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := v.toks[j]
		if t.text == "'s" || t.text == "'" {
			return true
		}
		if v.at[j] >= 0 && !v.mentionIsModifier(v.groups[v.at[j]]) || t.tag != "DT" && !strings.HasPrefix(t.tag, "JJ") && !strings.HasPrefix(t.tag, "NN") {
			return false
		}
	}
	return false
}

// subjectAfter returns the subject of the main clause when the words from
// i on are an opening phrase and ", Subject verb ..." follows, or -1.
func (v *sentenceView) subjectAfter(i int) int {
	for _, g := range v.groups {
		if g.first < i && !g.possessive && !v.demonym(g) && !v.afterPreposition(g.first) {
			// The sentence has a subject before the phrase.
			return -1
		}
	}
	for j := i; j+1 < len(v.toks) && j < i+12; j++ {
		if v.toks[j].text != "," {
			continue
		}
		gi := v.titled(j + 1)
		if gi < 0 || v.groups[gi].possessive || v.demonym(v.groups[gi]) {
			return -1
		}
		if vp, _ := v.verbPhrase(v.groups[gi].last); len(vp.predicates) > 0 && !vp.passive {
			return gi
		}
		return -1
	}
	return -1
}

// subjectBefore returns the group that is the subject of the clause
// holding token i: the latest group before i that a verb phrase follows,
// in the passive voice too when passive is set ("he was removed following
// a dispute with Jobs").
func (v *sentenceView) subjectBefore(i int, passive bool) int {
	best := -1
	for gi, g := range v.groups {
		if g.last > i {
			break
		}
		if g.possessive || v.demonym(g) || v.afterPreposition(g.first) {
			continue
		}
		if vp, ok := v.verbPhrase(g.last); ok && vp.next <= i && (passive || !vp.passive) {
			best = gi
		}
	}
	return best
}
