// Package fold turns a given name into the key the givennames package looks
// up, so that spellings that differ only in case, accents, apostrophes,
// hyphens or spaces compare equal: "Zoë", "ZOE" and "zoe" all fold to "zoe",
// "Jean-Pierre" and "Jean Pierre" to "jeanpierre", "Shin'ichi" to "shinichi".
//
// It is shared by the package and by its data generator, so the keys the
// generator writes are exactly the keys the package looks up. The accent and
// special-letter rules are those of the gazetteer's folding (ß → ss, ø → o,
// ł → l); unlike the gazetteer, separators are dropped rather than kept as a
// space, because the name data writes one name as "Abdel+Aziz" to mean
// "Abdel-Aziz", "Abdel Aziz" and "Abdelaziz" alike.
package fold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special spells letters that have no canonical decomposition into an ASCII
// letter plus accents, the way English text usually writes them.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss",
	'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe",
	'ĳ': "ij", 'Ĳ': "ij",
	'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d",
	'ð': "d", 'Ð': "d",
	'ł': "l", 'Ł': "l",
	'ı': "i",
	'þ': "th", 'Þ': "th",
	'ħ': "h", 'Ħ': "h",
	'ŧ': "t", 'Ŧ': "t",
	'ŀ': "l", 'Ŀ': "l",
	'ĸ': "k",
	'ŋ': "n", 'Ŋ': "n",
	'ə': "a", 'Ə': "a",
}

// isSeparator reports whether r may stand between the parts of a name and is
// dropped: spaces, hyphens and dashes, apostrophes, and the name data's '+'.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '-', '+', '\'', '`', '´', '‘', '’', 'ʼ', 'ʻ', 'ʹ', 'ʾ', 'ʿ', '′':
		return true
	}
	return r >= utf8.RuneSelf && (unicode.IsSpace(r) || unicode.Is(unicode.Pd, r))
}

// Append appends the folded form of name to dst and returns the extended
// slice. The folded form is the name's letters in lower case, with accents
// and other combining marks removed, special letters spelled in ASCII
// (ß → ss, ø → o, ĳ → ij) and separators (spaces, hyphens, apostrophes)
// dropped; letters of other scripts are kept, lower cased. ok is false when
// name contains anything else (digits, dots, commas, symbols): such a string
// is not a given name, and dst is then returned unchanged. Append does not
// allocate when dst has room for the result.
func Append(dst []byte, name string) (folded []byte, ok bool) {
	start := len(dst)
	for i := 0; i < len(name); {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z':
			dst = append(dst, c)
			i++
			continue
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		if d := norm.NFD.PropertiesString(name[i:]).Decomposition(); d != nil {
			for j := 0; j < len(d); {
				dr, dsize := utf8.DecodeRune(d[j:])
				if dst, ok = appendRune(dst, dr); !ok {
					return dst[:start], false
				}
				j += dsize
			}
		} else if dst, ok = appendRune(dst, r); !ok {
			return dst[:start], false
		}
		i += size
	}
	return dst, true
}

// appendRune appends the folded form of one rune of a decomposed character.
func appendRune(dst []byte, r rune) ([]byte, bool) {
	switch {
	case 'a' <= r && r <= 'z':
		return append(dst, byte(r)), true
	case 'A' <= r && r <= 'Z':
		return append(dst, byte(r)+'a'-'A'), true
	case isSeparator(r), r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		return dst, true
	case r == utf8.RuneError, r < utf8.RuneSelf, !unicode.IsLetter(r):
		return dst, false
	}
	if s, ok := special[r]; ok {
		return append(dst, s...), true
	}
	return utf8.AppendRune(dst, unicode.ToLower(r)), true
}

// String returns the folded form of name (see Append), or "" when name is
// not made of letters and separators.
func String(name string) string {
	b, ok := Append(nil, name)
	if !ok {
		return ""
	}
	return string(b)
}

// Letters returns the number of letters in a folded name.
func Letters(folded string) int {
	return utf8.RuneCountInString(folded)
}
