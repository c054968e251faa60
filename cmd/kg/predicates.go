package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/store"
)

// suggestedPredicates is how many of the store's predicates an unknown
// one is answered with.
const suggestedPredicates = 5

// predicateList reads a comma-separated list of predicates given to flag:
// each in the vocabulary's spelling (graph.CanonicalPredicate), or, when
// only that is stored, as the lemma of a verb form ("met": meet) or the
// role of a post ("chairman": chairman_of), each once.
// A reading that differs from what was typed is noted on stderr. A
// predicate no stored edge has is an error naming the closest stored
// ones. A predicate whose inverse is stored but not listed is noted, as
// the inverse's edges state the same relation the other way round.
func predicateList(st *store.Store, command, flag, list string, stderr io.Writer) ([]string, error) {
	typed := splitList(list)
	if len(typed) == 0 {
		return nil, nil
	}
	stored, err := st.Predicates()
	if err != nil {
		return nil, err
	}
	var predicates []string
	for _, item := range typed {
		predicate, err := readPredicate(command, flag, item, stored, stderr)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(predicates, predicate) {
			predicates = append(predicates, predicate)
		}
	}
	for _, predicate := range predicates {
		if inverse, found := lookup.Inverse(predicate, stored); found && !slices.Contains(predicates, inverse) {
			fmt.Fprintf(stderr, "kg: %s: --%s: %s states %s the other way round; list both to follow both\n", command, flag, inverse, predicate)
		}
	}
	return predicates, nil
}

// readPredicate returns the stored predicate typed stands for
// (lookup.Predicate), noting on stderr a reading that differs from what was
// typed. A predicate no stored edge has is an error naming the closest
// stored ones, and the vocabulary's spelling of it ("co-operate" is
// cooperate) is noted first.
func readPredicate(command, flag, typed string, stored []string, stderr io.Writer) (string, error) {
	predicate, found := lookup.Predicate(typed, stored)
	if !found {
		predicate = graph.CanonicalPredicate(typed)
	}
	if predicate != typed {
		fmt.Fprintf(stderr, "kg: %s: --%s %s read as %s\n", command, flag, printable(typed), printable(predicate))
	}
	if !found {
		return "", unknownPredicate(command, flag, predicate, stored)
	}
	return predicate, nil
}

// unknownPredicate reports a predicate no stored edge has, with the
// stored predicates closest to it: fewest typing mistakes away, those
// that share its first word first.
func unknownPredicate(command, flag, typed string, stored []string) error {
	if len(stored) == 0 {
		return fail(errNoPredicate, "%s: --%s: no predicate %q: the store has no edges", command, flag, typed)
	}
	word := graph.CanonicalPredicate(typed)
	for _, candidate := range []string{word, graph.CanonicalPredicate(typed + "_of")} {
		if inverse, found := lookup.Inverse(candidate, stored); found {
			return fail(errNoPredicate, "%s: --%s: no edge has predicate %q; %s states it the other way round", command, flag, typed, inverse)
		}
	}
	closest := closestPredicates(word, stored)
	for i := range closest {
		closest[i] = printable(closest[i])
	}
	return fail(errNoPredicate, "%s: --%s: no edge has predicate %q; closest: %s", command, flag, typed, strings.Join(closest, ", "))
}

// closestPredicates returns the few of known (not empty) closest to
// word: fewest typing mistakes away, those that share its first word
// first.
func closestPredicates(word string, known []string) []string {
	head, _, _ := strings.Cut(word, "_")
	type candidate struct {
		predicate  string
		sharesHead bool
		distance   int
	}
	candidates := make([]candidate, len(known))
	for i, predicate := range known {
		candidateHead, _, _ := strings.Cut(predicate, "_")
		candidates[i] = candidate{predicate, candidateHead == head, slips(word, predicate)}
	}
	slices.SortFunc(candidates, func(a, b candidate) int {
		return cmp.Or(compareFirst(a.sharesHead, b.sharesHead), cmp.Compare(a.distance, b.distance), cmp.Compare(a.predicate, b.predicate))
	})
	closest := make([]string, 0, suggestedPredicates)
	for _, c := range candidates[:min(suggestedPredicates, len(candidates))] {
		closest = append(closest, c.predicate)
	}
	return closest
}

// compareFirst orders true before false.
func compareFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
