package gazetteer

import (
	_ "embed"
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

//go:embed common.txt
var commonTxt string

// commonWords holds the folded words of common.txt.
var commonWords = parseCommon(commonTxt)

func parseCommon(txt string) map[string]bool {
	words := make(map[string]bool, 700)
	for line := range strings.Lines(txt) {
		line, _, _ = strings.Cut(line, "#")
		if w := fold.String(line); w != "" {
			words[w] = true
		}
	}
	return words
}

// Common reports whether name is also a common English word ("Reading",
// "Nice", "Mobile"), a common given name ("Austin", "Florence", "Jackson",
// "Victoria"), a month or day ("March"), or a word of the technology and
// meetup vocabulary ("Rust", "Julia", "Spring"), or a frequent word of another
// language that GeoNames gives to a town ("Od", "Une", "Von"), so that the
// extractor should want stronger context, such as "in" before it or a region
// after it, before taking it for a city. The list, common.txt, has about 340
// frequent words, 180 given names, the months and days, 120 technology words,
// and about 780 words of English and other languages that GeoNames gives as a
// city's name or alternate name (chosen from the languages' most frequent
// words, leaving out first names and the cities' own names). Lookup still
// finds cities with these names; alternate names of other cities that are
// common words are not indexed ("Rust" is not El Cerrito, "Basic" is not
// Henderson), and Fuzzy never corrects towards or from them. Case, accents
// and punctuation are ignored.
func Common(name string) bool {
	var buf [64]byte
	return commonWords[string(fold.Append(buf[:0], name))]
}
