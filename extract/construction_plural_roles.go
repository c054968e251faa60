package extract

// A plural role held by names in a list is held by each of them: "Larry
// Page and Sergey Brin, the founders of Google," (an apposition to the
// list) and "Google founders Larry Page and Sergey Brin" (a title before
// it). Elsewhere a plural names no one's post ("British stars Joss Stone
// and Franz Ferdinand" say what they are, and a plural with one name
// after it is a kind, not a title), so a plural role without a list of
// holders is dropped.

// pluralHolders returns the names of the list that plural role p stands
// before as a title or after as an apposition, when there are two or
// more.
func (r *roleSentence) pluralHolders(p *heldRole) []int {
	if first := r.titleHolders(p); len(first) == 1 {
		if list := r.listFrom(first[0], 1); len(list) > 1 {
			return list
		}
	}
	if last := r.appositionHolders(p); len(last) == 1 {
		if list := r.listFrom(last[0], -1); len(list) > 1 {
			return list
		}
	}
	return nil
}

// listFrom returns mention mi with the names of its type listed after it
// (step 1) or before it (step -1), joined by commas and a final "and":
// "Larry Page, Sergey Brin and Eric Schmidt". Names joined by commas
// alone are no list.
func (r *roleSentence) listFrom(mi, step int) []int {
	list, closed := []int{mi}, 1
	for {
		m := r.d.mentions[list[len(list)-1]]
		from, to, next := m.last, m.last, -1
		if step > 0 {
			for to < len(r.toks) && (r.toks[to].text == "," || lower(r.toks[to]) == "and") {
				to++
			}
			if n := r.mentionAt(to); n >= 0 && r.d.mentions[n].first == to {
				next = n
			}
		} else {
			from, to = m.first, m.first
			for from > 0 && (r.toks[from-1].text == "," || lower(r.toks[from-1]) == "and") {
				from--
			}
			if n := r.mentionAt(from - 1); n >= 0 && r.d.mentions[n].last == from {
				next = n
			}
		}
		if next < 0 || next == mi || !r.joined(from, to) || r.d.mentions[next].typ != m.typ || r.d.mentions[next].entity < 0 {
			break
		}
		list = append(list, next)
		if r.hasAnd(from, to) {
			closed = len(list)
			if step > 0 {
				break
			}
		}
	}
	if step > 0 {
		return list[:closed]
	}
	if closed > 1 && r.hasAnd(r.d.mentions[list[1]].last, r.d.mentions[list[0]].first) {
		// Before an apposition the list ends at the name next to it, so
		// "and" stands before that name.
		return list
	}
	return list[:1]
}

// hasAnd reports whether "and" stands in [from, to).
func (r *roleSentence) hasAnd(from, to int) bool {
	for k := from; k < to; k++ {
		if lower(r.toks[k]) == "and" {
			return true
		}
	}
	return false
}

// dropUnheldPlurals drops the plural roles that no list of names holds.
func (r *roleSentence) dropUnheldPlurals() {
	kept := r.roles[:0]
	for _, p := range r.roles {
		if !p.plural || len(p.holders) > 1 {
			kept = append(kept, p)
		}
	}
	r.roles = kept
}
