// Package export writes kg's knowledge graph in formats other tools read:
// GraphML for Gephi, networkx and igraph, GEXF 1.3 for Gephi, and DOT for
// Graphviz.
//
// # Streaming
//
// Write reads a Graph through its two streaming methods and writes as it
// reads, so a graph larger than memory can be exported: Write keeps only 8
// bytes per node, to check that edges name nodes it has written. For finer control,
// a GraphMLEncoder or a DOTEncoder is fed nodes and then edges one at a
// time, in the manner of encoding/xml, and Close writes the footer.
//
// # Identifiers
//
// A node with id 12 is written "n12"; edges are numbered in the order they
// are written, "e0", "e1", ... (GraphML only: DOT edges carry no id). An id
// is never empty, since importers such as Gephi reject an empty one.
// Parallel edges, such as a statement and its negation, are written as they
// are; Gephi merges them on import and sums their weights.
//
// # Attributes
//
// Nodes carry label (the entity's name), type, mentions, documents and
// aliases (joined with "; ", absent when there are none). Edges carry label
// (the predicate, prefixed "not " when the statement is negated),
// predicate, kind, negated, weight (the number of evidence sentences),
// first and last (the dates of the earliest and latest dated evidence, as
// YYYY-MM-DD, absent when unknown) and evidence_count (the weight again,
// typed as an integer). With WriteWith and Options.Evidence n, or an
// encoder's WithEvidence(n), edges also carry their first n sentences,
// earliest first, as evidence_1 and evidence_1_document (the sentence and
// the id of its document) to evidence_n and evidence_n_document, all
// strings, absent beyond the edge's own sentences. GraphML keys have
// descriptive ids ("node_label", "edge_weight", ...) because Gephi
// matches reserved names
// such as label and weight on a key's id as well as its name; weight is
// declared a double so that Gephi and igraph take it as the edge weight.
//
// # Metrics, colours and time
//
// A Graph that is also Measured has its nodes' analysis written as typed
// node attributes in GraphML (keys "node_pagerank", ...) and GEXF:
// in_degree, out_degree, weight_in, weight_out, pagerank, betweenness,
// harmonic, community, component and core. GEXF nodes are then coloured by
// community (CommunityColour) and sized by PageRank (PageRankSize). When
// any edge is dated, the GEXF graph is dynamic: each edge has a spell from
// its first date, each node from the earliest first date of its edges,
// open at the end, so that a timeline shows the graph growing; for this
// Write reads the edges twice. GEXF edges carry their label as kind, so
// that Gephi keeps parallel statements apart.
//
// # Drawing with Graphviz
//
// DOT carries the same node and edge attributes, plus what Graphviz needs
// to draw the graph as it is: nodes filled with the colour of their type
// (TypeColour, from a palette that colour-blind readers tell apart), the
// labels of a Measured graph sized by PageRank, edges labelled with their
// predicate, as thick as the logarithm of their weight, dashed when
// negated, and a legend of the types drawn (an HTML-like graph label). The
// layout suits the size, which DOTEncoder knows only once every node is
// written, so its graph attributes come last: neato with curved edges for
// up to 100 nodes, sfdp with straight ones beyond; both remove node
// overlaps and pack the connected components as an array, which keeps the
// thousands of lone entities of a news corpus from taking Graphviz
// minutes.
//
// # Untrusted text
//
// Names and predicates come from arbitrary articles. Every output is
// well-formed whatever they hold: a run of invalid UTF-8 becomes one U+FFFD,
// and the characters XML 1.0 forbids are dropped from GraphML (control
// characters other than tab, newline and carriage return, U+FFFE and
// U+FFFF). DOT strings lose their control characters, except that a newline
// is written as the escape \n and a tab or carriage return as a space; a
// backslash is doubled, because Graphviz reads \n, \l, \N and the like in
// labels as commands.
//
// BUG(export): Aliases are joined with "; " into one attribute, so an alias
// that itself contains "; " cannot be told apart on reading.
package export
