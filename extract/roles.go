package extract

import (
	"strings"

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
	"treasurer": true, "member": true, "deputy": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "player": true, "star": true, "singer": true,
	"chairperson": true, "president-elect": true, "dictator": true, "monarch": true,
	"ruler": true, "strongman": true, "mep": true, "msp": true, "congressman": true,
	"congresswoman": true, "governor-general": true, "attorney": true, "prosecutor": true,
	"judge": true, "spokesmen": true, "supremo": true, "founders": true, "investor": true,
	"shareholder": true, "regulator": true, "administrator": true, "researcher": true,
	"scientist": true, "professor": true, "architect": true, "designer": true, "host": true,
	"counterpart": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "widow": true,
	"arm": true, "subsidiary": true, "unit": true, "division": true, "affiliate": true,
	"journalist": true, "reporter": true, "critic": true, "columnist": true, "ally": true,
	"aide": true, "candidate": true, "nominee": true, "successor": true,
	"predecessor": true, "colleague": true, "associate": true, "peer": true, "rival": true,
}

// organisationRoles are roles an organisation holds in another.
var organisationRoles = map[string]bool{
	"arm": true, "subsidiary": true, "unit": true, "division": true, "affiliate": true,
	"member": true, "shareholder": true, "owner": true, "partner": true, "ally": true,
	"investor": true, "regulator": true,
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

// rolePhrase reads a role at tokens [from, ...): modifiers ending in a
// head noun ("foreign minister", "news correspondent"). It returns the
// role's name ("foreign_minister") and the index after it, or false.
func (v *sentenceView) rolePhrase(from int) (string, int, bool) {
	var words []string
	end, named := -1, 0
	for i := from; i < len(v.toks) && i-from < 5 && v.at[i] < 0; i++ {
		t := v.toks[i]
		w := lower(t)
		if !roleHeads[w] && !roleModifiers[w] && !(t.tag == "NN" && startsLower(t.text) && i+1 < len(v.toks) && roleHeads[lower(v.toks[i+1])]) {
			break
		}
		if !untitled[w] {
			words = append(words, w)
		}
		if roleHeads[w] {
			end, named = i+1, len(words)
		}
	}
	if end < 0 || named == 0 {
		return "", 0, false
	}
	return strings.Join(words[:named], "_"), end, true
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

// isPerson reports whether a group names people.
func (v *sentenceView) isPerson(gi int) bool {
	return v.d.mentions[v.groups[gi].mentions[0]].typ == graph.Person
}

// isPlaceOrOrg reports whether a group can be where a role is held.
func (v *sentenceView) isPlaceOrOrg(gi int) bool {
	t := v.d.mentions[v.groups[gi].mentions[0]].typ
	return t == graph.Org || t == graph.GPE || t == graph.Loc
}

// roles finds role relations from titles and appositions:
//
//	Russian President Vladimir Putin        (org-or-place, role, person)
//	Yukos's chief executive, Steven Theede  (possessive)
//	Gordon Brown, the chancellor of X,      (apposition)
//	chairman of Yukos Mikhail Khodorkovsky  (role of org, person)
func (v *sentenceView) roles() []relation {
	var out []relation
	role := func(person, org group, name string) {
		for _, p := range person.mentions {
			for _, o := range org.mentions {
				out = append(out, relation{subject: v.entity(p), object: v.entity(o), predicate: name + "_of", kind: graph.Role, sent: v.index})
			}
		}
	}
	for gi, g := range v.groups {
		if !v.isPlaceOrOrg(gi) {
			continue
		}
		// Org ['s] role [,] Person
		i := g.last
		if g.possessive {
			i++
		}
		if name, end, ok := v.rolePhrase(i); ok {
			if end < len(v.toks) && v.toks[end].text == "," {
				end++
			}
			if end < len(v.toks) && v.at[end] >= 0 && v.groups[v.at[end]].first == end && v.at[end] != gi && v.canHold(v.at[end], name) {
				role(v.groups[v.at[end]], g, name)
			}
		}
		// role of Org [,] Person
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
				if next < len(v.toks) && v.at[next] >= 0 && v.groups[v.at[next]].first == next && v.at[next] != gi && v.canHold(v.at[next], name) {
					role(v.groups[v.at[next]], g, name)
				}
			}
		}
	}
	// Holder, [the|its|his] [Org's] role [and role] [of|at Org],
	for gi, g := range v.groups {
		if g.last >= len(v.toks) || v.toks[g.last].text != "," || v.demonym(g) {
			continue
		}
		i := g.last + 1
		if i < len(v.toks) && (v.toks[i].tag == "DT" || v.toks[i].tag == "PRP$") {
			i++
		}
		org := -1
		if i < len(v.toks) && v.at[i] >= 0 && v.isPlaceOrOrg(v.at[i]) {
			org = v.at[i]
			i = v.groups[org].last
			if v.groups[org].possessive {
				i++
			}
		}
		var names []string
		for {
			for i < len(v.toks) && (strings.HasPrefix(v.toks[i].tag, "JJ") || v.toks[i].tag == "CD") && v.at[i] < 0 && !isRoleWord(v.toks[i].text) {
				i++
			}
			name, end, ok := v.rolePhrase(i)
			if !ok {
				break
			}
			names = append(names, name)
			i = end
			if i+1 < len(v.toks) && lower(v.toks[i]) == "and" {
				i++
				continue
			}
			break
		}
		if len(names) == 0 {
			continue
		}
		if org < 0 && i+1 < len(v.toks) {
			switch lower(v.toks[i]) {
			case "of", "at", "for", "in", "to":
				if gj := v.at[i+1]; gj >= 0 && v.groups[gj].first == i+1 && (v.isPlaceOrOrg(gj) || v.isPerson(gj)) {
					org = gj
				}
			}
		}
		if org < 0 || org == gi {
			continue
		}
		for _, name := range names {
			if v.canHold(gi, name) {
				role(g, v.groups[org], name)
			}
		}
	}
	return out
}
