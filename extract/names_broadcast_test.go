package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestBroadcastNames: a station's number is part of its name ("BBC Radio
// 4"), and a programme's name between a possessive or "the" and the noun
// for it is an organisation's, however everyday its word ("Today").
func TestBroadcastNames(t *testing.T) {
	tagger := dictTagger{"BBC Radio": "ORG", "BBC": "ORG", "Channel": "ORG", "Digby Jones": "PER"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Digby Jones told BBC Radio 4 that the rise was over.", map[string]graph.Type{"BBC Radio 4": graph.Org, "Digby Jones": graph.Person}},
		{"Digby Jones told Channel 4 that the rise was over.", map[string]graph.Type{"Channel 4": graph.Org, "Digby Jones": graph.Person}},
		{"Digby Jones told the BBC's Today programme that the rise was over.", map[string]graph.Type{"BBC": graph.Org, "Today": graph.Org, "Digby Jones": graph.Person}},
		{"Digby Jones was speaking on the Today programme.", map[string]graph.Type{"Today": graph.Org, "Digby Jones": graph.Person}},
	})
	checkMentionCases(t, tagger, []mentionCase{
		// No name before the noun, or a word of the sentence's start.
		{text: "Digby Jones said the show would go on.", name: "Today", mentions: 0},
		{text: "Today the programme was cut.", name: "Today", mentions: 0},
	})
}
