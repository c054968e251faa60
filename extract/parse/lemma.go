package parse

import (
	_ "embed"
	"fmt"
	"strings"
)

// irregularVerbs maps irregular verb forms to their lemma, from
// irregular_verbs.txt.
var irregularVerbs = func() map[string]string {
	forms := map[string]string{}
	for line := range strings.Lines(irregularVerbsText) {
		fields := strings.Fields(line)
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		for _, form := range fields[1:] {
			if lemma, ok := forms[form]; ok {
				panic(fmt.Sprintf("parse: irregular_verbs.txt: %q is a form of %q and of %q", form, lemma, fields[0]))
			}
			forms[form] = fields[0]
		}
	}
	return forms
}()

//go:embed irregular_verbs.txt
var irregularVerbsText string

// Lemma returns the base form of an English verb or noun, using its part
// of speech (a Penn Treebank tag) to tell which ending it may carry:
// rules for the regular endings and a table for the irregular ones. The
// result is lowercase.
func Lemma(word, tag string) string {
	w := strings.ToLower(word)
	if l, ok := irregularVerbs[w]; ok && strings.HasPrefix(tag, "VB") {
		return l
	}
	w = strings.Trim(w, "'\"`")
	if l, ok := irregularVerbs[w]; ok && strings.HasPrefix(tag, "VB") {
		return l
	}
	switch tag {
	case "VBD", "VBN":
		if l, ok := doubledConsonant(w, "ed"); ok {
			return l
		}
		switch {
		case strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "eeded"):
			// "agreed", "guaranteed"; but "succeeded" below.
			return w[:len(w)-1]
		case strings.HasSuffix(w, "ied") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "ed") && len(w) > 3:
			return restoreE(w[:len(w)-2])
		}
	case "VBG":
		if l, ok := doubledConsonant(w, "ing"); ok {
			return l
		}
		// "suing" and "using" have stems of two letters.
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			return restoreE(w[:len(w)-3])
		}
	case "VBZ", "NNS", "NNPS":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
			strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes") && tag == "VBZ":
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
			return w[:len(w)-1]
		}
	}
	return w
}

// doubledConsonant undoes the doubling of "planned", "stopping" and the
// British "travelled", leaving "called" and "added" alone.
func doubledConsonant(w, suffix string) (string, bool) {
	stem, ok := strings.CutSuffix(w, suffix)
	n := len(stem)
	if !ok || n < 4 || stem[n-1] != stem[n-2] || !isConsonant(stem[n-1]) {
		return "", false
	}
	if stem[n-1] == 'l' && !isConsonant(stem[n-3]) && !isConsonant(stem[n-4]) {
		// The British "fuelled", "trialled", "dialled".
		return stem[:n-1], true
	}
	// The u of "qu" is a consonant: "quitting".
	if isConsonant(stem[n-3]) || !isConsonant(stem[n-4]) && !(stem[n-4] == 'u' && n >= 5 && stem[n-5] == 'q') || keptDoubleL[stem] {
		return "", false
	}
	if strings.ContainsRune("sfzw", rune(stem[n-1])) || stem[n-1] == 'l' && singleSyllable(stem) {
		return "", false
	}
	return stem[:n-1], true
}

// keptDoubleL are verbs that end in a double l of their own: "recalled"
// is not "recal" doubled.
var keptDoubleL = map[string]bool{"recall": true, "install": true, "forestall": true, "enthrall": true}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// restoreE puts back the final e that -ed and -ing drop: "accused" ->
// "accuse", "raising" -> "raise", but "visited" -> "visit".
func restoreE(stem string) string {
	n := len(stem)
	if n < 2 {
		return stem
	}
	if eStems[stem] {
		return stem + "e"
	}
	for _, prefix := range verbPrefixes {
		if rest, ok := strings.CutPrefix(stem, prefix); ok && eStems[rest] {
			// "renamed", "displaced", "overtaking".
			return stem + "e"
		}
	}
	for _, ending := range eEndings {
		if strings.HasSuffix(stem, ending) {
			return stem + "e"
		}
	}
	last, prev, before := stem[n-1], stem[n-2], byte('a')
	if n >= 3 {
		before = stem[n-3]
	}
	switch {
	case last == 'u', last == 't' && prev == 'u' && isConsonant(before):
		// "valued", "rescuing", "sued", "distributed"; but "touted".
		return stem + "e"
	case last == 'l' && isConsonant(prev) && !strings.ContainsRune("lrw", rune(prev)):
		// "battled", "entitled", "coupled"; but "hurled", "crawled".
		return stem + "e"
	case (last == 'd' || last == 's' && prev == 'i') && !isConsonant(prev) && prev != 'e' && n >= 3 && isConsonant(before) && !singleSyllable(stem):
		// A vowel after a consonant before d, or i before s, was followed by
		// an e the ending dropped: "downgraded", "decided", "concluded",
		// "exploded", "authorised"; but "avoided", "loaded", "visited".
		return stem + "e"
	}
	if isConsonant(last) && !isConsonant(prev) && isConsonant(before) && !strings.ContainsRune("wxy", rune(last)) && singleSyllable(stem) {
		return stem + "e"
	}
	return stem
}

// verbPrefixes make verbs of verbs: a stem of eStems after one of them
// takes its e back too.
var verbPrefixes = []string{"re", "pre", "dis", "mis", "over", "under", "out", "up"}

// eEndings end stems that always take back an e: "involv", "reduc",
// "judg", "acquir", "enabl", "organiz", "ravag", "examin", "declin".
var eEndings = []string{"v", "ag", "eg", "ig", "ung", "chang", "ced", "ic", "ns", "rs", "ws", "ntr", "eas", "uat", "pir", "eez", "elin", "phon", "pil", "ncil", "rul", "dul", "amin", "rmin", "mbin", "agin", "clin", "efin", "tlin", "rlin", "uc", "nc", "rc", "dg", "rg", "bl", "uir", "iz", "ps", "tur", "sur", "cur", "iat", "rat", "lat", "dat", "bat", "cat", "tat", "vat", "mat", "nat", "pat", "sat", "gat", "pris", "omis", "rcis", "vis", "los", "nos", "pos", "vok", "nfin", "ous", "oos", "jur", "gur", "pon"}

// singleSyllable reports whether stem has one vowel group, as in "us" of
// "accus" or "hop" of "hoped".
func singleSyllable(stem string) bool {
	groups, inVowel := 0, false
	for i := 0; i < len(stem); i++ {
		v := strings.ContainsRune("aeiouy", rune(stem[i]))
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}

// eStems are stems whose lemma ends in a silent e that the rules above
// cannot tell from the spelling.
var eStems = map[string]bool{
	"accus": true, "argu": true, "continu": true, "issu": true, "pursu": true, "su": true,
	"promot": true, "vot": true, "not": true, "quot": true, "wrot": true, "provid": true,
	"decid": true, "includ": true, "conclud": true, "exclud": true, "divid": true, "guid": true,
	"invad": true, "persuad": true, "trad": true, "fac": true, "plac": true, "replac": true,
	"announc": true, "pronounc": true, "forc": true, "enforc": true, "reduc": true,
	"produc": true, "introduc": true, "clos": true, "us": true, "caus": true,
	"pleas": true, "prais": true, "rais": true, "advis": true, "revis": true, "criticis": true,
	"recognis": true, "organis": true, "apologis": true, "releas": true, "increas": true,
	"purchas": true, "leas": true, "oppos": true, "propos": true, "impos": true, "expos": true,
	"compos": true, "refus": true, "confus": true, "merg": true, "urg": true, "charg": true,
	"chang": true, "arrang": true, "challeng": true, "engag": true, "manag": true, "damag": true,
	"acquir": true, "requir": true, "inspir": true, "hir": true, "fir": true, "retir": true,
	"desir": true, "admir": true, "sav": true, "serv": true, "involv": true, "receiv": true,
	"believ": true, "achiev": true, "approv": true, "mov": true, "remov": true, "prov": true,
	"liv": true, "resolv": true, "giv": true, "hav": true, "tak": true, "mak": true,
	"lik": true, "hop": true, "cop": true, "scor": true, "stor": true, "ignor": true,
	"restor": true, "explor": true, "declar": true, "compar": true, "prepar": true,
	"shar": true, "car": true, "dar": true, "welcom": true, "becom": true, "com": true,
	"overcom": true, "nam": true, "blam": true, "fram": true, "tim": true, "rul": true,
	"schedul": true, "settl": true, "handl": true, "tackl": true, "struggl": true,
	"resum": true, "assum": true, "consum": true, "presum": true, "pric": true,
	"invit": true, "unit": true, "writ": true, "cit": true, "delet": true, "complet": true,
	"compet": true, "negotiat": true, "creat": true, "locat": true, "investigat": true,
	"describ": true, "subscrib": true, "prescrib": true, "siz": true,
	"seiz": true, "pledg": true, "judg": true, "hedg": true, "observ": true, "deserv": true,
	"reserv": true, "preserv": true, "solv": true, "evolv": true, "revolv": true,
	"captur": true, "secur": true, "procur": true, "assur": true, "ensur": true, "insur": true,
	"cur": true, "endur": true, "lur": true, "measur": true, "pressur": true, "featur": true,
	"structur": true, "ventur": true, "ax": true, "abus": true, "amus": true, "excus": true,
	"wast": true, "tast": true, "escap": true, "excit": true, "incit": true, "reunit": true,
	"disciplin": true, "infring": true, "rang": true, "explod": true,
}
