package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/graph"
)

// mention is a stretch of a sentence that names, or stands for, an entity.
type mention struct {
	sent       int // index of the sentence
	first      int // index of the first token in the sentence
	last       int // index one past the last token
	start, end int // byte offsets into the article text
	text       string
	typ        graph.Type
	via        string // "name", "demonym", ...
	canonical  string // the gazetteer's name, when it knows the entity
	entity     int    // index of the entity it resolves to, -1 until resolved
	cued       bool   // typed by the words around it rather than by the tagger
	surname    string // the surname a first name shares with the full name after it
}

// name is the person's or thing's name the mention gives: its text, with
// the surname it shares, if any ("Avi" and "Glazer" in "Avi and Joel
// Glazer").
func (m *mention) name() string {
	if m.surname == "" {
		return m.text
	}
	return m.text + " " + m.surname
}

// findMentions turns the tagger's labels into mentions, types them with
// the gazetteer's help, adds names the tagger missed but the gazetteer
// knows, and drops headline words the body does not back.
func (d *document) findMentions(labels [][]string) {
	var out []mention
	d.lower = lowerWords(d.sents)
	lower := d.lower
	sport, report := d.usesSportWords(1), d.aboutSport()
	for si, s := range d.sents {
		if d.signOff(si) {
			continue
		}
		from := len(out) // this sentence's mentions
		covered := make([]bool, len(s.tokens))
		var tagged []chunk
		for _, c := range demonymFirms(s.tokens, fixChunks(s.tokens, chunks(labels[si]))) {
			c = numberedStation(s.tokens, c)
			for _, piece := range splitAtWords(s.tokens, c) {
				for _, owned := range splitPossessive(s.tokens, piece) {
					for _, part := range splitChunk(s.tokens, owned) {
						part.first, part.last = trimName(s.tokens, part.first, part.last, part.label == "PER")
						if part, ok := mendFragment(s.tokens, part); ok {
							tagged = append(tagged, part)
						}
					}
				}
			}
		}
		extendPeople(s.tokens, tagged)
		tagged = bracketNames(s.tokens, joinFirms(s.tokens, mergeNames(s.tokens, tagged)))
		// Names of several words that the gazetteer knows win over the
		// tagger's spans they overlap ("Russian Federation" is not "Russian"
		// and a word), but not over a span that holds them: "Kansas City
		// Royals", or "New York" that the context shows is a team.
		for _, m := range d.gazetteerMentions(si, make([]bool, len(s.tokens)), 2) {
			inside := false
			for _, c := range tagged {
				inside = inside || c.first <= m.first && m.last <= c.last
			}
			if inside {
				continue
			}
			kept := tagged[:0]
			for _, c := range tagged {
				if c.last <= m.first || c.first >= m.last {
					kept = append(kept, c)
				}
			}
			tagged = kept
			out = append(out, m)
			for k := m.first; k < m.last; k++ {
				covered[k] = true
			}
		}
		for _, c := range tagged {
			if c.label == "ORG" && c.last < len(s.tokens) && s.tokens[c.last].text == "party" && isParty(s.tokens[c.first:c.last]) {
				// "the Labour party": the party's name, written small.
				c.last++
			}
			m := d.newMention(si, c.first, c.last)
			label := c.label
			if label == "ORG" && governed(s.tokens, c.last) {
				// "Gibraltar's Chief Minister": a place, not its team.
				label = "LOC"
			}
			if strings.ContainsAny(m.text, "$£€¥") || !typeMention(&m, label, sport || teamWordBeside(s.tokens, c.first, c.last), report, titled(s.tokens, c.first)) || m.typ == graph.Person && organisationHeads[strings.ToLower(m.text)] {
				// "US$10.6" is a sum of money, and "Trust" alone, of
				// "Daily Mail & General Trust", names no one.
				continue
			}
			out = append(out, m)
			for k := c.first; k < c.last; k++ {
				covered[k] = true
			}
		}
		out = append(out, d.gazetteerMentions(si, covered, 1)...)
		out = append(out, d.programmeMentions(si, covered)...)
		out = append(out, d.cuedMentions(si, covered, lower)...)
		out = append(out, d.shapedMentions(si, covered)...)
		out = append(out, d.conjunctMentions(si, covered, lower, out[from:])...)
		out = append(out, d.datelineMentions(si, covered)...)
	}
	d.mentions = d.supportHeadlines(d.dropEvents(d.repeatNames(saneNames(dropInitialisms(out)), lower)))
	sortMentions(d.mentions)
	for i := range d.mentions {
		if m := &d.mentions[i]; m.via == "name" && m.canonical == "" {
			if _, ok := officeHolders[m.text]; ok {
				// "Xi Jinping met Narendra Modi", the first name a tagger
				// took for a company's.
				m.typ = graph.Person
			}
		}
		d.retype(&d.mentions[i])
	}
	d.typePeopleByPronoun()
	d.typeLists()
	d.lendSurnames()
}

// minListItems is how many names a list needs before its items are read
// as being of one kind.
const minListItems = 3

// typeLists gives the odd item of a list of names the type of the others:
// "Given, Breen, Staunton, Townsend and Quinn" are all people, "Liverpool,
// Leicester, Dorset and Torbay" all places. A list is of one kind when all
// its items but one, or three in four, share a type, or when two or more
// items the gazetteer or the words around them typed share one that more
// items have than any other and no such item has another; the odd ones
// are retyped unless the gazetteer or the words around it typed it, or it
// is a person's full name ("Apple, Google and Mark Zuckerberg").
func (d *document) typeLists() {
	for i := 0; i < len(d.mentions); {
		j := i + 1
		for j < len(d.mentions) && listed(d, d.mentions[j-1], d.mentions[j]) {
			j++
		}
		if j-i >= minListItems {
			d.typeList(d.mentions[i:j])
		}
		i = j
	}
}

// typeList retypes the odd items of one list, if it has any.
func (d *document) typeList(items []mention) {
	count, sure := map[graph.Type]int{}, map[graph.Type]int{}
	for _, m := range items {
		count[m.typ]++
		if m.canonical != "" || m.cued {
			sure[m.typ]++
		}
	}
	for typ, n := range count {
		if n == len(items) || (n < len(items)-1 && 4*n < 3*len(items)) && !sureOfList(typ, count, sure) {
			continue
		}
		for k := range items {
			m := &items[k]
			if m.typ == typ || m.canonical != "" || m.cued || m.typ == graph.Person && strings.Contains(m.text, " ") {
				continue
			}
			m.typ = typ
		}
	}
}

// sureOfList reports whether a list is of type typ by the items the
// gazetteer or the words around them typed: two or more are, none is of
// another type, and typ is the type of more items than any other
// ("Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury,
// Dorset and Torbay", where the tagger made people of the last two).
func sureOfList(typ graph.Type, count, sure map[graph.Type]int) bool {
	if sure[typ] < 2 {
		return false
	}
	for t, n := range count {
		if t != typ && (sure[t] > 0 || n >= count[typ]) {
			return false
		}
	}
	return true
}

// listed reports whether mention b follows a as the next item of a list
// of names: the two are names of one sentence parted by a comma, "and",
// "or", or a comma and one of them.
func listed(d *document, a, b mention) bool {
	if a.sent != b.sent || a.via != "name" || b.via != "name" || b.first <= a.last {
		return false
	}
	between := d.sents[a.sent].tokens[a.last:b.first]
	switch len(between) {
	case 1:
		w := between[0].text
		return w == "," || w == "and" || w == "or"
	case 2:
		return between[0].text == "," && (between[1].text == "and" || between[1].text == "or")
	}
	return false
}

// A name runs to at most maxNameWords tokens and maxNameRunes characters.
// The longest names of the BBC corpus have 11 words and 70 characters
// ("Westminster Foundation for Democracy, the Football Licensing
// Authority"); a longer stretch the tagger reads as one name is a run of
// capitalised words (a table, a title in capitals) or a token with no
// space in it, and is no name.
const (
	maxNameWords = 20
	maxNameRunes = 200
)

// eventWords head the names of events (event_words.txt).
var eventWords = wordSet("event_words")

// dropEvents drops the names that are part of an event's name, a place or
// an organisation before the event's head word ("Hong Kong" of "Hong Kong
// Open") or a name the tagger read to the head word ("Norwich Union Grand
// Prix"). A person's name is kept: "Doris Day".
func (d *document) dropEvents(ms []mention) []mention {
	kept := ms[:0]
	for _, m := range ms {
		toks := d.sents[m.sent].tokens
		headed := m.canonical == "" && m.last-m.first > 1 && isEventWord(toks, m.last-1)
		if m.via != "name" || m.typ == graph.Person || !headed && !isEventWord(toks, m.last) {
			kept = append(kept, m)
		}
	}
	return kept
}

// isEventWord reports whether token i is a capitalised head word of an
// event's name, or "Grand" of "Grand Prix".
func isEventWord(toks []token, i int) bool {
	if i >= len(toks) || !startsUpper(toks[i].text) {
		return false
	}
	w := strings.ToLower(toks[i].text)
	return eventWords[w] || w == "grand" && i+1 < len(toks) && strings.EqualFold(toks[i+1].text, "prix")
}

// saneNames drops the mentions longer than a name runs.
func saneNames(ms []mention) []mention {
	kept := ms[:0]
	for _, m := range ms {
		if m.last-m.first <= maxNameWords && utf8.RuneCountInString(m.text) <= maxNameRunes {
			kept = append(kept, m)
		}
	}
	return kept
}

// companyNouns describe the organisation named next to them: "oil group
// Rosneft", "US phone firm MCI".
var companyNouns = wordSet("company_nouns")

// companyPlurals name kinds of companies before a list of their names:
// "crypto exchanges Kraken and Coinbase".
var companyPlurals = wordSet("company_plurals")

// listedCompany reports whether the name starting at token first is an
// item of a list of names right after a plural noun for a kind of
// company: "Kraken" and "Coinbase" of "crypto exchanges Kraken and
// Coinbase".
func listedCompany(toks []token, first int) bool {
	k := first - 1
	for k > 0 && (toks[k].text == "," || toks[k].text == "and" || startsUpper(toks[k].text) && isNameWord(toks[k].text)) {
		k--
	}
	return k >= 0 && startsUpper(toks[k+1].text) && companyPlurals[inRunningText(toks, k)]
}

// dualNouns describe companies and people alike: a name the tagger
// reads as a person's full name stays one.
var dualNouns = map[string]bool{"producer": true, "developer": true, "publisher": true, "distributor": true}

// companyWords follow the name of a company: "Yukos shares", "Vodafone's
// chairman".
var companyWords = map[string]bool{
	"boss": true, "bosses": true, "chairman": true, "chairwoman": true, "shares": true,
	"shareholders": true, "stake": true, "ceo": true, "subsidiary": true, "profits": true,
	"profit": true, "revenues": true, "revenue": true, "sales": true, "staff": true,
	"employees": true, "workers": true, "stock": true, "board": true, "executives": true,
	"takeover": true, "customers": true, "subscribers": true, "chief": true, "products": true,
	"brand": true, "brands": true, "unit": true, "arm": true, "division": true,
}

// companyPossessions follow the possessive of a company's name, not a
// person's or a place's: "Amperon's software", "Brex's valuation"; not
// without it, where they follow products too ("Mac OSX software").
var companyPossessions = map[string]bool{
	"software": true, "valuation": true, "headquarters": true, "investors": true,
	"workforce": true, "founders": true, "co-founder": true, "app": true, "chatbot": true,
}

// retype corrects the tagger where the words around a name show it is a
// company: organisations in business news are what a tagger trained on
// other news most often takes for people or places.
func (d *document) retype(m *mention) {
	toks := d.sents[m.sent].tokens
	if m.canonical != "" || m.via != "name" || m.typ == graph.Org || m.first > 0 && courtesyTitles[toks[m.first-1].text] {
		// "Mr Smith was sued" is a person.
		return
	}
	next := m.last
	if next < len(toks) && (toks[next].text == "'s" || toks[next].text == "'") {
		next++
	}
	switch {
	case m.first > 0 && dualNouns[toks[m.first-1].text] && m.typ == graph.Person && strings.Contains(m.text, " "):
		// "record producer Rick Rubin", "games developer Jez San".
	case m.typ == graph.Person && appointedAt(toks, m.first):
		// "Nissan named Carlos Ghosn chief executive": the post after
		// the person appointed is not a company's.
	case m.first > 0 && companyNouns[inRunningText(toks, m.first-1)], listedCompany(toks, m.first),
		m.first > 1 && partNouns[toks[m.first-2].text] && toks[m.first-1].text == "in",
		next < len(toks) && companyWords[toks[next].text],
		next > m.last && next < len(toks) && companyPossessions[toks[next].text],
		m.typ == graph.GPE && next < len(toks) && agentVerbs[toks[next].text],
		m.typ == graph.GPE && next+2 < len(toks) && toks[next].text == "," && toks[next+1].text == "which" && agentVerbs[toks[next+2].text],
		companyLead(toks, m.first, m.last-m.first), companyTrail(toks, next),
		m.typ == graph.GPE && companyApposition(toks, m.last, false),
		m.typ == graph.Person && companyApposition(toks, m.last, true),
		m.typ == graph.Person && thingRelative(toks, m.first, m.last),
		m.last-m.first == 1 && companyStatement(toks, m.last):
		// "oil group Rosneft", "a stake in Sina", "Yukos shares", "Shares
		// of Aerolux", "Quorvia founder", a place the gazetteer does not
		// know that acts, "Vodafone said", and a
		// name described as a company, "Vodafone KK, Japan's number three
		// mobile operator", or a word the tagger took for a person,
		// "Waymo, the self-driving unit of Alphabet"; a word that issues
		// statements, "Glean said in a statement".
		m.typ, m.cued = graph.Org, true
	case m.typ == graph.GPE && !known(m.text) && next+1 < len(toks) && professions[toks[next].text] && startsUpper(toks[next+1].text):
		// "Boyzone singer Ronan Keating", "Little Britain star Matt
		// Lucas": a place the gazetteer does not know before a trade and
		// its plier is a band's, a show's or a team's name.
		m.typ = graph.Org
	case m.last-m.first > 1 && ledBodies[strings.ToLower(toks[m.last-1].text)]:
		// "the Reagan Administration", which the tagger may take for
		// the man.
		m.typ = graph.Org
	case m.last-m.first == 1 && (camelCased(m.text) || domainShaped(m.text)):
		// "TikTok", "DoorDash", "Booking.com": written as a company's name
		// is.
		m.typ = graph.Org
	case m.typ == graph.GPE && m.first > 1 && toks[m.first-1].text == "'s" && knownPlace(toks[m.first-2].text) && !known(m.text) && !personShaped(toks[m.first:m.last]):
		// A country's unknown place, "Argentina's Enarsa", is more
		// likely its company; but a name shaped as a person's full name
		// ("Sweden's Carolina Kluft") is left a place, and a country's
		// person the tagger took for a place is named as a person
		// elsewhere ("Kluft", "Burma's Suu Kyi"), and the names of the
		// entity vote.
		m.typ = graph.Org
	}
}

// appointedAt reports whether the name at token i is the object of a verb
// of appointing (appointment_verbs): "named", "appointed", "elected".
func appointedAt(toks []token, i int) bool {
	return i > 0 && startsLower(toks[i-1].text) && appointmentVerbs[parse.Lemma(toks[i-1].text, "VBD")]
}

// thingRelative reports whether the name of one word of tokens first to
// last opens the sentence and is followed by a relative clause that
// takes it for no person: "Vantor, which sells software to hospitals,".
// Elsewhere the clause is as often of what comes before the name ("a
// trumpet which belonged to Dizzy Gillespie, which is expected to
// fetch").
func thingRelative(toks []token, first, last int) bool {
	return first == 0 && last == 1 && last+1 < len(toks) && toks[last].text == "," && toks[last+1].text == "which"
}

// inRunningText returns token i as written, or in lower case if it opens the
// sentence: "Bookmaker William Hill".
func inRunningText(toks []token, i int) string {
	if i == 0 {
		return strings.ToLower(toks[i].text)
	}
	return toks[i].text
}

// maxAppositionWords bounds the description read after a name.
const maxAppositionWords = 8

// companyApposition reports whether the name ending before token i is
// followed by a description of a company: a comma, "the", "a" or a
// possessive, and a company noun before the description ends; strict, as
// the description's head, which it is as it ends or goes on with "of" or
// "which" ("X, the company's chairman" describes a person), but not with
// "with", as a person's job does ("Jo Flaherty, a senior broadcaster
// with the CBS network").
func companyApposition(toks []token, i int, strict bool) bool {
	if i+2 >= len(toks) || toks[i].text != "," {
		return false
	}
	k := i + 1
	switch {
	case articles[strings.ToLower(toks[k].text)]:
	case k+1 < len(toks) && toks[k+1].text == "'s":
		k++
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+maxAppositionWords && isWord(toks[j].text); j++ {
		if w := toks[j].text; w == "which" || w == "who" || w == "that" || strict && functionWords[w] {
			// Strict, a preposition ends the head: "X, the godfather of
			// the group", "X, a spokeswoman for the bank".
			break
		}
		if companyNouns[toks[j].text] && !dualNouns[toks[j].text] {
			// Not "X, the pressure group Human Rights in China said":
			// there the company is named next; nor "Smith, the group's
			// chairman", where the company is not the head.
			return j+1 == len(toks) || !startsUpper(toks[j+1].text) && toks[j+1].text != "'s" && (!strict || headEnds[toks[j+1].text] && toks[j+1].text != "with")
		}
	}
	return false
}

// headEnds follow the head noun of a description: "Waymo, the
// self-driving unit of Alphabet,".
var headEnds = map[string]bool{
	",": true, ".": true, ";": true, ")": true, "of": true, "that": true, "which": true,
	"whose": true, "based": true, "in": true, "and": true, "with": true, "said": true,
}

// ownerWords follow the names of companies only: products have sales and
// customers ("DVD sales") but no shareholders or bosses.
var ownerWords = map[string]bool{
	"boss": true, "bosses": true, "chairman": true, "chairwoman": true, "shares": true,
	"shareholders": true, "stake": true, "subsidiary": true, "subscribers": true,
	// A band's members: "former Blur guitarist Graham Coxon".
	"guitarist": true, "drummer": true, "bassist": true, "frontman": true, "frontwoman": true,
	"keyboardist": true,
}

// phraseBefore reports whether one of phrases ends right before token i.
func phraseBefore(toks []token, i int, phrases [][]string) bool {
	for _, p := range phrases {
		if k := i - len(p); k >= 0 && wordsAt(toks, k, p) {
			return true
		}
	}
	return false
}

// phraseAfter reports whether one of phrases starts at token i.
func phraseAfter(toks []token, i int, phrases [][]string) bool {
	for _, p := range phrases {
		if i+len(p) <= len(toks) && wordsAt(toks, i, p) {
			return true
		}
	}
	return false
}

// agentVerbs are verbs of saying and of doing business: places the
// gazetteer knows may say and do things through their governments, other
// places do not ("Vodafone said", "Sony has taken the prize").
var agentVerbs = map[string]bool{"said": true, "says": true, "announced": true, "reported": true, "told": true, "added": true,
	"has": true, "had": true, "will": true, "would": true, "plans": true, "owns": true, "bought": true, "sold": true,
	"makes": true, "launched": true, "posted": true, "agreed": true}

type chunk struct {
	first, last int
	label       string
}

// chunks reads IOB2 labels as spans; a stray I- opens a span of its own.
func chunks(labels []string) []chunk {
	var out []chunk
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || l == "O" {
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		out = append(out, chunk{i, j, typ})
		i = j - 1
	}
	return out
}

// personTitles are titles only people bear: a span that starts with one
// and goes on with a name is a person ("Chancellor Olaf").
var personTitles = map[string]bool{
	"president": true, "chancellor": true, "minister": true, "senator": true, "governor": true,
	"mayor": true, "king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"judge": true, "sheikh": true, "emir": true, "archbishop": true, "ambassador": true,
	"envoy": true, "premier": true, "secretary": true, "chairman": true, "spokesman": true,
}

// fixChunks mends the tagger's commonest slips in the types of the spans
// of one sentence: an organisation named like a person or a thing
// ("General Motors", "Open Source Development Labs"), and a person named
// with a title taken for an organisation ("Chancellor Olaf").
func fixChunks(toks []token, cs []chunk) []chunk {
	var out []chunk
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		floor := 0 // where the chunk before ends
		if n := len(out); n > 0 {
			floor = out[n-1].last
		}
		if isOrganisationHead(toks[c.last-1].text) {
			// "General" "Motors": a company's head word with the name the
			// tagger left out before it.
			for c.first > floor && capitalisedWord(toks[c.first-1].text) {
				c.first--
			}
			if k := c.first - 2; k >= floor && toks[k+1].text == "and" && capitalisedWord(toks[k].text) && (k == 0 || !startsUpper(toks[k-1].text)) && !known(toks[k].text) {
				// "Oil and" "Natural Gas Corporation", "Marks and" "Spencer
				// Group": one word and the company's name.
				c.first = k
			}
		}
		if clubTails[strings.ToLower(toks[c.last-1].text)] {
			// "Shareholders" "United", "Dundee United" taken for a
			// person: a club's name, with the words the tagger left out
			// before its tail.
			for c.first > floor && capitalisedWord(toks[c.first-1].text) && !calendarWords[toks[c.first-1].text] {
				c.first--
			}
			c.label = "ORG"
		}
		if c.last-c.first > 1 && occupations[strings.ToLower(toks[c.first].text)] && startsUpper(toks[c.first+1].text) {
			// "Actress Nicole Kidman" names a person, whatever the tagger
			// made of the capitalised occupation before her name.
			c.first, c.label = c.first+1, "PER"
		}
		if c.label != "PER" && c.last-c.first > 1 && saints[toks[c.first].text] && c.last < len(toks) && toks[c.last].text == "'s" {
			// "St Fintian's", "St Paul's": a saint's school, church or
			// hospital keeps its possessive.
			c.last++
		}
		if c.label == "ORG" && pluralOwner(toks, c.first) {
			// "Critics' Circle", "Writers' Guild of America", "Women's
			// Tennis Association": the plural whose body the
			// organisation is starts its name, whether or not the tagger
			// made it a name of its own.
			if n := len(out); n > 0 && out[n-1].first == c.first-2 && out[n-1].last == c.first-1 {
				out = out[:n-1]
			}
			if n := len(out); n == 0 || out[n-1].last <= c.first-2 {
				c.first, c.label = c.first-2, "ORG"
			}
		}
		if (c.label == "LOC" || c.label == "MISC") && c.last < len(toks) && startsUpper(toks[c.last].text) && isOrganisationHead(toks[c.last].text) {
			// "London" "Assembly", "Argentine" "Parliament": a place's
			// institution, and "U.S." "Senate Finance Committee" one the
			// tagger named after the place as an organisation.
			c.last, c.label = c.last+1, "ORG"
			if i+1 < len(cs) && cs[i+1].first == c.last-1 && cs[i+1].label == "ORG" {
				c.last = cs[i+1].last
				i++
			}
		}
		first, last := toks[c.first].text, toks[c.last-1].text
		if c.label == "MISC" && headOf(toks, c.first, c.last) {
			// "British Chambers of Commerce": an organisation's head
			// word and what it is of.
			c.label = "ORG"
		}
		if c.label == "MISC" && c.last-c.first > 1 && venues[strings.ToLower(last)] {
			// "Emirates Stadium", "Heathrow Airport": a place, whatever
			// the name before its head word names.
			c.label = "LOC"
		}
		switch {
		case c.label != "PER" && c.last-c.first > 1 && courtesyTitles[first] && startsUpper(toks[c.first+1].text):
			// "Lord Butler", "Baroness Kennedy".
			c.label = "PER"
		case c.label != "ORG" && c.last-c.first > 1 && (legalForms[strings.ToLower(last)] || c.label != "LOC" && isOrganisationHead(last) || organisationHeads[strings.ToLower(last)] && !facilities[strings.ToLower(last)]):
			// "General Motors", "Open Source Development Labs", and
			// "Magna International Inc" or "Waverley Local Court" the
			// tagger took for places.
			c.label = "ORG"
		case c.label != "PER" && c.last-c.first > 1 && startsUpper(first) && personTitles[strings.ToLower(first)] && !isRoleWord(toks[c.first+1].text):
			c.label = "PER"
		case c.label == "PER" && c.last-c.first > 1 && c.first > 0 && toks[c.first-1].text == "the" && (c.last == len(toks) || !startsLower(toks[c.last].text) || functionWords[toks[c.last].text]):
			// "the Happy Mondays", "the Rolling Stones": no one's name
			// follows "the", unless it names something of theirs ("the
			// Marc Dutroux affair").
			c.label = "ORG"
		case c.label != "PER" && c.first > 0 && startsLower(toks[c.first-1].text) && roleHeads[toks[c.first-1].text] && !organisationRoles[toks[c.first-1].text] && personShaped(toks[c.first:c.last]) && !known(spanText(toks, c.first, c.last)):
			// "Real Madrid president Florentino Perez": a role held
			// names its holder next, unless organisations hold it too
			// ("rival Nissan Motor").
			c.label = "PER"
		case c.label == "LOC" && c.last-c.first > 1 && initials(first) && !known(first) && !known(spanText(toks, c.first, c.last)):
			// "CK Hutchison", "SK Hynix": initials before a name are a
			// company's, not a place's the gazetteer does not know.
			c.label = "ORG"
		}
		out = append(out, c)
	}
	return out
}

// headOf reports whether tokens first to last hold an organisation's
// head word followed by "of" and a name: "Chambers of Commerce".
func headOf(toks []token, first, last int) bool {
	for k := first; k+2 < last; k++ {
		if isOrganisationHead(toks[k].text) && startsUpper(toks[k].text) && toks[k+1].text == "of" && startsUpper(toks[k+2].text) {
			return true
		}
	}
	return false
}

// initials reports whether word is two to four capital letters: "CK".
func initials(word string) bool {
	if len(word) < 2 || len(word) > 4 {
		return false
	}
	for _, r := range word {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// spanText returns tokens first to last joined by spaces.
func spanText(toks []token, first, last int) string {
	var b strings.Builder
	for k := first; k < last; k++ {
		if k > first {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// legalForms end the names of companies only, never of places (as "Bank"
// does "West Bank"): legal forms and lines of business.
var legalForms = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true, "co.": true,
	"ltd": true, "ltd.": true, "plc": true, "llc": true, "ag": true, "holdings": true,
	"limited": true, "airlines": true, "airways": true, "motors": true, "automotive": true,
	"pharmaceuticals": true, "therapeutics": true, "software": true, "technologies": true,
	"semiconductor": true, "biosciences": true, "robotics": true, "networks": true,
	"pharma": true, "ai": true, "ventures": true, "solutions": true, "analytics": true,
	"aerospace": true, "logistics": true, "payments": true, "biotech": true, "fintech": true,
	"semiconductors": true, "electronics": true, "health": true, "bio": true,
}

// allLegalForms reports whether every word is a legal form.
func allLegalForms(words []string) bool {
	for _, w := range words {
		if !legalForms[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// venues end the names of places built for crowds and travellers
// (venue_words.txt).
var venues = wordSet("venue_words")

// facilities are organisation heads that also name the buildings they
// stand in, which news reports treat as places: "Kennedy Space Center".
var facilities = map[string]bool{
	"center": true, "centre": true, "museum": true, "hospital": true, "school": true,
	"church": true, "college": true, "university": true, "stores": true, "academy": true,
}

// organisationHeads end the names of organisations.
var organisationHeads = wordSet("organisation_heads")

// capitalisedWord reports whether word is a capitalised word that may
// begin a name: not a function word ("Of", "The").
func capitalisedWord(word string) bool {
	return startsUpper(word) && isWord(word) && !functionWords[strings.ToLower(word)]
}

// clubTails end the names of clubs: "Leeds United", "Bristol Rovers".
var clubTails = wordSet("club_tails")

// isOrganisationHead reports whether word ends organisations' names:
// "University", "Motors", "Corp".
func isOrganisationHead(word string) bool {
	w := strings.ToLower(word)
	return organisationHeads[w] || corporateSuffixes[w]
}

// mergeNames joins neighbouring spans of one name that the tagger broke:
// a person's name around a particle ("Johannes" "de" "Klerk"), two names
// of people side by side ("Marine" "Le Pen"), as people's names
// in a row are parted by punctuation; a name ending in an initial and what
// follows ("Robert W" "Sweet"); and a word before an organisation's name
// ("George" "Mason University"). cs is in text order.
func mergeNames(toks []token, cs []chunk) []chunk {
	var out []chunk
	for _, c := range cs {
		if n := len(out); n > 0 && particlesBetween(toks, out[n-1].last, c.first) && (out[n-1].label == "PER" || c.label == "PER") {
			// "Johannes" "de" "Klerk", "Ursula" "von der" "Leyen".
			out[n-1].last, out[n-1].label = c.last, "PER"
			continue
		}
		if n := len(out); n > 0 && out[n-1].last+1 == c.first && toks[c.first-1].text == "&" {
			// "Douglas" "&" "Lomason", "Marks" "&" "Spencer": names joined
			// by an ampersand are a firm's.
			out[n-1].last, out[n-1].label = c.last, "ORG"
			continue
		}
		if n := len(out); n > 0 && out[n-1].last == c.first {
			prev := &out[n-1]
			switch {
			case prev.label == "PER" && (c.label == "PER" || isInitial(toks[prev.last-1].text)):
				prev.last = c.last
				continue
			case prev.label == "PER" && c.last-c.first > 1 && isInitial(toks[c.first].text) && !isOrganisationHead(toks[c.last-1].text):
				// "Martin" "T. Sosnoff": a middle initial begins the rest
				// of the name, whatever the tagger made of it.
				prev.last = c.last
				continue
			case prev.label == "PER" && prev.last-prev.first == 1 && c.last-c.first == 1 && !known(toks[c.first].text):
				// "Elvis" "Presley": a first name and a surname the tagger
				// took for something else.
				prev.last = c.last
				continue
			case c.label == "PER" && prev.last-prev.first == 1 && c.last-c.first == 1 && firstNameAfterRole(toks, prev.first, c.last):
				// "Committee chairman" "Austin" "Mitchell": a first name
				// the tagger took for a place.
				prev.last, prev.label = c.last, "PER"
				continue
			case c.label == "ORG" && isOrganisationHead(toks[c.last-1].text) && prev.last-prev.first == 1 && !newsAgencies[toks[prev.first].text]:
				prev.last, prev.label = c.last, "ORG"
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// isParty reports whether toks name a political party the gazetteer
// knows.
func isParty(toks []token) bool {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
		b.WriteByte(' ')
	}
	b.WriteString("Party")
	e, ok := gazetteer.Lookup(b.String())
	return ok && e.Type == graph.Org
}

// saints begin the names of places called after a saint.
var saints = map[string]bool{"St": true, "St.": true, "Saint": true}

// describesName reports whether word is a compound adjective that starts
// a sentence before a name, capitalised there only: "Privately-held",
// "State-owned". Names with a hyphen write both parts with a capital
// ("Rolls-Royce", "Jay-Z").
func describesName(word string) bool {
	i := strings.LastIndexByte(word, '-')
	return i > 0 && i+1 < len(word) && startsLower(word[i+1:]) && isWord(word)
}

// newsAgencies are told what the news is, and named right before it.
var newsAgencies = map[string]bool{
	"Reuters": true, "Reuter": true, "AFP": true, "AP": true, "Bloomberg": true, "Xinhua": true, "Interfax": true,
	"Kyodo": true, "Tass": true, "Itar-Tass": true, "Yonhap": true, "Bernama": true, "Ansa": true,
}

// tellVerbs are followed by whom they tell.
var tellVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "informed": true}

// nameParticles join the parts of people's names in lower case.
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true, "ibn": true,
}

// particlesBetween reports whether toks[from:to] are one or two name
// particles: "de", "von der".
func particlesBetween(toks []token, from, to int) bool {
	if to-from < 1 || to-from > 2 {
		return false
	}
	for _, t := range toks[from:to] {
		if !nameParticles[t.text] {
			return false
		}
	}
	return true
}

// knownPlace reports whether the gazetteer knows name as a place.
func knownPlace(name string) bool {
	e, ok := gazetteer.Lookup(name)
	return ok && e.Type != graph.Org
}

// known reports whether the gazetteer knows name.
func known(name string) bool {
	_, ok := gazetteer.Lookup(name)
	return ok
}

// extendPeople adds to a person's name a surname the tagger left out,
// "Chancellor Olaf" "Scholz", a rank before it, "Prince" "Harry", and a
// first name it left out between a role or a possessive and the surname,
// "Amnesty International's" "Jan" "Shaw". cs is in text order.
func extendPeople(toks []token, cs []chunk) {
	for i, c := range cs {
		if c.label == "PER" && c.first > 0 && ranks[toks[c.first-1].text] && (i == 0 || cs[i-1].last < c.first) {
			// "Prince" "Harry": the rank is part of the name.
			c.first--
		}
		if c.label == "PER" && c.last-c.first == 1 && (i == 0 || cs[i-1].last < c.first-1) && firstNameAfterRole(toks, c.first-1, c.last) {
			c.first--
		}
		if f := givenNameBeforeParticles(toks, c); f >= 0 && c.label == "PER" && (i == 0 || cs[i-1].last <= f) {
			// "Mohammed" "bin" "Salman": the given name the tagger left
			// out, at the start of a sentence.
			c.first = f
		}
		next := len(toks)
		if i+1 < len(cs) {
			next = cs[i+1].first
		}
		for c.label == "PER" && c.last < next && startsUpper(toks[c.last].text) && isWord(toks[c.last].text) && !functionWords[strings.ToLower(toks[c.last].text)] && (!calendarWords[toks[c.last].text] || monthSurname(toks, c)) && !isRoleWord(toks[c.last].text) && !corporateSuffixes[strings.ToLower(toks[c.last].text)] {
			c.last++
		}
		cs[i] = c
	}
}

// givenNameBeforeParticles returns the first token of a capitalised word
// and one or two name particles before chunk c ("Mohammed bin" before
// "Salman"), or -1.
func givenNameBeforeParticles(toks []token, c chunk) int {
	for n := 1; n <= 2; n++ {
		f := c.first - n - 1
		if f < 0 || !particlesBetween(toks, f+1, c.first) {
			continue
		}
		w := toks[f].text
		if capitalisedWord(w) && !sentenceAdverbs[strings.ToLower(w)] && !isRoleWord(w) && !calendarWords[w] {
			return f
		}
	}
	return -1
}

// firstNameAfterRole reports whether token i, a capitalised word before a
// surname that ends before token end, follows a role, letters of office
// or a possessive, where a name begins: the first name of "Committee
// chairman Austin Mitchell", "Liberal Democrat MP Jackie Ballard" and
// "Amnesty International's Jan Shaw", whatever else the word may name;
// not the title of "BBC Radio Scotland's Sunday Live programme".
func firstNameAfterRole(toks []token, i, end int) bool {
	if i < 1 || end < len(toks) && workNouns[strings.ToLower(toks[end].text)] {
		return false
	}
	w := toks[i].text
	if !startsUpper(w) || !isWord(w) || functionWords[strings.ToLower(w)] || courtesyTitles[w] || ranks[w] || isRoleWord(w) {
		return false
	}
	before := toks[i-1].text
	return before == "'s" || startsLower(before) && roleHeads[before] || postNominals[before]
}

// isInitial reports whether word is an initial: "W", "W.".
func isInitial(word string) bool {
	word = strings.TrimSuffix(word, ".")
	return len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z'
}

// sentenceAdverbs open sentences, capitalised, and are no name and begin
// none (lexicon/sentence_adverbs.txt): "Meanwhile Lib Dem leader",
// "However, the firm".
var sentenceAdverbs = wordSet("sentence_adverbs")

// months are the months' names.
var months = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
}

// calendarWords are capitalised but name no one: the months, the days of
// the week and the feasts that name seasons.
var calendarWords = func() map[string]bool {
	words := map[string]bool{
		"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
		"Saturday": true, "Sunday": true, "Christmas": true, "Easter": true,
	}
	for month := range months {
		words[month] = true
	}
	return words
}()

// monthSurname reports whether the month after the one word of person c
// is the person's surname: "Theresa May", "Brian May", but not "Blair May
// 5", a date.
func monthSurname(toks []token, c chunk) bool {
	return c.last-c.first == 1 && months[toks[c.last].text] && (c.last+1 == len(toks) || !isNumber(toks[c.last+1].text))
}

// nameJoiners are the lower-case words of other languages that join the
// words of names ("Parc des Princes", "Bild am Sonntag").
var nameJoiners = map[string]bool{
	"la": true, "le": true, "les": true, "des": true, "das": true, "do": true, "dal": true,
	"al": true, "el": true, "y": true, "e": true, "i": true, "am": true, "wa": true, "et": true,
	"und": true, "upon": true, "pour": true, "sur": true, "en": true, "zu": true, "zum": true,
	"dello": true, "delle": true, "degli": true, "dei": true,
}

// joinsName reports whether a word in lower case may stand inside a name:
// a function word, a particle, or a name written small ("eBay").
func joinsName(word string) bool {
	return functionWords[word] || nameParticles[word] || nameJoiners[word] || nameShaped(word)
}

// splitAtWords cuts a span at the words in lower case no name holds: a
// headline run into names, "Disney backs Sony DVD", is "Disney" and "Sony
// DVD".
func splitAtWords(toks []token, c chunk) []chunk {
	var out []chunk
	from := c.first
	for k := c.first; k < c.last; k++ {
		if startsLower(toks[k].text) && !joinsName(toks[k].text) {
			if from < k {
				out = append(out, chunk{from, k, c.label})
			}
			from = k + 1
		}
	}
	if from < c.last {
		out = append(out, chunk{from, c.last, c.label})
	}
	return out
}

// postNominals follow a person's name as letters of office ("Jane Smith
// MP"); a name followed by one and then by another name is a constituency
// ("Glasgow Kelvin MP Ann McKechin").
var postNominals = map[string]bool{
	"MP": true, "MPs": true, "MEP": true, "MSP": true, "MLA": true, "QC": true, "KC": true, "TD": true,
}

// mendFragment drops or mends a span that is part of a name, not a name:
// the tail of one whose head the tagger left out ("of the Sky", "'s
// Office", "Office" of "State's Office"), a product's model ("the 737
// Max", "any 737 MAX jets"), an article before it ("the Beastie Boys")
// and letters of office after it ("Kelvin MP").
func mendFragment(toks []token, c chunk) (chunk, bool) {
	for c.first < c.last && articles[toks[c.first].text] {
		c.first++
	}
	if c.first == c.last {
		return c, false
	}
	first := toks[c.first].text
	if first == "'s" || first == "'" || functionWords[first] || c.last-c.first == 1 && sentenceAdverbs[strings.ToLower(first)] {
		return c, false
	}
	if c.last-c.first == 1 && c.first > 0 && toks[c.first-1].text == "'s" && organisationHeads[strings.ToLower(first)] {
		return c, false
	}
	if c.last-c.first == 1 && c.first > 1 && len(toks[c.first-1].text) == 3 && isNumber(toks[c.first-1].text) && isWord(toks[c.first-2].text) && !known(first) {
		return c, false
	}
	if c.last-c.first > 1 && postNominals[toks[c.last-1].text] {
		c.last--
		if c.label == "PER" && c.last+1 < len(toks) && startsUpper(toks[c.last+1].text) {
			c.label = "LOC"
		}
	}
	return c, true
}

// splitChunk splits what the tagger ran together: names joined by "and"
// ("Apple Insider and Think Secret"), a person and what "for" names after
// them (the person is kept), an organisation, a title and a person
// ("Renault President Raymond Levy"), and a news agency and the name
// after it ("told Reuters Senate Budget Committee Chairman"). A name the
// gazetteer knows as a whole ("Bosnia and Herzegovina") stays whole.
func splitChunk(toks []token, c chunk) []chunk {
	if c.last-c.first > 1 && c.first > 0 && tellVerbs[strings.ToLower(toks[c.first-1].text)] && newsAgencies[toks[c.first].text] {
		// "told Reuters Senate Budget Committee Chairman ...": the agency
		// is told what the next name did.
		return append([]chunk{{c.first, c.first + 1, "ORG"}}, splitChunk(toks, chunk{c.first + 1, c.last, c.label})...)
	}
	if c.last-c.first < 3 {
		return []chunk{c}
	}
	if known(spanText(toks, c.first, c.last)) {
		return []chunk{c}
	}
	// "Organisation for Security and Cooperation in Europe", "Ministry of
	// Trade and Industry": an institution of two fields.
	headFirst := organisationHeads[strings.ToLower(toks[c.first].text)] && (toks[c.first+1].text == "for" || toks[c.first+1].text == "of")
	for k := c.first + 1; k < c.last-1; k++ {
		sharedHead := organisationHeads[strings.ToLower(toks[c.last-1].text)] && !isOrganisationHead(toks[k-1].text)
		if toks[k].text == "and" && !(k == c.first+1 && corporateSuffixes[strings.ToLower(toks[c.last-1].text)]) && !sharedHead && !headFirst {
			// Not "Oil and Natural Gas Corporation": one word and a
			// company; nor "International Trade and Industry Ministry":
			// two fields and the institution of both.
			return append(splitChunk(toks, chunk{c.first, k, c.label}), splitChunk(toks, chunk{k + 1, c.last, c.label})...)
		}
		if toks[k].text == "for" && c.label == "PER" {
			// "Nathan Lane for The Producers", "Birkett for Hart (71)": a
			// person and what they were nominated for or replaced, which
			// the tagger's person is not.
			return splitChunk(toks, chunk{c.first, k, c.label})
		}
		if !isRoleWord(toks[k].text) {
			continue
		}
		end := k
		for end < c.last && isRoleWord(toks[end].text) {
			end++
		}
		if end == c.last || !roleHeads[strings.ToLower(toks[end-1].text)] {
			continue
		}
		left := c.label
		if left == "PER" {
			left = "ORG"
		}
		return []chunk{{c.first, k, left}, {end, c.last, "PER"}}
	}
	return []chunk{c}
}

// trimName drops leading titles (of people only: "General Motors" keeps
// its first word), a possessive and the role after it ("Gibraltar's Chief
// Minister"), and trailing possessives, punctuation and lower-case words
// from a name.
func trimName(toks []token, first, last int, person bool) (int, int) {
	if last-first > 2 && saints[toks[first].text] && toks[last-1].text == "'s" {
		return first, last
	}
	for first+1 < last && (describesName(toks[first].text) || sentenceAdverbs[strings.ToLower(toks[first].text)]) {
		// "Privately-held NeoRx Corp", "State-run Rosneft", "Meanwhile Lib
		// Dem leader".
		first++
	}
	for first < last && !(ranks[toks[first].text] && first+1 < last) && (courtesyTitles[toks[first].text] || person && (isRoleWord(toks[first].text) || occupations[strings.ToLower(toks[first].text)]) || !hasLetterOrDigit(toks[first].text)) {
		first++
	}
	for k := first + 1; k < last-1; k++ {
		if toks[k].text == "'s" && isRoleWord(toks[k+1].text) {
			last = k
		}
	}
	for last-first > 2 && dateLeads[toks[last-2].text] && calendarWords[toks[last-1].text] {
		// "Brenford Systems in May": a date the tagger ran into the name.
		last -= 2
	}
	for last > first && (toks[last-1].text == "'s" || toks[last-1].text == "'" || !hasLetterOrDigit(toks[last-1].text) || startsLower(toks[last-1].text) && !nameShaped(toks[last-1].text) || titleAdjectives[strings.ToLower(toks[last-1].text)] || functionWords[strings.ToLower(toks[last-1].text)] || strings.HasPrefix(toks[last-1].text, "<") || describesName(toks[last-1].text)) {
		// Nor a capitalised function word ("U.S. On semiconductor
		// trade") or a stock ticker ("<RENA.PA>") ends a name.
		last--
	}
	for last > first && titleDepartment(toks, last) {
		last--
	}
	return first, last
}

// titleDepartment reports whether the word before token i is a
// department that belongs to the title starting at i: "Treasury" of "U.S.
// Treasury Secretary James Baker".
func titleDepartment(toks []token, i int) bool {
	return i > 0 && i < len(toks) && roleModifiers[strings.ToLower(toks[i-1].text)] && roleHeads[strings.ToLower(toks[i].text)]
}

// dateLeads come before a day or a month named after a name: "bought
// Brenford Systems in May".
var dateLeads = map[string]bool{"in": true, "on": true, "since": true, "until": true, "by": true}

// occupations stand before people's names as titles do ("Actress Nicole
// Kidman") but are not roles held in an organisation.
var occupations = map[string]bool{
	"actress": true, "actor": true, "rapper": true, "comedian": true, "author": true,
	"writer": true, "novelist": true, "artist": true, "musician": true, "guitarist": true,
	"drummer": true, "composer": true, "footballer": true, "golfer": true, "athlete": true,
	"model": true, "chef": true, "poet": true, "filmmaker": true, "tycoon": true,
	"billionaire": true, "businessman": true, "businesswoman": true, "entrepreneur": true,
	"dj": true, "sprinter": true, "boxer": true, "cyclist": true, "racer": true,
	"magistrate": true,
}

// titleAdjectives begin a job title and never end a name: "UK Foreign"
// in "UK Foreign Secretary Jack Straw" is the United Kingdom.
var titleAdjectives = map[string]bool{
	"foreign": true, "prime": true, "deputy": true, "vice": true, "shadow": true,
	"former": true, "acting": true, "interim": true, "general": true,
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func (d *document) newMention(si, first, last int) mention {
	toks := d.sents[si].tokens
	start, end := toks[first].start, toks[last-1].end
	if w := toks[first].text; len(w) > 3 && strings.EqualFold(w[:3], "ex-") && startsUpper(w[3:]) {
		// "Ex-Labour MP": the party is Labour.
		start += 3
	}
	if w := toks[first].text; len(w) > 1 && w[0] == '\'' && startsUpper(w[1:]) {
		// "'Hitler' row over arts cash": the quotation mark that opens a
		// quoted name is not part of it.
		start++
	}
	if w := toks[last-1].text; sentenceStopInside(w) {
		end--
	}
	return mention{
		sent: si, first: first, last: last,
		start: start, end: end, text: d.text[start:end],
		via: "name", entity: -1,
	}
}

// cuedOrganisation returns the mention of an organisation that the words
// around tokens [first, last) of sentence si name, and marks the tokens
// covered.
func (d *document) cuedOrganisation(si, first, last int, covered []bool) mention {
	m := d.newMention(si, first, last)
	m.typ, m.cued = graph.Org, true
	for k := first; k < last; k++ {
		covered[k] = true
	}
	return m
}

// sentenceStopInside reports whether a name's last token ends with the
// full stop of its sentence that the tokeniser left on it ("Barry Lim."
// before a quotation): a word with a small letter, no other full stop,
// that is no abbreviation ("Inc.", "Jr.").
func sentenceStopInside(word string) bool {
	stem, stop := strings.CutSuffix(word, ".")
	return stop && len(stem) > 1 && !strings.Contains(stem, ".") && !abbreviations[stem] &&
		strings.IndexFunc(stem, unicode.IsLower) >= 0
}

// governingTitles are the heads of titles held in a place's government.
var governingTitles = map[string]bool{
	"minister": true, "president": true, "premier": true, "governor": true, "mayor": true,
	"government": true, "ambassador": true, "parliament": true, "embassy": true, "king": true,
	"queen": true, "chancellor": true,
}

// governed reports whether the name ending before token i is followed by
// its government: "Gibraltar's Chief Minister", "France's president".
func governed(toks []token, i int) bool {
	if i >= len(toks) || toks[i].text != "'s" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		w := strings.ToLower(toks[k].text)
		if governingTitles[w] || governments[w] {
			return true
		}
		if !isRoleWord(w) {
			return false
		}
	}
	return false
}

// typeMention sets the type of a tagged mention, trusting the gazetteer
// over the tagger for names it knows. It reports false for mentions kg
// does not keep. Only an article with a word of sport in it, or a name with
// a team's word beside it ("Liverpool fans"), names a team by its place
// (sport): elsewhere a place the gazetteer knows is the place, whatever
// the tagger made of it ("the conference in Blackpool"). In a report of
// sport (report), a single word tagged as a person is a player's surname
// even where the gazetteer knows a company by it ("Danaher for Gustard").
// Elsewhere a single word tagged as a person is the place the gazetteer
// knows by it ("the capital, Nuuk"), unless the word is also a name
// people bear ("Houston", gazetteer.Ambiguous) or follows a title
// (titled: "Lord Liverpool").
func typeMention(m *mention, label string, sport, report, titled bool) bool {
	_, named := gazetteer.Lookup(m.text)
	if e, ok := gazetteer.Demonym(m.text); ok && !named && label != "PER" {
		// "South American" says where, it does not name.
		m.typ, m.canonical, m.via = e.Type, e.Name, "demonym"
		return true
	}
	if e, ok := gazetteer.Lookup(m.text); ok && (label != "PER" || !report && (e.Type == graph.Org || !titled && !gazetteer.Ambiguous(m.text)) || strings.Contains(m.text, " ")) && (label != "ORG" || !sport || e.Type == graph.Org || isAcronym(m.text) && !shouted(m.text, e.Name) || !strings.EqualFold(m.text, e.Name)) {
		// A single word tagged as a person is usually a surname ("Houston"),
		// and a place's short name tagged as an organisation in a report
		// of sport its team ("Essex"); an official name ("Russian
		// Federation") is the place.
		m.typ, m.canonical = e.Type, e.Name
		return true
	}
	switch label {
	case "PER":
		m.typ = graph.Person
	case "ORG":
		m.typ = graph.Org
	case "LOC":
		m.typ = graph.GPE
	case "MISC":
		return false
	default:
		return false
	}
	return true
}

// whichAfter reports whether a relative clause on a thing opens at token
// i: ", which".
func whichAfter(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].text == "," && toks[i+1].text == "which"
}

// maxGazetteerWords bounds the length of names looked up in the gazetteer.
const maxGazetteerWords = 6

// gazetteerMentions finds known names of at least minWords words, and
// demonyms, among the tokens of sentence si not yet covered, and marks
// them covered. Capitalised words only: the gazetteer matches acronyms by
// case, and a known name that is also an English word is taken only away
// from the start of a sentence. A name may end in a possessive the
// gazetteer knows as part of it: "Sainsbury's", "McDonald's".
func (d *document) gazetteerMentions(si int, covered []bool, minWords int) []mention {
	var out []mention
	s := d.sents[si]
	toks := s.tokens
	for i := 0; i < len(toks); i++ {
		if covered[i] || !startsUpper(toks[i].text) && !camelCased(toks[i].text) || strings.EqualFold(toks[i].text, "the") {
			continue
		}
		found := false
		for n := min(maxGazetteerWords, len(toks)-i); n >= minWords && !found; n-- {
			if anyCovered(covered, i, i+n) || !startsUpper(toks[i+n-1].text) && !camelCased(toks[i+n-1].text) && !isNumber(toks[i+n-1].text) && (toks[i+n-1].text != "'s" || n == 1) || n > 1 && titleDepartment(toks, i+n) {
				// "US Treasury" of "US Treasury Secretary Scott Bessent"
				// is the United States: the department is the title's.
				continue
			}
			m := d.newMention(si, i, i+n)
			e, ok := gazetteer.Lookup(m.text)
			if !ok || gazetteer.Ambiguous(m.text) && (s.headline || i == 0 && !(e.Type == graph.Org && (actsAsCompany(toks, i+n) || d.finiteVerbAt(si, i+n) || whichAfter(toks, i+n)))) {
				// "Apple sued Samsung", "Apple has no plans": a company
				// whose name is also a word, at the start of a sentence,
				// where what it does shows it is the company, or where it
				// is the subject of a verb, as a word would not be without
				// "the" ("Apple pies are sweet"); "Apple, which makes the
				// iPhone": a word, or a person, would not open a sentence
				// with a clause on it.
				continue
			}
			m.typ, m.canonical = e.Type, e.Name
			out = append(out, m)
			for k := i; k < i+n; k++ {
				covered[k] = true
			}
			i += n - 1
			found = true
		}
		if !found && minWords == 1 && i > 0 && !s.headline {
			if e, ok := gazetteer.Demonym(toks[i].text); ok {
				m := d.newMention(si, i, i+1)
				m.typ, m.canonical, m.via = e.Type, e.Name, "demonym"
				out = append(out, m)
				covered[i] = true
			}
		}
	}
	return out
}

// finiteVerbAt reports whether token k of sentence si is a verb with a
// tense or a modal, as the parser's tagger reads it; the sentence is
// parsed if it was not.
func (d *document) finiteVerbAt(si, k int) bool {
	if k >= len(d.sents[si].tokens) {
		return false
	}
	parseSentence(d.parser, &d.sents[si])
	switch d.sents[si].words[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// repeatNames finds again, in the body of the article, the names already
// found elsewhere in it that the tagger missed: a tagger decides word by
// word, and "T-Mobile" found after "firm" is "T-Mobile" everywhere. A
// single word at the start of a sentence, where every word is
// capitalised, is taken when its shape shows it is a name ("AT&T",
// "easyJet") or the article never writes it small ("Meta accused the
// regulator"). A company named with its line of business or legal form is
// found again by its first word alone ("Rivian" of "Rivian Automotive").
func (d *document) repeatNames(ms []mention, lower map[string]bool) []mention {
	type name struct {
		words []string
		typ   graph.Type
		short bool // the first word of a company's name, or a person's surname
	}
	seen := map[string]bool{}
	byFirst := map[string][]name{}
	for _, m := range ms {
		if m.via != "name" || m.canonical != "" || d.sents[m.sent].headline || seen[m.text] {
			continue
		}
		seen[m.text] = true
		var words []string
		for _, t := range d.sents[m.sent].tokens[m.first:m.last] {
			words = append(words, t.text)
		}
		byFirst[words[0]] = append(byFirst[words[0]], name{words: words, typ: m.typ})
		if m.typ == graph.Org && len(words) > 1 && allLegalForms(words[1:]) && !seen[words[0]] {
			seen[words[0]] = true
			byFirst[words[0]] = append(byFirst[words[0]], name{words: words[:1], typ: m.typ, short: true})
		}
		if last := words[len(words)-1]; m.typ == graph.Person && len(words) > 1 && len(words) <= maxPersonWords && !seen[last] && !lower[strings.ToLower(last)] && isWord(last) {
			seen[last] = true
			byFirst[last] = append(byFirst[last], name{words: []string{last}, typ: m.typ, short: true})
		}
	}
	if len(byFirst) == 0 {
		return ms
	}
	// known holds, for each token, the gazetteer's mention that covers
	// it, or -1: a name the article gives whole elsewhere wins over a
	// shorter one the gazetteer knows inside it ("Thames" of "Thames
	// Water").
	covered := make([][]bool, len(d.sents))
	known := make([][]int, len(d.sents))
	for si, s := range d.sents {
		covered[si] = make([]bool, len(s.tokens))
		known[si] = make([]int, len(s.tokens))
		for k := range known[si] {
			known[si][k] = -1
		}
	}
	for mi, m := range ms {
		for k := m.first; k < m.last; k++ {
			covered[m.sent][k] = true
			if m.canonical != "" {
				known[m.sent][k] = mi
			}
		}
	}
	free := func(si, first, last int) bool {
		for k := first; k < last; k++ {
			if mi := known[si][k]; covered[si][k] && (mi < 0 || ms[mi].first < first || ms[mi].last > last || ms[mi].last-ms[mi].first >= last-first) {
				return false
			}
		}
		return true
	}
	dropped := map[int]bool{}
	for si, s := range d.sents {
		if s.headline {
			continue
		}
		for i := 0; i < len(s.tokens); i++ {
			best := -1
			var found name
			for _, n := range byFirst[s.tokens[i].text] {
				if len(n.words) > best && i+len(n.words) <= len(s.tokens) && free(si, i, i+len(n.words)) && tokensAre(s.tokens[i:i+len(n.words)], n.words) {
					best, found = len(n.words), n
				}
			}
			if best < 0 || best == 1 && (i == 0 && !opensWithName(found.words[0], lower) || calendarWords[found.words[0]]) {
				continue
			}
			if found.short && found.typ == graph.Person && i > 0 && startsUpper(s.tokens[i-1].text) && isWord(s.tokens[i-1].text) && !courtesyTitles[s.tokens[i-1].text] {
				// "Cherie Blair" is not "Blair" of "Tony Blair".
				continue
			}
			if end := i + best; end < len(s.tokens) && startsUpper(s.tokens[end].text) && isWord(s.tokens[end].text) {
				// Part of a longer name: "Chrysler" of "Chrysler Building".
				continue
			}
			m := d.newMention(si, i, i+best)
			m.typ = found.typ
			ms = append(ms, m)
			for k := i; k < i+best; k++ {
				if mi := known[si][k]; mi >= 0 {
					dropped[mi] = true
					known[si][k] = -1
				}
				covered[si][k] = true
			}
			i += best - 1
		}
	}
	if len(dropped) == 0 {
		return ms
	}
	kept := ms[:0]
	for mi, m := range ms {
		if !dropped[mi] {
			kept = append(kept, m)
		}
	}
	return kept
}

func tokensAre(toks []token, words []string) bool {
	for k, w := range words {
		if toks[k].text != w {
			return false
		}
	}
	return true
}

// isNameWord reports whether s is a word of a name: letters, with hyphens,
// apostrophes or ampersands ("AT&T").
func isNameWord(s string) bool {
	return isWord(strings.ReplaceAll(s, "&", ""))
}

// nameShaped reports whether a word is written as only names are: with a
// capital, a digit or a symbol after its first letter ("AT&T", "easyJet",
// "T-Mobile", "3Com").
func nameShaped(word string) bool {
	for i, r := range word {
		if i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&' || r == '-') {
			return true
		}
	}
	return false
}

// maxCuedWords bounds the length of names found by the words around them.
const maxCuedWords = 4

// cuedMentions finds the companies the tagger missed that the words around
// them name: capitalised words not yet covered after a company noun
// ("mobile phone firm T-Mobile") or a company's lead ("shares of
// Aerolux"), before a word only companies have ("Delta shares", "May's
// chairman", "Quorvia founder"), or ending in an organisation's head
// word ("rival May Department Stores"), away from the start of a sentence.
func (d *document) cuedMentions(si int, covered []bool, lower map[string]bool) []mention {
	s := d.sents[si]
	if s.headline {
		return nil
	}
	toks := s.tokens
	var out []mention
	opening := 0 // the words that open the sentence before its subject: "In March"
	for opening < len(toks) && leadsIn(toks[opening].text) {
		opening++
	}
	for i := opening; i < len(toks); i++ {
		if covered[i] || !startsUpper(toks[i].text) || !isNameWord(toks[i].text) {
			continue
		}
		end := i + 1
		for end < len(toks) && end-i < maxCuedWords && !covered[end] && startsUpper(toks[end].text) && isNameWord(toks[end].text) {
			end++
		}
		next := end
		if next < len(toks) && toks[next].text == "'s" {
			next++
		}
		start := i == opening
		inside := !start && (startsLower(toks[i-1].text) || toks[i-1].text == ",")
		before := i > 0 && (companyNouns[toks[i-1].text] && !dualNouns[toks[i-1].text] || companyLead(toks, i, end-i) || listedCompany(toks, i))
		// At the start of a sentence, "Total shares" and "Bank shares"
		// are words: only what is done to a company cues one there.
		// "Wirecard, the German payments company"; "Evergrande said in a
		// statement", where at the start of a sentence the parser must
		// take the word for a name ("Officials said in a statement").
		trailed := companyTrail(toks, next) || companyApposition(toks, end, false)
		stated := companyStatement(toks, end)
		// At the start of a sentence, a word of one that does what only a
		// company does, "Juventus reported a loss", where the parser takes
		// it for a name and the article writes it in no longer name.
		acted := start && end-i == 1 && companyAct(toks, end) && opensWithName(toks[i].text, lower) && !known(toks[i].text) && d.properNoun(si, i) && !d.inLongerName(toks[i].text)
		after := inside && (next < len(toks) && ownerWords[toks[next].text] || trailed || stated) ||
			start && (trailed || stated && d.properNoun(si, i)) && opensWithName(toks[i].text, lower) || acted
		// "rival May Department Stores"; at the start of a sentence, only
		// a legal form or line of business: "Unity Software said".
		headed := end-i > 1 && (isOrganisationHead(toks[end-1].text) && inside || start && legalForms[strings.ToLower(toks[end-1].text)])
		possessed := after && next > end
		if start && next > end && next < len(toks) && ownerWords[toks[next].text] && opensWithName(toks[i].text, lower) && d.properNoun(si, i) {
			// "Wise's shareholders": at the start of a sentence, the
			// parser must take the word for a name.
			after, possessed = true, true
		}
		if !before && !after && !headed || functionWords[strings.ToLower(toks[i].text)] || calendarWords[toks[i].text] && !headed && !possessed || isRoleWord(toks[i].text) || courtesyTitles[toks[i].text] || ranks[toks[i].text] || describesName(toks[i].text) || sentenceAdverbs[strings.ToLower(toks[i].text)] {
			// "However, the firm" is no "Wirecard, the payments company".
			i = end - 1
			continue
		}
		if _, ok := gazetteer.Demonym(toks[i].text); ok {
			i = end - 1
			continue
		}
		out = append(out, d.cuedOrganisation(si, i, end, covered))
		i = end - 1
	}
	return out
}

// leadsIn reports whether a word may open a sentence before its subject
// without being a name: "In", "On", "Monday", "March", a comma.
func leadsIn(word string) bool {
	return functionWords[strings.ToLower(word)] || calendarWords[word] || word == ","
}

// properNoun reports whether the parser tags token k of sentence si a
// proper noun; the sentence is parsed if it was not.
func (d *document) properNoun(si, k int) bool {
	parseSentence(d.parser, &d.sents[si])
	return d.sents[si].words[k].UPOS == "PROPN"
}

// openers begin sentences without naming anyone: "Its founder", "Each
// was fined".
var openers = map[string]bool{
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "you": true, "each": true, "every": true, "one": true,
	"another": true, "no": true, "nobody": true, "everyone": true, "someone": true, "which": true,
}

// opensWithName reports whether word, capitalised at the start of a
// sentence, is a name rather than a word written small elsewhere: it is
// shaped as names are, or the article never writes it in lower case.
func opensWithName(word string, lower map[string]bool) bool {
	w := strings.ToLower(word)
	return nameShaped(word) || !lower[w] && !openers[w] && !functionWords[w]
}

// lowerWords gathers the words the sentences write in lower case.
func lowerWords(sents []sentence) map[string]bool {
	lower := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.tokens {
			if startsLower(t.text) {
				lower[t.text] = true
			}
		}
	}
	return lower
}

func anyCovered(c []bool, from, to int) bool {
	for k := from; k < to; k++ {
		if c[k] {
			return true
		}
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// supportHeadlines keeps a headline's names only where the body backs
// them: every word of the name is a word of a name the body uses, or the
// gazetteer knows the name, or the headline is the dateline. A headline
// name that runs on past its backed words ("Vladimir Putin Calls") is cut
// back to them.
func (d *document) supportHeadlines(ms []mention) []mention {
	sents := d.sents
	body := map[string]bool{}
	for _, m := range ms {
		if !sents[m.sent].headline && m.via == "name" {
			for _, w := range strings.Fields(m.text) {
				body[strings.ToLower(w)] = true
			}
		}
	}
	var out []mention
	for _, m := range ms {
		if !sents[m.sent].headline || m.canonical != "" || d.dateline(m.sent) > 0 {
			out = append(out, m)
			continue
		}
		toks := sents[m.sent].tokens
		last := m.first
		for last < m.last && body[strings.ToLower(toks[last].text)] {
			last++
		}
		if last > m.first {
			t := d.newMention(m.sent, m.first, last)
			t.typ, t.via, t.canonical = m.typ, m.via, m.canonical
			out = append(out, t)
		}
	}
	return out
}

// isNumber reports whether s is written in digits: "10" of "Number 10".
func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// titled reports whether a title of address or a peer's title comes
// right before token i: "Mr", "Lord", "Mr Justice".
func titled(toks []token, i int) bool {
	return i > 0 && courtesyTitles[toks[i-1].text] || peerTitleBefore(toks, i) != ""
}

// shouted reports whether text is name written in capitals, as a table of
// results writes its teams ("BOSTON AT TEXAS"), rather than an acronym.
func shouted(text, name string) bool {
	return text != name && text == strings.ToUpper(text) && strings.EqualFold(text, name)
}
