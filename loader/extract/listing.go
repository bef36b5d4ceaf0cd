package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// listing is what one talk-listing line states: an agenda slot, an archive entry, a list item
// or a table row that names a talk and its speakers. The grammar it is read with:
//
//	LINE     = [TIME] [LABEL] (TITLE SEP SPEAKERS | SPEAKERS SEP TITLE)
//	TIME     = "18:30" | "6:45-7:30pm" | "7pm" | "(18:30 - 19:00)"
//	LABEL    = "Slot #2:" | "Talk 1 -" | "Keynote:" | "Lightning talk:" | "Panel:" | "Topic:"
//	TITLE    = a quoted, bold, italic or linked phrase, or plain words
//	SEP      = "by" | "-" | "–" | "—" | ":" | "|" | ","
//	SPEAKERS = SPEAKER ((","|"&"|"and"|"+"|"/") SPEAKER)* [COMPANY]
//	SPEAKER  = [Org's] NAME [COMPANY]
//	COMPANY  = "(Company)" | ", Company" | ", Role, Company" | ", Role at Company" |
//	           "from Company" | "of Company" | "at Company" | "@ Company"
//
// A company written once after several names belongs to each of them that has none of its own.
type listing struct {
	title    string
	marked   bool // the title was quoted, emphasized or linked
	prefixed bool // a time or slot label opened the line
	kind     string
	speakers []listedSpeaker
	at       string // where the line says the talk was given: "[Title](…) at FooConf (Porto) by Ana Lima"
}

// listedSpeaker is one speaker of a listing with the company the line gives them.
type listedSpeaker struct {
	name    string
	company string
	handle  bool // written as a handle ("@alima"), with no name
}

var (
	// listTime is a time or time range that opens a listing line: "18:30", "6:45-7:30pm", "7pm",
	// "19h00", "(18:00 - 18:45)", "18:30 Uhr". A bare number is not a time.
	listTime = regexp.MustCompile(`(?i)^\(?\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:-|–|—|to|until|bis)\s*(?:\d{1,2}[:.h]\d{2}|\d{1,2})\s*(?:[ap]\.?m\.?)?)?(?:\s*Uhr\b)?\s*\)?(?:\s*(?:-|–|—|:|\||·|•)\s*|\s+)`)
	// slotLength is the length of a slot written after its time: "(40m)", "(45 min)", "(1h)",
	// "[30']".
	slotLength = regexp.MustCompile(`(?i)^[(\[]\s*\d{1,3}\s*(?:m|min|mins|minutes|h|hr|hrs|hours?|')\s*[)\]]\s*(?:[-–—:|]\s*)?`)
	// listLabel is a slot or kind label before a title: "Slot #2:", "Talk 1 -", "Session 3:",
	// "Keynote:", "Lightning talk -", or the label of the title itself: "Topic:", "Title:", and
	// the same in other languages ("Vortrag:", "Thema:", "Titre :", "Charla:").
	listLabel = regexp.MustCompile(`(?i)^(?:(?:(?:speaker|talk|speaking)\s+slot|slot|talk|session|speaker|presentation|part|track)\s*#?\s*\d+|(lightning talks?|lightning|tech ?talk|keynote|opening keynote|closing keynote|panel discussion|panel|workshop|fireside chat|demo|talk|session|presentation|topic|talk title|title|subject|vortrag|thema|titel|conférence|titre|sujet|charla|ponencia|título|tema|titolo|palestra))\s*(?:-|–|—|:|\.|\|)\s*`)
	// bracketKind is a kind of talk in square brackets before its title: "[Lightning Talk ⚡]",
	// "[Keynote]", "[Invited talk by Initech]".
	bracketKind = regexp.MustCompile(`(?i)^\[([^\[\]]{0,40}\b(?:talks?|keynote|workshop|panel|demo|lightning|session|chat|tutorial|brown bag|live coding|case study)\b[^\[\]]{0,40})\]\s*`)
	// listDate is a date that opens a line, before a colon or a dash: "May 22, 2031: ",
	// "22 May 2031 - ", "2031-05-22: ", "20310522: ". It dates the line, and is no part of its
	// title.
	listDate = regexp.MustCompile(`(?i)^(?:(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthNames + `)\.?,?\s+\d{4}|(?:` + monthNames + `)\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:\s*(?:-|–|—|:|\|)\s*|\s+)`)
	// listGroup is a group's or a series' name in brackets after a line's date: "(Harbour JUG) ".
	listGroup = regexp.MustCompile(`^\([^()]{2,40}\)\s+`)
	// listNumber numbers a line in its text: "1. ", "2) ", "#3 ". A year is no number.
	listNumber = regexp.MustCompile(`^(?:#\s?\d{1,2}|\d{1,2}[.)])\s+`)
	// listBullet is a mark some lines start with: bullets, arrows, speaking heads.
	listBullet = regexp.MustCompile(`^(?:[•·▪►▶→*🗣🎤📢✅👉-]\s*)+`)
)

// maxListingLine bounds the lines read as listings, in bytes.
const maxListingLine = 400

// gluedDash reports a dash written against the word before it and apart from the capital
// after it, as a separator: "Ana Lima- Quiet Queues". "Cloud- and Edge-Native" is a word's
// suspended hyphen.
func gluedDash(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+2:])
	return unicode.IsLetter(before) && unicode.IsUpper(after)
}

// insideLaterLink reports whether offset at of a line lies inside the text of a link that
// starts after from, where the line's body starts (a line that is one link may be split).
func insideLaterLink(s *sentence, from, at int) bool {
	for _, l := range s.links {
		if l.Start > from && l.Start < at && at < l.End {
			return true
		}
	}
	return false
}

// listSeps are the separators between a title and its speakers, strongest first.
var listSeps = []string{", presented by ", " presented by ", ", präsentiert von ", " präsentiert von ", ", vorgestellt von ", " vorgestellt von ", ", présenté par ", " présenté par ", ", présentée par ", " présentée par ",
	", presentado por ", " presentado por ", ", presentata da ", " presentata da ", ", presentato da ", " presentato da ", " by ", " with ", " von ", " par ", " por ", " door ", " av ", " af ", " di ", " przez ", " mit ", " de ",
	" – ", " — ", " - ", " | ", " / ", ": ", " · ", ", ", "- "}

// foreignBy are the words other languages write for "by" (and "with") between a title and its
// speakers: German von and mit, French par, Spanish and Portuguese por and de, Dutch door,
// Swedish and Norwegian av, Danish af, Italian di, Polish przez. Most also mean "of", so the
// speakers after them must be named as people (a given name or a profile link).
var foreignBy = set(`von par por door av af di przez mit de`)

// ofToo are the words of foreignBy that more often mean "of" or "with" than "by".
var ofToo = set(`de di av af mit`)

// presentedBy is "presented by" in a separator, in English and other languages ("präsentiert
// von", "présentée par", "presentado por"): the speakers after it must be named as people.
var presentedBy = regexp.MustCompile(`(?i)\b(?:presented by|präsentiert von|vorgestellt von|présentée? par|presentad[oa] por|presentat[oa] da)\b`)

// foreignSeps says, for each of listSeps, whether it is a word of foreignBy or holds
// presentedBy: worked out once, not for each separator of each line.
var foreignSeps = func() []bool {
	out := make([]bool, len(listSeps))
	for i, sep := range listSeps {
		out[i] = foreignBy[strings.TrimSpace(sep)] || presentedBy.MatchString(sep)
	}
	return out
}()

// namedPeople reports whether each speaker is named as a person: a given name first, or a
// handle.
func namedPeople(sp []listedSpeaker) bool {
	for _, p := range sp {
		if !givennames.Is(firstWord(p.name)) && !p.handle {
			return false
		}
	}
	return len(sp) > 0
}

// givenNamed reports speakers that each start with a known given name, none known by a handle
// alone: namedPeople without the handles.
func givenNamed(sp []listedSpeaker) bool {
	for _, p := range sp {
		if p.handle || !givennames.Is(firstWord(p.name)) {
			return false
		}
	}
	return len(sp) > 0
}

// personLike reports whether each speaker is named as a person or said to work somewhere: a
// given name first, a handle, or a company.
func personLike(sp []listedSpeaker) bool {
	for _, p := range sp {
		if p.handle || p.company != "" {
			continue
		}
		words := withoutInitials(p.name)
		if len(words) == 0 || !givennames.Is(words[0]) && strings.HasPrefix(p.name, words[0]) {
			// no given name, and no initial before the first name ("J. Ana Lima")
			return false
		}
	}
	return len(sp) > 0
}

// sepIndexes returns where sep stands in body, left to right.
func sepIndexes(body, sep string) []int {
	var out []int
	for i := strings.Index(body, sep); i >= 0; {
		out = append(out, i)
		j := strings.Index(body[i+len(sep):], sep)
		if j < 0 {
			break
		}
		i += len(sep) + j
	}
	return out
}

// agendaTitle reports whether words after a slot's time can be its title: plainTitle, but a
// title of two sentences ("Lessons Learned. And What Comes Next") is allowed, as an agenda
// slot is no running prose.
func agendaTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexFunc(s, unicode.IsLetter) < 0 || len(strings.Fields(s)) > 24 {
		return false
	}
	if w := strings.Fields(s)[0]; w == "I" || iContraction(w) || w == "We" || proseOpener.MatchString(s) {
		return false
	}
	return true
}

// trailerWords open a clause that says what the speakers did, after their names: "where they
// gave", "who showed", "mostly about". A name holds none of them in lower case.
var trailerWords = []string{" where ", " who ", " mostly ", " mainly ", " explaining ", " showing ", " talking "}

// trailerIndex returns where such a clause starts in a list of speakers, or -1.
func trailerIndex(seg string) int {
	at := -1
	for _, w := range trailerWords {
		if i := strings.Index(seg, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// readListing reads a line as a talk listing. It reports false when the line is not one: no
// title, no speaker, or a split that could be read two ways.
func (x *extraction) readListing(s *sentence) (listing, bool) {
	text := s.text
	if len(text) > maxListingLine {
		return listing{}, false // a listing line is short; trying every split of a long one costs its square
	}
	if t := blankURLAsides(text); t != text {
		// "6:50 - Ana Lima ( https://example.org/ana ) - Founder of Initech": the address in
		// parentheses is neither title nor speaker; blanked, the line keeps its offsets
		b := *s
		b.text, b.memo, b.none = t, nil, 0
		b.tokens = tokenize(t, s.links, s.spans)
		s, text = &b, t
	}
	off := 0
	skip := func(n int) {
		off += n
		for off < len(text) && text[off] == ' ' {
			off++
		}
	}
	if m := listBullet.FindString(text[off:]); m != "" {
		skip(len(m))
	}
	var l listing
	if l, ok := x.linkedTitleAtEvent(s, off); ok {
		return l, true
	}
	if m := listDate.FindString(text[off:]); m != "" {
		skip(len(m)) // "May 22, 2031: Title by Name", "May 2031 - ...": an archive's entry under its date
		l.prefixed = true
	}
	if m := listNumber.FindString(text[off:]); m != "" {
		skip(len(m)) // "1. Ana Lima: Title", numbered in the text rather than by a list
		l.prefixed = true
	}
	if m := listGroup.FindString(text[off:]); m != "" && l.prefixed {
		skip(len(m)) // "2031-05-22 (Harbour JUG) Ana Lima, *Title*": the group the date's meetup was of
	}
	if m := listTime.FindString(text[off:]); m != "" {
		skip(len(m))
		l.prefixed = true
		if d := slotLength.FindString(text[off:]); d != "" {
			skip(len(d)) // "9:15 a.m. (40m) Title by Name": the slot's length
		}
	}
	if m := listLabel.FindStringSubmatch(text[off:]); m != nil {
		l.kind = labelKind(m[1])
		skip(len(m[0]))
		l.prefixed = true
	}
	if m := bracketKind.FindStringSubmatch(text[off:]); m != nil {
		// "[Lightning Talk ⚡] Title by Name", "[Invited talk] Title by Name": the kind of talk
		if strings.Contains(strings.ToLower(m[1]), "lightning") {
			l.kind = "lightning talk"
		}
		skip(len(m[0]))
		l.prefixed = true
	}
	cut := max(resourcesStart(s), off)
	if m := slashWhen.FindStringSubmatchIndex(text[off:cut]); m != nil && whenOnly(text[off+m[2]:off+m[3]]) {
		cut = off + m[0] // "Ana Lima: [Title](…) / Wed Mar 20, 1:00 PM": when the slot is, after a slash
	}
	body := strings.TrimRight(text[off:cut], " .;,|-–—/")
	if strings.HasSuffix(body, ")") {
		body = titleLength.ReplaceAllString(body, "") // "Title by Ana Lima (30 min)": the slot's length
	}
	if body == "" {
		return listing{prefixed: l.prefixed}, false
	}
	if l.kind != "" {
		// "Keynote: Ana Lima": a keynote, panel or workshop the line names only the people of
		if sp, ok := x.readSpeakers(s, body, off); ok && namedPeople(sp) {
			l.speakers = sp
			return l, true
		}
	}
	if l, ok := x.nameOnTitle(s, off, l); ok {
		return l, true
	}
	// A marked title at the start or at the end settles the split.
	if t, end, ok := markedPhrase(s, off, true); ok {
		if r := strings.TrimLeft(text[end:], " "); strings.HasPrefix(r, "(") {
			// "**Title** ([slides](…), [video](…)) by Ana Lima": the title's material, then who
			at := len(text) - len(r)
			// ("**Title** [(sample course)](…) by Ana Lima": one link whose text is in parentheses)
			if close := strings.Index(r, ")"); close > 0 && (linksOnly(s, at+1, at+close) || linksOnly(s, at, at+close+1)) {
				end = at + close + 1
			}
		}
		rest := strings.TrimSpace(text[end:])
		if at, by, ok := atEventBy(rest); ok {
			// "[Title](…) at [FooConf (Porto)](…) by [Ana Lima](…)": the title, where it was
			// given, then who gave it
			if sp, ok := x.readSpeakers(s, by, len(text)-len(by)); ok && namedPeople(sp) {
				l.title, l.marked, l.speakers, l.at = t, true, sp, at
				return l, x.validListing(l)
			}
		}
		// "[Lea Brandt](#lea): Quiet Queues": a linked name first is the speaker, unless the
		// words after it name people too
		if sp, ok := x.speakersAfterSep(s, rest, len(text)-len(rest)); ok && !(givenName(t) && !namedPeople(sp)) {
			l.title, l.marked, l.speakers = t, true, sp
			return l, x.validListing(l)
		}
		// "\"Sharding the Ledger\" Ana Lima": the marked title, a space and the speakers, each
		// with a known given name
		if r := strings.TrimSpace(text[end:max(cut, end)]); r != "" && !givenName(t) {
			if sp, ok := x.readSpeakers(s, r, len(text)-len(strings.TrimLeft(text[end:], " "))); ok && givenNamed(sp) {
				l.title, l.marked, l.speakers = t, true, sp
				return l, x.validListing(l)
			}
		}
	}
	if l, ok := x.speakersThenQuotedTitle(s, off, l); ok {
		return l, true
	}
	if t, start, ok := markedPhrase(s, off, false); ok && start > off {
		head := strings.TrimSpace(text[off:start])
		if sp, ok := x.speakersBeforeSep(s, head, off); ok {
			l.title, l.marked, l.speakers = t, true, sp
			return l, x.validListing(l)
		}
		// "Sharding the Ledger *Ana Lima*": a plain title of some words, then the speakers
		// set apart by emphasis alone, each with a known given name
		if spanStartsAt(s, start) && len(strings.Fields(head)) >= 2 && !givenName(head) && plainTitle(head) && !strings.ContainsAny(head, ":|–—") && !leadsToName(head) {
			if sp, ok := x.readSpeakers(s, t, start); ok && givenNamed(sp) && namedPeople(sp) {
				l.title, l.speakers = head, sp
				return l, x.validListing(l)
			}
		}
		if h, ok := handleBeforeColon(head); ok && l.prefixed {
			// "11:30 ana: *Title*": in a timed slot, a handle before a marked title
			l.title, l.marked, l.speakers = t, true, []listedSpeaker{{name: h, handle: true}}
			return l, x.validListing(l)
		}
	}
	// Plain titles: the strongest separator whose sides read one way only.
	for si, sep := range listSeps {
		foreignSep := foreignSeps[si]
		var best listing
		bestWeight, found := 0, false
		for _, i := range sepIndexes(body, sep) {
			foreign := foreignSep
			left, right := body[:i], body[i+len(sep):]
			if strings.Count(left, "(") != strings.Count(left, ")") {
				continue // "Title (Ana Lima, Bo Chen)": no split inside parentheses
			}
			if insideLaterLink(s, off, off+i) {
				continue // "Berlin - find me at [FooConf / BarConf, May 2](…)": a link's text is one thing
			}
			if sep == "- " && !gluedDash(body, i) {
				continue
			}
			rightAt := off + i + len(sep)
			if w, seg, ok := strings.Cut(right, " "); ok && (sep == " – " || sep == " — " || sep == " - " || sep == " | ") && (foreignBy[strings.ToLower(w)] || strings.EqualFold(w, "by")) {
				// "Title - par Ana Lima", "Title - Por Ana Lima": a dash, then a word for "by";
				// one that also means "of" ("de", "di") needs people's names after it
				right, rightAt = seg, rightAt+len(w)+1
				foreign = foreign || ofToo[strings.ToLower(w)]
			}
			titleFirst, ok1 := x.readSpeakers(s, right, rightAt)
			labelled := sep == ": " && speakerLabelTail.MatchString(left) && strings.TrimSpace(speakerLabelTail.ReplaceAllString(left, "")) != ""
			if labelled && (!ok1 || !personLike(titleFirst)) {
				// "Quiet Queues - Speaker: Quorra Vantablack": the label says a person is named,
				// known given name or not
				if name := x.labelledName(right); name != "" {
					titleFirst, ok1 = []listedSpeaker{{name: name}}, true
				}
			}
			if ok1 && foreign && !namedPeople(titleFirst) {
				ok1 = false // "Introducción de Kubernetes": the word is "of", not "by"
			}
			if ok1 && titleTail(titleFirst) {
				ok1 = false // "Streams: Choosing Well, Tom Baker": the title goes on
			}
			if ok1 && sep == ": " && !personLike(titleFirst) && !labelled {
				ok1 = false // "Quiet Queues: Choosing Well": a title and its subtitle
			}
			if ok1 && sep == ", " && x.allPlaces(titleFirst) {
				ok1 = false // "Cafe Rosa, 12 Harbour Rd, Port Ellis": an address ends with its town
			}
			_, role := x.roleAtCompany(right)
			if ok1 && role {
				ok1 = false // "Ana Lima - Founder of Initech Labs": her role, not a second speaker
			}
			var speakerFirst []listedSpeaker
			ok2 := false
			if sep != " by " && sep != " with " && sep != ", " && !foreign {
				speakerFirst, ok2 = x.readSpeakers(s, left, off)
			} else if sep == ", " && l.prefixed && givenName(left) && x.titleNotCompany(right) {
				// "May 22, 2031: Lucas Brandt, Quiet Queues Explained": under a date or a time, a
				// full name then a title of several words that is no company
				speakerFirst, ok2 = x.readSpeakers(s, left, off)
			}
			if ok1 && ok2 {
				// "Ana Lima - Bo Chen" or "Scaling Ingest Pipelines - Ana Lima": the side that
				// says more of a person (a company, a profile link) holds the speakers
				switch w1, w2 := speakerWeight(titleFirst), speakerWeight(speakerFirst); {
				case w1 > w2:
					ok2 = false
				case w2 > w1:
					ok1 = false
				default:
					return listing{prefixed: l.prefixed}, false
				}
			}
			switch {
			case ok1 && (plainTitle(left) || l.prefixed && agendaTitle(left)):
				// several splits may read: "Pipelines, Queues: Choosing Well, Tom Baker,
				// Umbrella" reads best with the speakers that say most of a person, and of
				// equals with the rightmost (the last "by")
				if w := speakerWeight(titleFirst); !found || w >= bestWeight {
					best = listing{title: left, speakers: titleFirst}
					bestWeight, found = w, true
				}
			case ok2 && plainTitle(right) && !found && !twoSentences(right) && personLike(speakerFirst) && (!companyOnly(right) || role):
				// "Ana Lima: Quiet Queues", "Ana Lima (Initech) - Quiet Queues": the words before
				// the separator name people by a given name, a handle or a company; a title and
				// its subtitle ("Quiet Queues: Choosing Well"), a bold term and its explanation
				// ("**Small Batches** - Ship less at once") or a group's name ("Tartudroid -
				// Title") do not
				best = listing{title: right, speakers: speakerFirst}
				found = true
			}
			if found && sep != ", " && sep != " by " && !foreign {
				break // the first split of a dash or a pipe settles it
			}
		}
		if found {
			// "Title - par Ana Lima" split at "par" leaves the dash with the title
			// "Ana Lima: “Quiet Queues” (slides)": the quoted title without the notes after it
			l.title, l.speakers = x.quotedLineTitle(s, quotedThenNotes(strings.TrimRight(strings.TrimSpace(best.title), " -–—|"))), best.speakers
			return l, x.validListing(l)
		}
	}
	// "Sharding the Ledger ([Ana Lima](…))": the speakers linked to their profiles in
	// parentheses after a plain title, each with a known given name. resourcesStart cut the
	// parenthesis as material; links to slides or a recording ("([slides](…))") name nobody.
	tail := strings.TrimRight(text[cut:], " .;,")
	if i := strings.LastIndex(tail, ")"); i >= 0 && i+1 < len(tail) && linksOnly(s, cut+i+1, cut+len(tail)) {
		tail = tail[:i+1] // "Title ([Ana Lima](…)) https://example.org/deck": the deck is material
	}
	if cut < len(text) && strings.HasPrefix(tail, "(") && strings.HasSuffix(tail, ")") && strings.Count(tail, "(") == 1 && len(strings.Fields(body)) >= 2 && !strings.Contains(body, ", ") && !givenName(body) && (plainTitle(body) || l.prefixed && agendaTitle(body)) {
		if sp, ok := x.readSpeakers(s, tail[1:len(tail)-1], cut+1); ok && namedPeople(sp) && (givenNamed(sp) || fullNames(sp, true)) {
			l.title, l.speakers = body, sp
			return l, x.validListing(l)
		}
	}
	// "18:30 - Sharding the Ledger (Ana Lima)": the speakers in parentheses after a plain
	// title, each named by a given name or a handle ("(Part 2)", "(Go)" name nobody)
	if open := strings.LastIndex(body, " ("); open > 0 && strings.HasSuffix(body, ")") && strings.Count(body[open:], "(") == 1 {
		left := strings.TrimSpace(body[:open])
		// "#tag (handle)" names nobody; a title of one word ("Nick (Ana Lima)") or a name ("Ana
		// Lima (alima)") is none, and a comma before them ("Title, Bo (Bo Chen)") leaves who
		// speaks unclear
		inner, innerAt := body[open+2:len(body)-1], off+open+2
		byWord := false
		if w, rest, ok := strings.Cut(inner, " "); ok && (foreignBy[strings.ToLower(w)] || strings.EqualFold(w, "by")) && !ofToo[strings.ToLower(w)] {
			// "Async Rust (von Cyrill)", "Quiet Queues (by ana)": a word for "by" says who
			inner, innerAt, byWord = strings.TrimSpace(rest), innerAt+len(w)+1, true
		}
		sp, ok := x.readSpeakers(s, inner, innerAt)
		if !ok && !byWord && !strings.Contains(inner, " ") && givennames.Is(inner) && startsUpper(inner) && !isTech(inner) && !x.notAPerson(inner) && !gazetteer.IsCountry(inner) {
			// "Wordpress Einblick (Frank)": one known given name alone names the speaker
			sp, ok = []listedSpeaker{{name: inner}}, true
		}
		if !ok && byWord && l.prefixed && !strings.Contains(inner, " ") && (looksLikeHandle(inner) || startsUpper(inner)) {
			// in a timed slot, after "by": one first name or handle ("(von gandro)")
			sp, ok = []listedSpeaker{{name: inner, handle: !startsUpper(inner)}}, true
		}
		if ok && (givenNamed(sp) || byWord) && len(strings.Fields(left)) >= 2 && !strings.Contains(left, ", ") && !givenName(left) && (plainTitle(left) || l.prefixed && agendaTitle(left)) {
			l.title, l.speakers = left, sp
			return l, x.validListing(l)
		}
	}
	return listing{prefixed: l.prefixed}, false
}

// slashWhen is a last part of a line after a slash: " / Wed Mar 20, 1:00 PM".
var slashWhen = literal{regexp.MustCompile(`\s+/\s+([^/]{3,40}?)\s*$`),
	[]string{"/"}}

// whenOnly reports text that only says when: a date, or words of days and months with
// numbers and a time ("Wed Mar 20, 1:00 PM", "Tue 19 March").
func whenOnly(text string) bool {
	if dateOnly(text) || bareMonthYear.MatchString(strings.TrimSpace(text)) {
		return true
	}
	when := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' }) {
		switch {
		case calendarWords[strings.TrimSuffix(w, ".")] || monthAbbrev[strings.TrimSuffix(w, ".")]:
			when = true
		case w == "am" || w == "pm" || clockTime.MatchString(w) || isDigits(strings.TrimRight(w, "stndrh")):
		default:
			return false
		}
	}
	return when
}

// monthAbbrev and clockTime are the short months and the times whenOnly reads.
var (
	monthAbbrev = set(`jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun`)
	clockTime   = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:[ap]m)?$`)
)

// spanStartsAt reports an emphasized span of s that starts at byte offset at.
func spanStartsAt(s *sentence, at int) bool {
	return slices.ContainsFunc(s.spans, func(sp document.Span) bool { return sp.Start == at })
}

// nameLeads are words that lead up to a person's name in running text ("Say hi to", "Thanks
// to our host", "Come and meet"): words before them are no title.
var nameLeads = set(`to with meet and of the our your by from for at in on host hosts sponsor sponsors thanks
thank welcome hi hello congrats congratulations`)

// leadsToName reports words that lead up to a name rather than title a talk: they end with a
// word of nameLeads, or thank or greet ("Many thanks to our friends").
func leadsToName(head string) bool {
	words := strings.Fields(strings.ToLower(head))
	if len(words) == 0 {
		return true
	}
	for i, w := range words {
		w = strings.Trim(w, ",.!")
		if w == "thanks" || w == "thank" || w == "congrats" || w == "congratulations" || i == 0 && (w == "welcome" || w == "hi" || w == "hello") {
			return true
		}
	}
	return nameLeads[strings.Trim(words[len(words)-1], ",.!")]
}

// corporateSuffixes end only a company's name: "Initech GmbH", "Umbrella Labs Inc."
var corporateSuffixes = set(`inc inc. ltd ltd. llc gmbh corp corp. co. ag sa s.a. bv b.v. oy ab plc srl sarl kg labs`)

// companyOnly reports words after a speaker's name that can only be a company, never a talk's
// title: a company the lexicon knows ("Google") or a name with a corporate suffix ("Initech
// GmbH", "Tidewater Labs"). "Ana Lima - Initech GmbH" names where Ana works.
func companyOnly(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	return knownCompanies[strings.ToLower(s)] || len(words) > 1 && corporateSuffixes[strings.ToLower(words[len(words)-1])]
}

// speakersThenQuotedTitle reads a line that names the speakers, then the quoted title with no
// separator, then nothing or a comment after a colon or a dash: `Ana Lima "Sharding the
// Ledger"`, `[Ana Lima](…) und Bo Chen "Queues at Rest": a remark on it`. Each speaker must
// start with a known given name or be a handle or a linked profile, so that a sentence that
// quotes ("He said "no" twice") is no listing.
func (x *extraction) speakersThenQuotedTitle(s *sentence, off int, l listing) (listing, bool) {
	qs := quotes(s.text)
	if len(qs) == 0 || qs[0][0] <= off {
		return l, false
	}
	a, b := qs[0][0], qs[0][1]
	_, osize := utf8.DecodeLastRuneInString(s.text[:a])
	if a-osize-1 < off || s.text[a-osize-1] != ' ' {
		return l, false // "Ana Lima:"Title"": a separator, read elsewhere
	}
	head := strings.TrimSpace(s.text[off : a-osize])
	_, qsize := utf8.DecodeRuneInString(s.text[b:])
	after := strings.TrimSpace(s.text[min(b+qsize, len(s.text)):])
	if head == "" || strings.ContainsAny(head[len(head)-1:], ":-–—|,·") || strings.HasSuffix(head, "–") || strings.HasSuffix(head, "—") {
		return l, false // "Ana Lima - "Title"": a separator, read as such elsewhere
	}
	if after != "" && !strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "- ") && !strings.HasPrefix(after, "– ") && !strings.HasPrefix(after, "— ") && !strings.HasPrefix(after, "->") {
		return l, false
	}
	title := strings.TrimSpace(s.text[a:b])
	if len(strings.Fields(title)) < 2 || !(plainTitle(title) || agendaTitle(title)) {
		return l, false
	}
	sp, ok := x.readSpeakers(s, strings.TrimSpace(head), off)
	if !ok || !namedPeople(sp) {
		return l, false
	}
	l.title, l.marked, l.speakers = title, true, sp
	return l, x.validListing(l)
}

// maxItemText bounds the text of a block quotedLineTitle searches for a line's place.
const maxItemText = 4096

// quotedLineTitle returns the quoted title that opens title when the line ends with its
// closing mark and the item goes on below it ("- Ana Lima: “Quiet Queues”" over "A look at
// back-pressure."): the lines below describe the talk.
func (x *extraction) quotedLineTitle(s *sentence, title string) string {
	at := strings.Index(s.text, title)
	if at < 0 || s.block < 0 || s.block >= len(x.doc.Blocks) {
		return title
	}
	inner, end, ok := leadingQuote(title)
	if !ok {
		return title
	}
	b := x.doc.Blocks[s.block]
	if len(b.Breaks) == 0 || len(b.Text) > maxItemText {
		return title // a list item's lines are few; a long block is no item to search
	}
	base := strings.Index(b.Text, s.text)
	if base < 0 {
		return title
	}
	for _, br := range b.Breaks {
		if br == base+at+end || br == base+at+end+1 {
			return inner // where the closing mark ends in the block, or a space after it
		}
	}
	return title
}

// resourceWords are the texts of links to a talk's material that lines end with: "[slides]",
// "[video]", "(repo)".
var resourceWords = set(`slides slide deck video videos recording recordings repo repository code demo
source sources github pdf notes transcript youtube vimeo speakerdeck slideshare blog post article
photos details info rsvp`)

// resourcesStart returns where the links to a talk's material that end a line start ("Title -
// Name [slides] [repo]"), or the line's length when it ends otherwise.
func resourcesStart(s *sentence) int {
	end := len(s.text)
	for i := len(s.links) - 1; i >= 0; i-- {
		l := s.links[i]
		if strings.Trim(s.text[l.End:end], " ,;|-–—/()[]:") != "" {
			break
		}
		words := strings.Fields(strings.ToLower(strings.Trim(s.text[l.Start:l.End], "()[] ")))
		bare := len(words) == 1 && bareAddress(words[0]) // "https://example.org/issues/12": an address shown as itself
		if !bare && (len(words) == 0 || len(words) > 2 || !resourceWords[words[0]] && !resourceWords[words[len(words)-1]]) {
			break
		}
		end = l.Start
	}
	// "Title by Ana Lima -- video (soon) and [slides](…)": after a dash, material named first
	for _, dash := range []string{" -- ", " — ", " – ", " | "} {
		if i := strings.LastIndex(s.text[:end], dash); i > 0 {
			if w := strings.Fields(strings.ToLower(s.text[i+len(dash) : end])); len(w) > 0 && resourceWords[strings.Trim(w[0], "[](),:")] {
				end = i
				break
			}
		}
	}
	// "Title ([pkg](…)/[lib](…))": a parenthesis of nothing but links ends the line
	if head := strings.TrimRight(s.text[:end], " "); strings.HasSuffix(head, ")") {
		if open := strings.LastIndex(head, "("); open >= 0 && linksOnly(s, open+1, len(head)-1) {
			end = open
		}
	}
	// "Title ([slides](…))": the parenthesis the material stood in
	if head := strings.TrimRight(s.text[:end], " "); strings.HasSuffix(head, "(") && end < len(s.text) {
		end = len(head) - 1
	}
	return end
}

// linksOnly reports whether text [from, to) of a sentence is one or more links with nothing
// but separators between them.
func linksOnly(s *sentence, from, to int) bool {
	at, n := from, 0
	for _, l := range s.links {
		if l.End <= from || l.Start >= to {
			continue
		}
		if l.Start < from || l.End > to || strings.Trim(s.text[at:l.Start], " ,;|/&`*_") != "" {
			return false
		}
		at, n = l.End, n+1
	}
	return n > 0 && strings.Trim(s.text[at:to], " ,;|/&`*_") == ""
}

// bareAddress reports a link's text that is a web address.
func bareAddress(w string) bool {
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// urlAside is a bare web address in parentheses: "( https://example.org/ana )".
var urlAside = regexp.MustCompile(`\(\s*(?:https?://|www\.)[^\s()]+\s*\)`)

// blankURLAsides returns text with each bare web address in parentheses written as spaces, so
// that offsets into it stay those of text; text without one is returned as it is.
func blankURLAsides(text string) string {
	if !strings.Contains(text, "(http") && !strings.Contains(text, "( http") && !strings.Contains(text, "(www.") {
		return text
	}
	return urlAside.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// validListing checks what a listing names: a title that is not housekeeping, not a date
// ("August 2012 - Ana Lima": when, not what) and not itself a name, and at least one speaker.
func (x *extraction) validListing(l listing) bool {
	t := strings.TrimSpace(l.title)
	// ("On Twitter - @gophers": where to follow someone, no title)
	if len(l.speakers) == 0 || t == "" || adminTitle(t) || dateOnly(t) || bareMonthYear.MatchString(t) || profileLabels[strings.TrimPrefix(strings.ToLower(t), "on ")] || roleLabels[strings.ToLower(t)] || labelWords[strings.ToLower(t)] || strings.EqualFold(t, "linked in") || !l.marked && roleText(t) {
		// ("Associate Professor, Quill Lab": a role, then where, is no title and speakers)
		return false
	}
	for _, sp := range l.speakers {
		if strings.EqualFold(sp.name, t) {
			return false
		}
	}
	if whoLabel(t) {
		return false
	}
	// "8:00 PM)": the end of a time range, split off a heading
	return strings.IndexFunc(headingTime.ReplaceAllString(t, ""), unicode.IsLetter) >= 0
}

// whoLabel reports a title that is or opens with a label of who ran or attended something,
// not a talk: "Local organizers: Ana Lima", "Confirmed speakers: Ana Lima, Bo Chen".
func whoLabel(t string) bool {
	label, _, _ := strings.Cut(t, ":") // ("Local organizers", the label split from its names)
	if len(label) > 24 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(label))
	if w, rest, ok := strings.Cut(l, " "); ok && (w == "local" || w == "confirmed" || w == "expected" || w == "invited" || w == "our") {
		l = rest
	}
	return adminTitle(label) || roleLabels[l]
}

// profileLabels label a person's profiles in a speaker's card ("Twitter: @alima", "Linked in:
// Ana Lima"): no talk's title.
var profileLabels = set(`twitter linkedin github gitlab mastodon bluesky blog website web homepage
site email e-mail contact x facebook instagram youtube bio about`)

// roleLabels label the people of a talk or a session ("Speaker: Ana Lima (Initech)",
// "Authors : Ana Lima, Bo Chen"): the line names who, and no talk's title.
var roleLabels = set(`speaker speakers presenter presenters author authors panelist panelists panellist
panellists moderator moderators host hosts organizer organizers organiser organisers mc emcee who`)

// plainTitle reports whether unmarked words can be a talk's title: some letters, not a
// sentence of running prose (which has a lower-case verb-led clause after a comma or a
// period inside it).
func plainTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return false
	}
	if strings.Contains(s, ". ") {
		return false
	}
	if w, _ := nextWord(s); w == "I" || iContraction(w) || w == "We" {
		return false // "I really had a blast with ...": a sentence about the writer
	}
	if proseOpener.MatchString(s) {
		return false // "This is a talk by ...": a sentence about a talk
	}
	if passiveEnd.MatchString(s) || sponsorLine(s) {
		return false // "A short demo of the new release was given": a clause, its subject a talk
	}
	words := 0
	for w, rest := nextWord(s); w != "" && words <= 20; w, rest = nextWord(rest) {
		words++
	}
	return words <= 20
}

// passiveEnd ends a clause in the passive of giving a talk: "... was given", "... were
// presented".
var passiveEnd = guard(regexp.MustCompile(`(?i)\b(?:was|were|is|are|has been|have been|will be)\s+(?:given|presented|delivered|held|led|made)$`),
	"given", "presented", "delivered", "held", "led", "made")

// sponsorEnd ends a line of a sponsor's gift, which a "by" then names: "Food provided", "Drinks
// paid for". It is asked only of text that ends with one of its participles (sponsorWords).
var sponsorEnd = regexp.MustCompile(`(?i)\b(?:food|drinks|pizzas?|snacks|beverages|catering|coffee|beers?|swag|venue|space|room|facilities|fees|refreshments|dinner|lunch|breakfast|stickers|prizes)\b(?:\s+\S+){0,3}?\s+(?:provided|covered|sponsored|supplied|donated|paid(?:\s+for)?|catered|offered|courtesy)$`)

// sponsorWords end a line of a sponsor's gift.
var sponsorWords = set(`provided covered sponsored supplied donated paid for catered offered courtesy`)

// sponsorLine reports a line of a sponsor's gift (sponsorEnd), asking the expression only of
// a line that ends with one of sponsorWords.
func sponsorLine(s string) bool {
	i := strings.LastIndexByte(strings.TrimRight(s, " "), ' ')
	return sponsorWords[strings.ToLower(strings.TrimSpace(s[i+1:]))] && sponsorEnd.MatchString(s)
}

// proseOpener starts a sentence that speaks of something: "This is", "It was", "Here are".
var proseOpener = regexp.MustCompile(`^(?:This|That|It|Here|There|These|Those)\s+(?:is|was|are|were|will|has|had)\b`)

// markedPhrase finds a title marked by quotes, emphasis or a link that starts the line at
// offset off (atStart) or ends it. It returns the title and where it ends (atStart) or starts.
func markedPhrase(s *sentence, off int, atStart bool) (string, int, bool) {
	text := s.text
	// a title at the end may be followed by links to its material: "*Title* [slides] [video]"
	trimmedEnd := len(strings.TrimRight(text[:max(resourcesStart(s), off)], " .;"))
	fits := func(a, b int) bool {
		if a < off || b > len(text) || a > b {
			return false
		}
		if atStart {
			return strings.TrimSpace(text[off:a]) == "" && b > a
		}
		return (b >= trimmedEnd || strings.TrimSpace(text[b:trimmedEnd]) == "") && a > off
	}
	for _, q := range quotes(text) {
		a, b := q[0], q[1]
		open, close := a, b
		for open > 0 && !isSpaceByte(text[open-1]) && open > a-4 {
			open--
		}
		for close < len(text) && !isSpaceByte(text[close]) && close < b+4 && !strings.ContainsRune(",:;|-–—", rune(text[close])) {
			close++
		}
		if fits(open, close) {
			if atStart {
				return strings.TrimSpace(text[a:b]), close, true
			}
			return strings.TrimSpace(text[a:b]), open, true
		}
	}
	for _, sp := range s.spans {
		if fits(sp.Start, sp.End) && strings.Count(text[sp.Start:sp.End], " ") >= 1 {
			if atStart {
				return strings.TrimSpace(text[sp.Start:sp.End]), sp.End, true
			}
			return strings.TrimSpace(text[sp.Start:sp.End]), sp.Start, true
		}
	}
	for _, lk := range s.links {
		if fits(lk.Start, lk.End) && !isProfileLink(lk.Href) && strings.Count(text[lk.Start:lk.End], " ") >= 1 {
			if atStart {
				return strings.TrimSpace(text[lk.Start:lk.End]), lk.End, true
			}
			return strings.TrimSpace(text[lk.Start:lk.End]), lk.Start, true
		}
	}
	return "", 0, false
}

func isSpaceByte(c byte) bool { return c == ' ' }

// speakersAfterSep reads "by Ana Lima (Initech)", "- Ana Lima", ", Ana Lima" after a title.
func (x *extraction) speakersAfterSep(s *sentence, rest string, at int) ([]listedSpeaker, bool) {
	r := strings.TrimLeft(rest, " ")
	for _, sep := range []string{"by ", "By ", "– ", "— ", "- ", "| ", ": ", ", ", "· ", "with "} {
		if strings.HasPrefix(r, sep) {
			seg := strings.TrimSpace(r[len(sep):])
			if sep == ", " || sep == "– " || sep == "— " || sep == "- " {
				seg = strings.TrimPrefix(strings.TrimPrefix(seg, "by "), "By ")
			}
			return x.readSpeakers(s, seg, at+len(rest)-len(seg))
		}
	}
	if seg, ok := strings.CutPrefix(r, "from "); ok {
		// "“Quiet Builds” from Ana Lima": after a marked title, "from" and people's names (a
		// company after "from" is where the talk came from, and names no one; a name linked
		// to a slide host's profile, "[deck](slideshare…) from [Ana](slideshare…)", is the
		// credit of an embedded deck's uploader)
		for _, l := range s.links {
			if h := strings.ToLower(l.Href); strings.Contains(h, "slideshare.net/") || strings.Contains(h, "speakerdeck.com/") {
				return nil, false
			}
		}
		if sp, ok := x.readSpeakers(s, seg, at+len(rest)-len(seg)); ok && (fullNames(sp, false) || fullNames(sp, true)) && !slices.ContainsFunc(sp, func(l listedSpeaker) bool { return orgSuffixIn(strings.Fields(l.name)) || x.notAPerson(l.name) }) {
			return sp, true
		}
		return nil, false
	}
	// "**Titel** von Ana Lima": a word for "by" in another language, before people's names
	if w, seg, ok := strings.Cut(r, " "); ok && foreignBy[strings.ToLower(w)] {
		if sp, ok := x.readSpeakers(s, seg, at+len(rest)-len(seg)); ok && namedPeople(sp) {
			return sp, true
		}
		return nil, false
	}
	if strings.HasPrefix(r, "(") && strings.HasSuffix(strings.TrimRight(r, " ."), ")") {
		seg := strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(r, " ."), "("), ")")
		segAt := at + len(rest) - len(r) + 1
		if w, who, ok := strings.Cut(seg, " "); ok && (foreignBy[strings.ToLower(w)] || strings.EqualFold(w, "by")) && !ofToo[strings.ToLower(w)] {
			// "*Async Rust* (von Cyrill)", "*Quiet Queues* (by kvern)": after a marked title,
			// a word for "by" and one first name or handle say who
			who = strings.TrimSpace(who)
			if sp, ok := x.readSpeakers(s, who, segAt+len(w)+1); ok {
				return sp, true
			}
			if !strings.Contains(who, " ") && (looksLikeHandle(who) || startsUpper(who)) {
				return []listedSpeaker{{name: who, handle: !startsUpper(who)}}, true
			}
			return nil, false
		}
		return x.readSpeakers(s, seg, segAt)
	}
	return nil, false
}

// speakersBeforeSep reads "Ana Lima (Initech):", "Ana Lima -" before a title.
func (x *extraction) speakersBeforeSep(s *sentence, head string, at int) ([]listedSpeaker, bool) {
	h := strings.TrimRight(head, " ")
	for _, sep := range []string{":", "–", "—", "-", "|", ",", "·"} {
		if strings.HasSuffix(h, sep) {
			return x.readSpeakers(s, strings.TrimSpace(strings.TrimSuffix(h, sep)), at)
		}
	}
	// "Ana Lima on [Title](…)", "Ana Lima with *Title*": a word joins the speakers to the marked
	// title; the speakers must be named as people (a known given name or a profile link)
	lower := strings.ToLower(h)
	for _, w := range speakerTitleWords {
		if rest, ok := strings.CutSuffix(lower, " "+w); ok {
			if sp, ok := x.readSpeakers(s, strings.TrimSpace(h[:len(rest)]), at); ok && namedPeople(sp) {
				return sp, true
			}
			return nil, false
		}
	}
	return nil, false
}

// speakerTitleWords join speakers to the marked title that follows them in a listing line.
var speakerTitleWords = []string{"talks about", "spoke about", "spoke on", "speaks on", "on", "with", "about", "presents", "presented"}

// readSpeakers reads a speaker segment: one or more names, each with an optional company.
// at is the segment's offset in the line (to find links); it may be approximate.
func (x *extraction) readSpeakers(s *sentence, seg string, at int) ([]listedSpeaker, bool) {
	seg = strings.TrimSpace(strings.Trim(strings.TrimSpace(seg), "*_"))
	seg = strings.TrimRight(seg, " .;")
	seg = statusNote.ReplaceAllString(seg, "")
	if m := trailerIndex(seg); m > 0 {
		seg = seg[:m] // "Ana Lima and Bo Chen where they gave a tour of ...": what they did, after the names
	}
	if seg == "" || len(seg) > 200 {
		return nil, false
	}
	parts := splitOutsideParens(seg)
	var out []listedSpeaker
	pending := 0 // speakers at the end of out still without a company
	for i, p := range parts {
		p = strings.TrimSpace(strings.Trim(p, "*_ "))
		if p == "" {
			return nil, false
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(p, "+")); strings.HasPrefix(p, "+") && unicode.IsUpper(r) {
			p = p[1:] // "+Ana Lima": a mention, as some networks write a person's name
		}
		trailing := false
		if strings.Contains(p, "@") { // (a part with no handle is not asked the expression)
			if m := nameThenHandle.FindStringSubmatch(p); m != nil && x.looksLikeName(m[1]) {
				p, trailing = m[1], true // "Ana Lima @alima": the name, then the handle
			}
		}
		name, company, ok := x.speakerPart(s, p, len(parts) == 1)
		if ok {
			_, handle := atHandle(p)
			handle = handle || trailing
			out = append(out, listedSpeaker{name: name, company: company, handle: handle || x.linkedProfile(s, p)})
			switch {
			case company == "":
				pending++
			case i == len(parts)-1 && pending == len(out)-1:
				// "Ana Lima & Bo Chen (Initech)": one company written after the whole list
				for k := range out {
					out[k].company = company
				}
			default:
				pending = 0
			}
			continue
		}
		if len(out) > 0 && x.isLocation(p) {
			continue // "Ana Lima, Lisbon": where the speaker is from
		}
		if len(out) == 0 {
			return nil, false
		}
		// not a name: a role or a company for the speakers before it
		if c, ok := x.companyPart(p); ok {
			if c != "" {
				for k := len(out) - pending; k < len(out); k++ {
					out[k].company = c
				}
				pending = 0
			}
			continue
		}
		if i == len(parts)-1 && len(strings.Fields(p)) <= 6 {
			return nil, false
		}
		return nil, false
	}
	return out, len(out) > 0
}

// nameThenHandle is a name followed by the person's handle: "Ana Lima @alima".
var nameThenHandle = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,3})\s+\(?@[\w.-]+\)?$`)

// linkedTitleAtEvent reads a listing line that opens, at off, with a link whose text is the
// talk's title (its date first) and goes on with where it was given and who gave it: "[2031-05-06
// Title](…) at [FooConf (Porto)](…) by [Ana Lima](…)", or "[2031-05-06 FooConf Porto: Title](…)
// by [Ana Lima](…)", the event before a colon in the link. A line that names no event of its
// own is left to readListing's other readers.
func (x *extraction) linkedTitleAtEvent(s *sentence, off int) (listing, bool) {
	text := s.text
	if len(s.links) == 0 || s.links[0].Start != off || s.links[0].End >= len(text) {
		return listing{}, false
	}
	rest := strings.TrimSpace(text[s.links[0].End:])
	var at, by string
	switch {
	case strings.HasPrefix(rest, "at "):
		var ok bool
		if at, by, ok = atEventBy(rest); !ok {
			return listing{}, false
		}
	case strings.HasPrefix(rest, "by ") && strings.Contains(linkText(s, 0), ": "):
		by = speakersPart(rest[3:]) // (only a link that holds the event before a colon is read here)
	default:
		return listing{}, false
	}
	sp, ok := x.readSpeakers(s, by, strings.LastIndex(text, by))
	if !ok || !namedPeople(sp) {
		return listing{}, false
	}
	var l listing
	lt := linkText(s, 0)
	if m := listDate.FindString(lt); m != "" {
		lt = lt[len(m):]
	}
	if m := talkKindPrefix.FindStringSubmatch(lt); m != nil {
		l.kind, lt = labelKind(m[1]), lt[len(m[0]):] // "Workshop: Title"
	}
	if head, tail, cut := strings.Cut(lt, ": "); cut && at == "" && strings.TrimSpace(tail) != "" {
		// "FooConf Porto: Title": the event (and its town) before the title
		if ep, ok := x.readEventPart(head, true); ok && (ep.city != nil || x.isEventName(ep.name)) {
			at, lt = head, tail
		}
	}
	if at == "" {
		return listing{}, false
	}
	l.title, l.marked, l.speakers, l.at = cleanTitle(lt), true, sp, at
	return l, l.title != "" && x.validListing(l)
}

// atEventBy splits what follows a marked title into where it was given and who gave it: "at
// FooConf (Porto) by Ana Lima" is "FooConf (Porto)" and "Ana Lima". Material after the
// speakers ("- [Slides](…)") is left out.
func atEventBy(rest string) (at, by string, ok bool) {
	r, found := strings.CutPrefix(rest, "at ")
	if !found {
		return "", "", false
	}
	i := strings.LastIndex(r, " by ")
	if i <= 0 {
		return "", "", false
	}
	at, by = strings.TrimSpace(r[:i]), speakersPart(r[i+4:])
	return at, by, at != "" && by != ""
}

// speakersPart is the speakers written after "by" at the end of a listing line, without the
// material after them: "Ana Lima - Slides", "Ana Lima (Initech)", "Ana Lima with Video",
// "Ana Lima Video".
func speakersPart(by string) string {
	for _, sep := range []string{" - ", " – ", " (", " [", " with "} {
		if k := strings.Index(by, sep); k > 0 {
			by = by[:k]
		}
	}
	return strings.TrimSpace(materialTail.ReplaceAllString(by, ""))
}

// speakerWeight scores how surely a speaker list names people: companies and full names.
func speakerWeight(sp []listedSpeaker) int {
	w := 0
	for _, p := range sp {
		if p.company != "" {
			w += 2
		}
		if words := withoutInitials(p.name); len(words) > 0 && givennames.Is(words[0]) {
			w++
		} else {
			w -= 2 // "Tracing Without Tears": title case, but no given name
		}
	}
	return w
}

// speakerJoiners are the words for "and" between two speakers' names, in the languages posts
// are read in: "Ana Lima e Bo Chen", "Ana Lima y Bo Chen", "Ana Lima och Bo Chen".
var speakerJoiners = []string{" and ", " und ", " et ", " e ", " y ", " i ", " en ", " og ", " och ", " ja "}

// splitOutsideParens splits a speaker segment into its parts at the list joiners that stand
// outside parentheses: commas, ";", "&", "+", "/", and the words for "and" (speakerJoiners).
// It scans the segment once.
func splitOutsideParens(seg string) []string {
	var parts []string
	depth, start := 0, 0
	cut := func(i, next int) {
		switch {
		case i == 0:
		case strings.TrimSpace(seg[min(start, i):i]) == "" && len(parts) > 0:
			start = max(start, next) // ", and": one joiner
		default:
			parts = append(parts, seg[start:i])
			start = next
		}
	}
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		case ',', ';', '&', '+', '/':
			if depth == 0 {
				cut(i, i+1)
			}
		case ' ':
			if depth > 0 {
				continue
			}
			for _, w := range speakerJoiners {
				if strings.HasPrefix(seg[i:], w) {
					cut(i, i+len(w))
					i += len(w) - 2
					break
				}
			}
		}
	}
	parts = append(parts, seg[start:])
	// joiners leave spaces around the parts
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// speakerPart reads one person of a speaker list: "Ana Lima", "Ana Lima (Initech)", "Ana
// Lima from Initech", "Ana Lima @ Initech", "Initech's Ana Lima", or a profile-linked handle.
func (x *extraction) speakerPart(s *sentence, p string, alone bool) (name, company string, ok bool) {
	if h, ok := atHandle(p); ok {
		return h, "", true // "@alima": a speaker known by a handle alone
	}
	if i := strings.Index(p, "("); i > 0 && strings.HasSuffix(p, ")") {
		inner := withoutHandles(strings.TrimSpace(p[i+1 : len(p)-1]))
		name = strings.TrimSpace(p[:i])
		if c, ok := x.companyPart(inner); ok {
			company = c
		} else if c, ok := x.parenCompany(inner); ok {
			company = c
		} else if !x.isLocation(inner) && !handleLike(inner) && !selfNote[strings.ToLower(inner)] {
			return "", "", false
		}
	} else {
		name = p
		// the first separator after the name that leaves a company: "Ana Lima — SDE @ Initech"
		// splits at the dash, not inside the role
		best := -1
		for _, w := range []string{" from ", " of ", " at ", " @ ", " with ", " – ", " — ", " - ", " | "} {
			if i := strings.Index(p, w); i > 0 && (best < 0 || i < best) {
				if c, ok := x.companyPart(strings.TrimSpace(p[i+len(w):])); ok && c != "" {
					name, company, best = strings.TrimSpace(p[:i]), c, i
				}
			}
		}
		if company == "" {
			for _, ap := range []string{"'s ", "’s "} {
				if i := strings.Index(p, ap); i > 0 {
					if c, ok := x.companyPart(p[:i]); ok && c != "" && x.isPersonName(s, p[i+len(ap):], alone) {
						return strings.TrimSpace(p[i+len(ap):]), c, true
					}
				}
			}
		}
	}
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(name, "Dr. "), "Prof. "))
	if !x.isPersonName(s, name, alone) {
		return "", "", false
	}
	return name, company, true
}

// parenCompany reads a company in parentheses after a speaker's name that companyPart leaves
// because it is shaped like a name: "Ana Lima (Quillfeather Creations)", "Bo Chen (Vanta
// Nord)". In that place two to four capitalized words are the speaker's company unless they
// start with a given name ("Ana (Ana Lima)" spells the speaker out) or name a place.
func (x *extraction) parenCompany(inner string) (string, bool) {
	words := strings.Fields(inner)
	if len(words) < 2 || len(words) > 4 || !x.looksLikeName(inner) || givennames.Is(words[0]) || x.isLocation(inner) {
		return "", false
	}
	return inner, true
}

// selfNote is what a writer puts in brackets after their own name in a list of speakers:
// "Ana Lima (myself)".
var selfNote = set(`myself me moi yo ich`)

// withoutHandles drops the handles from a list in parentheses after a name: "Initech, @alima"
// is "Initech". A handle alone stays, for handleLike.
func withoutHandles(inner string) string {
	parts := strings.Split(inner, ", ")
	if len(parts) < 2 {
		return inner
	}
	var kept []string
	for _, part := range parts {
		if !handleLike(strings.TrimSpace(part)) {
			kept = append(kept, part)
		}
	}
	if len(kept) == 0 {
		return parts[0]
	}
	return strings.Join(kept, ", ")
}

// handleLike reports "@ana" or "ana_lima": a handle in parentheses after a name.
func handleLike(s string) bool {
	return strings.HasPrefix(s, "@") && !strings.Contains(s, " ")
}

// isPersonName reports whether text is a person's name in a listing: a full name, or a handle
// or first name that links to a profile (or stands alone in its segment).
func (x *extraction) isPersonName(s *sentence, text string, alone bool) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	if x.notAPerson(text) {
		// in a speaker's place, a full name that starts with a given name is a person even when
		// a town somewhere has the same name ("Stuart Murray")
		lower := strings.ToLower(text)
		if !x.looksLikeName(text) || !givennames.Strong(firstWord(text)) || x.orgs[lower] || knownCompanies[lower] || gazetteer.IsCountry(text) {
			return false
		}
	}
	if x.looksLikeName(text) {
		// a name of three words or more starts with a given name ("Mara de Vries"); a title in
		// title case does not ("Scaling Ingest Pipelines")
		// (initials aside: "J. Manrique López" is a given and a family name)
		words := withoutInitials(text)
		return len(words) < 3 || givennames.Is(words[0]) || x.linkedProfile(s, text)
	}
	if x.linkedProfile(s, text) {
		return looksLikeHandle(text) || nameToken(wordOf(text))
	}
	return false
}

// allPlaces reports whether every speaker read is a place the gazetteer knows.
func (x *extraction) allPlaces(sp []listedSpeaker) bool {
	for _, p := range sp {
		if p.handle || !x.isLocation(p.name) {
			return false
		}
	}
	return len(sp) > 0
}

// titleNotCompany reports whether words after a speaker's name and a comma are a title rather
// than the speaker's company or role: three words or more, and no company (or, of four words
// or more, no company word such as "Labs" or "Group").
func (x *extraction) titleNotCompany(p string) bool {
	words := strings.Fields(p)
	if len(words) < 3 || roleText(p) || !plainTitle(p) {
		return false
	}
	if c, ok := x.companyPart(p); !ok || c == "" {
		return true
	}
	return len(words) >= 4 && !orgSuffixIn(words)
}

// nameOnTitle reads a line that names the speaker, then "on", then the talk: "[Ana Lima](…) on
// Quiet Queues in Practice", "Bo Chen on his library, [Quillq](…)". The name is a person's in
// full (a known given name first, or linked); the title starts with a capital, or else is the
// marked phrase the rest ends with.
func (x *extraction) nameOnTitle(s *sentence, off int, l listing) (listing, bool) {
	text := s.text
	i := strings.Index(text[off:], " on ")
	if i <= 0 {
		return listing{}, false
	}
	name := strings.TrimSpace(text[off : off+i])
	rest := strings.TrimSpace(strings.TrimRight(text[off+i+4:], " .;,|-–—"))
	linked := false
	for _, ln := range s.links {
		if ln.Start == off && ln.End == off+i {
			linked = true
		}
	}
	if !givenName(name) && !(linked && x.looksLikeName(name)) || x.notAPerson(name) || len(strings.Fields(name)) > 4 {
		return listing{}, false
	}
	title := rest
	if w := strings.ToLower(firstWord(title)); w == "his" || w == "her" || w == "their" || w == "my" || w == "our" {
		if t := strings.TrimSpace(title[len(w):]); startsUpper(t) {
			title = t // "on his Quillq Gist": the talk named after the possessive
		}
	}
	if !startsUpper(title) && !camelName(firstWord(title)) {
		// "on his library, [Quillq](…)": the marked name set off after a comma
		t, start, ok := markedPhrase(s, off+i+4, false)
		if !ok || start <= off+i+4 || !strings.HasSuffix(strings.TrimSpace(text[:start]), ",") {
			return listing{}, false
		}
		title = t
	}
	title = cleanTitle(title)
	if len(strings.Fields(title)) < 2 || !plainTitle(title) || x.isEventName(title) || x.isPersonText(title) || platformsOnly(title) {
		return listing{}, false
	}
	l.title, l.speakers = title, []listedSpeaker{{name: name}}
	return l, x.validListing(l)
}

// platformsOnly reports a phrase of the places a person is found online: "Mastodon and
// Bluesky", "Twitter & GitHub".
func platformsOnly(text string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case profileLabels[w] || onlinePlaces[w]:
			n++
		case w == "and" || w == "or" || w == "on":
		default:
			return false
		}
	}
	return n > 0
}

// onlinePlaces are networks a person is followed on, beside profileLabels.
var onlinePlaces = set(`bluesky threads reddit discord slack telegram twitch tiktok hackernews dev medium`)

// givenName reports whether text looks like a person's full name that starts with a given
// name (initials aside).
func givenName(text string) bool {
	words := withoutInitials(text)
	return looksLikeName(text) && len(words) > 0 && givennames.Is(words[0])
}

// withoutInitials returns the words of a name without its initials ("J.", "M.").
func withoutInitials(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if r := []rune(w); len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0]) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// linkedProfile reports whether text is the whole text of a link to a profile page.
func (x *extraction) linkedProfile(s *sentence, text string) bool {
	if i := strings.Index(s.text, text); i >= 0 {
		for _, l := range s.links {
			if l.Start <= i && i+len(text) <= l.End && isProfileLink(l.Href) && strings.TrimSpace(s.text[l.Start:l.End]) == text {
				return true
			}
		}
	}
	return false
}

// companyPart reads what follows a speaker's name as their company: "Initech", "Senior
// Engineer at Initech", "CTO, Initech" (given as one part), "Initech Labs". A role alone ("Staff
// Engineer") is accepted with no company. It reports false for anything else.
func (x *extraction) companyPart(p string) (string, bool) {
	p = strings.TrimSpace(strings.Trim(p, "*_ "))
	if p == "" || len(p) > 80 {
		return "", false
	}
	if notCompanyWords[strings.ToLower(p)] || bareMonthYear.MatchString(p) || strings.HasPrefix(strings.ToLower(p), "since ") {
		return "", true // "Freelance Engineer, Remote", "Developer Advocate, since 2029": no employer
	}
	if i := strings.Index(p, " ("); i > 0 && notCompanyWords[strings.ToLower(strings.Trim(p[i+2:], ") "))] {
		p = strings.TrimSpace(p[:i]) // "Globex (remote)"
	}
	if head, _, ok := strings.Cut(p, " · "); ok && head != "" {
		p = head // "SDE @ Initech · Apple Scholar": more facts after a middle dot
	}
	if strings.Contains(p, " | ") {
		// "Rails Core Team | Staff Engineer @ Initech": roles apart, the employer in one
		parts := strings.Split(p, " | ")
		for _, part := range parts {
			if l := " " + strings.ToLower(part) + " "; strings.Contains(l, " at ") || strings.Contains(l, " @ ") || strings.Contains(l, " with ") {
				c, ok := x.companyPart(part) // the part that says where the role is held
				return c, ok
			}
		}
		return x.companyPart(parts[len(parts)-1])
	}
	if i := strings.LastIndex(p, " @"); i > 0 && i+2 < len(p) && p[i+2] != ' ' {
		p = p[:i] + " @ " + p[i+2:] // "Architect @Initech": the company glued to its "@"
	}
	if strings.Contains(p, " / ") {
		single := true
		for _, part := range strings.Split(p, " / ") {
			single = single && len(strings.Fields(part)) == 1
		}
		if single {
			return "", true // "Testing / Tooling", "Ops / QA": fields or roles, no company
		}
		p = strings.ReplaceAll(p, " / ", ", ") // "Tech Lead / Architect, Initech": roles apart
	}
	words := strings.Fields(p)
	lower := strings.ToLower(p)
	// "Role at Company", "Role @ Company", "Role of Company" ("CTO en Initech", "Dev bij
	// Initech" in other languages); before "@" any short role
	// ("Sr. iOS @ Initech", "SDE @ Initech")
	for _, w := range []string{" at ", " @ ", " of ", " for ", " with ", " bei ", " chez ", " en ", " em ", " bij ", " presso "} {
		if i := strings.Index(lower, w); i > 0 && (roleText(p[:i]) || w == " @ " && len(strings.Fields(p[:i])) <= 4 && !x.looksLikeName(p[:i])) {
			c, ok := x.companyPart(p[i+len(w):])
			return c, ok && c != ""
		}
	}
	if roleText(p) || roleLabels[lower] {
		return "", true // "Staff Engineer", "Moderator": a role, no company
	}
	if parts := strings.Split(p, ", "); len(parts) > 1 {
		// "Initech, MVP:Cloud", "Queue Lab, Tartu University": the roles go; of the rest, the
		// last names the employer (a unit before its organization)
		var kept []string
		for _, part := range parts {
			head, _, _ := strings.Cut(part, ":")
			if !roleText(part) && !roleText(head) && !roleLabels[strings.ToLower(part)] {
				kept = append(kept, part)
			}
		}
		if len(kept) > 0 && len(kept) < len(parts) || len(kept) == 2 && len(parts) == 2 && x.unitOf(kept[0]) {
			last := strings.TrimSpace(kept[len(kept)-1])
			if c, ok := x.companyPart(last); ok {
				return c, true
			}
			if startsUpper(last) && len(strings.Fields(last)) <= 4 && (!x.isLocation(last) || orgSuffixIn(strings.Fields(last))) {
				// "Staff Engineer, Quillon Hardy", "Queue Lab, Tartu University": after a role or a
				// unit, the company, even shaped like a name
				return last, true
			}
			return "", false
		}
	}
	// "Initech Staff Engineer", "Initech Chief Data Officer": the company, then a role
	if len(words) <= 4 && soloRoles[strings.ToLower(words[len(words)-1])] {
		// "openHAB Maintainer", "Initech Community Member": a role in a project or a community,
		// which employs no one
		return "", true
	}
	for k := 1; k < len(words)-1; k++ {
		// (a role of two words or more: "The Pragmatic Engineer" is a name)
		last := strings.ToLower(words[len(words)-1])
		if roleHeads[last] && roleText(strings.Join(words[k:], " ")) {
			head := strings.Join(words[:k], " ")
			if c, ok := x.companyPart(head); ok && c != "" {
				return c, true
			}
			return head, startsUpper(head) // "Tartu Chief Data Officer": a city's office
		}
	}
	// "Tech Lead Northwind", "Staff Engineer Initech Labs": a role, then the company
	for k := len(words) - 1; k >= 1; k-- {
		if roleHeadEnds(words[k-1]) && roleText(strings.Join(words[:k], " ")) {
			rest := strings.Join(words[k:], " ")
			if len(words)-k <= 3 && startsUpper(rest) && !roleText(rest) && !x.isLocation(rest) && !x.looksLikeName(rest) {
				if c, ok := x.companyPart(rest); ok && c != "" {
					return c, true
				}
			}
			break
		}
	}
	if len(words) > 5 || x.isLocation(p) || x.looksLikeName(p) && !x.orgs[lower] && !knownCompanies[lower] && !orgSuffixIn(words) && !countryBranch(words) {
		return "", false
	}
	// a company starts with a capital, a digit or an @handle, or is one word in camel case
	// ("nimbusOps"; "dotNed Saturday" is an event); lower-case words inside are
	// connectors only
	if orgSuffixIn(words) && len(words) <= 3 {
		return strings.TrimPrefix(p, "@"), true // "quillworks llc": a legal form names a company, in any case
	}
	for i, w := range words {
		r := []rune(w)
		if i == 0 && !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) || r[0] == '@' || len(words) == 1 && hasInnerCapital(w)) {
			return "", false
		}
		if unicode.IsLower(r[0]) && !connectorWords[strings.ToLower(w)] && !hasInnerCapital(w) {
			return "", false
		}
	}
	return strings.TrimPrefix(p, "@"), true
}

// soloRoles are roles in a project or a community, written after its name ("Initech
// Maintainer", "openHAB Committer"): no company's name ends with one, and none is a job.
var soloRoles = set(`maintainer maintainers contributor contributors committer committers member members`)

// connectorWords may stand lower-case inside an organization's name.
var connectorWords = set(`of and & the for de la le du des der von van y e und et at in on`)

// roleHeads end a job title written after a company ("Northwind Staff Engineer"), as no
// company's name ends ("Northwind Team", "Northwind Partners" are names).
var roleHeads = set(`engineer developer advocate officer architect scientist researcher consultant
evangelist designer analyst manager director founder co-founder cofounder president ceo cto cfo coo vp relations`)

// roleHeadEnds reports a word that ends a job title: a role's head ("Engineer") or "Lead".
func roleHeadEnds(w string) bool {
	l := strings.ToLower(w)
	return roleHeads[l] || l == "lead"
}

// unitWords name a part of an organization: "Queue Research Institute, Tartu University".
var unitWords = set(`institute department dept lab labs laboratory school faculty centre center group team division unit`)

// unitOf reports a company part that names a unit of the organization written after it.
func (x *extraction) unitOf(p string) bool {
	for _, w := range strings.Fields(strings.ToLower(p)) {
		if unitWords[w] {
			return true
		}
	}
	return false
}

// roleText reports words that are a job title only: "Senior Software Engineer", "CTO",
// "Developer Advocate".
func roleText(p string) bool {
	words := strings.Fields(strings.ToLower(p))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	role := false
	for _, w := range words {
		w = strings.Trim(w, ",.")
		switch {
		case roleWords[w] || extraRoleWords[w]:
			role = true
		case roleModifiers[w] || connectorWords[w] || departments[w] && role:
			// "VP Products", "Head of Sales": a department after the role word
		default:
			return false
		}
	}
	return role
}

// extraRoleWords are job titles a listing writes after a name, beyond roleWords.
var extraRoleWords = set(`software programmer maintainer contributor committer professor student phd researcher
coach trainer author writer sre devops specialist expert mvp gde champion organizer organiser
cofounder co-founder chief officer product marketing evangelist hacker freelancer freelance
independent tech technical responsable développeur développeuse ingénieur ingénieure entwickler entwicklerin
desarrollador desarrolladora desenvolvedor desenvolvedora sviluppatore sviluppatrice architecte arquitecto arquiteto
gründer gründerin fondateur fondatrice fundador fundadora leiter leiterin dev devs ontwikkelaar programador
programadora programmeur programmeuse`)

// roleModifiers qualify a job title: "senior", "staff", "principal", "lead".
var roleModifiers = set(`senior junior staff principal lead chief head associate assistant full
stack full-stack frontend front-end backend back-end web mobile cloud data machine learning ml ai
solutions solution site reliability platform security developer relations devrel open source
community software engineering research digital`)

// orgSuffixIn reports whether words end in an organization suffix ("Initech Labs").
func orgSuffixIn(words []string) bool {
	return len(words) > 1 && orgSuffixWords[strings.ToLower(words[len(words)-1])]
}

// countryBranch reports a company's branch in a country: "Northwind Poland", "Initech Deutschland":
// a name of two or three words that ends in a country, which no person's name does.
func countryBranch(words []string) bool {
	return len(words) > 1 && len(words) <= 3 && gazetteer.IsCountry(words[len(words)-1]) && !givennames.Is(words[0])
}

// isLocation reports a place written after a speaker ("Ana Lima, Berlin"): a city or a
// country, not a company.
func (x *extraction) isLocation(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || x.orgs[strings.ToLower(p)] || knownCompanies[strings.ToLower(p)] {
		return false
	}
	s := &sentence{text: "in " + p}
	s.tokens = tokenize(s.text, nil, nil)
	if c, ok := x.cityAt(s, 1); ok && c.end == len(s.tokens) {
		return true
	}
	return gazetteer.IsCountry(p)
}

// lineSentence makes one line [r[0], r[1]) of block b (block index bi) a sentence, with the
// block's links and emphasis that fall inside it re-based to the line.
func lineSentence(b document.Block, r [2]int, bi int) *sentence {
	text := b.Text[r[0]:r[1]]
	trimmed := lineText(b, r)
	off := r[0] + strings.Index(text, trimmed)
	s := &sentence{text: trimmed, block: bi, kind: b.Kind, section: int32(b.Section), level: int32(b.Level), quoted: b.Quoted}
	s.links, s.spans = marksWithin(b.Links, b.Spans, off, off+len(trimmed))
	s.tokens = tokenize(s.text, s.links, s.spans)
	return s
}

// lineSentence is lineSentence for a block of the post: a line that is the block's only
// sentence is that sentence, so that what the rules derived from it (its names, cities and
// quotes) is not derived again.
func (x *extraction) lineSentence(b document.Block, r [2]int, bi int) *sentence {
	if bi >= 0 && bi < len(x.blockSents) && len(x.block(bi)) == 1 && r[0] == 0 && r[1] == len(b.Text) {
		if s := x.block(bi)[0]; s.text == b.Text && x.doc.Blocks[bi].Text == b.Text && strings.TrimSpace(b.Text) == b.Text {
			return s
		}
	}
	return lineSentence(b, r, bi)
}

// lineText is the text of line [r[0], r[1]) of block b as lineSentence makes it, without the
// cost of its tokens.
func lineText(b document.Block, r [2]int) string {
	return strings.TrimSpace(b.Text[r[0]:r[1]])
}

// oneLineListing reports a paragraph of one line that reads as a listing whose speakers are
// people: "Ana Lima: Quiet Queues".
func (x *extraction) oneLineListing(bi int) bool {
	if bi < 0 || bi >= len(x.doc.Blocks) {
		return false
	}
	b := x.doc.Blocks[bi]
	if b.Kind != document.Paragraph || len(b.Breaks) > 0 || len(b.Text) > maxListingLine {
		return false
	}
	if x.oneLine == nil {
		x.oneLine = make([]int8, len(x.doc.Blocks)) // a block's answer, asked up to seven times
	}
	if a := x.oneLine[bi]; a != 0 {
		return a > 0
	}
	ok := false
	if len(x.block(bi)) > 0 {
		l, read := x.readListing(x.lineSentence(b, [2]int{0, len(b.Text)}, bi))
		ok = read && namedPeople(l.speakers) && personLike(l.speakers)
	}
	x.oneLine[bi] = -1
	if ok {
		x.oneLine[bi] = 1
	}
	return ok
}

// afterTimeLine reports a block right after a paragraph that is only a slot's time: "09:10-09:40"
// over "Ana Lima - Quiet Queues", as a programme's cells read.
func (x *extraction) afterTimeLine(bi int) bool {
	if bi == 0 {
		return false
	}
	p := x.doc.Blocks[bi-1]
	if p.Kind != document.Paragraph || len(p.Text) > 40 {
		return false
	}
	return timeOnly.MatchString(strings.TrimSpace(p.Text))
}

// timeOnly is a time or a range of times alone: "09:10-09:40", "6:45 pm", "(18:00 – 18:45)".
var timeOnly = regexp.MustCompile(`(?i)^\(?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:-|–|—|~|to)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?\)?$`)

// oneLineRun counts the paragraphs of one listing line among the three blocks either side of
// block bi, itself included: paragraphs of "Name: Title", one a talk, written apart by blank
// lines (one of them may be read otherwise, a speaker's name no reader knows).
func (x *extraction) oneLineRun(bi int) int {
	if !x.oneLineListing(bi) {
		return 0
	}
	run := 1
	for k := bi - 3; k <= bi+3; k++ {
		if k != bi && x.oneLineListing(k) {
			run++
		}
	}
	return run
}

// readParagraphLines reads a paragraph written as listing lines, one talk a line ("18:30 -
// Title - Name" under each other). A paragraph of one line counts only when it is marked as a
// listing: a time or slot label first, or a quoted or emphasized title. It reports whether
// the paragraph was read as listings.
func (x *extraction) readParagraphLines(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if n := len(lines); n >= 2 && n <= 3 && len(b.Text) <= maxListingLine {
		// "Speaker slot #1: 'Title' - Ana Lima⏎(Initech)": a slot's line wrapped in the source
		if first := strings.TrimSpace(lineText(b, lines[0])); listLabel.MatchString(first) || listTime.MatchString(first) {
			one, oneOK := x.readListing(x.lineSentence(b, lines[0], bi))
			whole := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
			if l, ok := x.readListing(whole); ok && l.prefixed && (!oneOK || one.title == l.title) {
				return x.addListing(bi, whole, l, events) // (the wrapped part adds the company)
			}
		}
	}
	var read []struct {
		s *sentence
		l listing
	}
	shaped := 0 // lines that start with a time or slot label, read or not ("19:00 Doors open")
	strong := false
	for k, r := range lines {
		if len(lines) > 1 && 2*(shaped+len(lines)-k) < len(lines) {
			return false // most lines cannot be agenda lines any more (see below): prose
		}
		if len(lineText(b, r)) > maxListingLine {
			continue // readListing reads no line this long: not worth its tokens
		}
		s := x.lineSentence(b, r, bi)
		l, ok := x.readListing(s)
		if ok && len(lines) == 1 && allStrong(s) {
			l.marked = true // "**Ana Lima: Fast Builds**": a line set in bold as a talk's heading
		}
		if l.prefixed || ok && l.marked {
			shaped++
			strong = true
		} else if ok {
			shaped++
		}
		if ok && (len(lines) > 1 || l.prefixed || l.marked || x.afterTimeLine(bi) || x.oneLineRun(bi) >= 3) && len(strings.Fields(s.text)) <= 40 {
			read = append(read, struct {
				s *sentence
				l listing
			}{s, l})
		}
	}
	// lines of prose that happen to break are not an agenda: most lines must be agenda lines,
	// and two must read (or one, marked by a time, a label or a marked title)
	if len(read) == 0 || len(lines) > 1 && (len(read) < 2 && !strong || 2*shaped < len(lines)) {
		return false
	}
	if !strong && wrappedProse(b, lines) {
		return false
	}
	any := false
	for _, r := range read {
		if x.addListing(bi, r.s, r.l, events) {
			any = true
		}
	}
	return any
}

// handleBeforeColon reads "ana:" as the handle ana: one lower-case word that can stand for a
// person, then a colon.
func handleBeforeColon(head string) (string, bool) {
	h, ok := strings.CutSuffix(strings.TrimSpace(head), ":")
	h = strings.TrimSpace(h)
	if !ok || len(h) < 2 || len(h) > 24 || strings.ToLower(h) != h || strings.ContainsAny(h, " .,;/") || !looksLikeHandle(h) {
		return "", false
	}
	return h, true
}

// twoSentences reports text that runs on after a full stop: prose, not a title.
func twoSentences(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' && unicode.IsUpper(rune(text[i+2])) && i > 1 && unicode.IsLower(rune(text[i-1])) {
			return true
		}
	}
	return false
}

// strongSpan reports whether the words of the sentence between byte offsets from and to are
// all in bold.
func strongSpan(s *sentence, from, to int) bool {
	words := 0
	for _, t := range s.tokens {
		if int(t.start) < from || int(t.end) > to || !t.word {
			continue
		}
		if !t.strong {
			return false
		}
		words++
	}
	return words > 0
}

// allStrong reports a line whose words are all in bold.
func allStrong(s *sentence) bool {
	words := 0
	for _, t := range s.tokens {
		if !t.word {
			continue
		}
		if !t.strong {
			return false
		}
		words++
	}
	return words > 0
}

// wrappedProse reports lines that continue one another: a line ending in a comma or a joining
// word, or followed by one that starts in lower case, is a sentence wrapped by its writer.
func wrappedProse(b document.Block, lines [][2]int) bool {
	for i, r := range lines[:len(lines)-1] {
		line := strings.TrimSpace(b.Text[r[0]:r[1]])
		next := strings.TrimSpace(b.Text[lines[i+1][0]:lines[i+1][1]])
		if strings.HasSuffix(line, ",") || strings.HasSuffix(line, " and") || strings.HasSuffix(line, " with") {
			return true
		}
		if next != "" && unicode.IsLower([]rune(next)[0]) {
			return true
		}
	}
	return false
}

// labelKind is the kind of talk a listing's label names ("Lightning:" is a lightning talk), or
// "" for a label of the line's field ("Topic:", "Tech talk -") or a slot's number.
func labelKind(label string) string {
	kind := strings.ToLower(label)
	if strings.HasPrefix(kind, "lightning") {
		return "lightning talk"
	}
	switch kind {
	case "talk", "session", "presentation", "topic", "talk title", "title", "subject", "tech talk", "techtalk":
		return "" // "Topic: Title by Name": a label of the line's field, not a kind of talk
	}
	return kind
}

// column names what a table column holds.
type column int

const (
	colOther column = iota
	colTime
	colTitle
	colSpeaker
	colCompany
	colEvent // the event a talk was given at: "Event", "Conference", "Venue"
	colPlace // where: "Place", "Location", "City"
	colDate  // "Date", "Year"
)

// titleColumns name a talk's column in other languages: "Vortrag", "Charla", "Thema".
var titleColumns = set(`vortrag vorträge vortragstitel titel thema charla charlas ponencia título titulo tema titolo
intervento palestra présentation exposé sujet titre lezing onderwerp temat judul materi topik ämne emne aihe
konu téma tytuł`)

// speakerColumns name the speakers' column in other languages: "Referent", "Ponente", "Wer".
var speakerColumns = set(`referent referentin referenten sprecher sprecherin vortragende wer ponente ponentes orador
oradores quién quien intervenant intervenants orateur relatore relatori palestrante palestrantes spreker sprekers
prelegent prelegenci pembicara pemateri narasumber penceramah talare foredragsholder puhuja konuşmacı előadó
řečník expositor conferencista`)

// timeColumns and companyColumns name a time's and a company's column in other languages.
var (
	timeColumns    = set(`hora horario heure horaire ora orario tijd tid godzina waktu jam pukul tidspunkt aika saat`)
	companyColumns = set(`firma unternehmen arbeitgeber empresa entreprise société societe azienda bedrijf företag
perusahaan instansi`)
	dateColumns = set(`date year datum fecha data tanggal dato päivämäärä tarih jour giorno`)
)

// headerColumn reads a header cell: "Time", "Talk", "Title", "Speaker(s)", "Company".
func headerColumn(cell string) column {
	c := strings.ToLower(strings.Trim(strings.TrimSpace(cell), "*_:"))
	if col := headerColumnOf(c); col != colOther {
		return col
	}
	if first, _, ok := strings.Cut(c, " "); ok && (timeColumns[first] || speakerColumns[first] || titleColumns[first] || dateColumns[first]) {
		// "Waktu kegiatan", "Tema da palestra": a header word of another language before its qualifier
		return headerColumnOf(first)
	}
	return colOther
}

// headerColumnOf is headerColumn for a header cell in lower case.
func headerColumnOf(c string) column {
	switch {
	case c == "":
		return colOther
	case strings.Contains(c, "time") || c == "when" || c == "hour" || c == "slot" || c == "start" || strings.HasSuffix(c, "zeit") || timeColumns[c] ||
		c == "duration" || c == "length" || c == "dauer" || c == "durée" || c == "duración" || c == "duração":
		return colTime // (a slot's length is of its time, no part of the title)
	case strings.Contains(c, "speaker") || strings.Contains(c, "presenter") || c == "who" || c == "by" || c == "name" || c == "names" || c == "handle" || speakerColumns[c]:
		return colSpeaker
	case strings.Contains(c, "company") || strings.Contains(c, "affiliation") || strings.Contains(c, "organi") || c == "employer" || c == "from" || companyColumns[c]:
		return colCompany
	case c == "event" || c == "events" || c == "conference" || c == "conferences" || c == "venue" || c == "meetup" || c == "where" ||
		c == "occasion" || c == "veranstaltung" || c == "evento" || c == "événement" || c == "evenement":
		return colEvent
	case c == "place" || c == "location" || c == "city" || c == "ort" || c == "lieu" || c == "lugar" || c == "luogo":
		return colPlace
	case dateColumns[c]:
		return colDate
	case strings.Contains(c, "title") || strings.Contains(c, "talk") || strings.Contains(c, "topic") || strings.Contains(c, "session") ||
		strings.Contains(c, "subject") || strings.Contains(c, "presentation") || c == "what" || c == "abstract" || titleColumns[c] ||
		c == "content" || c == "contents" || c == "program" || c == "programme" || c == "agenda":
		return colTitle
	}
	return colOther
}

// readTable reads the table that starts at block bi (a run of table rows): by its header's
// columns when it has one (time, title, speaker, company), else each row as a listing line.
func (x *extraction) readTable(bi int, events []*event) {
	end := bi
	for end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind == document.TableRow {
		x.agendaBlocks.add(end)
		end++
	}
	// two tables one after the other read as one run of rows: a row of header words starts
	// the next ("| Time | Vortrag | Who |" under the rows of the table before it)
	from := bi
	for k := bi + 1; k < end; k++ {
		if r := x.doc.Blocks[k]; len(r.Text) < 200 && !strings.ContainsAny(r.Text, "0123456789") && headerRow(cells(r)) {
			x.readTableRows(from, k, events)
			from = k
		}
	}
	before := len(x.talks)
	x.readTableRows(from, end, events)
	if len(x.talks) == before && x.proseTable(bi, end) {
		// a table that lays out sentences ("| [photo] | **Ana Lima** of Initech, speaking
		// about queues |") and gives no talk as a table: its rows are read as prose
		for k := bi; k < end; k++ {
			x.agendaBlocks.remove(k)
		}
		return
	}
	x.release(end - 1)
}

// proseTable reports rows bi to end (excluded) of a table that hold sentences: no row of
// header words, and a row with a cell of six words or more, some of them in lower case, and a
// comma or a period.
func (x *extraction) proseTable(bi, end int) bool {
	if headerRow(cells(x.doc.Blocks[bi])) {
		return false
	}
	for k := bi; k < end; k++ {
		for _, c := range cells(x.doc.Blocks[k]) {
			words := strings.Fields(c.text)
			if len(words) < 6 || !strings.ContainsAny(c.text, ",.") {
				continue
			}
			lower := 0
			for _, w := range words {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					lower++
				}
			}
			if lower >= 3 {
				return true
			}
		}
	}
	return false
}

// jobTitleHeader reports a header cell that may name a person's job title as well as a talk's:
// "Title", "Position", "Role".
func jobTitleHeader(cell string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(cell), "*_:")) {
	case "title", "job title", "position", "role":
		return true
	}
	return false
}

// roleColumn reports a column of rows from to end (excluded) whose cells are mostly job titles
// ("Developer Advocate", "IBM Distinguished Engineer"), not talks' titles.
func (x *extraction) roleColumn(from, end, col int) bool {
	roles, n := 0, 0
	for ri := from; ri < end; ri++ {
		row := cells(x.doc.Blocks[ri])
		if col >= len(row) || row[col].text == "" {
			continue
		}
		n++
		words := strings.Fields(row[col].text)
		if roleText(row[col].text) || len(words) <= 4 && roleHeadEnds(words[len(words)-1]) {
			roles++
		}
	}
	return n > 0 && roles*2 > n
}

// readPeopleTable reads a table of people with their job titles and companies (see roleColumn)
// as the speakers of the page's talk, when the page's title can be a talk's: a session's page
// that lists its presenters. Each company is its person's affiliation.
func (x *extraction) readPeopleTable(bi, end, speaker, company int, events []*event) {
	title := x.pageTalkTitle()
	var people []listedSpeaker
	for ri := bi + 1; ri < end; ri++ {
		x.agendaBlocks.add(ri)
		row := cells(x.doc.Blocks[ri])
		if speaker >= len(row) {
			continue
		}
		name := x.columnName(row[speaker].text)
		if name == "" {
			continue
		}
		p := listedSpeaker{name: name}
		if company >= 0 && company < len(row) {
			if c, ok := x.companyPart(row[company].text); ok {
				p.company = c
			}
		}
		people = append(people, p)
	}
	x.agendaBlocks.add(bi)
	if title == "" || len(people) == 0 {
		return
	}
	b := x.doc.Blocks[bi]
	x.addListing(bi, x.lineSentence(b, [2]int{0, len(b.Text)}, bi), listing{title: title, marked: true, speakers: people}, events)
}

// headerRow reports a table row whose cells are all header words, one of them a title's or
// a speaker's column: "Time | Talk | Speaker(s)". (readTable asks only of short rows with no
// digits, as headers are: most rows are not, and are told so without splitting them.)
func headerRow(row []cell) bool {
	n, key := 0, false
	for _, c := range row {
		if c.text == "" {
			continue
		}
		col := headerColumn(c.text)
		if col == colOther || len(strings.Fields(c.text)) > 3 {
			return false
		}
		n++
		key = key || col == colTitle || col == colSpeaker
	}
	return n >= 2 && key
}

// readTableRows reads table rows bi to end (excluded), the first of them the header if it
// has one.
func (x *extraction) readTableRows(bi, end int, events []*event) {
	header := cells(x.doc.Blocks[bi])
	cols := make([]column, len(header))
	var title, speaker, company = -1, -1, -1
	var eventCol, placeCol, dateCol = -1, -1, -1
	for i, h := range header {
		cols[i] = headerColumn(h.text)
		switch cols[i] {
		case colEvent:
			if eventCol < 0 {
				eventCol = i
			}
		case colPlace:
			if placeCol < 0 {
				placeCol = i
			}
		case colDate:
			if dateCol < 0 {
				dateCol = i
			}
		case colTitle:
			if title < 0 {
				title = i
			}
		case colSpeaker:
			if speaker < 0 {
				speaker = i
			}
		case colCompany:
			if company < 0 {
				company = i
			}
		}
	}
	if title >= 0 && speaker >= 0 && jobTitleHeader(header[title].text) && x.roleColumn(bi+1, end, title) {
		// "| Name | Title | Company |" with job titles in the title column: the page's
		// speakers, not its talks
		x.readPeopleTable(bi, end, speaker, company, events)
		return
	}
	start := bi
	if title >= 0 || speaker >= 0 {
		start = bi + 1 // the header is no talk
	}
	for ri := start; ri < end; ri++ {
		if ri > bi {
			x.release(ri - 1) // the row before is read (see release)
		}
		b := x.doc.Blocks[ri]
		row := cells(b)
		if title >= 0 && title < len(row) && (speaker < 0 && eventCol < 0 && placeCol < 0 || speaker >= 0 && (speaker >= len(row) || row[speaker].text == "")) {
			// a ragged row, or a table with no speaker column: the title's cell may name the
			// speakers too ("Title<br/>Ana Lima", "Title - Ana Lima")
			if x.readTitleCell(ri, row[title], companyOf(row, company), events) {
				continue
			}
		}
		if title >= 0 && speaker >= 0 && title < len(row) && speaker < len(row) {
			ts := x.lineSentence(b, row[title].r, ri)
			ss := x.lineSentence(b, row[speaker].r, ri)
			sp, ok := x.readSpeakers(ss, ss.text, 0)
			if !ok {
				// rows written against their header: the speakers in the title column
				if sp2, ok2 := x.readSpeakers(ts, ts.text, 0); ok2 && plainTitle(ss.text) && personLike(sp2) {
					ts, sp, ok = ss, sp2, true
				}
			}
			if !ok && ts.text != "" {
				// the speaker column's header says it names people: capitalized words or
				// initials are a name as written ("Md. Rafiq Hasan"), known given name or not
				if name := x.columnName(ss.text); name != "" {
					sp, ok = []listedSpeaker{{name: name}}, true
				}
			}
			if br := innerBreak(b, row[title].r); br > 0 && ts.text == row[title].text && ok {
				// "Title<br/>a subtitle" over the speaker's own cell: the cell's first line is the title
				ts = x.lineSentence(b, [2]int{row[title].r[0], br}, ri)
			}
			t, _, marked := markedPhrase(ts, 0, true)
			if !marked {
				t = ts.text
			}
			if !ok || strings.TrimSpace(t) == "" {
				continue
			}
			kind := ""
			if m := listLabel.FindStringSubmatch(t); !marked && m != nil && m[1] != "" && strings.TrimSpace(t[len(m[0]):]) != "" {
				// "Lightning talk - Title" in the title's column: the kind of talk, then its title
				t, kind = strings.TrimSpace(t[len(m[0]):]), labelKind(m[1])
			}
			if company >= 0 && company < len(row) {
				if c, ok := x.companyPart(row[company].text); ok && c != "" {
					for k := range sp {
						if sp[k].company == "" {
							sp[k].company = c
						}
					}
				}
			}
			rowEvents := events
			if e := x.rowEvent(ri, row, eventCol, roomless(x.doc.Blocks[bi+1:end], placeCol), dateCol); e != nil {
				rowEvents = []*event{e} // "| Title | Date | Location | Who |": each row's own event
			}
			x.addListing(ri, x.lineSentence(b, [2]int{0, len(b.Text)}, ri), listing{title: t, marked: marked, speakers: sp, kind: kind}, rowEvents)
			continue
		}
		if title >= 0 && speaker < 0 && (eventCol >= 0 || placeCol >= 0) {
			// a speaker's own talks: title, event, place, date and no speaker
			if x.readOwnRow(ri, row, title, eventCol, placeCol, dateCol) {
				continue
			}
		}
		// no usable header: a row whose cells each read as a listing line holds talks side by
		// side (rooms, tracks); else the row's cells joined read as one listing line
		if x.readCells(ri, row, cols, events) {
			continue
		}
		s := x.lineSentence(b, [2]int{0, len(b.Text)}, ri)
		if l, ok := x.readListing(s); ok {
			x.addListing(ri, s, l, events)
		}
	}
}

// roomWords name a room of a venue: a place column that holds them lists rooms, not towns.
var roomWords = set(`hall room stage track auditorium floor theatre theater salle saal sala aula`)

// roomless returns place, the place column of a table's rows, or -1 when any of its cells
// names a room ("Lyon Hall", "Ghent Room"): the rooms of one venue, whatever towns they are
// named after.
func roomless(rows []document.Block, place int) int {
	if place < 0 {
		return place
	}
	for _, r := range rows {
		row := cells(r)
		if place < len(row) {
			for _, w := range strings.Fields(strings.ToLower(row[place].text)) {
				if roomWords[strings.Trim(w, ",.()")] {
					return -1
				}
			}
		}
	}
	return place
}

// rowEvent is the event a table row's own event, place and date cells state, or nil when
// the table has no such columns or the row names neither an event nor a town.
func (x *extraction) rowEvent(ri int, row []cell, event, place, date int) *event {
	if event < 0 && place < 0 {
		return nil
	}
	ep, ok := x.rowEventPart(ri, row, event, place, date, false)
	if !ok {
		return nil
	}
	return x.eventOfKind(ep.city, ep.date, "", ep.name)
}

// companyOf is the text of the company column of a row, or "".
func companyOf(row []cell, company int) string {
	if company < 0 || company >= len(row) {
		return ""
	}
	return row[company].text
}

// innerBreak is the first line break inside cell range r of table row b (the cell's start
// aside), or -1: "Title<br/>Ana Lima" in one cell.
func innerBreak(b document.Block, r [2]int) int {
	for _, br := range b.Breaks {
		if br > r[0] && br < r[1] && strings.TrimSpace(b.Text[r[0]:br]) != "" && strings.TrimSpace(b.Text[br:r[1]]) != "" {
			return br
		}
	}
	return -1
}

// readTitleCell reads the title cell of a table row that has no speaker cell of its own as
// the talk and its speakers: lines split by a break ("Title<br/>Ana Lima (Initech)") or one
// listing line ("Title - Ana Lima", "Ana Lima: Title"). company is the row's company cell.
func (x *extraction) readTitleCell(ri int, c cell, company string, events []*event) bool {
	b := x.doc.Blocks[ri]
	if c.text == "" {
		return false
	}
	var l listing
	if br := innerBreak(b, c.r); br > 0 {
		ts := x.lineSentence(b, [2]int{c.r[0], br}, ri)
		ss := x.lineSentence(b, [2]int{br, c.r[1]}, ri)
		sp, ok := x.readSpeakers(ss, ss.text, 0)
		if !ok {
			if name := x.columnName(ss.text); name != "" {
				sp, ok = []listedSpeaker{{name: name}}, true
			}
		}
		t, _, marked := markedPhrase(ts, 0, true)
		if !marked {
			t = ts.text
		}
		if !ok || !agendaTitle(t) {
			// "Ana Lima<br><a>Title</a><p>a description</p>": the speaker's line first, then
			// the title's line, then what it is about
			first, fok := x.readSpeakers(ts, ts.text, 0)
			end := c.r[1]
			if nb := innerBreak(b, [2]int{br, c.r[1]}); nb > 0 {
				end = nb
			}
			tl := x.lineSentence(b, [2]int{br, end}, ri)
			t2, _, m2 := markedPhrase(tl, 0, true)
			if !m2 {
				t2 = tl.text
			}
			if !fok || !namedPeople(first) && !fullNames(first, false) || !agendaTitle(t2) || adminTitle(t2) {
				return false
			}
			t, marked, sp = t2, m2, first
		}
		l = listing{title: t, marked: marked, speakers: sp}
	} else {
		s := x.lineSentence(b, c.r, ri)
		var ok bool
		if l, ok = x.readListing(s); !ok {
			return false
		}
	}
	if company != "" {
		if co, ok := x.companyPart(company); ok && co != "" {
			for k := range l.speakers {
				if l.speakers[k].company == "" {
					l.speakers[k].company = co
				}
			}
		}
	}
	if !x.validListing(l) {
		return false
	}
	return x.addListing(ri, x.lineSentence(b, c.r, ri), l, events)
}

// readCells reads the cells of table row ri as listing lines of their own when two or more of
// them that hold more than a time read as one: "10:15 | Ana Lima: Title | Ben Okafor: Other
// title" is two talks given at once in two rooms. It reports whether it read the row.
func (x *extraction) readCells(ri int, row []cell, cols []column, events []*event) bool {
	b := x.doc.Blocks[ri]
	var lines []*sentence
	var found []listing
	for i, c := range row {
		if c.text == "" || i < len(cols) && cols[i] == colTime || strings.TrimSpace(leadingTime.ReplaceAllString(c.text, "")) == "" {
			continue
		}
		s := x.lineSentence(b, c.r, ri)
		if l, ok := x.readListing(s); ok {
			lines, found = append(lines, s), append(found, l)
		}
	}
	if len(found) < 2 {
		return false
	}
	for i, l := range found {
		x.addListing(ri, lines[i], l, events)
	}
	return true
}

// cell is one cell of a table row: its text and range in the row's Text.
type cell struct {
	text string
	r    [2]int
}

// columnHandle is a handle as a speakers' column writes it: a word of letters, digits and
// "_", "-" or "." that starts with a letter (or "@").
var columnHandle = regexp.MustCompile(`^@?\pL[\pL\pN_.-]{1,24}$`)

// placeholderSpeakers stand in a speakers' column for a speaker not yet known or for no one.
var placeholderSpeakers = set(`tbd tba tbc tbd. tba. n/a na none nobody anyone everyone everybody all you various open
organizers organisers organizer organiser team staff host hosts community attendees speakers speaker`)

// columnName reads a cell of a speaker column as one name: labelledName, a handle alone
// ("zzz", "str4d"), or initials before a name it reads ("S M Ana Lima", "A. B. Rafiq
// Hasan"); else "".
func (x *extraction) columnName(text string) string {
	if name := x.labelledName(text); name != "" {
		return name
	}
	words := strings.Fields(strings.TrimSpace(text))
	if len(words) == 1 && columnHandle.MatchString(words[0]) && !placeholderSpeakers[strings.ToLower(words[0])] &&
		!gazetteer.Common(words[0]) && !x.notAPerson(words[0]) && !adminTitle(words[0]) {
		// "zzz", "str4d", "@alima": a handle alone in the speakers' column is the speaker's name
		return words[0]
	}
	k := 0
	for k < len(words) && len([]rune(strings.TrimSuffix(words[k], "."))) == 1 && unicode.IsUpper([]rune(words[k])[0]) {
		k++
	}
	if k == 0 || k > 3 || x.labelledName(strings.Join(words[k:], " ")) == "" {
		return ""
	}
	return strings.Join(words, " ")
}

// cells splits a table row's text at its " | " separators.
func cells(b document.Block) []cell {
	var out []cell
	start := 0
	for {
		// an empty cell: "| Title | | Speaker" starts with one and holds another after "Title";
		// "18:00 | Doors |" ends with one
		if rest := b.Text[start:]; strings.HasPrefix(rest, "| ") || rest == "|" {
			out = append(out, cell{r: [2]int{start, start}})
			start = min(start+2, len(b.Text))
			continue
		}
		if rest := b.Text[start:]; strings.HasSuffix(rest, " |") && !strings.Contains(rest, " | ") {
			end := len(b.Text) - 2
			out = append(out, cell{text: strings.TrimSpace(b.Text[start:end]), r: [2]int{start, end}}, cell{r: [2]int{len(b.Text), len(b.Text)}})
			return out
		}
		i := strings.Index(b.Text[start:], " | ")
		end := len(b.Text)
		if i >= 0 {
			end = start + i
		}
		out = append(out, cell{text: strings.TrimSpace(b.Text[start:end]), r: [2]int{start, end}})
		if i < 0 {
			return out
		}
		start = end + 3
	}
}

// handleWord is a handle written with its "@": letters, digits, "_", "-" and inner dots.
var handleWord = regexp.MustCompile(`^@([\p{L}\p{N}_][\p{L}\p{N}_.-]{1,38}[\p{L}\p{N}_])$`)

// atHandle reads a speaker written as a handle ("@alima", "@ana_lima"): the handle without
// its "@".
func atHandle(p string) (string, bool) {
	m := handleWord.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// titleTail reports a speaker list whose first "name" is no person's while a later one is:
// "Choosing Well, Tom Baker" is the end of a title, then the speaker.
func titleTail(sp []listedSpeaker) bool {
	if len(sp) < 2 || sp[0].handle || givennames.Is(firstWord(sp[0].name)) {
		return false
	}
	for _, p := range sp[1:] {
		if givennames.Is(firstWord(p.name)) {
			return true
		}
	}
	return false
}
