package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// nameRef is a mention of a person in a sentence: tokens [start, end).
type nameRef struct {
	text       string
	start, end int
	linked     bool    // the name is (in) a link to a profile page
	single     bool    // one word: a first name or a handle
	pron       pronoun // the subject pronoun the mention is, if it is one
	written    string  // the name as the text writes it, when text is another form of it ("Piotra Zielińskiego")
}

// pronoun is the subject pronoun a mention is: a byte, not the pronoun's text, as the memo of
// nearly every sentence of a post keeps the sentence's mentions (a mention takes 56 bytes, 72
// while it kept the text).
type pronoun uint8

const (
	notPronoun pronoun = iota
	pronounI
	pronounHe
	pronounShe
)

// pronouns are the pronouns' texts, in lower case.
var pronouns = [...]string{notPronoun: "", pronounI: "i", pronounHe: "he", pronounShe: "she"}

// pronoun is the pronoun the mention is, in lower case ("i", "he" or "she"), or "".
func (r nameRef) pronoun() string {
	return pronouns[r.pron]
}

// notNameBytes are the bytes no word of a name holds: "/.@#_&+" and digits.
var notNameBytes = func() (set [256]bool) {
	for _, c := range []byte("/.@#_&+0123456789") {
		set[c] = true
	}
	return set
}()

// hasNotNameByte is strings.ContainsAny(s, "/.@#_&+0123456789") with its set made once, not
// at each of the many words asked.
func hasNotNameByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if notNameBytes[s[i]] {
			return true
		}
	}
	return false
}

// nameToken reports whether a token can be a word of a person's name: a capitalized word of
// letters, not a function word, calendar word, job title or technology, and not camel-cased
// like product names ("BioBox"), except for name prefixes such as Mc, Mac and O'.
func nameToken(t token) bool {
	if !t.word || !t.cap || hasNotNameByte(t.text()) {
		return false
	}
	if lookupLower(notNameWords, t.text()) || isTech(t.text()) {
		return false
	}
	runes := []rune(t.text())
	if len(runes) < 2 {
		return false
	}
	upper := 0
	for i, r := range runes {
		if unicode.IsUpper(r) {
			upper++
			if i > 0 && !nameInnerCapital(runes, i) {
				return false
			}
		}
	}
	return upper < len(runes)
}

// productHead reports a capitalized word that starts a product's name rather than a person's:
// a technology, an acronym, or a word such as Open or Cloud.
func productHead(t token) bool {
	if !t.cap || !t.word || t.is("I") || roleWords[t.lower()] || t.is("CIO", "CPO", "CMO", "SVP", "EVP", "MVP", "GDE") {
		return false // "Initech CTO Ana Lima": a role's acronym, then a person
	}
	return isTech(t.text()) || notNameWords[t.lower()] && !determiners[t.lower()] && !adverbs[t.lower()] || acronym(t.text())
}

// nameInnerCapital allows capitals inside a name after Mc, Mac, O', D', De, Di, La, Le, Van,
// Fitz and Du, and after a hyphen or apostrophe: McPherson, MacDonald, O'Brien, DeVito,
// FitzGerald, DuBois, Jean-Pierre.
func nameInnerCapital(r []rune, i int) bool {
	prev := string(r[:i])
	switch {
	case r[i-1] == '-' || r[i-1] == '\'' || r[i-1] == '’':
		return true
	case prev == "Mc" || prev == "Mac" || prev == "De" || prev == "Di" || prev == "La" || prev == "Le" || prev == "Van" || prev == "Fitz" || prev == "Du":
		return true
	}
	return false
}

// linkHost returns the host of a link's address, in lower case and without "www.", and the
// address's path; ok is false when href is no address.
func linkHost(href string) (host, path string, ok bool) {
	u, err := url.Parse(href)
	if err != nil {
		return "", "", false
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www."), u.Path, true
}

// isProfileLink reports whether href points to a person's page on a social or code site.
func isProfileLink(href string) bool {
	host, path, ok := linkHost(href)
	if !ok {
		return false
	}
	segments := len(strings.FieldsFunc(path, func(r rune) bool { return r == '/' }))
	switch host {
	case "github.com", "gitlab.com":
		// a person's page is the site's first level: github.com/jdoe, not the repository
		// github.com/jdoe/tool
		return segments <= 1
	case "twitter.com", "x.com", "mastodon.social", "facebook.com", "instagram.com", "medium.com", "dev.to":
		return !strings.Contains(path, "/status/") // a tweet is no one's page
	case "linkedin.com", "bsky.app", "about.me", "keybase.io":
		return true
	case "meetup.com":
		// a group's member page: meetup.com/Group/members/123/
		return strings.Contains(path, "/members/") && segments >= 3
	}
	return strings.HasSuffix(host, ".linkedin.com")
}

// photoCredit reports a link to a photograph on a stock photo site: the name it links is the
// photographer's, credited under a picture.
func photoCredit(href string) bool {
	host, path, ok := linkHost(href)
	return ok && (host == "unsplash.com" || host == "pexels.com" || host == "pixabay.com" || host == "stocksnap.io" ||
		host == "flickr.com" && strings.HasPrefix(path, "/photos/"))
}

// names finds the mentions of people in a sentence: runs of name words (with particles such
// as "van" or "de" between them), linked profile names, "I", and subject pronouns.
func (x *extraction) names(s *sentence) []nameRef {
	if s.none&noNames != 0 {
		return nil
	}
	if s.memo == nil || !s.memo.namesDone {
		found := x.findNames(s)
		if found == nil {
			s.none |= noNames
			return nil
		}
		// kept at its length: the memo of nearly every sentence of a post holds one
		m := s.memoized()
		m.names, m.namesDone = slices.Clone(found), true
	}
	// the memo's own slice, capped at its length so that a caller appending makes a copy: no
	// caller changes a mention in place, and the copy made on every call was a twelfth of what
	// extraction allocated
	n := s.memo.names
	return n[:len(n):len(n)]
}

// monthGivenName reports a month's name at token i that starts a person's name: a given name
// ("Jan", "April", "June") before a family name, where no date is written ("Jan Kowalski
// spoke", not "in May Lindqvist" or "on June 4").
func monthGivenName(toks []token, i int) bool {
	t := toks[i]
	if !t.cap || !t.word || !calendarWords[t.lower()] || i+1 >= len(toks) || !nameToken(toks[i+1]) || !givennames.Is(t.text()) {
		return false
	}
	return i == 0 || !toks[i-1].is("in", "on", "of", "since", "until", "till", "through", "from", "to", "by", "during", "early", "late", "mid", "last", "next", "this", "every") && !isDigits(toks[i-1].text())
}

// findNames is names without the memo.
func (x *extraction) findNames(s *sentence) []nameRef {
	var out []nameRef
	toks := s.tokens
	qs := s.quotes()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if inQuote(qs, int(t.start)) {
			continue // a quoted phrase is a title, not a person
		}
		if (t.text() == "I" || iContraction(t.text())) && (i+1 == len(toks) || !toks[i+1].cap) {
			out = append(out, nameRef{text: "I", start: i, end: i + 1, pron: pronounI})
			continue
		}
		if t.is("he", "she") {
			p := pronounShe
			if t.is("he") {
				p = pronounHe
			}
			out = append(out, nameRef{text: t.text(), start: i, end: i + 1, pron: p})
			continue
		}
		// a link to a profile whose text is a name or a handle
		if t.link >= 0 && isProfileLink(s.links[t.link].Href) && (i == 0 || toks[i-1].link != t.link) {
			l := s.links[t.link]
			j := i
			for j < len(toks) && toks[j].link == t.link {
				j++
			}
			text := strings.Trim(s.text[l.Start:l.End], "_*@ ")
			if akaAfterName(toks, i, out) || handleAfterName(toks, i, out, text) {
				i = j - 1 // "Ana Lima, aka @alima": the handle is the name's, no other person
				continue
			}
			if x.looksLikeName(text) || looksLikeHandle(text) {
				out = append(out, nameRef{text: text, start: i, end: j, linked: true, single: !strings.Contains(text, " ")})
				i = j - 1
				continue
			}
		}
		// a handle written with its "@" and no link: "@alima gave a talk"
		if strings.HasPrefix(t.text(), "@") && t.link < 0 && (i == 0 || toks[i-1].end < t.start) {
			if akaAfterName(toks, i, out) {
				continue
			}
			if h, ok := atHandle(t.text()); ok && looksLikeHandle(h) {
				out = append(out, nameRef{text: h, start: i, end: i + 1, linked: true, single: true})
				continue
			}
		}
		if !nameToken(t) && !monthGivenName(toks, i) {
			continue
		}
		// the tail of a product's name: "Docker Compose", "Kafka Streams", "Open Policy Agent"
		if i > 1 && productHead(toks[i-1]) && toks[i-1].end+1 >= t.start && toks[i-1].link == t.link {
			for i+1 < len(toks) && toks[i+1].cap && toks[i+1].word && toks[i+1].start <= toks[i].end+1 {
				i++
			}
			continue
		}
		// the text of a link to an organization ("Crunchy Data") names no one, and neither does
		// the text of a link to a group or an event ("[Lake County .NET Users Group](…)")
		if t.link >= 0 && (x.orgs[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(linkText(s, t.link), "'s"), "’s"))] ||
			!isProfileLink(s.links[t.link].Href) && (groupWordIn(linkText(s, t.link)) || eventKind(linkText(s, t.link)) != "")) {
			for i+1 < len(toks) && toks[i+1].link == t.link {
				i++
			}
			continue
		}
		j := i + 1
		for j < len(toks) {
			if nameToken(toks[j]) && (toks[j].link == t.link || t.link < 0 && toks[j].link < 0) {
				j++
				continue
			}
			if nameParticles[toks[j].lower()] && !toks[j].cap && j+1 < len(toks) && nameToken(toks[j+1]) {
				if j-i >= 2 && foreignFromWords[toks[j].lower()] {
					break // "Jonas Weber von Initech", "Giulia Rossi di Initech": a full name, then the company
				}
				j += 2
				continue
			}
			if j+2 < len(toks) && nameParticles[toks[j].lower()] && !toks[j].cap && nameParticles[toks[j+1].lower()] && !toks[j+1].cap && nameToken(toks[j+2]) && j-i == 1 {
				j += 3 // "Maria de los Santos", "Jan van der Berg"
				continue
			}
			if middleInitial(toks, j) && nameToken(toks[j+2]) && (toks[j].link == t.link || t.link < 0 && toks[j].link < 0) {
				j += 3 // "Fay K. Moreau"
				continue
			}
			break
		}
		if j-i > 4 {
			i = j - 1
			continue
		}
		if j-i == 1 && j < len(toks) && toks[j].cap && orgSuffixWords[toks[j].lower()] {
			i = j // "Northwind Systems": a company
			continue
		}
		if emphasizedTitle(toks, i, j) {
			i = j - 1 // "*Queues Done Right* by Ana Lima": a title set apart, then its speaker
			continue
		}
		text := s.text[toks[i].start:toks[j-1].end]
		ref := nameRef{text: text, start: i, end: j, single: j-i == 1}
		if ref.single && i >= 2 && toks[i-1].text() == "." && toks[i-2].is("dr", "mr", "mrs", "ms", "prof") {
			if full := x.fullNameEndingIn(text); full != "" {
				ref.text, ref.single = full, false // "Dr. Ferreira", after "Marta Ferreira"
			}
		}
		if ref.single && t.link >= 0 && toks[j-1].link == t.link && linkText(s, t.link) == text {
			if full := slugName(s.links[t.link].Href, text); full != "" {
				ref.text, ref.single, ref.linked = full, false, true // "[Ana](…/team/ana-lima/)": Ana Lima
			}
		}
		if x.notAPerson(text) {
			i = j - 1
			continue
		}
		out = append(out, ref)
		i = j - 1
	}
	return out
}

// slugName returns the full name a link's address spells for the given name that is its
// text: "[Ana](https://example.org/team/ana-lima/)" is Ana Lima. The address's last segment
// must be the name's words joined by hyphens or underscores, the given name first; else "".
func slugName(href, given string) string {
	_, path, ok := linkHost(href)
	if !ok {
		return ""
	}
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return ""
	}
	last := strings.ToLower(segs[len(segs)-1])
	if !slugWords.MatchString(last) {
		return ""
	}
	words := strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) < 2 || len(words) > 3 || !strings.EqualFold(words[0], given) {
		return ""
	}
	for k, w := range words {
		words[k] = strings.ToUpper(w[:1]) + w[1:]
	}
	words[0] = given
	return strings.Join(words, " ")
}

// slugWords is an address segment of two or three lower-case words joined by hyphens or
// underscores: "ana-lima", "ana_de_lima".
var slugWords = regexp.MustCompile(`^[a-z]+(?:[-_][a-z]+){1,2}$`)

// emphasizedTitle reports a name-shaped span of tokens i to j that is the whole of an
// emphasized phrase followed by "by" (or its word in another language) and a capitalized
// word: a title and its speaker ("*Queues Done Right* by Ana Lima"), unless the phrase opens
// with a given name ("**Ana Lima** by the window").
func emphasizedTitle(toks []token, i, j int) bool {
	t := toks[i]
	if !t.em && !t.strong || j-i < 2 || j+1 >= len(toks) || givennames.Is(t.text()) {
		return false
	}
	same := func(k int) bool { return toks[k].em == t.em && toks[k].strong == t.strong }
	for k := i + 1; k < j; k++ {
		if !same(k) {
			return false
		}
	}
	if i > 0 && same(i-1) || same(j) {
		return false
	}
	return speakerByWord(toks[j]) && toks[j+1].cap
}

// fullNameEndingIn returns the one full name the post writes whose last word is family, or "":
// "Dr. Ferreira" and "Ms. Ferreira" refer to "Marta Ferreira" when no one else is a Ferreira.
func (x *extraction) fullNameEndingIn(family string) string {
	found := ""
	for _, names := range x.fullNames {
		for _, n := range names {
			words := strings.Fields(n)
			if strings.EqualFold(words[len(words)-1], family) {
				if found != "" && found != n {
					return ""
				}
				found = n
			}
		}
	}
	return found
}

func linkText[I int | int32](s *sentence, i I) string {
	l := s.links[i]
	return strings.TrimSpace(s.text[l.Start:l.End])
}

// notAPerson rejects name-shaped spans that are places, organizations or technologies. A
// single word that is both a city and a given name ("Austin") is left to the rules' context.
//
// The answer depends on the text and the post's organizations alone, which are known before
// any rule asks (collectOrgs), and the rules ask it of the same names again and again: it is
// kept, by text, for the post.
func (x *extraction) notAPerson(text string) bool {
	if v, ok := x.notPerson[text]; ok {
		return v
	}
	v := x.notAPersonOf(text)
	if x.notPerson == nil {
		x.notPerson = map[string]bool{}
	}
	x.notPerson[text] = v
	return v
}

// notAPersonOf is notAPerson without the memo.
func (x *extraction) notAPersonOf(text string) bool {
	lower := strings.ToLower(text)
	if x.orgs[lower] || knownCompanies[lower] || isTech(text) || gazetteer.IsCountry(text) || continents[lower] {
		return true
	}
	if eventWordIn(text) && !givennames.Is(firstWord(text)) {
		return true // "GopherCon", "DevOpsDays": events do not give talks
	}
	// the last of two words or more (of strings.Fields(lower)), read in place
	last, words := "", 0
	for w, rest := nextWord(lower); w != ""; w, rest = nextWord(rest) {
		last, words = w, words+1
	}
	if words >= 2 && (orgSuffixWords[last] || groupWords[last]) && !givennames.Is(firstWord(text)) {
		return true // "Harbour Data Network", "Quiet Queues Collective", "Harbour Gophers": a group, not a person
	}
	if words >= 2 && (roleWords[last] || extraRoleWords[last]) && !givennames.Is(firstWord(text)) {
		return true // "Agile Coach", "Engineering Manager": a job title, not a person
	}
	if words >= 2 && streetEnds[strings.TrimSuffix(last, ".")] {
		return true // "Hawkin St", "Harbour Road": an address, not a person
	}
	if _, ok := gazetteer.Lookup(text); ok && (strings.Contains(text, " ") || !gazetteer.Common(text)) {
		return true
	}
	if _, ok := gazetteer.Region(text); ok && !strings.Contains(text, " ") {
		return true
	}
	return false
}

// streetEnds end a street's name, never a person's: "Hawkin St", "Quay Road", "Hauptstraße".
var streetEnds = set(`st str street rd road ave avenue blvd boulevard straße strasse`)

// looksLikeName is looksLikeName for the post: the answers are kept, by text, since the rules
// ask it of the same names again and again (each a post's names some five times).
func (x *extraction) looksLikeName(s string) bool {
	if v, ok := x.nameLike[s]; ok {
		return v
	}
	v := looksLikeName(s)
	if x.nameLike == nil {
		x.nameLike = map[string]bool{}
	}
	x.nameLike[s] = v
	return v
}

// looksLikeName reports whether s reads as a person's full name: two to four capitalized
// words (particles allowed), no digits.
func looksLikeName(s string) bool {
	var buf [16]token // a name's tokens, on the stack
	toks := appendTokens(buf[:0], s, nil, nil)
	words := 0
	for i, t := range toks {
		switch {
		case middleInitial(toks, i) || i > 1 && toks[i].text() == "." && middleInitial(toks, i-1):
			// "Eileen M. Uchitelle": an initial between the given and the family name
		case leadingInitial(toks, i) || i == 1 && toks[i].text() == "." && leadingInitial(toks, 0):
			// "J. Manrique López": an initial for the first given name, before two names
		case lookupLower(nameParticles, t.text()) && i > 0 && i < len(toks)-1:
		case nameToken(t):
			words++
		case i == 0 && monthGivenName(toks, 0):
			// "Jan Kowalski", "April Tanaka": a month's name that is also a given name, first
			words++
		default:
			return false
		}
	}
	return words >= 2 && words <= 4
}

// akaAfterName reports a handle at token i that a full name just before it goes by: "Ana
// Lima, aka @alima", "Ana Lima (a.k.a. @alima)".
func akaAfterName(toks []token, i int, found []nameRef) bool {
	if len(found) == 0 || found[len(found)-1].pron != notPronoun || found[len(found)-1].single {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].lower()
		if w == "aka" || w == "alias" || w == "k" && k > 0 && toks[k-1].text() == "." {
			return found[len(found)-1].end <= k && k-found[len(found)-1].end <= 5
		}
		if toks[k].word && !toks[k].is("a", "k", "also", "known", "as") {
			return false
		}
	}
	return false
}

// handleAfterName reports a handle linked to a profile right after a full name, or in
// brackets after it: "Ana Lima [alima](https://twitter.com/alima)", "Ana Lima ([@alima](…))".
// The handle is the name's.
func handleAfterName(toks []token, i int, found []nameRef, text string) bool {
	if len(found) == 0 || found[len(found)-1].pron != notPronoun || found[len(found)-1].single || strings.Contains(text, " ") || !looksLikeHandle(strings.TrimPrefix(text, "@")) {
		return false
	}
	end := found[len(found)-1].end
	return end == i || end == i-1 && toks[i-1].text() == "("
}

// leadingInitial reports whether toks[i] is the initial a name starts with: one capital
// letter and a full stop at the start, followed by at least two more words ("J. Manrique
// López"; "J. Smith" alone is too little to be sure of).
func leadingInitial(toks []token, i int) bool {
	t := toks[i]
	return i == 0 && len(toks) >= 4 && toks[1].text() == "." && t.word && t.cap && utf8.RuneCountInString(t.text()) == 1 &&
		nameToken(toks[2]) && nameToken(toks[3])
}

// middleInitial reports whether toks[i] is a middle initial: one capital letter followed by a
// full stop, after a name's first word and before its last.
func middleInitial(toks []token, i int) bool {
	t := toks[i]
	return i > 0 && i+2 < len(toks) && toks[i+1].text() == "." && t.word && t.cap && utf8.RuneCountInString(t.text()) == 1
}

// looksLikeHandle reports whether s is a single word that can stand for a person: a first
// name or a lower-case handle, not a common word.
func looksLikeHandle(s string) bool {
	if s == "" || strings.ContainsAny(s, " /.") || utf8.RuneCountInString(s) < 3 {
		return false
	}
	if notNameWords[strings.ToLower(s)] || isTech(s) || gazetteer.Common(s) {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// person is someone the post names.
type person struct {
	name      string
	aliases   []string
	companies []affiliation
	speaker   bool
	order     int
}

type affiliation struct {
	company string
	ev      Evidence
}

// addCompany records an affiliation once.
func (p *person) addCompany(company string, ev Evidence) {
	company = strings.TrimSpace(company)
	if company == "" {
		return
	}
	for i, c := range p.companies {
		if strings.EqualFold(orgKey(c.company), orgKey(company)) {
			if ev.Confidence > c.ev.Confidence {
				p.companies[i].ev = ev
			}
			return
		}
	}
	p.companies = append(p.companies, affiliation{company: company, ev: ev})
}

func (p *person) addAlias(a string) {
	if a == "" || a == p.name {
		return
	}
	for _, x := range p.aliases {
		if x == a {
			return
		}
	}
	p.aliases = append(p.aliases, a)
}

// knows reports whether the person goes by name (canonical or alias, ignoring case).
func (p *person) knows(name string) bool {
	if strings.EqualFold(p.name, name) {
		return true
	}
	for _, a := range p.aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

func firstWord(name string) string {
	f, _, _ := strings.Cut(name, " ")
	return f
}

func lastWords(name string) string {
	_, l, _ := strings.Cut(name, " ")
	return l
}

// variantOf reports whether b is a misspelling of a: the same first name and a surname within
// a small edit distance (one edit for short surnames, two for long ones).
func variantOf(a, b string) bool {
	if !strings.Contains(a, " ") || !strings.Contains(b, " ") || firstWord(a) != firstWord(b) {
		return false
	}
	la, lb := strings.ToLower(lastWords(a)), strings.ToLower(lastWords(b))
	if la == lb {
		return true
	}
	d := levenshtein.ComputeDistance(la, lb)
	n := min(utf8.RuneCountInString(la), utf8.RuneCountInString(lb))
	switch {
	case n >= 8:
		return d <= 2
	case n >= 4:
		return d <= 1
	}
	return false
}

// indexPerson records that p goes by name, under the name's first word: every way of finding
// a person (the same name, a first name, a misspelling) starts from the first word.
func (x *extraction) indexPerson(p *person, name string) {
	if x.byFirst == nil {
		x.byFirst = map[string][]*person{}
	}
	key := strings.ToLower(firstWord(name))
	for _, q := range x.byFirst[key] {
		if q == p {
			return
		}
	}
	x.byFirst[key] = append(x.byFirst[key], p)
}

// alias adds another name for p.
func (x *extraction) alias(p *person, name string) {
	p.addAlias(name)
	x.indexPerson(p, name)
}

// lookupPerson finds the person a name refers to, without creating one: the same name or
// alias, a first name standing for exactly one full name, or a misspelling of exactly one.
func (x *extraction) lookupPerson(name string) *person {
	candidates := x.byFirst[strings.ToLower(firstWord(name))]
	for _, p := range candidates {
		if p.knows(name) {
			return p
		}
	}
	if !strings.Contains(name, " ") {
		var match *person
		for _, p := range candidates {
			if strings.Contains(p.name, " ") && strings.EqualFold(firstWord(p.name), name) {
				if match != nil && match != p {
					return nil // two people share this first name: ambiguous
				}
				match = p
			}
		}
		return match
	}
	var match *person
	for _, p := range candidates {
		if variantOf(p.name, name) {
			if match != nil && match != p {
				return nil
			}
			match = p
		}
	}
	if match != nil {
		// A misspelling merges only when no one else in the post shares the first name.
		for _, p := range candidates {
			if p != match && strings.EqualFold(firstWord(p.name), firstWord(name)) {
				return nil
			}
		}
	}
	return match
}

// fullNameFor finds the one full name the post writes that name stands for: the full name
// whose first word is name, or the earliest spelling name is a misspelling of.
func (x *extraction) fullNameFor(name string) string {
	found := ""
	for _, f := range x.fullNames[strings.ToLower(firstWord(name))] {
		if strings.Contains(name, " ") && f == name {
			break // the post wrote this spelling before any other: it is the canonical one
		}
		ok := !strings.Contains(name, " ") && strings.EqualFold(firstWord(f), name) ||
			strings.Contains(name, " ") && variantOf(f, name)
		if !ok {
			continue
		}
		if found != "" && found != f && !variantOf(found, f) {
			return "" // two people could be meant
		}
		if found == "" {
			found = f
		}
	}
	return found
}

// personFor returns the person a name refers to, creating one when the post has not named
// them before. A first name or misspelling that matches a known person becomes an alias.
func (x *extraction) personFor(name string) *person {
	name = strings.TrimSpace(name)
	if x.lookupPerson(name) == nil {
		if full := x.fullNameFor(name); full != "" && full != name {
			// a first name, or a misspelling, of someone the post names in full elsewhere
			p := x.personFor(full)
			x.alias(p, name)
			return p
		}
	}
	if p := x.lookupPerson(name); p != nil {
		if !strings.EqualFold(p.name, name) {
			if !strings.Contains(p.name, " ") && strings.Contains(name, " ") && strings.EqualFold(firstWord(name), p.name) {
				// the post first used a first name, then the full name: the full name is canonical
				x.alias(p, p.name)
				p.name = name
				x.indexPerson(p, name)
			} else {
				x.alias(p, name)
			}
		}
		return p
	}
	p := &person{name: name, order: len(x.people)}
	x.people = append(x.people, p)
	x.indexPerson(p, name)
	return p
}

// iContraction reports "I'm", "I’ll", "I've", "I'd": the first person, never a name.
func iContraction(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "I'm", "I'll", "I've", "I'd":
		return true
	}
	return false
}

// nickname is a nickname in quotes inside a full name: `Ana "Ace" Lima`, "Bo ‘The Hammer’
// Chen". The groups are the given name, the quoted nickname with its quotes and the space
// after them, and the family name.
var nickname = regexp.MustCompile(`\b(\p{Lu}[\p{L}'’-]+) (["“'‘]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?["”'’] )(\p{Lu}[\p{L}'’-]+)`)

// nicknameIndex is nickname.FindStringSubmatchIndex(text), but the expression is asked only
// of the words around each space that a quote and a capital follow, where every nickname
// opens: given a whole paragraph, it would try to match at each of its bytes. A match holds
// no space before that one's word and three more spaces at most, so the words from the space
// before the given name to the fourth space hold it whole, and a match that opens at a later
// such space starts after this one.
func nicknameIndex(text string) []int {
	for p := 0; p+1 < len(text); p++ {
		if text[p] != ' ' {
			continue
		}
		q, n := utf8.DecodeRuneInString(text[p+1:])
		if q != '"' && q != '“' && q != '\'' && q != '‘' {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(text[p+1+n:]); !unicode.IsUpper(c) {
			continue
		}
		from, end, spaces := strings.LastIndexByte(text[:p], ' ')+1, p, 0
		for ; end < len(text); end++ {
			if text[end] == ' ' {
				if spaces++; spaces == 4 {
					break
				}
			}
		}
		if m := nickname.FindStringSubmatchIndex(text[from:end]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += from
				}
			}
			return m
		}
	}
	return nil
}

// withoutNicknames returns doc with the nicknames in quotes inside full names left out
// ("Ana "Ace" Lima" reads "Ana Lima"), so that the quoted nickname is never read as a talk's
// title and the name around it reads as one person. Only a nickname after a known given name
// and before a word that makes a name with it counts. The blocks changed are copies.
func withoutNicknames(doc *document.Document) *document.Document {
	var blocks []document.Block
	for i, b := range doc.Blocks {
		if !strings.ContainsAny(b.Text, `"“'‘`) {
			continue
		}
		nb, changed := b, false
		for from := 0; from < len(nb.Text); {
			m := nicknameIndex(nb.Text[from:])
			if m == nil {
				break
			}
			given, last := nb.Text[from+m[2]:from+m[3]], nb.Text[from+m[6]:from+m[7]]
			if !givennames.Is(given) || !looksLikeName(given+" "+last) {
				from += m[3]
				continue
			}
			cut, n := from+m[4], m[5]-m[4]
			if !changed {
				if blocks == nil {
					blocks = append([]document.Block{}, doc.Blocks...)
				}
				nb.Links = append([]document.Link{}, nb.Links...)
				nb.Spans = append([]document.Span{}, nb.Spans...)
				nb.Breaks = append([]int{}, nb.Breaks...)
				changed = true
			}
			nb.Text = nb.Text[:cut] + nb.Text[cut+n:]
			shift := func(o int) int {
				switch {
				case o >= cut+n:
					return o - n
				case o > cut:
					return cut
				}
				return o
			}
			for k := range nb.Links {
				nb.Links[k].Start, nb.Links[k].End = shift(nb.Links[k].Start), shift(nb.Links[k].End)
			}
			for k := range nb.Spans {
				nb.Spans[k].Start, nb.Spans[k].End = shift(nb.Spans[k].Start), shift(nb.Spans[k].End)
			}
			for k := range nb.Breaks {
				nb.Breaks[k] = shift(nb.Breaks[k])
			}
			from = cut
		}
		if changed {
			spans := nb.Spans[:0]
			for _, s := range nb.Spans {
				if s.Start < s.End {
					spans = append(spans, s)
				}
			}
			nb.Spans = spans
			blocks[i] = nb
		}
	}
	if blocks == nil {
		return doc
	}
	d := *doc
	d.Blocks = blocks
	return &d
}
