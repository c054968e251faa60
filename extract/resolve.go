package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// entity gathers the mentions of one entity of an article.
type entity struct {
	name      string
	typ       graph.Type
	mentions  []int           // indexes into document.mentions, in text order
	forms     map[string]bool // lower-cased surface names
	aliases   []string        // surface names other than name, first use first
	canonical bool            // named by the gazetteer
	named     bool            // has at least one proper-name mention
}

// form is one distinct surface name of an article with the mentions that
// use it.
type form struct {
	key      string // lower-cased, single-spaced
	words    []string
	mentions []int
	typ      graph.Type
}

// corporateSuffixes end company names that are often shortened: "Yukos Oil
// Company" is later "Yukos".
var corporateSuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true, "co": true,
	"co.": true, "company": true, "group": true, "ltd": true, "ltd.": true, "plc": true,
	"holdings": true, "holding": true, "llc": true, "ag": true, "sa": true, "nv": true,
	"international": true, "industries": true, "limited": true, "airlines": true,
	"airways": true, "bank": true, "motors": true, "oil": true, "energy": true,
	"entertainment": true, "records": true, "studios": true, "communications": true,
	"systems": true, "technologies": true, "magazine": true, "newspaper": true,
	"online": true, "tv": true, "radio": true, "media": true, "enterprises": true,
	"networks": true, "pharma": true, "pharmaceuticals": true, "ai": true, "labs": true,
	"robotics": true, "therapeutics": true, "ventures": true, "payments": true,
	"foods": true, "brands": true,
}

// ledBodies name what a leader heads after the leader's name: "Reagan
// Administration", "Blair government" (led_bodies.txt).
var ledBodies = wordSet("led_bodies")

// ledBody reports whether words, the rest of a name after a leader's
// name, are one word for the body the leader heads.
func ledBody(words []string) bool {
	return len(words) == 1 && ledBodies[words[0]]
}

// acronymStopWords are skipped when initials are taken.
var acronymStopWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true, "de": true, "on": true}

// resolve groups mentions into entities: gazetteer names by their
// canonical form, other names by their surface form, and then short forms
// into the long names they abbreviate (a surname into the full name, an
// acronym into its expansion, "Yukos" into "Yukos Oil").
func (d *document) resolve() {
	d.yieldToLongNames()
	byCanonical := map[string]int{}
	forms := map[string]*form{}
	var order []*form
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.canonical != "" {
			e, ok := byCanonical[m.canonical]
			if !ok {
				e = len(d.entities)
				byCanonical[m.canonical] = e
				d.entities = append(d.entities, &entity{name: m.canonical, typ: m.typ, canonical: true, forms: map[string]bool{}})
			}
			d.attach(e, i)
			continue
		}
		key := nameKey(m.name())
		f, ok := forms[key]
		if !ok {
			f = &form{key: key, words: strings.Fields(key)}
			forms[key] = f
			order = append(order, f)
		}
		f.mentions = append(f.mentions, i)
	}
	for _, f := range order {
		f.typ = d.vote(f)
	}
	// Long forms first, so that short ones find what they abbreviate.
	sort.SliceStable(order, func(i, j int) bool { return len(order[i].words) > len(order[j].words) })
	formEntity := map[*form]int{}
	index := d.indexForms(order)
	for _, f := range order {
		target := d.expand(f, index, formEntity)
		if target < 0 {
			target = d.organisationByHead(f)
		}
		if target < 0 {
			target = len(d.entities)
			d.entities = append(d.entities, &entity{name: d.mentions[f.mentions[0]].name(), typ: f.typ, forms: map[string]bool{}})
		} else if d.entities[target].typ == graph.Org && (f.typ == graph.Person && !surnameForm(f.words, d.entities[target].name) || f.typ == graph.GPE) {
			// A short form the tagger took for a person or a place:
			// "Shanda" of "Shanda Interactive Entertainment", "City" of
			// "Manchester City" (a place the gazetteer knows is an entity
			// apart). A surname ("Moore" of "Aston Moore") is left to the
			// vote over the entity's names.
			for _, i := range f.mentions {
				d.mentions[i].typ = graph.Org
			}
		}
		formEntity[f] = target
		for _, i := range f.mentions {
			d.attach(target, i)
		}
	}
	d.nameEntities()
	d.mergeAliases()
}

// yieldToLongNames lets a name the gazetteer knows be the short form of a
// longer name the article uses and the gazetteer does not: an
// organisation's ("Nissan" of "Nissan Motor", "Menatep" of "Group
// Menatep", "Renault" of "Regie Nationale des Usines Renault") and a
// person's surname ("Washington" of "MaliVai Washington"). The article's
// own name is the one a reader finds there.
func (d *document) yieldToLongNames() {
	type name struct {
		words  []string
		person bool
	}
	var long []name
	for _, m := range d.mentions {
		if m.canonical == "" && m.via == "name" && strings.Contains(m.text, " ") {
			long = append(long, name{strings.Fields(nameKey(m.text)), m.typ == graph.Person})
		}
	}
	if len(long) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.canonical == "" || m.via != "name" {
			continue
		}
		words := strings.Fields(nameKey(m.text))
		for _, full := range long {
			if len(full.words) <= len(words) {
				continue
			}
			tail := equalWords(words, full.words[len(full.words)-len(words):])
			head := equalWords(words, full.words[:len(words)])
			if m.typ == graph.Org && (head || tail) || full.person && tail && len(words) == 1 {
				m.canonical = ""
				break
			}
		}
	}
}

// aliasMarkers introduce another name of the entity named just before:
// "Mahmoud Abbas, also known as Abu Mazen", "Jay-Z, real name Shawn
// Carter", "The Game, whose real name is Jayceon Taylor", "Sports
// Entertainment Enterprises, which is to be renamed CFX".
var aliasMarkers = [][]string{
	{"also", "known", "as"}, {"better", "known", "as"}, {"known", "as"}, {"real", "name"},
	{"whose", "real", "name", "is"}, {"born"}, {"formerly"}, {"aka"},
	{"which", "is", "to", "be", "renamed"}, {"which", "will", "be", "renamed"}, {"to", "be", "renamed"},
	{"now", "renamed"}, {"renamed"}, {"now", "called"},
}

// mergeAliases joins the entity named after an alias marker to the one
// named before it, which keeps its name.
func (d *document) mergeAliases() {
	d.mergeFormerNames()
	for _, m := range d.mentions {
		if m.via != "name" || m.entity < 0 {
			continue
		}
		toks := d.sents[m.sent].tokens
		i := m.last
		if i >= len(toks) || toks[i].text != "," {
			continue
		}
		i++
		matched := false
		for _, marker := range aliasMarkers {
			if i+len(marker) <= len(toks) && wordsAt(toks, i, marker) {
				i += len(marker)
				matched = true
				break
			}
		}
		if !matched {
			continue
		}
		for _, j := range d.inSentence(m.sent) {
			other := d.mentions[j]
			if other.first != i || other.via != "name" || other.entity < 0 || other.entity == m.entity {
				continue
			}
			if d.entities[other.entity].typ != d.entities[m.entity].typ || d.entities[other.entity].canonical {
				break
			}
			d.absorb(m.entity, other.entity)
			break
		}
	}
}

// formerNames introduce the name an organisation or person had before,
// wherever they stand in the sentence: "MCI exited bankruptcy, having gone
// bust under previous name WorldCom".
var formerNames = [][]string{
	{"previous", "name"}, {"former", "name"}, {"old", "name"}, {"formerly", "called"},
	{"formerly", "known", "as"}, {"previously", "known", "as"},
}

// mergeFormerNames joins the entity named after a former-name marker to
// the nearest entity of its type named before the marker in the sentence.
func (d *document) mergeFormerNames() {
	for j, m := range d.mentions {
		if m.via != "name" || m.entity < 0 || d.entities[m.entity].canonical {
			continue
		}
		toks := d.sents[m.sent].tokens
		at := -1
		for _, marker := range formerNames {
			if k := m.first - len(marker); k >= 0 && wordsAt(toks, k, marker) {
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			o := d.mentions[i]
			if o.sent != m.sent {
				break
			}
			if o.via == "name" && o.entity >= 0 && o.last <= at && d.entities[o.entity].typ == d.entities[m.entity].typ {
				if o.entity != m.entity {
					d.absorb(o.entity, m.entity)
				}
				break
			}
		}
	}
}

func wordsAt(toks []token, i int, words []string) bool {
	for k, w := range words {
		if strings.ToLower(toks[i+k].text) != w {
			return false
		}
	}
	return true
}

// absorb moves every mention of entity from into entity into, which keeps
// its name; from is left without mentions and is not reported.
func (d *document) absorb(into, from int) {
	for _, i := range d.entities[from].mentions {
		d.attach(into, i)
	}
	d.entities[from].mentions = nil
	d.entities[from].named = false
	e := d.entities[into]
	sort.Ints(e.mentions)
	kept := e.aliases[:0]
	for _, a := range e.aliases {
		if nameKey(a) != nameKey(e.name) {
			kept = append(kept, a)
		}
	}
	e.aliases = kept
}

// vote gives a form the type most of its mentions were tagged with, and
// PERSON when a courtesy title precedes it.
func (d *document) vote(f *form) graph.Type {
	count := map[graph.Type]int{}
	for _, i := range f.mentions {
		m := d.mentions[i]
		count[m.typ]++
		if m.cued {
			// The words around a name are surer than the tagger's guess.
			count[m.typ] += 2
		}
		if m.first > 0 && courtesyTitles[d.sents[m.sent].tokens[m.first-1].text] {
			count[graph.Person] += 2
		}
	}
	best := d.mentions[f.mentions[0]].typ
	for _, t := range graph.Types {
		if count[t] > count[best] {
			best = t
		}
	}
	return best
}

// formIndex finds, for a form, the forms it may be a variant or a short
// form of, so that a form is compared with the few that share a word, a
// spelling or initials with it rather than with every form of the
// article.
type formIndex struct {
	order     []*form
	position  map[*form]int
	byKey     map[string][]int // index key -> positions in order, ascending
	initials  map[string][]int // acronym -> positions of multi-word forms it may stand for
	canonical map[string][]int // acronym -> canonical entities it may stand for
}

// indexForms indexes forms, sorted longest first, under every key that
// sameName and isAcronymOf need two matching forms to share: each word
// with a plural s trimmed, the part of a word before a hyphen, the name
// with its spaces removed, and, for a single word, each spelling a letter
// shorter and its first six bytes.
func (d *document) indexForms(order []*form) *formIndex {
	x := &formIndex{order: order, position: map[*form]int{}, byKey: map[string][]int{}, initials: map[string][]int{}, canonical: map[string][]int{}}
	for p, f := range order {
		x.position[f] = p
		for _, key := range formKeys(f) {
			if list := x.byKey[key]; len(list) == 0 || list[len(list)-1] != p {
				x.byKey[key] = append(list, p)
			}
		}
		if len(f.words) > 1 {
			for _, acronym := range acronymsOf(d.mentions[f.mentions[0]].text) {
				x.initials[acronym] = appendOnce(x.initials[acronym], p)
			}
		}
	}
	for e, ent := range d.entities {
		if ent.canonical {
			for _, acronym := range acronymsOf(ent.name) {
				x.canonical[acronym] = appendOnce(x.canonical[acronym], e)
			}
		}
	}
	return x
}

func appendOnce(list []int, v int) []int {
	if len(list) > 0 && list[len(list)-1] == v {
		return list
	}
	return append(list, v)
}

// formKeys are the keys a form is indexed and looked up under.
func formKeys(f *form) []string {
	keys := []string{" " + strings.ReplaceAll(f.key, " ", "")}
	for _, w := range f.words {
		keys = append(keys, strings.TrimSuffix(w, "s"))
		if first, _, ok := strings.Cut(w, "-"); ok {
			keys = append(keys, strings.TrimSuffix(first, "s"))
		}
	}
	if len(f.words) == 1 {
		w := []rune(f.words[0])
		for i := range w {
			keys = append(keys, "-"+string(w[:i])+string(w[i+1:]))
		}
		keys = append(keys, "-"+f.words[0])
		if len(f.words[0]) >= 6 {
			keys = append(keys, "<"+f.words[0][:6])
		}
	}
	return keys
}

// candidates returns the positions of the forms that share a key with f
// and come before it, in order.
func (x *formIndex) candidates(f *form) []int {
	before := x.position[f]
	seen := map[int]bool{}
	var out []int
	for _, key := range formKeys(f) {
		for _, p := range x.byKey[key] {
			if p >= before {
				break
			}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Ints(out)
	return out
}

// expand finds the entity of a longer or equal form that f is a variant
// or a short form of, or -1: the first such form in order.
func (d *document) expand(f *form, index *formIndex, formEntity map[*form]int) int {
	for _, p := range index.candidates(f) {
		long := index.order[p]
		e, ok := formEntity[long]
		if ok && long != f && len(long.words) >= len(f.words) && d.sameName(f, long) {
			return e
		}
	}
	for _, p := range index.candidates(f) {
		long := index.order[p]
		if e, ok := formEntity[long]; ok && long != f && d.familyNameFirst(f, long) {
			return e
		}
	}
	if len(f.words) == 1 && isAcronym(f.words[0]) {
		acronym := strings.ToLower(strings.ReplaceAll(f.words[0], ".", ""))
		for _, p := range index.initials[acronym] {
			long := index.order[p]
			if e, ok := formEntity[long]; ok && (long.typ != graph.Person || len(f.words[0]) >= 3) && isAcronymOf(f.words[0], d.mentions[long.mentions[0]].text) {
				return e
			}
		}
		for _, e := range index.canonical[acronym] {
			if isAcronymOf(f.words[0], d.entities[e].name) {
				return e
			}
		}
	}
	return -1
}

// acronymsOf returns every acronym isAcronymOf accepts for name, in lower
// case: the initials of its words, function words given or not and words
// in capitals given whole, of at most six letters, as isAcronym allows.
func acronymsOf(name string) []string {
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(words) < 2 {
		return nil
	}
	prefixes := map[string]bool{"": true}
	for _, w := range words {
		lw := strings.ToLower(w)
		next := map[string]bool{}
		add := func(p string) {
			if utf8.RuneCountInString(strings.ReplaceAll(p, "&", "")) <= 6 {
				next[p] = true
			}
		}
		for p := range prefixes {
			if acronymStopWords[lw] {
				add(p)
			}
			add(p + lw[:1])
			if w == strings.ToUpper(w) && len(lw) > 1 {
				add(p + lw)
			}
		}
		prefixes = next
	}
	var out []string
	for p := range prefixes {
		if len(p) >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// sameName reports whether form f names what form long names: a variant
// spelling of it, or a short form.
func (d *document) sameName(f, long *form) bool {
	short, full := f.words, long.words
	if strings.ReplaceAll(f.key, " ", "") == strings.ReplaceAll(long.key, " ", "") {
		// "PowerPage" and "Power Page".
		return true
	}
	if len(full) > len(short) && equalWords(short, full[:len(short)]) && ledBody(full[len(short):]) {
		// "Reagan" of "Reagan Administration" is the leader, not the
		// body, however the tagger typed them.
		return false
	}
	switch {
	case len(full) == len(short):
		return variantWords(short, full, f.typ != graph.Person && long.typ != graph.Person)
	case f.typ == graph.Person && long.typ == graph.Person && partOfName(short, full):
		return true
	case len(short) == 1 && (long.typ == graph.Person || f.typ == graph.Person) && surnameOf(short[0], full):
		// A surname, with one of its forms mistyped by the tagger.
		return true
	case long.typ == graph.Org && equalWords(short, full[:len(short)]) && (f.typ != graph.Person || len(short) == 1 && !d.courteous(f)):
		// "Nissan" of "Nissan Motor", "Sports Entertainment" of "Sports
		// Entertainment Enterprises", and "Shanda" of "Shanda Interactive
		// Entertainment" that the tagger took for a person: no one is
		// called by an organisation's first word without "Mr". A
		// person's name of several words is the person the organisation
		// is named after: "Hans Christian Andersen" of "Hans Christian
		// Andersen Award".
		return true
	case equalWords(short, full[len(full)-len(short):]) && allCorporate(full[:len(full)-len(short)]):
		// "Menatep" of "Group Menatep", however the tagger typed them.
		return true
	case equalWords(short, full[:len(short)]) && allCorporate(full[len(short):]):
		// "Chrysler" of "Chrysler Corp".
		return true
	case long.typ == graph.Org && equalWords(short, full[len(full)-len(short):]):
		// "Supreme Court" of "US Supreme Court": the long form names its
		// country.
		words := strings.Fields(d.mentions[long.mentions[0]].text)
		if len(words) != len(full) {
			return false
		}
		qualifier := strings.Join(words[:len(full)-len(short)], " ")
		_, demonym := gazetteer.Demonym(qualifier)
		place, ok := gazetteer.Lookup(qualifier)
		return demonym || ok && place.Type != graph.Org
	}
	return false
}

// organisationByHead returns the entity whose name of several words ends in the
// organisation head word that is all of form f, if the article names one
// such organisation only: "the Commission" after "the European
// Commission", but not after the European and the Competition
// Commissions. It returns -1 otherwise.
func (d *document) organisationByHead(f *form) int {
	if len(f.words) != 1 || !isOrganisationHead(f.words[0]) || f.typ == graph.Person {
		return -1
	}
	found := -1
	for e, ent := range d.entities {
		words := strings.Fields(strings.ToLower(ent.name))
		if ent.typ != graph.Org || len(words) < 2 || words[len(words)-1] != f.words[0] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// familyNameFirst reports whether form f, a single word after a courtesy
// title, is the first word of long, a person's name the tagger took for
// an organisation's: "Mr Xi" of "Xi Jinping", the family name written
// first, its other words written nowhere in lower case. It is tried after
// every other long form f may be a short form of, so that "Mr Mittal" is
// "Lakshmi Mittal" rather than "Mittal Steel".
func (d *document) familyNameFirst(f, long *form) bool {
	if len(f.words) != 1 || len(long.words) < 2 || len(long.words) > maxPersonWords || f.words[0] != long.words[0] || !d.courteous(f) || !d.personShapedForm(long) {
		return false
	}
	for _, w := range long.words[1:] {
		if d.lower[w] {
			// "Mittal Steel": a word of the article is no given name.
			return false
		}
	}
	return true
}

// personShapedForm reports whether form f is written as a person's full
// name and the gazetteer does not know it.
func (d *document) personShapedForm(f *form) bool {
	m := d.mentions[f.mentions[0]]
	return m.canonical == "" && personShaped(d.sents[m.sent].tokens[m.first:m.last])
}

// courteous reports whether a courtesy title ever precedes form f: "Mr
// Ford" is a person.
func (d *document) courteous(f *form) bool {
	for _, i := range f.mentions {
		m := d.mentions[i]
		if m.first > 0 && courtesyTitles[d.sents[m.sent].tokens[m.first-1].text] {
			return true
		}
	}
	return false
}

// allCorporate reports whether words are all corporate suffixes: "Corp",
// "Group".
func allCorporate(words []string) bool {
	for _, w := range words {
		if !corporateSuffixes[w] {
			return false
		}
	}
	return len(words) > 0
}

// variantWords reports whether two names of as many words are spellings
// of one: plurals ("Liberal Democrats"), one word spelt a letter apart
// ("Viktor" and "Victor" Makarov, "Yuganskneftegas"), and, for
// organisations, a single word cut short ("Yugansk" of "Yuganskneftegaz").
func variantWords(a, b []string, organisation bool) bool {
	differ := -1
	for i := range a {
		if a[i] == b[i] || strings.TrimSuffix(a[i], "s") == strings.TrimSuffix(b[i], "s") && max(len(a[i]), len(b[i])) > 3 {
			continue
		}
		if differ >= 0 {
			return false
		}
		differ = i
	}
	if differ < 0 {
		return true
	}
	x, y := a[differ], b[differ]
	if len(x) >= 5 && len(y) >= 5 && editDistance(x, y) <= 1 {
		return true
	}
	return organisation && len(a) == 1 && min(len(x), len(y)) >= 6 && (strings.HasPrefix(y, x) || strings.HasPrefix(x, y))
}

// editDistance is the Levenshtein distance between two words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// surnameOf reports whether word is the surname of the full name, or the
// first part of a double-barrelled one ("Kilroy" of "Kilroy-Silk").
func surnameOf(word string, full []string) bool {
	last := graph.Surname(full)
	first, _, _ := strings.Cut(last, "-")
	return word == last || word == first && first != last && len(first) > 2
}

// partOfName reports whether short is the surname ("mullen" of "larry
// mullen jr"), the first name, or the tail of long ("le drian" of
// "jean-yves le drian").
func partOfName(short, long []string) bool {
	n := len(short)
	if n >= len(long) {
		return false
	}
	tail := long[len(long)-n:]
	if equalWords(short, tail) {
		return true
	}
	return n == 1 && (short[0] == graph.Surname(long) || short[0] == long[0] && len(long) == 2)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isAcronym(word string) bool {
	letters := 0
	for _, r := range word {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r != '.' && r != '&':
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// isAcronymOf reports whether acronym is made of the initials of the
// words of name, where a word in capitals may give all its letters and
// function words may give none: "FBI" of "Federal Bureau of
// Investigation", "UKIP" of "UK Independence Party".
func isAcronymOf(acronym, name string) bool {
	letters := strings.ToLower(strings.ReplaceAll(acronym, ".", ""))
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(letters) < 2 || len(words) < 2 {
		return false
	}
	return matchInitials(letters, words)
}

func matchInitials(letters string, words []string) bool {
	if len(words) == 0 {
		return letters == ""
	}
	w := words[0]
	lw := strings.ToLower(w)
	if acronymStopWords[lw] && matchInitials(letters, words[1:]) {
		return true
	}
	if letters == "" {
		return false
	}
	if lw[0] == letters[0] && matchInitials(letters[1:], words[1:]) {
		return true
	}
	if w == strings.ToUpper(w) && len(lw) > 1 && strings.HasPrefix(letters, lw) && matchInitials(letters[len(lw):], words[1:]) {
		return true
	}
	return false
}

func (d *document) attach(e, mention int) {
	ent := d.entities[e]
	m := &d.mentions[mention]
	m.entity = e
	ent.mentions = append(ent.mentions, mention)
	if m.via != "name" {
		return
	}
	ent.named = true
	key := nameKey(m.name())
	if !ent.forms[key] {
		ent.forms[key] = true
		ent.aliases = append(ent.aliases, m.name())
	}
	toks := d.sents[m.sent].tokens
	title := peerTitleBefore(toks, m.first)
	if title == "" && m.first > 0 && courtesyTitles[toks[m.first-1].text] {
		title = toks[m.first-1].text
	}
	if title != "" {
		alias := title + " " + m.text
		if k := nameKey(alias); !ent.forms[k] {
			ent.forms[k] = true
			ent.aliases = append(ent.aliases, alias)
		}
	}
}

// nameEntities settles each entity's name: the gazetteer's, or its
// fullest surface form; every other surface form is an alias.
func (d *document) nameEntities() {
	for _, e := range d.entities {
		sort.Ints(e.mentions)
		if !e.canonical {
			e.typ = d.entityType(e)
			for _, a := range e.aliases {
				if betterName(a, e.name) {
					e.name = a
				}
			}
		}
		kept := e.aliases[:0]
		for _, a := range e.aliases {
			if nameKey(a) != nameKey(e.name) {
				kept = append(kept, a)
			}
		}
		e.aliases = kept
	}
}

// entityType is the type most of an entity's names were given, a name of
// several words counting half as much again as a single word: the tagger
// is surer of "Mac Maharaz" than of "Maharaz", but two votes for the short
// form outweigh it.
// maxPersonWords is the most words a person's name usually has; a longer
// name typed as a person is more likely a mistyped organisation ("Regie
// Nationale des Usines Renault").
const maxPersonWords = 3

func (d *document) entityType(e *entity) graph.Type {
	// surnames are the last words of the entity's full names typed as a
	// person's, fullNames those of its names shaped as a person's that
	// the tagger took for a place's, or, outside sport, where clubs are
	// named so ("Real Sociedad"), for an organisation's the gazetteer does
	// not know ("Elon Musk").
	surnames, fullNames := map[string]bool{}, map[string]bool{}
	for _, i := range e.mentions {
		m := d.mentions[i]
		if m.via != "name" || m.cued {
			continue
		}
		if words := strings.Fields(m.text); len(words) > 1 && len(words) <= maxPersonWords {
			surnames[words[len(words)-1]] = surnames[words[len(words)-1]] || m.typ == graph.Person
			if personShaped(d.sents[m.sent].tokens[m.first:m.last]) && (m.typ != graph.Org || m.canonical == "" && !d.aboutSport()) {
				fullNames[words[len(words)-1]] = true
			}
		}
	}
	count := map[graph.Type]int{}
	for _, i := range e.mentions {
		m := d.mentions[i]
		if m.via == "name" {
			switch {
			case surnames[m.text]:
				// "Presley" after "Elvis Presley", whatever the tagger
				// made of the surname alone; "Washington" after "MaliVai
				// Washington" too, though the gazetteer knows the place.
				count[graph.Person] += 2
			case m.first > 0 && courtesyTitles[d.sents[m.sent].tokens[m.first-1].text]:
				// "Mr San" is a person, as surely as words around a name
				// say what it is, whatever the tagger made of "Jez San".
				count[graph.Person] += 12
			case m.typ == graph.Person && fullNames[m.text]:
				// "Kluft" after "Sweden's Carolina Kluft" the tagger took
				// for a place: a surname alone tells a person's full name
				// better than the full name's own context does.
				count[graph.Person] += 4
			case m.cued:
				// Words around a name that say what it is outweigh half a
				// dozen guesses of the tagger, which in business news
				// takes unknown companies for people or places.
				count[m.typ] += 12
			case strings.Contains(m.text, " "):
				count[m.typ] += 3
			default:
				count[m.typ] += 2
			}
		}
	}
	best := e.typ
	for _, t := range graph.Types {
		if count[t] > count[best] {
			best = t
		}
	}
	return best
}

// betterName prefers names with more words past a peer's title or a
// rank; of two with as many, the titled one where the title comes with a
// surname alone, the untitled full name otherwise; then longer ones; and
// never one that starts with a form of address: "Robin Butler" to "Lord
// Butler" to "Butler", "Conrad Black" to "Lord Conrad Black", never "Mr
// Butler".
func betterName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	ta, tb := titledWords(wa), titledWords(wb)
	if len(wa) == 0 || ta == 0 && courtesyTitles[wa[0]] {
		return false
	}
	if len(wa)-ta != len(wb)-tb {
		return len(wa)-ta > len(wb)-tb
	}
	if ta != tb {
		return ta > tb == (len(wa)-ta == 1)
	}
	return len(a) > len(b)
}

// surnameForm reports whether short is the last word of name, a name of
// a person's length: "Moore" of "Aston Moore".
func surnameForm(short []string, name string) bool {
	words := strings.Fields(nameKey(name))
	return len(short) == 1 && len(words) > 1 && len(words) <= maxPersonWords && words[len(words)-1] == short[0]
}

// nameKey is the form of a name that identical names share.
func nameKey(s string) string {
	s = strings.ReplaceAll(s, "\u2019", "'")
	words := strings.Fields(s)
	if len(words) > 1 && ranks[words[0]] && peerTitles[words[0]] {
		// "Baroness Kennedy" is a form of "Helena Kennedy", a peer's
		// title before her surname; but "Prince Charles" is no form of
		// "Charles Kennedy": a prince's is before his first name.
		words = words[1:]
	}
	return strings.ToLower(strings.Join(words, " "))
}
