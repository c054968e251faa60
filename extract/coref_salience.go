package extract

// Salience ranks the entities a description may stand for.
// Each mention of an entity in the reference's own sentence, before it,
// counts 1, one a sentence before half as much, and so on back through
// the pronoun window; a mention that is the subject of its sentence's main
// verb counts subjectWeight times as much. An entity that is a
// co-argument of the reference, in the same clause, is none of its
// candidates ("Vodafone bought the company", "Amazon struck a deal with
// the agency"). The reference stands for the most salient entity that fits
// it only when that one is clearMargin times as salient as the next.
const (
	subjectWeight = 2
	clearMargin   = 3
)

// antecedent returns the entity that a reference at token ti of sentence
// si, its head at token head, stands for: the clearly most salient one
// that fits, among those named shortly before; or -1. It also returns
// the entities ruled out as the reference's co-arguments.
func (d *document) antecedent(si, ti, head int, fits func(e int) bool) (int, map[int]bool) {
	score := map[int]float64{}
	excluded := map[int]bool{}
	weight := 1.0
	for s := si; s >= 0 && s >= si-pronounWindow; s-- {
		if s < si && d.sents[s].headline {
			break
		}
		for _, mi := range d.inSentence(s) {
			m := d.mentions[mi]
			if m.via != "name" || m.entity < 0 || s == si && m.last > ti || !fits(m.entity) {
				continue
			}
			if s == si && d.coArgument(si, m, head) {
				excluded[m.entity] = true
				continue
			}
			w := weight
			if d.subjectAt(m) {
				w *= subjectWeight
			}
			score[m.entity] += w
		}
		weight /= 2
	}
	for e := range excluded {
		delete(score, e)
	}
	best, second := -1, 0.0
	for e, v := range score {
		switch {
		case best < 0 || v > score[best] || v == score[best] && e < best:
			if best >= 0 {
				second = max(second, score[best])
			}
			best = e
		default:
			second = max(second, v)
		}
	}
	if best < 0 || second*clearMargin > score[best] {
		return -1, excluded
	}
	return best, excluded
}

// coArgument reports whether mention m depends on the same word as the
// token head of its sentence si, or on the verb that word completes or
// modifies with a clause of no subject of its own ("Vodafone agreed to
// buy the company", "Trudeau flew to Florida to meet him"), or on the verb of the
// noun it completes ("Amazon struck a deal with the agency"), or is the
// subject a coordinated verb shares ("Vodafone sued Ofcom and fined the
// company"): a co-argument of the reference headed there.
func (d *document) coArgument(si int, m mention, head int) bool {
	s := &d.sents[si]
	parseSentence(d.parser, s)
	verbs, shared := map[int]bool{}, map[int]bool{}
	for h := s.words[head].Head; h > 0; h = s.words[h-1].Head {
		verbs[h] = true
		r := s.words[h-1].Deprel
		if r == "conj" && !s.hasSubject(h-1) {
			// "resigned and Keir Starmer replaced him": a verb with a
			// subject of its own shares nothing with the verb before.
			shared[s.words[h-1].Head] = true
		}
		if r != "xcomp" && (r != "advcl" || s.hasSubject(h-1)) && isVerb(s.tokens[h-1].tag) {
			break
		}
	}
	for k := m.first; k < m.last; k++ {
		w := s.words[k]
		if verbs[w.Head] || shared[w.Head] && (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// subjectAt reports whether mention m is the subject of its sentence's
// main verb, or one of the subjects: "Sony and Toshiba unveiled".
func (d *document) subjectAt(m mention) bool {
	s := &d.sents[m.sent]
	parseSentence(d.parser, s)
	for k := m.first; k < m.last; k++ {
		if w := s.words[k]; mainSubject(s, k) || w.Deprel == "conj" && w.Head > 0 && mainSubject(s, w.Head-1) {
			return true
		}
	}
	return false
}

// hasSubject reports whether word i of a parsed sentence has a subject of
// its own.
func (s *sentence) hasSubject(i int) bool {
	for k, w := range s.words {
		if s.head(k) == i && (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass" || w.Deprel == "expl") {
			return true
		}
	}
	return false
}
