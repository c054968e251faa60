package ner

// Counts are the entity-level outcomes of one type.
type Counts struct {
	TruePositives, FalsePositives, FalseNegatives int
}

// Precision is the share of predicted entities that are right.
func (c Counts) Precision() float64 {
	return ratio(c.TruePositives, c.TruePositives+c.FalsePositives)
}

// Recall is the share of gold entities predicted.
func (c Counts) Recall() float64 {
	return ratio(c.TruePositives, c.TruePositives+c.FalseNegatives)
}

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoredTypes are the entity types Evaluate scores, as CoNLL-2003 scorers
// that ignore MISC do.
var ScoredTypes = []string{"PER", "ORG", "LOC"}

// Evaluation is an entity-level score: an entity counts only with its exact
// span and type.
type Evaluation struct {
	ByType map[string]Counts
	All    Counts
}

type entitySpan struct {
	sentence, start, end int
	kind                 string
}

// Evaluate compares predicted label sequences with gold ones of the same
// shape, both documents of sentences of IOB2 labels. An I-X after O or
// another type opens an entity, as in the CoNLL scorer.
func Evaluate(gold, predicted [][][]string) Evaluation {
	result := Evaluation{ByType: make(map[string]Counts)}
	for d := range gold {
		expected := make(map[entitySpan]bool)
		for _, span := range entitySpans(gold[d]) {
			expected[span] = true
		}
		var found []entitySpan
		if d < len(predicted) {
			found = entitySpans(predicted[d])
		}
		for _, span := range found {
			counts := result.ByType[span.kind]
			if expected[span] {
				counts.TruePositives++
				delete(expected, span)
			} else {
				counts.FalsePositives++
			}
			result.ByType[span.kind] = counts
		}
		for span := range expected {
			counts := result.ByType[span.kind]
			counts.FalseNegatives++
			result.ByType[span.kind] = counts
		}
	}
	for _, kind := range ScoredTypes {
		counts := result.ByType[kind]
		result.All.TruePositives += counts.TruePositives
		result.All.FalsePositives += counts.FalsePositives
		result.All.FalseNegatives += counts.FalseNegatives
	}
	return result
}

// entitySpans lists the entities of a document's labels.
func entitySpans(sentences [][]string) []entitySpan {
	var spans []entitySpan
	for s, labels := range sentences {
		open := -1
		kind := ""
		closeSpan := func(end int) {
			if open >= 0 {
				spans = append(spans, entitySpan{sentence: s, start: open, end: end, kind: kind})
			}
			open, kind = -1, ""
		}
		for i, label := range labels {
			switch {
			case len(label) > 2 && label[0] == 'B' && label[1] == '-',
				len(label) > 2 && label[0] == 'I' && label[1] == '-' && label[2:] != kind:
				closeSpan(i)
				open, kind = i, label[2:]
			case len(label) > 2 && label[0] == 'I' && label[1] == '-':
			default:
				closeSpan(i)
			}
		}
		closeSpan(len(labels))
	}
	return spans
}
