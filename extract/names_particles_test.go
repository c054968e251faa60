package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestNameParticles: one or two particles ("de", "von der", "bin") join
// the names on either side into one person, and a capitalised given name
// the tagger left out before the particles is the start of the name; a
// sentence adverb before them is not.
func TestNameParticles(t *testing.T) {
	checkMentionCases(t, dictTagger{"Ursula": "PER", "Leyen": "PER", "Salman": "PER", "Joe Biden": "PER", "Rafael": "PER", "Vaart": "PER", "Gaal": "PER"}, []mentionCase{
		{"Ursula von der Leyen spoke in Brussels on Monday.", "Ursula von der Leyen", 1},
		{"Mohammed bin Salman met Joe Biden in Jeddah.", "Mohammed bin Salman", 1},
		{"The midfielder Rafael van der Vaart scored twice.", "Rafael van der Vaart", 1},
		{"Then van Gaal picked the side.", "Then van Gaal", 0},
	})
}

// TestParticleNameAfterRole: a name with particles after a role that
// people hold is a person's, whatever the tagger made of it.
func TestParticleNameAfterRole(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "UN envoy Staffan de Mistura met Bashar al-Assad."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"United Nations": graph.Org, "Staffan de Mistura": graph.Person, "Bashar al-Assad": graph.Person})
}
