package extract_test

import "testing"

// TestConstructionCoordinatedRoles checks that coordinated roles share their
// holder and organisation, and that bare titles in a list of titled names
// share the first one's organisation.
func TestConstructionCoordinatedRoles(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		{text: "Microsoft chairman and chief executive Bill Gates spoke in Seattle.",
			want: []triple{{"Bill Gates", "chairman_of", "Microsoft", false}, {"Bill Gates", "chief_executive_of", "Microsoft", false}}},
		{text: "Carlos Ghosn is to become chairman and chief executive of Renault in April.",
			want: []triple{{"Carlos Ghosn", "chairman_of", "Renault", false}, {"Carlos Ghosn", "chief_executive_of", "Renault", false}}},
		{text: "BBC chairman Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan were criticised.",
			want: []triple{{"Gavyn Davies", "chairman_of", "BBC", false}, {"Greg Dyke", "director_general_of", "BBC", false}, {"Andrew Gilligan", "reporter_of", "BBC", false}}},
		{text: "Peter Mandelson, former Labour minister and now a European Commissioner, warned the BBC.",
			want: []triple{{"Peter Mandelson", "minister_of", "Labour Party", false}, {"Peter Mandelson", "commissioner_of", "Europe", false}}},
		// Titles with their own organisations take none from each other.
		{text: "Labour leader Tony Blair and Conservative leader Michael Howard clashed.",
			not: []triple{{"Michael Howard", "leader_of", "Labour Party", false}}},
	})
}
