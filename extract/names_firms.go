package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// The names of firms join their founders' names with "and", which
// Reuters writes for "&": "Ivan F. Boesky and Co LP", "W.R. Grace and
// Co", "Harper and Row Publishers Inc", "AT and T"; or with a possessive:
// "Pantera's Corp". The tagger reads the
// founders as names of their own, and splitChunk parts names at "and";
// joinFirms puts the firm's name back together where its words show it is
// one: "Co" after the "and", a legal form ending the name after it, or
// capitals on both sides.

// joinFirms joins the spans around "and" that name one firm, types a
// span that begins with an organisation's head word in another language
// as an organisation, and cuts a place off the front of a firm's name. cs is in text order, and so is
// what it returns.
func joinFirms(toks []token, cs []chunk) []chunk {
	var split []chunk
	for _, c := range cs {
		if c.last-c.first > 1 && leadingHeads[toks[c.first].text] {
			// "Gruppo Ferruzzi", whatever the tagger made of it.
			c.label = "ORG"
		}
		for _, piece := range splitAtCommas(toks, c) {
			split = append(split, splitPlace(toks, piece)...)
		}
	}
	cs = joinInitials(toks, split)
	var out []chunk
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		end := c.last
		switch {
		case end+1 < len(toks) && toks[end].text == "and" && firmWords[toks[end+1].text]:
			// "Ivan F. Boesky" "and Co" "LP".
			end += 2
			for end < len(toks) && (legalForms[strings.ToLower(toks[end].text)] || firmForms[toks[end].text]) {
				end++
			}
		case i+1 < len(cs) && cs[i+1].first == end+1 && toks[end].text == "and" && formedFirm(toks, c, cs[i+1]):
			// "Harper" "and" "Row Publishers Inc".
			end = cs[i+1].last
		case i+1 < len(cs) && cs[i+1].first == end+1 && (toks[end].text == "'s" || toks[end].text == "'") && allLegalForms(words(toks, cs[i+1])):
			// "Pantera" "'s" "Corp": a legal form alone is no name of its
			// own, but the end of the one before it.
			end = cs[i+1].last
		}
		for end < len(toks) && firmForms[toks[end].text] {
			// "Cypress Partners" "L.P".
			end++
		}
		for end > c.last && i+1 < len(cs) && cs[i+1].first < end {
			i++
			end = max(end, cs[i].last)
		}
		if end > c.last {
			c.last, c.label = end, "ORG"
		}
		out = append(out, c)
	}
	return out
}

// words returns the words of span c.
func words(toks []token, c chunk) []string {
	var out []string
	for k := c.first; k < c.last; k++ {
		out = append(out, toks[k].text)
	}
	return out
}

// formedFirm reports whether a name of one word, "and", and a name of
// more ending in a legal form are one firm's name: neither side is a name
// the gazetteer knows ("Apple and Microsoft Corp" are two).
func formedFirm(toks []token, a, b chunk) bool {
	return a.last-a.first == 1 && b.last-b.first > 1 && legalForms[strings.ToLower(toks[b.last-1].text)] &&
		!known(toks[a.first].text) && !known(spanText(toks, b.first, b.last))
}

// leadingHeads begin the names of organisations in other languages.
var leadingHeads = wordSet("leading_heads")

// firmWords stand for "company" in a firm's name after "and".
var firmWords = map[string]bool{"Co": true, "Co.": true, "Company": true, "Cos": true}

// firmForms are legal forms of partnerships, written in capitals, which
// end the name before them: "Ivan F. Boesky and Co LP", "Cypress Partners
// L.P".
var firmForms = map[string]bool{"LP": true, "L.P.": true, "L.P": true, "LLP": true}

// joinInitials makes one firm's name of capitals joined by "and" that
// the gazetteer does not know ("AT and T", "S and W Berisford Plc"), with
// the spans within them and the span going on right after them, unless a
// span runs into them from before.
func joinInitials(toks []token, cs []chunk) []chunk {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].text != "and" || !capitals(toks[k-1].text) || !capitals(toks[k+1].text) || known(toks[k-1].text) || known(toks[k+1].text) {
			continue
		}
		joined := chunk{k - 1, k + 2, "ORG"}
		var kept []chunk
		into := false
		for _, c := range cs {
			switch {
			case c.first < joined.first && c.last > joined.first:
				into = true
			case c.first >= joined.first && c.first <= joined.last:
				joined.last = max(joined.last, c.last)
				continue
			}
			kept = append(kept, c)
		}
		if into {
			continue
		}
		cs = append(kept, joined)
		sort.Slice(cs, func(a, b int) bool { return cs[a].first < cs[b].first })
		k = joined.last
	}
	return cs
}

// capitals reports whether word is one or two capital letters: "AT", "T".
func capitals(word string) bool {
	if len(word) == 0 || len(word) > 2 {
		return false
	}
	for _, r := range word {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// splitAtCommas cuts a span the tagger ran over commas into the names
// of a list, "RJ Reynolds Tobacco, Lorillard Tobacco", unless "and"
// ends it as it ends a firm's name of several partners: "Fried, Frank,
// Harris, Shriver and Jacobson".
func splitAtCommas(toks []token, c chunk) []chunk {
	comma := -1
	for k := c.first; k < c.last; k++ {
		switch toks[k].text {
		case ",":
			comma = k
		case "and", "&":
			if comma >= 0 {
				return []chunk{c}
			}
		}
	}
	if comma < 0 {
		return []chunk{c}
	}
	var out []chunk
	from := c.first
	for k := c.first; k <= c.last; k++ {
		if k == c.last || toks[k].text == "," {
			if from < k {
				out = append(out, chunk{from, k, c.label})
			}
			from = k + 1
		}
	}
	return out
}

// splitPlace cuts a place off the front of a company's name the gazetteer
// knows, where the tagger or mergeNames ran the two together: "the huge
// US" "Carnival Corporation". Only a name ending in a legal form is cut, so that "US
// Justice Department" stays whole.
func splitPlace(toks []token, c chunk) []chunk {
	if c.last-c.first < 3 || !legalForms[strings.ToLower(toks[c.last-1].text)] || !knownPlace(toks[c.first].text) {
		return []chunk{c}
	}
	rest := spanText(toks, c.first+1, c.last)
	if e, ok := gazetteer.Lookup(rest); !ok || e.Type != graph.Org || known(spanText(toks, c.first, c.last)) {
		return []chunk{c}
	}
	return []chunk{{c.first, c.first + 1, "LOC"}, {c.first + 1, c.last, "ORG"}}
}

// maxDemonymFirmWords bounds the words after a demonym that name a firm
// with it.
const maxDemonymFirmWords = 3

// demonymFirms joins a nationality the tagger took for an adjective to the
// name of the firm it begins: "British" "Sugar", "American" "Hoechst",
// "Canadian" "Pacific Air Lines". The words after it are capitalised
// words no other span holds and no other name follows, or an
// organisation of several words the gazetteer does not know ("Polish"
// "SPC" is a Polish firm); not a role ("British Prime Minister"), an
// event ("French Open", "Chinese New Year"), another demonym ("Turkish
// Cypriots") or a place ("Iraqi Kurdistan"). cs is in text order, and so
// is what it returns.
func demonymFirms(toks []token, cs []chunk) []chunk {
	var out []chunk
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.label != "MISC" || c.last-c.first != 1 {
			out = append(out, c)
			continue
		}
		if _, ok := gazetteer.Demonym(toks[c.first].text); !ok || toks[c.first].text == strings.ToUpper(toks[c.first].text) {
			out = append(out, c)
			continue
		}
		end := c.last
		if i+1 < len(cs) && cs[i+1].first == c.last {
			if n := cs[i+1]; n.label == "ORG" && n.last-n.first > 1 && !known(spanText(toks, n.first, n.last)) && nameAfterDemonym(toks, n.first, n.last, false) {
				end = n.last
				i++
			}
		} else {
			for end < len(toks) && end-c.last < maxDemonymFirmWords && (i+1 >= len(cs) || end < cs[i+1].first) && startsUpper(toks[end].text) && isWord(toks[end].text) {
				end++
			}
			if !nameAfterDemonym(toks, c.last, end, true) || known(spanText(toks, c.first, end)) || i+1 < len(cs) && cs[i+1].first == end {
				// "Australian Tom" "Moody": the words before another
				// name may be its own, as a first name the tagger left
				// out of a person's.
				end = c.last
			}
		}
		if end > c.last {
			c.last, c.label = end, "ORG"
		}
		out = append(out, c)
	}
	return out
}

// nameAfterDemonym reports whether toks[first:last] may end a firm's
// name after a demonym: capitalised words that are not function words,
// roles, events or times; strict, where the tagger did not call them an
// organisation, nor places or demonyms ("Iraqi Kurdistan", "Turkish
// Cypriots", but "Canadian" "Pacific Air Lines").
func nameAfterDemonym(toks []token, first, last int, strict bool) bool {
	if last <= first {
		return false
	}
	for _, t := range toks[first:last] {
		w := t.text
		if !startsUpper(w) || functionWords[strings.ToLower(w)] || isRoleWord(w) || eventWords[strings.ToLower(w)] || contestNouns[strings.ToLower(w)] || calendarWords[w] || strict && knownPlace(w) {
			return false
		}
		if _, ok := gazetteer.Demonym(w); ok && strict {
			return false
		}
	}
	return true
}
