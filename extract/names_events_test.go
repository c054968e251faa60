package extract_test

import "testing"

// TestEventNames: a place or an organisation before the head word of an
// event's name is part of the event, not a mention of its own; the same
// name elsewhere, and a person's name, stay.
func TestEventNames(t *testing.T) {
	checkMentionCases(t, dictTagger{"Hong Kong": "LOC", "Norwich Union Grand Prix": "ORG", "Norwich Union": "ORG", "Doris Day": "PER", "Labour": "ORG"}, []mentionCase{
		{"Khan won the Hong Kong Open on Friday.", "Hong Kong", 0},
		{"Khan won the Hong Kong Open on Friday, the first title he has won in Hong Kong.", "Hong Kong", 1},
		{"She will race at the Norwich Union Grand Prix in February.", "Norwich Union Grand Prix", 0},
		{"Norwich Union sponsors the race.", "Norwich Union", 1},
		{"The markets were shut for Labour Day, and Labour said it would act.", "Labour Party", 1},
		{"The film starred Doris Day.", "Doris Day", 1},
	})
}
