// Package picture draws a small graph for people to look at: a
// force-directed layout (gonum's graph/layout, Eades' spring embedder),
// written as SVG, or as positioned DOT that Graphviz turns into PNG.
//
// Nodes carry their own size and colour, so that a caller decides what
// they mean (kg sizes by PageRank and colours by type), and a Legend says
// what the colours mean. Edges carry arrowheads for their directions and
// an optional label; a node may be highlighted. Layouts are seeded, so the
// same graph gives the same picture.
//
// # Labels
//
// Every label stays inside the picture: a node's label goes to the right
// of its circle, or to the left where the right has no room, and any label
// is then pushed in from a side it would overhang. Widths are estimated
// from the characters, and the SVG sets each label's length to the
// estimate (textLength), so that the box a label is given holds all of
// it whatever the font. For PNG, Graphviz places the labels and sizes the
// drawing to hold them.
package picture
