package serve

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// maxParam bounds the length of one query parameter's value.
const maxParam = 1000

// params reads the query parameters of one request, keeping the first
// error; every getter then returns its fallback.
type params struct {
	values url.Values
	err    error
}

// readParams checks that r's query gives only the parameters known, each
// once, each short and valid UTF-8.
func readParams(r *http.Request, known ...string) (*params, error) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badQuery("malformed query: %v", err)
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for name := range values {
			if !yield(name) {
				return
			}
		}
	}) {
		switch {
		case !slices.Contains(known, name) && len(known) == 0:
			return nil, badQuery("unknown parameter %q (this route takes none)", name)
		case !slices.Contains(known, name):
			return nil, badQuery("unknown parameter %q (this route takes %s)", name, strings.Join(known, ", "))
		case len(values[name]) > 1:
			return nil, badQuery("parameter %q given %d times", name, len(values[name]))
		case len(values.Get(name)) > maxParam:
			return nil, badQuery("parameter %q is longer than %d bytes", name, maxParam)
		case !utf8.ValidString(values.Get(name)):
			return nil, badQuery("parameter %q is not UTF-8", name)
		}
	}
	return &params{values: values}, nil
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = badQuery(format, args...)
	}
}

// text returns the parameter trimmed, or fallback when it is absent.
func (p *params) text(name, fallback string) string {
	if !p.values.Has(name) {
		return fallback
	}
	return strings.TrimSpace(p.values.Get(name))
}

// required returns the parameter, failing when it is absent or empty.
func (p *params) required(name string) string {
	value := p.text(name, "")
	if value == "" {
		p.fail("parameter %q is required", name)
	}
	return value
}

// integer returns the parameter as a number from least to most, or
// fallback when it is absent.
func (p *params) integer(name string, fallback, least, most int) int {
	value := p.text(name, "")
	if value == "" {
		return fallback
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < least || n > most {
		p.fail("parameter %q must be a whole number from %d to %d, not %q", name, least, most, value)
		return fallback
	}
	return n
}

// flag returns the parameter as true or false, or fallback when it is
// absent.
func (p *params) flag(name string, fallback bool) bool {
	value := p.text(name, "")
	if value == "" {
		return fallback
	}
	on, err := strconv.ParseBool(value)
	if err != nil {
		p.fail("parameter %q must be true or false, not %q", name, value)
	}
	return on
}

// day returns the parameter as a date, YYYY-MM-DD; zero when absent.
func (p *params) day(name string) time.Time {
	value := p.text(name, "")
	if value == "" {
		return time.Time{}
	}
	day, err := time.Parse(time.DateOnly, value)
	if err != nil {
		p.fail("parameter %q must be a date, YYYY-MM-DD, not %q", name, value)
	}
	return day
}

// entityType returns the parameter as an entity type; "" when absent.
func (p *params) entityType(name string) graph.Type {
	value := p.text(name, "")
	if value == "" {
		return ""
	}
	t, err := graph.ParseType(value)
	if err != nil {
		p.fail("parameter %q: unknown entity type %q (want PERSON, ORG, GPE or LOC)", name, value)
	}
	return t
}

// list returns the parameter's comma-separated items, trimmed, without
// empty ones.
func (p *params) list(name string) []string {
	var items []string
	for item := range strings.SplitSeq(p.text(name, ""), ",") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	return items
}

// entityTypes returns the parameter's comma-separated entity types.
func (p *params) entityTypes(name string) []graph.Type {
	var types []graph.Type
	for _, item := range p.list(name) {
		t, err := graph.ParseType(item)
		if err != nil {
			p.fail("parameter %q: unknown entity type %q (want PERSON, ORG, GPE or LOC)", name, item)
			return nil
		}
		types = append(types, t)
	}
	return types
}
