package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestQuotedNames: the quotation mark that opens a quoted name is not part
// of the name, so that the name is the one the article uses unquoted.
func TestQuotedNames(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"'Hitler": "PER", "Hitler": "PER", "Adolf Hitler": "PER", "'Veritas": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"He called the minister 'Hitler' in the debate.", map[string]graph.Type{"Hitler": graph.Person}},
		{"Kilroy launches 'Veritas' party.\n\nHe named it after the Latin for truth.", map[string]graph.Type{"Veritas": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
