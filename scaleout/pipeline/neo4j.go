package pipeline

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.Function2x1(entityCSVFn)
	register.Function2x1(relationCSVFn)
}

// The graph as CSV files for neo4j-admin database import full: the
// headers in files of their own (entities-header.csv,
// relations-header.csv), the rows in the shards beside them, so that
//
//	neo4j-admin database import full \
//	  --nodes=Entity=entities-header.csv,entities-part-.* \
//	  --relationships=relations-header.csv,relations-part-.* neo4j
//
// imports them. An entity's label is its type; a relationship's type is
// its predicate in upper case, NOT_ before a negated one, _ before one
// that would start with a digit.
const (
	entityHeader   = "id:ID,name,:LABEL"
	relationHeader = ":START_ID,:END_ID,:TYPE,predicate,negated:boolean,weight:int"
)

// csvLine writes fields as one CSV line, quoted where CSV needs it; line
// breaks become spaces, since neo4j-admin reads one record a line.
func csvLine(fields ...string) string {
	var line strings.Builder
	w := csv.NewWriter(&line)
	for i, field := range fields {
		fields[i] = strings.NewReplacer("\r", " ", "\n", " ").Replace(field)
	}
	w.Write(fields)
	w.Flush()
	return strings.TrimSuffix(line.String(), "\n")
}

// relationshipType is a predicate as a Neo4j relationship type that
// needs no quoting: letters and digits in upper case, anything else an
// underscore.
func relationshipType(predicate string, negated bool) string {
	t := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToUpper(r)
		}
		return '_'
	}, predicate)
	switch {
	case negated:
		t = "NOT_" + t
	case t == "" || unicode.IsDigit(rune(t[0])):
		// A type must start with a letter or an underscore to go
		// unquoted.
		t = "_" + t
	}
	return t
}

func entityCSVFn(data []byte, emit func(string)) error {
	var e entity
	if err := json.Unmarshal(data, &e); err != nil {
		return fmt.Errorf("pipeline: decode entity: %w", err)
	}
	emit(csvLine(strconv.FormatUint(e.ID, 10), e.Name, e.Type))
	return nil
}

func relationCSVFn(data []byte, emit func(string)) error {
	var r relation
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("pipeline: decode relation: %w", err)
	}
	emit(csvLine(strconv.FormatUint(r.From, 10), strconv.FormatUint(r.To, 10), relationshipType(r.Predicate, r.Negated),
		r.Predicate, strconv.FormatBool(r.Negated), strconv.Itoa(r.Weight)))
	return nil
}
