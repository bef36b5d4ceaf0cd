package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// Bios and speaker cards state where a person works in a few set ways. The readers here take
// the employer from those and nothing else:
//
//	copula or "as":  "Ana Lima is a Senior Software Engineer at Initech",
//	                 "She works as the Developer Experience Lead at Initech",
//	                 "He's the Director of Engineering at Umbrella"
//	"works at|for":  "David currently works for Initech as a consultant"
//	possessive:      "the approach taken by her team at Umbrella"
//	role after name: "our speaker, Ana Lima co-founder of Wheelworks"
//	card line:       "**Ana Lima** - Initech", "Speaker: Ana Lima, Initech",
//	                 "Ana Lima, Staff Engineer, Initech"
//
// A pronoun is the person a sentence of the same section began with ("Bo is a keen cyclist.
// He's the Director of Engineering at Umbrella"). Only speakers' affiliations are
// written out, so a bio of an organizer costs nothing.

// bioAffiliation reads the employer a sentence about one person states.
func (x *extraction) bioAffiliation(s *sentence, refs []nameRef) {
	toks := s.tokens
	if len(refs) == 0 || len(toks) == 0 {
		return
	}
	if toks[0].is("previously", "formerly", "earlier", "before") {
		return // "Formerly he was a tester for Initech": a past employer
	}
	first := refs[0]
	if len(refs) > 1 && first.single && x.personNamed(first) == nil {
		// "Lately she heads ...", "A chemist turned Gopher, Ana Lima is ...": a
		// capitalized word that names no one opens the sentence before its subject
		if next := refs[1]; next.pron != notPronoun && next.start <= 2 || next.pron == notPronoun && !next.single && openingAppositive(toks, next.start) {
			first = next
		}
	}
	var subj *person
	from := first.end
	var opener *person
	if first.start > 0 && toks[0].cap && toks[0].word && len(toks) > 1 && !toks[1].cap {
		opener = x.personNamed(nameRef{text: toks[0].text(), single: true})
	}
	switch {
	case opener != nil:
		// a first name opening the sentence, which the name finder leaves to the talk readers:
		// "Ana is the Head of Product at Initech"
		subj, from, first = opener, 1, nameRef{text: toks[0].text(), start: 0, end: 1}
	case contractedPronoun(toks[0]) && first.start > 0:
		// "She's the Director of Engineering at Initech": the contraction is one token
		if x.bioSubject != nil && x.bioSection == int(s.section) {
			subj, from, first = x.bioSubject, 0, nameRef{pron: pronounShe}
		}
	case first.pron == pronounHe || first.pron == pronounShe:
		if first.start <= 2 && x.bioSubject != nil && x.bioSection == int(s.section) {
			subj = x.bioSubject
		}
	case first.pron == notPronoun:
		if first.start <= 1 || toks[first.start-1].text() == ":" && first.start <= 4 || openingAppositive(toks, first.start) {
			subj = x.personNamed(first)
		}
	}
	if subj == nil {
		// "Two moves later Jonas is a Platform Lead at Quillworks": a
		// first name, later in the sentence, as the subject of a copula
		if p, at := x.firstNameSubject(s, refs); p != nil {
			subj, from, first = p, at+1, nameRef{text: toks[at].text(), start: at, end: at + 1}
		}
	}
	if subj == nil {
		// "This meetup was hosted by Ana Lima. She works for Initech.": a sentence that names
		// one person, wherever, is what the next sentence's pronoun refers to
		if one := x.onlyPerson(refs); one != nil {
			x.bioSubject, x.bioSection = one, int(s.section)
		}
		return
	}
	if first.pron == notPronoun {
		x.bioSubject, x.bioSection = subj, int(s.section)
	}
	// the phrase must come before anyone else is named
	limit := len(toks)
	for _, r := range refs {
		if r.start < from {
			continue
		}
		if r.pron == notPronoun && r.start > 0 && (toks[r.start-1].is("at", "for") || toks[r.start-1].text() == "@") && !givennames.Is(firstWord(r.text)) {
			continue // "an architect at Globex Power": where the subject works, no one else
		}
		if r.pron != notPronoun || x.lookupPerson(r.text) != nil && x.lookupPerson(r.text) != subj || x.looksLikeName(r.text) && !r.single && givennames.Is(firstWord(r.text)) {
			limit = r.start
			break
		}
	}
	if org := x.employmentIn(s, from, limit); org != "" {
		subj.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.8})
	}
}

// openingAppositive reports whether tokens before a name at start are a short phrase about
// that person closed by a comma, with no verb of its own: "A chemist turned Gopher,
// Ana Lima is ...", "A keen cyclist, Ana Lima is ...".
func openingAppositive(toks []token, start int) bool {
	if start < 2 || start > 8 || toks[start-1].text() != "," {
		return false
	}
	for _, t := range toks[:start-1] {
		if !t.word || t.is("is", "was", "are", "were", "will", "has", "had") {
			return false
		}
	}
	return true
}

// firstNameSubject finds a known person's first name that is the subject of a copula inside a
// sentence ("... later Jonas is a ..."), with no one else named before it. It returns
// the person and the name's token.
func (x *extraction) firstNameSubject(s *sentence, refs []nameRef) (*person, int) {
	toks := s.tokens
	last := min(len(toks)-2, 24)
	for _, r := range refs {
		if r.pron == notPronoun {
			last = min(last, r.start) // no one else is named before the subject
		}
	}
	for k := 1; k <= last; k++ {
		if !toks[k].cap || !toks[k].word || !toks[k+1].is("is", "was", "works") || !givennames.Is(toks[k].text()) {
			continue
		}
		if p := x.personNamed(nameRef{text: toks[k].text(), single: true}); p != nil {
			return p, k
		}
	}
	return nil, 0
}

// employmentIn finds an employment phrase in tokens [from, to): "works at|for ORG", "(is|'s|
// was|as|his|her|their) (a|an|the) ROLE ... at|for ORG".
func (x *extraction) employmentIn(s *sentence, from, to int) string {
	toks := s.tokens
	for k := from; k < to; k++ {
		t := toks[k]
		if t.is("works", "worked", "working", "work") {
			j := k + 1
			for j < to && toks[j].is("currently", "now", "full-time", "remotely") {
				j++
			}
			if j < to && toks[j].is("at", "for") {
				if org := x.employerAt(s, j+1, to); org != "" {
					return org
				}
			}
			continue
		}
		if !introducesRole(toks, k) {
			continue
		}
		if org := x.roleAt(s, k+1, to); org != "" {
			return org
		}
	}
	return ""
}

// introducesRole reports whether token k opens a description of someone's job: a copula, "as",
// or a possessive.
func introducesRole(toks []token, k int) bool {
	t := toks[k]
	switch {
	case t.is("is", "was", "'s", "’s", "as", "his", "her", "their", "leads", "heads", "manages") || contractedPronoun(t):
		return true
	case t.is("currently", "now") && k > 0 && toks[k-1].is("is", "was", "'s", "’s"):
		return true
	}
	return false
}

// roleAt reads "(a|an|the) ROLE ... at|for|@ ORG" from token i: a few words, one of them a role
// word ("engineer", "lead", "team"), then the organization. "Director of Engineering at X"
// keeps the department inside the role; "co-founder of X" with nothing after the organization
// takes X.
func (x *extraction) roleAt(s *sentence, i, to int) string {
	toks := s.tokens
	if i < to && toks[i].is("a", "an", "the", "currently", "now") {
		i++
	}
	if i < to && toks[i].is("a", "an", "the") {
		i++
	}
	// "heads QA at Brightline": what someone leads is a team, so a role
	role := i > 0 && toks[i-1].is("leads", "heads", "manages")
	for j := i; j < to && j <= i+6; j++ {
		t := toks[j]
		switch {
		case t.is("at", "for") || t.text() == "@":
			if !role {
				return ""
			}
			return x.employerAt(s, j+1, to)
		case t.is("of") && role:
			// "the founder of Initech" when no "at" follows the organization
			o, ok := x.orgAt(s, j+1)
			if !ok {
				continue // "Head of engineering at X"
			}
			if o.end < to && toks[o.end].is("at", "for") || departments[strings.ToLower(o.name)] {
				continue // "Director of Engineering at X": the department belongs to the role
			}
			return x.employer(o.name)
		case roleWords[t.lower()] || extraRoleWords[t.lower()] && !t.is("tech", "technical", "product", "marketing", "software", "independent", "freelance") || slashRole(t.lower()):
			role = true
		case t.word && (t.cap || jobWords[t.lower()] || roleModifiers[t.lower()] || extraRoleWords[t.lower()]):
		case t.text() == "-" && j > i:
		default:
			return ""
		}
	}
	return ""
}

// employerAt reads the organization at token i as an employer.
func (x *extraction) employerAt(s *sentence, i, to int) string {
	if i >= to {
		return ""
	}
	o, ok := x.orgAt(s, i)
	if !ok || o.end > to || x.isPersonText(o.name) || departments[strings.ToLower(o.name)] {
		return ""
	}
	return x.employer(o.name)
}

// jobWords are lower-case words of job titles beyond roleModifiers and extraRoleWords:
// "site reliability engineer", "developer experience lead".
var jobWords = set(`senior junior principal staff lead chief software backend back-end frontend
front-end full-stack fullstack data site reliability platform infrastructure security product
technical solutions solution cloud devops mobile web machine learning ml ai research developer
community relations experience advocacy open source associate assistant managing general
distinguished fellow and`)

// departments are the parts of an organization a role names, which are not the employer:
// "Director of Engineering", "Head of Developer Relations".
var departments = set(`engineering product products marketing sales research operations technology
developer relations devrel data science design infrastructure platform security it r&d growth
strategy community education communications partnerships innovation`)

// cardAffiliation reads a speaker card's line: a name, then nothing but the organization, after
// a dash, a comma or a bar, with an optional role between ("Ana Lima, Staff Engineer, Initech").
// The organization must end the line and read as one: a known or linked organization, one
// word, an acronym or a name with an organization's suffix, and no talk's title.
func (x *extraction) cardAffiliation(s *sentence, r nameRef, p *person) {
	toks := s.tokens
	if r.start > 0 && !(toks[r.start-1].text() == ":" && r.start <= 4) {
		return
	}
	k := r.end
	if k >= len(toks) || !(toks[k].text() == "," || isDash(toks[k].text()) || toks[k].text() == "|") {
		return
	}
	sep := toks[k].text()
	k++
	// an optional role: "Staff Engineer," or "CNCF Ambassador,"
	for j := k; j < len(toks) && j <= k+5; j++ {
		if toks[j].text() == sep || toks[j].text() == "," {
			if hasRoleWord(toks[k:j]) {
				k = j + 1
			}
			break
		}
	}
	o, ok := x.orgAt(s, k)
	if !ok || !lineEnd(toks, o.end) || o.end-o.start > 4 {
		return
	}
	name := x.employer(o.name)
	if name == "" || x.isPersonText(name) || x.isTalkTitle(name) || !orgLike(x, toks[o.start:o.end], name) {
		return
	}
	p.addCompany(name, Evidence{Sentence: s.text, Confidence: 0.75})
}

// hasRoleWord reports whether tokens name a role.
func hasRoleWord(toks []token) bool {
	for _, t := range toks {
		if roleWords[t.lower()] || t.is("ambassador", "champion", "mvp", "gde", "expert", "organizer", "organiser") {
			return true
		}
	}
	return false
}

// lineEnd reports whether nothing but closing punctuation follows token i.
func lineEnd(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].word || toks[i].text() == "(" {
			return false
		}
	}
	return true
}

// orgLike reports whether a name standing alone reads as an organization rather than a
// phrase: known or linked, one word, an acronym, or a name with an organization's suffix.
func orgLike(x *extraction, toks []token, name string) bool {
	lower := strings.ToLower(name)
	if knownCompanies[lower] || x.orgs[lower] || len(toks) == 1 && toks[0].link < 0 {
		return true
	}
	if len(toks) > 0 && toks[0].link >= 0 {
		return true // a link's text: orgAt took it whole
	}
	for _, t := range toks {
		if orgSuffixWords[t.lower()] {
			return true
		}
	}
	return false
}

// isTalkTitle reports whether a phrase is the title of a talk the post states.
func (x *extraction) isTalkTitle(name string) bool {
	key := strings.ToLower(strings.TrimSpace(name))
	for _, t := range x.talks {
		if strings.ToLower(t.title) == key {
			return true
		}
	}
	return false
}

// contractedPronoun reports "he's" and "she's" written as one token.
func contractedPronoun(t token) bool {
	return t.is("he's", "she's", "he’s", "she’s")
}

// personNamed is the person a name reference is: a first name is the one person the post
// names in full with it.
func (x *extraction) personNamed(r nameRef) *person {
	if p := x.lookupPerson(r.text); p != nil {
		return p
	}
	if r.single {
		if full := x.fullNameFor(r.text); full != "" {
			return x.lookupPerson(full)
		}
	}
	return nil
}

// parenRoleOrg reads a parenthetical that gives a role and the employer from token i: "(Staff
// Engineer, Initech)", "(Staff Engineer at Initech)", "(CTO @ Initech)".
func (x *extraction) parenRoleOrg(s *sentence, i int) string {
	toks := s.tokens
	end := i
	for end < len(toks) && toks[end].text() != ")" && end-i <= 10 {
		end++
	}
	if end >= len(toks) || toks[end].text() != ")" || !hasRoleWord(toks[i:end]) {
		return ""
	}
	if org := x.roleAt(s, i, end); org != "" {
		return org
	}
	// "(Staff Engineer, Initech)": the organization after the last comma ends the parenthetical
	for k := end - 1; k > i; k-- {
		if toks[k].text() == "," {
			if !hasRoleWord(toks[i:k]) {
				return ""
			}
			o, ok := x.orgAt(s, k+1)
			if !ok || o.end != end || x.isPersonText(o.name) {
				return ""
			}
			return x.employer(o.name)
		}
	}
	return ""
}

// groupFrom reads "Two engineers from Initech, Ana Lima and Bo Chen, ...": people of an
// organization named, then listed after a comma. It returns the organization and the token
// the list starts at, or "" and 0.
func (x *extraction) groupFrom(s *sentence, start int) string {
	toks := s.tokens
	if start < 4 || toks[start-1].text() != "," {
		return ""
	}
	for k := start - 2; k >= 1 && k >= start-6; k-- {
		if !toks[k].is("from", "at", "of") {
			continue
		}
		o, ok := x.orgAt(s, k+1)
		if !ok || o.end != start-1 {
			return ""
		}
		if !peopleWords[toks[k-1].lower()] && !roleWords[toks[k-1].lower()] {
			return ""
		}
		return x.employer(o.name)
	}
	return ""
}

// peopleWords are plural nouns for people a sentence counts before naming them: "two
// engineers from Initech, Ana Lima and Bo Chen".
var peopleWords = set(`engineers developers folks people colleagues members speakers employees
researchers scientists architects advocates friends`)

// listingRoles reads the roles written after speakers' names in the lines the talk readers
// took as listings, which the prose rules do not read: "Tracing - Ana Lima (@alima), Staff
// Engineer @ Initech", "Ana Lima, Lead Developer at Initech: Tracing". Only a role with "at",
// "@" or "for" and an organization counts.
func (x *extraction) listingRoles() {
	for bi := range x.blockSents {
		if !x.agendaBlocks.has(bi) {
			continue
		}
		// (a released block is left out: it writes no role after a name, see release)
		for _, s := range x.blockSents[bi] {
			toks := s.tokens
			for _, r := range x.names(s) {
				if r.pron != notPronoun {
					continue
				}
				p := x.lookupPerson(r.text)
				if p == nil {
					continue
				}
				k := r.end
				if k < len(toks) && toks[k].text() == "(" {
					for k < len(toks) && toks[k].text() != ")" {
						k++
					}
					k++
				}
				if k >= len(toks) || toks[k].text() != "," && !isDash(toks[k].text()) {
					continue
				}
				end := k + 1
				for end < len(toks) && toks[end].text() != ":" && toks[end].text() != "|" && toks[end].text() != "(" && end-k <= 10 {
					end++
				}
				if org := x.roleAt(s, k+1, end); org != "" {
					p.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.8})
				}
			}
		}
	}
}

// onlyPerson returns the one person a sentence names, or nil when it names none, several, or
// uses a pronoun.
func (x *extraction) onlyPerson(refs []nameRef) *person {
	var one *person
	for _, r := range refs {
		if r.pron != notPronoun {
			return nil
		}
		p := x.personNamed(r)
		if p == nil {
			continue
		}
		if one != nil && one != p {
			return nil
		}
		one = p
	}
	return one
}

// slashRole reports two roles written as one word with a slash: "programmer/analyst",
// "developer/architect".
func slashRole(w string) bool {
	a, b, ok := strings.Cut(w, "/")
	return ok && (roleWords[a] || roleHeads[a]) && (roleWords[b] || roleHeads[b])
}
