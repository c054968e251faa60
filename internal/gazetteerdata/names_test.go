package main

import (
	"slices"
	"strings"
	"testing"
)

func TestForms(t *testing.T) {
	tests := []struct {
		listed string
		want   []string
	}{
		{"Zoetis", []string{"Zoetis"}},
		// The share class goes.
		{"Alphabet Inc. (Class A)", []string{"Alphabet Inc.", "Alphabet"}},
		// An inverted article goes, being optional to the gazetteer; an
		// inverted given name goes back before the surname.
		{"Home Depot (The)", []string{"Home Depot"}},
		{"Lilly (Eli)", []string{"Eli Lilly"}},
		// Legal forms go, with the "&" or comma before them.
		{"Deere & Company", []string{"Deere & Company", "Deere"}},
		{"Block, Inc.", []string{"Block, Inc.", "Block"}},
		{"Estée Lauder Companies (The)", []string{"Estée Lauder Companies", "Estée Lauder"}},
		// Then one word of business, when a word is left.
		{"Akamai Technologies", []string{"Akamai Technologies", "Akamai"}},
		{"TKO Group Holdings", []string{"TKO Group Holdings"}},
		{"American International Group", []string{"American International Group"}},
		{"Molson Coors Beverage Company", []string{"Molson Coors Beverage Company", "Molson Coors Beverage"}},
		{"Group", []string{"Group"}},
		// A comma written apart goes with the legal form.
		{"Gyrodyne , LLC", []string{"Gyrodyne , LLC", "Gyrodyne"}},
		{"Spotify Technology S.A.", []string{"Spotify Technology S.A.", "Spotify Technology", "Spotify"}},
	}
	for _, tt := range tests {
		if got := forms(tt.listed, true); !slices.Equal(got, tt.want) {
			t.Errorf("forms(%q) = %q, want %q", tt.listed, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"O’Reilly Automotive", "o'reilly automotive"},
		{"Brown–Forman", "Brown-Forman"},
		{"The Trade Desk", "Trade Desk"},
		{"Home  Depot", "home depot"},
	}
	for _, tt := range tests {
		if key(tt.a) != key(tt.b) {
			t.Errorf("key(%q) = %q, key(%q) = %q; want them equal", tt.a, key(tt.a), tt.b, key(tt.b))
		}
	}
	// Case and diacritics do not tell names apart.
	for _, tt := range []struct{ a, b string }{{"PACCAR", "Paccar"}, {"América Móvil", "America Movil"}} {
		if key(tt.a) != key(tt.b) {
			t.Errorf("key(%q) = %q, key(%q) = %q; want them equal", tt.a, key(tt.a), tt.b, key(tt.b))
		}
	}
}

func TestTokenise(t *testing.T) {
	words, starts := tokenise("Shares of AT&T rose. Lowe's and J.B. Hunt fell: Coca-Cola\nrose\n\nTarget")
	want := "Shares* of AT&T rose Lowe's* and J.B Hunt* fell Coca-Cola* rose Target*"
	var got []string
	for i, word := range words {
		if starts[i] {
			word += "*"
		}
		got = append(got, word)
	}
	if strings.Join(got, " ") != want {
		t.Errorf("tokenise = %q, want %q (* starts a sentence)", strings.Join(got, " "), want)
	}
}
