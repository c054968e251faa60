package rules_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rules"
)

// article is a small extraction: Bush (who is also called George W Bush
// in it), Chelsea, the BBC and Piero, and what they do.
func article() *graph.Article {
	return &graph.Article{
		ID: "a1", Title: "t",
		Entities: []graph.Entity{
			{ID: "e1", Name: "Bush", Type: graph.Person, Aliases: []string{"George W Bush"}, Mentions: []graph.Mention{
				{Start: 0, End: 4, Text: "Bush", Via: "name"}, {Start: 10, End: 23, Text: "George W Bush", Via: "name"}}},
			{ID: "e2", Name: "Chelsea", Type: graph.GPE, Mentions: []graph.Mention{{Start: 30, End: 37, Text: "Chelsea", Via: "name"}}},
			{ID: "e3", Name: "BBC", Type: graph.Org, Mentions: []graph.Mention{{Start: 40, End: 43, Text: "BBC", Via: "name"}}},
			{ID: "e4", Name: "Piero", Type: graph.Person, Mentions: []graph.Mention{{Start: 50, End: 55, Text: "Piero", Via: "name"}}},
		},
		Relations: []graph.Relation{
			{Subject: "e1", Predicate: "tell", Object: "e3", Kind: graph.Event, Sentence: graph.Span{Start: 0, End: 45}, Evidence: "s1"},
			{Subject: "e1", Predicate: "visit", Object: "e2", Kind: graph.Event, Sentence: graph.Span{Start: 0, End: 45}, Evidence: "s1"},
			{Subject: "e4", Predicate: "join", Object: "e2", Kind: graph.Event, Sentence: graph.Span{Start: 46, End: 60}, Evidence: "s2"},
			{Subject: "e4", Predicate: "tell", Object: "e1", Kind: graph.Event, Sentence: graph.Span{Start: 46, End: 60}, Evidence: "s2"},
		},
	}
}

func parse(t *testing.T, text string) *rules.Rules {
	t.Helper()
	r, err := rules.Parse("test.rules", []byte(text))
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return r
}

func entityNames(a *graph.Article) []string {
	var names []string
	for _, entity := range a.Entities {
		names = append(names, entity.ID+":"+entity.Name+":"+string(entity.Type))
	}
	return names
}

func relationNames(a *graph.Article) []string {
	var names []string
	for _, relation := range a.Relations {
		names = append(names, relation.Subject+" "+relation.Predicate+" "+relation.Object)
	}
	return names
}

func TestApplyMerge(t *testing.T) {
	curated := parse(t, "merge: bush = George W. Bush\n").Apply(article())
	bush := curated.Entity("e1")
	if bush.Name != "George W. Bush" || !reflect.DeepEqual(bush.Aliases, []string{"Bush", "George W Bush"}) {
		t.Errorf("merged entity = %q with aliases %q, want George W. Bush with Bush and George W Bush", bush.Name, bush.Aliases)
	}
	if len(bush.Mentions) != 2 {
		t.Errorf("merged entity keeps %d mentions, want 2", len(bush.Mentions))
	}
}

func TestApplyApart(t *testing.T) {
	curated := parse(t, "apart: George W Bush | BUSH\n").Apply(article())
	want := []string{"e1:Bush:PERSON", "e1-apart1:George W Bush:PERSON", "e2:Chelsea:GPE", "e3:BBC:ORG", "e4:Piero:PERSON"}
	if got := entityNames(curated); !reflect.DeepEqual(got, want) {
		t.Fatalf("entities = %q, want %q", got, want)
	}
	bush, george := curated.Entity("e1"), curated.Entity("e1-apart1")
	if len(bush.Aliases) != 0 || len(bush.Mentions) != 1 || len(george.Mentions) != 1 || george.Mentions[0].Text != "George W Bush" {
		t.Errorf("split gave %+v and %+v", bush, george)
	}
	if !reflect.DeepEqual(relationNames(curated), relationNames(article())) {
		t.Errorf("relations changed by apart: %q", relationNames(curated))
	}
}

func TestApplyType(t *testing.T) {
	curated := parse(t, "type: chelsea = org\n").Apply(article())
	if got := curated.Entity("e2").Type; got != graph.Org {
		t.Errorf("Chelsea's type = %s, want ORG", got)
	}
}

func TestApplyDrop(t *testing.T) {
	curated := parse(t, "drop: Piero\n").Apply(article())
	want := []string{"e1:Bush:PERSON", "e2:Chelsea:GPE", "e3:BBC:ORG"}
	if got := entityNames(curated); !reflect.DeepEqual(got, want) {
		t.Errorf("entities = %q, want %q", got, want)
	}
	if got, want := relationNames(curated), []string{"e1 tell e3", "e1 visit e2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("relations = %q, want %q", got, want)
	}
}

func TestApplyDropRelation(t *testing.T) {
	tests := []struct{ rules, want string }{
		{"drop-relation: tell", "e1 visit e2,e4 join e2"},
		{"drop-relation: TELL -> ORG", "e1 visit e2,e4 join e2,e4 tell e1"},
		{"drop-relation: tell -> bush", "e1 tell e3,e1 visit e2,e4 join e2"},
		{"drop-relation: visit -> PERSON", "e1 tell e3,e1 visit e2,e4 join e2,e4 tell e1"},
	}
	for _, test := range tests {
		curated := parse(t, test.rules).Apply(article())
		if got := strings.Join(relationNames(curated), ","); got != test.want {
			t.Errorf("%s: relations %s, want %s", test.rules, got, test.want)
		}
	}
}

// TestApplyDropRelationVariant: a rule names a predicate in any spelling
// the vocabulary folds.
func TestApplyDropRelationVariant(t *testing.T) {
	a := article()
	a.Relations[0].Predicate = "adviser_of"
	curated := parse(t, "drop-relation: Advisor_Of -> ORG").Apply(a)
	if got, want := strings.Join(relationNames(curated), ","), "e1 visit e2,e4 join e2,e4 tell e1"; got != want {
		t.Errorf("relations %s, want %s", got, want)
	}
}

// TestPredicates: each predicate the drop-relation rules name, in the
// vocabulary's spelling, once, with the first line that names it.
func TestPredicates(t *testing.T) {
	r := parse(t, "drop: Piero\ndrop-relation: tel\n# c\ndrop-relation: Advisor_Of -> ORG\ndrop-relation: TEL -> PERSON\n")
	want := []rules.NamedPredicate{{Predicate: "tel", Line: 2}, {Predicate: "adviser_of", Line: 4}}
	if got := r.Predicates(); !reflect.DeepEqual(got, want) {
		t.Errorf("Predicates() = %v, want %v", got, want)
	}
	var none *rules.Rules
	if got := none.Predicates(); got != nil {
		t.Errorf("nil rules name predicates %v", got)
	}
}

// TestNames: each name a rule looks for among an article's entities,
// once a keyword, with the first line that names it; a merge's
// canonical name is what the rule gives.
func TestNames(t *testing.T) {
	r := parse(t, "merge: Bush = George W Bush\napart: Kate Bush | George W Bush\ntype: chelsea = ORG\n# c\ndrop: Piero\ndrop: PIERO\ndrop-relation: tell -> ORG\ndrop-relation: say -> BBC\ntype: Chelsea = ORG\n")
	want := []rules.NamedName{
		{Keyword: "merge", Name: "Bush", Line: 1},
		{Keyword: "apart", Name: "Kate Bush", Line: 2},
		{Keyword: "apart", Name: "George W Bush", Line: 2},
		{Keyword: "type", Name: "chelsea", Line: 3},
		{Keyword: "drop", Name: "Piero", Line: 5},
		{Keyword: "drop-relation", Name: "BBC", Line: 8},
	}
	if got := r.Names(); !reflect.DeepEqual(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	if !r.Canonical("george w  BUSH") || r.Canonical("Bush") {
		t.Error("Canonical does not tell the name a merge gives from the one it renames")
	}
	var none *rules.Rules
	if none.Names() != nil || none.Canonical("Bush") {
		t.Error("nil rules name names")
	}
}

func TestApplyLeavesArticle(t *testing.T) {
	a := article()
	untouched := parse(t, "# nothing here applies\nmerge: Blair = Tony Blair\ndrop: Putin\n").Apply(a)
	if untouched != a {
		t.Error("rules that touch nothing copied the article")
	}
	parse(t, "merge: Bush = George W Bush\ndrop: Piero\napart: Bush | George W Bush\ntype: Chelsea = ORG\ndrop-relation: tell").Apply(a)
	if !reflect.DeepEqual(a, article()) {
		t.Error("Apply modified its argument")
	}
	var none *rules.Rules
	if none.Apply(a) != a {
		t.Error("nil rules changed the article")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		text string
		line int
		want string
	}{
		{"merge Bush", 1, "not a rule"},
		{"# c\n\nfrob: x", 3, "unknown keyword"},
		{"merge: Bush", 1, "merge: NAME = CANONICAL"},
		{"merge: Bush = ", 1, "merge: NAME = CANONICAL"},
		{"merge: Bush = BUSH", 1, "into itself"},
		{"merge: Bush = George Bush\nmerge: bush = Kate Bush", 2, "contradicts line 1"},
		{"type: Chelsea = TEAM", 1, "unknown type"},
		{"type: Chelsea = ORG\ntype: chelsea = GPE", 2, "contradicts line 1"},
		{"apart: Bush", 1, "apart: NAME | NAME"},
		{"apart: Bush | bush", 1, "from itself"},
		{"drop:   ", 1, "needs a name"},
		{"drop-relation: ", 1, "PREDICATE"},
		{"drop-relation: said to ", 1, "one word"},
		{"drop-relation: tell -> ", 1, "nothing after"},
		{"drop: \xff", 1, "UTF-8"},
	}
	for _, test := range tests {
		_, err := rules.Parse("my.rules", []byte(test.text))
		var syntax *rules.SyntaxError
		if !errors.As(err, &syntax) {
			t.Errorf("Parse(%q) = %v, want a *SyntaxError", test.text, err)
			continue
		}
		if syntax.Line != test.line || !strings.Contains(err.Error(), test.want) || !strings.Contains(err.Error(), "my.rules:") {
			t.Errorf("Parse(%q) = %q (line %d), want line %d and %q", test.text, err, syntax.Line, test.line, test.want)
		}
	}
}

func TestParseReportsEveryBadLine(t *testing.T) {
	_, err := rules.Parse("x", []byte("bad one\ndrop: ok\nbad two\n"))
	if got := err.Error(); !strings.Contains(got, "x:1:") || !strings.Contains(got, "x:3:") || strings.Contains(got, "x:2:") {
		t.Errorf("error %q should name lines 1 and 3 only", got)
	}
}

func TestParseRepeatedRules(t *testing.T) {
	r := parse(t, "merge: Bush = George W Bush\nmerge: BUSH = george w bush\ntype: Chelsea = ORG\ntype: chelsea = organisation\n")
	if got := r.Apply(article()).Entity("e1").Name; got != "George W Bush" {
		t.Errorf("merged name = %q, want the first line's", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("merge: Bush = George W Bush\napart: A | B\ntype: Chelsea = ORG\ndrop: Piero\ndrop-relation: tell -> ORG\n# c\n"))
	f.Add([]byte("drop-relation: tell -> Bush\r\nmerge:=\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		r, err := rules.Parse("fuzz", text)
		if err != nil {
			var syntax *rules.SyntaxError
			if !errors.As(err, &syntax) || syntax.Line < 1 {
				t.Fatalf("Parse error %v is not a *SyntaxError with a line", err)
			}
			return
		}
		a := article()
		curated := r.Apply(a)
		if !reflect.DeepEqual(a, article()) {
			t.Fatal("Apply modified its argument")
		}
		for _, relation := range curated.Relations {
			if curated.Entity(relation.Subject) == nil || curated.Entity(relation.Object) == nil {
				t.Fatalf("relation %+v names an entity the curated article lacks", relation)
			}
		}
		ids := make(map[string]bool)
		for _, entity := range curated.Entities {
			if ids[entity.ID] {
				t.Fatalf("two entities of id %q", entity.ID)
			}
			ids[entity.ID] = true
		}
		if !reflect.DeepEqual(r.Apply(a), curated) {
			t.Fatal("Apply gives two results for one article")
		}
	})
}
