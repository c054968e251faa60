// Package picture draws a small graph for people to look at: a
// force-directed layout (gonum's graph/layout, Eades' spring embedder),
// written as SVG, or as positioned DOT that Graphviz turns into PNG.
//
// Nodes carry their own size and colour, so that a caller decides what
// they mean (kg sizes by PageRank and colours by community). Layouts are
// seeded, so the same graph gives the same picture.
package picture
