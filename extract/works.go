package extract

import "strings"

// workNouns name films, programmes, records and books. A name right after
// one is a work ("biopic Kinsey", "hit film Amelie", "thriller The
// Woodsman"), which kg does not relate: a work is neither a person, an
// organisation nor a place, however the tagger labelled it.
var workNouns = wordSet("work_nouns")

// workModifiers may stand between a work noun and the name: "the
// forthcoming thriller The Woodsman", "his new album Vertigo".
var workModifiers = wordSet("work_modifiers")

// markWorks finds the mentions that name a work: those after a work noun
// and those a film's credits follow ("Closer, starring Jude Law", "House
// of Flying Daggers, directed by Yimou Zhang"); and then every mention of
// the same name in the article.
func (d *document) markWorks() {
	d.work = make([]bool, len(d.mentions))
	names := map[string]bool{}
	for _, m := range d.mentions {
		if m.via == "name" && d.cuedWork(m) {
			names[strings.ToLower(m.text)] = true
		}
	}
	if len(names) == 0 {
		return
	}
	for mi, m := range d.mentions {
		d.work[mi] = m.via == "name" && names[strings.ToLower(m.text)]
	}
}

// cuedWork reports whether the words around a mention make it a work.
func (d *document) cuedWork(m mention) bool {
	toks := d.sents[m.sent].tokens
	i := m.first - 1
	for i >= 0 && workModifiers[strings.ToLower(toks[i].text)] {
		i--
	}
	if i >= 0 && workNouns[strings.ToLower(toks[i].text)] {
		// Some of the nouns are verbs too: "will play Fulham", "to film
		// Eucalyptus". Only a tagged noun counts for those.
		w := strings.ToLower(toks[i].text)
		if !verbalWorkNouns[w] || strings.HasPrefix(toks[i].tag, "NN") {
			return true
		}
	}
	j := m.last
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j < len(toks) && strings.ToLower(toks[j].text) == "starring" {
		// "director Spike Lee, starring in seven Lee films": the name is
		// the one who stars.
		return j+1 >= len(toks) || strings.ToLower(toks[j+1].text) != "in"
	}
	return j+1 < len(toks) && strings.ToLower(toks[j].text) == "directed" && strings.ToLower(toks[j+1].text) == "by"
}

// verbalWorkNouns are work nouns that are also verbs.
var verbalWorkNouns = map[string]bool{
	"film": true, "films": true, "play": true, "show": true, "track": true, "remake": true,
	"programme": true, "western": true, "epic": true,
}

// onlyWork reports whether every name of an entity names a work: "the
// play The Vagina Monologues" names neither a person, an organisation nor
// a place.
func (d *document) onlyWork(e *entity) bool {
	for _, mi := range e.mentions {
		if d.mentions[mi].via == "name" && (mi >= len(d.work) || !d.work[mi]) {
			return false
		}
	}
	return true
}
