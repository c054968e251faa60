package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
)

// Office holders: the people in the highest offices the news names most
// (lexicon/office_holders.txt) hold their posts in an article that gives
// them none, so that "the Chinese leader" after "Xi Jinping will visit
// Moscow" stands for him, as "the prime minister" does after "Prime
// Minister Tony Blair". A post the article gives someone is left to the
// article: the list adds no holder beside the one it names.

// office is a post and where it is held.
type office struct {
	posts  []string // "prime minister", "leader"
	places []string // as the gazetteer names them: "United Kingdom"
}

// officeHolders maps a person's full name to the office the list gives.
var officeHolders = readOffices("office_holders")

func readOffices(name string) map[string]office {
	out := map[string]office{}
	for _, e := range readLexicon(name) {
		posts, places, ok := strings.Cut(e.value, " / ")
		if !ok {
			panic("extract: lexicon/" + name + ".txt: no place in " + e.value)
		}
		var o office
		for _, p := range strings.Split(posts, ",") {
			o.posts = append(o.posts, strings.TrimSpace(p))
		}
		for _, p := range strings.Split(places, ",") {
			o.places = append(o.places, strings.TrimSpace(p))
		}
		out[e.key] = o
	}
	return out
}

// addOffices adds to holders the posts the list gives the people the
// article names, where the article gives no one them, and to heldIn and
// placed where they are held.
func (d *document) addOffices(holders map[string][]holding, heldIn map[[2]int]bool, placed map[int]bool) {
	given := map[string]bool{}
	for post := range holders {
		given[post] = true
	}
	for e, ent := range d.entities {
		o, ok := officeHolders[ent.name]
		if !ok || ent.typ != graph.Person || len(ent.mentions) == 0 {
			continue
		}
		sent := d.mentions[ent.mentions[0]].sent
		for _, mi := range ent.mentions {
			sent = min(sent, d.mentions[mi].sent)
		}
		for _, post := range o.posts {
			words := strings.Fields(post)
			if !given[strings.Join(words, "_")] && !given[words[len(words)-1]] {
				addTitle(holders, words, e, sent)
			}
		}
		for p, place := range d.entities {
			if slices.Contains(o.places, place.name) {
				heldIn[[2]int{e, p}] = true
				placed[e] = placed[e] || place.typ == graph.GPE || place.typ == graph.Loc
			}
		}
	}
}

// officeOrgs returns where role p, a bare title with no place or
// organisation of its own ("Chancellor Olaf Scholz said the weapons could
// draw Germany into the war"), is held when the list gives its holder the
// post in a place the sentence names.
func (r *roleSentence) officeOrgs(p *heldRole) []roleOrg {
	var out []roleOrg
	post := strings.ReplaceAll(p.name, "_", " ")
	for _, h := range p.holders {
		o, ok := officeHolders[r.d.entities[r.d.mentions[h].entity].name]
		if !ok || !slices.Contains(o.posts, post) {
			continue
		}
		for _, mi := range r.d.inSentence(r.index) {
			m := r.d.mentions[mi]
			if m.entity >= 0 && m.via == "name" && slices.Contains(o.places, r.d.entities[m.entity].name) {
				out = append(out, roleOrg{entity: m.entity, mention: mi, tie: "of"})
			}
		}
	}
	return out
}
