package extract

import "github.com/kg-project/kg/graph"

// descriptionHeads are the nouns besides the company nouns by which a
// description stands for an entity of a kind, and the type of entity each
// stands for: "the Oscar-winning actress", "the country"
// (lexicon/description_heads.txt).
var descriptionHeads = headTypes("description_heads")

// headTypes returns list name, whose values are entity types, as a map
// from each noun to its type.
func headTypes(name string) map[string]graph.Type {
	out := map[string]graph.Type{}
	for noun, typ := range wordMap(name) {
		out[noun] = graph.Type(typ)
	}
	return out
}

// personNoun reports whether noun names what a person is known as,
// rather than a post held somewhere: "actress", "rapper".
func personNoun(noun string) bool { return descriptionHeads[noun] == graph.Person }

// Salience: a name in the description's own sentence, before it, counts
// 1, one a sentence before half as much, and so on back through the
// pronoun window; a name that is the subject of its sentence's main verb
// counts subjectWeight times as much. A description stands for the most
// salient entity of its type only when that one is clearMargin times as
// salient as the next.
const (
	subjectWeight = 2
	clearMargin   = 3
)

// salient returns the entity of type typ that a description at token ti
// of sentence si, its head at token head, stands for: the clearly most
// salient one named shortly before, among those that agree with the
// nationality the description gives, country (agrees); or -1.
func (d *document) salient(si, ti, head int, typ graph.Type, country int) int {
	score := map[int]float64{}
	weight := 1.0
	for s := si; s >= 0 && s >= si-pronounWindow; s-- {
		if s < si && d.sents[s].headline {
			break
		}
		for _, mi := range d.inSentence(s) {
			m := d.mentions[mi]
			if m.via != "name" || m.entity < 0 || d.entities[m.entity].typ != typ || s == si && m.last > ti {
				continue
			}
			if s == si && d.coArgument(si, m, head) {
				// "DaimlerChrysler had been willing to buy the firm": not
				// itself.
				continue
			}
			if !d.agrees(m.entity, country) {
				continue
			}
			w := weight
			if d.subjectAt(m) {
				w *= subjectWeight
			}
			score[m.entity] += w
		}
		weight /= 2
	}
	best, second := -1, 0.0
	for e, v := range score {
		switch {
		case best < 0 || v > score[best] || v == score[best] && e < best:
			if best >= 0 {
				second = max(second, score[best])
			}
			best = e
		default:
			second = max(second, v)
		}
	}
	if best < 0 || second*clearMargin > score[best] {
		return -1
	}
	return best
}

// coArgument reports whether named mention m depends on the same word
// as the token head of its sentence si, or on the verb that word
// completes or modifies: the subject of the verb whose object is a description
// headed there ("Vodafone bought the company", "Vodafone agreed to buy
// the company").
func (d *document) coArgument(si int, m mention, head int) bool {
	s := &d.sents[si]
	parseSentence(d.parser, s)
	verbs := map[int]bool{}
	for h := s.words[head].Head; h > 0; h = s.words[h-1].Head {
		verbs[h] = true
		if r := s.words[h-1].Deprel; r != "xcomp" && r != "advcl" {
			break
		}
	}
	for k := m.first; k < m.last; k++ {
		if verbs[s.words[k].Head] {
			return true
		}
	}
	return false
}

// subjectAt reports whether named mention m is the subject of its
// sentence's main verb, or one of the subjects: "Sony and Toshiba
// unveiled".
func (d *document) subjectAt(m mention) bool {
	s := &d.sents[m.sent]
	parseSentence(d.parser, s)
	for k := m.first; k < m.last; k++ {
		if w := s.words[k]; mainSubject(s, k) || w.Deprel == "conj" && w.Head > 0 && mainSubject(s, w.Head-1) {
			return true
		}
	}
	return false
}

// nationality returns the country that a demonym or a country's name
// among tokens first to last of sentence si gives ("the Japanese
// carmaker", "the US network"), or -1.
func (d *document) nationality(si, first, last int) int {
	for k := first; k < last; k++ {
		for _, mi := range d.inSentence(si) {
			if m := d.mentions[mi]; m.first == k && m.entity >= 0 && d.entities[m.entity].typ == graph.GPE {
				return m.entity
			}
		}
	}
	return -1
}

// agrees reports whether entity e may be of country, which a description
// gives (-1 for none): "the French carmaker" is not one the article calls
// Japanese.
func (d *document) agrees(e, country int) bool {
	if country < 0 {
		return true
	}
	from := d.origin(e)
	return from < 0 || from == country
}

// origin returns the country the article gives entity e by a demonym or
// a country's name before a noun that introduces it ("Japanese carmaker
// Nissan", "US network ABC"), or -1.
func (d *document) origin(e int) int {
	for _, mi := range d.entities[e].mentions {
		m := d.mentions[mi]
		if m.via != "name" {
			continue
		}
		toks := d.sents[m.sent].tokens
		k := m.first - 1
		for k >= 0 && m.first-k <= maxModifiers && startsLower(toks[k].text) && describes(toks[k].text) {
			k--
		}
		if k < 0 || k == m.first-1 {
			continue
		}
		if c := d.nationality(m.sent, k, k+1); c >= 0 {
			return c
		}
	}
	return -1
}
