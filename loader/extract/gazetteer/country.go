package gazetteer

import (
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

// countryAbbreviations are the capitalised short forms of country names that
// IsCountry accepts (dots allowed: "U.K."). Like the city abbreviations they
// match only in capitals, because "us" is also a word.
var countryAbbreviations = []string{"UK", "US", "USA", "UAE", "GB"}

// countryForms are English names of countries that countries.json spells
// differently or not at all; IsCountry accepts them besides the GeoNames
// names. England, Scotland and Wales are here because posts name them where
// they would name a country.
var countryForms = []string{
	"United States of America", "America", "Great Britain", "Britain",
	"England", "Scotland", "Wales", "Northern Ireland", "Holland",
	"Czech Republic", "Korea", "Republic of Korea", "Burma", "Macedonia",
	"Swaziland", "Cape Verde", "East Timor", "Timor-Leste", "Cote d'Ivoire",
	"Vatican City", "Congo", "DR Congo", "Turkiye", "Bosnia", "Viet Nam",
	"Republic of Ireland", "Palestine", "Russian Federation",
}

// IsCountry reports whether name is the name of a country: a GeoNames
// country name ("Spain", "Belgium", "United Kingdom", "The Netherlands", with
// or without "The"), a common English form ("Holland", "England", "Czech
// Republic"), or one of the capitalised abbreviations UK, US, USA, UAE and
// GB. Case, accents and punctuation are ignored except in abbreviations,
// which must be capitals ("U.S." is a country, "us" is not).
func IsCountry(name string) bool {
	for _, abbr := range countryAbbreviations {
		if equalCaps(name, abbr) {
			return true
		}
	}
	x := get()
	var buf [64]byte
	key := fold.Append(buf[:0], name)
	if x.countries[string(key)] {
		return true
	}
	rest, ok := strings.CutPrefix(string(key), "the ")
	return ok && x.countries[rest]
}

// isCountryAbbreviation reports whether a folded name is a country
// abbreviation in lower case ("usa").
func isCountryAbbreviation(key []byte) bool {
	for _, abbr := range countryAbbreviations {
		if len(key) == len(abbr) && strings.EqualFold(string(key), abbr) {
			return true
		}
	}
	return false
}

// Region resolves a US state or Canadian province or territory, given as its
// postal code ("CA", "CO", "NY", "ON", "QC"; dots allowed: "N.Y.") or its
// name ("California", "Ontario", "Québec"), to its country code, "US" or
// "CA". Codes must be capitals, because "in", "or" and "me" are words; names
// may be in any case. ok is false otherwise.
//
// "CA" is California, never Canada, and "Quebec" is the province here while
// Lookup("Quebec") is the city: callers that see "Quebec" after a comma want
// Region, and callers that see it alone want Lookup.
func Region(name string) (country string, ok bool) {
	r, ok := get().region(name)
	return r.country, ok
}

func (x *index) region(name string) (region, bool) {
	var buf [8]byte
	code := buf[:0]
	trimmed := strings.TrimSpace(name)
	for i := 0; i < len(trimmed) && len(code) <= 2; i++ {
		switch c := trimmed[i]; {
		case c == '.':
		case 'A' <= c && c <= 'Z':
			code = append(code, c)
		default:
			code = append(code, 0, 0, 0) // not a code
		}
	}
	if len(code) == 2 {
		if r, ok := x.regionCodes[string(code)]; ok {
			return r, true
		}
	}
	var kbuf [64]byte
	r, ok := x.regionNames[string(fold.Append(kbuf[:0], name))]
	return r, ok
}
