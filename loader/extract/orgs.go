package extract

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// orgRef is an organization mentioned in a sentence: tokens [start, end).
type orgRef struct {
	name       string
	start, end int
}

// orgKey folds an organization name for comparison.
func orgKey(s string) string {
	// the words of letters and digits joined by spaces and lower-cased, made in one string
	// (lower-casing maps each rune to one rune)
	var b strings.Builder
	b.Grow(len(s))
	for w, rest := nextAlnum(s); w != ""; w, rest = nextAlnum(rest) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// orgWord reports whether a token can be part of an organization's name: capitalized, or
// written with inner capitals or digits (D2IQ, N26, Peak.net), or an @handle.
func orgWord(t token) bool {
	if !t.word {
		return false
	}
	if strings.HasPrefix(t.text(), "@") {
		return true
	}
	if !t.cap {
		return false
	}
	return !notNameWords[t.lower()] || orgSuffixWords[t.lower()] || t.is("Web", "Open", "Native", "Platform", "City", "Team")
}

// orgAt parses an organization name starting at token i: an optional "the", then capitalized
// words (or one link's text), allowing "of" and "&" between them ("City of Ottawa",
// "Procter & Gamble"). Leading "X-backed"-style modifiers are dropped. It returns false when no
// organization starts there or when the name is a place.
func (x *extraction) orgAt(s *sentence, i int) (orgRef, bool) {
	toks := s.tokens
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	if i >= len(toks) {
		return orgRef{}, false
	}
	start := i
	// a modifier before a linked name ("Rocket-backed [Finch Foods]") qualifies the link
	for i+1 < len(toks) && toks[i].link < 0 && toks[i+1].link >= 0 && modifierWord(toks[i].text()) {
		i++
	}
	// a link's text is one name
	if l := toks[i].link; l >= 0 {
		j := i
		for j < len(toks) && toks[j].link == l {
			j++
		}
		name := strings.TrimSpace(s.text[toks[i].start:toks[j-1].end])
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		if name == "" || !toks[i].cap && !strings.HasPrefix(name, "@") {
			return orgRef{}, false
		}
		return orgRef{name: orgName(name), start: start, end: j}, x.acceptOrg(name)
	}
	j := i
	for j < len(toks) {
		t := toks[j]
		if orgWord(t) && t.link < 0 {
			j++
			continue
		}
		if (t.is("of") || t.text() == "&") && j > i && j+1 < len(toks) && orgWord(toks[j+1]) {
			j += 2
			continue
		}
		break
	}
	if j == i {
		return orgRef{}, false
	}
	if j < len(toks) && toks[j].link < 0 && len(toks[j].text()) <= 3 && isDigits(toks[j].text()) && (j+1 == len(toks) || !toks[j+1].word) {
		j++ // "Sector 42, which ...": a number ends the name
	}
	// drop modifiers such as "Rocket-backed" before the name
	for i < j-1 && modifierWord(toks[i].text()) {
		i++
	}
	name := s.text[toks[i].start:toks[j-1].end]
	if !x.acceptOrg(name) {
		return orgRef{}, false
	}
	return orgRef{name: orgName(name), start: start, end: j}, true
}

// modifierWord reports words like "Rocket-backed" or "Berlin-based" that qualify a company.
func modifierWord(w string) bool {
	for _, suf := range []string{"-backed", "-based", "-funded", "-owned", "-founded", "-led"} {
		if strings.HasSuffix(strings.ToLower(w), suf) {
			return true
		}
	}
	return false
}

// acceptOrg rejects places and calendar words as organization names.
func (x *extraction) acceptOrg(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" || gazetteer.IsCountry(name) {
		return false
	}
	if _, ok := gazetteer.Lookup(name); ok && !x.orgs[strings.ToLower(name)] && !knownCompanies[strings.ToLower(name)] {
		return false
	}
	if notNameWords[strings.ToLower(name)] {
		return false
	}
	return true
}

// orgName turns a written organization into its display name: handles become words
// ("@GoogleCloud_UKI" is "Google Cloud", "@RevolutApp" is "Revolut").
func orgName(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") {
		return handleName(s[1:])
	}
	return s
}

// handleSuffixes are parts of social handles that are not part of the organization's name:
// regions and words such as App or HQ.
var handleSuffixes = set(`app hq official team inc io dev uk uki us usa eu de fr nl es it ca au in jp
global news`)

// handleName splits a handle into words at camel-case humps and underscores and drops region
// and generic suffixes: "GoogleCloud_UKI" is "Google Cloud".
func handleName(h string) string {
	var words []string
	for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		words = append(words, splitCamel(part)...)
	}
	for len(words) > 1 && handleSuffixes[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// splitCamel cuts "GoogleCloud" into "Google" and "Cloud"; runs of capitals stay together.
func splitCamel(s string) []string {
	var words []string
	r := []rune(s)
	start := 0
	for i := 1; i < len(r); i++ {
		if unicode.IsUpper(r[i]) && (unicode.IsLower(r[i-1]) || i+1 < len(r) && unicode.IsLower(r[i+1]) && unicode.IsUpper(r[i-1])) {
			words = append(words, string(r[start:i]))
			start = i
		}
	}
	return append(words, string(r[start:]))
}

// linkedOrg reports whether a link's text names the site it points to ("Shopify" linking to
// shopify.com): then the text is an organization.
func linkedOrg(text, href string) bool {
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return false
	}
	host := strings.ToLower(strings.TrimPrefix(u.Host, "www."))
	key := strings.ReplaceAll(orgKey(text), " ", "")
	if len(key) < 2 {
		return false
	}
	first := strings.Split(host, ".")[0]
	return strings.Contains(host, key) || strings.Contains(key, first) && len(first) >= 3
}

// departmentWords name a part of an organization rather than an organization: "Engineering",
// "Education", "Data Platform Operations".
var departmentWords = set(`engineering education product products marketing sales research operations
infrastructure design data learning leadership architecture solutions development technology it
cloud platform platforms security quality people talent devops community growth strategy finance
analytics science executive continuous developer relations experience support career`)

// roleConnectors join the words of a job title: "CEO & Co-Founder", "Head of Research",
// "Advisor + Engineer", "Sr. Director".
var roleConnectors = set(`& + and of / sr sr. jr jr. vp svp evp`)

// employerPart is the organization in an affiliation written together with a role: "CTO,
// Initech" and "Head of Research, Initech" (a listing's "(Head of Research, Initech)") name
// Initech, and a role or a department alone ("Engineering Manager", "Developer Relations",
// what "Director of Developer Relations" leaves) names no employer and gives "".
func employerPart(company string) string {
	segs := strings.Split(company, ",")
	i := 0
	for i < len(segs)-1 && (hasRoleTitle(segs[i]) || onlyRoleWords(segs[i])) {
		i++
	}
	rest := strings.TrimSpace(strings.Join(segs[i:], ","))
	if onlyRoleWords(rest) {
		return ""
	}
	return rest
}

// roleWordsOf returns the folded words of a phrase, without surrounding punctuation.
func roleWordsOf(phrase string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if w = strings.Trim(w, `()"'.:;!?`); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// hasRoleTitle reports whether a phrase holds a job title's head word: "Tech Lead Manager",
// "Community Growth Lead", "Author".
func hasRoleTitle(phrase string) bool {
	for _, w := range roleWordsOf(phrase) {
		if roleWords[w] && w != "team" || extraRoleWords[w] {
			return true
		}
	}
	return false
}

// onlyRoleWords reports whether every word of a phrase belongs to job titles and departments:
// "Senior Engineering Manager", "Community & Growth Lead".
func onlyRoleWords(phrase string) bool {
	words := roleWordsOf(phrase)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !roleWords[w] && !extraRoleWords[w] && !roleModifiers[w] && !departmentWords[w] && !roleConnectors[w] {
			return false
		}
	}
	return true
}
