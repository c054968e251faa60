package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kg-project/kg/graph"
)

// Entry is one known entity.
type Entry struct {
	// Name is the canonical name: "Russia", "United States", "United
	// Nations", "European Union".
	Name string
	// Type is graph.GPE for countries, their divisions and cities,
	// graph.Loc for continents, seas, rivers, mountains and regions
	// without a government of their own, graph.Org for organisations.
	Type graph.Type
	// Aliases are the entry's other names: official and short forms,
	// former names, acronyms. Entries returned by Lookup and Demonym
	// share this slice; treat it as read-only.
	Aliases []string
	// Kind is the kind of organisation an organisation is (KindAgency,
	// KindOrganisation, KindCompany or KindParty), "" for a place.
	Kind string
}

// The kinds of organisation.
const (
	// KindAgency is a national public body: a regulator, a central
	// bank, a ministry, a police or intelligence service, a chamber.
	KindAgency = "agency"
	// KindOrganisation is an international organisation.
	KindOrganisation = "organisation"
	// KindCompany is a company.
	KindCompany = "company"
	// KindParty is a political party.
	KindParty = "party"
)

// Lookup finds the entry for a name or alias. Names written in capitals
// only ("US", "WHO") match as written; others match regardless of case
// and diacritics. White space around the name and a leading "the" are
// ignored.
func Lookup(name string) (Entry, bool) {
	ix := loadIndex()
	id, ok := ix.names.find(name)
	if !ok {
		return Entry{}, false
	}
	return ix.entries[id], true
}

// Demonym finds the place of a nationality adjective or demonym:
// "Russian" and "Russians" give Russia, "British" the United Kingdom,
// "Parisian" Paris, "European" Europe. The word must be capitalised as in
// running text, or written in capitals as in a headline ("RUSSIAN");
// "russian" matches nothing.
func Demonym(word string) (Entry, bool) {
	ix := loadIndex()
	id, ok := ix.demonyms[word]
	if !ok {
		return Entry{}, false
	}
	return ix.entries[id], true
}

// Ambiguous reports whether name, read as Lookup reads it, is also a
// common English word or a personal name ("Chad", "Turkey", "Jordan",
// "Nice", "Polish"), so that a capitalised occurrence may not mean the
// place.
func Ambiguous(name string) bool {
	_, ok := loadIndex().ambiguous.find(name)
	return ok
}

// Entries returns every entry: countries first, then their divisions,
// cities, geographic regions and features, and organisations, each group
// in the order of its data file. The slice and its aliases are the
// caller's own.
func Entries() []Entry {
	entries := slices.Clone(loadIndex().entries)
	for i := range entries {
		entries[i].Aliases = slices.Clone(entries[i].Aliases)
	}
	return entries
}

// index holds the parsed data and the maps that answer queries.
type index struct {
	entries   []Entry
	names     nameSet
	demonyms  map[string]int
	ambiguous nameSet
	// problems lists names that the data gives to two entries, or twice to
	// one; the first claim wins. Tests require it to be empty.
	problems []string
}

// nameSet maps names to entry ids: acronyms as written, other names by
// their folded key.
type nameSet struct {
	exact  map[string]int
	folded map[string]int
}

func newNameSet() nameSet {
	return nameSet{exact: make(map[string]int), folded: make(map[string]int)}
}

// add records name for id and returns the id that already held the name,
// if any.
func (set nameSet) add(name string, id int) (previous int, taken bool) {
	table, key := set.folded, fold(name)
	if isAcronym(name) {
		table, key = set.exact, name
	}
	if previous, taken = table[key]; taken {
		return previous, true
	}
	table[key] = id
	return id, false
}

// find resolves a name as Lookup documents.
func (set nameSet) find(name string) (int, bool) {
	name = strings.TrimSpace(name)
	if id, ok := set.findOne(name); ok {
		return id, true
	}
	if rest, ok := cutArticle(name); ok {
		return set.findOne(rest)
	}
	return 0, false
}

func (set nameSet) findOne(name string) (int, bool) {
	if name == "" {
		return 0, false
	}
	if id, ok := set.exact[name]; ok {
		return id, true
	}
	// Most names are short: folding into a buffer on the stack and indexing
	// the map with the converted bytes keeps the lookup free of allocation.
	var buffer [64]byte
	id, ok := set.folded[string(appendFold(buffer[:0], name))]
	return id, ok
}

// cutArticle removes a leading "the" and the white space after it.
func cutArticle(name string) (string, bool) {
	const article = "the"
	if len(name) <= len(article) || !strings.EqualFold(name[:len(article)], article) {
		return "", false
	}
	rest := strings.TrimLeft(name[len(article):], " \t\n\r\v\f\u00a0")
	if len(rest) == len(name)-len(article) {
		return "", false
	}
	return rest, true
}

var loadIndex = sync.OnceValue(func() *index {
	ix, err := buildIndex()
	if err != nil {
		// The data is compiled into the binary and the tests parse all of
		// it, so a failure here is a programming error.
		panic(err)
	}
	return ix
})

func buildIndex() (*index, error) {
	var records []record
	for _, file := range entryFiles {
		text, err := dataFiles.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		parsed, err := parseEntries(file, string(text))
		if err != nil {
			return nil, err
		}
		records = append(records, parsed...)
	}
	text, err := dataFiles.ReadFile(ambiguousFile)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	ambiguous, err := parseNames(ambiguousFile, string(text))
	if err != nil {
		return nil, err
	}
	return newIndex(records, ambiguous), nil
}

func newIndex(records []record, ambiguous []string) *index {
	ix := &index{
		entries:   make([]Entry, len(records)),
		names:     newNameSet(),
		demonyms:  make(map[string]int),
		ambiguous: newNameSet(),
	}
	for id, rec := range records {
		ix.entries[id] = rec.entry
		for _, name := range append([]string{rec.entry.Name}, rec.entry.Aliases...) {
			if previous, taken := ix.names.add(name, id); taken {
				ix.problem(rec, "name", name, records[previous])
			}
		}
	}
	for id, rec := range records {
		for _, word := range rec.demonyms {
			if previous, taken := ix.demonyms[word]; taken {
				ix.problem(rec, "demonym", word, records[previous])
				continue
			}
			ix.demonyms[word] = id
			// A word that is both a demonym and a name must mean the same
			// place either way.
			if named, ok := ix.names.find(word); ok && named != id {
				ix.problem(rec, "demonym", word, records[named])
			}
		}
	}
	// Headlines set demonyms in capitals ("DUTCH BANK CUTS RATES"). The
	// capitalised spellings come first so that none is displaced by
	// another word's capitals.
	for id, rec := range records {
		for _, word := range rec.demonyms {
			if ix.demonyms[word] != id {
				continue // already reported
			}
			shouted := strings.ToUpper(word)
			if previous, taken := ix.demonyms[shouted]; taken {
				if previous != id {
					ix.problem(rec, "demonym", shouted, records[previous])
				}
				continue
			}
			ix.demonyms[shouted] = id
		}
	}
	// An acronym and a folded name may claim the same letters: "NICE" the
	// agency and "Nice" the city. An all-capitals headline would then find
	// the acronym where the writer meant the name.
	for key, id := range ix.names.exact {
		if other, ok := ix.names.folded[fold(key)]; ok && other != id {
			ix.problem(records[id], "acronym", key, records[other])
		}
	}
	slices.Sort(ix.problems)
	for _, name := range ambiguous {
		ix.ambiguous.add(name, 0)
	}
	return ix
}

func (ix *index) problem(rec record, kind, name string, holder record) {
	owner := "the same entry already"
	if holder.file != rec.file || holder.line != rec.line {
		owner = fmt.Sprintf("%q (%s:%d)", holder.entry.Name, holder.file, holder.line)
	}
	ix.problems = append(ix.problems, fmt.Sprintf("%s:%d: %s %q of %q also belongs to %s",
		rec.file, rec.line, kind, name, rec.entry.Name, owner))
}
