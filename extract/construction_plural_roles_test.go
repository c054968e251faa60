package extract_test

import "testing"

// TestConstructionPluralRoles checks that a plural role before or after a
// list of names is held by each name, and that a plural without a list
// names no post.
func TestConstructionPluralRoles(t *testing.T) {
	checkRoleConstruction(t, []relationCase{
		{text: "Larry Page and Sergey Brin, the founders of Google, met Tony Blair.",
			want: []triple{{"Larry Page", "founder_of", "Google", false}, {"Sergey Brin", "founder_of", "Google", false}}},
		{text: "Tony Blair met Google founders Larry Page, Sergey Brin and Eric Schmidt.",
			want: []triple{{"Larry Page", "founder_of", "Google", false}, {"Sergey Brin", "founder_of", "Google", false}, {"Eric Schmidt", "founder_of", "Google", false}}},
		{text: "The prize went to Nick Park and Peter Lord, the co-chairmen of Aardman Animations films.",
			want: []triple{{"Nick Park", "co_chairman_of", "Aardman Animations", false}, {"Peter Lord", "co_chairman_of", "Aardman Animations", false}}},
		// Two modifiers joined by "and" modify the role together.
		{text: "Tony Blair met Google past and present directors Larry Page and Sergey Brin.",
			want: []triple{{"Larry Page", "director_of", "Google", false}, {"Sergey Brin", "director_of", "Google", false}}},
		{text: "Tony Blair met Google former and current directors Larry Page and Sergey Brin.",
			want: []triple{{"Larry Page", "director_of", "Google", false}, {"Sergey Brin", "director_of", "Google", false}}},
		// Commas alone make no list, and one name after a plural is no
		// holder of it.
		{text: "Tony Blair met Gordon Brown, Sergey Brin, the founders of Google.",
			not: []triple{{"Gordon Brown", "founder_of", "Google", false}}},
		{text: "Google founders said Sergey Brin would stay.",
			not: []triple{{"Sergey Brin", "founder_of", "Google", false}}},
	})
}
