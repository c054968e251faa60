package export_test

import (
	"bytes"
	"fmt"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
)

// dotToken is an ID (quoted or not, quoted ones already unescaped) or one
// of the punctuation marks { } [ ] = , ; ->.
type dotToken struct {
	text   string
	quoted bool
	punct  bool
}

// lexDOT splits DOT source into tokens, an HTML string <...> among the
// IDs. In a quoted string it accepts the escapes kg writes, \" \\ and \n,
// and the line continuation the grammar defines, and rejects any other
// backslash and any raw control character: kg never writes them, and an
// unbalanced quote shows up as one of them or as a string running to the
// end.
func lexDOT(source string) ([]dotToken, error) {
	var tokens []dotToken
	for i := 0; i < len(source); {
		c := source[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && strings.HasPrefix(source[i:], "->"):
			tokens = append(tokens, dotToken{text: "->", punct: true})
			i += 2
		case strings.IndexByte("{}[]=,;", c) >= 0:
			tokens = append(tokens, dotToken{text: string(c), punct: true})
			i++
		case c == '"':
			var text strings.Builder
			i++
			for {
				if i >= len(source) {
					return nil, fmt.Errorf("unterminated string %q", text.String())
				}
				c := source[i]
				if c == '"' {
					i++
					break
				}
				if c == '\\' {
					if i+1 >= len(source) {
						return nil, fmt.Errorf("backslash at the end of input")
					}
					switch source[i+1] {
					case '"', '\\':
						text.WriteByte(source[i+1])
					case 'n':
						text.WriteByte('\n')
					case '\n':
					default:
						return nil, fmt.Errorf("unexpected escape \\%c in %q", source[i+1], text.String())
					}
					i += 2
					continue
				}
				if c < 0x20 || c == 0x7f {
					return nil, fmt.Errorf("raw control character %#x in a string", c)
				}
				text.WriteByte(c)
				i++
			}
			if !utf8.ValidString(text.String()) {
				return nil, fmt.Errorf("invalid UTF-8 in %q", text.String())
			}
			tokens = append(tokens, dotToken{text: text.String(), quoted: true})
		case c == '<':
			// An HTML string: brackets nest, and the outer pair delimits it.
			depth, start := 0, i
			for ; i < len(source); i++ {
				if source[i] == '<' {
					depth++
				} else if source[i] == '>' {
					depth--
				}
				if depth == 0 {
					break
				}
			}
			if depth != 0 {
				return nil, fmt.Errorf("unterminated HTML string at offset %d", start)
			}
			i++
			tokens = append(tokens, dotToken{text: source[start+1 : i-1]})
		case c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			start := i
			for i < len(source) {
				c := source[i]
				if c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' && i == start {
					i++
					continue
				}
				break
			}
			tokens = append(tokens, dotToken{text: source[start:i]})
		default:
			return nil, fmt.Errorf("unexpected byte %q at offset %d", c, i)
		}
	}
	return tokens, nil
}

// dotStatement is a statement of a DOT graph with its attributes: a node
// (To empty), an edge, or an attribute statement (Keyword graph, node or
// edge).
type dotStatement struct {
	Keyword, From, To string
	Attributes        map[string]string
}

// parseDOT parses the subset of DOT that kg writes and Graphviz's nop
// prints: one digraph of node and edge statements, each with an attribute
// list, and attribute statements for graph, node or edge.
func parseDOT(source string) ([]dotStatement, error) {
	tokens, err := lexDOT(source)
	if err != nil {
		return nil, err
	}
	position := 0
	next := func() (dotToken, error) {
		if position >= len(tokens) {
			return dotToken{}, fmt.Errorf("unexpected end of input")
		}
		position++
		return tokens[position-1], nil
	}
	peekPunct := func(text string) bool {
		return position < len(tokens) && tokens[position].punct && tokens[position].text == text
	}
	expect := func(text string) error {
		token, err := next()
		if err != nil {
			return err
		}
		if token.text != text || token.quoted {
			return fmt.Errorf("found %q, want %q", token.text, text)
		}
		return nil
	}
	id := func() (dotToken, error) {
		token, err := next()
		if err == nil && token.punct {
			err = fmt.Errorf("found %q, want an id", token.text)
		}
		return token, err
	}

	for _, word := range []string{"digraph", "kg", "{"} {
		if err := expect(word); err != nil {
			return nil, err
		}
	}
	var statements []dotStatement
	for !peekPunct("}") {
		first, err := id()
		if err != nil {
			return nil, err
		}
		statement := dotStatement{From: first.text, Attributes: map[string]string{}}
		if peekPunct("->") {
			position++
			target, err := id()
			if err != nil {
				return nil, err
			}
			statement.To = target.text
		}
		for peekPunct("[") {
			position++
			for !peekPunct("]") {
				name, err := id()
				if err != nil {
					return nil, err
				}
				if err := expect("="); err != nil {
					return nil, err
				}
				value, err := id()
				if err != nil {
					return nil, err
				}
				if _, seen := statement.Attributes[name.text]; seen {
					return nil, fmt.Errorf("attribute %q twice", name.text)
				}
				statement.Attributes[name.text] = value.text
				if peekPunct(",") || peekPunct(";") {
					position++
				}
			}
			position++
		}
		if peekPunct(";") {
			position++
		}
		if !first.quoted && statement.To == "" && (first.text == "graph" || first.text == "node" || first.text == "edge") {
			statement.Keyword, statement.From = first.text, ""
		}
		statements = append(statements, statement)
	}
	position++
	if position != len(tokens) {
		return nil, fmt.Errorf("%d tokens after the closing brace", len(tokens)-position)
	}
	return statements, nil
}

// readDOT reads the nodes and edges of a graph parseDOT reads, skipping the
// attribute statements.
func readDOT(source string) ([]nodeRecord, []edgeRecord, error) {
	statements, err := parseDOT(source)
	if err != nil {
		return nil, nil, err
	}
	var nodes []nodeRecord
	var edges []edgeRecord
	for _, statement := range statements {
		switch {
		case statement.Keyword != "":
		case statement.To == "":
			node, err := dotNode(statement.From, statement.Attributes)
			if err != nil {
				return nil, nil, err
			}
			nodes = append(nodes, node)
		default:
			edge, err := dotEdge(statement.From, statement.To, statement.Attributes)
			if err != nil {
				return nil, nil, err
			}
			edges = append(edges, edge)
		}
	}
	return nodes, edges, nil
}

func dotNode(id string, attributes map[string]string) (nodeRecord, error) {
	var node nodeRecord
	var err error
	if node.ID, err = parseID(id, "n"); err != nil {
		return node, err
	}
	node.Name, node.Type, node.Aliases = attributes["label"], attributes["type"], attributes["aliases"]
	if node.Mentions, err = strconv.Atoi(attributes["mentions"]); err != nil {
		return node, err
	}
	node.Documents, err = strconv.Atoi(attributes["documents"])
	return node, err
}

func dotEdge(from, to string, attributes map[string]string) (edgeRecord, error) {
	edge := edgeRecord{
		Label: attributes["label"], Predicate: attributes["predicate"], Kind: attributes["kind"],
		First: attributes["first"], Last: attributes["last"],
	}
	var err error
	if edge.From, err = parseID(from, "n"); err != nil {
		return edge, err
	}
	if edge.To, err = parseID(to, "n"); err != nil {
		return edge, err
	}
	if edge.Negated, err = strconv.ParseBool(attributes["negated"]); err != nil {
		return edge, err
	}
	edge.Weight, err = strconv.Atoi(attributes["weight"])
	return edge, err
}

func TestDOTRoundTrip(t *testing.T) {
	for _, test := range roundTripCases() {
		t.Run(test.name, func(t *testing.T) {
			output := writeGraph(t, test.graph, export.DOT)
			gotNodes, gotEdges, err := readDOT(string(output))
			if err != nil {
				t.Fatalf("reading back: %v\n%s", err, output)
			}
			wantNodes, wantEdges := records(test.graph, cleanDOT)
			compareRecords(t, wantNodes, gotNodes, wantEdges, gotEdges)
		})
	}
}

func TestDOTReaderRejects(t *testing.T) {
	for _, source := range []string{
		`digraph kg { "n1 [label="a"]; }`,
		`digraph kg { "n1" [label="a\"]; }`,
		`digraph kg { "n1" [label="a\l"]; }`,
		"digraph kg { \"n1\" [label=\"a\nb\"]; }",
		`digraph kg { "n1" [label="a"]; `,
		`digraph kg { "x1" [label="a"]; }`,
	} {
		if _, _, err := readDOT(source); err == nil {
			t.Errorf("readDOT accepts %q", source)
		}
	}
}

// graphviz runs a Graphviz program on source, skipping the test if it is
// not installed and failing it on any error or warning.
func graphviz(t *testing.T, program string, source []byte, arguments ...string) []byte {
	t.Helper()
	path, err := exec.LookPath(program)
	if err != nil {
		t.Skipf("%s not installed", program)
	}
	var stdout, stderr bytes.Buffer
	command := exec.Command(path, arguments...)
	command.Stdin = bytes.NewReader(source)
	command.Stdout, command.Stderr = &stdout, &stderr
	if err := command.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %v: %v\n%s", program, arguments, err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestDOTGraphviz checks that Graphviz reads every string as written: nop
// prints the graph as it parsed it, which must read back the same, and the
// drawing must show a backslash as a backslash.
func TestDOTGraphviz(t *testing.T) {
	g := hostileGraph()
	source := writeGraph(t, g, export.DOT)
	wantNodes, wantEdges := records(g, cleanDOT)

	canonical := graphviz(t, "nop", source)
	gotNodes, gotEdges, err := readDOT(string(canonical))
	if err != nil {
		t.Fatalf("reading nop's output: %v\n%s", err, canonical)
	}
	// nop writes a node where the graph first names it, edges included.
	sortRecords(wantNodes, wantEdges)
	sortRecords(gotNodes, gotEdges)
	compareRecords(t, wantNodes, gotNodes, wantEdges, gotEdges)

	drawing := graphviz(t, "dot", source, "-Tsvg")
	if !bytes.Contains(drawing, []byte(`C:\new\label \N \&quot; \\ end\</text>`)) {
		t.Errorf("the drawing does not show the backslashes of node 6 literally:\n%s", drawing)
	}
}

func FuzzDOT(f *testing.F) {
	f.Add("Vladimir Putin", "Putin", "meet", "PERSON")
	f.Add(`"\"`, `\`, "\\\n\\l", "\"\"\"")
	f.Add("\xff\xfe\xed\xa0\x80", "\r\n\t", "\x00\x1f\x7f\u0085", "\U0010FFFF")
	f.Fuzz(func(t *testing.T, name, alias, predicate, entityType string) {
		g := fuzzGraph(name, alias, predicate, entityType)
		output := writeGraph(t, g, export.DOT)
		gotNodes, gotEdges, err := readDOT(string(output))
		if err != nil {
			t.Fatalf("reading back: %v\n%s", err, output)
		}
		wantNodes, wantEdges := records(g, cleanDOT)
		compareRecords(t, wantNodes, gotNodes, wantEdges, gotEdges)
	})
}

// dotParts sorts the statements of DOT source into nodes, edges and the
// graph's attributes.
func dotParts(t *testing.T, source []byte) (nodes, edges []dotStatement, graphAttributes map[string]string) {
	t.Helper()
	statements, err := parseDOT(string(source))
	if err != nil {
		t.Fatalf("parsing: %v\n%s", err, source)
	}
	graphAttributes = map[string]string{}
	for _, statement := range statements {
		switch {
		case statement.Keyword == "graph":
			for name, value := range statement.Attributes {
				if _, seen := graphAttributes[name]; seen {
					t.Errorf("graph attribute %s set twice", name)
				}
				graphAttributes[name] = value
			}
		case statement.Keyword != "":
		case statement.To == "":
			nodes = append(nodes, statement)
		default:
			edges = append(edges, statement)
		}
	}
	return nodes, edges, graphAttributes
}

func hexOf(c [3]uint8) string { return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2]) }

func TestTypeColour(t *testing.T) {
	seen := map[[3]uint8]graph.Type{}
	for _, typ := range graph.Types {
		colour := export.TypeColour(typ)
		if other, taken := seen[colour]; taken {
			t.Errorf("%s and %s share the colour %v", typ, other, colour)
		}
		seen[colour] = typ
	}
	other := export.TypeColour("MISC")
	if _, taken := seen[other]; taken {
		t.Errorf("an unknown type has the colour of a known one")
	}
	if export.TypeColour("") != other {
		t.Errorf("unknown types have different colours")
	}
}

func TestDOTNodeColours(t *testing.T) {
	g := hostileGraph()
	nodes, _, _ := dotParts(t, writeGraph(t, g, export.DOT))
	for i, node := range nodes {
		if want := hexOf(export.TypeColour(g.nodes[i].Type)); node.Attributes["fillcolor"] != want {
			t.Errorf("node %s of type %q filled %q, want %q", node.From, g.nodes[i].Type, node.Attributes["fillcolor"], want)
		}
	}
}

func TestDOTFontSizeFollowsPageRank(t *testing.T) {
	g := measuredGraph{memoryGraph: memoryGraph{}, metrics: map[uint64]graph.Metrics{}}
	ranks := []float64{0, 0.05, 0.1, 0.3, 0.6, 1, math.Inf(1), math.NaN()}
	for i, rank := range ranks {
		g.nodes = append(g.nodes, graph.Node{ID: uint64(i + 1), Name: "node", Type: graph.Person})
		g.metrics[uint64(i+1)] = graph.Metrics{PageRank: rank}
	}
	nodes, _, _ := dotParts(t, writeGraph(t, g, export.DOT))
	previous := 0
	for i, node := range nodes {
		size, err := strconv.Atoi(node.Attributes["fontsize"])
		if err != nil {
			t.Fatalf("node %s: fontsize %q: %v", node.From, node.Attributes["fontsize"], err)
		}
		if size < 10 || size > 72 {
			t.Errorf("PageRank %g gives font size %d, outside 10 to 72", ranks[i], size)
		}
		if i > 0 && i < 6 && size <= previous {
			t.Errorf("PageRank %g gives font size %d, no larger than %d for %g", ranks[i], size, previous, ranks[i-1])
		}
		previous = size
	}

	unmeasured, _, _ := dotParts(t, writeGraph(t, g.memoryGraph, export.DOT))
	for _, node := range unmeasured {
		if size, found := node.Attributes["fontsize"]; found {
			t.Errorf("node %s of an unmeasured graph has font size %s", node.From, size)
		}
	}
}

func TestDOTEdgeStyle(t *testing.T) {
	g := hostileGraph()
	_, edges, _ := dotParts(t, writeGraph(t, g, export.DOT))
	widths := map[int]float64{}
	for i, edge := range edges {
		if dashed := edge.Attributes["style"] == "dashed"; dashed != g.edges[i].Negated {
			t.Errorf("edge %d (negated %v) has style %q", i, g.edges[i].Negated, edge.Attributes["style"])
		}
		width, err := strconv.ParseFloat(edge.Attributes["penwidth"], 64)
		if err != nil || width <= 0 {
			t.Errorf("edge %d has pen width %q", i, edge.Attributes["penwidth"])
		}
		widths[g.edges[i].Weight] = width
	}
	if !(widths[1] < widths[2] && widths[2] < widths[5] && widths[5] < widths[1<<40]) {
		t.Errorf("pen widths by weight %v do not grow with the weight", widths)
	}
}

func TestDOTLayout(t *testing.T) {
	for _, test := range []struct {
		name        string
		graph       memoryGraph
		wantLayout  string
		wantSplines string
	}{
		{"small", hostileGraph(), "neato", "true"},
		{"large", bigGraph(2000, 1), "sfdp", ""},
	} {
		t.Run(test.name, func(t *testing.T) {
			_, _, attributes := dotParts(t, writeGraph(t, test.graph, export.DOT))
			if attributes["layout"] != test.wantLayout || attributes["splines"] != test.wantSplines {
				t.Errorf("layout %q, splines %q; want %q, %q", attributes["layout"], attributes["splines"], test.wantLayout, test.wantSplines)
			}
			// Polyomino packing, Graphviz's default, takes minutes over
			// thousands of components.
			if attributes["packmode"] != "array" {
				t.Errorf("packmode %q, want array", attributes["packmode"])
			}
		})
	}
}

// legendEntries reads the names and colours of an HTML legend table.
func legendEntries(label string) (names, colours []string) {
	for _, cell := range strings.Split(label, "<td ")[1:] {
		if colour, found := strings.CutPrefix(cell, `bgcolor="`); found {
			colours = append(colours, colour[:strings.IndexByte(colour, '"')])
			continue
		}
		text := cell[strings.IndexByte(cell, '>')+1:]
		names = append(names, text[:strings.Index(text, "</td>")])
	}
	return names, colours
}

func TestDOTLegend(t *testing.T) {
	for _, test := range []struct {
		name  string
		types []graph.Type
		want  []string
	}{
		{"known types in their order", []graph.Type{graph.Loc, graph.Person, graph.Loc}, []string{"PERSON", "LOC"}},
		{"others last", []graph.Type{"MISC", graph.GPE, "", graph.Org}, []string{"ORG", "GPE", "other"}},
		{"all", graph.Types, []string{"PERSON", "ORG", "GPE", "LOC"}},
	} {
		t.Run(test.name, func(t *testing.T) {
			var g memoryGraph
			for i, typ := range test.types {
				g.nodes = append(g.nodes, graph.Node{ID: uint64(i), Name: "x", Type: typ})
			}
			nodes, _, attributes := dotParts(t, writeGraph(t, g, export.DOT))
			names, colours := legendEntries(attributes["label"])
			if !slices.Equal(names, test.want) {
				t.Errorf("legend %v, want %v", names, test.want)
			}
			fills := map[string]bool{}
			for _, node := range nodes {
				fills[node.Attributes["fillcolor"]] = true
			}
			for i, colour := range colours {
				if !fills[colour] {
					t.Errorf("legend entry %d has colour %s, which no node has", i, colour)
				}
			}
			if len(colours) != len(fills) {
				t.Errorf("%d legend colours for %d node colours", len(colours), len(fills))
			}
		})
	}
	_, _, attributes := dotParts(t, writeGraph(t, memoryGraph{}, export.DOT))
	if label, found := attributes["label"]; found {
		t.Errorf("an empty graph has a legend %q", label)
	}
}

// TestDOTGraphvizLarge has Graphviz draw a graph shaped like a news corpus's,
// with hundreds of lone entities, through the layout kg picks for it.
func TestDOTGraphvizLarge(t *testing.T) {
	g := newsShapedGraph(600, 200)
	drawing := graphviz(t, "dot", writeGraph(t, g, export.DOT), "-Tsvg")
	if got := bytes.Count(drawing, []byte(`class="node"`)); got != len(g.nodes) {
		t.Errorf("Graphviz drew %d nodes, want %d", got, len(g.nodes))
	}
	for _, typ := range graph.Types {
		if !bytes.Contains(drawing, []byte(">"+string(typ)+"</text>")) {
			t.Errorf("the drawing's legend lacks %s", typ)
		}
	}
}

// newsShapedGraph has nodes entities, the first linked ones in pairs and
// stars of edges edges, the rest linked to nothing, as most entities of a
// news corpus are.
func newsShapedGraph(nodes, edges int) memoryGraph {
	var g memoryGraph
	for i := range nodes {
		g.nodes = append(g.nodes, graph.Node{ID: uint64(i), Name: "Entity " + strconv.Itoa(i), Type: graph.Types[i%len(graph.Types)], Mentions: 1, Documents: 1})
	}
	for i := range edges {
		from := i % (edges / 3)
		g.edges = append(g.edges, graph.Edge{From: uint64(from), To: uint64(edges/3 + i), Predicate: "meet", Kind: graph.Event, Weight: 1 + i%4})
	}
	return g
}
