package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestTeamsInATableOfResults: in a report of sport, a place with a score
// right after it is a team, though no team's word stands beside it; a
// year after a place ("Germany 2006") and the dateline are no score.
func TestTeamsInATableOfResults(t *testing.T) {
	tagger := dictTagger{"Manchester": "LOC", "Leeds": "LOC", "Germany": "LOC", "LONDON": "LOC"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"LONDON 1996-08-31\nResults of league matches in the championship on Saturday:\nManchester 2 Leeds 1",
			map[string]graph.Type{"London": graph.GPE, "Manchester": graph.Org, "Leeds": graph.Org}},
		{"The squad's coach said reaching Germany 2006 in the tournament and the league matches would be hard.",
			map[string]graph.Type{"Germany": graph.GPE}},
	})
}

// TestTeamsInCapitals: in a report of sport, a place's name written in
// capitals that the tagger took for an organisation is the team
// ("BOSTON AT TEXAS"), as the name written small is; an acronym ("US")
// is still the place.
func TestTeamsInCapitals(t *testing.T) {
	tagger := dictTagger{"BOSTON": "ORG", "TEXAS": "ORG", "US": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Baseball results of the league matches on Saturday:\nBOSTON AT TEXAS",
			map[string]graph.Type{"BOSTON": graph.Org, "TEXAS": graph.Org}},
		{"Baseball: the US league matches were postponed.",
			map[string]graph.Type{"United States": graph.GPE}},
	})
}
