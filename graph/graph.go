package graph

import (
	"fmt"
	"strings"
	"time"
)

// Type is the type of a named entity.
type Type string

// The entity types kg extracts.
const (
	Person Type = "PERSON" // people, real or fictional
	Org    Type = "ORG"    // companies, parties, institutions, agencies, teams, media
	GPE    Type = "GPE"    // countries, cities, states: places with a government
	Loc    Type = "LOC"    // geographic features and regions without a government
)

// Types lists every entity type in a fixed order.
var Types = []Type{Person, Org, GPE, Loc}

// ParseType returns the Type named by s, ignoring case. It accepts the
// common synonyms PER, ORGANIZATION, ORGANISATION and LOCATION.
func ParseType(s string) (Type, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "PERSON", "PER":
		return Person, nil
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org, nil
	case "GPE":
		return GPE, nil
	case "LOC", "LOCATION":
		return Loc, nil
	}
	return "", fmt.Errorf("graph: unknown entity type %q (want PERSON, ORG, GPE or LOC)", s)
}

// Kind says how a relation was stated.
type Kind string

// The kinds of relation.
const (
	Event Kind = "event" // an action: "Macron met Putin"
	Role  Kind = "role"  // a position held: "Russian President Vladimir Putin"
	// Report is speech between someone and a news outlet: "Brown told
	// BBC Radio 4", "Reuters quoted Smith". It says where a statement was
	// made, not how two parties stand, so analysts often leave it out.
	Report Kind = "report"
)

// Kinds lists every kind of relation in a fixed order.
var Kinds = []Kind{Event, Role, Report}

// Span is a half-open range [Start, End) of byte offsets into an article's
// text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is one occurrence of an entity in an article.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Via says how the mention was linked to its entity: "name" for a
	// proper name; "title", "demonym", "pronoun" or another word for a
	// mention resolved otherwise.
	Via string `json:"via"`
}

// Entity is one entity of an article, with every name the article uses for
// it.
type Entity struct {
	ID       string    `json:"id"` // local to the article: "e1", "e2", ...
	Name     string    `json:"name"`
	Type     Type      `json:"type"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Relation is a fact stated by one sentence of an article: Subject did
// Predicate to Object, or Subject holds the role Predicate in Object.
type Relation struct {
	Subject   string `json:"subject"` // an Entity.ID of the same article
	Predicate string `json:"predicate"`
	Object    string `json:"object"` // an Entity.ID of the same article
	Negated   bool   `json:"negated"`
	Kind      Kind   `json:"kind"`
	Sentence  Span   `json:"sentence"`
	Evidence  string `json:"evidence"` // the sentence's text
}

// Article is what extraction makes of one document.
type Article struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Date      time.Time  `json:"date,omitzero"`
	URL       string     `json:"url,omitempty"`
	Hash      string     `json:"hash,omitempty"` // hex SHA-256 of the text
	Words     int        `json:"words"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Source is where the article was read from (kg build: the file's
	// absolute path, or "-" for standard input); the store keeps one id
	// to one source. Not part of kg extract's output.
	Source string `json:"-"`
}

// Entity returns the entity of a with the given local id, or nil.
func (a *Article) Entity(id string) *Entity {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

// Node is an entity of the whole graph.
type Node struct {
	ID        uint64
	Name      string
	Type      Type
	Aliases   []string
	Mentions  int // mentions in all articles
	Documents int // articles that mention it
}

// Edge is every statement of one (From, Predicate, To, Negated) fact.
type Edge struct {
	From, To  uint64
	Predicate string
	Kind      Kind
	Negated   bool
	Weight    int       // number of evidence sentences
	First     time.Time // date of the earliest dated evidence, if any
	Last      time.Time // date of the latest dated evidence, if any
}

// Evidence is one sentence that states an edge.
type Evidence struct {
	Document string // article id
	Sentence Span
	Text     string
	Date     time.Time // the article's date, if known
}
