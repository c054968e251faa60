package extract

// A name the gazetteer knows, its possessive, and a name after it are two
// names, which the tagger may read as one: "the UN's Food & Agriculture
// Organisation", "Altria's Philip Morris". Names with a possessive inside
// that is their own ("McDonald's Corp", "Moody's Investors Service",
// "People's Bank of China") do not begin with a name the gazetteer knows.

// splitPossessive cuts span c at a possessive after a name the gazetteer
// knows, when a capitalised word follows it.
func splitPossessive(toks []token, c chunk) []chunk {
	for k := c.first + 1; k+1 < c.last; k++ {
		if (toks[k].text == "'s" || toks[k].text == "'") && startsUpper(toks[k+1].text) && known(spanText(toks, c.first, k)) && !known(spanText(toks, c.first, c.last)) {
			return []chunk{{c.first, k, c.label}, {k + 1, c.last, c.label}}
		}
	}
	return []chunk{c}
}
