package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

func TestConstructionAppointed(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "named with the post after", text: "Yukos named Gordon Brown chief executive on Thursday.", want: []triple{{"Gordon Brown", "chief_executive_of", "Yukos", false}, {"Yukos", "name", "Gordon Brown", false}}},
		{name: "appointed after an auxiliary", text: "Yukos has appointed Gordon Brown chairman.", want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{name: "the post's own organisation", text: "The board appointed Gordon Brown chairman of Rosneft.", want: []triple{{"Gordon Brown", "chairman_of", "Rosneft", false}}},
		{name: "appointed by a person", text: "Tony Blair named Gordon Brown chancellor in 1997.", not: []triple{{"Gordon Brown", "chancellor_of", "Tony Blair", false}}},
	})
}

// TestAppointedPersonType: the post after the person a verb of appointing
// names does not make the person a company, as "Ghosn chief executive"
// alone would.
func TestAppointedPersonType(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Nissan named Carlos Ghosn chief executive in 2001."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Nissan": graph.Org, "Carlos Ghosn": graph.Person})
}
