package extract

// The parse of a sentence (sentence.words, a word per token) is read
// through these helpers: heads count tokens from 0, -1 being the root.

// head returns the token that word i of s depends on, or -1 for the root.
func (s *sentence) head(i int) int { return s.words[i].Head - 1 }

// spanHead returns the token of [first, last) whose head lies outside the
// span: the syntactic head of a name. When the parse splits the span,
// the outermost such token (the one nearest the root) stands for it.
func (s *sentence) spanHead(first, last int) int {
	best, bestDepth := first, -1
	for i := first; i < last; i++ {
		if h := s.head(i); h >= first && h < last {
			continue
		}
		if d := s.depth(i); bestDepth < 0 || d < bestDepth {
			best, bestDepth = i, d
		}
	}
	return best
}

// depth returns how many arcs lie between token i and the root.
func (s *sentence) depth(i int) int {
	d := 0
	for h := s.head(i); h >= 0 && d <= len(s.words); h = s.head(h) {
		d++
	}
	return d
}
