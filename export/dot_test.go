package export_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/export"
)

// dotToken is an ID (quoted or not, quoted ones already unescaped) or one
// of the punctuation marks { } [ ] = , ; ->.
type dotToken struct {
	text   string
	quoted bool
	punct  bool
}

// lexDOT splits DOT source into tokens. In a quoted string it accepts the
// escapes kg writes, \" \\ and \n, and the line continuation the grammar
// defines, and rejects any other backslash and any raw control character:
// kg never writes them, and an unbalanced quote shows up as one of them or
// as a string running to the end.
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

// readDOT parses the subset of DOT that kg writes and Graphviz's nop
// prints: one digraph of node and edge statements, each with an attribute
// list, plus attribute statements for graph, node or edge, which it skips.
func readDOT(source string) ([]nodeRecord, []edgeRecord, error) {
	tokens, err := lexDOT(source)
	if err != nil {
		return nil, nil, err
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
			return nil, nil, err
		}
	}
	var nodes []nodeRecord
	var edges []edgeRecord
	for !peekPunct("}") {
		first, err := id()
		if err != nil {
			return nil, nil, err
		}
		var second *dotToken
		if peekPunct("->") {
			position++
			target, err := id()
			if err != nil {
				return nil, nil, err
			}
			second = &target
		}
		attributes := map[string]string{}
		for peekPunct("[") {
			position++
			for !peekPunct("]") {
				name, err := id()
				if err != nil {
					return nil, nil, err
				}
				if err := expect("="); err != nil {
					return nil, nil, err
				}
				value, err := id()
				if err != nil {
					return nil, nil, err
				}
				if _, seen := attributes[name.text]; seen {
					return nil, nil, fmt.Errorf("attribute %q twice", name.text)
				}
				attributes[name.text] = value.text
				if peekPunct(",") || peekPunct(";") {
					position++
				}
			}
			position++
		}
		if peekPunct(";") {
			position++
		}

		isKeyword := !first.quoted && (first.text == "graph" || first.text == "node" || first.text == "edge")
		switch {
		case isKeyword && second == nil:
		case second == nil:
			node, err := dotNode(first.text, attributes)
			if err != nil {
				return nil, nil, err
			}
			nodes = append(nodes, node)
		default:
			edge, err := dotEdge(first.text, second.text, attributes)
			if err != nil {
				return nil, nil, err
			}
			edges = append(edges, edge)
		}
	}
	position++
	if position != len(tokens) {
		return nil, nil, fmt.Errorf("%d tokens after the closing brace", len(tokens)-position)
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
