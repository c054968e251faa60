package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// articles introduce a description: "Gordon Brown, the chancellor,".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// holding is an entity given a role in a sentence.
type holding struct{ entity, sent int }

// addTitle records that entity holds the role of words from sentence sent
// on, under the role's name and its head noun.
func addTitle(holders map[string][]holding, words []string, entity, sent int) {
	if len(words) == 0 || !roleHeads[words[len(words)-1]] {
		return
	}
	h := holding{entity, sent}
	name := strings.Join(words, "_")
	holders[name] = append(holders[name], h)
	for _, w := range words {
		if otherPosts[w] {
			// A shadow chancellor is not "the chancellor".
			return
		}
	}
	if head := words[len(words)-1]; head != name {
		holders[head] = append(holders[head], h)
	}
}

// otherPosts make a role another post than its head names: the shadow
// chancellor, the deputy prime minister and the former president are not
// "the chancellor", "the prime minister" or "the president".
var otherPosts = map[string]bool{
	"shadow": true, "deputy": true, "vice": true, "assistant": true, "junior": true,
	"former": true, "opposition": true, "acting": true, "interim": true, "outgoing": true,
	"co": true, "joint": true,
}

// linkDescriptions links descriptions by role, "the chancellor", "the
// prime minister", to the one person the article gave that role before
// them, and to no one when it gave it to two, and reports whether it
// linked any. A description whose role an organisation's name says where
// it is held, "the Labour leader", "the Microsoft chief executive", stands
// for the one given that role there.
func (d *document) linkDescriptions(rels []relation) bool {
	holders := map[string][]holding{}
	heldIn := map[[2]int]bool{} // person, place or organisation
	placed := map[int]bool{}    // people given a role in a place
	for _, r := range rels {
		if r.kind == graph.Role && d.entities[r.subject].typ == graph.Person {
			addTitle(holders, strings.Split(strings.TrimSuffix(r.predicate, "_of"), "_"), r.subject, r.sent)
			heldIn[[2]int{r.subject, r.object}] = true
			if t := d.entities[r.object].typ; t == graph.GPE || t == graph.Loc {
				placed[r.subject] = true
			}
		}
	}
	// Titles: "Chancellor Gordon Brown", "Gordon Brown, the chancellor,".
	for _, m := range d.mentions {
		if m.via != "name" || m.entity < 0 || d.entities[m.entity].typ != graph.Person {
			continue
		}
		toks := d.sents[m.sent].tokens
		start := m.first
		for start > 0 && start > m.first-3 && isRoleWord(toks[start-1].text) {
			start--
		}
		if start == m.first && m.last+2 < len(toks) && toks[m.last].text == "," && articles[strings.ToLower(toks[m.last+1].text)] {
			for k := m.last + 2; k < len(toks) && k < m.last+5 && isRoleWord(toks[k].text); k++ {
				start = k + 1
			}
			if start != m.first {
				var words []string
				for k := m.last + 2; k < start; k++ {
					words = append(words, strings.ToLower(toks[k].text))
				}
				addTitle(holders, words, m.entity, m.sent)
			}
			continue
		}
		if start < m.first {
			var words []string
			for k := start; k < m.first; k++ {
				words = append(words, strings.ToLower(toks[k].text))
			}
			addTitle(holders, words, m.entity, m.sent)
		}
	}
	d.addOffices(holders, heldIn, placed)
	if len(holders) == 0 {
		return false
	}
	covered := map[[2]int]bool{}
	demonyms := map[[2]int]int{}  // sentence, token -> country
	named := map[[2]int]mention{} // sentence, first token -> a name of an organisation or a place
	for _, m := range d.mentions {
		for k := m.first; k < m.last; k++ {
			covered[[2]int{m.sent, k}] = true
		}
		if m.via == "demonym" && m.last == m.first+1 && m.entity >= 0 {
			demonyms[[2]int{m.sent, m.first}] = m.entity
		}
		if m.via == "name" && m.entity >= 0 && d.entities[m.entity].typ != graph.Person {
			named[[2]int{m.sent, m.first}] = m
		}
	}
	linked := false
	for si, s := range d.sents {
		for ti := 0; ti+1 < len(s.tokens); ti++ {
			if s.headline || !strings.EqualFold(s.tokens[ti].text, "the") {
				continue
			}
			// "the British prime minister": the nationality stays a mention
			// of its own, for the role to be read.
			first, country, org := ti+1, -1, -1
			if c, ok := demonyms[[2]int{si, first}]; ok {
				first, country = first+1, c
			} else if m, ok := named[[2]int{si, first}]; ok {
				// "the US president", "the Labour leader": the name says
				// where the role is held, and stays a mention of its own.
				first = m.last
				if t := d.entities[m.entity].typ; t == graph.GPE || t == graph.Loc {
					country = m.entity
				} else {
					org = m.entity
				}
			}
			if first >= len(s.tokens) || covered[[2]int{si, first}] {
				continue
			}
			end := first
			for end < len(s.tokens) && end-first < 3 && startsLower(s.tokens[end].text) && (roleHeads[s.tokens[end].text] || roleModifiers[s.tokens[end].text]) {
				end++
			}
			for end > first && !roleHeads[s.tokens[end-1].text] {
				// "The chief executive then hired": a modifier after the
				// role ("the then chancellor") is the sentence's.
				end--
			}
			if end > first {
				parseSentence(d.parser, &d.sents[si])
			}
			if end == first || !roleHeads[s.tokens[end-1].text] || end < len(s.tokens) && (s.tokens[end].text == "of" || strings.HasPrefix(s.tokens[end].tag, "NN")) {
				// Not a role, or a role of something named next: "the chairman
				// of Yukos" is read as a role itself.
				continue
			}
			if first > ti+1 && end < len(s.tokens) && s.tokens[end].text == "," {
				// "the Palestinian leader, Mahmoud Abbas" introduces a name.
				continue
			}
			var words []string
			for k := first; k < end; k++ {
				words = append(words, s.tokens[k].text)
			}
			candidates := holders[strings.Join(words, "_")]
			if len(candidates) == 0 {
				candidates = holders[words[len(words)-1]]
			}
			// "the British prime minister" is one given the post in Britain,
			// or else a government's post in no place ("Prime Minister Tony
			// Blair"); not the US president named last, nor another team's
			// captain.
			head := words[len(words)-1]
			holder, unplaced, ambiguous := -1, -1, false
			for _, h := range candidates {
				switch {
				case h.sent > si:
				case org >= 0:
					// "the Labour leader" is the one given the role in
					// Labour, and no one when two were.
					if heldIn[[2]int{h.entity, org}] {
						ambiguous = ambiguous || holder >= 0 && holder != h.entity
						holder = h.entity
					}
				case country < 0 || heldIn[[2]int{h.entity, country}]:
					ambiguous = ambiguous || holder >= 0 && holder != h.entity
					holder = h.entity
				case !placed[h.entity] && len(posts(politicalRoles([]string{head}))) > 0 && !teamRoles[head]:
					unplaced = h.entity
				}
			}
			if holder < 0 {
				holder = unplaced
			}
			if holder < 0 || ambiguous {
				continue
			}
			if first == ti+1 {
				first = ti
			}
			m := d.newMention(si, first, end)
			m.typ, m.via, m.entity = graph.Person, "description", holder
			d.mentions = append(d.mentions, m)
			d.entities[holder].mentions = append(d.entities[holder].mentions, len(d.mentions)-1)
			linked = true
			ti = end - 1
		}
	}
	return linked
}

// teamRoles are held in a team, which a nationality before them does not
// name: "the Irish captain" may lead a club.
var teamRoles = map[string]bool{
	"captain": true, "coach": true, "manager": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "player": true,
}

// othersModifiers make a description pick out another entity than the
// one just named ("the rival firm", "the parent company") or one of a
// kind rather than a known one ("the first company to").
var othersModifiers = map[string]bool{
	"other": true, "another": true, "rival": true, "parent": true, "new": true,
	"merged": true, "combined": true, "joint": true, "same": true, "only": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "next": true, "previous": true, "holding": true, "sister": true,
	"target": true, "acquired": true, "whole": true, "entire": true, "own": true,
}

// descriptionStops end the modifiers of a description.
var descriptionStops = map[string]bool{
	"of": true, "and": true, "or": true, "but": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "by": true, "with": true, "from": true, "that": true,
	"which": true, "who": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "said": true,
	"says": true, "as": true, "than": true, "it": true, "its": true, "their": true,
}

// describes reports whether word may stand between "the" and the head of
// a description: "Japanese", "US", "Oscar-winning", "electronics".
func describes(word string) bool {
	if isAge(word) {
		return true
	}
	if !isWord(word) || descriptionStops[word] || othersModifiers[strings.ToLower(word)] {
		return false
	}
	if startsLower(word) {
		// Superlatives pick out one of a kind: "the biggest bank in Europe".
		return !strings.HasSuffix(word, "est") || len(word) < 6
	}
	if _, ok := gazetteer.Demonym(word); ok {
		return true
	}
	if e, ok := gazetteer.Lookup(word); ok && e.Type == graph.GPE {
		return true
	}
	// "Oscar-winning", "London-based".
	i := strings.LastIndexByte(word, '-')
	return i > 0 && startsLower(word[i+1:])
}

// descriptionHead reports the type of entity a description's head noun
// stands for.
func descriptionHead(noun string) (graph.Type, bool) {
	switch {
	case isAge(noun):
		// "The 33-year-old was found guilty".
		return graph.Person, true
	case companyNouns[noun]:
		return graph.Org, true
	}
	typ, ok := descriptionHeads[noun]
	return typ, ok
}

// accusedAt reports whether the phrase at token ti of sentence si is the
// object of a verb of accusing, whose "of" names the deed: "accused the
// regulator of singling out the company".
func (d *document) accusedAt(si, ti int) bool {
	if ti == 0 {
		return false
	}
	s := &d.sents[si]
	parseSentence(d.parser, s)
	w := s.words[ti-1]
	return strings.HasPrefix(w.XPOS, "VB") && accusingVerbs[strings.ToLower(w.Lemma)]
}

// maxModifiers is how many words may stand between "the" and the head of
// a description: more make a generic one, "the fixed line phone network".
const maxModifiers = 2

// modifierTags are the parts of speech of a description's modifiers.
var modifierTags = map[string]bool{"JJ": true, "NN": true, "NNS": true, "NNP": true, "VBN": true, "VBG": true}

// predicative words put a description after them in the predicate, where
// it says what something is rather than which: "it is the biggest club",
// "emerged as the main bidder".
var predicative = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"become": true, "became": true, "becomes": true, "becoming": true, "remain": true,
	"remains": true, "remained": true, "as": true,
}

// descriptionAt reads a description at token ti of sentence si, "the":
// "the firm", "the Japanese carmaker", "the electronics giant", "the
// Oscar-winning star", "the country". It returns the tokens its mention
// spans and the type of entity it stands for.
func (d *document) descriptionAt(si, ti int) (int, int, graph.Type, bool) {
	s := &d.sents[si]
	for end := ti + 1; end < len(s.tokens) && end <= ti+maxModifiers+1; end++ {
		word := s.tokens[end].text
		if typ, ok := descriptionHead(word); ok && (startsLower(word) || isAge(word)) {
			if end+1 >= len(s.tokens) {
				return ti, end + 1, typ, true
			}
			next := s.tokens[end+1].text
			switch {
			case next == "'s" && end == ti+1 && typ == graph.Org && d.roleAhead(si, end+2):
				// "Paul Tellier, the company's chief executive,", "the
				// group's record label": the mention leaves out "the", as a
				// name's would ("Bombardier's chief executive"), for the role
				// to be read. A person's trade ("the rapper's lawyer") is
				// left alone: the last person named is too often another.
				return ti + 1, end + 1, typ, true
			case next == "'s" || next == "of" && !d.accusedAt(si, ti) || next == "to" && !d.phraseStarts(si, end+2) || next == "that" || next == "who" || next == "which":
				// "the firm's chairman" is described by the chairman; "the
				// group of companies", "the first firm to", "the actor who will
				// play" are defined by what follows; "sold the territory to
				// the United States" and "accused the regulator of bias" are
				// not.
				return 0, 0, "", false
			case startsUpper(next) && isWord(next):
				// "the oil firm Yukos" introduces a name.
				return 0, 0, "", false
			case startsLower(next) && (companyNouns[next] || companyWords[next] || personNoun(next) || roleHeads[next]):
				// "the oil company shares", "the company chairman".
			case end == ti+1:
				return ti, end + 1, typ, true
			default:
				// Modifiers make a phrase that only the tagger can tell from
				// "the telecoms deal": the head must be its last noun (or
				// what the tagger takes for an adjective, "electronics giant").
				parseSentence(d.parser, s)
				if head := s.tokens[end].tag; head != "NN" && head != "JJ" || strings.HasPrefix(s.tokens[end+1].tag, "NN") {
					return 0, 0, "", false
				}
				for k := ti + 1; k < end; k++ {
					if !modifierTags[s.tokens[k].tag] {
						// "the most passionately supported club".
						return 0, 0, "", false
					}
				}
				return ti, end + 1, typ, true
			}
		}
		if !describes(word) {
			return 0, 0, "", false
		}
	}
	return 0, 0, "", false
}

// phraseOpeners are the words a noun phrase starts with.
var phraseOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"this": true, "that": true, "these": true, "those": true,
}

// phraseStarts reports whether a noun phrase starts at token k of
// sentence si: a determiner, a possessive, a name or a number.
func (d *document) phraseStarts(si, k int) bool {
	toks := d.sents[si].tokens
	if k >= len(toks) {
		return false
	}
	w := toks[k].text
	return phraseOpeners[strings.ToLower(w)] || startsUpper(w) || isAmount(w)
}

// roleAhead reports whether a role starts at token k of sentence si, its
// head there or after one more word: "chief executive", "record label".
func (d *document) roleAhead(si, k int) bool {
	toks := d.sents[si].tokens
	if k >= len(toks) || !startsLower(toks[k].text) {
		return false
	}
	return isRoleWord(toks[k].text) || k+1 < len(toks) && roleHeads[toks[k+1].text]
}

// pronounWindow is how many sentences back a pronoun may find its entity.
const pronounWindow = 3

// linkPronouns links "he", "she", "it", "the company" and the like to the
// entity they stand for, when there is one.
func (d *document) linkPronouns() {
	var added []mention
	latest := map[graph.Type]int{} // type -> mention index of its latest name
	sexes := d.courtesySexes()
	governed := map[int]bool{} // countries whose government was named
	mi := 0
	for si, s := range d.sents {
		for ti := 0; ti < len(s.tokens); ti++ {
			for mi < len(d.mentions) && d.mentions[mi].sent == si && d.mentions[mi].first <= ti {
				m := d.mentions[mi]
				if m.via == "name" && m.entity >= 0 {
					latest[d.entities[m.entity].typ] = mi
				}
				mi++
			}
			if s.headline {
				continue
			}
			var described *mention
			speaker := -1
			if n := len(added); n > 0 && (added[n-1].via == "description" || added[n-1].via == "pronoun" && added[n-1].typ != graph.Person) {
				described = &added[n-1]
			} else if n > 0 && added[n-1].sent == si && d.reports(si, added[n-1].last, ti) {
				speaker = added[n-1].entity
			}
			if m, ok := d.referenceAt(si, ti, mi, latest, described, speaker, sexes, governed); ok {
				added = append(added, m)
				if m.typ == graph.GPE && m.via == "description" {
					governed[m.entity] = true
				}
			}
		}
	}
	for _, m := range added {
		d.mentions = append(d.mentions, m)
		e := d.entities[m.entity]
		e.mentions = append(e.mentions, len(d.mentions)-1)
	}
	d.linkIntroduced()
	d.tagPossessives()
}

// possessives are the pronouns that say whose a role or a part is, and
// the type of entity each stands for.
var possessives = map[string]graph.Type{"its": graph.Org, "his": graph.Person, "her": graph.Person}

// possessiveReach is how many words may stand between a possessive pronoun
// and the role or the kind of part it gives: "its highly successful boss".
const possessiveReach = 5

// tagPossessives tags the sentences where a possessive pronoun may give a
// role or a part ("John Smith, its chief executive, said"): they may name
// one entity only, the other being named before.
func (d *document) tagPossessives() {
	named := make([]bool, len(d.sents))
	for _, m := range d.mentions {
		if m.via == "name" && m.entity >= 0 {
			named[m.sent] = true
		}
	}
	for si := range d.sents {
		s := &d.sents[si]
		if !named[si] || s.tagged || s.headline {
			continue
		}
		for ti := 0; ti < len(s.tokens) && !s.tagged; ti++ {
			if _, ok := possessives[strings.ToLower(s.tokens[ti].text)]; !ok {
				continue
			}
			for k := ti + 1; k < len(s.tokens) && k <= ti+possessiveReach; k++ {
				if w := strings.ToLower(s.tokens[k].text); roleHeads[w] || ownedNouns[w] {
					parseSentence(d.parser, s)
					break
				}
			}
		}
	}
}

// possessor returns the entity a possessive pronoun at token ti of
// sentence si stands for, or -1: the name "and" joins it to ("Coastal
// and its chairman"), else the one entity of its type named before
// it in the sentence ("Vodafone has drafted in its UK chief executive"),
// or, when the sentence names none, the one named in the sentences just
// before ("... Its chairman, John Smith, said"). "its" stands for an
// organisation rather than a place where there is one: "US banking giant
// Citigroup has sold its". A person named as the possessor of a role
// makes the pronoun doubtful ("Mr Blair's spokesman said his": either may
// be meant; "Elon Musk's lawsuit ... his offer" is not), and one a
// possessive pronoun introduces is another than the one it stands for
// ("her husband, Edward Addison, had an affair with her sister").
func (d *document) possessor(si, ti int) int {
	pronoun := strings.ToLower(d.sents[si].tokens[ti].text)
	typ, ok := possessives[pronoun]
	if !ok {
		return -1
	}
	types := []graph.Type{typ}
	if typ == graph.Org {
		types = append(types, graph.GPE)
	}
	if ti > 1 && strings.EqualFold(d.sents[si].tokens[ti-1].text, "and") {
		// "Coastal and its chairman": the name the pronoun is joined to.
		for _, mi := range d.inSentence(si) {
			if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && m.last == ti-1 && slices.Contains(types, d.entities[m.entity].typ) {
				return m.entity
			}
		}
	}
	sex := map[string]string{"his": "he", "her": "she"}[pronoun]
	var sexes map[int]string
	if typ == graph.Person {
		sexes = d.courtesySexes()
	}
	for _, window := range [][2]int{{si, si}, {si - pronounWindow, si - 1}} {
		if window[0] != si {
			// A place named before is too often where an organisation
			// the tagger missed is: "the Funding Council for England
			// ... said its chief executive".
			types = types[:1]
		}
		for _, t := range types {
			found, doubtful := -1, false
			for _, mi := range d.namesIn(window[0], window[1]) {
				m := d.mentions[mi]
				if d.entities[m.entity].typ != t || m.sent == si && m.last > ti {
					continue
				}
				if s := sexes[m.entity]; s != "" && s != sex || d.introducedByPossessive(m) {
					continue
				}
				toks := d.sents[m.sent].tokens
				possessed := m.last+1 < len(toks) && (toks[m.last].text == "'s" || toks[m.last].text == "'") && d.roleAhead(m.sent, m.last+1)
				doubtful = doubtful || found >= 0 && found != m.entity || typ == graph.Person && possessed
				found = m.entity
			}
			if doubtful {
				return -1
			}
			if found >= 0 {
				return found
			}
		}
	}
	return -1
}

// namesIn returns the named mentions of sentences first to last, in
// text order.
func (d *document) namesIn(first, last int) []int {
	var out []int
	for si := max(first, 0); si <= last && si < len(d.sents); si++ {
		for _, mi := range d.inSentence(si) {
			if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 {
				out = append(out, mi)
			}
		}
	}
	return out
}

// objectPronoun reports whether the pronoun at token ti of sentence si
// is an object ("urged her to back the plan"), not a possessive ("her
// plan"); "him" always is.
func (d *document) objectPronoun(si, ti int) bool {
	if strings.EqualFold(d.sents[si].tokens[ti].text, "him") {
		return true
	}
	s := &d.sents[si]
	parseSentence(d.parser, s)
	switch s.words[ti].Deprel {
	case "obj", "iobj", "obl":
		return true
	}
	return false
}

// introducedByPossessive reports whether a possessive pronoun and the
// words of a role come just before mention m: "his wife, Sandra,".
func (d *document) introducedByPossessive(m mention) bool {
	toks := d.sents[m.sent].tokens
	for k := m.first - 1; k >= 0 && k >= m.first-possessiveReach; k-- {
		w := toks[k].text
		if _, ok := possessives[strings.ToLower(w)]; ok {
			return true
		}
		if w != "," && !startsLower(w) {
			return false
		}
	}
	return false
}

// ownedNouns are the kinds of business a person owns when it is theirs:
// "Simon Fuller has sold his 19 Entertainment company".
var ownedNouns = map[string]bool{"company": true, "firm": true, "business": true, "empire": true, "conglomerate": true}

// subsidiaryNouns are the kinds of part a company has: "Citigroup has sold its
// Travelers Life & Annuity insurance arm".
var subsidiaryNouns = map[string]bool{"arm": true, "unit": true, "subsidiary": true, "division": true, "affiliate": true}

// referenceAt reads a pronoun or a description at token ti of sentence
// si, where mention next is the first after ti, latest holds the latest
// name of each type, described the latest description, or "it" read as
// an organisation or a place, read before ti (or nil), speaker the person
// a pronoun just before reports it (or -1), sexes the pronoun
// people's courtesy titles call for and governed the countries whose
// government was named, and returns its mention, linked to the entity it
// stands for.
func (d *document) referenceAt(si, ti, next int, latest map[graph.Type]int, described *mention, speaker int, sexes map[int]string, governed map[int]bool) (mention, bool) {
	linked := func(first, last int, typ graph.Type, via string, entity int) (mention, bool) {
		m := d.newMention(si, first, last)
		m.typ, m.via, m.entity = typ, via, entity
		return m, true
	}
	switch strings.ToLower(d.sents[si].tokens[ti].text) {
	case "he", "she", "him", "her":
		// The latest person named shortly before whom a courtesy title does
		// not give the other sex, and who was named as a subject or object
		// rather than after a preposition or as a possessor ("speculation he
		// has his sights set on Geoff Hoon's seat. He was joined"), when
		// there is one. "Him" and "her" are another than a person their own
		// sentence names before them ("Souness accused him"), and stand for
		// one named in the sentences before only when their own names none
		// but their co-arguments, who are none of their candidates anywhere
		// ("Trudeau flew to Florida to meet him"); "her" only as an object,
		// not as a possessive before a noun.
		pronoun := strings.ToLower(d.sents[si].tokens[ti].text)
		object := pronoun == "him" || pronoun == "her"
		if object && !d.objectPronoun(si, ti) {
			if e := d.possessor(si, ti); e >= 0 && d.possessedRelation(si, ti) {
				return linked(ti, ti+1, graph.Person, "pronoun", e)
			}
			return mention{}, false
		}
		switch pronoun {
		case "him":
			pronoun = "he"
		case "her":
			pronoun = "she"
		}
		if !object && speaker >= 0 && (sexes[speaker] == "" || sexes[speaker] == pronoun) {
			// "He said he would visit Beijing": the one who says it.
			return linked(ti, ti+1, graph.Person, "pronoun", speaker)
		}
		if !object {
			if e := d.continuedPerson(si, ti, pronoun, sexes); e >= 0 {
				return linked(ti, ti+1, graph.Person, "pronoun", e)
			}
		} else if e := d.parallelObject(si, ti, graph.Person); e >= 0 && (sexes[e] == "" || sexes[e] == pronoun) {
			return linked(ti, ti+1, graph.Person, "pronoun", e)
		}
		prev, ok := latest[graph.Person]
		fallback := -1
		coArguments := map[int]bool{}
		for ; ok && prev >= 0 && si-d.mentions[prev].sent <= pronounWindow; prev-- {
			m := d.mentions[prev]
			if m.via != "name" || m.entity < 0 || d.entities[m.entity].typ != graph.Person {
				continue
			}
			if coArguments[m.entity] {
				continue
			}
			if object && m.sent == si {
				if d.coArgument(si, m, ti) {
					coArguments[m.entity] = true
					continue
				}
				if !d.firstClauseSubject(si, m, ti) {
					return mention{}, false
				}
			}
			if sex := sexes[m.entity]; sex != "" && sex != pronoun {
				continue
			}
			if !d.oblique(m) {
				return linked(ti, ti+1, graph.Person, "pronoun", m.entity)
			}
			if fallback < 0 {
				fallback = m.entity
			}
		}
		if fallback >= 0 {
			return linked(ti, ti+1, graph.Person, "pronoun", fallback)
		}
	case "his":
		// "OpenAI rejected his offer": a possessor party to a relation.
		if e := d.possessor(si, ti); e >= 0 && d.possessedRelation(si, ti) {
			return linked(ti, ti+1, graph.Person, "pronoun", e)
		}
	case "we", "i":
		// "'We will sue Apple,' Microsoft said": the speaker of the
		// quotation, an organisation or a country for "we", a person for
		// "I".
		if e := d.quoteSpeaker(si, ti); e >= 0 {
			typ := d.entities[e].typ
			if (typ == graph.Person) == (strings.ToLower(d.sents[si].tokens[ti].text) == "i") {
				return linked(ti, ti+1, typ, "pronoun", e)
			}
		}
	case "it":
		for _, typ := range []graph.Type{graph.Org, graph.GPE} {
			if e := d.parallelObject(si, ti, typ); e >= 0 {
				return linked(ti, ti+1, typ, "pronoun", e)
			}
		}
		// Countries speak through their governments: "Russia said it
		// would sell". The place may also be where the organisation is:
		// "Rosneft, based in Moscow, said it".
		for _, typ := range []graph.Type{graph.Org, graph.GPE} {
			prev, ok := latest[typ]
			if ok && d.mentions[prev].sent == si && d.mentions[prev].first == d.addressed(si, ti) && d.mentions[prev].last == ti {
				// "Microsoft told Reuters it": the one told is not the
				// one speaking.
				prev, ok = d.namedBefore(prev, typ)
			}
			for ok && d.mentions[prev].sent == si {
				if d.itStandsFor(si, ti, d.mentions[prev]) {
					return linked(ti, ti+1, typ, "pronoun", d.mentions[prev].entity)
				}
				// "Toyota, which owns a stake in Subaru, said it": the
				// speaker is named before the aside.
				prev, ok = d.namedBefore(prev, typ)
			}
			if described != nil && described.typ == typ && d.itStandsFor(si, ti, *described) {
				// "The company said it had bought Verizon", "It said it
				// would buy Altair".
				return linked(ti, ti+1, typ, "pronoun", described.entity)
			}
		}
		if e := d.continuedSubject(si, ti, 0); e >= 0 {
			return linked(ti, ti+1, graph.Org, "pronoun", e)
		}
	case "the":
		if e, first, last, ok := d.governmentAt(si, ti, next); ok {
			return linked(first, last, graph.GPE, "description", e)
		}
		if toks := d.sents[si].tokens; ti+1 < len(toks) && governments[toks[ti+1].text] && len(governed) == 1 {
			// "the Irish government ... the government's communications
			// minister": once the article has named one country's
			// government, the bare government is that one.
			for e := range governed {
				return linked(ti+1, ti+2, graph.GPE, "description", e)
			}
		}
		first, last, typ, ok := d.descriptionAt(si, ti)
		if !ok || first == ti && d.predicateOrApposition(si, ti, next) {
			// A possessor ("Paul Tellier, the company's chief executive")
			// is another entity than the one it stands next to.
			break
		}
		// A description says less than a pronoun about where its entity
		// was named: "the club" after Manchester United and Chelsea may be
		// either, unless one of them stands out (salient).
		country := d.nationality(si, ti+1, last-1)
		// A nationality before a place in a team must be the one the
		// article gave the player: "the Welsh striker" may play for
		// Newcastle.
		team := teamRoles[d.sents[si].tokens[last-1].text]
		noun := d.sents[si].tokens[last-1].text
		fits := func(e int) bool {
			return d.entities[e].typ == typ && d.agrees(e, country) && (!team || country < 0 || d.origin(e) == country) && d.kindAgrees(e, noun)
		}
		e, excluded := d.antecedent(si, ti, last-1, fits)
		if e >= 0 {
			return linked(first, last, typ, "description", e)
		}
		if e := d.protagonist(typ); e >= 0 && !excluded[e] && d.namedWithin(e, si, ti) && d.agrees(e, country) && d.kindAgrees(e, noun) {
			return linked(first, last, typ, "description", e)
		}
		if e := d.continuedDescription(si, ti, last-1, typ); e >= 0 && d.agrees(e, country) && d.kindAgrees(e, noun) {
			return linked(first, last, typ, "description", e)
		}
		if e := d.onlyOfKind(si, ti, noun, fits, excluded); e >= 0 {
			return linked(first, last, typ, "description", e)
		}
	}
	return mention{}, false
}

// predicateOrApposition reports whether a description at token ti of
// sentence si says what something is rather than refers back: after a
// copula, or in apposition to the name before it ("Parmalat, the main
// operating company,", "Yuganskneftegas - the oil firm"), whose entity need
// not be the latest. next is the
// index of the first mention after ti.
func (d *document) predicateOrApposition(si, ti, next int) bool {
	if ti == 0 {
		return false
	}
	toks := d.sents[si].tokens
	if predicative[strings.ToLower(toks[ti-1].text)] {
		return true
	}
	if p := toks[ti-1].text; p != "," && p != "-" && p != "(" || next == 0 {
		return false
	}
	prev := d.mentions[next-1]
	return prev.sent == si && prev.last == ti-1
}

// relinkReported links "he" or "she" reported by a description of a
// person to the one the description stands for, which is known only once
// descriptions are linked: "The Manchester City manager said he had
// turned down Barcelona". It reports whether it linked any.
func (d *document) relinkReported() bool {
	relinked := false
	for _, m := range d.mentions {
		if m.via != "description" || m.typ != graph.Person || m.entity < 0 {
			continue
		}
		for _, j := range d.inSentence(m.sent) {
			p := &d.mentions[j]
			if p.via != "pronoun" || p.typ != graph.Person || p.entity == m.entity || !d.reports(m.sent, m.last, p.first) {
				continue
			}
			if w := lower(d.sents[p.sent].tokens[p.first]); w != "he" && w != "she" {
				continue
			}
			if p.entity >= 0 {
				old := d.entities[p.entity]
				old.mentions = slices.DeleteFunc(old.mentions, func(k int) bool { return k == j })
			}
			p.entity = m.entity
			d.entities[m.entity].mentions = append(d.entities[m.entity].mentions, j)
			relinked = true
		}
	}
	return relinked
}

// reports reports whether tokens from to ti of sentence si are a
// reporting word, with "that" or not: "He said (that) he".
func (d *document) reports(si, from, ti int) bool {
	toks := d.sents[si].tokens
	switch {
	case ti == from+1:
	case ti == from+2 && lower(toks[from+1]) == "that":
	default:
		return false
	}
	w := lower(toks[from])
	return w != "that" && reporting[w]
}

// reporting words introduce a clause whose subject "it" is likely the
// organisation that speaks: "Microsoft said it would buy Sybari".
var reporting = map[string]bool{
	"said": true, "says": true, "that": true, "added": true, "adds": true, "announced": true,
	"announces": true, "confirmed": true, "confirms": true, "insisted": true, "insists": true,
	"stated": true, "states": true, "warned": true, "warns": true, "claimed": true,
	"claims": true, "hopes": true, "hoped": true, "believes": true, "believed": true,
	"expects": true, "expected": true, "admitted": true, "admits": true, "revealed": true,
	"reveals": true, "argued": true, "argues": true, "denied": true, "denies": true,
	"rejected": true, "rejects": true, "disputed": true, "disputes": true, "told": true,
	"tells": true, "reported": true, "reports": true, "explained": true, "explains": true,
	"noted": true, "notes": true, "acknowledged": true, "acknowledges": true,
	"conceded": true, "concedes": true, "maintained": true, "maintains": true,
	"disclosed": true, "discloses": true, "stressed": true, "stresses": true,
	"promised": true, "promises": true, "pledged": true, "pledges": true,
	"dismissed": true, "dismisses": true, "refuted": true, "refutes": true,
}

// quoteSpeaker returns the entity that speaks the quotation holding token
// ti of sentence si, named next to a verb of saying after it ("'...,'
// Microsoft said", "'...,' said Microsoft") or before it ("Microsoft
// said: '...'"); -1 if there is none.
func (d *document) quoteSpeaker(si, ti int) int {
	toks := d.sents[si].tokens
	open, closing, before := -1, -1, 0
	for k, t := range toks {
		switch {
		case t.text != "\"":
		case k < ti:
			open = k
			before++
		case closing < 0:
			closing = k
		}
	}
	if before%2 == 0 {
		// Not inside a quotation.
		return -1
	}
	saying := func(k int) bool {
		return k >= 0 && k < len(toks) && lower(toks[k]) != "that" && reporting[lower(toks[k])]
	}
	named := func(at func(m mention) bool) int {
		for _, mi := range d.inSentence(si) {
			if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && at(m) {
				return m.entity
			}
		}
		return -1
	}
	if closing > 0 {
		k := closing + 1
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && saying(k) {
			return named(func(m mention) bool { return m.first == k+1 })
		}
		if e := named(func(m mention) bool { return m.first == k && m.last < len(toks) && saying(m.last) }); e >= 0 {
			return e
		}
		// "'...,' Siemens chief executive Roland Busch said": the one
		// whose title comes first speaks.
		if e := named(func(m mention) bool {
			return m.first > k && m.last < len(toks) && saying(m.last) && d.titledFrom(si, k, m.first)
		}); e >= 0 {
			return e
		}
	}
	k := open - 1
	if k >= 0 && (toks[k].text == ":" || toks[k].text == ",") {
		k--
	}
	if k >= 0 && saying(k) {
		return named(func(m mention) bool { return m.last == k })
	}
	return -1
}

// itStandsFor reports whether "it" at token ti of sentence si stands for
// the organisation that mention p names or describes: only when it opens
// the words of that organisation, as their subject ("Shanda said that it may buy").
// Elsewhere "it" stands for a thing or for nothing ("made it clear", "it
// is unfair") too often to be read.
func (d *document) itStandsFor(si, ti int, p mention) bool {
	s := &d.sents[si]
	if ti == 0 || p.sent != si {
		return false
	}
	at := d.addressed(si, ti)
	if before := s.tokens[at-1].text; !reporting[strings.ToLower(before)] && !calendarWords[before] && !timeNouns[before] && before != "yesterday" && before != "today" {
		// "said on Tuesday it", "said last week it".
		return false
	}
	parseSentence(d.parser, s)
	// The organisation must be the subject of the verb of saying: past a
	// ticker or an acronym ("Renault <RENA.PA> said"), an aside between
	// commas ("Allegheny, based in Pittsburgh, said"), auxiliaries and
	// adverbs ("has also announced"); then anything but another verb may
	// come before "it" ("said in a statement on Monday that it").
	k := p.last
	for bracket, aside := false, false; k < at; k++ {
		w := strings.ToLower(s.tokens[k].text)
		if w == "<" || w == "(" || w == ">" || w == ")" {
			bracket = w == "<" || w == "("
			continue
		}
		if ticker(w) {
			// "Chrysler Corp <C> said", the ticker one token.
			continue
		}
		if w == "," {
			aside = !aside
			continue
		}
		if aside {
			continue
		}
		if w == "'s" && k == p.last {
			// "Tim Cook, Apple's chief executive, said it": the
			// organisation speaks through the one who holds a role in it.
			j := k + 1
			for j < ti && isRoleWord(s.tokens[j].text) {
				j++
			}
			if j > k+1 && j < ti && s.tokens[j].text == "," {
				k = j
				continue
			}
		}
		if !bracket && !auxiliaries[w] && !strings.HasPrefix(s.tokens[k].tag, "RB") {
			break
		}
	}
	if k == at || !reporting[strings.ToLower(s.tokens[k].text)] || !isVerb(s.tokens[k].tag) {
		// "Qwest chairman Richard Notebaert sent a letter to MCI's board
		// saying that it": the speaker is someone else.
		return false
	}
	for k++; k < at-1; k++ {
		if isVerb(s.tokens[k].tag) || d.nameAt(si, k) {
			// "announced debts, but Wardle confirmed it": another speaker.
			return false
		}
	}
	return d.verbAfter(si, ti)
}

// namedBefore returns the latest mention of a name of type typ before
// mention mi in its sentence.
func (d *document) namedBefore(mi int, typ graph.Type) (int, bool) {
	m := d.mentions[mi]
	latest := -1
	for _, k := range d.inSentence(m.sent) {
		if o := d.mentions[k]; o.via == "name" && o.typ == typ && o.entity >= 0 && o.last <= m.first {
			latest = k
		}
	}
	return latest, latest >= 0
}

// addressed returns where the words of "it" at token ti of sentence si
// start: at the name of the one told, when one stands between a verb of
// telling and "it" ("Microsoft told Reuters it would buy Nokia"), else
// at ti.
func (d *document) addressed(si, ti int) int {
	toks := d.sents[si].tokens
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.last != ti || m.via != "name" || m.first < 1 {
			continue
		}
		if w := strings.ToLower(toks[m.first-1].text); w == "told" || w == "tells" {
			return m.first
		}
	}
	return ti
}

// verbAfter reports whether a verb of its own follows "it" at token ti of
// sentence si, past modals and adverbs; after "is" or "has" only a
// participle ("it is unfair" says what something is like).
func (d *document) verbAfter(si, ti int) bool {
	toks := d.sents[si].tokens
	auxiliary := false
	for k := ti + 1; k < len(toks); k++ {
		t := toks[k]
		w := strings.ToLower(t.text)
		switch {
		case t.tag == "MD" || strings.HasPrefix(t.tag, "RB"):
		case w == "and" && !auxiliary:
			// "Renault said it and Chrysler have signed".
			return d.nameAt(si, k+1)
		case beForms[w] || w == "has" || w == "had" || w == "have":
			auxiliary = true
		case w == "in" && auxiliary && k+1 < len(toks) && relationNouns[strings.ToLower(toks[k+1].text)] != "":
			// "said it was in talks with Verizon".
			return true
		case w == "no" && auxiliary && !beForms[strings.ToLower(toks[k-1].text)]:
			// "said it had no plans to sell".
			return true
		default:
			return isVerb(t.tag) && auxiliary == (t.tag == "VBN" || t.tag == "VBG")
		}
	}
	return false
}

// nameAt reports whether a named mention starts at token ti of sentence si.
func (d *document) nameAt(si, ti int) bool {
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.first == ti && m.via == "name" && m.entity >= 0 {
			return true
		}
	}
	return false
}

// governments are the nouns by which a country acts.
var governments = map[string]bool{"government": true, "administration": true, "authorities": true}

// governmentAt reads "the Indian government", "the US administration" at
// token ti of sentence si, where mention next is the first after ti, and
// returns the country it stands for and the tokens its mention spans. The
// mention leaves out "the", as a name's would. A bare "the government" is
// left alone: in news from Britain it is mostly Britain's, named nowhere
// near it.
func (d *document) governmentAt(si, ti, next int) (int, int, int, bool) {
	toks := d.sents[si].tokens
	if next >= len(d.mentions) || ti+2 >= len(toks) || !governments[toks[ti+2].text] {
		return 0, 0, 0, false
	}
	m := d.mentions[next]
	if m.sent != si || m.first != ti+1 || m.last != ti+2 || m.entity < 0 || d.entities[m.entity].typ != graph.GPE {
		return 0, 0, 0, false
	}
	return m.entity, ti + 1, ti + 3, true
}

// isAge reports whether word gives someone's age: "48-year-old".
func isAge(word string) bool {
	n, ok := strings.CutSuffix(word, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// courtesySex gives the pronoun for people a courtesy title names.
var courtesySex = map[string]string{
	"Mr": "he", "Mr.": "he", "Sir": "he", "Lord": "he", "Baron": "he",
	"Mrs": "she", "Mrs.": "she", "Ms": "she", "Ms.": "she", "Miss": "she", "Lady": "she",
	"Dame": "she", "Baroness": "she",
}

// courtesySexes returns, by entity, the pronoun its courtesy titles call
// for ("Mr Blair", "Mrs Thatcher"), where the article gives one and only
// one. It is read once, when the names have found their entities.
func (d *document) courtesySexes() map[int]string {
	if d.sexes != nil {
		return d.sexes
	}
	sexes := map[int]string{}
	d.sexes = sexes
	mixed := map[int]bool{}
	for _, m := range d.mentions {
		if m.via != "name" || m.entity < 0 || d.entities[m.entity].typ != graph.Person {
			continue
		}
		toks := d.sents[m.sent].tokens
		sex := courtesySex[toks[m.first].text]
		if sex == "" && m.first > 0 {
			sex = courtesySex[toks[m.first-1].text]
		}
		switch {
		case sex == "":
		case sexes[m.entity] == "" || sexes[m.entity] == sex:
			sexes[m.entity] = sex
		default:
			mixed[m.entity] = true
		}
	}
	for e := range mixed {
		delete(sexes, e)
	}
	return sexes
}

// prepositions that put a name out of the running as a subject.
var prepositions = map[string]bool{
	"of": true, "with": true, "by": true, "to": true, "for": true, "from": true, "at": true,
	"on": true, "in": true, "against": true, "about": true, "between": true, "among": true,
	"like": true, "than": true, "including": true,
}

// oblique reports whether a name is a possessor ("Hoon's seat") or the
// object of a preposition, past the words that describe it ("with rapper
// Ja Rule").
func (d *document) oblique(m mention) bool {
	toks := d.sents[m.sent].tokens
	if m.last < len(toks) && (toks[m.last].text == "'s" || toks[m.last].text == "'") {
		return true
	}
	k := m.first - 1
	for k >= 0 && startsLower(toks[k].text) && (articles[toks[k].text] || isRoleWord(toks[k].text) || personNoun(toks[k].text)) {
		k--
	}
	if k >= 0 && toks[k].text == "by" && d.passiveBefore(m.sent, k) {
		// The agent of a passive does what its subject would: "is being
		// turned into a musical by producer Jon Thoday. He is working".
		return false
	}
	return k >= 0 && prepositions[strings.ToLower(toks[k].text)]
}

// passiveBefore reports whether a passive verb, a participle after a form
// of "be", comes before token k of sentence si.
func (d *document) passiveBefore(si, k int) bool {
	toks := d.sents[si].tokens
	be := false
	for _, t := range toks[:k] {
		be = be || beForms[strings.ToLower(t.text)]
	}
	if !be {
		return false
	}
	parseSentence(d.parser, &d.sents[si])
	for i := k - 1; i > 0; i-- {
		if toks[i].tag != "VBN" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if beForms[strings.ToLower(toks[j].text)] {
				return true
			}
		}
	}
	return false
}
