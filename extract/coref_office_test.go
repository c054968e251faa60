package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestCorefOffice: a description of a post stands for the one the list of
// office holders gives it when the article gives no one the post, and
// for the one the article gives it when it does; a bare title before an
// office holder is held where the list gives the post.
func TestCorefOffice(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		{
			text: "Xi Jinping will visit Moscow next week, the Kremlin said. The Chinese leader is expected to meet Vladimir Putin.",
			want: []triple{{"Xi Jinping", "meet", "Vladimir Putin", false}},
		},
		{
			text: "Volodymyr Zelensky met Keir Starmer in London on Saturday. The Ukrainian president thanked him for his support.",
			want: []triple{{"Volodymyr Zelensky", "thank", "Keir Starmer", false}},
		},
		// A company's boss, named by the company.
		{
			text: "Elon Musk met Narendra Modi in Washington. The Tesla boss later criticised Joe Biden.",
			want: []triple{{"Elon Musk", "criticise", "Joe Biden", false}},
		},
		{
			text: "Prime Minister Tony Blair spoke in London. Keir Starmer met Jacques Chirac. The prime minister later criticised Gordon Brown.",
			want: []triple{{"Tony Blair", "criticise", "Gordon Brown", false}},
			not:  []triple{{"Keir Starmer", "criticise", "Gordon Brown", false}},
		},
		// A bare title before an office holder is held in the place the
		// list gives the post, when the sentence names it; not before one
		// the list does not know.
		{
			text: "Chancellor Olaf Scholz said the weapons could draw Germany into the war.",
			want: []triple{{"Olaf Scholz", "chancellor_of", "Germany", false}},
		},
		{
			text: "Chancellor Gordon Brown said the weapons could draw Germany into the war.",
			not:  []triple{{"Gordon Brown", "chancellor_of", "Germany", false}},
		},
	})
}

// TestOfficeHolderType: the name of an office holder is a person's, though
// the tagger took its first word for a company's.
func TestOfficeHolderType(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Narendra Modi met Xi Jinping in Kazan."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Narendra Modi": graph.Person, "Xi Jinping": graph.Person, "Kazan": graph.GPE})
}
