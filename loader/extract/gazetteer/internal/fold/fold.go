// Package fold normalises place names so that spellings that differ only in
// case, accents, punctuation or hyphenation compare equal ("Montréal",
// "MONTREAL" and "Mont-réal" all fold to "montreal" or "mont real").
//
// It is shared by the gazetteer and by its data generator, so the keys the
// generator deduplicates are exactly the keys the gazetteer looks up.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special spells letters that have no canonical decomposition into an ASCII
// letter plus accents, the way English text usually writes them.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "SS",
	'æ': "ae", 'Æ': "AE",
	'œ': "oe", 'Œ': "OE",
	'ø': "o", 'Ø': "O",
	'đ': "d", 'Đ': "D",
	'ð': "d", 'Ð': "D",
	'ł': "l", 'Ł': "L",
	'ı': "i",
	'þ': "th", 'Þ': "Th",
	'ħ': "h", 'Ħ': "H",
	'ŧ': "t", 'Ŧ': "T",
	'ŀ': "l", 'Ŀ': "L",
	'ĸ': "k",
	'ŋ': "n", 'Ŋ': "N",
	'ə': "a", 'Ə': "A", // Azerbaijani schwa: Gəncə is written Ganja or Gence; GeoNames uses "a".
}

// isApostrophe reports whether r is an apostrophe-like mark. Apostrophes are
// dropped rather than treated as word breaks, so "St. John's" and
// "St Johns" fold alike and "Xi'an" folds to "xian".
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '´', '‘', '’', 'ʼ', 'ʻ', 'ʹ', 'ʾ', 'ʿ', '′':
		return true
	}
	return false
}

// Append appends the folded form of s to dst and returns the extended slice.
//
// The folded form is lower case, has accents and other combining marks
// removed, spells special letters in ASCII (ß → ss, ø → o, ł → l), drops
// apostrophes, and turns every other run of non-letters and non-digits
// (spaces, hyphens, dashes, dots, commas, brackets) into a single space, with
// no leading or trailing space. Letters of other scripts are kept, lower
// cased. Append does not allocate when dst has room for the result.
func Append(dst []byte, s string) []byte {
	start := len(dst)
	sep := false // a separator is pending
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst, sep = appendRune(dst, start, sep, rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for j := 0; j < len(d); {
				dr, dsize := utf8.DecodeRune(d[j:])
				dst, sep = appendRune(dst, start, sep, dr)
				j += dsize
			}
		} else {
			dst, sep = appendRune(dst, start, sep, r)
		}
		i += size
	}
	return dst
}

// appendRune appends the folded form of one rune (of a decomposed
// character) to the folded string that starts at dst[start], and returns the
// new slice and whether a separator is pending. It takes and returns its
// state rather than being a method so that callers' buffers stay on the
// stack.
func appendRune(dst []byte, start int, sep bool, r rune) ([]byte, bool) {
	var s string
	switch {
	case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		return appendLetters(dst, start, sep, byte(r)), false
	case 'A' <= r && r <= 'Z':
		return appendLetters(dst, start, sep, byte(r)+'a'-'A'), false
	case isApostrophe(r), r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		// Accents and apostrophes vanish without breaking the word.
		return dst, sep
	case r < utf8.RuneSelf || !unicode.IsLetter(r) && !unicode.IsDigit(r):
		return dst, true
	}
	s, ok := special[r]
	if !ok {
		r = unicode.ToLower(r)
		s, ok = special[r]
	}
	if ok {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = appendLetters(dst, start, sep, c)
			sep = false
		}
		return dst, false
	}
	if sep && len(dst) > start {
		dst = append(dst, ' ')
	}
	return utf8.AppendRune(dst, r), false
}

// appendLetters appends an ASCII letter or digit, after a space if a
// separator is pending and the folded string is not empty.
func appendLetters(dst []byte, start int, sep bool, c byte) []byte {
	if sep && len(dst) > start {
		dst = append(dst, ' ')
	}
	return append(dst, c)
}

// String returns the folded form of s (see Append).
func String(s string) string {
	return string(Append(nil, s))
}

// Slug returns the folded form of s with spaces replaced by hyphens, as used
// in city IDs: "New York City" → "new-york-city", "Frankfurt (Oder)" →
// "frankfurt-oder".
func Slug(s string) string {
	return strings.ReplaceAll(String(s), " ", "-")
}

// ASCII returns s spelled in ASCII the way English text usually writes it,
// keeping case, spaces and punctuation: "Québec" → "Quebec", "Köln" → "Koln",
// "Khairpur Mir’s" → "Khairpur Mir's". Characters with no ASCII spelling are
// dropped; ok is false when that happened.
func ASCII(s string) (ascii string, ok bool) {
	var b strings.Builder
	ok = true
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		if !asciiRune(&b, r) {
			ok = false
		}
	}
	return strings.Join(strings.Fields(b.String()), " "), ok
}

// asciiRune writes the ASCII spelling of r to b and reports whether it had one.
func asciiRune(b *strings.Builder, r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		b.WriteRune(r)
		return true
	case isApostrophe(r):
		b.WriteByte('\'')
		return true
	case unicode.Is(unicode.Mn, r):
		return true
	case unicode.Is(unicode.Pd, r):
		b.WriteByte('-')
		return true
	case unicode.IsSpace(r):
		b.WriteByte(' ')
		return true
	}
	if s, ok := special[r]; ok {
		b.WriteString(s)
		return true
	}
	d := norm.NFD.PropertiesString(string(r)).Decomposition()
	if d == nil {
		return false
	}
	ok := true
	for _, dr := range string(d) {
		if !asciiRune(b, dr) {
			ok = false
		}
	}
	return ok
}
