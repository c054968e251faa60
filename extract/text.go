package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/kg-project/kg/extract/parse"
)

// token is one word or punctuation mark of an article, located in its text.
type token struct {
	text       string // as prose gives it: curly quotes straightened
	tag        string // Penn Treebank part of speech
	start, end int    // byte offsets into the article text
}

// sentence is a run of tokens that prose's segmenter, or a line break,
// ends.
type sentence struct {
	start, end int // byte offsets into the article text
	tokens     []token
	headline   bool         // a Title Case or ALL CAPS line: names in it need support from the body
	names      []bool       // tokens inside a name the article's entities are found by, for the tagger
	tagged     bool         // tokens carry their parts of speech, and words their parse
	words      []parse.Word // the parse, a word per token, once tagged
}

// blocks splits text into the stretches that no sentence crosses: lines
// separated by a blank line always, and single line breaks unless the
// line looks hard-wrapped (it runs on without closing punctuation into a
// lower-case word, or it is long).
func blocks(text string) []span {
	wrapped := hardWrapped(text)
	var out []span
	start := -1
	prevEnd := 0
	prevLine := ""
	flush := func(end int) {
		if start >= 0 {
			out = append(out, span{start, end})
		}
		start = -1
	}
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		line := strings.TrimSpace(text[pos:lineEnd])
		if line == "" {
			flush(prevEnd)
		} else {
			if start >= 0 && !continues(prevLine, line, wrapped) {
				flush(prevEnd)
			}
			if start < 0 {
				start = pos + strings.Index(text[pos:lineEnd], line)
			}
			prevEnd = pos + strings.Index(text[pos:lineEnd], line) + len(line)
			prevLine = line
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	flush(prevEnd)
	return out
}

// continues reports whether next carries on the sentence of prev: prev
// does not close a sentence, and next starts in lower case, or the text is
// hard-wrapped and prev is a full line ("Federal Reserve Board chairman
// Paul" / "Volcker") or ends in a word in lower case ("President Richard
// von" / "Weizsaecker").
func continues(prev, next string, wrapped bool) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"'\u201d\u2019)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first) || unicode.IsDigit(first) || wrapped && (len(prev) >= wrapMin || unicode.IsLower(last))
}

// Lines of hard-wrapped text, as newswire is, fill between wrapMin and
// wrapMax bytes.
const (
	wrapMin = 50
	wrapMax = 80
)

// hardWrapped reports whether text is hard-wrapped: most of its lines,
// and at least three, fill the width of a wrapped line. Text with a line
// per paragraph or per sentence is not.
func hardWrapped(text string) bool {
	lines, full := 0, 0
	for line := range strings.Lines(text) {
		n := len(strings.TrimRightFunc(line, unicode.IsSpace))
		if n == 0 {
			continue
		}
		lines++
		if n >= wrapMin && n <= wrapMax {
			full++
		}
	}
	return full >= 3 && full*10 >= lines*6
}

type span struct{ start, end int }

// analyse tokenises text with prose, locates every token in it, and
// splits the tokens into sentences. Parts of speech and the parse come
// later, and only for the sentences that need them (see parseSentence):
// prose's tokeniser needs none of its models.
func analyse(text string) []sentence {
	var out []sentence
	for _, b := range blocks(text) {
		chunk := text[b.start:b.end]
		doc, err := prose.NewDocument(chunk, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			continue
		}
		toks := mendTokens(chunk, fillGaps(chunk, locateTokens(chunk, doc.Tokens())))
		for i := range toks {
			toks[i].start += b.start
			toks[i].end += b.start
		}
		for len(toks) > 0 {
			n := cutLong(toks, sentenceEnd(toks))
			out = append(out, sentence{start: toks[0].start, end: toks[n-1].end, tokens: toks[:n:n]})
			toks = toks[n:]
		}
	}
	markHeadlines(text, out)
	return out
}

// parseSentence gives the tokens of a sentence their parts of speech,
// lemmas and dependency tree, once: kg's parser reads the sentence's
// tokens as they are, but for the angle brackets newswire puts round a
// company's name ("<Ajinomoto Co Inc>"), which it does not know and
// which derail it. Each bracket is attached to the word inside it as
// punctuation. The words of a known name are proper nouns, and the role
// that ends a post's name a common noun (knownTag).
func parseSentence(model *parse.Model, s *sentence) {
	if s.tagged {
		return
	}
	s.tagged = true
	var forms []string
	var kept []int // word -> token
	for i, t := range s.tokens {
		if t.text != "<" && t.text != ">" {
			kept = append(kept, i)
			forms = append(forms, t.text)
		}
	}
	tags := make([]string, len(kept))
	for w, i := range kept {
		tags[w] = knownTag(s, i)
	}
	parsed := model.ParseTagged(forms, tags)
	s.words = make([]parse.Word, len(s.tokens))
	word := 0
	for i, t := range s.tokens {
		if word < len(kept) && kept[word] == i {
			w := parsed[word]
			if w.Head > 0 {
				w.Head = kept[w.Head-1] + 1
			}
			s.words[i] = w
			word++
		} else {
			// A bracket: punctuation of the word inside it.
			inside := min(word, len(kept)-1)
			if t.text == ">" {
				inside = max(word-1, 0)
			}
			head := 0
			if len(kept) > 0 {
				head = kept[inside] + 1
			}
			s.words[i] = parse.Word{Form: t.text, Lemma: t.text, UPOS: "PUNCT", XPOS: "-LRB-", Head: head, Deprel: "punct"}
			if t.text == ">" {
				s.words[i].XPOS = "-RRB-"
			}
		}
		s.tokens[i].tag = s.words[i].XPOS
	}
}

// knownTag returns the Penn Treebank tag token i of s must have, or "":
// NNP for a capitalised word of a name, NN for a role noun ending a post's
// name after a word that names the post ("was appointed chief executive
// in 2005", "joined Yukos as chief executive"), which the parser's web
// text seldom writes and its tagger reads as two adjectives; RB for
// "overnight" ending a clause, which it reads as a noun.
func knownTag(s *sentence, i int) string {
	text := s.tokens[i].text
	if s.names != nil && s.names[i] && startsUpper(text) {
		return "NNP"
	}
	if text == "overnight" && (i+1 == len(s.tokens) || !isWord(s.tokens[i+1].text)) {
		// "fired missiles at Kyiv overnight.": an adverb, not the head
		// of the place before it.
		return "RB"
	}
	if i == 0 || !roleHeads[text] || !roleModifiers[s.tokens[i-1].text] {
		return ""
	}
	if i+1 < len(s.tokens) {
		next := strings.ToLower(s.tokens[i+1].text)
		if roleHeads[next] || roleModifiers[next] {
			return ""
		}
	}
	return "NN"
}

// sentenceEnd returns the number of tokens of the first sentence of toks:
// up to a full stop, question or exclamation mark and the quotes or
// brackets that close on it, when the next word does not start in lower
// case. prose keeps the stops of abbreviations ("Mr.", "U.S.") inside
// their tokens, so a stop of its own ends a sentence.
func sentenceEnd(toks []token) int {
	for i, t := range toks {
		if t.text != "." && t.text != "!" && t.text != "?" {
			continue
		}
		end := i + 1
		for end < len(toks) && (toks[end].text == "\"" || toks[end].text == "'" || toks[end].text == ")" || toks[end].text == "]") {
			end++
		}
		if end == len(toks) || !startsLower(toks[end].text) {
			return end
		}
	}
	return len(toks)
}

// maxSentenceTokens bounds a sentence: the longest of the BBC corpus has
// 242 tokens, and every step of extraction that reads a sentence as a
// whole costs more than its length. Text that runs on without a full stop
// (a table, a list, an article on one line without punctuation) is cut
// into pieces of this size.
const maxSentenceTokens = 300

// cutLong shortens a sentence of n tokens that runs past
// maxSentenceTokens: at the last comma, semicolon, colon or dash of the
// second half of the bound, or else at the bound.
func cutLong(toks []token, n int) int {
	if n <= maxSentenceTokens {
		return n
	}
	for i := maxSentenceTokens - 1; i >= maxSentenceTokens/2; i-- {
		switch toks[i].text {
		case ",", ";", ":", "-", "--":
			return i + 1
		}
	}
	return maxSentenceTokens
}

// locateTokens aligns prose's tokens with chunk. prose straightens curly
// quotes and may drop characters, so a token that cannot be matched where
// expected is searched for a little further on, and given an empty span at
// the cursor when it cannot be found at all.
func locateTokens(chunk string, toks []prose.Token) []token {
	out := make([]token, 0, len(toks))
	cursor := 0
	for _, t := range toks {
		for cursor < len(chunk) {
			r, n := utf8.DecodeRuneInString(chunk[cursor:])
			if !unicode.IsSpace(r) {
				break
			}
			cursor += n
		}
		start, end, ok := matchAt(chunk, cursor, t.Text)
		if !ok {
			window := min(len(chunk), cursor+64)
			if k := strings.Index(chunk[cursor:window], t.Text); k >= 0 {
				start, end, ok = cursor+k, cursor+k+len(t.Text), true
			}
		}
		if !ok {
			start, end = cursor, cursor
		}
		out = append(out, token{text: t.Text, tag: t.Tag, start: start, end: end})
		cursor = end
	}
	return out
}

// fillGaps restores the text prose's tokeniser drops: it loses a
// possessive and the punctuation after it ("Blair's." gives "Blair"
// alone), which would join sentences and hide possessives. Each run of
// dropped text becomes tokens of its own: an apostrophe with the letters
// after it, other letters and digits together, every other character
// alone.
func fillGaps(chunk string, toks []token) []token {
	out := make([]token, 0, len(toks)+len(toks)/8)
	covered := 0
	add := func(upto int) {
		for i := covered; i < upto; {
			r, n := utf8.DecodeRuneInString(chunk[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			end := i + n
			if r == '\'' || r == '\u2019' || isWordRune(r) {
				for end < upto {
					r, n := utf8.DecodeRuneInString(chunk[end:])
					if !isWordRune(r) {
						break
					}
					end += n
				}
			}
			out = append(out, token{text: straightQuotes(chunk[i:end]), start: i, end: end})
			i = end
		}
	}
	for _, t := range toks {
		if t.start == t.end {
			// A token prose made up ("0'A" of "’M0 0’A"): the text it
			// stands for is read from the gaps instead.
			continue
		}
		if t.start > covered {
			add(t.start)
		}
		out = append(out, t)
		covered = max(covered, t.end)
	}
	add(len(chunk))
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// straightQuotes writes curly apostrophes straight, as prose does.
func straightQuotes(s string) string { return strings.ReplaceAll(s, "\u2019", "'") }

// mendTokens joins what prose's tokeniser splits in error: an initial
// from its full stop ("P." of "P. Simmons"), and an Irish or Italian name
// at its apostrophe ("O'Sullivan", "D'Alema"), which prose takes for a
// contraction.
func mendTokens(chunk string, toks []token) []token {
	toks = splitStops(splitJoined(toks))
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for i+1 < len(toks) && toks[i+1].start == t.end && (joins(t.text, toks[i+1].text) || keepsStop(toks, i)) {
			i++
			t.text += toks[i].text
			t.end = toks[i].end
			t.tag = "NNP"
		}
		out = append(out, t)
	}
	return out
}

// splitJoined parts what a missing space joined into one token: words
// on either side of a comma ("Party,said"; "1,000" stays whole), "ex-"
// from the name it qualifies ("ex-Downing Street"), and newswire's
// brackets from the name they enclose ("<Timminco Ltd>"; a ticker,
// "<RENA.PA>", stays whole).
func splitJoined(toks []token) []token {
	out := make([]token, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		exact := t.end-t.start == len(t.text)
		if open, shut := strings.HasPrefix(t.text, "<"), strings.HasSuffix(t.text, ">"); exact && open != shut && len(t.text) > 1 {
			// Newswire brackets a company's name, "<Timminco Ltd>", and
			// the brackets stick to its first and last words.
			if open {
				out = append(out, token{text: "<", tag: "(", start: t.start, end: t.start + 1}, token{text: t.text[1:], tag: t.tag, start: t.start + 1, end: t.end})
			} else {
				out = append(out, token{text: t.text[:len(t.text)-1], tag: t.tag, start: t.start, end: t.end - 1}, token{text: ">", tag: ")", start: t.end - 1, end: t.end})
			}
			continue
		}
		if rest, ok := strings.CutPrefix(t.text, "ex-"); ok && startsUpper(rest) && t.end-t.start == len(t.text) {
			out = append(out, token{text: "ex-", tag: t.tag, start: t.start, end: t.start + 3}, token{text: rest, tag: "NNP", start: t.start + 3, end: t.end})
			continue
		}
		k := strings.IndexByte(t.text, ',')
		if k <= 0 || k == len(t.text)-1 || t.end-t.start != len(t.text) {
			out = append(out, t)
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(t.text[:k])
		after, _ := utf8.DecodeRuneInString(t.text[k+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			out = append(out, t)
			continue
		}
		out = append(out,
			token{text: t.text[:k], tag: t.tag, start: t.start, end: t.start + k},
			token{text: ",", tag: ",", start: t.start + k, end: t.start + k + 1},
			token{text: t.text[k+1:], tag: t.tag, start: t.start + k + 1, end: t.end})
	}
	return out
}

// splitStops parts a full stop from a short word that prose took for an
// abbreviation ("Yi." in "Foreign Minister Wang Yi. Mr Wang said") when
// the word is not one and a capitalised word follows, and from a company's
// abbreviation before a word that opens sentences ("Genentech Inc. The
// company"): that is the end of a sentence.
func splitStops(toks []token) []token {
	out := make([]token, 0, len(toks)+len(toks)/8)
	for i, t := range toks {
		word, stop := strings.CutSuffix(t.text, ".")
		closes := corporateSuffixes[strings.ToLower(word)] && i+1 < len(toks) && sentenceOpeners[toks[i+1].text]
		if !closes && (!stop || abbreviations[word] || !shortCapitalised(word) || i+1 < len(toks) && !startsUpper(toks[i+1].text)) {
			out = append(out, t)
			continue
		}
		out = append(out,
			token{text: word, tag: t.tag, start: t.start, end: t.end - 1},
			token{text: ".", tag: ".", start: t.end - 1, end: t.end})
	}
	return out
}

// shortCapitalised matches the words prose keeps with a full stop: a
// capital and one or two small letters.
func shortCapitalised(word string) bool {
	if len(word) < 2 || len(word) > 3 || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	for i := 1; i < len(word); i++ {
		if word[i] < 'a' || word[i] > 'z' {
			return false
		}
	}
	return true
}

// abbreviations end in a full stop that ends no sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Co": true, "Jr": true,
	"Sr": true, "Inc": true, "Ltd": true, "Gen": true, "Col": true, "Sgt": true, "Lt": true,
	"Rev": true, "Gov": true, "Sen": true, "Rep": true, "Jan": true, "Feb": true, "Mar": true,
	"Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Oct": true, "Nov": true,
	"Dec": true, "No": true, "Vol": true, "Mt": true, "Ft": true, "Fig": true, "Ave": true,
	"Maj": true, "Capt": true, "Cmdr": true, "Adm": true, "Prof": true, "Corp": true, "Bros": true,
}

// keepsStop reports whether token i is an abbreviation that prose parted
// from its full stop (it keeps only words of two or three letters whole)
// and that the stop belongs to: a form of address before a name ("Prof.
// John Smith"), or any before what goes on with the sentence, a small
// letter or a mark ("Norwest Corp., the bank,", "Warner Bros. sued"),
// where the stop would otherwise end the sentence.
func keepsStop(toks []token, i int) bool {
	word := toks[i].text
	if i+2 >= len(toks) || toks[i+1].text != "." || !abbreviations[word] {
		return false
	}
	next := toks[i+2].text
	return startsLower(next) || inSentenceMarks[next] || courtesyTitles[word] && startsUpper(next)
}

// inSentenceMarks go on with a sentence.
var inSentenceMarks = map[string]bool{",": true, ";": true, ":": true, ")": true, "'s": true}

func joins(prev, next string) bool {
	if next == "." {
		r, n := utf8.DecodeRuneInString(prev)
		return n == len(prev) && unicode.IsUpper(r)
	}
	if len(next) < 3 || next[0] != '\'' || contractions[strings.ToLower(next)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next[1:])
	return unicode.IsUpper(r) && len(prev) <= 2 && startsUpper(prev)
}

// contractions are the clitics prose rightly splits off.
var contractions = map[string]bool{"'s": true, "'re": true, "'ll": true, "'ve": true, "'m": true, "'d": true, "'t": true}

// matchAt reports whether word occurs in s at byte offset at, reading
// straight quotes in word as matching their curly forms in s.
func matchAt(s string, at int, word string) (int, int, bool) {
	i := at
	for _, want := range word {
		if i >= len(s) {
			return 0, 0, false
		}
		got, n := utf8.DecodeRuneInString(s[i:])
		if got != want && !sameQuote(want, got) {
			return 0, 0, false
		}
		i += n
	}
	return at, i, true
}

func sameQuote(straight, r rune) bool {
	switch straight {
	case '"':
		return r == '\u201c' || r == '\u201d'
	case '\'':
		return r == '\u2018' || r == '\u2019'
	}
	return false
}

// markHeadlines flags the article's headline: its first line, when it is
// a line of its own in Title Case or capitals. Later lines that look alike
// are left alone: in tables of results, lists and datelines, which are
// capitalised too, names are names.
func markHeadlines(text string, sents []sentence) {
	if len(sents) == 0 {
		return
	}
	s := &sents[0]
	words, capital := 0, 0
	for _, t := range s.tokens {
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) || functionWords[strings.ToLower(t.text)] {
			capital++
		}
	}
	first := strings.TrimLeftFunc(text, unicode.IsSpace)
	alone := s.start == len(text)-len(first) && (s.end == len(text) || text[s.end] == '\n' || text[s.end] == '\r')
	last := s.tokens[len(s.tokens)-1].text
	closed := last == "." || last == "?" || last == "!"
	line := text[s.start:s.end]
	s.headline = alone && words >= 2 && (!closed && capital*10 >= words*8 || strings.ToUpper(line) == line)
}

// functionWords are the short words Title Case leaves in lower case.
// sentenceOpeners begin sentences and never continue a name.
var sentenceOpeners = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "They": true, "We": true, "In": true,
	"But": true, "This": true, "That": true, "A": true, "An": true, "Its": true, "Their": true,
}

var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "into": true, "over": true, "up": true, "off": true,
	"vs": true, "v": true, "is": true, "be": true, "are": true,
}

// TextSentence is a sentence of plain text as kg splits it: its text, on
// one line, and its tokens.
type TextSentence struct {
	Text   string
	Tokens []string
}

// Sentences splits text into sentences and tokens as extraction does.
func (x *Extractor) Sentences(text string) []TextSentence {
	var out []TextSentence
	for _, s := range analyse(text) {
		tokens := make([]string, len(s.tokens))
		for i, t := range s.tokens {
			tokens[i] = t.text
		}
		out = append(out, TextSentence{Text: oneLine(text[s.start:s.end]), Tokens: tokens})
	}
	return out
}
