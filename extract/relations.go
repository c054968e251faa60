package extract

import (
	"strings"
	"unicode"

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
	at     []int // token index -> group index, or -1
}

func (d *document) view(si int) *sentenceView {
	s := d.sents[si]
	v := &sentenceView{d: d, index: si, toks: s.tokens, owner: make([]int, len(s.tokens)), at: make([]int, len(s.tokens))}
	for i := range v.owner {
		v.owner[i], v.at[i] = -1, -1
	}
	for mi, m := range d.mentions {
		if m.sent != si || m.entity < 0 {
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

func (v *sentenceView) entity(mi int) int { return v.d.mentions[mi].entity }

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
	for i < len(v.toks) && v.at[i] < 0 && (v.toks[i].tag == "DT" || v.toks[i].tag == "PRP$") {
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
		next := v.titled(j)
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
	add := func(r relation) {
		if r.subject == r.object || r.subject < 0 || r.object < 0 {
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
		for _, r := range v.roles() {
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
	}
	return out
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
var lightVerbs = map[string]bool{"hold": true, "have": true, "conduct": true, "begin": true, "open": true, "start": true, "launch": true}

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
}

// events finds subject-verb-object relations, in the active and the
// passive voice, with their objects reached directly, through a
// preposition, or through the noun of a light verb.
func (v *sentenceView) events() []relation {
	var out []relation
	for gi, g := range v.groups {
		if g.possessive || v.mentionIsModifier(g) || v.demonym(g) {
			continue
		}
		if v.afterPreposition(g.first) {
			continue
		}
		subjects, end := v.coordinated(gi)
		out = append(out, v.clause(gi, subjects, end)...)
		if main := v.afterRelative(end); main > 0 {
			// "RDF Media, which makes the show, has filed a claim against
			// Fox": the main clause goes on after the relative one.
			out = append(out, v.clause(gi, subjects, main)...)
		}
	}
	return out
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
	objects, predicates, byAgent, after := v.object(vp)
	if len(objects) == 0 || objects[0] == gi {
		// "France and Germany met": a reciprocal verb between its subjects.
		if len(objects) == 0 && !vp.passive {
			for _, p := range vp.predicates {
				if reciprocal[p] {
					out = append(out, v.among(subjects, p, vp.negated)...)
				}
			}
		}
		return out
	}
	if vp.passive {
		if !byAgent {
			return out
		}
		subjects, objects = objects, subjects
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
		if after+1 < len(v.toks) && lower(v.toks[after]) == "as" && !vp.passive {
			if org, names, _ := v.roleOf(after + 1); org >= 0 {
				holders := subjects
				if p == "succeed" || p == "replace" {
					holders = append(append([]int{}, subjects...), objects...)
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
		if p == "sell" && !vp.passive && after+1 < len(v.toks) && lower(v.toks[after]) == "to" {
			if buyer := v.titled(after + 1); buyer >= 0 {
				for _, o := range objects {
					out = append(out, v.pairs(v.groups[buyer], v.groups[o], "buy", vp.negated, graph.Event)...)
				}
			}
		}
	}
	return out
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
	if i >= len(v.toks) || v.toks[i].tag != "VBG" || !isWord(v.toks[i].text) {
		return nil
	}
	var vp verbPhrase
	v.readVerb(&vp, i)
	objects, predicates, _, end := v.object(vp)
	if len(objects) == 0 || end+1 >= len(v.toks) || v.toks[end].text != "," {
		return nil
	}
	subject := v.at[end+1]
	if subject < 0 || v.groups[subject].first != end+1 || v.demonym(v.groups[subject]) {
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
		subject := v.subjectBefore(i - 1)
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
	return strings.HasPrefix(next.tag, "NN") && v.at[g.last] < 0 && !isRoleWord(next.text)
}

func (v *sentenceView) verbPhrase(from int) (verbPhrase, bool) {
	var vp verbPhrase
	sawBe := false
	i := from
	// "Maharaz, visiting Ottawa, said": a participle tells what the
	// subject was doing.
	if i+1 < len(v.toks) && v.toks[i].text == "," && v.toks[i+1].tag == "VBG" && isWord(v.toks[i+1].text) {
		v.readVerb(&vp, i+1)
		return vp, !skippedVerbs[vp.predicates[0]]
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
		if j < len(v.toks) && v.at[j] >= 0 && v.groups[v.at[j]].first == j && v.isPlace(v.at[j]) {
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
		case t.tag == "RB" || t.tag == "RBR" || t.tag == "MD" || w == "also" || w == "which" || w == "who" && i == from:
		case (isVerb(t.tag) || auxiliaries[w]) && isWord(w):
			if auxiliaries[w] && i+1 < len(v.toks) && v.nextVerb(i+1) {
				if beForms[w] {
					sawBe = true
				}
				continue
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

// readVerb adds the verb at i to vp, with its particle ("take over") or,
// for "agreed to buy" and "plans to sell", the verb it leads to.
func (v *sentenceView) readVerb(vp *verbPhrase, i int) {
	if i+2 < len(v.toks) && v.toks[i+1].tag == "TO" && v.toks[i+2].tag == "VB" {
		i += 2
	}
	predicate := lemma(v.toks[i].text, v.toks[i].tag)
	vp.next = i + 1
	if vp.next < len(v.toks) && (v.toks[vp.next].tag == "RP" || particles[lower(v.toks[vp.next])]) && v.at[vp.next] < 0 {
		predicate += "_" + lower(v.toks[vp.next])
		vp.next++
	}
	vp.predicates = append(vp.predicates, predicate)
}

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
		if negations[lower(t)] || strings.HasPrefix(t.tag, "RB") {
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
			if i > 0 && locative[lower(v.toks[i-1])] && v.isPlace(gi) {
				// Where it happened is not what it happened to: "met in Paris".
				i = v.groups[gi].last
				continue
			}
			// "bought rival May", "sued US phone firm MCI": the nouns before a
			// name describe it.
			if noun != "" && nounAt != i-1 {
				if !v.directAfterNoun(i) {
					// A place or time on the way: "held talks in Paris with Y".
					i = v.groups[gi].last
					continue
				}
				if len(predicates) == 1 && lightVerbs[predicates[0]] {
					predicates = []string{noun}
				}
			}
			if i > 0 && lower(v.toks[i-1]) == "as" {
				// "serve as Mr Ghosn's deputy" states a role, read elsewhere.
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
				default:
					// "backed Gordon Brown's report": the report was backed.
					return nil, nil, false, 0
				}
			}
			if v.mentionIsModifier(v.groups[gi]) {
				// "attacked Tory plans": the plans were attacked.
				return nil, nil, false, 0
			}
			byAgent := i > 0 && lower(v.toks[i-1]) == "by"
			objects, end := v.coordinated(gi)
			return objects, predicates, byAgent, end
		}
		switch {
		case t.tag == "TO" && i+1 < len(v.toks) && v.toks[i+1].tag == "VB" && isWord(v.toks[i+1].text):
			// "struck a deal to supply Peugeot": the relation is the verb the
			// noun leads to.
			var purpose verbPhrase
			v.readVerb(&purpose, i+1)
			predicates, noun, nounAt = purpose.predicates, "", -1
			i = purpose.next
			continue
		case t.tag == "IN" || t.tag == "TO":
			if lower(t) == "that" || lower(t) == "because" || lower(t) == "if" || lower(t) == "while" {
				return nil, nil, false, 0
			}
		case t.tag == "DT" || t.tag == "PRP$" || strings.HasPrefix(t.tag, "JJ") || t.tag == "CD" || t.tag == "RB" || courtesyTitles[t.text]:
		case strings.HasPrefix(t.tag, "NN"):
			if nounAt != i-1 {
				noun = lemma(t.text, t.tag)
			}
			nounAt = i
		default:
			return nil, nil, false, 0
		}
		i++
	}
	return nil, nil, false, 0
}

// directAfterNoun reports whether the group at i follows its noun through
// a preposition that makes the verb's object the group ("signed a deal
// with Y"), as opposed to a noun of its own ("bought a stake in Y").
func (v *sentenceView) directAfterNoun(i int) bool {
	if i < 2 {
		return false
	}
	switch lower(v.toks[i-1]) {
	case "with", "against", "between":
		return true
	case "in", "of":
		// "bought a 20% stake in Sina": a part of it.
		return partNouns[lower(v.toks[i-2])]
	}
	return false
}

// partNouns name a part of what follows them: a stake in a company.
var partNouns = map[string]bool{
	"stake": true, "share": true, "shares": true, "holding": true, "holdings": true,
	"interest": true, "control": true, "majority": true, "part": true, "parts": true,
	"assets": true, "unit": true, "units": true, "division": true, "operations": true,
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
}

// nominals finds relations stated by nouns: "talks between X and Y",
// "X's meeting with Y".
func (v *sentenceView) nominals() []relation {
	var out []relation
	for i, t := range v.toks {
		predicate, ok := nominalPredicates[lower(t)]
		if !ok || !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		between := i + 1
		for between < len(v.toks) && between <= i+3 && (v.toks[between].tag == "VBN" || v.toks[between].tag == "RB") {
			// "negotiations currently held between Ottawa and Paris"
			between++
		}
		if between+1 < len(v.toks) && lower(v.toks[between]) == "between" {
			// "talks between X and Y", "a meeting between ONGC chairman Subir
			// Raha, Gazprom chairman Aleksey Miller and ..."
			if gi := v.titled(between + 1); gi >= 0 {
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
		if owner < 0 && i+1 < len(v.toks) && lower(v.toks[i+1]) == "with" {
			owner = v.subjectBefore(i)
		}
		if owner < 0 || i+2 >= len(v.toks) {
			continue
		}
		switch lower(v.toks[i+1]) {
		case "with", "of", "to", "for", "on", "against", "in":
		default:
			continue
		}
		if gi := v.titled(i + 2); gi >= 0 && gi != owner {
			out = append(out, v.pairs(v.groups[owner], v.groups[gi], predicate, false, graph.Event)...)
		}
	}
	return out
}

// subjectBefore returns the group that is the subject of the clause
// holding token i: the latest group before i that a verb phrase follows.
func (v *sentenceView) subjectBefore(i int) int {
	best := -1
	for gi, g := range v.groups {
		if g.last > i {
			break
		}
		if g.possessive || v.demonym(g) || v.afterPreposition(g.first) {
			continue
		}
		if vp, ok := v.verbPhrase(g.last); ok && vp.next <= i && !vp.passive {
			best = gi
		}
	}
	return best
}
