package main

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

// priors is a stand-in for the NER lexicon.
type priors map[string]ner.Prior

func (p priors) prior(word string) (ner.Prior, bool) {
	prior, ok := p[strings.ToLower(word)]
	return prior, ok
}

func judgeAll(t *testing.T, ev *evidence, known map[string]bool, want map[string]reason) {
	t.Helper()
	for name, why := range want {
		if got := ev.judge(name, known); got != why {
			t.Errorf("judge(%q) = %q, want %q", name, got, why)
		}
	}
}

func TestJudgeHandLists(t *testing.T) {
	ev := newEvidence(noPrior)
	ev.tagged["philip"] = &tagCounts{person: 9}
	ev.tagged["morris"] = &tagCounts{person: 9}
	judgeAll(t, ev, nil, map[string]reason{
		"Palo Alto":     handList, // a place the rules cannot tell
		"Philip Morris": keep,     // a personal name that news uses for the company
	})
}

func TestJudgeKnownName(t *testing.T) {
	ev := newEvidence(noPrior)
	judgeAll(t, ev, map[string]bool{key("Everest"): true}, map[string]reason{
		"Everest":       knownName,
		"Everest Group": keep,
	})
}

func TestJudgeCommonWord(t *testing.T) {
	ev := newEvidence(priors{"zebra": {Type: "O", Share: 0.5}, "global": {Type: "O", Share: 0.75}}.prior)
	ev.lower["target"], ev.capital["target"] = 652, 2
	ev.lower["progressive"], ev.capital["progressive"] = 8, 41
	ev.lower["apple"], ev.capital["apple"] = 2, 152
	ev.lower["mosaic"], ev.capital["mosaic"] = 1, 1
	ev.lower["waste management"], ev.capital["waste management"] = 6, 29
	ev.lower["idex"] = 5
	judgeAll(t, ev, nil, map[string]reason{
		"Target":           commonWord, // far more often in lower case
		"Progressive":      commonWord, // three times or more in lower case
		"Mosaic":           commonWord, // as often in lower case as not
		"Waste Management": commonWord,
		"Zebra":            commonWord, // the lexicon finds no name in it
		"Apple":            keep,
		"Global Payments":  keep, // the lexicon speaks of words, not names of two
		"IDEX":             keep, // matched only in capitals
	})
}

func TestJudgePersonalName(t *testing.T) {
	ev := newEvidence(noPrior)
	ev.tagged["brown"] = &tagCounts{person: 40, organisation: 2}
	ev.tagged["casey"] = &tagCounts{person: 3}
	ev.tagged["charles"] = &tagCounts{person: 30}
	ev.tagged["schwab"] = &tagCounts{organisation: 2}
	ev.afterGiven["abbott"] = 2
	ev.afterGiven["resources"] = 5
	ev.tagged["franklin"] = &tagCounts{person: 5}
	ev.afterGiven["akamai"] = 1
	judgeAll(t, ev, nil, map[string]reason{
		"Brown & Brown":      personalName, // every word a name of people
		"Casey's":            personalName, // judged without the "'s"
		"Abbott":             personalName, // after a given name twice
		"Charles Schwab":     keep,         // CoNLL-2003 has Schwab an organisation
		"Franklin Resources": keep,         // a given name of two words counts only alone
		"Akamai":             keep,
	})
}

func TestJudgePlace(t *testing.T) {
	ev := newEvidence(priors{"dover": {Type: "LOC", Share: 0.5}}.prior)
	ev.tagged["hartford"] = &tagCounts{place: 3, organisation: 1}
	ev.tagged["chubb"] = &tagCounts{place: 1, organisation: 1}
	judgeAll(t, ev, nil, map[string]reason{
		"Dover":    place,
		"Hartford": place,
		"Chubb":    keep,
	})
}

func TestEntries(t *testing.T) {
	ev := newEvidence(noPrior)
	ev.lower["visa"], ev.capital["visa"] = 90, 10
	rows := []string{
		"Adobe Inc.",                       // in companies.tsv: left out whole
		"Akamai Technologies",              // the short name first, then the fuller
		"Visa Inc.",                        // "Visa" is a word: the legal name alone
		"Honeywell Technologies",           // "Honeywell" is this one's
		"Honeywell Holdings",               // so not this one's
		"Group",                            // nothing left
		"Cumberland Pharmaceuticals, Inc.", // past the index: no short name
	}
	companies := map[string]bool{key("Adobe"): true}
	known := map[string]bool{key("Adobe"): true, key("Group"): true}
	got := ev.entries(rows, len(rows)-1, known, companies, io.Discard)
	want := [][]string{
		{"Akamai", "Akamai Technologies"},
		{"Visa Inc."},
		{"Honeywell", "Honeywell Technologies"},
		{"Honeywell Holdings"},
		{"Cumberland Pharmaceuticals", "Cumberland Pharmaceuticals, Inc."},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("entries = %q, want %q", got, want)
	}
}

func TestJudgeShortAcronym(t *testing.T) {
	ev := newEvidence(noPrior)
	judgeAll(t, ev, nil, map[string]reason{
		"PTC":   shortAcronym,
		"CSX":   shortAcronym,
		"KKR":   keep, // by hand
		"3M":    keep,
		"F5":    keep,
		"MSCI":  keep,
		"Ciena": keep,
	})
}

func TestJudgeOtherName(t *testing.T) {
	ev := newEvidence(noPrior)
	ev.tagged["nasdaq"] = &tagCounts{other: 9}
	ev.tagged["merck"] = &tagCounts{other: 1, organisation: 4}
	judgeAll(t, ev, nil, map[string]reason{
		"Nasdaq":              otherName,
		"Merck":               keep,
		"Nasdaq Stock Market": keep,
	})
}
