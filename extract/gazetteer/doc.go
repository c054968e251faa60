// Package gazetteer knows the names of countries, their divisions and
// cities, of continents, seas and other regions, of international
// organisations, national public bodies, parties and large companies, so
// that extraction can recognise them and resolve their many names to one
// entity.
//
// # Names
//
// Every Entry has one canonical name ("United States", "Russia", "United
// Nations") and the other names news text uses for it: official long
// forms ("Russian Federation"), short forms ("Britain"), former names
// ("Burma", "Zaire") and acronyms ("UN", "U.S."). Lookup resolves any of
// them to the entry.
//
// Acronyms and other names written in capitals only match with their case
// intact, because many of them are everyday words once lower-cased ("US"
// and "us", "WHO" and "who"). Every other name matches regardless of case,
// of diacritics ("Sao Paulo" finds "São Paulo"), of the form of
// apostrophes and dashes, and of runs of white space. A leading "the" is
// optional: "the Netherlands" and "Netherlands" are the same entry.
//
// # Demonyms
//
// Demonym resolves a nationality adjective or the name of an inhabitant
// ("Russian", "Russians", "Parisian", "Texan") to its place. It matches
// the capitalised form, and the form in capitals that headlines use
// ("RUSSIAN"), but never the lower-case one: "french windows" is no mention
// of France.
//
// # Ambiguity
//
// Some names are also common words or personal names: Chad, Turkey,
// Jordan, Victoria. They stay in the gazetteer, and Ambiguous reports
// them, so that callers can ask for more evidence (a preposition before
// the name, a second mention) before trusting an occurrence at the start
// of a sentence or in a headline.
//
// # Kinds
//
// An organisation's entry says what kind it is, by the file that lists
// it: a national public body (KindAgency), an international organisation
// (KindOrganisation), a company (KindCompany) or a party (KindParty), so
// that a description can tell "the regulator" from "the search giant".
//
// # Data
//
// The names are kept as tab-separated files under data/, embedded in the
// binary and indexed on first use. SOURCES.md records where they come from
// and the deliberate choices made where one name could mean two places.
//
// BUG(gazetteer): A name shared by two places resolves to one of them
// only: "Birmingham" is the English city, "Georgia" the country, "Congo"
// the Democratic Republic. Nor does the gazetteer know that "Liverpool" or
// "Chelsea" on a sports page is usually a football club.
package gazetteer
