package export

import (
	"fmt"

	"github.com/kg-project/kg/graph"
)

// typeColours colour the entity types in DOT and in pictures, with
// otherColour for any other type. They are from Okabe and Ito's palette,
// which people with the common colour blindnesses still tell apart, and
// light enough for black text on them.
var typeColours = map[graph.Type][3]uint8{
	graph.Person: {86, 180, 233}, // sky blue
	graph.Org:    {230, 159, 0},  // orange
	graph.GPE:    {0, 158, 115},  // bluish green
	graph.Loc:    {240, 228, 66}, // yellow
}

var otherColour = [3]uint8{187, 187, 187}

// TypeColour is the colour of the entity type t in DOT and in pictures.
func TypeColour(t graph.Type) [3]uint8 {
	if colour, known := typeColours[t]; known {
		return colour
	}
	return otherColour
}

// Legend collects the types of a graph's nodes, to say what their colours
// mean. The zero Legend is empty and ready to use.
type Legend struct {
	seen  map[graph.Type]bool
	other bool
}

// LegendEntry is one line of a legend: a type and its colour.
type LegendEntry struct {
	Name   string
	Colour [3]uint8
}

// Add records a node of type t.
func (l *Legend) Add(t graph.Type) {
	if _, known := typeColours[t]; !known {
		l.other = true
		return
	}
	if l.seen == nil {
		l.seen = make(map[graph.Type]bool)
	}
	l.seen[t] = true
}

// Entries lists the types added in the order of graph.Types, then, if a
// node had any other type, one entry "other" for them all.
func (l *Legend) Entries() []LegendEntry {
	var entries []LegendEntry
	for _, t := range graph.Types {
		if l.seen[t] {
			entries = append(entries, LegendEntry{Name: string(t), Colour: typeColours[t]})
		}
	}
	if l.other {
		entries = append(entries, LegendEntry{Name: "other", Colour: otherColour})
	}
	return entries
}

func hexColour(c [3]uint8) string {
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}
