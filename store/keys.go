package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into a stable key: accents folded, lower case, runs of anything that is
// not a letter or digit replaced by one '-'. Slug("Montréal") is "montreal".
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // one allocation: a key is rarely longer than what it is made from
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’':
			continue // "Sainsbury's" -> "sainsburys"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// legalSuffixes are dropped from company names before keying, so that "Shopify Inc." and
// "Shopify" are one company.
var legalSuffixes = map[string]bool{
	"inc": true, "ltd": true, "llc": true, "corp": true, "corporation": true, "gmbh": true,
	"co": true, "sa": true, "ag": true, "plc": true, "limited": true, "bv": true, "srl": true,
	"sas": true, "oy": true, "ab": true, "pty": true, "llp": true, "incorporated": true,
}

// CompanyName strips legal suffixes and surrounding punctuation from a company name as
// written: CompanyName("Shopify Inc.") is "Shopify".
func CompanyName(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 {
		last := strings.Trim(strings.ToLower(words[len(words)-1]), ".,")
		if !legalSuffixes[last] {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,.")
}

// CompanyID is the key of a company: the slug of its name without legal suffixes.
func CompanyID(name string) string { return Slug(CompanyName(name)) }

// PersonID is the key of a person: the slug of the canonical name.
func PersonID(name string) string { return Slug(name) }

// TitleKey is the key under which talks with the same title are looked up across posts.
func TitleKey(title string) string { return Slug(title) }

// sortKey is the value lists are ordered by: case- and accent-insensitive.
func sortKey(s string) string {
	// A slug's dashes are its only separators, never doubled nor at its ends.
	return strings.ReplaceAll(Slug(s), "-", " ")
}
