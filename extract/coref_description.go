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
