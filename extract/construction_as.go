package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// The "as" construction: a post named with "as" is held by the verb's
// subject ("joined Yukos as chief executive", "will act as executive
// producer for Yukos", "worked as an assistant to Henry Moore"), by its
// person object ("named Ghosn as chief
// executive of Nissan", "oust Blair as Labour leader"), or by both when
// one succeeds the other ("will succeed Tony Blair as chairman of
// Yukos"). The organisation is the one the post names, or else the
// object the subject joins or the subject that appoints. The relation is
// a role, as titles give: chairman_of.
//
// Leaving a post (departure_words) leaves the organisation of the post:
// "resigned as chairman of Yukos", "Yukos chairman Gordon Brown
// resigned", "the resignation of Yukos chairman Gordon Brown".

var (
	departures       = wordMap("departure_words")
	appointmentVerbs = wordSet("appointment_verbs")
	successionVerbs  = wordSet("succession_verbs")
)

// asPost returns the post that "as" names with verb v, as a role
// predicate ("chairman_of"), and the organisations it names.
func (r *clauseReader) asPost(v int) (string, []int) {
	candidates := append([]int{}, r.children[v]...)
	for _, c := range r.children[v] {
		if r.words[c].deprel == "obj" {
			// "succeed Tony Blair as chairman" may hang the post on the
			// object.
			candidates = append(candidates, r.children[c]...)
		}
	}
	for _, n := range candidates {
		if r.preposition(n) != "as" || r.words[n].upos != "NOUN" {
			continue
		}
		if _, ok := roleHead(r.words[n].form, false); !ok {
			continue
		}
		words := []string{r.words[n].form}
		var orgs []int
		for _, c := range r.children[n] {
			switch rel := r.words[c].deprel; {
			case r.mention[c] >= 0 && (rel == "compound" || rel == "nmod:poss"):
				orgs = append(orgs, r.parties(c)...)
			case c < n && (rel == "compound" || rel == "amod") && isRoleWord(r.words[c].form):
				words = append([]string{r.words[c].form}, words...)
			case rel == "nmod":
				switch r.preposition(c) {
				case "of", "for", "at", "to":
					orgs = append(orgs, r.parties(c)...)
				}
			}
		}
		return strings.Join(words, "_") + "_of", orgs
	}
	return "", nil
}

// postRelations returns the role relations that verb v, with predicate
// p, gives through "as".
func (r *clauseReader) postRelations(v int, p string, subjects, objects []int) []relation {
	post, orgs := r.asPost(v)
	if post == "" {
		return nil
	}
	holders := subjects
	switch {
	case successionVerbs[p]:
		holders = append(append([]int{}, subjects...), objects...)
	case len(objects) > 0 && r.person(objects[0]):
		holders = objects
	}
	if len(orgs) == 0 {
		switch {
		case p == "join" || p == "rejoin":
			orgs = objects
		case appointmentVerbs[p] && len(subjects) == 1 && !r.person(subjects[0]):
			orgs = subjects
		}
	}
	return r.roles(holders, orgs, post)
}

// roles relates the people among holders to the organisations with role
// predicate post.
func (r *clauseReader) roles(holders, orgs []int, post string) []relation {
	var out []relation
	for _, h := range holders {
		if !r.person(h) {
			continue
		}
		for _, o := range orgs {
			out = append(out, relation{subject: r.d.mentions[h].entity, object: r.d.mentions[o].entity, predicate: post, kind: graph.Role, sent: r.sent})
		}
	}
	return out
}

// person reports whether mention m names a person.
func (r *clauseReader) person(m int) bool {
	return r.d.entities[r.d.mentions[m].entity].typ == graph.Person
}

// departure returns the relations of leaving verb v, with predicate p and
// no object: to the organisation of the post "as" names, else to those
// the leavers' titles in the sentence name.
func (r *clauseReader) departure(v int, p string, subjects []int, negated bool) []relation {
	post, orgs := r.asPost(v)
	if post != "" && len(orgs) > 0 {
		out := r.roles(subjects, orgs, post)
		for _, s := range subjects {
			if r.person(s) {
				out = append(out, r.relate([]int{s}, orgs, p, negated)...)
			}
		}
		return out
	}
	return r.leftPosts(subjects, p, negated)
}

// leftPosts relates the people who leave to the organisations where the
// sentence's titles give them posts.
func (r *clauseReader) leftPosts(people []int, p string, negated bool) []relation {
	var out []relation
	for _, m := range people {
		if !r.person(m) {
			continue
		}
		e := r.d.mentions[m].entity
		for _, held := range r.held {
			if held.subject == e && r.d.entities[held.object].typ == graph.Org {
				out = append(out, relation{subject: e, object: held.object, predicate: p, negated: negated, kind: graph.Event, sent: r.sent})
			}
		}
	}
	return out
}

// departureNoun returns the relations of a noun of leaving: "the
// resignation of BBC chairman Gavyn Davies".
func (r *clauseReader) departureNoun(n int) []relation {
	p := departures[r.words[n].form]
	if p == "" || r.words[n].upos != "NOUN" {
		return nil
	}
	var out []relation
	for _, c := range r.children[n] {
		if (r.base(c) == "nmod" || r.base(c) == "appos") && r.preposition(c) == "of" {
			out = append(out, r.leftPosts(r.parties(c), p, false)...)
		}
	}
	return out
}
