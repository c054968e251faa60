// Package wording writes counts as kg's messages say them.
package wording

import "strconv"

// Count writes n with its noun, singular for one: "1 article", "3
// articles", "0 articles". The noun may carry the words that agree with
// it: Count(n, "response is", "responses are").
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
