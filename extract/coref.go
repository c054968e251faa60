package extract

import (
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
	if head := words[len(words)-1]; head != name {
		holders[head] = append(holders[head], h)
	}
}

// linkDescriptions links descriptions by role, "the chancellor", "the
// prime minister", to the person the article gave that role last before
// them, and reports whether it linked any.
func (d *document) linkDescriptions(rels []relation) bool {
	holders := map[string][]holding{}
	for _, r := range rels {
		if r.kind == graph.Role && d.entities[r.subject].typ == graph.Person {
			addTitle(holders, strings.Split(strings.TrimSuffix(r.predicate, "_of"), "_"), r.subject, r.sent)
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
	if len(holders) == 0 {
		return false
	}
	covered := map[[2]int]bool{}
	for _, m := range d.mentions {
		for k := m.first; k < m.last; k++ {
			covered[[2]int{m.sent, k}] = true
		}
	}
	linked := false
	for si, s := range d.sents {
		for ti := 0; ti+1 < len(s.tokens); ti++ {
			if s.headline || !strings.EqualFold(s.tokens[ti].text, "the") || covered[[2]int{si, ti + 1}] {
				continue
			}
			end := ti + 1
			for end < len(s.tokens) && end-ti <= 3 && startsLower(s.tokens[end].text) && (roleHeads[s.tokens[end].text] || roleModifiers[s.tokens[end].text]) {
				end++
			}
			if end > ti+1 {
				tagSentence(d.prose, d.text, &d.sents[si])
			}
			if end == ti+1 || !roleHeads[s.tokens[end-1].text] || end < len(s.tokens) && (s.tokens[end].text == "of" || strings.HasPrefix(s.tokens[end].tag, "NN")) {
				// Not a role, or a role of something named next: "the chairman
				// of Yukos" is read as a role itself.
				continue
			}
			var words []string
			for k := ti + 1; k < end; k++ {
				words = append(words, s.tokens[k].text)
			}
			candidates := holders[strings.Join(words, "_")]
			if len(candidates) == 0 {
				candidates = holders[words[len(words)-1]]
			}
			holder := -1
			for _, h := range candidates {
				if h.sent <= si {
					holder = h.entity
				}
			}
			if holder < 0 {
				continue
			}
			m := d.newMention(si, ti, end)
			m.typ, m.via, m.entity = graph.Person, "description", holder
			d.mentions = append(d.mentions, m)
			d.entities[holder].mentions = append(d.entities[holder].mentions, len(d.mentions)-1)
			linked = true
			ti = end - 1
		}
	}
	return linked
}

// pronounTypes maps the pronouns kg resolves to the type of entity they
// stand for.
var pronounTypes = map[string]graph.Type{"he": graph.Person, "she": graph.Person}

// descriptionAt reads a description at token ti, "the": "the firm", "the
// Japanese carmaker", "the country". It returns how many tokens it spans
// and the type of entity it stands for.
func descriptionAt(s sentence, ti int) (int, graph.Type, bool) {
	end := ti + 1
	if end < len(s.tokens) {
		if _, ok := gazetteer.Demonym(s.tokens[end].text); ok {
			end++
		}
	}
	if end >= len(s.tokens) || end+1 < len(s.tokens) && s.tokens[end+1].text == "'s" {
		// "the firm's chairman" is described by the chairman.
		return 0, "", false
	}
	switch noun := s.tokens[end].text; {
	case companyNouns[noun]:
		return end + 1 - ti, graph.Org, true
	case noun == "country" || noun == "nation":
		return end + 1 - ti, graph.GPE, true
	}
	return 0, "", false
}

// pronounWindow is how many sentences back a pronoun may find its entity.
const pronounWindow = 3

// linkPronouns links "he", "she", "the company" and the like to the
// latest entity of their type named shortly before, when there is one.
func (d *document) linkPronouns() {
	var added []mention
	latest := map[graph.Type]int{} // type -> mention index of its latest name
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
			words := 1
			phrase := strings.ToLower(s.tokens[ti].text)
			typ, ok := pronounTypes[phrase]
			if phrase == "the" {
				words, typ, ok = descriptionAt(s, ti)
			}
			if !ok {
				continue
			}
			prev, ok := latest[typ]
			if !ok || si-d.mentions[prev].sent > pronounWindow {
				continue
			}
			m := d.newMention(si, ti, ti+words)
			m.typ, m.via, m.entity = typ, "pronoun", d.mentions[prev].entity
			if words > 1 {
				m.via = "description"
			}
			added = append(added, m)
		}
	}
	for _, m := range added {
		d.mentions = append(d.mentions, m)
		e := d.entities[m.entity]
		e.mentions = append(e.mentions, len(d.mentions)-1)
	}
}
