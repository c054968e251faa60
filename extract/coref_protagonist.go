package extract

import "github.com/kg-project/kg/graph"

// minProtagonistNames is how many times an article must name the entity
// it is about, and dominance how many times more than any other of its
// type.
const (
	minProtagonistNames = 3
	dominance           = 1.5
)

// protagonist returns the entity of type typ the article is about, or -1:
// the one its first line names and the article names most, at least
// minProtagonistNames times and dominance times as often as any other of
// the type. A description that several entities named shortly before
// might fit ("The Kansas star" after Maurice Greene and Mark
// Lewis-Francis) stands for it.
func (d *document) protagonist(typ graph.Type) int {
	if e, ok := d.protagonists[typ]; ok {
		return e
	}
	if d.protagonists == nil {
		d.protagonists = map[graph.Type]int{}
	}
	e := d.mostNamed(typ)
	d.protagonists[typ] = e
	return e
}

// mostNamed returns the entity protagonist looks for, or -1.
func (d *document) mostNamed(typ graph.Type) int {
	count := map[int]int{}
	headlined := map[int]bool{}
	for _, m := range d.mentions {
		if m.via == "name" && m.entity >= 0 && d.entities[m.entity].typ == typ {
			count[m.entity]++
			headlined[m.entity] = headlined[m.entity] || m.sent == 0
		}
	}
	best, second := -1, 0
	for e, n := range count {
		switch {
		case best < 0 || n > count[best] || n == count[best] && e < best:
			if best >= 0 {
				second = max(second, count[best])
			}
			best = e
		default:
			second = max(second, n)
		}
	}
	if best < 0 || !headlined[best] || count[best] < minProtagonistNames || float64(count[best]) < dominance*float64(second) {
		return -1
	}
	return best
}

// namedWithin reports whether entity e is named within the pronoun window
// before token ti of sentence si.
func (d *document) namedWithin(e, si, ti int) bool {
	for _, mi := range d.namesIn(si-pronounWindow, si) {
		if m := d.mentions[mi]; m.entity == e && (m.sent < si || m.last <= ti) {
			return true
		}
	}
	return false
}
