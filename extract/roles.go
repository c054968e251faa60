package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// roleHeads are nouns that name a position someone holds in an
// organisation or a country.
var roleHeads = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "leader": true,
	"chief": true, "boss": true, "head": true, "chairman": true, "chairwoman": true, "chair": true,
	"executive": true, "ceo": true, "director": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "envoy": true, "ambassador": true, "king": true, "queen": true,
	"prince": true, "princess": true, "governor": true, "mayor": true, "founder": true,
	"co-founder": true, "manager": true, "coach": true, "captain": true, "mp": true,
	"senator": true, "general": true, "commander": true, "editor": true, "economist": true,
	"analyst": true, "correspondent": true, "owner": true, "adviser": true, "advisor": true,
	"counsel": true, "lawyer": true, "official": true, "officer": true, "premier": true,
	"emir": true, "sheikh": true, "pope": true, "archbishop": true, "bishop": true,
	"patriarch": true, "partner": true, "producer": true, "presenter": true, "commissioner": true,
	"representative": true, "negotiator": true, "secretary-general": true, "vice-president": true,
	"treasurer": true, "member": true, "director-general": true, "deputy": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "player": true, "star": true, "singer": true,
	"chairperson": true, "president-elect": true, "dictator": true, "monarch": true,
	"ruler": true, "strongman": true, "mep": true, "msp": true, "congressman": true,
	"congresswoman": true, "governor-general": true, "attorney": true, "prosecutor": true,
	"judge": true, "supremo": true, "investor": true,
	"shareholder": true, "regulator": true, "administrator": true, "researcher": true,
	"scientist": true, "professor": true, "architect": true, "designer": true, "host": true,
	"counterpart": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "widow": true,
	"arm": true, "parent": true, "subsidiary": true, "unit": true, "division": true, "affiliate": true,
	"journalist": true, "reporter": true, "critic": true, "columnist": true, "ally": true,
	"aide": true, "candidate": true, "nominee": true, "successor": true,
	"predecessor": true, "colleague": true, "associate": true, "peer": true, "rival": true,
	"publicist": true, "agent": true, "historian": true, "protege": true, "label": true,
}

// organisationRoles are roles an organisation holds in another.
var organisationRoles = map[string]bool{
	"arm": true, "subsidiary": true, "unit": true, "division": true, "affiliate": true,
	"member": true, "shareholder": true, "owner": true, "partner": true, "ally": true,
	"investor": true, "regulator": true, "counsel": true, "adviser": true, "advisor": true,
	"sponsor": true, "supplier": true, "lender": true, "broker": true, "agent": true,
	"auditor": true, "consultant": true, "backer": true, "distributor": true, "publisher": true,
	"parent": true, "rival": true, "label": true,
}

// roleModifiers may stand before a role's head: "foreign minister",
// "chief executive", "shadow chancellor".
var roleModifiers = map[string]bool{
	"foreign": true, "prime": true, "home": true, "defence": true, "defense": true,
	"finance": true, "trade": true, "health": true, "education": true, "culture": true,
	"interior": true, "justice": true, "energy": true, "environment": true, "transport": true,
	"economy": true, "industry": true, "culture,": true, "special": true, "chief": true,
	"executive": true, "managing": true, "deputy": true, "vice": true, "shadow": true,
	"acting": true, "interim": true, "general": true, "senior": true, "junior": true,
	"co": true, "joint": true, "non-executive": true, "financial": true, "operating": true,
	"technology": true, "creative": true, "artistic": true, "music": true, "film": true,
	"europe": true, "european": true, "state": true, "cabinet": true, "treasury": true,
	"party": true, "opposition": true, "majority": true, "minority": true, "team": true,
	"national": true, "former": true, "new": true, "outgoing": true, "incoming": true,
	"current": true, "then": true, "first": true, "lead": true, "attorney": true,
	"secretary": true, "labour": true, "sports": true, "arts": true, "media": true,
	"communications": true, "political": true, "legal": true, "security": true,
	"intelligence": true, "northern": true, "ireland": true, "business": true,
}

// untitled modifiers are dropped from a role's name: a former president
// still held the role.
var untitled = map[string]bool{"former": true, "new": true, "outgoing": true, "incoming": true, "current": true, "then": true, "acting": true, "interim": true}

func isRoleWord(word string) bool {
	w := strings.ToLower(word)
	return roleHeads[w] || roleModifiers[w] && w != "new" && w != "first" && w != "national"
}

// roleHead reports whether w is a role's head noun, and returns its
// singular. After "one of" only a plural is a head, and names the role of
// one holder: "founders" and "spokesmen" the same as "founder" and
// "spokesman" ("one of Scotland's premier whisky firms" has none).
// Elsewhere only a singular is ("British stars Joss Stone and Franz
// Ferdinand" are not the United Kingdom's).
func roleHead(w string, plural bool) (string, bool) {
	switch {
	case !plural:
		return w, roleHeads[w]
	case strings.HasSuffix(w, "men") && roleHeads[w[:len(w)-2]+"an"]:
		return w[:len(w)-2] + "an", true
	case strings.HasSuffix(w, "s") && roleHeads[w[:len(w)-1]]:
		return w[:len(w)-1], true
	}
	return w, false
}

// rolePhrase reads a role at tokens [from, ...): modifiers ending in a
// head noun ("foreign minister", "news correspondent"). It returns the
// role's name ("foreign_minister") and the index after it, or false.
func (v *sentenceView) rolePhrase(from int) (string, int, bool) {
	return v.roleNoun(from, false)
}

// roleNoun reads a role as rolePhrase does, its head plural when plural
// is set.
func (v *sentenceView) roleNoun(from int, plural bool) (string, int, bool) {
	var words []string
	end, named := -1, 0
	for i := from; i < len(v.toks) && i-from < 5 && v.at[i] < 0; i++ {
		t := v.toks[i]
		w, head := roleHead(lower(t), plural)
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

// canHold reports whether group gi can hold the role named: a person any
// role, an organisation or a place the roles of organisationRoles.
func (v *sentenceView) canHold(gi int, role string) bool {
	if v.isPerson(gi) {
		return true
	}
	words := strings.Split(role, "_")
	return organisationRoles[words[len(words)-1]] && v.isPlaceOrOrg(gi)
}

// professions are trades rather than posts.
var professions = map[string]bool{
	"star": true, "singer": true, "actor": true, "actress": true, "editor": true,
	"economist": true, "analyst": true, "lawyer": true, "architect": true, "designer": true,
	"critic": true, "nominee": true, "host": true, "journalist": true, "reporter": true,
	"columnist": true, "producer": true, "presenter": true, "investor": true,
	"researcher": true, "scientist": true, "professor": true, "rival": true, "partner": true,
	"owner": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "widow": true,
	"colleague": true, "historian": true, "publicist": true, "founder": true,
}

// isPerson reports whether a group names people.
func (v *sentenceView) isPerson(gi int) bool {
	return v.d.mentions[v.groups[gi].mentions[0]].typ == graph.Person
}

// isPlaceOrOrg reports whether a group can be where a role is held.
func (v *sentenceView) isPlaceOrOrg(gi int) bool {
	t := v.d.mentions[v.groups[gi].mentions[0]].typ
	return t == graph.Org || t == graph.GPE || t == graph.Loc
}

// roleRelations returns the role relations of sentence si.
func (d *document) roleRelations(si int) []relation {
	v := d.view(si)
	if len(v.groups) == 0 {
		return nil
	}
	return v.roles()
}

// roles finds role relations from titles, appositions and copulas:
//
//	Russian President Vladimir Putin        (org-or-place, role, person)
//	May's chairman and chief executive Gene Kahn (possessive, two roles)
//	Gordon Brown, the chancellor of X,      (apposition)
//	chairman of Yukos Mikhail Khodorkovsky  (role of org, person)
//	Cyprus is an EU member                  (copula)
//	Labour's Mr Livingstone                 (member of an organisation)
func (v *sentenceView) roles() []relation {
	var out []relation
	role := func(holder, org group, names []string) {
		for _, name := range names {
			for _, p := range holder.mentions {
				for _, o := range org.mentions {
					out = append(out, relation{subject: v.entity(p), object: v.entity(o), predicate: name + "_of", kind: graph.Role, sent: v.index})
				}
			}
		}
	}
	holds := func(gi int, names []string) []string {
		var kept []string
		for _, n := range names {
			if v.canHold(gi, n) {
				kept = append(kept, n)
			}
		}
		return kept
	}
	for gi, g := range v.groups {
		if !v.isPlaceOrOrg(gi) && !(v.isPerson(gi) && g.possessive) {
			continue
		}
		// Org ['s] role [and role] [,] Holder; Person's personal role Holder
		i := g.last
		if g.possessive {
			i++
		}
		if name, ok := v.describedRole(i); ok && v.demonym(g) {
			// "the British prime minister was": the role is the mention of
			// the person who holds it.
			role(v.groups[v.at[i]], g, posts([]string{name}))
			continue
		}
		// Not "Sheffield Wednesday manager Paul Sturrock": see nameGoesOn.
		if names, end := v.roleNouns(i, g.possessive && v.oneOf(g.first)); len(names) > 0 && !v.nameGoesOn(gi) {
			// "Spain's director general for Europe, Jose Maria Pons": a
			// qualifier between the role and an apposition; "South Africa's
			// ambassador to Canada, Johannes de Klerk" holds it in both.
			to := -1
			if end+1 < len(v.toks) && g.possessive && roleQualifiers[lower(v.toks[end])] {
				if q := v.holderAt(end + 1); q >= 0 && q != gi && v.isPlaceOrOrg(q) && v.groups[q].last < len(v.toks) && v.toks[v.groups[q].last].text == "," {
					if lower(v.toks[end]) == "to" {
						to = q
					}
					end = v.groups[q].last
				}
			}
			if end < len(v.toks) && v.toks[end].text == "," {
				end++
			}
			if holder := v.holderAt(end); holder >= 0 && holder != gi {
				// A title names one holder, and is held in the organisation
				// next to it: "Lloyd's Bank Plc chairman Sir Jeremy Morse, and
				// Brian Pomeroy", "British Home Stores Plc, Lloyd's Bank Plc
				// chairman".
				first, org := v.groups[holder], g
				first.mentions, org.mentions = first.mentions[:1], org.mentions[len(org.mentions)-1:]
				if to >= 0 && v.isPerson(holder) {
					role(first, v.groups[to], names)
				}
				if v.isPlace(gi) && !g.possessive {
					// "its UK chief executive": the place says which branch of a
					// company, not where the role is held; "Britain's Europe
					// Director" works for the country.
					names = politicalRoles(names)
					if v.knownPlace(gi) {
						names = posts(names)
					}
				}
				if v.isPerson(gi) {
					// "Kidman's publicist Wendy Day".
					names = personalRoles(names)
				}
				if !g.possessive {
					names = ownRoles(names)
				}
				role(first, org, holds(holder, names))
				// "BBC chairman Gavyn Davies, director-general Greg Dyke and
				// reporter Andrew Gilligan": each takes the organisation.
				for next := v.groups[holder].last; next < len(v.toks) && !v.isPlace(gi); {
					for next < len(v.toks) && (v.toks[next].text == "," || lower(v.toks[next]) == "and") {
						next++
					}
					more, after := v.roleList(next)
					// "Labour leader Tony Blair and Conservative leader Michael
					// Howard": a capital names another organisation.
					if len(more) == 0 || !startsLower(v.toks[next].text) || v.holderAt(after) < 0 || !v.isPerson(v.holderAt(after)) {
						break
					}
					holder = v.holderAt(after)
					role(v.groups[holder], org, more)
					next = v.groups[holder].last
				}
			}
		} else if h := v.holderAt(i); g.possessive && h >= 0 && v.isPerson(h) && v.d.mentions[g.mentions[0]].typ == graph.Org && v.personNamed(h) {
			// "Labour's Mr Livingstone": a member of the organisation.
			role(v.groups[h], g, []string{"member"})
		}
		// role of Org [,] Holder
		if g.first >= 2 && lower(v.toks[g.first-1]) == "of" {
			start := g.first - 2
			for start > 0 && (roleHeads[lower(v.toks[start-1])] || roleModifiers[lower(v.toks[start-1])]) {
				start--
			}
			if name, end, ok := v.rolePhrase(start); ok && end == g.first-1 {
				next := g.last
				if next < len(v.toks) && v.toks[next].text == "," {
					next++
				}
				if next < len(v.toks) && v.at[next] >= 0 && v.groups[v.at[next]].first == next && v.at[next] != gi {
					role(v.groups[v.at[next]], g, holds(v.at[next], []string{name}))
				}
			}
		}
	}
	for gi, g := range v.groups {
		if v.demonym(g) || g.possessive || g.last >= len(v.toks) {
			continue
		}
		i := g.last
		if i+1 < len(v.toks) && companyNouns[v.toks[i].text] && v.toks[i+1].text == "," && !v.isPerson(gi) {
			// "the Menatep group, the parent company of Yukos".
			i++
		}
		switch {
		case v.toks[i].text == ",":
			// Holder, [who is] [a|the|its] [senior] [Org['s]] role [and role] [of|at Org],
			// An apposition describes the last of a list: "Mr Evans and Sandy
			// Climan, Mr Mann's former deputy,".
			g.mentions = g.mentions[len(g.mentions)-1:]
			i++
			if i+1 < len(v.toks) && (lower(v.toks[i]) == "who" || lower(v.toks[i]) == "which") && copulas[lower(v.toks[i+1])] {
				i += 2
				i = v.skipActingAs(i)
			}
		case copulas[lower(v.toks[v.skipAuxiliaries(i)])]:
			// Holder [will|has [nominally]] is|became|serve [a|the] [Org['s]] role [of Org]
			i = v.skipAuxiliaries(i) + 1
			if i < len(v.toks) && copulas[lower(v.toks[i])] {
				// "has been named", "was appointed".
				i++
			}
			if i < len(v.toks) && lower(v.toks[i]) == "to" && i+1 < len(v.toks) && copulas[lower(v.toks[i+1])] {
				i += 2
			}
			i = v.skipActingAs(i)
			if i < len(v.toks) && lower(v.toks[i]) == "as" {
				i++
			}
		case v.leftAs(v.skipAuxiliaries(i)) > 0:
			// Holder [has] resigned|quit|stepped down as [Org['s]] role [of Org]
			i = v.leftAs(v.skipAuxiliaries(i))
		default:
			continue
		}
		for more := 0; more < 2; more++ {
			org, names, end := v.roleOf(i)
			if org < 0 || org == gi || v.holderAt(end) >= 0 && v.isPerson(v.holderAt(end)) {
				// Not "Subir Raha, Gazprom chairman Aleksey Miller": there the
				// role introduces the next person.
				break
			}
			role(g, v.groups[org], holds(gi, names))
			if v.isPlace(org) && end+1 < len(v.toks) && lower(v.toks[end]) == "to" {
				// "Afghanistan's envoy to the United Nations": held in both.
				if to := v.described(end + 1); to >= 0 && to != gi && to != org && v.isPlaceOrOrg(to) {
					role(g, v.groups[to], holds(gi, names))
				}
			}
			// A second role of the same holder: "a senior KGB officer who
			// became a secret agent for the British", "former Labour
			// minister and now a European Commissioner".
			if last := v.groups[org].last; last > end {
				end = last
			}
			i = v.secondRole(end)
			if i < 0 {
				break
			}
		}
	}
	return append(out, v.possessed()...)
}

// possessed finds the roles and the parts of an entity named before that
// a possessive pronoun gives:
//
//	Vodafone has drafted in its UK chief executive William Morrow
//	Carlos Ghosn, its highly successful boss,
//	Citigroup has sold its Travelers Life & Annuity insurance arm
//	Simon Fuller has sold his 19 Entertainment company
func (v *sentenceView) possessed() []relation {
	var out []relation
	for i, t := range v.toks {
		if _, ok := possessives[lower(t)]; !ok || t.tag != "PRP$" || v.at[i] >= 0 {
			continue
		}
		j := i + 1
		for j < len(v.toks) && strings.HasPrefix(v.toks[j].tag, "RB") && !negations[lower(v.toks[j])] {
			// "its highly successful boss".
			j++
		}
		if j >= len(v.toks) {
			continue
		}
		if names, end := v.roleNouns(j, false); len(names) > 0 {
			// A title names the one holder after it; an apposition describes
			// the last name before it.
			holder, closed := -1, v.closes(end)
			if end < len(v.toks) && v.toks[end].text == "," {
				end++
			}
			if h := v.holderAt(end); h >= 0 {
				holder = v.groups[h].mentions[0]
			} else if i >= 2 && v.toks[i-1].text == "," && v.at[i-2] >= 0 && v.groups[v.at[i-2]].last == i-1 && closed {
				g := v.groups[v.at[i-2]]
				holder = g.mentions[len(g.mentions)-1]
			}
			if holder < 0 || v.d.mentions[holder].via != "name" {
				// "to gain access to her son, he says".
				continue
			}
			owner := v.d.possessor(v.index, i)
			if owner < 0 || owner == v.entity(holder) {
				continue
			}
			hg := v.at[v.d.mentions[holder].first]
			if v.d.entities[owner].typ == graph.Person {
				names = personalRoles(names)
			}
			for _, name := range names {
				// A counterpart holds the same post elsewhere: no tie between
				// the two is stated.
				if !strings.HasSuffix(name, "counterpart") && v.canHold(hg, name) {
					out = append(out, relation{subject: v.entity(holder), object: owner, predicate: name + "_of", kind: graph.Role, sent: v.index})
				}
			}
			continue
		}
		// "its Travelers Life & Annuity insurance arm", "his 19
		// Entertainment company": a part or a business named, then its kind.
		gi := v.at[j]
		if gi < 0 || v.groups[gi].first != j || len(v.groups[gi].mentions) != 1 || v.d.mentions[v.groups[gi].mentions[0]].typ != graph.Org {
			continue
		}
		k := v.groups[gi].last
		for k < len(v.toks) && k < v.groups[gi].last+2 && v.at[k] < 0 && (v.toks[k].tag == "NN" || v.toks[k].tag == "NNS") && !subsidiaryNouns[lower(v.toks[k])] && !ownedNouns[lower(v.toks[k])] {
			k++
		}
		if k >= len(v.toks) || k+1 < len(v.toks) && strings.HasPrefix(v.toks[k+1].tag, "NN") {
			continue
		}
		part := v.entity(v.groups[gi].mentions[0])
		switch owner, w := v.d.possessor(v.index, i), lower(v.toks[k]); {
		case owner < 0 || owner == part:
		case subsidiaryNouns[w] && v.d.entities[owner].typ == graph.Org:
			out = append(out, relation{subject: part, object: owner, predicate: w + "_of", kind: graph.Role, sent: v.index})
		case ownedNouns[w] && v.d.entities[owner].typ == graph.Person:
			out = append(out, relation{subject: owner, object: part, predicate: "own", kind: graph.Event, sent: v.index})
		}
	}
	return out
}

// describedRole reads the role that a description of its holder at token
// i gives, "the prime minister", and returns its name.
func (v *sentenceView) describedRole(i int) (string, bool) {
	h := v.holderAt(i)
	if h < 0 || v.groups[h].first != i || len(v.groups[h].mentions) != 1 {
		return "", false
	}
	m := v.d.mentions[v.groups[h].mentions[0]]
	if m.via != "description" || m.typ != graph.Person {
		return "", false
	}
	var words []string
	for k := m.first; k < m.last; k++ {
		w := lower(v.toks[k])
		if !roleHeads[w] && !roleModifiers[w] {
			return "", false
		}
		if !untitled[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return "", false
	}
	return strings.Join(words, "_"), true
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

// modifiersOnly reports whether group gi is a name made of role modifiers
// alone, the tagger's reading of "Argentine Treasury Secretary".
func (v *sentenceView) modifiersOnly(gi int) bool {
	g := v.groups[gi]
	for k := g.first; k < g.last; k++ {
		if !roleModifiers[lower(v.toks[k])] {
			return false
		}
	}
	return len(g.mentions) == 1
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

// oneOf reports whether "one of" comes just before token i: "one of
// UKIP's two London Assembly members, Damien Hockney".
func (v *sentenceView) oneOf(i int) bool {
	return i >= 2 && lower(v.toks[i-2]) == "one" && lower(v.toks[i-1]) == "of"
}

// roleQualifiers introduce what a role covers or where it is sent.
var roleQualifiers = map[string]bool{"for": true, "to": true, "in": true}

// secondRole returns where a second role of an apposition's holder starts
// after token i ("who became", "and now"), or -1.
func (v *sentenceView) secondRole(i int) int {
	if i+1 >= len(v.toks) {
		return -1
	}
	switch lower(v.toks[i]) {
	case "who":
		if j := v.skipAuxiliaries(i + 1); copulas[lower(v.toks[j])] {
			return j + 1
		}
	case "and":
		j := i + 1
		for j < len(v.toks) && strings.HasPrefix(v.toks[j].tag, "RB") && !negations[lower(v.toks[j])] {
			j++
		}
		if j < len(v.toks) && (v.toks[j].tag == "DT" || lower(v.toks[j]) == "one") {
			return j
		}
	}
	return -1
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

// skipAuxiliaries passes over modals, forms of "have" and adverbs other
// than negations at i: "will nominally serve as", "has been".
func (v *sentenceView) skipAuxiliaries(i int) int {
	for ; i+1 < len(v.toks); i++ {
		w := lower(v.toks[i])
		if negations[w] || !(v.toks[i].tag == "MD" || strings.HasPrefix(v.toks[i].tag, "RB") || w == "has" || w == "have" || w == "had") {
			break
		}
	}
	return i
}

// skipActingAs passes over "acting as", "serving as", "working as" at i:
// "which is acting as legal counsel for Power Page".
func (v *sentenceView) skipActingAs(i int) int {
	if i+1 < len(v.toks) && lower(v.toks[i+1]) == "as" {
		switch lower(v.toks[i]) {
		case "acting", "serving", "working":
			return i + 2
		}
	}
	return i
}

// leavings are the verbs by which a holder leaves a role: "resigned as
// home secretary", "quit as Ajax boss", "stepped down as chairman".
var leavings = map[string]bool{
	"resign": true, "resigns": true, "resigned": true, "resigning": true,
	"quit": true, "quits": true, "quitting": true,
}

// leftAs returns the token after "as" when a verb of leaving a role and
// "as" start at i, or -1.
func (v *sentenceView) leftAs(i int) int {
	w := lower(v.toks[i])
	if (w == "stepped" || w == "steps" || w == "stepping" || w == "step") && i+1 < len(v.toks) && lower(v.toks[i+1]) == "down" {
		i++
	} else if !leavings[w] {
		return -1
	}
	if i+2 < len(v.toks) && lower(v.toks[i+1]) == "as" {
		return i + 2
	}
	return -1
}

// copulas link a holder to a role: "is chairman", "became president".
var copulas = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "become": true, "became": true,
	"becomes": true, "remains": true, "remained": true, "named": true, "appointed": true,
	"elected": true, "serves": true, "served": true, "serve": true, "'s": true, "been": true,
}

// roleOf reads "[one of] [a|the|its] [adjectives] [Org['s]] role [and role] [of|at|for Org]"
// at i: the organisation or place, the roles, and the token after the
// roles.
func (v *sentenceView) roleOf(i int) (int, []string, int) {
	one := i+1 < len(v.toks) && lower(v.toks[i]) == "one" && lower(v.toks[i+1]) == "of"
	if one {
		// "one of the founders of Menatep".
		i += 2
	}
	if i < len(v.toks) && (v.toks[i].tag == "DT" || v.toks[i].tag == "PRP$") {
		i++
	}
	for i < len(v.toks) && strings.HasPrefix(v.toks[i].tag, "JJ") && v.at[i] < 0 && !isRoleWord(v.toks[i].text) {
		i++
	}
	j := i
	for j < len(v.toks) && v.at[j] < 0 && (strings.HasPrefix(v.toks[j].tag, "JJ") || untitled[lower(v.toks[j])]) {
		j++
	}
	if h := v.holderAt(j); j > i && h >= 0 && v.isPlaceOrOrg(h) {
		// "a senior KGB officer": the adjectives qualify the role, the
		// organisation stands between them and it.
		i = j
	}
	org := -1
	if h := v.holderAt(i); h >= 0 && (v.isPlaceOrOrg(h) || v.isPerson(h) && v.groups[h].possessive) {
		org = h
		i = v.groups[org].last
		if v.groups[org].possessive {
			i++
		} else if v.nameGoesOn(org) {
			// "UKIP Scotland chairman".
			return -1, nil, i
		}
	}
	names, end := v.roleNouns(i, one)
	if org >= 0 && v.isPerson(org) {
		names = personalRoles(names)
	}
	if len(names) == 0 {
		return -1, nil, i
	}
	if end+1 < len(v.toks) && companyNouns[v.toks[end].text] {
		// "a subsidiary company of Deutsche Telekom".
		end++
	}
	end = v.skipTopic(end)
	if (org < 0 || v.isPlace(org)) && end+1 < len(v.toks) {
		switch lower(v.toks[end]) {
		case "of", "at", "for", "in", "to":
			// "chief US economist at Capital Economics": the place says
			// what the role covers, the organisation where it is held.
			gj := v.described(end + 1)
			if gj < 0 {
				// "an adviser on climate change to President Bush".
				if p := v.titled(end + 1); p >= 0 && v.isPerson(p) {
					gj = p
				}
			}
			if gj >= 0 && (v.isPlaceOrOrg(gj) || v.isPerson(gj)) && (org < 0 || !v.isPlace(gj) && lower(v.toks[end]) != "to") {
				org = gj
			}
		}
	}
	if org >= 0 && v.knownPlace(org) && !v.groups[org].possessive {
		names = posts(names)
		if len(names) == 0 {
			return -1, nil, end
		}
	}
	return org, names, end
}

// knownPlace reports whether group gi is a place the gazetteer knows or a
// nationality: the tagger's other places are often bands, shows or firms
// ("Westlife star Brian McFadden").
func (v *sentenceView) knownPlace(gi int) bool {
	m := v.d.mentions[v.groups[gi].mentions[0]]
	return v.isPlace(gi) && (m.canonical != "" || m.via == "demonym")
}

// skipTopic passes over what a role is about at i, when a preposition
// naming where it is held follows: "an adviser on climate change to".
func (v *sentenceView) skipTopic(i int) int {
	if i >= len(v.toks) || lower(v.toks[i]) != "on" {
		return i
	}
	for j := i + 1; j < len(v.toks) && j-i <= 4 && v.at[j] < 0; j++ {
		switch w := lower(v.toks[j]); {
		case w == "to" || w == "for" || w == "at" || w == "of":
			if j > i+1 {
				return j
			}
			return i
		case !strings.HasPrefix(v.toks[j].tag, "NN") && !strings.HasPrefix(v.toks[j].tag, "JJ") || !startsLower(v.toks[j].text):
			return i
		}
	}
	return i
}

// described returns the group that a short description introduces at
// token i ("giant chip maker Texas Instruments", "US firm Open Source
// Development Labs", "the BBC"), or -1.
func (v *sentenceView) described(i int) int {
	for steps := 0; i < len(v.toks) && steps < 6; steps++ {
		t := v.toks[i]
		gi := v.at[i]
		if gi >= 0 && v.groups[gi].first == i && v.groups[gi].possessive {
			// "the founder of India's Percept Films", "adviser to IMF's
			// managing director, Rodrigo Rato": what a place or a person has,
			// when named ("director of Intel's photonics lab" is Intel's,
			// "director of the IMF's European Department" the IMF's).
			if p := v.titled(v.groups[gi].last + 1); p >= 0 && v.isPerson(p) {
				return p
			}
			if d := v.described(v.groups[gi].last + 1); d >= 0 && (v.isPlace(gi) || v.isPerson(gi)) {
				return d
			}
		}
		switch {
		case gi >= 0 && v.groups[gi].first == i && !v.isPlace(gi) && !v.demonym(v.groups[gi]):
			if next := v.groups[gi].last; len(v.groups[gi].mentions) == 1 && next < len(v.toks) && startsLower(v.toks[next].text) && roleHeads[v.toks[next].text] {
				// "a friend of the Tory leader": the role is the leader's.
				return -1
			}
			return gi
		case gi >= 0 && v.groups[gi].first == i:
			// A place or a nationality describing what follows: "US firm".
			next := v.groups[gi].last
			if next >= len(v.toks) || v.at[next] >= 0 || !strings.HasPrefix(v.toks[next].tag, "NN") && !strings.HasPrefix(v.toks[next].tag, "JJ") {
				return gi
			}
			i = next
		case t.tag == "DT" || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") && startsLower(t.text):
			i++
		case gi < 0 && t.tag == "NNP" && i+1 < len(v.toks) && v.at[i+1] < 0 && startsLower(v.toks[i+1].text) && strings.HasPrefix(v.toks[i+1].tag, "NN"):
			// An adjective the tagger took for a name: "Jewish human rights
			// group the Simon Wiesenthal Center".
			i++
		default:
			return -1
		}
	}
	return -1
}

// corporateRoles are held in companies; held "in" a place they name a
// branch of one.
var corporateRoles = map[string]bool{
	"chairman": true, "chairwoman": true, "executive": true, "ceo": true, "boss": true,
	"director": true, "manager": true, "officer": true, "owner": true, "founder": true,
	"shareholder": true, "investor": true, "analyst": true, "economist": true,
	"subsidiary": true, "arm": true, "unit": true, "division": true, "affiliate": true,
	"label": true,
}

// rolesOfPeople are held in the service of, or in a tie to, a person.
var rolesOfPeople = map[string]bool{
	"publicist": true, "wife": true, "husband": true, "adviser": true, "advisor": true,
	"spokesman": true, "spokeswoman": true, "lawyer": true, "agent": true, "deputy": true,
	"ally": true, "associate": true, "aide": true, "counterpart": true, "son": true,
	"daughter": true, "father": true, "mother": true, "brother": true, "sister": true,
	"widow": true, "successor": true, "predecessor": true, "rival": true, "partner": true,
	"manager": true, "colleague": true, "friend": true, "protege": true, "label": true,
}

// personalRoles keeps the roles that a person can be the other side of.
func personalRoles(names []string) []string {
	var out []string
	for _, n := range names {
		words := strings.Split(n, "_")
		if rolesOfPeople[words[len(words)-1]] {
			out = append(out, n)
		}
	}
	return out
}

// selfNouns name, after an organisation, the organisation itself rather
// than a role in it: "the RCA record label, Kasabian" is RCA's label, but
// "Eminem's label Shady Records" is another's.
var selfNouns = map[string]bool{"label": true}

// ownRoles drops the roles that name the organisation before them.
func ownRoles(names []string) []string { return withoutHeads(names, selfNouns) }

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

// roleList reads roles joined by "and" at i, each after optional
// adjectives: "chairman and chief executive", "main production arm".
func (v *sentenceView) roleList(i int) ([]string, int) {
	return v.roleNouns(i, false)
}

// roleNouns reads roles as roleList does, their heads plural when plural
// is set.
func (v *sentenceView) roleNouns(i int, plural bool) ([]string, int) {
	var names []string
	for {
		j := i
		for j < len(v.toks) && (strings.HasPrefix(v.toks[j].tag, "JJ") || v.toks[j].tag == "CD" || ticker(v.toks[j].text)) && v.at[j] < 0 && !isRoleWord(v.toks[j].text) {
			j++
		}
		if p := v.holderAt(j); p >= 0 && (v.isPlace(p) || v.modifiersOnly(p)) {
			if _, _, ok := v.roleNoun(v.groups[p].last, plural); ok {
				// "Britain's Europe Director Dominick Chilcott": the place
				// says what the role covers.
				j = v.groups[p].last
			}
		}
		name, end, ok := v.roleNoun(j, plural)
		if !ok {
			return names, i
		}
		names = append(names, name)
		i = end
		if i+1 < len(v.toks) && lower(v.toks[i]) == "and" {
			if _, _, more := v.roleNoun(i+1, plural); more {
				i++
				continue
			}
		}
		return names, i
	}
}
