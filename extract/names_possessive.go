package extract

import "strings"

// A name the gazetteer knows, its possessive, and a name after it are two
// names, which the tagger may read as one: "the UN's Food & Agriculture
// Organisation", "Altria's Philip Morris". Names with a possessive inside
// that is their own ("McDonald's Corp", "Moody's Investors Service",
// "People's Bank of China") do not begin with a name the gazetteer knows.
// A plural and its possessive, on the other hand, start the name of the
// organisation of that plural: "Critics' Circle", "Women's Tennis
// Association" (fixChunks).

// splitPossessive cuts span c at a possessive after a name the gazetteer
// knows, when a capitalised word follows it.
func splitPossessive(toks []token, c chunk) []chunk {
	owner := c.first
	for owner < c.last && articles[toks[owner].text] {
		owner++
	}
	for k := owner + 1; k+1 < c.last; k++ {
		// A role after the possessive is trimName's: "Gibraltar's Chief
		// Minister Peter Caruana".
		if (toks[k].text == "'s" || toks[k].text == "'") && startsUpper(toks[k+1].text) && !isRoleWord(toks[k+1].text) && known(spanText(toks, owner, k)) && !known(spanText(toks, owner, c.last)) {
			return []chunk{{c.first, k, c.label}, {k + 1, c.last, c.label}}
		}
	}
	return []chunk{c}
}

// pluralOwner reports whether the two tokens before token i are a plural
// noun with a capital and its possessive: "Critics" "'", "Women" "'s".
func pluralOwner(toks []token, i int) bool {
	if i < 2 || !startsUpper(toks[i-2].text) {
		return false
	}
	word := toks[i-2].text
	switch toks[i-1].text {
	case "'", "’":
		return len(word) > 3 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss")
	case "'s", "’s":
		return irregularPlurals[strings.ToLower(word)]
	}
	return false
}

// irregularPlurals are plurals without an s, which take "'s" as owners.
var irregularPlurals = map[string]bool{"women": true, "men": true, "children": true, "people": true}
