package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// listWords before a name show it is no first name sharing the surname
// after it: a list's ("David Bailey, Rankin and Nan Goldin"), a
// company's ("Young & Rubicam and J Walter Thompson") or a band's ("the
// Jesus and Mary Chain").
var listWords = map[string]bool{",": true, "and": true, "&": true, "the": true}

// lendSurnames gives a first name coordinated with a full name the
// surname they share: "Avi and Joel Glazer", "Bill and Hillary Clinton"
// name Avi Glazer and Bill Clinton. The first name is a person's name of
// one word, right before "and" or "&" and the full name, with no title,
// capitalised word or list word before it, that the article uses alone
// nowhere else (as it does a singer's, "Madonna and Elton John"), and no
// surname of the article: not the last word of a person's full name
// there ("Kenteris and Katerina Thanou" after "Kostas Kenteris"), nor a
// name given after a form of address ("Blair and Gordon Brown" after "Mr
// Blair").
func (d *document) lendSurnames() {
	surnames := map[string]bool{}
	alone := map[string]int{}
	for _, m := range d.mentions {
		if m.typ != graph.Person || m.via != "name" {
			continue
		}
		toks := d.sents[m.sent].tokens
		if words := strings.Fields(m.text); len(words) > 1 {
			surnames[graph.Surname(words)] = true
		} else if alone[m.text]++; m.first > 0 && courtesyTitles[toks[m.first-1].text] {
			surnames[m.text] = true
		}
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != graph.Person || m.via != "name" || m.canonical != "" || m.last-m.first != 1 || surnames[m.text] || alone[m.text] > 1 || i+1 == len(d.mentions) {
			continue
		}
		toks := d.sents[m.sent].tokens
		full := d.mentions[i+1]
		words := strings.Fields(full.text)
		if full.sent != m.sent || full.first != m.last+1 || full.typ != graph.Person || full.via != "name" || len(words) < 2 || len(words) > maxPersonWords {
			continue
		}
		if and := toks[m.last].text; and != "and" && and != "&" {
			continue
		}
		if m.first > 0 && (startsUpper(toks[m.first-1].text) || listWords[strings.ToLower(toks[m.first-1].text)]) {
			continue
		}
		// The surname, not a generational suffix after it: "Larry and
		// Adam Mullen Jr" name Larry Mullen.
		surname := graph.Surname(strings.Fields(strings.ToLower(full.text)))
		for k := len(words) - 1; k > 0 && m.surname == ""; k-- {
			if strings.ToLower(words[k]) == surname {
				m.surname = words[k]
			}
		}
	}
}
