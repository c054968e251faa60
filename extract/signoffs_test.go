package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSignOff: the agency that ends a wire story alone on its line is no
// entity of the story; named in the story, it is one.
func TestSignOff(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Texaco Inc said it would sell its stake in Caltex.\n Reuter\n",
		"Texaco Inc said it would sell its stake in Caltex.\n REUTER\n",
	} {
		for _, e := range x.Extract(extract.Document{ID: "t", Text: text}).Entities {
			if e.Name == "Reuter" || e.Name == "Reuters" || e.Name == "REUTER" {
				t.Errorf("%q: the sign-off is entity %q", text, e.Name)
			}
		}
	}
	named := false
	for _, e := range x.Extract(extract.Document{ID: "t", Text: "Texaco Inc told Reuters it would sell its stake in Caltex.\n"}).Entities {
		named = named || e.Name == "Reuters"
	}
	if !named {
		t.Errorf("Reuters named in the story is no entity")
	}
}
