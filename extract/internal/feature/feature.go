// Package feature hashes the features of kg's linear models (the entity
// tagger, the part-of-speech tagger and the dependency parser) to 64-bit
// keys.
//
// A feature is a template number and a value; values are hashes of words,
// shapes and affixes, or small integers, combined by Pair. The hashes are
// part of the models' file formats: changing one invalidates every trained
// model that uses it.
package feature

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser: features are combined by xor and
// multiplication, so every combination is passed through it to spread
// nearby inputs over the whole key space.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Key names the feature of a template with one value. Key 0 marks an empty
// slot of a hash table, so it is never returned.
func Key(template uint64, value uint64) uint64 {
	return SeededKey(Seed(template), value)
}

// Seed is the part of a template's keys that the template alone decides,
// for models that compute it once rather than at every key.
func Seed(template uint64) uint64 { return mix(template + 0x9e3779b97f4a7c15) }

// SeededKey is Key(template, value) given seed = Seed(template).
func SeededKey(seed, value uint64) uint64 {
	key := mix(value ^ seed)
	if key == 0 {
		return 1
	}
	return key
}

// Pair combines two values into one for conjunction features.
func Pair(a, b uint64) uint64 { return mix(a*0x9e3779b97f4a7c15 ^ (b<<31 | b>>33)) }

func hashRune(h uint64, r rune) uint64 {
	h ^= uint64(r)
	return h * fnvPrime
}

// Lower hashes the lowercased form of word without building it.
func Lower(word string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = hashRune(h, rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		h = hashRune(h, unicode.ToLower(r))
		i += size
	}
	return h
}

// String hashes word as it is.
func String(word string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range word {
		h = hashRune(h, r)
	}
	return h
}

// Shape hashes the shape of word: uppercase letters become X, lowercase
// x, digits d, other characters stay, and runs of one class collapse to one
// character. caseBlind makes every letter "a", so that an ALL CAPS or Title
// Case headline looks the same to a model.
func Shape(word string, caseBlind bool) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	for _, r := range word {
		var c rune
		switch {
		case unicode.IsLetter(r) && caseBlind:
			c = 'a'
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			h = hashRune(h, c)
			last = c
		}
	}
	return h
}

// Affixes fills the hashes of the lowercased prefixes (0-3) and suffixes
// (4-7) of one to four runes; an affix longer than the word stays 0.
func Affixes(word string, affixes *[8]uint64) {
	*affixes = [8]uint64{}
	h := uint64(fnvOffset)
	count := 0
	for _, r := range word {
		if count == 4 {
			break
		}
		h = hashRune(h, unicode.ToLower(r))
		affixes[count] = h
		count++
	}
	h = fnvOffset
	end := len(word)
	for k := 0; k < 4 && end > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(word[:end])
		end -= size
		h = hashRune(h, unicode.ToLower(r))
		affixes[4+k] = h
	}
}
