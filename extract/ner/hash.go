package ner

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

// featureKey names the feature of a template with one value. Key 0 marks
// an empty slot of a featureTable, so it is never returned.
func featureKey(template uint64, value uint64) uint64 {
	key := mix(value ^ mix(template+0x9e3779b97f4a7c15))
	if key == 0 {
		return 1
	}
	return key
}

// pair combines two values into one for conjunction features.
func pair(a, b uint64) uint64 { return mix(a*0x9e3779b97f4a7c15 ^ (b<<31 | b>>33)) }

func hashRune(h uint64, r rune) uint64 {
	h ^= uint64(r)
	return h * fnvPrime
}

// hashLower hashes the lowercased form of word without building it.
func hashLower(word string) uint64 {
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

// hashString hashes word as it is.
func hashString(word string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range word {
		h = hashRune(h, r)
	}
	return h
}
