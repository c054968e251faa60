package extract

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// An organisation is a public body or a business, and a description
// says which it stands for: "the regulator" is not the company the
// regulator fined, "the search giant" not the Commission that fined it
// ("The European Commission fined Google. The search giant said it would
// appeal"). An organisation's kind is the gazetteer's (an international
// organisation is neither: "the bloc", "the alliance"), or else what the
// article says of it: a noun of the kind right before its name
// ("regulator Ofwat", "carmaker Nissan"), or its name's last word
// ("Federal Trade Commission").

// bodyNouns describe a public body (lexicon/body_nouns.txt); the other
// company nouns describe a business.
var bodyNouns = wordSet("body_nouns")

// The kinds of organisation a description tells apart.
const (
	publicBody = "body"
	business   = "business"
)

// nounKind returns the kind of organisation a noun describes, or "".
func nounKind(noun string) string {
	switch {
	case bodyNouns[noun]:
		return publicBody
	case companyNouns[noun]:
		return business
	}
	return ""
}

// orgKind returns the kind of organisation entity e is, or "" when
// neither the gazetteer nor the article says, or the article says both.
func (d *document) orgKind(e int) string {
	ent := d.entities[e]
	if ent.typ != graph.Org {
		return ""
	}
	if g, ok := gazetteer.Lookup(ent.name); ok {
		switch g.Kind {
		case gazetteer.KindAgency:
			return publicBody
		case gazetteer.KindCompany:
			return business
		}
	}
	kinds := map[string]bool{}
	for _, mi := range ent.mentions {
		m := d.mentions[mi]
		if m.via != "name" {
			continue
		}
		toks := d.sents[m.sent].tokens
		if k := nounKind(strings.ToLower(toks[m.last-1].text)); k == publicBody {
			kinds[k] = true
		}
		if m.first > 0 && startsLower(toks[m.first-1].text) {
			if k := nounKind(toks[m.first-1].text); k != "" {
				kinds[k] = true
			}
		}
	}
	if len(kinds) != 1 {
		return ""
	}
	for k := range kinds {
		return k
	}
	return ""
}

// kindAgrees reports whether entity e may be what a description whose
// head is noun stands for.
func (d *document) kindAgrees(e int, noun string) bool {
	want := nounKind(noun)
	if want == "" {
		return true
	}
	got := d.orgKind(e)
	return got == "" || got == want
}

// onlyOfKind returns the one entity named within the pronoun window
// before token ti of sentence si that fits a description and is known to
// be of the kind its head noun says, when the others that fit are of no
// known kind: "Thames Water was fined by Ofwat. The regulator said"; or -1.
func (d *document) onlyOfKind(si, ti int, noun string, fits func(e int) bool, excluded map[int]bool) int {
	want := nounKind(noun)
	if want == "" {
		return -1
	}
	found := -1
	for _, mi := range d.namesIn(si-pronounWindow, si) {
		m := d.mentions[mi]
		if m.sent == si && m.last > ti || excluded[m.entity] || !fits(m.entity) || d.orgKind(m.entity) != want {
			continue
		}
		if found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	return found
}
