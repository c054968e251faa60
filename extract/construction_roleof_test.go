package extract_test

import "testing"

// TestConstructionRoleOf checks a role followed by where it is held and
// then, after a comma, by its holder.
func TestConstructionRoleOf(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		// A field or a part of where the role is held.
		{text: "Sarah Smith, head of research at Barclays, said rates would rise.",
			want: []triple{{"Sarah Smith", "head_of", "Barclays", false}}},
		{text: "Juan Carlos Pugliese, speaker of the lower house of the Argentine Parliament, said the talks would fail.",
			want: []triple{{"Juan Carlos Pugliese", "speaker_of", "Argentine Parliament", false}}},
		{text: "Kevin Hogan, senior manager in Microsoft's security response group, said the virus was new.",
			want: []triple{{"Kevin Hogan", "senior_manager_of", "Microsoft", false}}},
		{text: "The head of the BBC, Greg Dyke, resigned on Thursday.",
			want: []triple{{"Greg Dyke", "head_of", "BBC", false}}},
		{text: "South Africa's ambassador to Canada, Mr Johannes de Klerk, met Brian Mulroney.",
			want: []triple{{"Johannes de Klerk", "ambassador_of", "South Africa", false}, {"Johannes de Klerk", "ambassador_of", "Canada", false}}},
		// A place's possessive says where what follows is, not whose.
		{text: "Dave Prentis, the leader of Britain's biggest union Unison, told the Daily Record he wants a date.",
			not: []triple{{"Dave Prentis", "leader_of", "United Kingdom", false}}},
		{text: "Stuart Cohen, chief executive of US firm Open Source Development Labs, said the move was welcome.",
			want: []triple{{"Stuart Cohen", "chief_executive_of", "Open Source Development Labs", false}},
			not:  []triple{{"Stuart Cohen", "chief_executive_of", "United States", false}}},
		// "from" says where the one who holds a post works.
		{text: "Peter Jones, a security consultant from software firm Symantec, said the virus was new.",
			want: []triple{{"Peter Jones", "security_consultant_of", "Symantec", false}}},
	})
}
