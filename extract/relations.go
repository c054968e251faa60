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

// relations finds the event and role relations of every parsed
// sentence: roles from titles, appositions and copulas (roleRelations),
// and events read off the dependency parse (eventRelations), of which
// those between someone and a news outlet are reports (reporting).
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
		if d.reporting(r) {
			r.kind = graph.Report
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
		held := d.roleRelations(si)
		for _, r := range held {
			add(r)
		}
		for _, r := range d.eventRelations(si, held) {
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

// partNouns name a part of what follows them: a stake in a company.
var partNouns = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "holding": true, "holdings": true,
	"interest": true, "control": true, "majority": true, "part": true, "parts": true,
	"assets": true, "unit": true, "units": true, "division": true, "operations": true,
	"cent": true, "pct": true, "percent": true, "stock": true,
}

// shareNouns name the shares a company's possessive owns: "Caesars
// World's stock".
var shareNouns = map[string]bool{"share": true, "shares": true, "stock": true}

// partNoun reports whether a noun's form names a part of what follows
// it: one of partNouns, or a share written as a percentage ("29% of
// Yukos").
func partNoun(form string) bool {
	return partNouns[form] || len(form) > 1 && strings.HasSuffix(form, "%")
}
