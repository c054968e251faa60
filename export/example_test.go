package export_test

import (
	"fmt"
	"os"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
)

func ExampleWrite() {
	g := memoryGraph{
		nodes: []graph.Node{
			{ID: 1, Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}, Mentions: 4, Documents: 1},
			{ID: 2, Name: `Palace of "Versailles"`, Type: graph.Loc, Mentions: 1, Documents: 1},
		},
		edges: []graph.Edge{
			{From: 1, To: 2, Predicate: "visit", Kind: graph.Event, Weight: 1, First: day(2017, 5, 29), Last: day(2017, 5, 29)},
		},
	}
	if err := export.Write(os.Stdout, g, export.DOT); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph kg {
	// 	node [style=filled, fontname="Helvetica,Arial,sans-serif", fontsize=10, color="#555555", penwidth=0.5];
	// 	edge [fontname="Helvetica,Arial,sans-serif", fontsize=8, fontcolor="#555555", color="#8c8c8c", arrowsize=0.6];
	// 	"n1" [label="Vladimir Putin", type="PERSON", mentions=4, documents=1, aliases="Putin", fillcolor="#56b4e9"];
	// 	"n2" [label="Palace of \"Versailles\"", type="LOC", mentions=1, documents=1, fillcolor="#f0e442"];
	// 	"n1" -> "n2" [label="visit", predicate="visit", kind="event", negated=false, weight=1, first="2017-05-29", last="2017-05-29", penwidth=0.5];
	// 	graph [layout=neato, splines=true, sep="+8", overlap=prism, packmode=array, outputorder=edgesfirst];
	// 	graph [fontname="Helvetica,Arial,sans-serif", labelloc=t, labeljust=l, label=<<table border="0" cellspacing="4"><tr><td bgcolor="#56b4e9" width="14"></td><td align="left">PERSON</td><td bgcolor="#f0e442" width="14"></td><td align="left">LOC</td></tr></table>>];
	// }
}

func ExampleGraphMLEncoder() {
	// One sentence of evidence per edge.
	enc := export.NewGraphMLEncoder(os.Stdout).WithEvidence(1)
	// Nodes first, then the edges between them, as the store yields them.
	for _, n := range []graph.Node{
		{ID: 1, Name: "Emmanuel Macron", Type: graph.Person, Mentions: 5, Documents: 1},
		{ID: 2, Name: "Vladimir Putin", Type: graph.Person, Mentions: 4, Documents: 1},
	} {
		if err := enc.EncodeNode(n); err != nil {
			fmt.Println(err)
			return
		}
	}
	meeting := graph.Edge{From: 1, To: 2, Predicate: "meet", Kind: graph.Event, Weight: 3}
	evidence := []graph.Evidence{{Document: "versailles.txt", Text: "Macron met Putin at Versailles."}}
	if err := enc.EncodeEdgeInfo(meeting, export.EdgeInfo{Evidence: evidence}); err != nil {
		fmt.Println(err)
		return
	}
	if err := enc.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
	//     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	//     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="node_label" for="node" attr.name="label" attr.type="string"/>
	//   <key id="node_type" for="node" attr.name="type" attr.type="string"/>
	//   <key id="node_mentions" for="node" attr.name="mentions" attr.type="int"/>
	//   <key id="node_documents" for="node" attr.name="documents" attr.type="int"/>
	//   <key id="node_aliases" for="node" attr.name="aliases" attr.type="string"/>
	//   <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
	//   <key id="edge_predicate" for="edge" attr.name="predicate" attr.type="string"/>
	//   <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>
	//   <key id="edge_negated" for="edge" attr.name="negated" attr.type="boolean"/>
	//   <key id="edge_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
	//   <key id="edge_weight" for="edge" attr.name="weight" attr.type="double"/>
	//   <key id="edge_first" for="edge" attr.name="first" attr.type="string"/>
	//   <key id="edge_last" for="edge" attr.name="last" attr.type="string"/>
	//   <key id="edge_evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>
	//   <key id="edge_evidence_1" for="edge" attr.name="evidence_1" attr.type="string"/>
	//   <key id="edge_evidence_1_document" for="edge" attr.name="evidence_1_document" attr.type="string"/>
	//   <graph id="kg" edgedefault="directed">
	//     <node id="n1">
	//       <data key="node_label">Emmanuel Macron</data>
	//       <data key="node_type">PERSON</data>
	//       <data key="node_mentions">5</data>
	//       <data key="node_documents">1</data>
	//     </node>
	//     <node id="n2">
	//       <data key="node_label">Vladimir Putin</data>
	//       <data key="node_type">PERSON</data>
	//       <data key="node_mentions">4</data>
	//       <data key="node_documents">1</data>
	//     </node>
	//     <edge id="e0" source="n1" target="n2">
	//       <data key="edge_label">meet</data>
	//       <data key="edge_predicate">meet</data>
	//       <data key="edge_kind">event</data>
	//       <data key="edge_negated">false</data>
	//       <data key="edge_symmetric">true</data>
	//       <data key="edge_weight">3</data>
	//       <data key="edge_evidence_count">3</data>
	//       <data key="edge_evidence_1">Macron met Putin at Versailles.</data>
	//       <data key="edge_evidence_1_document">versailles.txt</data>
	//     </edge>
	//   </graph>
	// </graphml>
}
