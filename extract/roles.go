package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// roleHeads are nouns that name a position someone holds in an
// organisation or a country.
var roleHeads = wordSet("role_nouns")

// organisationRoles are roles an organisation holds in another.
var organisationRoles = wordSet("organisation_roles")

// roleModifiers may stand before a role's head: "foreign minister",
// "chief executive", "shadow chancellor".
var roleModifiers = wordSet("role_modifiers")

// untitled modifiers are dropped from a role's name: a former president
// still held the role.
var untitled = wordSet("untitled_modifiers")

func isRoleWord(word string) bool {
	w := strings.ToLower(word)
	_, head := roleHead(w, false)
	return head || roleModifiers[w] && w != "new" && w != "first" && w != "national"
}

// roleHead reports whether w is a role's head noun, and returns its
// singular. After "one of" only a plural is a head, and names the role of
// one holder: "founders" and "spokesmen" the same as "founder" and
// "spokesman" ("one of Scotland's premier whisky firms" has none).
// Elsewhere only a singular is ("British stars Joss Stone and Franz
// Ferdinand" are not the United Kingdom's).
func roleHead(w string, plural bool) (string, bool) {
	if rest, ok := strings.CutPrefix(w, "co-"); ok && !roleHeads[w] {
		// "co-chairman", "co-chairmen": the role shared.
		if one, head := roleHead(rest, plural); head {
			return "co-" + one, true
		}
	}
	switch {
	case !plural:
		return w, roleHeads[w]
	case strings.HasSuffix(w, "men") && roleHeads[w[:len(w)-2]+"an"]:
		return w[:len(w)-2] + "an", true
	case strings.HasSuffix(w, "ies") && roleHeads[w[:len(w)-3]+"y"]:
		// "allies", "deputies".
		return w[:len(w)-3] + "y", true
	case strings.HasSuffix(w, "s") && roleHeads[w[:len(w)-1]]:
		return w[:len(w)-1], true
	}
	return w, false
}

// roleNoun reads a role as rolePhrase does, its head plural when plural
// is set.
func (v *sentenceView) roleNoun(from int, plural bool) (string, int, bool) {
	var words []string
	end, named := -1, 0
	for i := from; i < len(v.toks) && i-from < 5 && v.at[i] < 0; i++ {
		t := v.toks[i]
		if i == from && (t.text == "Co" || t.text == "Co.") {
			// "Pennzoil Co chairman": the company's legal form, which the
			// name left out, not "co-".
			continue
		}
		w, head := roleHead(lower(t), plural)
		if w == "past" && i+2 < len(v.toks) && lower(v.toks[i+1]) == "and" && lower(v.toks[i+2]) == "present" {
			// "past and present footballers" are footballers.
			i += 2
			continue
		}
		if w == "and" && i > from && roleModifiers[lower(v.toks[i-1])] && i+1 < len(v.toks) && roleModifiers[lower(v.toks[i+1])] {
			// "former and current directors", "Justice and Home Affairs
			// Commissioner".
			continue
		}
		if !head && !roleModifiers[w] && !(strings.HasPrefix(t.tag, "NN") && hasLetterOrDigit(t.text) && !ticker(t.text) && i+1 < len(v.toks) && v.isRoleHead(i+1, plural)) {
			break
		}
		if !untitled[w] {
			words = append(words, w)
		}
		if head {
			end, named = i+1, len(words)
		}
	}
	if end < 0 || named == 0 {
		return "", 0, false
	}
	return strings.Join(words[:named], "_"), end, true
}

// isRoleHead reports whether token i is a role's head noun.
func (v *sentenceView) isRoleHead(i int, plural bool) bool {
	_, head := roleHead(lower(v.toks[i]), plural)
	return head
}

// professions are trades rather than posts.
var professions = wordSet("professions")

// isPerson reports whether a group names people.
func (v *sentenceView) isPerson(gi int) bool {
	return v.d.mentions[v.groups[gi].mentions[0]].typ == graph.Person
}

// closes reports whether an apposition may end at token i: "Carlos Ghosn,
// its highly successful boss, takes charge".
func (v *sentenceView) closes(i int) bool {
	if i >= len(v.toks) {
		return true
	}
	switch v.toks[i].text {
	case ",", ".", ";", ")", "-":
		return true
	}
	return false
}

// personNamed reports whether group h names a person for sure: by a full
// name, here or earlier in the article ("Bank of Montreal's Mulholland"),
// or a courtesy title, and not as a modifier. After a possessive a lone
// word or a name before a noun is more often a product or a show ("Sony's
// Qrio robots", "the BBC World Service's Go Digital programme").
func (v *sentenceView) personNamed(h int) bool {
	g := v.groups[h]
	if len(g.mentions) > 1 || v.mentionIsModifier(g) {
		return false
	}
	m := v.d.mentions[g.mentions[0]]
	return strings.Contains(v.d.entities[m.entity].name, " ") || m.first > 0 && courtesyTitles[v.toks[m.first-1].text]
}

// ticker reports whether a token is a stock symbol in angle brackets, as
// newswires put after a company's name: "Pennzoil Co <PZL> chairman".
func ticker(s string) bool {
	return len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>'
}

// nameGoesOn reports whether a capitalised word other than a role follows
// group gi, likely the rest of a name the tagger cut short ("Sheffield
// Wednesday manager", "UKIP Scotland chairman"); not after a possessive or
// a nationality ("an Austrian Green member").
func (v *sentenceView) nameGoesOn(gi int) bool {
	g := v.groups[gi]
	if g.possessive || v.demonym(g) || g.last >= len(v.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.toks[g.last].text)
	return unicode.IsUpper(r) && !isRoleWord(v.toks[g.last].text) && !ticker(v.toks[g.last].text)
}

// holderAt returns the group that starts at token i, after a courtesy
// title the tagger left out of the name ("Labour's Mr Livingstone",
// "Labour peer Baroness Kennedy"), or -1.
func (v *sentenceView) holderAt(i int) int {
	if i < len(v.toks) && v.at[i] < 0 && courtesyTitles[v.toks[i].text] {
		i++
	}
	if i < len(v.toks) && v.at[i] >= 0 && v.groups[v.at[i]].first == i {
		return v.at[i]
	}
	return -1
}

// corporateRoles are held in companies; held "in" a place they name a
// branch of one.
var corporateRoles = wordSet("corporate_roles")

// rolesOfPeople are held in the service of, or in a tie to, a person.
var rolesOfPeople = wordSet("roles_of_people")

// selfNouns name, after an organisation, the organisation itself rather
// than a role in it: "the RCA record label, Kasabian" is RCA's label, but
// "Eminem's label Shady Records" is another's.
var selfNouns = map[string]bool{"label": true}

// posts drops the roles that are trades: a place before them says where
// the holder comes from or works ("French singer Charles Aznavour",
// "Hollywood star", "US lawyer"), not whom they serve.
func posts(names []string) []string { return withoutHeads(names, professions) }

// politicalRoles keeps the roles that a place can be where they are held.
func politicalRoles(names []string) []string { return withoutHeads(names, corporateRoles) }

// withoutHeads drops the role names whose head word is one of heads.
func withoutHeads(names []string, heads map[string]bool) []string {
	var out []string
	for _, n := range names {
		words := strings.Split(n, "_")
		if !heads[words[len(words)-1]] {
			out = append(out, n)
		}
	}
	return out
}

// roleSentence is a sentence read for roles: its view, its parse, and the
// dependents of each token.
type roleSentence struct {
	*sentenceView
	parsed     *sentence
	dependents [][]int
	roles      []heldRole // the roles read so far, in sentence order
}

// heldRole is a role named in a sentence: the tokens [first, last) of its
// name, their syntactic head, the name in predicate form without "_of"
// ("chief_executive"), and who holds it where.
type heldRole struct {
	first, last, head int
	name              string
	self              int  // a description that is the holder itself ("the prime minister"), or -1
	plural            bool // a plural each of whose holders holds the role ("the co-founders of Google")
	holders           []int
	orgs              []roleOrg
}

// roleOrg is where a role is held: an entity, the mention that names it
// (-1 for a possessive pronoun's antecedent), and how it is tied to the
// role: "modifier" ("Ryanair boss", "Russian President"), "possessive"
// ("Netflix's co-founder", "its boss") or the preposition ("of", "at").
type roleOrg struct {
	entity, mention int
	tie             string
}

// roleRelations returns the role relations of sentence si, read off its
// parse: each role noun is tied to the person who holds it by one of the
// constructions (title, apposition, copula, "the role of X, Y", a
// possessive's part) and to where it is held by the names, nationalities
// and possessives that modify it and the preposition after it;
// coordinated roles share both. A sentence the parser has not read (one
// that names fewer than two entities) has none.
func (d *document) roleRelations(si int) []relation {
	s := &d.sents[si]
	if len(s.words) != len(s.tokens) {
		return nil
	}
	r := &roleSentence{sentenceView: d.view(si), parsed: s, dependents: make([][]int, len(s.tokens))}
	if len(r.groups) < 2 && !(len(r.groups) == 1 && r.possessivePronoun()) {
		// One name is held in no role but one that a possessive pronoun
		// gives: "Its chairman, Gordon Brown, said".
		return nil
	}
	for i := range s.words {
		if h := s.head(i); h >= 0 && h < len(s.tokens) {
			r.dependents[h] = append(r.dependents[h], i)
		}
	}
	r.roles = r.heldRoles()
	for i := range r.roles {
		r.roles[i].holders = r.holders(&r.roles[i])
	}
	r.dropUnheldPlurals()
	for i := range r.roles {
		r.roles[i].orgs = r.orgs(&r.roles[i])
	}
	r.shareCoordinated()
	var out []relation
	for _, p := range r.roles {
		out = append(out, r.relate(p)...)
	}
	out = append(out, r.members()...)
	return append(out, r.ownedBusinesses()...)
}

// possessivePronoun reports whether the sentence has a possessive
// pronoun: "its", "his", "her".
func (r *roleSentence) possessivePronoun() bool {
	for _, t := range r.toks {
		if _, ok := possessives[lower(t)]; ok {
			return true
		}
	}
	return false
}

// heldRoles finds the role nouns of the sentence with the modifiers that
// belong to their names, and the descriptions of people that end in a
// role ("the prime minister").
func (r *roleSentence) heldRoles() []heldRole {
	var out []heldRole
	for i := 0; i < len(r.toks); {
		if mi := r.owner[i]; mi >= 0 {
			m := r.d.mentions[mi]
			if first, name, ok := r.describedRole(mi); ok {
				out = append(out, heldRole{first: first, last: m.last, head: r.parsed.spanHead(first, m.last), name: name, self: mi})
			}
			i = max(m.last, i+1)
			continue
		}
		name, end, ok := r.roleNoun(i, r.afterOneOf(i))
		plural := false
		if !ok && !r.afterOneOf(i) {
			name, end, ok = r.roleNoun(i, true)
			plural = ok
		}
		if !ok || startsUpper(r.toks[i].text) && !isRoleWord(r.toks[i].text) {
			// Not "Sheffield Wednesday manager": a capital that is no role
			// word belongs to a name.
			i++
			continue
		}
		if end+1 < len(r.toks) && r.owner[end] < 0 && companyNouns[r.toks[end].text] {
			// "the parent company of Rosneft": the noun after the role's
			// heads the phrase.
			end++
		}
		out = append(out, heldRole{first: i, last: end, head: r.parsed.spanHead(i, end), name: name, self: -1, plural: plural})
		i = end
	}
	return out
}

// afterOneOf reports whether "one of" stands a few words before token i,
// where a plural names the role of one holder: "one of the founders of
// Menatep", "one of UKIP's two London Assembly members".
func (r *roleSentence) afterOneOf(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if lower(r.toks[k]) == "of" && lower(r.toks[k-1]) == "one" {
			return true
		}
	}
	return false
}

// describedRole reads the role that description mi of a person ends in
// ("the prime minister", "an anti-trust law professor"): where its name
// starts, and the name.
func (r *roleSentence) describedRole(mi int) (int, string, bool) {
	m := r.d.mentions[mi]
	if m.via != "description" || m.typ != graph.Person || !roleHeads[lower(r.toks[m.last-1])] {
		return 0, "", false
	}
	first := m.last - 1
	for first > m.first {
		t := r.toks[first-1]
		if w := lower(t); !roleHeads[w] && !roleModifiers[w] && !(t.tag == "NN" && startsLower(t.text) && isWord(t.text)) {
			break
		}
		first--
	}
	var words []string
	for k := first; k < m.last; k++ {
		if w := lower(r.toks[k]); !untitled[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return 0, "", false
	}
	return first, strings.Join(words, "_"), true
}

// deprel returns the dependency relation of token i, without its subtype.
func (r *roleSentence) deprel(i int) string {
	rel, _, _ := strings.Cut(r.parsed.words[i].Deprel, ":")
	return rel
}

// inside reports whether token i lies in [first, last).
func inside(i, first, last int) bool { return i >= first && i < last }

// mentionAt returns the mention that covers token i and names an entity,
// or -1.
func (r *roleSentence) mentionAt(i int) int {
	if i < 0 || i >= len(r.toks) {
		return -1
	}
	return r.owner[i]
}

// holders returns the mentions of those who hold role p, by the first
// construction that finds any.
func (r *roleSentence) holders(p *heldRole) []int {
	if p.plural {
		return r.pluralHolders(p)
	}
	for _, find := range []func(*heldRole) []int{r.appointedHolders, r.titleHolders, r.partHolders, r.appositionHolders, r.copulaHolders, r.roleOfHolders} {
		if found := find(p); len(found) > 0 {
			return found
		}
	}
	if p.self >= 0 {
		return []int{p.self}
	}
	return nil
}

// orgs returns where role p is held: names that modify it, possessors,
// and what a preposition after it names.
func (r *roleSentence) orgs(p *heldRole) []roleOrg {
	out := append(r.modifierOrgs(p), r.possessorOrgs(p)...)
	placed := false
	for _, o := range out {
		placed = placed || o.tie == "possessive" || o.tie == "modifier" && r.placeEntity(o.entity)
	}
	for _, o := range r.prepositionOrgs(p) {
		if placed && o.tie != "to" && r.placeEntity(o.entity) {
			// "Spain's director general for Europe": the place says what
			// the role covers; "Chinese Premier Wen Jiabao in Beijing":
			// where its holder is.
			continue
		}
		out = append(out, o)
	}
	if !hasOrganisation(r, out) {
		out = append(out, r.appointerOrgs(p)...)
	}
	if len(out) == 0 {
		out = r.officeOrgs(p)
	}
	return out
}

// placeEntity reports whether entity e is a place.
func (r *roleSentence) placeEntity(e int) bool {
	t := r.d.entities[e].typ
	return t == graph.GPE || t == graph.Loc
}

// relate turns role p into relations between its holders and where it is
// held, keeping the pairs the kinds of role and holder allow.
func (r *roleSentence) relate(p heldRole) []relation {
	var out []relation
	orgs := p.orgs
	if hasOrganisation(r, orgs) {
		// "chief US economist at Capital Economics": the place says what
		// the role covers, the organisation where it is held.
		var kept []roleOrg
		for _, o := range orgs {
			if !(o.tie == "modifier" && r.placeEntity(o.entity)) {
				kept = append(kept, o)
			}
		}
		orgs = kept
	}
	head := p.name[strings.LastIndex(p.name, "_")+1:]
	for _, h := range p.holders {
		holder := r.d.mentions[h]
		if holder.entity < 0 || holder.via != "name" && h != p.self && !(holder.via == "pronoun" && r.statedCopula(p.head)) {
			// A pronoun's antecedent is a guess the role would compound:
			// "he would have been a very good president of the United
			// States". A plain statement of what the one it stands for is
			// ("He is a professor at Harvard") is sure enough.
			continue
		}
		if holder.typ != graph.Person && !organisationRoles[head] {
			continue
		}
		for _, o := range orgs {
			if o.entity == holder.entity || !r.fits(head, o) {
				continue
			}
			out = append(out, relation{subject: r.entity(h), object: o.entity, predicate: p.name + "_of", kind: graph.Role, sent: r.index})
		}
	}
	return out
}

// hasOrganisation reports whether a role is held in an organisation named
// by a preposition or a possessive.
func hasOrganisation(r *roleSentence, orgs []roleOrg) bool {
	for _, o := range orgs {
		if o.tie != "modifier" && r.d.entities[o.entity].typ == graph.Org {
			return true
		}
	}
	return false
}

// fits reports whether a role whose head noun is head can be held where o
// is: a counterpart is held in a country named ("his Israeli
// counterpart"), not in a possessor's service; in a person's service only the roles of rolesOfPeople; a place
// before a role, not possessive, is where a trade is plied ("French
// singer") and a company's branch ("its UK chief executive"), not where a
// post is held; an organisation's own kind is not a role in it ("the RCA
// record label").
func (r *roleSentence) fits(head string, o roleOrg) bool {
	e := r.d.entities[o.entity]
	switch {
	case head == "counterpart" && o.mention < 0:
		// "his counterpart": the same post elsewhere, no tie to him.
		return false
	case e.typ == graph.Person:
		return rolesOfPeople[head]
	case r.placeEntity(o.entity) && o.tie == "modifier":
		if corporateRoles[head] {
			return false
		}
		if o.mention >= 0 && (r.d.mentions[o.mention].canonical != "" || r.d.mentions[o.mention].via == "demonym") {
			return !professions[head]
		}
	case o.tie == "modifier":
		return !selfNouns[head]
	}
	return true
}
