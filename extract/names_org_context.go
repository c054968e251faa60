package extract

import (
	"fmt"
	"strings"
	"unicode"
)

// orgCues are the words around a name that show it is an organisation's,
// read from lexicon/organisation_cues.txt, by what each shows.
var orgCues = readOrgCues("organisation_cues")

// organisationCues sorts the phrases of the cue list by kind.
type organisationCues struct {
	leads      [][]string      // end right before a company's name: "shares of"
	forLeads   [][]string      // end before a company's or a person's name: "a spokesman for"
	trails     [][]string      // start right after a company's name: "has been fined"
	statements [][]string      // start after the name of one who issues statements
	verbs      map[string]bool // what a company does, right after its name
	acts       map[string]bool // what a company, not a word, does at the start of a sentence
}

func readOrgCues(name string) organisationCues {
	cues := organisationCues{verbs: map[string]bool{}, acts: map[string]bool{}}
	for _, e := range readLexicon(name) {
		words := strings.Fields(e.key)
		for _, kind := range strings.Fields(e.value) {
			switch kind {
			case "lead":
				cues.leads = append(cues.leads, words)
			case "for":
				cues.forLeads = append(cues.forLeads, words)
			case "trail":
				cues.trails = append(cues.trails, words)
			case "statement":
				cues.statements = append(cues.statements, words)
			case "verb":
				cues.verbs[e.key] = true
			case "act":
				cues.acts[e.key] = true
			default:
				panic(fmt.Sprintf("extract: lexicon/%s.txt:%d: no kind of cue %q", name, e.line, kind))
			}
		}
	}
	return cues
}

// companyTrail reports whether the words from token i on are done to or
// by companies only: "was acquired", "founder".
func companyTrail(toks []token, i int) bool {
	return phraseAfter(toks, i, orgCues.trails)
}

// companyLead reports whether the words before token i, which begins a
// name of words words, make it a company's: a lead, or a lead people
// have too before a name of one word ("a spokesperson for Brex").
func companyLead(toks []token, i, words int) bool {
	return phraseBefore(toks, i, orgCues.leads) || words == 1 && !pluralInitials(toks[i].text) && phraseBefore(toks, i, orgCues.forLeads)
}

// pluralInitials reports whether word is a plural of initials, which
// names a kind of thing, not one: "rival ISPs", "SUVs".
func pluralInitials(word string) bool {
	stem, ok := strings.CutSuffix(word, "s")
	return ok && initials(stem)
}

// companyStatement reports whether the words from token i on issue a
// statement as companies do: "said in a statement".
func companyStatement(toks []token, i int) bool {
	return phraseAfter(toks, i, orgCues.statements)
}

// companyVerb reports whether the word at token i is one a company's
// name comes before: "Apple sued", "3M agreed".
func companyVerb(toks []token, i int) bool {
	return i < len(toks) && orgCues.verbs[toks[i].text]
}

// companyAct reports whether the word at token i is one a company's
// name the tagger missed comes before at the start of a sentence: "Juventus
// reported a loss", "Rippling sued a rival".
func companyAct(toks []token, i int) bool {
	return i < len(toks) && orgCues.acts[toks[i].text]
}

// inLongerName reports whether the document writes word in a run of
// capitalised words, as the surname of a person named in full is ("Elon
// Musk" before "Musk sued").
func (d *document) inLongerName(word string) bool {
	for _, s := range d.sents {
		for k, t := range s.tokens {
			if t.text == word && (k > 0 && startsUpper(s.tokens[k-1].text) && isNameWord(s.tokens[k-1].text) || k+1 < len(s.tokens) && startsUpper(s.tokens[k+1].text) && isNameWord(s.tokens[k+1].text)) {
				return true
			}
		}
	}
	return false
}

// personPrefixes begin surnames written with a capital inside
// ("McDonald", "DiCaprio", "O'Brien"), which are not shaped as the names
// of companies are.
var personPrefixes = []string{"Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "Du", "Fitz", "O'"}

// camelCased reports whether word is written as the names of companies
// are and people's and places' are not: a small letter then a capital
// ("TikTok", "DoorDash", "xAI"), and nothing but letters, not right after a
// surname's prefix ("McDonald", "DiCaprio").
func camelCased(word string) bool {
	camel := false
	prev := ' '
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return false
		}
		camel = camel || unicode.IsUpper(r) && unicode.IsLower(prev)
		prev = r
	}
	for _, p := range personPrefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && startsUpper(rest) {
			// "McDonald", "DiCaprio", but not "DaimlerChrysler".
			return false
		}
	}
	return camel
}

// digitsAndCapitals reports whether word is written in digits and
// capitals, with both: "3M", "G4S". Models and standards are written so
// too ("5G", "A380"): such a word is a company's only where what it does
// shows it.
func digitsAndCapitals(word string) bool {
	var upper, digit bool
	for _, r := range word {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= '0' && r <= '9':
			digit = true
		default:
			return false
		}
	}
	return upper && digit
}

// domains end the addresses of websites that companies are named by.
var domains = map[string]bool{"com": true, "ai": true, "io": true, "net": true, "co": true, "app": true, "tv": true}

// domainShaped reports whether word is written as a website's address
// that names a company: a capital, then letters, digits or hyphens, a dot
// and a domain ("Booking.com", "Character.AI").
func domainShaped(word string) bool {
	name, domain, ok := strings.Cut(word, ".")
	if !ok || name == "" || !domains[strings.ToLower(domain)] || !startsUpper(name) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// actsAsCompany reports whether the words from token i on, after a name,
// show it is a company's: what a company does ("Apple sued"), has done
// to it ("was acquired") or has ("Wise's shareholders").
func actsAsCompany(toks []token, i int) bool {
	if i < len(toks) && (toks[i].text == "'s" || toks[i].text == "'") {
		return i+1 < len(toks) && ownerWords[toks[i+1].text] || companyTrail(toks, i+1)
	}
	return companyVerb(toks, i) || companyTrail(toks, i) || companyStatement(toks, i)
}

// shapedMentions finds the companies the tagger missed whose names are
// shaped as companies' are ("3M", "xAI") and which act as companies do,
// or are written as a website's address ("Booking.com"), among the
// tokens of sentence si not yet covered, anywhere in the sentence: the
// shape shows a name even at its start.
func (d *document) shapedMentions(si int, covered []bool) []mention {
	s := d.sents[si]
	if s.headline {
		return nil
	}
	var out []mention
	for i, t := range s.tokens {
		if covered[i] || !domainShaped(t.text) && (!camelCased(t.text) && !digitsAndCapitals(t.text) || !actsAsCompany(s.tokens, i+1)) || known(t.text) {
			continue
		}
		out = append(out, d.cuedOrganisation(si, i, i+1, covered))
	}
	return out
}
