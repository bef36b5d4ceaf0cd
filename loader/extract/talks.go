package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// talk is a talk the post describes.
type talk struct {
	title       string
	words       []string // the title's sorted words (see wordsOf)
	description string
	url         string
	speakers    []*person
	events      []talkEvent // the events it was given at, each with its evidence
	ev          Evidence
	block       int32       // the block of the statement that made it
	weakDesc    bool        // the description is only the words before "by"; a later one may replace it
	indexes     []titleSlot // the speakers' title indexes the talk is filed in
	// The blocks of the statements merged into a talk are kept by the extraction
	// (x.mergedBlocks), not by the talk: few talks have any, and an agenda table makes a talk
	// every 60 bytes. A talk takes 176 bytes; it took 240 with this list and the events'
	// evidence in lists of their own.
}

func (t *talk) addSpeaker(p *person) {
	for _, q := range t.speakers {
		if q == p {
			return
		}
	}
	t.speakers = append(t.speakers, p)
	p.speaker = true
}

// talkEvent is an event a talk was given at and the evidence for it. A talk keeps them in one
// list, not an event list beside an evidence list: an agenda table makes a talk every 60 bytes,
// and the second list took 24 bytes of every talk and an allocation of its own.
type talkEvent struct {
	e  *event
	ev Evidence
}

func (t *talk) addEvent(e *event, ev Evidence) {
	for i, f := range t.events {
		if f.e == e {
			if ev.Confidence > f.ev.Confidence {
				t.events[i].ev = ev
			}
			return
		}
	}
	t.events = append(t.events, talkEvent{e, ev})
}

func (t *talk) hasEvent(e *event) bool {
	for _, f := range t.events {
		if f.e == e {
			return true
		}
	}
	return false
}

func (t *talk) hasSpeaker(p *person) bool {
	for _, q := range t.speakers {
		if q == p {
			return true
		}
	}
	return false
}

// clause is one statement that someone gave a talk.
type clause struct {
	refs        []nameRef // the speakers as written
	cue         int       // token of the verb or noun that says "talk"
	title       string
	url         string
	description string
	same        bool     // "the same talk (as in X)"
	sameCity    *cityRef // "as in Ottawa", "that was given in Montreal"
	this        bool     // "This talk also kicked off ..."
	each        bool     // "... kicked off each meetup"
	named       string   // "... that I saw during Meeting C++ 2017": another event
	weak        bool     // the description is only the words before "by"
	possessive  bool     // "X's talk": a reference to a talk more than a statement of one
	confidence  float64
}

// parenMask marks the tokens of asides, which never state talks: inside parentheses, and
// between a pair of dashes ("Jonas Whitfield - a principal engineer at Northwind - gave").
func parenMask(toks []token) []bool {
	mask := make([]bool, len(toks))
	depth := 0
	for i, t := range toks {
		if t.text() == "(" {
			depth++
		}
		if depth > 0 {
			mask[i] = true
		}
		if t.text() == ")" && depth > 0 {
			depth--
		}
	}
	var dashes []int
	for i, t := range toks {
		if isDash(t.text()) && i > 0 && toks[i-1].end < t.start && i+1 < len(toks) && t.end < toks[i+1].start {
			dashes = append(dashes, i)
		}
	}
	if len(dashes) == 2 {
		for i := dashes[0]; i <= dashes[1]; i++ {
			mask[i] = true
		}
	}
	return mask
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// unmaskClauseAsides clears the mask of parentheses that hold whole statements of talks, a
// person named inside them and then their verb of speaking: "two speakers came (Ana Lima,
// who talked about “Quiet Queues”, and Bo Chen, who talked about “Ledgers”)". Such an aside
// lists the talks; one that only qualifies a name ("Ana Lima (who spoke last year) gave") has
// no person named inside it before its verb, and stays masked.
func unmaskClauseAsides(toks []token, refs []nameRef, paren []bool) {
	for open := 0; open < len(toks); open++ {
		if toks[open].text() != "(" {
			continue
		}
		depth, end := 0, -1
		for k := open; k < len(toks); k++ {
			switch toks[k].text() {
			case "(":
				depth++
			case ")":
				depth--
			}
			if depth == 0 {
				end = k
				break
			}
		}
		if end < 0 || depth != 0 {
			return
		}
		named := -1 // the end of the first person named inside
		for _, r := range refs {
			if r.start > open && r.end <= end && r.pron == notPronoun {
				named = r.end
				break
			}
		}
		stated := false
		for k := max(named, open+1); named >= 0 && k < end; k++ {
			if l := toks[k].lower(); speakVerbs[l] || giveVerbs[l] {
				stated = true
				break
			}
		}
		if stated {
			for k := open + 1; k < end; k++ {
				paren[k] = false
			}
		}
		open = end
	}
}

// gapAllowed are words that may stand between a speaker and the verb of their talk.
var gapAllowed = set(`then also first finally later next briefly gently quickly again who has had
have was were is to from of at , ( ) just kindly who's will 'll shall would going be`)

// subjectBefore finds the speakers of a verb at token cue: the nearest people named before it
// in the same clause, with only affiliations, asides and adverbs between ("Wes Macdonald and
// Eric Leonard from Microsoft began with", "Chris Carty (...) from the City of Ottawa then
// gave"). A first name alone must stand right before the verb.
func (x *extraction) subjectBefore(s *sentence, refs []nameRef, cue int, paren []bool) []nameRef {
	org := x.orgSpans(s)
	for k := len(refs) - 1; k >= 0; k-- {
		r := refs[k]
		if r.end > cue || paren[r.start] || org[r.start] && r.pron == notPronoun && x.lookupPerson(r.text) == nil {
			continue
		}
		if r.single && r.pron == notPronoun && insideRoleAppositive(s.tokens, refs[:k], r.start, cue) {
			continue // "Bo Chen, Head of Developer Programs at Globex, spoke": words of her role
		}
		if r.single && r.pron == notPronoun && r.end+1 < cue && (s.tokens[r.end].text() == "'s" || s.tokens[r.end].text() == "’s") && x.lookupPerson(r.text) == nil &&
			(roleWords[s.tokens[r.end+1].lower()] || roleHeads[s.tokens[r.end+1].lower()] || jobWords[s.tokens[r.end+1].lower()] || roleModifiers[s.tokens[r.end+1].lower()]) {
			continue // "Ana Lima, Initech's COO, gave": the company of her role
		}
		if r.single && r.pron == notPronoun && r.start > 0 && s.tokens[r.start-1].is("a", "an") && x.lookupPerson(r.text) == nil {
			continue // "a Danish designer": an adjective, not a person
		}
		if r.single && r.pron == notPronoun && !r.linked && foreignVerb(s.tokens[cue]) && !givennames.Is(r.text) && x.lookupPerson(r.text) == nil {
			continue // "Ana Lima hat über Warteschlangen gesprochen": a German noun, capitalized
		}
		opens := r.start == 0 || s.tokens[r.start-1].text() == ":"
		if r.single && r.pron == notPronoun && opens && imperativeOpening(s.tokens, r.start) {
			continue // "Come to discuss the roadmap", "Mark your calendars": a request, no one's name
		}
		if r.single && r.pron == notPronoun && !r.linked && opens && !givennames.Is(r.text) && x.lookupPerson(r.text) == nil && x.fullNameFor(r.text) == "" {
			continue // "Research showed that ...", "TL;DR: Learn about ...": a word opening the sentence, no one's name
		}
		free := 0
		appositive := 0 // words left of an appositive after the name: ", a designer based in Kyoto"
		for i := r.end; i < cue; i++ {
			t := s.tokens[i]
			if i == r.end && t.text() == "," {
				if k := roleAppositiveEnd(s.tokens, i, cue); k > i {
					i = k // "Ana Lima, Initech's COO, gave": who she is, set off by commas
					continue
				}
			}
			if k := stagePhraseEnd(s.tokens, i); k > i && k <= cue {
				// "Bo Chen took the stage to talk about", "then stepped up and showed us": her
				// going on stage, then the talk
				i = k - 1
				if k < cue && s.tokens[k].is("and", "to") {
					i = k
				}
				continue
			}
			if t.text() == "," && i+1 < cue && s.tokens[i+1].is("a", "an", "the", "our") && i-r.end <= 12 {
				appositive = 10
				continue
			}
			if paren[i] || gapAllowed[t.lower()] || adverbs[t.lower()] || orgWord(t) || t.link >= 0 || t.text() == "'s" || t.text() == "’s" {
				continue
			}
			if foreignVerb(s.tokens[cue]) && (foreignAux[t.lower()] || fromWord(t)) {
				continue // "Ana Lima (Initech) nous a présenté", "Ana Lima von Initech hat ... gezeigt"
			}
			if t.text() == ";" || t.text() == ":" || speakVerbs[t.lower()] || giveVerbs[t.lower()] || t.is("and", "but", "while", "where", "which", "when") {
				return nil
			}
			if appositive > 0 {
				appositive--
				continue
			}
			free++
		}
		if free > 4 || r.single && r.pron == notPronoun && !r.linked && free > 0 && x.lookupPerson(r.text) == nil {
			return nil
		}
		group := []nameRef{r}
		for j := k - 1; j >= 0; j-- {
			prev := refs[j]
			if prev.pron == notPronoun && (org[prev.start] || paren[prev.start]) && prev.end <= group[0].start {
				continue // "Ana Lima (Initech) and Bo Chen", "Ana Lima from Initech and Bo Chen": her company, not a speaker
			}
			if prev.pron != notPronoun || !x.joinedNames(s, prev.end, group[0].start) {
				break
			}
			group = append([]nameRef{prev}, group...)
		}
		if len(group) > 1 && !andBetween(s.tokens, group[len(group)-2].end, group[len(group)-1].start) {
			// "Introduced by Dan Ek (Initech), Bo Chen gave": a list of speakers joins its
			// last name with "and"; a name set off by a comma alone is someone else
			return group[len(group)-1:]
		}
		return group
	}
	return nil
}

// invertedOpeners are the words of an opening that puts the speaker after its verb: "First up
// was", "Next up:", "Then came", "Last but not least, we had".
var invertedOpeners = set(`first up next then after that finally last but not least second third was were
came comes is , : and our we had`)

// invertedTalk returns the speakers named after an inverted opening (invertedSpeakers) when the
// "with" at token with brings in their talk, a quoted title or a talk noun after it; else nil.
func (x *extraction) invertedTalk(s *sentence, refs []nameRef, with int, paren []bool) []nameRef {
	group := x.invertedSpeakers(s, refs, with, paren)
	if len(group) == 0 {
		return nil
	}
	if t, _ := x.markedTitleAt(s, with+1); t != "" {
		return group
	}
	k := talkObjectAfter(s, with)
	// "with a talk on", "with his presentation about"; not "with the talk recordings"
	if k >= 0 && k <= with+4 && s.tokens[k-1].is("a", "an", "his", "her", "their", "its", "two", "three") &&
		(k+1 >= len(s.tokens) || !s.tokens[k+1].word || s.tokens[k+1].is("on", "about", "of", "called", "titled", "entitled", "named", "that", "which", "where", "introducing")) {
		return group
	}
	return nil
}

// invertedSpeakers finds the speakers named after an inverted opening ("First up was", "Then
// came") and before the "with" at token with, that introduces their talk. Only their
// affiliations and asides may stand between the names and "with".
func (x *extraction) invertedSpeakers(s *sentence, refs []nameRef, with int, paren []bool) []nameRef {
	toks := s.tokens
	org := x.orgSpans(s)
	var group []nameRef
	for _, r := range refs {
		if r.start >= with {
			break
		}
		if r.pron != notPronoun {
			return nil
		}
		if org[r.start] || paren[r.start] {
			continue
		}
		if len(group) == 0 {
			verb := false
			for k := 0; k < r.start; k++ {
				if !invertedOpeners[toks[k].lower()] {
					return nil
				}
				verb = verb || toks[k].is("was", "were", "came", "comes", "is", "had", "up")
			}
			if !verb || r.start == 0 {
				return nil
			}
		} else if !x.joinedNames(s, group[len(group)-1].end, r.start) {
			return nil
		}
		group = append(group, r)
	}
	if len(group) == 0 {
		return nil
	}
	k := x.pastCompany(s, group[len(group)-1].end, paren)
	if k < with && toks[k].text() == "," {
		// "Ana Lima, a lead at Initech, with ...": an appositive set off by commas
		for k++; k < with && toks[k].text() != ","; k++ {
		}
		k++
	}
	if k != with {
		return nil
	}
	return group
}

// cancelledWords say that something did not take place: "never happened", "was cancelled".
var cancelledWords = regexp.MustCompile(`(?i)\b(?:never\s+happened|cancel+ed|called\s+off|did\s+not\s+happen|didn['’]t\s+happen)\b`)

// talkAboutOpening returns the opening of d that says what a talk was about (talkWasAbout),
// or "" when d has none or goes on to say something else ("was about to start").
func talkAboutOpening(d string) string {
	m := talkWasAbout.FindString(d)
	if m == "" || !strings.HasSuffix(strings.ToLower(m), "about ") {
		return ""
	}
	return m
}

// possessiveTalkPredicate is what a sentence goes on to say of a person's talk after what it
// was about: " was also particularly interesting", " is worth watching", ", which was".
var possessiveTalkPredicate = regexp.MustCompile(`(?:,\s*which|\s+(?:was|is|has been|had been)(?:\s+(?:also|really|very|particularly|especially|quite|so|truly|definitely))*\s+(?:a|an|the|my|one|great|good|interesting|fun|funny|amazing|awesome|fascinating|excellent|brilliant|insightful|informative|inspiring|eye-opening|entertaining|cool|nice|worth|full|packed|well|super|very|really|particularly|especially|quite|so|my)\b)`)

// whClause opens a subject that is a clause of its own, whose verb is its own: "why the queue
// is a great abstraction", "how tracing works".
var whClause = regexp.MustCompile(`(?i)^(?:why|how|what|when|where|whether|which|who)\b`)

// talkWasAbout opens a clause that says what a talk was about: "The first talk was about",
// "Our second session is about". A match that goes on past "about" ("was about to start",
// "was about an hour long") says no subject: callers take only a match that ends at "about ".
var talkWasAbout = regexp.MustCompile(`(?i)^(?:(?:the|our|a)\s+)?(?:\w+\s+)?(?:talk|presentation|session|keynote)\s+(?:was|is)\s+about\s+(?:an?\s+(?:hour|minute)|to\s|half)?`)

// roleAppositiveEnd returns the closing comma of an appositive that opens with the comma at
// token open and says what a person does ("Ana Lima, Initech's COO, gave", "Bo Chen, engineer
// at Globex and maintainer of quietq, spoke"): a role's word within it, and the closing comma
// before token cue. It returns open when there is none.
func roleAppositiveEnd(toks []token, open, cue int) int {
	role := false
	for k := open + 1; k < cue && k <= open+16; k++ {
		t := toks[k]
		switch {
		case t.text() == ",":
			if role && k > open+1 {
				return k
			}
			return open
		case t.text() == "." || t.text() == ";" || t.text() == ":":
			return open
		case roleWords[t.lower()] || roleHeads[t.lower()] || t.is("CIO", "CPO", "CMO", "SVP", "EVP", "maintainer", "organizer", "organiser", "author", "creator"):
			role = true
		}
	}
	return open
}

// andBetween reports a word for "and" (or "&") among the tokens [from, to).
func andBetween(toks []token, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		if andWord(toks[i]) || toks[i].text() == "&" {
			return true
		}
	}
	return false
}

// insideRoleAppositive reports whether token i lies in an appositive about a role
// (roleAppositiveEnd) that follows one of the names before it.
func insideRoleAppositive(toks []token, before []nameRef, i, cue int) bool {
	for _, q := range before {
		if q.pron == notPronoun && !q.single && q.end < len(toks) && toks[q.end].text() == "," && q.end < i {
			if end := roleAppositiveEnd(toks, q.end, cue); end > i {
				return true
			}
		}
	}
	return false
}

// stagePhraseEnd returns the token after a phrase of a speaker going on stage that opens at
// token i ("took the stage", "took to the stage", "took the floor", "stepped up", "came up on
// stage", "got on stage"), or i when none opens there.
func stagePhraseEnd(toks []token, i int) int {
	k := i
	switch {
	case toks[k].is("took", "takes", "take", "taking"):
		k++
		if k < len(toks) && toks[k].is("to") {
			k++
		}
		if k+1 < len(toks) && toks[k].is("the") && toks[k+1].is("stage", "floor", "mic", "microphone", "podium", "lectern") {
			return k + 2
		}
	case toks[k].is("stepped", "steps", "step", "came", "comes", "got", "gets", "went", "goes", "jumped", "hopped"):
		k++
		if k < len(toks) && toks[k].is("up", "on") {
			if toks[k].is("up") {
				k++
			}
			if k < len(toks) && toks[k].is("on", "onto") && k+1 < len(toks) && toks[k+1].is("stage") {
				return k + 2
			}
			if k+2 < len(toks) && toks[k].is("on", "onto", "to") && toks[k+1].is("the") && toks[k+2].is("stage", "podium", "mic") {
				return k + 3
			}
			if toks[k-1].is("up") && toks[i].is("stepped", "steps", "step", "came", "comes") {
				return k
			}
		}
	}
	return i
}

// talkContext reports a sentence that speaks of talks (hasTalkCue), or one of a post whose
// title names the event it recaps, where a quoted title "by" someone is a talk's ("The main
// course was “Quiet Queues” by Ana Lima").
func (x *extraction) talkContext(s *sentence) bool {
	if hasTalkCue(s) {
		return true
	}
	if x.titleNamed == 0 {
		x.titleNamed = 2
		if x.titleNamesEvent() {
			x.titleNamed = 1
		}
	}
	return x.titleNamed == 1
}

// duoAfter returns the token after a phrase that says a pair or a group gave the talk,
// opening at token i ("the duo", "le duo", "das Duo", "the team of"), or i.
func duoAfter(toks []token, i int) int {
	k := i
	if k < len(toks) && toks[k].is("the", "le", "la", "das", "el", "o", "il", "het", "de") {
		k++
	}
	if k < len(toks) && toks[k].is("duo", "trio", "pair", "tandem", "binôme", "team", "équipe") {
		k++
		if k < len(toks) && toks[k].is("of", "de", "von") {
			k++
		}
		return k
	}
	return i
}

// imperativeOpening reports a sentence that opens at token i with a verb that is also a given
// name, asking the reader to do something: "Come to discuss ...", "Mark your calendars", "Grant
// us a minute".
func imperativeOpening(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].is("come", "join", "mark", "grant", "bill", "chase", "drew", "hunter", "will", "may", "sue", "rob", "pat", "chuck") {
		return false
	}
	return toks[i+1].is("to", "and", "join", "your", "our", "the", "us", "along", "by", "see", "out", "over", "early", "in", "down", "back", "with")
}

// pluralTalkNouns name several talks: before "by" and several names, a talk each.
var pluralTalkNouns = set(`talks presentations sessions keynotes lectures demos`)

// turnWords are the words for a speaker's turn, after which "of" names the speaker: "the turn
// of", "el turno de", "a vez de", "il turno di", "le tour de".
var turnWords = set(`turn turno vez tour beurt`)

// orgSpans marks the tokens of organizations named after "from", "of" or "at" ("from
// FoxgloveAmber Software"): a name-shaped word there is part of a company, not a speaker.
func (x *extraction) orgSpans(s *sentence) []bool {
	mask := make([]bool, len(s.tokens))
	for k, t := range s.tokens {
		with := t.is("with") && k > 0 && (roleWords[s.tokens[k-1].lower()] || roleHeads[s.tokens[k-1].lower()]) // "an engineer with Initech"
		if !fromWord(t) && t.text() != "@" && !with || k > 0 && turnWords[s.tokens[k-1].lower()] {
			continue // (after "the turn of", "el turno de" comes the speaker: "Then came the turn of Ana Lima")
		}
		if o, ok := x.orgAt(s, k+1); ok {
			for i := k + 1; i < o.end; i++ {
				mask[i] = true
			}
		}
	}
	return mask
}

// joinedNames reports whether the tokens [from, to) join two names of one list: commas,
// "and", "&", with an affiliation ("from Microsoft") allowed after the earlier name.
func (x *extraction) joinedNames(s *sentence, from, to int) bool {
	if to <= from {
		return false
	}
	sawJoin := false
	depth := 0 // inside brackets after the earlier name: "Ana Lima (Initech) and Bo Chen"
	for i := from; i < to; i++ {
		t := s.tokens[i]
		switch {
		case t.text() == "(":
			depth++
		case t.text() == ")" && depth > 0:
			depth--
		case depth > 0:
			if i-from > 12 {
				return false
			}
		case t.text() == "," || t.text() == "&" || andWord(t):
			sawJoin = true
		case t.is("from", "of", "at", "the") || orgWord(t) || t.link >= 0 || t.text() == "'s" || t.text() == "’s":
		default:
			return false
		}
	}
	return sawJoin
}

// namesAfter finds the speakers named from token i on: "by SDU's Sander Knol and TDHI's Tamara
// de Heij", "from Gino Cordt". An organization's possessive may precede each name.
func (x *extraction) namesAfter(s *sentence, refs []nameRef, i int) []nameRef {
	var group []nameRef
	pos := i
	for _, r := range refs {
		if r.start < pos || r.pron == pronounHe || r.pron == pronounShe {
			continue
		}
		if r.end+1 < len(s.tokens) && (s.tokens[r.end].text() == "'s" || s.tokens[r.end].text() == "’s") && s.tokens[r.end+1].cap {
			continue // "Brightwater's Lukas Moravec": the company, then the speaker
		}
		if !x.possessivePrefix(s, pos, r.start) {
			break
		}
		if len(group) > 0 && r.end < len(s.tokens) && (roleWords[s.tokens[r.end].lower()] || extraRoleWords[s.tokens[r.end].lower()]) {
			break // "Bo Chen, Frontend Squad Leader at Initech": a role, not a second speaker
		}
		if len(group) > 0 && !x.joinedNames(s, group[len(group)-1].end, r.start) && !joined(s.tokens, group[len(group)-1].end, r.start) {
			// allow "X, Y and Z" with a possessive organization before a later name
			ok := false
			for k := group[len(group)-1].end; k < r.start; k++ {
				if andWord(s.tokens[k]) || s.tokens[k].text() == "," || s.tokens[k].text() == "&" {
					ok = true
				}
			}
			if !ok {
				break
			}
		}
		group = append(group, r)
		pos = r.end
		// continue only through a list joiner
		k := pos
		if k < len(s.tokens) && s.tokens[k].text() == "(" {
			// "Ana Lima (Devops lead) and Bo Chen": an aside about the speaker
			for k < len(s.tokens) && s.tokens[k].text() != ")" && k-pos < 12 {
				k++
			}
			if k < len(s.tokens) && s.tokens[k].text() == ")" {
				k++
				pos = k
			} else {
				k = pos
			}
		}
		for k < len(s.tokens) && (s.tokens[k].is("from", "of", "at") || orgWord(s.tokens[k]) && !nameToken(s.tokens[k]) || s.tokens[k].link >= 0 && !isNameLink(s, s.tokens[k])) {
			k++
		}
		if k >= len(s.tokens) || !(s.tokens[k].text() == "," || s.tokens[k].text() == "&" || andWord(s.tokens[k])) {
			break
		}
	}
	return group
}

func isNameLink(s *sentence, t token) bool {
	return t.link >= 0 && isProfileLink(s.links[t.link].Href)
}

// possessivePrefix reports whether tokens [from, to) are empty, a list joiner, or an
// organization in the possessive ("SDU's", "The Culture Trip's").
func (x *extraction) possessivePrefix(s *sentence, from, to int) bool {
	if to == from {
		return true
	}
	toks := s.tokens[from:to]
	for len(toks) > 0 && (toks[0].text() == "," || andWord(toks[0]) || toks[0].text() == "&") {
		toks = toks[1:] // ", ", "and", "et", "und", ", and": a list's joiners
	}
	if len(toks) == 0 {
		return true
	}
	last := toks[len(toks)-1]
	if last.text() != "'s" && last.text() != "’s" {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if !(orgWord(t) || t.link >= 0 || t.is("the")) {
			return false
		}
	}
	return true
}

// refsEndingBy returns how many of refs end at token i or before. refs are in the order of
// the sentence, as names gives them (each starts after the one before ends), so they are
// found by halving, not by reading them all for each token asked about.
func refsEndingBy(refs []nameRef, i int) int {
	return sort.Search(len(refs), func(j int) bool { return refs[j].end > i })
}

// talkBefore reports whether a talk noun or a passive verb of giving a talk stands shortly
// before token i ("a talk by", "was delivered by", "the introduction on X made by"). refs are
// in the order of the sentence.
func talkBefore(s *sentence, i int, paren []bool, refs []nameRef) bool {
	if i == 0 || notHostByWords[s.tokens[i-1].lower()] {
		return false
	}
	if openingTalkNoun(s, i) {
		return true // "An overview of Quiet Queues, a library for ..., by Ana Lima"
	}
	if i >= 2 && determiners[s.tokens[i-2].lower()] && s.tokens[i-1].word && !s.tokens[i-1].cap {
		// "a demo and a shoutout by Ana": "by" belongs to the noun right before it
		l := s.tokens[i-1].lower()
		return talkNouns[l] || passiveTalkVerbs[l]
	}
	// "a talk called Tracing Without Tears by": what follows "called" is the title, whatever
	// names it seems to hold
	for k := i - 2; k >= 1 && k >= i-12; k-- {
		if t := s.tokens[k]; t.text() == "." || t.text() == ";" {
			break
		}
		if s.tokens[k].is("called", "titled", "entitled", "named") && talkNouns[s.tokens[k-1].lower()] {
			return true
		}
		// "The first talk was about Quiet Queues In Daily Life by": what the talk was about,
		// whatever names it seems to hold, then its speaker
		if k+3 < i && talkNouns[s.tokens[k].lower()] && s.tokens[k+1].is("was", "is") && s.tokens[k+2].is("about") && !s.tokens[k+3].is("to", "an", "half") {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := s.tokens[k]
		if paren[k] {
			continue
		}
		if j := refsEndingBy(refs, k); j < len(refs) && refs[j].start <= k {
			return false // "a talk by X from Y": "from" follows a speaker, not the talk
		}
		l := t.lower()
		if talkNouns[l] || passiveTalkVerbs[l] || k == i-1 && foreignPassive(s.tokens, k) {
			return true // "a talk by", "présenté par", "präsentiert von"
		}
		if t.text() == "." || t.text() == ";" {
			return false
		}
	}
	return false
}

// openingTalkNoun reports a sentence that opens with a talk noun and a preposition ("An
// overview of ...", "A demo of ...", "Introduction to ...") and has no verb, stop or other "by"
// before the "by" at token i: the sentence is the talk's caption, and "by" names its speakers
// however far it stands.
func openingTalkNoun(s *sentence, i int) bool {
	k := 0
	if k < len(s.tokens) && s.tokens[k].is("a", "an", "the") {
		k++
	}
	if k+1 >= i || !talkNouns[s.tokens[k].lower()] || !s.tokens[k].word || !s.tokens[k+1].is("of", "on", "about", "into", "to", "from", "for", "with", "through") {
		return false
	}
	for j := k + 1; j < i; j++ {
		t := s.tokens[j]
		if t.text() == "." || t.text() == ";" || t.is("by", "is", "was", "are", "were", "will", "has", "had", "gave", "gives", "followed") {
			return false
		}
	}
	return true
}

// quoteBefore returns the index of the quoted title that ends right before token i ("'Title'
// by", "'Title', a talk by"), or -1.
func quoteBefore(s *sentence, i int) int {
	if i == 0 {
		return -1
	}
	qs := s.quotes()
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.tokens[k]
		for qi, q := range qs {
			if q[1] <= int(t.end) && q[1] >= int(t.start)-1 {
				return qi
			}
		}
		if !(t.text() == "," || t.text() == "’" || t.text() == "'" || t.text() == "”" || t.text() == "\"" || t.text() == "»" || t.text() == "“" || titleWords[t.lower()] || talkNouns[t.lower()] || k == i-1 && foreignPassive(s.tokens, k) || englishPassive(s.tokens, k, i)) {
			return -1
		}
	}
	return -1
}

// englishPassive reports token k, before "by" at i, as part of a passive verb: "“Title”, was
// presented by", "“Title” was given by".
func englishPassive(toks []token, k, i int) bool {
	switch {
	case k == i-1:
		return k > 0 && toks[k].is("presented", "given", "delivered") && toks[k-1].is("was", "were")
	case k == i-2:
		return toks[k].is("was", "were") && toks[k+1].is("presented", "given", "delivered")
	}
	return false
}

// interrogative reports a question: one that opens with an auxiliary verb ("Will I be speaking
// as often next year?", "Did anyone present a demo?") or any sentence that ends with a question
// mark outside quotes, emphasis and links ("I have coded for years, so why did I never speak at a
// meetup?"). A title that asks ("Ana spoke about “Is Go dead?”") leaves the sentence a statement.
func interrogative(s *sentence) bool {
	text := strings.TrimSpace(s.text)
	if len(s.tokens) <= 2 || !strings.HasSuffix(text, "?") {
		return false
	}
	if s.tokens[0].is("will", "would", "shall", "should", "can", "could", "do", "does", "did", "is", "are", "was", "were", "have", "has", "may", "might") {
		return true
	}
	last := s.tokens[len(s.tokens)-1]
	if last.text() != "?" || last.link >= 0 || last.strong || last.em {
		return false
	}
	for _, q := range s.quotes() {
		if q[0] <= int(last.start) && int(last.start) <= q[1] {
			return false
		}
	}
	return true
}

// conversation reports a speak verb at i whose object is a listener, not an audience: "told me",
// "introduced her", "chatted with Ana", "spoke to many attendees" (without "about" or "on" after
// it); "spoke to a packed room about testing" and "talked to us about Go" stay talks.
func conversation(s *sentence, refs []nameRef, i int) bool {
	toks := s.tokens
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	switch {
	case next.is("her") && i+2 < len(toks) && (toks[i+2].link >= 0 || talkNouns[toks[i+2].lower()]):
		return false // "shared her [slides](...)", "presented her talk": "her" is possessive
	case next.is("me", "him", "her", "them"):
		return true
	case next.is("with"):
		return true
	case next.is("until", "till", "late", "all", "for") && (next.is("until", "till", "late") || i+2 < len(toks) && toks[i+2].is("night", "evening", "hours", "ages", "day")):
		return true // "talked until late about Azure", "talked for hours": people chatting
	case !next.is("to"):
		return false
	}
	if i+2 < len(toks) && toks[i+2].is("me", "him", "her", "them", "someone", "somebody") {
		return true
	}
	for _, r := range refs {
		if r.start == i+2 {
			return true // "talked to Ana Lima": a person, however long they talked
		}
	}
	for k := i + 2; k < len(toks); k++ {
		if toks[k].is("about", "on") {
			return false
		}
		if toks[k].text() == "," || toks[k].text() == ";" {
			break
		}
	}
	return true
}

// openObject reports what a person opens or closes an event with: "with" or "by" ("opened
// the evening with a demo", "closed by showing"), a talk ("started her keynote"), or a title
// in quotes, after the open verb at i and before the clause ends. "I started on my notes weeks
// early" opens nothing.
func openObject(s *sentence, i int) bool {
	for k := i + 1; k < len(s.tokens) && k <= i+8; k++ {
		t := s.tokens[k]
		if t.is("with", "by") || talkNouns[t.lower()] || t.link >= 0 || t.strong || t.em {
			return true
		}
		if t.text() == "," || t.text() == "." || t.text() == ";" {
			break
		}
	}
	return quoteStartsNear(s, i+1)
}

// idiomAfter reports an open verb that does not open anything: "ended up sleeping in", "started
// speaking": a particle "up" or a verb in -ing right after it.
func idiomAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1].lower()
	return next == "up" && toks[i].is("ended", "end", "ends") || len(next) > 4 && strings.HasSuffix(next, "ing") && toks[i+1].word
}

// passive reports a verb in the passive voice ("was discussed", "were also presented"): its
// subject is what was talked about, not who talked.
func passive(toks []token, i int) bool {
	if strings.HasSuffix(toks[i].lower(), "ing") {
		return false // "is talking", "will be speaking": the progressive, not the passive
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].is("was", "were", "is", "are", "been", "being", "be") {
			return true
		}
		if !adverbs[toks[k].lower()] && !toks[k].is("not", "also", "then", "briefly") {
			return false
		}
	}
	return false
}

// throughAfter reports "walked us through", "took them through", "dove into" or "went into"
// after the verb at i.
func throughAfter(s *sentence, i int) bool {
	for k := i + 1; k < len(s.tokens) && k <= i+3; k++ {
		if s.tokens[k].is("through") || s.tokens[k].is("into") && s.tokens[i].is("dove", "dived", "went") {
			return true // "walked over into the next building" is a walk
		}
	}
	return false
}

// linkedTitleBy reports "[Title by Name](video)": a "by" inside the text of a link to a
// recording or slides, after the title.
func linkedTitleBy(s *sentence, i int) bool {
	t := s.tokens[i]
	if t.link < 0 || i == 0 || s.tokens[i-1].link != t.link {
		return false
	}
	href := s.links[t.link].Href
	return isRecording(href) || isSlides(href)
}

// talkObjectAfter reports whether a talk noun follows the verb at i closely ("gave a talk",
// "gave the second talk", "made a talk", "to give everyone an overview").
func talkObjectAfter(s *sentence, i int) int {
	doing := s.tokens[i].is("doing", "do", "does", "did") // "doing a review of the pull requests" is work, not a talk
	for k := i + 1; k < len(s.tokens) && k <= i+5; k++ {
		l := s.tokens[k].lower()
		if talkNouns[l] && !(doing && notTalkAfterQuote[l]) {
			return k
		}
		if s.tokens[k].text() == "," || s.tokens[k].text() == "." {
			return -1
		}
	}
	return -1
}

// clauses finds the statements of talks in a sentence.
func (x *extraction) clauses(s *sentence) []clause {
	if interrogative(s) {
		return nil // "Will I give this many talks next year?": a question states no talk
	}
	refs := x.names(s)
	paren := parenMask(s.tokens)
	unmaskClauseAsides(s.tokens, refs, paren)
	var out []clause
	seen := map[int]bool{} // first token of speakers already used
	add := func(c clause) {
		if len(c.refs) == 0 && !c.this && !c.each {
			return
		}
		if len(c.refs) > 0 {
			if seen[c.refs[0].start] {
				// a second cue for the same speakers only adds what the first missed
				for i := range out {
					if len(out[i].refs) > 0 && out[i].refs[0].start == c.refs[0].start {
						if out[i].title == "" && c.title != "" {
							out[i].title, out[i].url = c.title, c.url
						}
						if !c.weak && out[i].weak && c.description != "" {
							out[i].description, out[i].weak = c.description, false
						}
						out[i].each = out[i].each || c.each
						out[i].same = out[i].same || c.same
						if out[i].sameCity == nil {
							out[i].sameCity = c.sameCity
						}
					}
				}
				return
			}
			seen[c.refs[0].start] = true
		}
		out = append(out, c)
	}
	toks := s.tokens
	for i, t := range toks {
		if paren[i] {
			continue
		}
		l := t.lower()
		if l == "join" && i+1 < len(toks) {
			// "Join Ana Lima and Bo Chen for a talk on queues": an invitation to their talk
			if c, ok := x.joinFor(s, refs, i, paren); ok {
				add(c)
				continue
			}
		}
		if (l == "of" || l == "with" || l == "featuring") && i > 1 && toks[i-1].is("panel") && !toks[i-2].is("selection", "solar", "committee", "program", "programme", "review", "judging", "advisory", "jury") && !paren[i] && !cancelledWords.MatchString(s.text) {
			// "the final panel of Ana Lima, Bo Chen and Cara Diaz": the panelists, up to the
			// name after "and"
			if group := x.namesAfter(s, refs, i+1); len(group) >= 2 && group[0].start == i+1 {
				for gi := 1; gi < len(group); gi++ {
					if andBetween(toks, group[gi-1].end, group[gi].start) {
						group = group[:gi+1]
						break
					}
				}
				k := i - 1
				for k > 0 && toks[k-1].word && !toks[k-1].is("in", "at", "during", "the", "a", "an", "of") && k > i-4 {
					k--
				}
				add(clause{refs: group, cue: i - 1, confidence: 0.75, description: strings.ToLower(s.text[toks[k].start:toks[i-1].end])})
				continue
			}
		}
		if l == "with" && !paren[i] && i > 2 {
			// "First up was Ana Lima of Initech with a talk on tracing", "Then came Bo Chen
			// (Globex) with “Fuzzing for Fun”": the speakers after an inverted opening
			if group := x.invertedTalk(s, refs, i, paren); len(group) > 0 {
				c := clause{refs: group, cue: i, confidence: 0.8}
				c.title, c.url = x.markedTitleAt(s, i+1)
				if c.title == "" {
					c.description = describeAfter(s, i+1, paren)
				}
				add(c)
				continue
			}
		}
		if turnWords[l] && i+2 < len(toks) && fromWord(toks[i+1]) && i > 0 && toks[i-1].is("the", "el", "a", "il", "le", "la") {
			// "Then came the turn of Ana Lima", "Luego vino el turno de Ana Lima": her talk
			if group := x.namesAfter(s, refs, i+2); len(group) > 0 && group[0].start == i+2 {
				add(clause{refs: group, cue: i, confidence: 0.6, description: strings.Trim(s.text[toks[group[len(group)-1].end-1].end:], " ,;:.")})
				continue
			}
		}
		switch {
		case (l == "by" || l == "from") && (talkBefore(s, i, paren, refs) || l == "by" && (linkedTitleBy(s, i) || quoteBefore(s, i) >= 0 && x.talkContext(s) || x.linkTitleBefore(s, i) >= 0) || l == "from" && x.materialLinkBefore(s, i)) ||
			(foreignByWords[l] && (talkBefore(s, i, paren, refs) || quoteBefore(s, i) >= 0 && x.talkContext(s)) || genitiveNouns[l] && t.word) && !paren[i]:
			// "a talk by", and in other languages "ein Vortrag von", "une présentation de",
			// "prelekcja" right before its speaker's name
			first := i + 1
			if k := duoAfter(toks, first); k > first {
				first = k // "par le duo Ana Lima et Bo Chen", "by the duo of ...": the pair named after
			}
			if first+2 < len(toks) && toks[first+1].text() == "." && toks[first].is("dr", "mr", "mrs", "ms", "prof") {
				first += 2 // "by Dr. Ana Lima": the title of address is no part of the name
			}
			group := x.namesAfter(s, refs, first)
			if len(group) == 0 || (genitiveNouns[l] || foreignByWords[l] && l != "by" && l != "from") && group[0].start != first {
				continue
			}
			if end := group[len(group)-1].end; end+1 < len(toks) && (toks[end].text() == "'s" || toks[end].text() == "’s") && !toks[end+1].cap {
				continue // "from Ana Lima's recommendation": something of hers, not her talk
			}
			if writtenPiece(s, i) {
				continue // "Read the full recap by Ana Lima on her blog": a piece she wrote
			}
			if genitiveNouns[l] {
				group = slices.Clone(group)
				for gi := range group {
					group[gi].written, group[gi].text = group[gi].text, nominativeAfter(l, group[gi].text)
				}
			}
			c := clause{refs: group, cue: i, confidence: 0.85}
			end := group[len(group)-1].end
			c.title, c.url = x.titleAround(s, i, end)
			if c.title == "" && !(l == "by" || l == "from") {
				// "Vortrag von Ana Lima (Initech) über „Title“"
				c.title, c.url = x.titleAround(s, i, x.pastCompany(s, end, paren))
			}
			if c.title == "" && l == "by" {
				// "the second talk called Title by Name": the title follows the words that
				// introduce it
				if d := describeBefore(s, i); stripTalkIntro(d) != d && startsUpper(stripTalkIntro(d)) && plainTitle(stripTalkIntro(d)) {
					c.title = strings.TrimRight(stripTalkIntro(d), " ,;:")
				}
			}
			if c.title == "" && l == "by" {
				// "The first talk was about Quiet Queues In Daily Life by Ana Lima": what it
				// was about, a title when written as one
				if d := describeBefore(s, i); talkAboutOpening(d) != "" {
					if rest := strings.TrimRight(d[len(talkAboutOpening(d)):], " ,;:"); titleCased(rest) && plainTitle(rest) {
						c.title = rest
					}
				}
			}
			if c.title == "" {
				c.description, c.weak = describeBefore(s, i), true
				if m := talkAboutOpening(c.description); m != "" && len(m) < len(c.description) {
					c.description, c.weak = strings.TrimSpace(c.description[len(m):]), false
				}
				// "a talk by X about Y", "a talk by X from Org on Y"
				k := end
				for k < len(s.tokens) && (s.tokens[k].is("from", "of", "at") || orgWord(s.tokens[k]) || s.tokens[k].link >= 0) {
					k++
				}
				if l == "by" && k < len(s.tokens) && s.tokens[k].text() == "," {
					// "The talk by Ana Lima, a lead at Initech, was about ...": past the appositive
					j := k + 1
					for j < len(s.tokens) && j <= k+10 && s.tokens[j].text() != "," && s.tokens[j].text() != "." {
						j++
					}
					if j+3 < len(s.tokens) && s.tokens[j].text() == "," && s.tokens[j+1].is("was", "is") && s.tokens[j+2].is("about") && !s.tokens[j+3].is("to", "an", "half") {
						k = j + 1
					}
				}
				if l == "by" && k+2 < len(s.tokens) && s.tokens[k].is("was", "is") && s.tokens[k+1].is("about") && !s.tokens[k+2].is("to", "an", "half") {
					k++ // "The talk by Ana Lima was about tracing" ("was about to start" says no subject)
				}
				if l != "by" && l != "from" {
					k = x.pastCompany(s, end, paren) // "une présentation de Ana Lima (Initech) sur ..."
				}
				if l != "by" && l != "from" && k == end {
					// "La charla de Ana Lima, de Initech, trató sobre colas": the subject later on
					for j := k; j < len(s.tokens) && j <= end+10 && s.tokens[j].text() != "."; j++ {
						if foreignAboutWords[s.tokens[j].lower()] && !paren[j] && !(j+1 < len(s.tokens) && s.tokens[j+1].cap && j > end && s.tokens[j-1].text() == ",") {
							k = j + 1
							break
						}
					}
				}
				if k < len(s.tokens) && (s.tokens[k].is("about", "on") || l != "by" && l != "from" && k > end) {
					if k < len(s.tokens) && s.tokens[k].is("about", "on") {
						k++
					}
					if d := describeAfter(s, k, paren); d != "" {
						c.description, c.weak = d, false
						if len(strings.Fields(d)) >= 3 && titleCased(d) && plainTitle(d) && s.tokens[k-1].is("on", "about") && (!group[0].single || group[0].linked) {
							// "lightning talks by Ana Lima on Visualizing Queue Depths with Grafana":
							// what the talk was on, written as a title
							c.title, c.description = d, ""
						}
					}
				}
			}
			c.named = namedEventAfter(s, end)
			if l == "by" && c.title == "" && len(group) > 1 && i > 0 && pluralTalkNouns[toks[i-1].lower()] {
				// "great talks by Ana Lima, Bo Chen and Cara Diaz": a talk each
				for _, r := range group {
					each := c
					each.refs = []nameRef{r}
					add(each)
				}
				continue
			}
			add(c)
		case giveVerbs[l] && (talkObjectAfter(s, i) >= 0 || quoteStartsNear(s, i+1) || x.linkTitleAfterOK(s, i)) ||
			l == "put" && i+1 < len(toks) && toks[i+1].is("on") && talkObjectAfter(s, i+1) >= 0:
			// "Ana Lima put on an amazing talk": "put on" gives a talk as "gave" does
			group := x.subjectBefore(s, refs, i, paren)
			after := i + 1
			if len(group) == 0 {
				group, after = x.subjectAfter(s, refs, i, paren)
			}
			c := clause{refs: group, cue: i, confidence: 0.9}
			c.title, c.url = x.titleAround(s, i, after)
			if c.title == "" {
				c.description = describeAfter(s, after, paren)
			}
			c.same = sameTalk(s, i)
			if c.same {
				c.sameCity = x.sameCityOf(s, i)
			}
			if len(group) == 0 && x.thisTalkSubject(s, i) {
				c.this = true
			}
			add(c)
		case (speakVerbs[l] || l == "talk" && modalBefore(toks, i) || l == "talks" && i+1 < len(toks) && toks[i+1].is("about")) && !passive(toks, i) && !foreignPassive(toks, i) && (!throughVerbs[l] || throughAfter(s, i)) && !conversation(s, refs, i):
			group := x.subjectBefore(s, refs, i, paren)
			after := i + 1
			if len(group) == 0 {
				group, after = x.subjectAfter(s, refs, i, paren)
			}
			if len(group) == 0 {
				continue
			}
			c := clause{refs: group, cue: i, confidence: 0.8}
			c.title, c.url = x.titleAround(s, i, after)
			if c.title == "" && foreignVerb(t) && group[len(group)-1].end < i {
				// "Ana Lima hat uns „Ruhige Warteschlangen“ vorgestellt": the verb ends the clause
				for _, q := range s.quotes() {
					if q[0] > int(toks[group[len(group)-1].end-1].end) && q[1] < int(t.start) && q[1]-q[0] > 2 {
						c.title, c.url = cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
						break
					}
				}
			}
			if c.title == "" {
				c.description = describeAfter(s, after, paren)
			}
			if c.title == "" && c.description == "" && foreignVerb(t) {
				c.description = describeBetween(s, group[len(group)-1].end, i, paren)
			}
			c.named = namedEventAfter(s, i+1) // "spoke at the Tartu Go Meetup about ..."
			add(c)
		case openVerbs[l] && !idiomAfter(toks, i):
			c := clause{cue: i, confidence: 0.8}
			c.refs = x.subjectBefore(s, refs, i, paren)
			each := eachEvent(s)
			byBefore := len(c.refs) > 0 && byPrecedes(s, c.refs[0].start)
			switch {
			case x.thisTalkSubject(s, i):
				c.this = true
				c.refs = nil
			case each && byBefore:
				// "A Kubernetes update by our own X kicked off each meetup": the talk is the subject
				c.each = true
				c.description = subjectPhrase(s, i)
			case len(c.refs) > 0 && !byBefore && openObject(s, i):
				c.title, c.url = x.titleAround(s, i, i+1)
				if c.title == "" {
					// "Simon kicked things off with [Title](slides)", "opened the evening with
					// “Title”": the marked title after "with"
					for k := i + 1; k+1 < len(toks) && k <= i+5; k++ {
						if toks[k].is("with") {
							c.title, c.url = x.markedTitleAt(s, k+1)
							break
						}
						if toks[k].text() == "," || toks[k].text() == "." {
							break
						}
					}
				}
				if c.title == "" {
					c.description = describeAfter(s, i+1, paren)
				}
			case each && x.subjectIsEvent(s, i):
				// "Each meetup began with a recap of ...": the talk is the object
				c.each = true
				c.title, c.url = x.titleAround(s, i, i+1)
				c.description, c.url = objectWithLink(s, i+1, paren, c.url)
				c.refs = x.namesAfterBy(s, refs, i+1)
			default:
				continue
			}
			add(c)
		case (l == "on" || l == "about") && speakerListContext(s) && !paren[i]:
			// "amongst the speakers were Lena Forsberg on creativity, Ravi and Ines Varga on
			// type systems": each name (or names) followed by what they spoke on
			var group []nameRef
			for k := refsEndingBy(refs, i) - 1; k >= 0; k-- {
				r := refs[k]
				if r.pron != notPronoun || r.end > i {
					continue
				}
				if len(group) == 0 && r.end != i || len(group) > 0 && !x.joinedNames(s, r.end, group[0].start) {
					break
				}
				group = append([]nameRef{r}, group...)
			}
			if len(group) == 0 || group[0].start > 0 && toks[group[0].start-1].is("with", "to") {
				continue // "a long chat with Ana Lima about testing": a conversation
			}
			if d := topicAfter(s, i+1, refs); d != "" {
				c := clause{refs: group, cue: i, confidence: 0.7, description: d}
				if title, url := x.markedTitleAt(s, i+1); title != "" && strings.EqualFold(title, d) {
					c.title, c.url, c.description = title, url, "" // "on [Quiet Queues in Practice](...)": the whole topic, linked
				}
				add(c)
			}
		case (l == "his" || l == "her" || foreignTheir[l]) && !paren[i]:
			// "she brought back her Harbourconf talk “Title”", "Ana Lima con su charla «Título»":
			// a pronoun's talk, titled in quotes or emphasis, is the talk of the one person
			// named before it
			noun := func(k int) bool { return talkNouns[toks[k].lower()] || foreignTalkNouns[toks[k].lower()] }
			k := i + 1
			for k < len(toks) && k <= i+4 && !noun(k) {
				k++
			}
			if k >= len(toks) || k > i+4 || !noun(k) {
				continue
			}
			title, url := x.titleAround(s, k, k+1)
			marked := k+1 < len(toks) && (quoteStartsNear(s, k+1) || toks[k+1].strong || toks[k+1].em ||
				// "with her presentation about “Title”": one word introduces the title
				toks[k+1].is("about", "on", "called", "titled", "entitled") && quoteStartsNear(s, k+2))
			if title == "" || !marked {
				continue
			}
			r, ok := x.antecedent(s, i)
			if !ok {
				r, ok = x.previousSentencePerson(s)
			}
			if ok {
				add(clause{refs: []nameRef{r}, cue: k, confidence: 0.7, title: title, url: url})
			}
		case (l == "'s" || l == "’s") && i+1 < len(toks) && (talkNouns[toks[i+1].lower()] || i+2 < len(toks) && talkNouns[toks[i+2].lower()] && talkAdjectives[toks[i+1].lower()]):
			noun := i + 1
			if !talkNouns[toks[noun].lower()] {
				noun++ // "Ana Lima's other talk", "Bo Chen's second presentation"
			}
			for _, r := range refs {
				if r.end == i && r.pron == notPronoun {
					c := clause{refs: []nameRef{r}, cue: noun, confidence: 0.8, possessive: true}
					k := noun + 1
					if k < len(toks) && toks[k].text() == "," {
						k++ // "Ana Lima's talk, [Quiet Queues](...), was"
					}
					if k+2 < len(toks) && toks[k].is("was", "is") && toks[k+1].is("about", "on", "called", "titled", "entitled", "named") {
						if t, _ := x.markedTitleAt(s, k+2); t != "" {
							k += 2 // "Bo Chen's talk was on **Fuzzing for Fun**"
						}
					}
					if k+1 < len(toks) && toks[k].is("about", "on", "called", "titled", "entitled", "named") && quoteStartsNear(s, k+1) {
						k++ // "Ana Lima's presentation about “Quiet Queues”"
					}
					if k < len(toks) {
						c.title, c.url = x.markedTitleAt(s, k)
					}
					if c.title == "" {
						c.description = describeAfter(s, noun+1, paren)
						if m := possessiveTalkPredicate.FindStringIndex(c.description); m != nil && m[0] > 0 && !whClause.MatchString(c.description) {
							// "Ana Lima's talk on queue theory was also very
							// interesting": what the writer thought of it is no part of it
							c.description = strings.TrimSpace(c.description[:m[0]])
						}
					}
					add(c)
				}
			}
		case (l == "'s" || l == "’s") && i+1 < len(toks):
			// "Ana Lima's [Quiet Queues](...) was the highlight": a person's linked or quoted title
			title, url := x.markedTitleAt(s, i+1)
			if title == "" || !hasTalkCue(s) && !talkMaterial(url) {
				continue // "Ana Lima's [Harbour Gophers](...) group": her group, not her talk
			}
			for _, r := range refs {
				if r.end == i && r.pron == notPronoun {
					add(clause{refs: []nameRef{r}, cue: i + 1, confidence: 0.75, title: title, url: url, possessive: true})
				}
			}
		case l == "with" && i > 0 && i+1 < len(toks) && !paren[i] && speakerTurn(s, i):
			// "Our first speaker was Ana Lima with [Quiet Queues](...)", "Next up: Bo Chen with
			// “Tracing Without Tears”": a speaker, then the title they came with
			title, url := x.markedTitleAt(s, i+1)
			if title == "" {
				continue
			}
			for _, r := range refs {
				if r.end == i && r.pron == notPronoun && !paren[r.start] {
					add(clause{refs: []nameRef{r}, cue: i, confidence: 0.75, title: title, url: url})
				}
			}
		}
	}
	if len(out) > 0 && out[0].title != "" && len(s.quotes()) >= 2 {
		for _, c := range gapped(s, refs, out[0], seen) {
			add(c)
		}
	}
	return out
}

// gapped reads the clauses a sentence leaves its verb out of after a first one with a quoted
// title: "Ana Lima talked about “Title” and Bo Chen “Other title”", "Ana presented “Title”,
// Bo “Other” and Cy “Third”". Each is a name after "and" or a comma, then a quoted title.
func gapped(s *sentence, refs []nameRef, first clause, seen map[int]bool) []clause {
	toks := s.tokens
	var out []clause
	for _, r := range refs {
		if r.pron != notPronoun || seen[r.start] || r.start == 0 || r.start <= first.cue || r.end >= len(toks) {
			continue
		}
		if !andWord(toks[r.start-1]) && toks[r.start-1].text() != "," {
			continue
		}
		qs := s.quotes()
		if n := quoteAfter(qs, int(toks[r.end].start)); n >= 0 {
			if q := qs[n]; opensAt(toks[r.end], q) && q[1]-q[0] > 2 {
				out = append(out, clause{refs: []nameRef{r}, cue: first.cue, confidence: 0.7,
					title: cleanTitle(s.text[q[0]:q[1]]), url: linkWithin(s, q[0], q[1])})
			}
		}
	}
	return out
}

// joinFor reads an invitation to a talk: "Join Ana Lima and Bo Chen for a short talk on
// queues", "join [Ana Lima](…) for her session about …". Token i is "join"; the people follow
// it, then "for", then within a few words a talk noun, and what it is about.
func (x *extraction) joinFor(s *sentence, refs []nameRef, i int, paren []bool) (clause, bool) {
	toks := s.tokens
	group := x.namesAfter(s, refs, i+1)
	if len(group) == 0 || group[0].start > i+2 {
		return clause{}, false
	}
	k := group[len(group)-1].end
	for k < len(toks) && (toks[k].text() == "," || toks[k].text() == ")") {
		k++
	}
	if k >= len(toks) || !toks[k].is("for") {
		return clause{}, false
	}
	for n := k + 1; n < len(toks) && n <= k+5; n++ {
		if !talkNouns[toks[n].lower()] {
			continue
		}
		c := clause{refs: group, cue: n, confidence: 0.75}
		c.title, c.url = x.titleAround(s, n, n+1)
		if c.title == "" {
			c.description = describeAfter(s, n+1, paren)
			if c.description == "" {
				c.description = describeBefore(s, n+1)
			}
		}
		return c, true
	}
	return clause{}, false
}

// modalBefore reports "will", "'ll", "to" or "going to" right before token i: "Ana will talk
// about", "Bo is going to talk about", where "talk" is a verb and not the noun.
func modalBefore(toks []token, i int) bool {
	return i > 0 && toks[i-1].is("will", "'ll", "’ll", "shall", "would", "to")
}

// byPrecedes reports whether "by" stands before token i in the sentence's subject.
func byPrecedes(s *sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s.tokens[k].is("by") {
			return true
		}
	}
	return false
}

// countBefore counts the refs that end at or before token i.
func countBefore(refs []nameRef, i int) int {
	n := 0
	for _, r := range refs {
		if r.end <= i {
			n++
		}
	}
	return n
}

// namesAfterBy returns the people named after "by" at or after token from.
func (x *extraction) namesAfterBy(s *sentence, refs []nameRef, from int) []nameRef {
	for i := from; i < len(s.tokens); i++ {
		if s.tokens[i].is("by") {
			// "by our very own community lead, Ana Lima"
			for _, r := range refs {
				if r.start > i && r.pron == notPronoun {
					return []nameRef{r}
				}
			}
		}
	}
	return nil
}

// eachEvent reports "each meetup", "every event", "all the meetups".
func eachEvent(s *sentence) bool {
	for i := 0; i+1 < len(s.tokens); i++ {
		if s.tokens[i].is("each", "every", "all") {
			for k := i + 1; k < len(s.tokens) && k <= i+3; k++ {
				if eventWords[s.tokens[k].lower()] || s.tokens[k].is("stop", "city") {
					return true
				}
			}
		}
	}
	return false
}

// subjectIsEvent reports whether the words before token i are an event ("Each meetup").
func (x *extraction) subjectIsEvent(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if eventWords[s.tokens[k].lower()] {
			return true
		}
	}
	return false
}

// thisTalkSubject reports "This talk also kicked off ...", "The same talk opened ...".
func (x *extraction) thisTalkSubject(s *sentence, i int) bool {
	if i < 2 {
		return false
	}
	first, second := s.tokens[0], s.tokens[1]
	return first.is("this", "that", "the") && talkNouns[second.lower()] && i <= 4
}

// sameTalk reports "gave the same talk", "delivered the same presentation".
func sameTalk(s *sentence, i int) bool {
	for k := i + 1; k < len(s.tokens) && k <= i+4; k++ {
		if s.tokens[k].is("same") {
			return true
		}
	}
	return false
}

// sameCityOf reads the city of the earlier talk: "the same talk as in Ottawa", "the same talk
// ... that was given in Montreal".
func (x *extraction) sameCityOf(s *sentence, i int) *cityRef {
	for _, c := range x.cities(s) {
		if c.start > i && earlierCity(s, c) {
			cc := c
			return &cc
		}
	}
	return nil
}

// earlierCity reports a city that names where something was given before: "as in Ottawa",
// "that was given in Montreal", "from Toronto". A bare "the same talk in Trondheim" is where it
// is given now.
func earlierCity(s *sentence, c cityRef) bool {
	if c.start < 2 || !inWord(s.tokens[c.start-1]) && !s.tokens[c.start-1].is("at") {
		return c.start >= 1 && s.tokens[c.start-1].is("from")
	}
	if s.tokens[c.start-2].is("held") && c.start >= 3 && s.tokens[c.start-3].is("be", "is", "are") {
		return false // "will be held in Porto", "is held in Porto": where it is, not where it was
	}
	return s.tokens[c.start-2].is("as", "given", "presented", "delivered", "held", "gave", "earlier", "previously")
}

// quoteStartsNear reports whether a quoted title opens at token i.
func quoteStartsNear(s *sentence, i int) bool {
	if i >= len(s.tokens) {
		return false
	}
	for _, q := range s.quotes() {
		if opensAt(s.tokens[i], q) {
			return true
		}
	}
	return false
}

// opensAt reports whether the quoted range q starts at token t: t is the opening mark, or
// the first word right after it.
func opensAt(t token, q [2]int) bool {
	return q[0] == int(t.end) && !t.word || q[0] == int(t.start) && t.word
}

// quoteMarks are the marks that open a quote and the marks that close each.
var quoteMarks = [...][2]rune{{'‘', '’'}, {'“', '”'}, {'"', '"'}, {'\'', '\''}, {'«', '»'}, {'„', '“'}, {'„', '”'}}

// spacedQuote reports a mark that French typography sets apart from the quoted words by a
// space: "« Tracer sans larmes »".
func spacedQuote(r rune) bool { return r == '«' || r == '»' }

// quotes returns the byte ranges of quoted text in a sentence (without the marks). An
// apostrophe inside a word ("Canada’s") is not a quote. A mark opens a quote when no word
// character comes right before it and no space right after; the quote closes at the first
// matching mark after it with no space before it and no word character after it. The closing
// marks are listed first, so that a text of many opening marks costs no square of its length.
func quotes(text string) [][2]int {
	if !holdsQuoteMark(text) {
		return nil // no mark at all, as most lines have
	}
	var closing [len(quoteMarks)][]int // byte offsets of the marks that can close, by kind
	prevSpace := false
	for p := 0; p < len(text); {
		r, size := utf8.DecodeRuneInString(text[p:])
		if p > 0 && (!prevSpace || spacedQuote(r)) && maybeQuoteMark(r) {
			for k, m := range quoteMarks {
				if r == m[1] {
					if next, _ := utf8.DecodeRuneInString(text[p+size:]); p+size == len(text) || !isWordRune(next) {
						closing[k] = append(closing[k], p)
					}
				}
			}
		}
		prevSpace = r == ' '
		p += size
	}
	var out [][2]int
	prevWord := false
	for p := 0; p < len(text); {
		r, size := utf8.DecodeRuneInString(text[p:])
		if maybeQuoteMark(r) && !prevWord && p+size < len(text) {
			// a mark may open several kinds ("„" closes with "“" in German, "”" in Polish):
			// the first kind that closes after it
			closed := false
			for kind, m := range quoteMarks {
				if r != m[0] {
					continue
				}
				if next, _ := utf8.DecodeRuneInString(text[p+size:]); next == ' ' && !spacedQuote(r) {
					continue
				}
				cs := closing[kind]
				if n := sort.SearchInts(cs, p+1); n < len(cs) {
					out = append(out, [2]int{p + size, cs[n]})
					_, csize := utf8.DecodeRuneInString(text[cs[n]:])
					p, prevWord = cs[n]+csize, false // a closing mark is no word character
					closed = true
					break
				}
			}
			if closed {
				continue
			}
		}
		prevWord = isWordRune(r)
		p += size
	}
	return out
}

// holdsQuoteMark reports whether text holds a rune that maybeQuoteMark says may be a mark: a
// byte that is not ASCII, a quotation mark or an apostrophe.
func holdsQuoteMark(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == '"' || c == '\'' {
			return true
		}
	}
	return false
}

// maybeQuoteMark reports whether r can be one of quoteMarks: the only ASCII ones are the
// quotation mark and the apostrophe.
func maybeQuoteMark(r rune) bool {
	return r >= utf8.RuneSelf || r == '"' || r == '\''
}

// titleWords are the words allowed between a talk's verb and its title: "gave a talk called",
// "presented", "a talk on", "made a talk on", "gave an interesting talk on".
var titleWords = set(`a an the his her their our talk presentation keynote session lightning called
titled entitled named on about about: : , lightning short quick brief new also then introduction intro
deep dive tech more very technical us you everyone all recent latest work research in through
interesting great excellent fascinating informative insightful fantastic wonderful good nice detailed
fun entertaining inspiring engaging amazing awesome brilliant lively hands-on thorough well-received`)

// plainTitleAfter reads a title written without marks after "called", "titled" or
// "entitled" (token k opens it): "a talk titled Event Sourcing for Mortals, which ...". It
// starts with a capital and runs to the clause's end: a mark of punctuation, a word that goes
// on with the sentence ("by", "which", "last"), or "in", "at" or "on" before a city or a day.
// Two to twelve words; a title whose words are all in lower case after the first is read too
// ("a talk titled Fuzzing in anger").
func (x *extraction) plainTitleAfter(s *sentence, k int) string {
	toks := s.tokens
	if k >= len(toks) || !toks[k].cap || !toks[k].word || toks[k].link >= 0 || toks[k].is("i", "he", "she", "we", "they", "it") {
		return ""
	}
	end, placed := k, false
	for end < len(toks) && end-k < 13 {
		t := toks[end]
		if !t.word && t.text() != "-" && t.text() != "'" && t.text() != "’" || t.link >= 0 || end > k && plainTitleStops[t.lower()] {
			break
		}
		if end > k && t.is("in", "at", "on") && end+1 < len(toks) && (x.isCityAt(s, end+1) || dateWords[toks[end+1].lower()]) {
			placed = true // "titled Go Generics in Tartu last week": where and when, after the title
			break
		}
		end++
	}
	if end-k < 2 || end-k > 12 || !placed && end < len(toks) && toks[end].word && !plainTitleStops[toks[end].lower()] {
		return ""
	}
	return cleanTitle(s.text[toks[k].start:toks[end-1].end])
}

// plainTitleStops are the words that end a title written without marks: the sentence goes on.
var plainTitleStops = set(`by at which that where during while who whose before after last this next
yesterday today tonight ago`)

// titleAround finds a talk's title near a cue: a quoted phrase, a bold or italic phrase, or a
// capitalized link text, starting within a few words after the cue; or one ending right
// before the cue ("'Title' by Name").
func (x *extraction) titleAround(s *sentence, cue, after int) (title, link string) {
	qs := s.quotes()
	// after the cue
	for k := after; k < len(s.tokens) && k <= after+8; k++ {
		t := s.tokens[k]
		for _, q := range qs {
			if opensAt(t, q) && q[1]-q[0] > 2 {
				return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
			}
		}
		if (t.strong || t.em) && t.cap {
			if title := emphasisAt(s, k); title != "" && !isNameLink(s, t) {
				return title, linkWithin(s, int(t.start), int(t.end))
			}
		}
		if t.link >= 0 && t.cap && k > after && s.tokens[k-1].is("called", "titled", "entitled", "named") {
			l := s.links[t.link]
			if title, _ := linkTitle(s.text[l.Start:l.End]); title != "" {
				return title, l.Href
			}
			return clean(s.text[l.Start:l.End]), l.Href
		}
		if t.link >= 0 && (speakVerbs[s.tokens[cue].lower()] || giveVerbs[s.tokens[cue].lower()]) {
			if title, href := x.linkTitleAfter(s, cue, after); title != "" {
				return title, href
			}
		}
		if !(titleWords[t.lower()] || t.text() == "," || t.text() == ":") {
			break
		}
	}
	// "gave the opening talk, meant for newcomers, titled “Title”": a quoted title a naming word
	// introduces a few words on, past an aside set off by commas
	for k := after; k+1 < len(s.tokens) && k <= after+12; k++ {
		t := s.tokens[k]
		if t.text() == ";" || t.text() == "." {
			break
		}
		if t.is("titled", "entitled", "called") {
			for _, q := range qs {
				if opensAt(s.tokens[k+1], q) && q[1]-q[0] > 2 {
					return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
				}
			}
			break
		}
	}
	// "... with a talk called 'Title'": a title word later in the clause
	for k := after; k+1 < len(s.tokens); k++ {
		t := s.tokens[k]
		if t.text() == ";" || t.text() == "." || t.text() == "," && !inQuote(qs, int(t.start)) {
			break
		}
		if t.is("about") {
			// "spoke at the Tartu JUG about [Quiet Queues](slides)": a phrase in title case
			// linked to the talk's slides or recording (a link to a project's or a topic's page
			// names what the talk was about, not its title)
			next := s.tokens[k+1]
			if next.link >= 0 && next.cap && (k == 0 || s.tokens[k-1].link != next.link) {
				l := s.links[next.link]
				text := clean(s.text[l.Start:l.End])
				if len(strings.Fields(text)) >= 2 && talkMaterial(l.Href) && !x.isEventName(text) && x.cities(&sentence{text: text, tokens: tokenize(text, nil, nil)}) == nil {
					return text, l.Href
				}
			}
			continue
		}
		if talkNouns[t.lower()] {
			// "... opened the evening with her presentation about “Title”": a quoted title a
			// talk noun introduces later in the clause (the first quotation after the noun)
			if n := quoteAfter(qs, int(t.end)); n >= 0 {
				if q := qs[n]; q[1]-q[0] > 2 && (introducedTitle(s, q) && nounIntroduces(s, k, q) || colonIntroduces(s, k, q)) {
					return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
				}
			}
		}
		if !t.is("called", "titled", "entitled", "named") {
			continue
		}
		next := s.tokens[k+1]
		for _, q := range qs {
			if opensAt(next, q) && q[1]-q[0] > 2 {
				return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
			}
		}
		if (next.strong || next.em) && next.cap {
			if title := emphasisAt(s, k+1); title != "" {
				return title, linkWithin(s, int(next.start), int(next.end))
			}
		}
		if next.link >= 0 && next.cap {
			l := s.links[next.link]
			return clean(s.text[l.Start:l.End]), l.Href
		}
		if title := x.plainTitleAfter(s, k+1); title != "" {
			return title, ""
		}
	}
	// a title linked before "by" or "from": "[Quiet Queues](slides) by Ana Lima", "[Video:
	// Quiet Queues](video) from Ana Lima"
	if cue > 0 && s.tokens[cue].is("by", "from") {
		if li := x.linkTitleBefore(s, cue); li >= 0 {
			l := s.links[li]
			title, _ := linkTitle(s.text[l.Start:l.End])
			return title, l.Href
		}
	}
	// "a presentation about “Title” from Ana Lima": a quoted title after a talk noun and the
	// word that introduces it, right before "from"
	if cue > 0 && s.tokens[cue].is("from") {
		if qi := quoteBefore(s, cue); qi >= 0 && introducedTitle(s, qs[qi]) {
			q := qs[qi]
			return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
		}
	}
	// a title written before "by": "'Reactive Equations' by ...", "[Title by Name](video)",
	// "« Title », présenté par ..."
	if cue > 0 && speakerByWord(s.tokens[cue]) {
		prev := s.tokens[cue-1]
		if prev.link >= 0 && s.tokens[cue].link == prev.link {
			l := s.links[prev.link]
			text := s.text[l.Start:s.tokens[cue].start]
			if isRecording(l.Href) || isSlides(l.Href) {
				return clean(text), l.Href
			}
		}
		if qi := quoteBefore(s, cue); qi >= 0 {
			q := qs[qi]
			return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
		}
		if prev.strong || prev.em {
			if title := emphasisEndingAt(s, cue-1); title != "" {
				return title, ""
			}
		}
		// "the overview on **Quiet Queues** given by": emphasis after a talk noun
		for k := cue - 1; k >= 1 && k >= cue-8; k-- {
			t := s.tokens[k]
			if (t.strong || t.em) && t.cap && (s.tokens[k-1].is("on", "about", "called", "titled", "entitled") || talkNouns[s.tokens[k-1].lower()]) {
				if title := emphasisAt(s, k); title != "" && !isNameLink(s, t) {
					return title, ""
				}
			}
		}
	}
	return "", ""
}

// talkAdjectives stand between a person's possessive and their talk: "Ana Lima's other talk".
var talkAdjectives = set(`other second first third last next own short long lightning opening closing main great
excellent new`)

// nounIntroduces reports that the talk noun at token k is the one introducing quote q: at most
// one word ("about", "called") stands between them.
func nounIntroduces(s *sentence, k int, q [2]int) bool {
	words := 0
	for j := k + 1; j < len(s.tokens) && int(s.tokens[j].start) < q[0]; j++ {
		if s.tokens[j].word {
			words++
		}
	}
	return words <= 1
}

// colonIntroduces reports that the talk noun at token k introduces quote q through a colon,
// past a few words of what the talk is on: "a talk on UI design: “Title”", "a lightning talk:
// “Title”".
func colonIntroduces(s *sentence, k int, q [2]int) bool {
	words, colon := 0, false
	for j := k + 1; j < len(s.tokens) && int(s.tokens[j].start) < q[0]; j++ {
		t := s.tokens[j]
		switch {
		case colon:
			if t.word {
				return false // "a talk: we loved “it”": the colon opens a clause, not the title
			}
		case t.text() == ":":
			colon = true
		case t.word:
			words++
		case t.text() != "/" && t.text() != "-" && t.text() != "&":
			return false // a comma or a period between them: another clause
		}
	}
	return colon && words <= 6
}

// introducedTitle reports a quoted phrase that a talk noun introduces, with or without a word
// between them: "a presentation about “Title”", "the talk called “Title”", "the keynote “Title”".
func introducedTitle(s *sentence, q [2]int) bool {
	k := sort.Search(len(s.tokens), func(k int) bool { return int(s.tokens[k].end) > q[0]-1 }) - 1
	// token k ends before the quote's first letter: the opening mark, then the words before it
	for k >= 0 && !s.tokens[k].word {
		k--
	}
	if k >= 0 && s.tokens[k].is("about", "on", "called", "titled", "entitled", "named") {
		k--
	}
	return k >= 0 && talkNouns[s.tokens[k].lower()]
}

// inQuote reports whether byte offset i is inside one of the quoted ranges.
func inQuote(qs [][2]int, i int) bool {
	return quoteHolding(qs, i) >= 0
}

// quoteHolding returns the index of the quotation of qs that holds offset i, or -1.
func quoteHolding(qs [][2]int, i int) int {
	// the ranges are in order and apart: the one that can hold i is the last to start at or
	// before it
	n := sort.Search(len(qs), func(k int) bool { return qs[k][0] > i })
	if n == 0 || i >= qs[n-1][1] {
		return -1
	}
	return n - 1
}

// quoteAfter returns the index of the first quotation of qs that starts after offset i, or -1.
func quoteAfter(qs [][2]int, i int) int {
	if n := sort.Search(len(qs), func(k int) bool { return qs[k][0] > i }); n < len(qs) {
		return n
	}
	return -1
}

// emphasisAt returns the bold or italic phrase that starts at token k.
func emphasisAt(s *sentence, k int) string {
	t := s.tokens[k]
	for _, sp := range s.spans {
		if sp.Start <= int(t.start) && int(t.start) < sp.End {
			return clean(s.text[sp.Start:sp.End])
		}
	}
	return ""
}

// emphasisEndingAt returns the bold or italic phrase that ends at token k.
func emphasisEndingAt(s *sentence, k int) string {
	t := s.tokens[k]
	for _, sp := range s.spans {
		if sp.Start < int(t.end) && int(t.end) <= sp.End {
			return clean(s.text[sp.Start:sp.End])
		}
	}
	return ""
}

// linkWithin returns the first link inside [start, end) of the sentence.
func linkWithin(s *sentence, start, end int) string {
	for _, l := range s.links {
		if l.Start >= start && l.End <= end && l.End > l.Start {
			return l.Href
		}
	}
	return ""
}

// speakerListContext reports a sentence that lists speakers: "amongst the speakers were",
// "presenting alongside", "the line-up had".
func speakerListContext(s *sentence) bool {
	if m := s.memoized(); !m.speakerListDone {
		l := s.lowerText()
		m.speakerList, m.speakerListDone = strings.Contains(l, "speakers") || strings.Contains(l, "alongside") || strings.Contains(l, "line-up") || strings.Contains(l, "lineup"), true
	}
	return s.memo.speakerList
}

// topicAfter is what a speaker spoke "on" in a list: the words from token from up to the next
// comma, the next speaker or the end of the sentence.
func topicAfter(s *sentence, from int, refs []nameRef) string {
	toks := s.tokens
	end := from
	for end < len(toks) && toks[end].text() != "," && toks[end].text() != "." && toks[end].text() != ";" && end-from < 14 {
		if toks[end].is("and") {
			next := false
			for _, r := range refs {
				if r.start == end+1 {
					next = true
				}
			}
			if next {
				break
			}
		}
		end++
	}
	if end <= from {
		return ""
	}
	return clean(s.text[toks[from].start:toks[end-1].end])
}

// describeAfter summarizes what a talk was about from the words after its verb, up to the end
// of the clause: "spoke about using Kafka with Flink to ..." gives "using Kafka with
// Flink to ...".
func describeAfter(s *sentence, from int, paren []bool) string {
	toks := s.tokens
	start := from
	for start < len(toks) && (toks[start].is("us", "everyone", "the", "audience", "about", "on", "into", "through", "with", "them") || foreignAboutWords[toks[start].lower()] || foreignAux[toks[start].lower()] && !englishWords[toks[start].lower()]) {
		start++
	}
	end := start
	words := 0
	for end < len(toks) && words < 18 {
		t := toks[end]
		if paren[end] {
			end++
			continue
		}
		if t.text() == "," && end+1 < len(toks) && toks[end+1].is("where", "which", "who", "while", "from", "and") ||
			t.text() == ";" || t.text() == ":" || t.text() == "." || t.is("where", "which", "while", "but") || anotherTalkAt(toks, end) ||
			t.is("and") && end+1 < len(toks) && toks[end+1].is("i", "we", "he", "she", "they") && end > start && !toks[end-1].is("he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us") {
			break // "an introduction to queues and I continued with ...": the next clause is another's
		}
		if t.word {
			words++
		}
		end++
	}
	if end <= start {
		return ""
	}
	return clean(s.text[toks[start].start:toks[end-1].end])
}

// anotherTalkAt reports "and" at token i that brings in the next talk: "and another talk by",
// "and a second presentation", "and one more talk".
func anotherTalkAt(toks []token, i int) bool {
	if !toks[i].is("and") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if talkNouns[toks[k].lower()] {
			return true
		}
		if !toks[k].is("another", "a", "one", "more", "second", "third", "last", "final", "then", "lightning") {
			return false
		}
	}
	return false
}

// describeBefore takes a talk's description from the words before "by": "The second topic is
// Beam portability in a tech deep dive by ..." gives the sentence up to "by".
func describeBefore(s *sentence, by int) string {
	if by == 0 {
		return ""
	}
	return clean(s.text[:s.tokens[by-1].end])
}

// objectWithLink takes a talk's description from the object of "began with": a link's text
// when the object is a link ("a recap of the QueueConf Porto"), else the words up to the
// clause's end or "as well as".
func objectWithLink(s *sentence, from int, paren []bool, link string) (string, string) {
	k := from
	for k < len(s.tokens) && s.tokens[k].is("with", "off", "by") {
		k++
	}
	if k < len(s.tokens) && s.tokens[k].link >= 0 {
		l := s.links[s.tokens[k].link]
		return clean(s.text[l.Start:l.End]), l.Href
	}
	d := describeAfter(s, k, paren)
	if i := strings.Index(d, " as well as "); i > 0 {
		d = d[:i]
	}
	return d, link
}

// subjectPhrase is the noun phrase before the verb at i, without its "by ..." part: "A
// Rust 2031 update surveying the ecosystem".
func subjectPhrase(s *sentence, i int) string {
	end := i
	for k := 0; k < i; k++ {
		if s.tokens[k].is("by") {
			end = k
			break
		}
	}
	if end == 0 {
		return ""
	}
	text := clean(s.text[:s.tokens[end-1].end])
	for _, art := range []string{"A ", "An ", "The "} {
		text = strings.TrimPrefix(text, art)
	}
	return text
}

// namedEventAfter reads "that I saw during Meeting C++ 2017": a talk given at another event.
func namedEventAfter(s *sentence, from int) string {
	for k := from; k < len(s.tokens)-1; k++ {
		if s.tokens[k].is("during", "at") && k+2 < len(s.tokens) && s.tokens[k+1].is("the") && s.tokens[k+2].cap {
			k++ // "at the Tartu Go Meetup"
		}
		if s.tokens[k].is("during", "at", "the") && s.tokens[k+1].cap {
			j := k + 1
			for j < len(s.tokens) && (s.tokens[j].cap || isDigits(s.tokens[j].text()) ||
				strings.Contains("+#", s.tokens[j].text()) && s.tokens[j].start == s.tokens[j-1].end) {
				j++
			}
			name := s.text[s.tokens[k+1].start:s.tokens[j-1].end]
			words := strings.Fields(strings.ToLower(name))
			if hasYear(name) || eventWordIn(name) || len(words) >= 2 && groupTails[words[len(words)-1]] {
				return name
			}
		}
		if s.tokens[k].text() == "." {
			break
		}
	}
	return ""
}

// hasYear reports whether s writes a year.
func hasYear(s string) bool {
	return yearIn.MatchString(s)
}

// yearIn is a year written as four digits of their own: "2019", "(2019)", "2019-05-03",
// "FooConf 2019,".
var yearIn = literal{regexp.MustCompile(`(?:^|\D)(?:19|20)\d\d(?:\D|$)`),
	[]string{"19", "20"}}

func eventWordIn(s string) bool {
	lower := strings.ToLower(s)
	for w, rest := nextWord(lower); w != ""; w, rest = nextWord(rest) {
		if eventWords[w] || strings.HasSuffix(w, "con") || strings.HasSuffix(w, "conf") || strings.HasSuffix(w, "fest") && len(w) > 5 && w != "manifest" {
			return true
		}
	}
	return false
}

// isRecording reports links to videos.
func isRecording(href string) bool {
	h := strings.ToLower(href)
	return strings.Contains(h, "youtube.com") || strings.Contains(h, "youtu.be") || strings.Contains(h, "vimeo.com")
}

// talkMaterial reports links to a talk's own material: its slides or recording, or a page whose
// address says it is a deck or a presentation.
func talkMaterial(href string) bool {
	h := strings.ToLower(href)
	return isSlides(href) || isRecording(href) || strings.Contains(h, "deck") || strings.Contains(h, "presentation")
}

// isSlides reports links to slide decks.
func isSlides(href string) bool {
	h := strings.ToLower(href)
	return strings.Contains(h, "slideshare") || strings.Contains(h, "speakerdeck") || strings.Contains(h, "docs.google.com/presentation") ||
		strings.HasSuffix(h, ".pdf") || strings.Contains(h, ".slide") || strings.Contains(h, "scribd.com") || strings.Contains(h, "slides")
}

// readProse reads the paragraphs, quotes, captions and list items no structural rule took,
// sentence by sentence, keeping track of the city the text is in.
func (x *extraction) readProse() {
	for bi := range x.blockSents {
		b := x.doc.Blocks[bi]
		switch b.Kind {
		case document.Heading:
			x.paraEvents, x.introEvents = nil, nil
			continue
		case document.Paragraph, document.Caption:
			x.paraEvents = nil
		case document.ListItem:
			if x.talkList[bi] {
				x.paraEvents = nil // an item of the writer's list of talks is a stop of its own
			}
		case document.Embed:
			continue
		}
		if x.agendaBlocks.has(bi) {
			continue
		}
		sents := x.block(bi)
		if len(x.introEvents) > 0 && (b.Kind == document.Quote || b.Kind == document.ListItem || b.Quoted) {
			x.paraEvents = x.introEvents
		}
		for _, s := range sents {
			x.readSentence(s)
		}
		if b.Kind == document.Paragraph && strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
			x.introEvents = x.contextEvents(&sentence{section: int32(b.Section)})
		} else if b.Kind == document.Paragraph && !b.Quoted {
			x.introEvents = nil
		}
	}
}

// contextEvents are the events a sentence's talks belong to when it names none itself.
func (x *extraction) contextEvents(s *sentence) []*event {
	switch {
	case len(x.paraEvents) > 0:
		return x.paraEvents
	case len(x.sectionEvs[int(s.section)]) > 0:
		return x.sectionEvs[int(s.section)]
	}
	return x.postEvents
}

// readSentence applies the prose rules to one sentence.
func (x *extraction) readSentence(s *sentence) {
	if c, ok := x.cityContext(s); ok && !x.otherFutureEvent(s) {
		if futureWords.MatchString(s.text) && !hasTalkCue(s) {
			x.futureEvent(s, &c, dateIn(s.text, x.published))
		} else {
			name := ""
			if x.placedSections[s.section] == nil || x.placedSections[s.section].city.ID == c.city.ID {
				// (the first town the section places is its heading's event's; a second is
				// somewhere else)
				name = x.sectionEventName(s, c)
			}
			if s.section >= 0 && x.placedSections[s.section] == nil {
				if x.placedSections == nil {
					x.placedSections = map[int32]*cityRef{}
				}
				cc := c
				x.placedSections[s.section] = &cc
			}
			e := x.eventFor(&c, dateIn(s.text, x.published), name)
			x.paraEvents = []*event{e}
			if name != "" && e.name == name && x.sectionEvs[int(s.section)] == nil {
				// the rest of the section is about the event its heading names ("## Queueconf",
				// then "It is a conference in Tartu. ... My talk was about ...")
				x.sectionEvs[int(s.section)] = x.paraEvents
			}
		}
	}
	x.readHosts(s)
	x.readMyTalk(s)
	if !x.readPossessiveList(s) && !x.readColonTalkList(s) {
		for _, c := range x.clauses(s) {
			x.applyClause(s, c)
		}
	}
	x.readNamedTalks(s)
	x.readAffiliations(s)
}

// myTalkWas opens the writer's naming of their own talk: "My own talk was about", "My
// talk is called", "My workshop was titled".
var myTalkWas = guard(regexp.MustCompile(`(?i)\bmy\s+(?:own\s+)?(?:first\s+|second\s+|last\s+)?(?:talk|presentation|session|workshop|keynote)\s+(?:was|is)\s+(?:on|about|called|titled|entitled|named)\s+`), "my")

// notGiven says the writer's talk was not given, or not by them: "was rejected", "gave it
// because I was ill", "submitted".
var notGiven = regexp.MustCompile(`(?i)\b(?:rejected|declined|submitted|withdrew|withdrawn|gave it|in my place|instead of me|was ill|was sick)\b`)

// whenOrWhere is a marked phrase after "My talk was on" that says when or where it was:
// "Tuesday Morning", "Stage B", "Room 3".
var whenOrWhere = regexp.MustCompile(`(?i)^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?|(?:stage|room|hall|track|floor)\s+\w+)$`)

// readMyTalk reads the writer naming their own talk by a marked title ("My own presentation
// was on **Quiet Queues That Work**"): the talk of the post's author, when the author is named
// as a person. It reports whether it read a talk.
func (x *extraction) readMyTalk(s *sentence) bool {
	m := myTalkWas.FindStringIndex(s.text)
	if m == nil || s.quoted || cancelledWords.MatchString(s.text) || notGiven.MatchString(s.text) {
		return false // "My talk was on X, but it got cancelled", "... but Bo Chen gave it"
	}
	for _, q := range quotes(s.text) {
		if q[0] <= m[0] && m[0] < q[1] {
			return false // "Bo Chen writes: “My talk was on ...”": his talk, quoted
		}
	}
	name := x.authorName()
	if name == "" || !x.looksLikeName(name) {
		name = x.owner
	}
	if name == "" {
		return false
	}
	k := -1
	for i, t := range s.tokens {
		if int(t.start) >= m[1] {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	title, url := x.markedTitleAt(s, k)
	quoted := false
	for _, q := range s.quotes() {
		if opensAt(s.tokens[k], q) {
			// "My talk was about “the boring parts”, as my manager put it, and the title was
			// ...": a phrase quoted from someone, the title told apart
			after := strings.ToLower(s.text[min(q[1], len(s.text)):])
			quoted = !strings.Contains(after, "title") && !strings.Contains(after, "put it") && !strings.Contains(after, "said")
			if !quoted && !titleCased(title) {
				return false
			}
		}
	}
	if words := len(strings.Fields(title)); title == "" || words > 20 || !quoted && (words > 14 || !titleCased(title) && words > 1) || whenOrWhere.MatchString(title) {
		// "My session was about _queue cost tuning_": a topic set in italics, not a title;
		// between quotation marks a title may be long and written in sentence case ("My
		// talk was about “Queues, and how to drain them before the weekend”")
		return false
	}
	if url == "" {
		url = talkLink(s, clause{title: title})
	}
	return x.addTalk(title, "", url, []string{name}, x.contextEvents(s), Evidence{Sentence: s.text, Confidence: 0.8}, s.block) != nil
}

// colonListNouns are the plural nouns before a colon that lists talks: "three training day
// workshops available: ...", "the talks: ...".
var colonListNouns = set(`talks workshops sessions keynotes tutorials presentations trainings`)

// readColonTalkList reads a sentence that lists talks after a colon, each a title, then "with"
// or "by" and its speakers: "There were three workshops on offer: Master R Developer with
// Ana Lima, Intermediate Shiny with Bo Chen, and Tidy Data with Cara Diaz." A plural talk noun
// stands at most five words before the colon, heading the phrase, and each title is written as
// one. It reports whether its talks fill the sentence, so that the other readers need not read
// it.
func (x *extraction) readColonTalkList(s *sentence) bool {
	colon := strings.Index(s.text, ": ")
	if colon < 0 || !strings.Contains(s.text[colon:], " with ") && !strings.Contains(s.text[colon:], " by ") {
		return false
	}
	toks := s.tokens
	ci := -1
	for i, t := range toks {
		if t.text() == ":" && int(t.start) == colon {
			ci = i
			break
		}
	}
	if ci < 1 {
		return false
	}
	noun := -1
	for k := ci - 1; k >= 0 && k >= ci-5; k-- {
		if colonListNouns[toks[k].lower()] {
			noun = k
			break
		}
	}
	if noun < 0 {
		return false
	}
	if p := noun - 1; p >= 0 {
		if toks[p].is("the", "all", "these", "those", "our", "both") && p > 0 {
			p--
		}
		if toks[p].is("of", "in", "between", "for", "during", "after", "before", "about", "to", "skipped", "made") {
			return false // "Books recommended in the talks:", "Recordings of all talks:": something else listed
		}
	}
	for k := noun + 1; k < ci; k++ {
		if !colonListTail[toks[k].lower()] {
			return false // "the people who made the talks possible:"
		}
	}
	refs := x.names(s)
	from := ci + 1 // where the next title starts
	read := false
	for ri := 0; ri < len(refs); ri++ {
		r := refs[ri]
		if r.start <= ci || r.pron != notPronoun {
			continue
		}
		cue := r.start - 1
		if cue <= from || !toks[cue].is("with", "by") {
			continue
		}
		group := []nameRef{r}
		for ri+1 < len(refs) && refs[ri+1].pron == notPronoun && joined(toks, group[len(group)-1].end, refs[ri+1].start) && !commaThenTitle(toks, group[len(group)-1].end, refs[ri+1].start) &&
			(refs[ri+1].end == len(toks) || !toks[refs[ri+1].end].word || andWord(toks[refs[ri+1].end])) {
			// (a name that a word follows is the next item's title: "with Ana Lima, Intermediate
			// Parsing with Bo Chen", "with Bo Chen, and Logs Without Tears with")
			ri++
			group = append(group, refs[ri])
		}
		if read {
			// the next title starts after the last comma, or the first "and", that follows the
			// speakers before it ("with Bo Chen on Monday, and Fuzzing for Fun with",
			// "by Bo Chen from Initech and Fuzzing for Fun by")
			start := from
			for k := from; k < cue; k++ {
				if toks[k].text() == "," || toks[k].text() == ";" {
					start = k + 1
				}
			}
			if start == from {
				for k := from; k < cue; k++ {
					if andWord(toks[k]) {
						start = k + 1
						break
					}
				}
			}
			for start < cue && andWord(toks[start]) {
				start++
			}
			from = start
		}
		if cue <= from {
			return read
		}
		title := cleanTitle(strings.Trim(s.text[toks[from].start:toks[cue-1].end], " ,;"))
		if title == "" || !plainTitle(title) || len(strings.Fields(title)) > 12 || len(strings.Fields(title)) < 2 || !titleCased(title) || dateIn(title, x.published) != "" {
			return read // "coffee with Ana Lima", "the one with Bo Chen", "Monday with Cara Diaz": no titles
		}
		speakers, _ := x.speakersOf(group)
		if len(speakers) == 0 {
			return read
		}
		var names []string
		for _, p := range speakers {
			names = append(names, p.name)
		}
		if x.addTalk(title, "", "", names, x.contextEvents(s), Evidence{Sentence: s.text, Confidence: 0.75}, s.block) != nil {
			read = true
		}
		from = group[len(group)-1].end
		if from >= len(toks) {
			break
		}
	}
	return read && from >= len(toks)-1
}

// colonListTail are the words that may stand between the plural talk noun and the colon of a
// list of talks: "workshops available:", "talks this year were:".
var colonListTail = set(`available this year were are was tonight today planned lined up scheduled included so far on offer offered given held`)

// commaThenTitle reports a comma between two names that ends one item of a list and starts the
// next: "with Ana Lima, Intermediate Shiny with Bo Chen" has words other than names after it.
func commaThenTitle(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].word && !andWord(toks[i]) {
			return true
		}
	}
	return false
}

// possessiveOn follows a name in a list of whose talk was on what: "'s talk on ", "’s on ",
// "’ on " (after a name that ends in s).
var possessiveOn = regexp.MustCompile(`^['’]s?\s+(?:(?:talk|presentation|session|keynote)\s+)?(?:on|about)\s+`)

// readPossessiveList reads a sentence that lists talks by their speakers' possessives, each
// then "on" and the title, the talk noun said once: "my favourites were Ana Lima's talk on
// Quiet Queues, Bo Chen's on Fuzzing the Parser, and Cy Dunn’s on Rust, the Hard Way". Each
// title runs to the next speaker's name. It reports whether it read a talk.
func (x *extraction) readPossessiveList(s *sentence) bool {
	if !strings.Contains(s.text, "s on ") && !strings.Contains(s.text, "’ on ") && !strings.Contains(s.text, "' on ") {
		return false
	}
	type item struct {
		ref        nameRef
		start, end int // the name's first byte, and the title's
	}
	var items []item
	for _, r := range x.names(s) {
		if r.pron != notPronoun || r.end > len(s.tokens) {
			continue
		}
		after := int(s.tokens[r.end-1].end)
		if m := possessiveOn.FindStringIndex(s.text[after:]); m != nil {
			items = append(items, item{ref: r, start: int(s.tokens[r.start].start), end: after + m[1]})
		}
	}
	if len(items) < 2 || !strings.Contains(s.text[:items[1].start], "talk") && !strings.Contains(s.text[:items[1].start], "presentation") && !strings.Contains(s.text[:items[1].start], "session") {
		return false
	}
	read := false
	for i, it := range items {
		stop := len(s.text)
		if i+1 < len(items) {
			stop = items[i+1].start
		}
		text := strings.TrimSpace(s.text[it.end:stop])
		if i+1 < len(items) {
			text = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(text, " and")), ",")
			text = strings.TrimSuffix(strings.TrimSpace(text), " and")
		}
		if i+1 == len(items) {
			text = possessiveTail.ReplaceAllString(text, "") // "... on Rust which was great fun"
		}
		text = strings.TrimRight(strings.TrimSpace(text), ".;:,")
		speakers, _ := x.speakersOf([]nameRef{it.ref})
		if len(speakers) == 0 || text == "" {
			continue
		}
		title, desc := "", text
		if _, day := weekdays[strings.ToLower(text)]; startsUpper(text) && plainTitle(text) && len(strings.Fields(text)) <= 14 && !day && !dateOnly(text) && !dateWords[strings.ToLower(text)] {
			title, desc = cleanTitle(text), ""
		}
		x.applyClause(s, clause{refs: []nameRef{it.ref}, title: title, description: desc, confidence: 0.7})
		read = true
	}
	return read
}

// possessiveTail is what a sentence goes on with after the last title of a possessive list: a
// relative clause or a verb ("which was great fun", "were both packed").
var possessiveTail = regexp.MustCompile(`(?i)\s+(?:which|that|who|was|were|is|are|both|all)\b.*$`)

// readNamedTalks reads the talks a sentence names by their quoted titles without saying who
// gave them, as an attendee writes of what they heard: "I liked the “Quiet Queues” talk",
// "the day ended with my favourite of its talks, “Quiet Queues”", "I attended “[Quiet
// Queues](…/schedule/talk/12)”". The quotation sits right before or after a talk noun, or
// links to a programme's page of the talk. A title some talk of the post has already is that
// talk.
func (x *extraction) readNamedTalks(s *sentence) {
	x.readLinkedTalkNames(s)
	qs := s.quotes()
	if len(qs) == 0 {
		return
	}
	for _, q := range qs {
		title := cleanTitle(s.text[q[0]:q[1]])
		if n := len(strings.Fields(title)); n < 2 || n > 30 || !startsUpper(title) {
			continue
		}
		link := linkWithin(s, q[0], q[1])
		if !(talkNounAfterQuote(s, q) || introducedTitle(s, q) && !nounBeforeQuote(s, q, notTalkAfterQuote) || programmeTalkPage(link)) {
			continue
		}
		if x.findTalk(nil, title, nil, false) != nil || x.isEventName(title) {
			continue
		}
		t := x.newTalk(&talk{block: int32(s.block), title: title, url: link, ev: Evidence{Sentence: s.text, Confidence: 0.6}})
		for _, e := range x.contextEvents(s) {
			t.addEvent(e, t.ev)
		}
	}
}

// readLinkedTalkNames reads a talk a sentence names by a linked title right before a talk
// noun: "I gave a rendition of my [Quiet Queues](…) presentation", "the [Quiet Queues](…)
// talk". After "my" it is the writer's (the post's author, when known).
func (x *extraction) readLinkedTalkNames(s *sentence) {
	for i, l := range s.links {
		title := cleanTitle(linkText(s, i))
		if n := len(strings.Fields(title)); n < 2 || n > 20 || !startsUpper(title) || x.isEventName(title) || x.isPersonText(title) {
			continue
		}
		k := sort.Search(len(s.tokens), func(k int) bool { return int(s.tokens[k].start) >= l.End })
		if k >= len(s.tokens) || s.tokens[k].link >= 0 || !s.tokens[k].is("talk", "presentation", "keynote", "session", "workshop", "lecture") {
			continue
		}
		if x.findTalk(nil, title, nil, false) != nil {
			continue
		}
		var speakers []*person
		if j := sort.Search(len(s.tokens), func(j int) bool { return int(s.tokens[j].end) > l.Start }) - 1; j >= 0 && s.tokens[j].is("my") {
			speakers, _ = x.speakersOf([]nameRef{{pron: pronounI}})
		}
		t := x.newTalk(&talk{block: int32(s.block), title: title, url: l.Href, speakers: speakers, ev: Evidence{Sentence: s.text, Confidence: 0.6}})
		for _, e := range x.contextEvents(s) {
			t.addEvent(e, t.ev)
		}
	}
}

// talkNounAfterQuote reports a talk noun right after quotation q: "the “Quiet Queues” talk".
func talkNounAfterQuote(s *sentence, q [2]int) bool {
	k := sort.Search(len(s.tokens), func(k int) bool { return int(s.tokens[k].start) >= q[1] })
	for k < len(s.tokens) && !s.tokens[k].word {
		k++
	}
	return k < len(s.tokens) && int(s.tokens[k].start) <= q[1]+4 && talkNouns[s.tokens[k].lower()] && !notTalkAfterQuote[s.tokens[k].lower()]
}

// notTalkAfterQuote are talk nouns that after a quotation name no talk: "the “Hello World”
// case", "the “Start Now” demo" of a product, "the “Roadmap” update".
var notTalkAfterQuote = set(`topic chat tour update review recap outline case study demo demos introduction intro overview`)

// nounBeforeQuote reports a word of nouns right before quotation q (its marks and a comma
// aside): "the case “Hello World”".
func nounBeforeQuote(s *sentence, q [2]int, nouns map[string]bool) bool {
	k := sort.Search(len(s.tokens), func(k int) bool { return int(s.tokens[k].end) > q[0]-1 }) - 1
	for k >= 0 && !s.tokens[k].word {
		k--
	}
	return k >= 0 && nouns[s.tokens[k].lower()]
}

// programmeTalk is the address of a talk's page in a conference's programme:
// "…/schedule/30321/view_talk", "…/program/talks/quiet-queues", "…/sessions/123".
var programmeTalk = regexp.MustCompile(`(?i)(?:view_talk|/talks?/[^/?#]+|/sessions?/[^/?#]+|/schedule/(?:talks?|sessions?|presentations?|events?)/[^/?#]+)`)

// programmeTalkPage reports a link to a talk's page in a conference's programme.
func programmeTalkPage(href string) bool {
	return href != "" && programmeTalk.MatchString(href)
}

// speakersOf turns a clause's name references into people: "I" is the post's author, "he" or
// "she" the last speaker.
func (x *extraction) speakersOf(refs []nameRef) (people []*person, pronoun bool) {
	for _, r := range refs {
		switch r.pron {
		case pronounI:
			if x.author == "" || strings.Contains(x.author, "@") {
				continue
			}
			people = append(people, x.personFor(x.authorName()))
		case pronounHe, pronounShe:
			pronoun = true
			if len(x.lastSpeakers) == 1 {
				people = append(people, x.lastSpeakers[0])
			}
		default:
			if !r.linked && !x.personShaped(r.text) {
				continue
			}
			p := x.personFor(r.text)
			if r.written != "" && r.written != p.name {
				x.alias(p, r.written) // the genitive "Piotra Zielińskiego" is Piotr Zieliński
			}
			people = append(people, p)
		}
	}
	return people, pronoun
}

// personShaped reports whether a name read in running text can be a speaker's: one word that
// is a given name or names someone the post names in full ("Ana"), or a name of two words, or
// of three or more that starts with a given name or an initial. A word for a group of people
// ("Tartuans", "Initechers") and a phrase in title case ("Joining Harbour Conf Today") are no
// speakers.
func (x *extraction) personShaped(name string) bool {
	words := strings.Fields(name)
	switch {
	case len(words) == 1:
		return givennames.Is(name) || x.lookupPerson(name) != nil || x.fullNameFor(name) != ""
	case len(words) == 2:
		return true
	}
	w := withoutInitials(name)
	return len(w) > 0 && (givennames.Is(w[0]) || !strings.HasPrefix(name, w[0])) || x.lookupPerson(name) != nil
}

// authorName is the post's author as a person: a full name the post uses that starts with
// the author's (first) name, else the author as written.
func (x *extraction) authorName() string {
	if p := x.lookupPerson(x.author); p != nil {
		return p.name
	}
	return x.author
}

// applyClause records a statement of a talk: a new talk, or more about one already read.
func (x *extraction) applyClause(s *sentence, c clause) {
	ev := Evidence{Sentence: s.text, Confidence: c.confidence}
	if c.this {
		if t := x.lastTalk; t != nil {
			for _, e := range x.contextEvents(s) {
				t.addEvent(e, ev)
			}
		}
		return
	}
	if c.title == "" && adminOnly(c.description) {
		return // "opened the evening with a short welcome and went over the schedule"
	}
	if c.title == "" {
		// "“Fast Tests” was the title of Ana's talk", "«Tests rapides» s'intitulait la
		// présentation de Ana": a sentence that opens with the quoted title and says it is one
		if qs := quotes(s.text); len(qs) > 0 && strings.TrimLeft(s.text[:qs[0][0]], " \"'“‘«„*_") == "" && titleNaming.MatchString(strings.TrimLeft(s.text[qs[0][1]:], "\"'”’»“*_")) {
			if t := cleanTitle(s.text[qs[0][0]:qs[0][1]]); t != "" && len(strings.Fields(t)) <= 16 {
				c.title, c.description = t, ""
			}
		}
	}
	if c.title == "" && futureWords.MatchString(s.text) && placeOnly.MatchString(c.description) {
		return // "I will talk at FooConf Tartu next month": a talk at another event, to come
	}
	refs := c.refs
	if len(refs) == 1 && (refs[0].pron == pronounHe || refs[0].pron == pronounShe) {
		// "Ana Lima is an engineer at Initech and she gave a talk ...": the pronoun's
		// antecedent is named earlier in the same sentence
		if a, ok := x.antecedent(s, refs[0].start); ok {
			refs = []nameRef{a}
		} else if a, ok := x.previousSentencePerson(s); ok {
			refs = []nameRef{a} // "The other speaker was Bo Chen, the author of X. He spoke about ..."
		}
	}
	speakers, pronoun := x.speakersOf(refs)
	// "I'm giving an overview of ..." in an item of a list of the writer's talks: one an item
	ownPage := len(refs) == 1 && refs[0].pron == pronounI && (x.talkList[s.block] && x.doc.Blocks[s.block].Kind == document.ListItem || x.gaveTalks && !gaveTalks.MatchString(s.text)) &&
		!x.talkInBlock(s.block) && c.description != "" && !whenOnlyPhrase.MatchString(c.description)
	if len(speakers) == 0 && !c.each && !ownPage && (c.title == "" || pronoun || len(refs) == 0 || refs[0].pron != notPronoun && refs[0].pron != pronounI) {
		// (a title whose named speakers are no people, "by Initechers", is still a talk, and
		// so is the writer's titled talk on a page that does not say who wrote it: "I spoke
		// about “Quiet Queues”")
		return
	}
	if c.same {
		x.sameTalkAgain(s, c, speakers, ev)
		return
	}
	if c.title != "" {
		speakers = x.distinctSpeakers(c.refs, speakers, c.title)
	}
	events := x.contextEvents(s)
	if c.each {
		events = x.seriesEvents()
	}
	if len(speakers) > 1 && x.eachHasOwnTalk(speakers, events) {
		return // "the slides shown by Ana, Rui and Marta": talks already read
	}
	if c.named != "" {
		events = []*event{x.eventFor(x.cityAfterName(s, c.named), "", c.named)}
	}
	t := x.findTalk(speakers, c.title, events, pronoun)
	if t == nil && c.title == "" && len(speakers) > 0 && !anotherTalk(s) {
		t = x.talkJustAbove(speakers[0], s.block)
	}
	if t == nil {
		if pronoun && c.title == "" {
			return
		}
		t = x.newTalk(&talk{block: int32(s.block), ev: ev})
	}
	if t.title == "" && c.title != "" {
		x.setTitle(t, c.title)
	}
	if t.description == "" || t.weakDesc && !c.weak && c.description != "" {
		t.description, t.weakDesc = c.description, c.weak
	}
	if t.url == "" {
		t.url = c.url
	}
	if t.url == "" {
		t.url = talkLink(s, c)
	}
	for _, p := range speakers {
		x.addSpeaker(t, p)
	}
	for _, e := range events {
		t.addEvent(e, ev)
	}
	x.lastTalk = t
	x.lastTalkBlock = s.block
	x.lastSpeakers = speakers
}

// adminOnly reports a description of housekeeping rather than a talk: welcoming people,
// sharing the agenda, announcements.
func adminOnly(d string) bool {
	d = strings.ToLower(d)
	for _, w := range []string{"agenda", "welcom", "opening remark", "closing remark", "opening words", "closing words", "housekeeping", "announcement", "introduced the speakers", "thanked",
		"call for talks", "call for papers", "call for speakers", "call for proposals", "recap of the schedule", "fire exit", "sponsors of the", "our sponsors", "the sponsors", "house rules", "code of conduct", "the raffle", "the wifi", "wi-fi", "award", "prize", "certificate"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// titleNaming follows a quoted title that opens a sentence and says the quote is a talk's
// title, in the languages posts are read in.
var titleNaming = regexp.MustCompile(`(?i)^\s*(?:was the (?:title|name) of|is the title of|se tituló|se titulaba|se llamó|s['’]intitulait|s['’]intitule|s['’]appelait|hieß|hiess|lautete|si intitolava|si chiamava|se chamava|chamava-se|foi o título)(?:\s|$)`)

// eachHasOwnTalk reports whether every speaker already gave a talk at the events, and not
// all the same one.
func (x *extraction) eachHasOwnTalk(speakers []*person, events []*event) bool {
	seen := map[*talk]bool{}
	for _, p := range speakers {
		var found *talk
		for _, t := range x.bySpeaker[p] {
			if sameEvents(t, events) {
				found = t
			}
		}
		if found == nil {
			return false
		}
		seen[found] = true
	}
	return len(seen) > 1
}

// distinctSpeakers keeps apart two speakers whose names are a letter apart when each gives a
// talk of their own: a near name that a rule merged into someone who already gave another
// talk becomes a person of its own.
func (x *extraction) distinctSpeakers(refs []nameRef, speakers []*person, title string) []*person {
	words := x.wordsOf(title)
	for i, p := range speakers {
		if i >= len(refs) || refs[i].pron != notPronoun || strings.EqualFold(p.name, refs[i].text) || !strings.Contains(refs[i].text, " ") {
			continue
		}
		if !variantOf(p.name, refs[i].text) {
			continue
		}
		own := false
		for _, t := range x.bySpeaker[p] {
			if t.title != "" && !similarWords(t.words, words) {
				own = true
			}
		}
		if own {
			q := &person{name: refs[i].text, order: len(x.people)}
			x.people = append(x.people, q)
			x.indexPerson(q, q.name)
			p.aliases = slices.DeleteFunc(p.aliases, func(a string) bool { return a == refs[i].text })
			speakers[i] = q
		}
	}
	return speakers
}

// talkLink is a recording or slides link in the clause, if any.
func talkLink(s *sentence, c clause) string {
	for _, l := range s.links {
		if l.Start >= int(s.tokens[c.cue].start) && (isRecording(l.Href) || isSlides(l.Href)) {
			return l.Href
		}
	}
	return ""
}

// seriesEvents are the stops of the post's series (or the sites of its joint event).
func (x *extraction) seriesEvents() []*event {
	return slices.Clip(x.stops)
}

// findTalk finds the talk a statement adds to: one with the same title, or, for a statement
// without a new title, the talk the same speakers gave at the same event.
func (x *extraction) findTalk(speakers []*person, title string, events []*event, pronoun bool) *talk {
	var words []string
	if title != "" {
		if t := x.byTitle[titleKey(title)]; t != nil {
			return t
		}
		// the same speaker's talk under a slightly different title ("A jclouds High Level
		// Overview" and "jclouds High Level Overview")
		words = x.wordsOf(title)
		for _, p := range speakers {
			if t := x.titleIndexOf(p).firstSimilar(x.bySpeaker[p], words); t != nil {
				return t
			}
		}
	}
	if len(speakers) == 0 {
		return nil
	}
	var matches []*talk
	for _, t := range x.bySpeaker[speakers[0]] {
		if title != "" && t.title != "" {
			continue // no titled talk of the speaker is similar (see above): another talk
		}
		if sameEvents(t, events) {
			matches = append(matches, t)
		}
	}
	if len(matches) == 1 {
		return matches[0]
	}
	if pronoun && x.lastTalk != nil && x.lastTalk.hasSpeaker(speakers[0]) {
		return x.lastTalk
	}
	return nil
}

// slotLengthEnd is a slot's length written after a title: "(~25 minutes)", "[5 min]", "(1h)".
var slotLengthEnd = guard(regexp.MustCompile(`(?i)\s*[(\[]\s*~?\s*\d{1,3}\s*(?:[-+]\s*\d{1,3}\s*)?(?:m|min|mins|minutes|h|hr|hrs|hours?|')\.?\s*[)\]]\s*$`),
	")", "]")

// talkJustAbove returns the speaker's talk listed in the blocks right above block bi, with no
// heading between: the paragraph under "**2. Ana Lima: Fast Builds**" that says "Ana will
// show how ..." describes that talk, even when Ana gives others elsewhere in the post.
func (x *extraction) talkJustAbove(p *person, bi int) *talk {
	var best *talk
	for _, t := range x.bySpeaker[p] {
		tb := int(t.block)
		if tb < 0 || tb >= bi || bi-tb > 3 || best != nil && best.block >= t.block || x.doc.Blocks[tb].Kind == document.ListItem {
			continue // an item of a list of talks is described in the list, not below it
		}
		heading := false
		for k := tb + 1; k <= bi && k < len(x.doc.Blocks); k++ {
			if x.doc.Blocks[k].Kind == document.Heading {
				heading = true
				break
			}
		}
		if !heading {
			best = t
		}
	}
	return best
}

// anotherTalk reports a sentence that speaks of a further talk: "also", "another", "too".
func anotherTalk(s *sentence) bool {
	for _, t := range s.tokens {
		if t.is("also", "another", "too", "other", "second", "again") {
			return true
		}
	}
	return false
}

// newTalk records a new talk.
func (x *extraction) newTalk(t *talk) *talk {
	x.talks = append(x.talks, t)
	if x.talkBlocks == nil {
		x.talkBlocks = map[int32]bool{}
	}
	x.talkBlocks[t.block] = true
	if t.title != "" {
		x.setTitle(t, t.title)
	}
	for _, p := range t.speakers {
		x.bySpeaker[p] = append(x.bySpeaker[p], t)
	}
	return t
}

// setTitle gives a talk its title.
func (x *extraction) setTitle(t *talk, title string) {
	for strings.HasPrefix(title, "| ") {
		title = strings.TrimLeft(title[2:], " ") // "| Title": a table row's empty first cell
	}
	if h := len(title) - len(strings.TrimLeft(title, "#")); h >= 2 && h <= 6 && h < len(title) {
		title = strings.TrimSpace(title[h:]) // "######RobotQueues": a heading written with no space after its marks
	}
	if d := slotLengthEnd.FindStringIndex(title); d != nil && d[0] > 0 {
		title = strings.TrimSpace(title[:d[0]]) // "Packaging with Poetry (~30 minutes)": the slot's length
	}
	t.title = title
	t.words = x.wordsOf(title)
	t.retitled()
	if key := titleKey(title); x.byTitle[key] == nil {
		x.byTitle[key] = t
	}
}

// addSpeaker adds a speaker to a talk.
func (x *extraction) addSpeaker(t *talk, p *person) {
	if t.hasSpeaker(p) {
		return
	}
	t.addSpeaker(p)
	x.bySpeaker[p] = append(x.bySpeaker[p], t)
}

// sameEvents reports whether a talk was given at one of the events (or neither has any).
func sameEvents(t *talk, events []*event) bool {
	if len(events) == 0 {
		return len(t.events) == 0
	}
	for _, e := range events {
		if t.hasEvent(e) {
			return true
		}
	}
	return false
}

func titleKey(s string) string { return strings.Join(strings.Fields(orgKey(s)), " ") }

// similarTitles reports whether two titles name one talk: the same words, give or take
// articles, or one containing the other ("A jclouds High Level Overview" and "jclouds High
// Level Overview").
func (x *extraction) similarTitles(a, b string) bool {
	return similarWords(x.wordsOf(a), x.wordsOf(b))
}

// similarWords is similarTitles on the titles' sorted word lists.
func similarWords(wa, wb []string) bool {
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	// the word lists are sorted: count the common words by merging them
	common := 0
	for i, j := 0, 0; i < len(wa) && j < len(wb); {
		switch {
		case wa[i] == wb[j]:
			common++
			i++
			j++
		case wa[i] < wb[j]:
			i++
		default:
			j++
		}
	}
	union := len(wa) + len(wb) - common
	return common == min(len(wa), len(wb)) && common >= 2 || float64(common) >= 0.8*float64(union)
}

// wordsOf returns a title's distinct words without articles, sorted. The words of the last
// few titles asked for are kept: a rule asks for a title's words to look for its talk and then
// to give the talk its title. A map of every title's words cost an agenda of thousands of talks
// more than a tenth of what extraction kept, for words the talks keep anyway.
func (x *extraction) wordsOf(title string) []string {
	for _, c := range x.titleWords {
		if c.words != nil && c.title == title {
			return c.words
		}
	}
	set := titleWordSet(title)
	w := make([]string, 0, len(set))
	for word := range set {
		w = append(w, word)
	}
	slices.Sort(w)
	x.titleWords[x.titleWordsNext] = wordsOfTitle{title: title, words: w}
	x.titleWordsNext = (x.titleWordsNext + 1) % len(x.titleWords)
	return w
}

// wordsOfTitle is a title and its words, as wordsOf returns them.
type wordsOfTitle struct {
	title string
	words []string
}

func titleWordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(orgKey(s)) {
		if w != "a" && w != "an" && w != "the" {
			out[w] = true
		}
	}
	return out
}

// sameTalkAgain handles "X gave the same talk as in Porto": X's earlier talk (or the
// talk given in that city, whose speaker X is then another spelling of) was given here too.
func (x *extraction) sameTalkAgain(s *sentence, c clause, speakers []*person, ev Evidence) {
	var target *talk
	from := len(x.talks) - 1
	if !x.anyTalkOf(speakers, c.sameCity) {
		// each talk of a speaker is in their list (bySpeaker): when none is in the city asked
		// about, the post's talks are not read back whole, which for a post of many talks
		// would cost the square of their number
		from = -1
	}
	for i := from; i >= 0 && target == nil; i-- {
		t := x.talks[i]
		if c.sameCity != nil && !talkInCity(t, c.sameCity) {
			continue
		}
		for _, p := range speakers {
			if t.hasSpeaker(p) {
				target = t
			}
		}
	}
	if target == nil && c.sameCity != nil {
		// the speaker's name is spelled differently: the talk given there by someone of the
		// same first name
		for _, t := range x.talks {
			if !talkInCity(t, c.sameCity) {
				continue
			}
			for _, q := range t.speakers {
				for _, p := range speakers {
					if q != p && strings.EqualFold(firstWord(q.name), firstWord(p.name)) && variantOf(q.name, p.name) {
						x.mergePeople(q, p)
						target = t
					}
				}
			}
		}
	}
	if target == nil {
		return
	}
	for _, e := range x.contextEvents(s) {
		target.addEvent(e, ev)
	}
	x.lastTalk = target
}

// anyTalkOf reports whether one of speakers has a talk, given in city c unless c is nil.
func (x *extraction) anyTalkOf(speakers []*person, c *cityRef) bool {
	for _, p := range speakers {
		for _, t := range x.bySpeaker[p] {
			if c == nil || talkInCity(t, c) {
				return true
			}
		}
	}
	return false
}

func talkInCity(t *talk, c *cityRef) bool {
	for _, te := range t.events {
		if e := te.e; e.city != nil && e.city.city.ID == c.city.ID {
			return true
		}
	}
	return false
}

// mergePeople folds person b into a: b's names become aliases of a, and b's talks a's.
func (x *extraction) mergePeople(a, b *person) {
	if a == b {
		return
	}
	x.alias(a, b.name)
	for _, al := range b.aliases {
		x.alias(a, al)
	}
	for _, t := range x.bySpeaker[b] {
		if !slices.Contains(x.bySpeaker[a], t) {
			x.bySpeaker[a] = append(x.bySpeaker[a], t)
		}
	}
	delete(x.bySpeaker, b)
	delete(x.titleIdx, b)
	for key, ps := range x.byFirst {
		x.byFirst[key] = slices.DeleteFunc(ps, func(p *person) bool { return p == b })
	}
	for _, c := range b.companies {
		a.addCompany(c.company, c.ev)
	}
	for _, t := range x.talks {
		for i, p := range t.speakers {
			if p == b {
				t.speakers[i] = a
			}
		}
	}
	a.speaker = a.speaker || b.speaker
	for i, p := range x.people {
		if p == b {
			x.people = append(x.people[:i], x.people[i+1:]...)
			break
		}
	}
	for i, p := range x.lastSpeakers {
		if p == b {
			x.lastSpeakers[i] = a
		}
	}
}

// cityAfterName reads the city written right after an event's name in a sentence: "at
// ContainerDays 2025 in Hamburg", "at GopherCon (Denver)". It returns nil when there is none.
func (x *extraction) cityAfterName(s *sentence, name string) *cityRef {
	at := strings.Index(s.text, name)
	if at < 0 {
		return nil
	}
	if c := cityInEventName(name); c != nil {
		return c
	}
	end := at + len(name)
	for k, t := range s.tokens {
		if int(t.start) < end {
			continue
		}
		if t.is("in") || t.text() == "(" || t.text() == "," {
			if c, ok := x.cityAt(s, k+1); ok {
				return &c
			}
		}
		return nil
	}
	return nil
}

// cityInEventName reads the city an event's name holds ("Tartu Go Meetup", "AWS Tartu User
// Group", "FooConf Amsterdam 2019"): a city that opens the name and is no common word, or a
// large city written as its own name anywhere in it. Other towns inside a name are as likely
// words of it ("Agile Harmony Conference").
func cityInEventName(name string) *cityRef {
	toks := tokenize(name, nil, nil)
	placed := 0 // the tokens before this one are part of a place already looked at
	for i := range toks {
		for n := min(3, len(toks)-i); n >= 1 && i >= placed; n-- {
			if !allWords(toks[i:i+n]) || !nameCase(toks[i:i+n]) || !toks[i].cap {
				continue
			}
			written := name[toks[i].start:toks[i+n-1].end]
			c, ok := gazetteer.Lookup(written)
			if ok && n > 1 {
				placed = i + n // "York" of "New York" is no place of its own
			}
			if ok && i == 0 && n == 1 && gazetteer.Common(written) && givenNameGroupCity(written, c, toks[1:]) {
				return &cityRef{written: written, city: c} // "Austin .NET User Group", "Charlotte JUG"
			}
			if !ok || gazetteer.Common(written) || n == 1 && (acronym(written) && !gazetteerAbbreviation(written) || calendarWords[strings.ToLower(written)]) {
				continue
			}
			// (a metropolis is written by other peoples' names too: "Kiev", "Cologne")
			big := c.Population >= headingCityPopulation && (namesLargeCity(written, c) || strings.EqualFold(c.Name, written+" City"))
			if i == 0 && !gazetteer.Partial(written, c) || big {
				return &cityRef{written: written, city: c}
			}
		}
	}
	return nil
}

// givenNameGroupCity reports a city named like a person ("Austin", "Charlotte") that opens a
// user group's name, right before a technology, a group word or an event word: a person's name does not
// open a group's name, so there it is the city. A large city only, its own name.
func givenNameGroupCity(written string, c gazetteer.City, rest []token) bool {
	if len(rest) == 0 || !givennames.Is(written) || c.Population < headingCityPopulation || !gazetteer.OwnName(written, c) {
		return false
	}
	next := rest[0].text()
	if next == "." && len(rest) > 1 {
		next = "." + rest[1].text() // ".NET"
	}
	return isTech(next) || isTech(strings.TrimPrefix(next, ".")) || userGroupWords[next] || lookupLower(groupWords, next) || lookupLower(eventWords, next)
}

// gaveTalks is how a post says its writer gave several talks: "I gave five talks on local
// meetups", "I presented three sessions this month".
var gaveTalks = guard(regexp.MustCompile(`(?i)\bI\s+(?:gave|presented|delivered|did|held)\s+(?:\w+\s+){0,2}(?:talks|presentations|sessions|lectures)\b`),
	"talks", "presentations", "sessions", "lectures")

// writerGaveTalks reports a post whose writer says, in its first paragraphs, that they gave
// several talks: its sentences in the first person about what they spoke on are those talks,
// one a paragraph, though the post does not name its writer.
func (x *extraction) writerGaveTalks() bool {
	seen := 0
	for _, b := range x.doc.Blocks {
		if b.Kind != document.Paragraph {
			continue
		}
		if seen++; seen > occasionBlocks {
			break
		}
		if gaveTalks.MatchString(b.Text) {
			return true
		}
	}
	return false
}

// talkInBlock reports a talk read from block bi already.
func (x *extraction) talkInBlock(bi int) bool {
	return x.talkBlocks[int32(bi)]
}

// whenOnlyPhrase is a description that only says when: "this month", "next week", "in 2031".
var whenOnlyPhrase = regexp.MustCompile(`(?i)^(?:(?:at|in|on|during|for)\s+)?(?:(?:this|next|last|the following)\s+(?:month|week|year|spring|summer|fall|autumn|winter)|today|tonight|tomorrow|(?:19|20)\d{2})\b`)

// placeOnly is a description that only says where: "at FooConf Tartu next month", "in Porto".
var placeOnly = regexp.MustCompile(`^(?:at|in)\s+\p{Lu}`)

// previousSentencePerson is the one person the sentence before s (in the same block) names in
// full, which a pronoun opening s refers to when s itself names no one before it.
func (x *extraction) previousSentencePerson(s *sentence) (nameRef, bool) {
	if s.index <= 0 || s.block >= len(x.blockSents) || int(s.index) > len(x.block(s.block)) {
		return nameRef{}, false
	}
	prev := x.block(s.block)[s.index-1]
	if adminOnly(prev.text) {
		// "The last item was a closing remark by Bo Chen. He thanked ...": what the pronoun
		// did is that housekeeping, no talk
		return nameRef{}, false
	}
	var found []nameRef
	for _, r := range x.names(prev) {
		if r.pron == notPronoun && !r.single && x.looksLikeName(r.text) && (len(found) == 0 || found[0].text != r.text) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		return nameRef{}, false
	}
	return found[0], true
}

// antecedent is the one person a sentence names in full before token i, which a pronoun at i
// refers to.
func (x *extraction) antecedent(s *sentence, i int) (nameRef, bool) {
	var found []nameRef
	for _, r := range x.names(s) {
		if r.start >= i {
			break
		}
		if r.pron == notPronoun && !r.single && x.looksLikeName(r.text) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		return nameRef{}, false
	}
	return found[0], true
}

// materialLabel opens a link's text that names the kind of material it leads to before the
// talk's title: `Slides "Quiet Queues"`, "Video: Quiet Queues", "Recording of Quiet Queues".
var materialLabel = regexp.MustCompile(`(?i)^(?:the\s+)?(?:slides?|slide\s+deck|deck|video|recording|talk|watch|screencast|replay)(?:\s*[:\-–—]\s*|\s+(?:of|for|from)\s+|\s+(?:["“‘'«]))`)

// materialNote ends a link's text with the kind of material: "Quiet Queues (slides)",
// "Quiet Queues [video]", "Quiet Queues - slides".
var materialNote = regexp.MustCompile(`(?i)\s*(?:[(\[]\s*(?:slides?|video|recording|deck|pdf)\s*[)\]]|[-–—|]\s*(?:slides?|video|recording|deck))\s*$`)

// linkTitle reads a link's text as a talk's title: the text without a label or a note that
// names the material ("Slides: Title", `Video "Title"`, "Title (slides)"), and whether such a
// label was there. The title is empty when the text is not title-like: lower case, a person's
// name, a date, or a word of material alone ("slides", "the video").
func linkTitle(text string) (title string, labelled bool) {
	text = clean(text)
	if m := materialLabel.FindString(text); m != "" && len(m) < len(text) {
		cut := len(m)
		if r, size := utf8.DecodeLastRuneInString(m); strings.ContainsRune(`"“‘'«`, r) {
			cut -= size // the quote around the title stays for cleanTitle to take off
		}
		text, labelled = strings.TrimSpace(text[cut:]), true
	}
	if m := materialNote.FindStringIndex(text); m != nil && m[0] > 0 {
		text, labelled = text[:m[0]], true
	}
	title = cleanTitle(text)
	if title == "" || !startsUpper(title) || !plainTitle(title) || personName(title) || dateOnly(title) || labelWord(title) || bareAddress(strings.ToLower(title)) {
		return "", false
	}
	return title, labelled
}

// linkTitleBefore returns the index of the link whose text ends right before token i and reads
// as a talk's title (linkTitle): "[Quiet Queues](slides) by", "[Quiet Queues][1], a talk by",
// or -1. The link must end before i: "[Title by Name](video)" is linkedTitleBy's.
func (x *extraction) linkTitleBefore(s *sentence, i int) int {
	if i == 0 || s.tokens[i].link >= 0 {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.tokens[k]
		if t.link >= 0 {
			l := s.links[t.link]
			title, _ := linkTitle(s.text[l.Start:l.End])
			if title == "" || x.isEventName(title) || len(strings.Fields(title)) < 2 && !strings.ContainsAny(title, "/+.#-:") {
				return -1 // "[Northwind Gophers](...) by", "[Queues](...) by": no title of a talk
			}
			return int(t.link)
		}
		if !(t.text() == "," || t.text() == "’" || t.text() == "”" || t.text() == "\"" || t.text() == "'" || titleWords[t.lower()] || talkNouns[t.lower()] || passiveTalkVerbs[t.lower()]) {
			return -1 // "[Title](...), presented by", "[Title](...), a talk by"
		}
	}
	return -1
}

// markedTitleAt returns the title marked at token k: a quote that opens there, a link whose
// text reads as a title (linkTitle), or bold or italic text in title case.
func (x *extraction) markedTitleAt(s *sentence, k int) (string, string) {
	t := s.tokens[k]
	for _, q := range s.quotes() {
		if opensAt(t, q) && q[1]-q[0] > 2 {
			return cleanTitle(s.text[q[0]:q[1]]), linkWithin(s, q[0], q[1])
		}
	}
	if t.link >= 0 && (k == 0 || s.tokens[k-1].link != t.link) && !isNameLink(s, t) {
		l := s.links[t.link]
		if title, _ := linkTitle(s.text[l.Start:l.End]); title != "" && !x.isEventName(title) && len(strings.Fields(title)) >= 2 {
			return title, l.Href
		}
	}
	if (t.strong || t.em) && t.cap && !isNameLink(s, t) {
		if title := emphasisAt(s, k); title != "" && len(strings.Fields(title)) >= 2 && !personName(title) {
			return title, ""
		}
	}
	return "", ""
}

// speakerTurn reports a sentence that gives someone a turn to speak, for "Name with Title" at
// token i: a word for a speaker or a turn before the name ("our first speaker was", "next
// up", "then came").
func speakerTurn(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if s.tokens[k].is("speaker", "speakers", "up", "came", "followed", "turn", "stage", "opened", "kicked") {
			return true
		}
	}
	return false
}

// sequenceCue reports a sentence that goes from one talk to the next before token i: "Next up
// was", "Then came", "followed by".
func sequenceCue(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if s.tokens[k].is("next", "came", "followed", "up", "speaker", "speakers") {
			return true
		}
	}
	return false
}

// linkTitleAfter returns the title and address of a link that a speak or give verb at cue
// takes as its object ("presented [Quiet Queues](...)", "shared her [Slides: Quiet
// Queues](...)"), within the few words titleWords allows after it: a link labelled as a
// talk's material, one to slides or a recording, or any title-like link after "presented".
// A link to a project's or a topic's page ("talked about [Kubernetes](...)") titles nothing.
func (x *extraction) linkTitleAfter(s *sentence, cue, after int) (string, string) {
	for k := after; k < len(s.tokens) && k <= after+4; k++ {
		t := s.tokens[k]
		if t.link >= 0 {
			l := s.links[t.link]
			title, labelled := linkTitle(s.text[l.Start:l.End])
			if title == "" || x.isEventName(title) || !labelled && !talkMaterial(l.Href) && !s.tokens[cue].is("presented", "presents", "present", "presenting") {
				return "", ""
			}
			return title, l.Href
		}
		if !titleWords[t.lower()] || t.is("about", "on") {
			return "", ""
		}
	}
	return "", ""
}

// materialLinkBefore reports a linked title before "from" at token i that is a talk's: its
// text says it is a talk's material ("[Video: Quiet Queues](...) from Ana Lima"), or the
// sentence speaks of talks or of the next one ("Next up was [Quiet Queues](...) from Ana
// Lima"). "from" after other links names where something comes from, and a slide host's
// caption ("[Deck Title](slides) from Ana Lima") titles the deck, which may differ from the
// talk the post names.
func (x *extraction) materialLinkBefore(s *sentence, i int) bool {
	li := x.linkTitleBefore(s, i)
	if li < 0 {
		return false
	}
	l := s.links[li]
	_, labelled := linkTitle(s.text[l.Start:l.End])
	return labelled || !isSlides(l.Href) && (hasTalkCue(s) || sequenceCue(s, i))
}

// linkTitleAfterOK reports whether the verb at token i takes a linked title as its object
// (linkTitleAfter).
func (x *extraction) linkTitleAfterOK(s *sentence, i int) bool {
	title, _ := x.linkTitleAfter(s, i, i+1)
	return title != ""
}

// foreignPassive reports a verb of another language followed by its word for "by":
// "präsentiert von", "présenté par", "presentado por": what stands before it was presented,
// not the presenter.
func foreignPassive(toks []token, i int) bool {
	return foreignVerb(toks[i]) && i+1 < len(toks) && speakerByWord(toks[i+1]) && !foreignAboutWords[toks[i+1].lower()] // "parlé de": of what
}

// englishWords are words of talkLanguages that English writes too: "a", "had".
var englishWords = set(`a had have va`)

// foreignVerb reports a verb of talkLanguages: one of speaking or of giving a talk.
func foreignVerb(t token) bool {
	return foreignSpeakVerbs[t.lower()] || foreignGiveVerbs[t.lower()]
}

// subjectAfter finds the speakers of a verb of another language that stand right after it,
// as languages that put the verb second write ("Danach spricht Ana Lima über ...", "Daarna
// gaf Bo Chen een lezing"), and the token after them and their company, where the talk's
// title or subject starts. An English verb's object is no speaker ("presented Ana Lima
// with an award").
func (x *extraction) subjectAfter(s *sentence, refs []nameRef, cue int, paren []bool) ([]nameRef, int) {
	if !foreignVerb(s.tokens[cue]) || cue == 0 {
		return nil, cue + 1
	}
	first := cue + 1
	for first < len(s.tokens) && foreignAux[s.tokens[first].lower()] && !englishWords[s.tokens[first].lower()] {
		first++ // "zeigte uns Ana Lima"
	}
	group := x.namesAfter(s, refs, first)
	if len(group) == 0 || group[0].start != first || group[0].pron != notPronoun {
		return nil, cue + 1
	}
	return group, x.pastCompany(s, group[len(group)-1].end, paren)
}

// pastCompany returns where a talk's title or subject starts after its speakers, which end at
// token k: past their company ("(Initech)", "von Initech", "de Initech") and the word that
// introduces the subject ("über", "sobre", "nous").
func (x *extraction) pastCompany(s *sentence, k int, paren []bool) int {
	for k < len(s.tokens) && paren[k] {
		k++ // "(Initech)"
	}
	if k < len(s.tokens) && fromWord(s.tokens[k]) {
		if o, ok := x.orgAt(s, k+1); ok && o.end > k+1 && (o.end == len(s.tokens) || !s.tokens[o.end].word || aboutWord(s.tokens[o.end]) || !fromWord(s.tokens[k]) || !aboutWord(s.tokens[k])) {
			k = o.end // "von Initech"; "de Initech sur ...", where "de" could also say what about
		}
	}
	for k < len(s.tokens) && (aboutWord(s.tokens[k]) || foreignAux[s.tokens[k].lower()] && !englishWords[s.tokens[k].lower()]) {
		k++ // "über", "nous"
	}
	return k
}

// describeBetween takes a talk's subject from before a verb that ends its clause, as German
// and Dutch put it: "Ana Lima hat über Warteschlangen gesprochen" gives "Warteschlangen", the
// words after the word for "about" between the speaker (ending at token from) and the verb
// at token to.
func describeBetween(s *sentence, from, to int, paren []bool) string {
	for k := from; k < to; k++ {
		if paren[k] || !foreignAboutWords[s.tokens[k].lower()] {
			continue
		}
		if k+1 < to {
			return clean(s.text[s.tokens[k+1].start:s.tokens[to-1].end])
		}
	}
	return ""
}

// writtenNouns name a piece that is written as often as it is given: "a recap", "a review".
var writtenNouns = set(`recap recaps review reviews summary overview write-up writeup roundup round-up`)

// workNouns name works that are not talks, whose titles come with their authors: "the book
// “Title” by Ana Lima", "her paper “Title”".
var workNouns = set(`book books novel article articles paper papers essay film movie documentary song album
podcast poem blogpost`)

// readingWords say a sentence is about something written: "read", "blog", "article".
var readingWords = set(`read reading blog blogpost article articles wrote written newsletter post posts
medium substack`)

// writtenPiece reports "by" at token i after a noun of writtenNouns in a sentence about
// reading or writing: "Read the full recap by Ana Lima on her blog" names a piece she wrote,
// not a talk she gave.
func writtenPiece(s *sentence, i int) bool {
	if !s.tokens[i].is("by", "from") {
		return false
	}
	if qi := quoteBefore(s, i); qi >= 0 {
		// "he suggested the book “On Writing” by Ana Lima": a work of another kind, titled
		q := s.quotes()[qi]
		k := sort.Search(len(s.tokens), func(k int) bool { return int(s.tokens[k].end) > q[0] }) - 1
		for k >= 0 && !s.tokens[k].word {
			k--
		}
		if k >= 0 && workNouns[s.tokens[k].lower()] {
			return true
		}
	}
	noun := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if writtenNouns[s.tokens[k].lower()] {
			noun = true
			break
		}
	}
	if !noun {
		return false
	}
	for _, t := range s.tokens {
		if readingWords[t.lower()] {
			return true
		}
	}
	return false
}

// sectionEventName returns the name of the event that the heading of a sentence's section
// names (headingNamesEvent), for an event the sentence places in city c ("## Queueconf" over
// "Queueconf is a conference in Tartu"), or "" when the heading names none, or the post
// already holds an event in that city (which the sentence is about).
func (x *extraction) sectionEventName(s *sentence, c cityRef) string {
	if s.section < 0 || int(s.section) >= len(x.doc.Blocks) {
		return ""
	}
	h := x.doc.Blocks[s.section]
	if h.Kind != document.Heading || !x.headingNamesEvent(h.Text) {
		return ""
	}
	if x.cityHasEvent(c) || !namesHeadingEvent(s.text, headingName(h.Text)) {
		return "" // ("I flew to Lyon to see my parents" under "## Harbour Week": another trip)
	}
	return headingName(h.Text)
}

// namesHeadingEvent reports whether text names the event a heading names: its name, or the
// name's first word ("Queueconf" of "Queueconf: Midsummer").
func namesHeadingEvent(text, name string) bool {
	lower := strings.ToLower(text)
	if strings.Contains(lower, strings.ToLower(name)) {
		return true
	}
	first := strings.ToLower(strings.Trim(firstWord(name), ":,"))
	return len(first) >= 4 && strings.Contains(lower, first)
}

// cityHasEvent reports whether the post holds an event in city c.
func (x *extraction) cityHasEvent(c cityRef) bool {
	for _, e := range x.events {
		if e.city != nil && e.city.city.ID == c.city.ID {
			return true
		}
	}
	return false
}

// headingName is a heading's text as an event's name: without a closing colon.
func headingName(text string) string {
	text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	if diaryHeading(text) {
		// "Stop 1: Queueconf", "Day 3 – Porto Go Days": the part of the diary, then the event
		for _, sep := range []string{": ", " – ", " — ", " - "} {
			if _, name, ok := strings.Cut(text, sep); ok && strings.TrimSpace(name) != "" {
				text = strings.TrimSpace(name)
				break
			}
		}
	}
	if i := strings.LastIndexAny(text, ",("); i > 0 {
		if tail := strings.Trim(text[i+1:], " )"); tail != "" && (dateOnly(tail) || monthYear.MatchString(tail) || calendarWord(strings.ToLower(tail))) {
			text = strings.TrimSpace(text[:i]) // "Queueconf, May 3": the date is no part of the name
		}
	}
	return text
}

// headingNamesEvent reports a heading that names an event: it reads as a name, holds an event
// word or a name glued to one ("Porto Go Days", "Queueconf", "dotGo Summit"), and a proper
// name besides its event words and numbers ("Day 2", "The Workshop", "First Meetup" name
// none). The post's own title, repeated as a heading, and headings of details ("Venue:",
// "Details") name none.
func (x *extraction) headingNamesEvent(text string) bool {
	if !mayNameEvent(text) {
		return false // (most headings: asked first, at no allocation)
	}
	text = headingName(text)
	if !eventNameLike(text) || detailHeading.MatchString(text) || factsHeading(text) || strings.EqualFold(text, strings.TrimSpace(x.doc.Meta.Title)) {
		return false
	}
	named, proper := false, false
	words := strings.Fields(text)
	last := len(words) - 1
	for last > 0 && (isDigits(strings.Trim(words[last], ",:()")) || calendarWord(strings.ToLower(strings.Trim(words[last], ",:()")))) {
		last-- // "Tartu Rust Meetup 2031", "Globex Summit March"
	}
	for i, w := range words {
		w = strings.Trim(w, `,:()[]"'“”‘’«»!`)
		lower := strings.ToLower(w)
		switch {
		case w == "":
		case gluedEventName(w):
			named, proper = true, true
		case headingEventWords[lower] && i == last:
			named = true // a name ends with its kind ("Porto Go Days"); "Handling Domain Events" is a title
		case startsUpper(w) && !leadDeterminers[lower] && !smallTitleWords[lower] && !isOrdinalWord(lower) && !calendarWord(lower) && !eventWords[lower] || brandEventWord(w):
			proper = true // (a brand written from a small letter: "dotGo")
		}
	}
	return named && proper
}

// mayNameEvent reports whether some word of text ends, in any case, with an event suffix
// (gluedEventName) or an event word stands among its last two words: a heading that does
// neither names no event (headingNamesEvent).
func mayNameEvent(text string) bool {
	n := 0
	for end := len(text); end > 0; {
		for end > 0 && !wordByte(text[end-1]) {
			end--
		}
		start := end
		for start > 0 && wordByte(text[start-1]) {
			start--
		}
		if start == end {
			break
		}
		w := text[start:end]
		for _, suf := range eventSuffixes {
			if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
				return true
			}
		}
		if n < 2 {
			var buf [24]byte
			if len(w) <= len(buf) {
				for i := 0; i < len(w); i++ {
					c := w[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[i] = c
				}
				if eventWords[string(buf[:len(w)])] || headingEventWords[string(buf[:len(w)])] {
					return true
				}
			}
		}
		n++
		end = start
	}
	return false
}

// wordByte reports a byte that may be part of a word (isWordByte), or a hyphen.
func wordByte(c byte) bool {
	return isWordByte(c) || c == '-'
}

// headingEventWords end a heading that names an event: the kinds of event a name ends with
// ("Porto Go Days", "Globex Summit"), not words that also end titles and parts of a day
// ("Running Better Meetings", "Handling Domain Events", "Rest Day", "After Party").
var headingEventWords = set(`conference conferences summit meetup meet-up days week festival fest con conf camp
hackathon symposium convention unconference konferenz tagung kongress conférence conferencia congreso
jornadas conferenza congresso conferência konferencja conferentie`)

// eventHeadingCount is how many of the post's headings name an event (headingNamesEvent),
// counted on first use: a post with two or more is a diary of events, a section each.
func (x *extraction) eventHeadingCount() int {
	if x.eventHeadings < 0 {
		x.eventHeadings = 0
		for _, b := range x.doc.Blocks {
			if b.Kind == document.Heading && x.headingNamesEvent(b.Text) {
				x.eventHeadings++
			}
		}
	}
	return x.eventHeadings
}

// calendarWord reports the name of a month or a day of the week.
func calendarWord(w string) bool {
	_, month := months[w]
	_, day := weekdays[w]
	return month || day
}

// isOrdinalWord reports an ordinal written as a word or with its suffix: "first", "second",
// "3rd".
func isOrdinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "next":
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// namesLargeCity reports whether written names city c as a large city's name in an event's
// name does: c's own name, an abbreviation the gazetteer gives, or another people's name of
// a metropolis ("Kiev") that is no given name ("Leon").
func namesLargeCity(written string, c gazetteer.City) bool {
	return gazetteer.OwnName(written, c) || gazetteerAbbreviation(written) || c.Population >= exonymCityPopulation && !givennames.Is(written)
}

// exonymCityPopulation is how many people a city must have for another people's name of it
// ("Kiev", "Cologne") to place an event named after it as its own name would.
const exonymCityPopulation = 1000000
