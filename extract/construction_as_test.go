package extract_test

import "testing"

func TestConstructionAs(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "succeed as", text: "Gordon Brown will succeed Tony Blair as chairman of Yukos.", want: []triple{{"Gordon Brown", "succeed", "Tony Blair", false}, {"Gordon Brown", "chairman_of", "Yukos", false}, {"Tony Blair", "chairman_of", "Yukos", false}}},
		{name: "join as", text: "Gordon Brown joined Yukos as chairman.", want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{name: "appoint as", text: "Yukos has appointed Gordon Brown as chairman.", want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{name: "hire as chief executive", text: "Yukos hired Gordon Brown as chief executive in 1999.", want: []triple{{"Gordon Brown", "chief_executive_of", "Yukos", false}}},
		{name: "join as chief executive", text: "Gordon Brown joined Yukos as chief executive in July 1998.", want: []triple{{"Gordon Brown", "chief_executive_of", "Yukos", false}}},
		{name: "as adviser to", text: "Gordon Brown worked as an adviser to Tony Blair.", want: []triple{{"Gordon Brown", "adviser_of", "Tony Blair", false}}},
		{name: "resign as", text: "Gordon Brown resigned as chairman of Yukos.", want: []triple{{"Gordon Brown", "resign", "Yukos", false}}},
		{name: "titled leaver", text: "Yukos chairman Gordon Brown resigned in January.", want: []triple{{"Gordon Brown", "resign", "Yukos", false}}},
		{name: "resignation of", text: "It prompted the resignation of Yukos chairman Gordon Brown.", want: []triple{{"Gordon Brown", "resign", "Yukos", false}}},
	})
}
