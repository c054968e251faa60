package ner

// Labels are small integers so that a weight row is a fixed-size array:
// 0 is O, then B- and I- of each entity type in entityTypes order.
const (
	labelO    = 0
	numTypes  = 4
	numLabels = 1 + 2*numTypes
)

var labelNames = [numLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// labelIndex returns the index of an IOB2 label name.
func labelIndex(name string) (int, bool) {
	for i, n := range labelNames {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

func isInside(label int) bool { return label > 0 && label%2 == 0 }

// labelType returns the entity type index of a B- or I- label, or -1 for O.
func labelType(label int) int {
	if label == labelO {
		return -1
	}
	return (label - 1) / 2
}

// allowed reports whether label may follow previous under IOB2: an I-X
// continues only a B-X or I-X.
func allowed(previous, label int) bool {
	if !isInside(label) {
		return true
	}
	return previous != labelO && labelType(previous) == labelType(label)
}
