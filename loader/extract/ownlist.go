package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// A speaker's own list of talks names no speaker on its lines: the speaker is the page's
// owner, and each line gives a title and where it was given.
//
//	* **Title**, FooConf, Tartu, 19.05.2017 [slides] [video]
//	- Title - FooConf, Tartu EE - [video]
//	Title — FooConf (Tartu, May 2017)
//	| Title | Event | Place | Date |   (a table read by its header)
//
// The grammar of such a line:
//
//	LINE  = [DATE SEP] TITLE SEP EVENT {SEP PART} [MATERIAL]
//	PART  = CITY [REGION|COUNTRY] | COUNTRY | DATE | "(" PART {"," PART} ")"
//	SEP   = "," | "-" | "–" | "—" | "|" | "@" | "at"
//
// Lines are read so only where the page or the section says it lists talks (a title or
// heading "Talks", "Speaking", "Presentations"), so that an ordinary list of links and places
// is never taken for talks.

// talkListWords are the words of a page title or heading over a list of the owner's talks.
var talkListWords = guard(regexp.MustCompile(`(?i)\b(talks?|speaking|presentations?|appearances|keynotes|slides|slide decks|vortr(?:ä|ae)ge|charlas|palestras|conférences|interventions|lezingen|föredrag|prelekcje)\b`),
	"talk", "speaking", "presentation", "appearances", "keynotes", "slide", "vortr", "charlas", "palestras", "rences", "interventions", "lezingen", "redrag", "prelekcje")

// ownerTitle finds the owner in a page title: "Talks by Jane Doe", "Jane Doe – Talks", "Jane
// Doe's talks", "Speaking | Jane Doe".
var ownerTitle = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(?:(?:my |conference |public )?(?:talks|presentations|speaking|talks and presentations|slides))\s+(?:by|of|from|von|de|par|di|door|av)\s+(.+)$`),
	regexp.MustCompile(`^(.+?)(?:'s|’s)\s+(?i:talks|presentations|speaking)$`),
	regexp.MustCompile(`^(.+?)\s*[-–—|:·]\s*(?i:(?:conference |public )?(?:talks|speaking|presentations|talks and presentations))$`),
	regexp.MustCompile(`^(?i:(?:conference |public )?(?:talks|speaking|presentations))\s*[-–—|:·]\s*(.+)$`),
	// "Ana Lima on Tour", "Ana Lima on the road 2031": a speaker's tour
	regexp.MustCompile(`^(.+?)\s+(?i:on (?:a |the |her |his |their )?(?:tour|road|roadshow))(?:\s+\d{4})?$`),
	// "Ana Lima's European Tour", "Ana Lima’s 2031 speaking tour"
	regexp.MustCompile(`^(.+?)(?:'s|’s)\s+(?:[\pL\d]+\s+){0,2}(?i:tour|roadshow|road trip)(?:\s+\d{4})?$`),
}

// pageOwner is who a speaker's own list of talks belongs to: the front matter's author, a
// name in the page's title ("Talks by Jane Doe"), or a title that is a name alone ("Jane Doe
// (@jdoe)", as a profile page's first heading). It is "" when the page names no one.
func (x *extraction) pageOwner() string {
	// a handle in lower case stands for a person ("jdoe"); a capitalized word alone may be a
	// team's or a company's name ("NimbusOps")
	handle := strings.TrimPrefix(x.author, "@")
	if x.author != "" && (x.looksLikeName(x.author) || looksLikeHandle(handle) && strings.ToLower(handle) == handle) && !x.notAPerson(x.author) {
		return handle
	}
	title := strings.TrimSpace(x.doc.Meta.Title)
	for _, re := range ownerTitle {
		if m := re.FindStringSubmatch(title); m != nil {
			if name := ownerName(m[1]); name != "" && !x.notAPerson(name) {
				return name
			}
		}
	}
	if name := ownerName(title); name != "" && !talkListWords.MatchString(title) && !x.notAPerson(name) {
		return name
	}
	if m := summaryOwner.FindStringSubmatch(x.doc.Meta.Summary); m != nil {
		// "Past and future conference talks given by Ana Lima": the page's summary names whose
		// talks it lists
		if name := ownerName(strings.TrimRight(m[1], ".")); name != "" && !x.notAPerson(name) {
			return name
		}
	}
	if name := x.selfNamed(); name != "" {
		return name
	}
	return x.bioOwner()
}

// summaryOwner is a page summary that says whose talks the page lists: "Talks and slides by
// Ana Lima", "Past and future conference talks given by Ana Lima.", "Ana Lima's talks".
var summaryOwner = regexp.MustCompile(`(?i:\b(?:talks|presentations|speaking engagements|slides)\b[^.!?,;]{0,60}?\bby)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*\.?\s*$`)

// selfIntro is how a page's writer names themself: "my name is Ana Lima", "I'm Ana".
var selfIntro = guard(regexp.MustCompile(`(?i:\bmy name is|\bI am|\bI'm|\bI’m)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`),
	"my name is", "i am", "i'm", "i’m")

// selfNamed is the person the first paragraphs of the page name as its writer ("Hi, my name
// is Ana Lima, and these are the slides of my talks"), when the name starts with a known given
// name; else "". Only the page's opening counts: a name met later is someone else's.
func (x *extraction) selfNamed() string {
	seen := 0
	for _, b := range x.doc.Blocks {
		if b.Kind != document.Paragraph {
			continue
		}
		if seen++; seen > 2 {
			break
		}
		m := selfIntro.FindStringSubmatch(b.Text)
		// a given name alone is the writer's even where a town is named so ("my name is Ana")
		if m == nil || !givennames.Is(firstWord(m[1])) || strings.Contains(m[1], " ") && x.notAPerson(m[1]) {
			continue
		}
		return m[1]
	}
	return ""
}

// bioHeading heads the page's biography of its owner.
var bioHeading = regexp.MustCompile(`(?i)^\s*(?:bio|biography|about|about me|short bio|speaker bio)\s*:?\s*$`)

// bioIs opens a biography with the person it is about: "Ana Lima is a software engineer".
var bioIs = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|works|has been|has)\b`)

// bioOwner is the person the page's "Bio" section is about, when its first paragraph opens
// with a full name ("## Bio" over "Ana Lima is a staff engineer at Initech."): a page that
// gives its owner's biography and then their talks is the owner's.
func (x *extraction) bioOwner() string {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Heading || !bioHeading.MatchString(b.Text) || bi+1 >= len(x.doc.Blocks) {
			continue
		}
		next := x.doc.Blocks[bi+1]
		if next.Kind != document.Paragraph {
			return ""
		}
		m := bioIs.FindStringSubmatch(strings.TrimSpace(next.Text))
		if m == nil || !x.looksLikeName(m[1]) || !givennames.Is(firstWord(m[1])) || x.notAPerson(m[1]) {
			return ""
		}
		return m[1]
	}
	return ""
}

// ownerName reads a name written alone, with an optional handle or nickname in parentheses
// after it ("Jane Doe (jdoe)"): the name, or "".
func ownerName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[:i])
	}
	if !looksLikeName(s) || len(strings.Fields(s)) > 3 {
		return ""
	}
	return s
}

// talkListBlocks marks the blocks that stand where the page lists talks: the whole page when
// its title says so, else the sections under a heading that says so (and their subsections,
// such as one heading per year).
func (x *extraction) talkListBlocks() []bool {
	out := make([]bool, len(x.doc.Blocks))
	page := talkListHeading(x.doc.Meta.Title)
	tour := x.isTour() // a tour's list of stops lists the owner's talks; its prose does not
	for _, re := range ownerTitle {
		page = page || re.MatchString(strings.TrimSpace(x.doc.Meta.Title))
	}
	type open struct {
		level int
		talks bool
	}
	var stack []open
	for bi, b := range x.doc.Blocks {
		if b.Kind == document.Heading {
			for len(stack) > 0 && stack[len(stack)-1].level >= b.Level {
				stack = stack[:len(stack)-1]
			}
			// a heading stands in the list of the page or the sections above it
			out[bi] = page
			for _, o := range stack {
				out[bi] = out[bi] || o.talks
			}
			stack = append(stack, open{level: b.Level, talks: talkListHeading(b.Text)})
			continue
		}
		in := page || tour && b.Kind == document.ListItem
		for _, o := range stack {
			in = in || o.talks
		}
		out[bi] = in
	}
	return out
}

// talkListHeading reports a title or heading that announces a list of talks: a few words,
// one of which says talks ("Talks", "My talks", "Speaking", "Conference talks I gave"). A
// longer title that mentions talks ("July meeting: an evening of lightning talks") names an
// event, not a list.
func talkListHeading(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if len(words) == 0 || len(words) > 7 || lightningTalks.MatchString(text) {
		return false // "Lightning talks": a meetup's slot, not a list of someone's talks
	}
	return talkListWords.MatchString(text)
}

// lightningTalks are a meetup's short talks by many speakers.
var lightningTalks = guard(regexp.MustCompile(`(?i)\blightning\s+talks?\b`),
	"lightning")

// ownTalk is what one line of a speaker's own list states: a title and where it was given.
type ownTalk struct {
	title string
	event eventPart
}

// eventPart is where a talk was given, as a list of talks writes it after the title: an
// event's name, a city and a date, each optional but the name.
type eventPart struct {
	name string
	city *cityRef
	date string
	year bool   // a year was written apart from the name ("Porto JUG, 2022")
	host string // the venue in brackets after the name ("Porto JUG (Initech), Porto")
}

// ownTitleSeps separate a title from where it was given, strongest first.
var ownTitleSeps = []string{" — ", " – ", " - ", " | ", " @ ", ", "}

// readOwnLine reads a line of a speaker's own list of talks. The part after the title must
// read as an event and a place or date (or an event's name that says it is one), so that
// "Title - Jane Doe" (someone else's talk) and "Project - what it does" are not read.
func (x *extraction) readOwnLine(s *sentence) (ownTalk, bool) {
	text := s.text
	if len(text) > maxListingLine || s.quoted {
		return ownTalk{}, false
	}
	off := 0
	if m := listBullet.FindString(text); m != "" {
		off = len(m)
	}
	cut := max(resourcesStart(s), off)
	core := text[:cut]
	if loc := materialTail.FindStringIndex(core[off:]); loc != nil && loc[0] > 0 {
		core = core[:off+loc[0]]
	}
	core = strings.TrimRight(core, " .;,|-–—/:(")
	if len(core) <= off {
		return ownTalk{}, false
	}
	// "2019-05-02 - Title - FooConf": a date first
	date := ""
	if m := bracketYear.FindStringSubmatch(core[off:]); m != nil {
		// "[2031] Tartu Gophers - Title": the year of the event, in brackets before it
		date, off = m[1], off+len(m[0])
		if !strings.Contains(core[off:], " ") {
			return ownTalk{}, false
		}
		// An event with no city is told from another by its name with the year, not by the
		// year alone, which two events of a year share.
		yearOnly := func(o ownTalk) ownTalk {
			if o.event.city == nil && o.event.date == date {
				o.event.date = ""
				if !hasYear(o.event.name) {
					o.event.name += " " + date
				}
			}
			return o
		}
		if o, ok := x.eventFirstLine(core[off:], date, false); ok {
			return yearOnly(o), true
		}
		if left, right, ok := strings.Cut(core[off:], " - "); ok {
			// "[2031] Initech - Title": an event the line names by its host or group alone
			if ep, ok := x.readEventPart(strings.TrimSpace(left)+" "+date, false); ok && plainTitle(right) && !x.looksLikeName(strings.TrimSpace(right)) {
				return yearOnly(ownTalk{title: strings.TrimSpace(yearTail.ReplaceAllString(right, "")), event: ep}), true
			}
		}
	}
	for _, sep := range []string{" - ", " – ", " — ", ": ", " | ", ", "} {
		if d, rest, ok := strings.Cut(core[off:], sep); ok && (dateOnly(d) || bareMonthYear.MatchString(strings.TrimSpace(d))) {
			date = dateIn(d, x.published)
			off = len(core) - len(rest)
			break
		}
	}
	if m := listDate.FindString(core[off:]); m != "" && date == "" && dateIn(m, x.published) != "" {
		date, off = dateIn(m, x.published), off+len(m) // "2031-05-22 Ana Lima, *Title*"
	}
	if off >= len(core) {
		return ownTalk{}, false
	}
	try := func(title, rest string) (ownTalk, bool) {
		title = strings.TrimSpace(strings.Trim(strings.TrimSpace(title), `"“”*_`))
		rest = strings.TrimSpace(rest)
		when, dateText := date, ""
		if m := onDateAt.FindStringSubmatch(rest); m != nil && dateIn(m[1], x.published) != "" {
			// "Title on May 3rd 2030 at RiverConf": the date, then where
			when, dateText, rest = dateIn(m[1], x.published), m[1], strings.TrimSpace(rest[len(m[0]):])
		} else if m := onDateEnd.FindStringSubmatchIndex(rest); m != nil && dateIn(rest[m[2]:m[3]], x.published) != "" {
			// "RiverConf on May 3rd 2030 (english slides)": where, then the date
			when, dateText, rest = dateIn(rest[m[2]:m[3]], x.published), rest[m[2]:m[3]], rest[:m[0]]
		}
		for _, p := range []string{"at ", "@ ", "@", "in "} {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, p))
		}
		if title == "" || rest == "" || adminTitle(title) || dateOnly(title) || dateWords[strings.ToLower(title)] {
			return ownTalk{}, false
		}
		if t := withoutLeadingDate(title); len(strings.Fields(t)) <= 3 && x.looksLikeName(t) && givennames.Strong(firstWord(t)) {
			return ownTalk{}, false // "Ana Lima, *Queues - Done Right*": a speaker, then her title
		}
		withDate := func(r string) string {
			if dateText == "" {
				return r
			}
			return r + ", " + dateText
		}
		ep, ok := x.readEventPart(withDate(rest), false)
		if !ok {
			// "RiverConf (english talk, german slides)": notes in parentheses after where
			if i := strings.Index(rest, " ("); i > 0 && strings.HasSuffix(rest, ")") {
				ep, ok = x.readEventPart(withDate(rest[:i]), false)
			}
		}
		if !ok {
			return ownTalk{}, false
		}
		if ep.date == "" {
			ep.date = when
		}
		if ep.date == "" {
			ep.date = date
		}
		return ownTalk{title: title, event: ep}, true
	}
	// a marked title settles the split
	if t, end, ok := markedPhrase(s, off, true); ok && end <= len(core) {
		rest := strings.TrimLeft(core[end:], " ,;:|-–—")
		if q := quotedAt.FindStringSubmatch(t); q != nil {
			// "[\"Title\" at FooConf 2031](link) on May 3rd": the link holds title and event
			if o, ok := try(q[1], strings.TrimSpace(t[len(q[0]):])+" "+rest); ok {
				return o, true
			}
		}
		if o, ok := try(t, rest); ok {
			return o, true
		}
	}
	// "FOSDEM 2019: Title", "Porto JUG, 2022: Title": an edition of an event, then its talk
	if o, ok := x.eventFirstLine(core[off:], date, true); ok {
		return o, true
	}
	// a plain title: the first split whose rest reads as where the talk was given
	for _, sep := range ownTitleSeps {
		body := core[off:]
		for i := strings.Index(body, sep); i >= 0; {
			left, right := body[:i], body[i+len(sep):]
			if plainTitle(left) && !insideLaterLink(s, off, off+i) {
				if o, ok := try(left, right); ok {
					return o, true
				}
			}
			j := strings.Index(body[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	return x.eventFirstLine(core[off:], date, false)
}

// titleThenEventLine is a title, then an event's name in brackets, then maybe links to
// material: "Queues Done Right (FooConf 2019) [[Slides](…)]".
var titleThenEventLine = regexp.MustCompile(`^(.{3,200}?)\s+\(([^()]{3,80})\)\s*(?:\[.*\])?\s*$`)

// titleThenEvent reads a line of a speaker's list that gives a title and, in brackets after
// it, the event it was given at: "Queues Done Right (FooConf 2019)". The name in brackets must
// read as an event's (an event word, a year, a group's name).
func titleThenEvent(line *sentence) (title, event string, ok bool) {
	m := titleThenEventLine.FindStringSubmatch(strings.TrimSpace(line.text))
	if m == nil {
		return "", "", false
	}
	title, event = cleanTitle(m[1]), clean(m[2])
	if title == "" || !plainTitle(title) || !(eventWordIn(event) || hasYear(event) || groupNamed(event)) {
		return "", "", false
	}
	return title, event, true
}

// venueAfterName is an event's name with a venue in brackets after it, before a comma or the
// end: "Porto JUG (Initech), Porto".
var venueAfterName = literal{regexp.MustCompile(`^([^()]{3,80}?)\s*\((\p{Lu}[^()]{1,40})\)(\s*(?:,.*)?)$`),
	[]string{"("}}

// venueName reports a bracketed name that can be a venue: one to four words in title case,
// not a place, a date, a country or a note ("(online)", "(keynote)").
func (x *extraction) venueName(s string) bool {
	words := strings.Fields(s)
	if len(words) > 4 || dateOnly(s) || hasYear(s) || gazetteer.IsCountry(s) || isRegion(s) || x.cityPart(s) != nil || placeOnlyWords[strings.ToLower(s)] {
		return false
	}
	for _, w := range words {
		if talkNouns[strings.ToLower(w)] || eventWords[strings.ToLower(w)] || resourceWords[strings.ToLower(w)] {
			return false // "(Keynote)", "(Slides)": a note of the talk
		}
	}
	return placeName(s)
}

// groupNamed reports a community group's name: "Tartu JUG", "GDG Porto", "Porto Gophers".
func groupNamed(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if groupTails[w] || w == "gophers" || w == "rustaceans" || w == "pythonistas" {
			return true
		}
	}
	return false
}

// onDateAt opens where an own talk was given with its date: "on May 3rd 2030 at ", "on
// 3 May 2030 @ ".
var onDateAt = regexp.MustCompile(`(?i)^on\s+([^@]{3,40}?\d{4})\s+(?:at|@)\s+`)

// onDateEnd is a date after where an own talk was given, maybe before notes in parentheses:
// " on April 2nd 2029 (english slides)".
var onDateEnd = regexp.MustCompile(`(?i)\s+on\s+([^()@]{3,40}?\d{4})(?:\s*\([^()]*\))?\s*$`)

// quotedAt is a quoted title then "at" or "@" inside one marked phrase: "\"Title\" at ".
var quotedAt = regexp.MustCompile(`^["“]([^"“”]{3,200})["”]\s+(?:at|@)\s+`)

// yearTail is a year in parentheses that ends a title: "Quiet Queues (2031)".
var yearTail = regexp.MustCompile(`\s*\((?:19|20)\d{2}\)$`)

// bracketYear is a year in brackets or parentheses that opens a line: "[2031] ", "(2031) ".
var bracketYear = regexp.MustCompile(`^[\[(]((?:19|20)\d{2})[\])]\s+`)

// eventFirstLine reads an own line that says where before what: "JUG Porto 17 March - Title",
// "FooConf Tartu 2019: Title". The part before the first separator must be an event's name
// with its city, a name that says it is an event, or a name with its year, and the rest a
// title. dated reads only a colon after a name and its year or date ("FOSDEM 2019: Title"),
// which is tried before any title-first reading.
func (x *extraction) eventFirstLine(body, date string, dated bool) (ownTalk, bool) {
	seps := []string{" - ", " – ", " — ", ": ", " | "}
	if dated {
		seps = []string{": "}
	}
	quoted := false // the title is the quotation after the writer's verb
	if m := presentingVerb.FindStringIndex(body); m != nil && m[0] > 0 && !dated {
		// "[Riga.js](…) presenting “Effects at the Edge”", "Tartu JUG - speaking about
		// “Quiet Builds” (which I have given before)": the writer's verb stands for the
		// separator, and the quoted title is the talk
		at := m[1] - 1 // (from the space before the quote: a quotation opens after something)
		if q := quotes(body[at:]); len(q) > 0 && strings.Trim(body[at:at+q[0][0]], ` "'“‘«„`) == "" {
			seps = append([]string{body[m[0]:m[1]]}, seps...)
			body = body[:m[1]] + body[at+q[0][0]:at+q[0][1]]
			quoted = true
		}
	}
	for _, sep := range seps {
		left, right, ok := strings.Cut(body, sep)
		if !ok {
			continue
		}
		ep, ok := x.readEventPart(left, false)
		edition := hasYear(ep.name) || ep.date != "" || ep.year
		if !ok || dated && !edition || ep.city == nil && !eventWordIn(ep.name) && !edition {
			continue
		}
		if n := withoutLeadingDate(ep.name); len(strings.Fields(n)) <= 3 && x.looksLikeName(n) && givennames.Strong(firstWord(n)) {
			continue // "Ana Lima, Porto - Title": a speaker, not an event
		}
		title := strings.TrimSpace(strings.Trim(strings.TrimSpace(right), `"“”*_`))
		if m := talkKindPrefix.FindString(title); m != "" && len(m) < len(title) {
			title = title[len(m):] // "Lightning talk: Title"
		}
		title = strings.TrimSpace(yearTail.ReplaceAllString(title, "")) // "Title (2031)": its year
		if title == "" || !plainTitle(title) && !(quoted && sep == seps[0]) || adminTitle(title) || dateOnly(title) || !dated && x.isEventName(title) ||
			x.looksLikeName(title) && givennames.Is(firstWord(title)) { // "Go with Cobra - Ana Lima": someone's talk
			continue
		}
		if ep.date == "" {
			ep.date = date
		}
		return ownTalk{title: title, event: ep}, true
	}
	return ownTalk{}, false
}

// itineraryLine reports a line of the writer's own itinerary in a list no heading calls one
// of talks: a date first, then where, then the writer's verb ("October 10th, 2031: Tartu JUG -
// presenting “Queues without Tears”").
func itineraryLine(text string) bool {
	text = strings.TrimSpace(text)
	m := presentingVerb.FindStringIndex(text)
	return m != nil && listDate.MatchString(text) && !namesPerson(text[:m[0]])
}

// namesPerson reports text that holds a person's name: a known given name, then a capitalized
// word ("Tartu.js - Ana Lima presenting ...": the one presenting is named, not the writer).
func namesPerson(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	for i := 0; i+1 < len(words); i++ {
		if givennames.Strong(words[i]) && startsUpper(words[i+1]) && looksLikeName(words[i]+" "+words[i+1]) && !isTech(words[i+1]) &&
			!(i+2 < len(words) && (lookupLower(groupWords, words[i+2]) || lookupLower(eventWords, words[i+2]) || strings.EqualFold(words[i+2], "user"))) {
			return true // (not "Austin Node.JS User Group": a town, its technology and its group)
		}
	}
	return false
}

// presentingVerb is the writer's verb between where they speak and what, in a list of their
// talks: " presenting ", " - speaking about ", ", talking on ".
var presentingVerb = guard(regexp.MustCompile(`(?i)(?:\s+[-–—:]|,)?\s+(?:again\s+)?(?:presenting|speaking (?:about|on)|talking (?:about|on)|giving(?: (?:a|my) (?:talk|session|workshop)(?: (?:on|about|called|titled))?)?)\s+`),
	"presenting", "speaking", "talking", "giving")

// bracketedDate is a date in brackets: "(March 12, 2031)".
var bracketedDate = regexp.MustCompile(`\(([^()]{4,40})\)`)

// nameDate is a day and month written after an event's name, without a separator: "JUG Porto
// 17 March", "FooConf May 3rd, 2024".
var nameDate = guard(regexp.MustCompile(`(?i)\s+(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:`+monthNames+`)\.?|(?:`+monthNames+`)\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$`),
	strings.Split(monthNames, "|")...)

// bareMonthYear is a month and a year, or a year and a month, without a day: "September 2026",
// "Sep. 2019", "2026.05", "2019/05".
var bareMonthYear = regexp.MustCompile(`(?i)^(?:(?:` + monthNames + `)\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])|(?:19|20)\d{2})$`)

// partSeps split the part of a line that says where a talk was given.
var partSeps = regexp.MustCompile(`\s*(?:,|;|\(|\)|\s[-–—|·/]\s)\s*`)

// splitParts is partSeps.Split(text, -1), without asking the expression of text that holds
// none of the characters every separator holds one of.
func splitParts(text string) []string {
	if !strings.ContainsAny(text, ",;()-–—|·/") {
		return []string{text}
	}
	return partSeps.Split(text, -1)
}

// talkLabel opens the part of a line that names the talk: "talk: Title", "Slides: ...".
var talkLabel = regexp.MustCompile(`(?i)^(?:talks?|sessions?|presentations?|keynotes?|workshops?)\s*:`)

// capitalDistrict follows a city's name after a comma to say which it is: "Washington, D.C.".
var capitalDistrict = set(`d.c dc d. c`)

// placeOnlyWords stand where a city would for talks given online.
var placeOnlyWords = set(`online virtual remote remotely webinar livestream hybrid`)

// readEventPart reads where a talk was given: "FooConf, Tartu, Estonia, 19.05.2017",
// "FooConf (Tartu, May 2017)", "FooConf Tartu 2017", "FooConf 2017". At most one part is a
// name (the event's); the others are a city, a region or country, or a date. It reports
// false for anything else, such as a person's name with a company.
//
// inColumn says the text is a table's event column, whose header already says it names an
// event: a name alone is then enough.
//
// Once the post's people and owner are known (settled), the answer depends on the text
// alone, and the readers of a line ask it of the same parts again and again: it is kept, by
// text, for the post. Each caller gets a city of its own, which it may change.
func (x *extraction) readEventPart(text string, inColumn bool) (eventPart, bool) {
	if !x.settled {
		return x.readEventPartOf(text, inColumn)
	}
	k := eventPartKey{text, inColumn}
	m, done := x.eventParts[k]
	if !done {
		m.ep, m.ok = x.readEventPartOf(text, inColumn)
		if x.eventParts == nil {
			x.eventParts = map[eventPartKey]eventPartMemo{}
		}
		x.eventParts[k] = m
	}
	ep := m.ep
	if ep.city != nil {
		c := *ep.city
		ep.city = &c
	}
	return ep, m.ok
}

// eventPartKey is what readEventPart is asked, and eventPartMemo what it answered.
type eventPartKey struct {
	text     string
	inColumn bool
}

type eventPartMemo struct {
	ep eventPart
	ok bool
}

// readEventPartOf is readEventPart without the memo.
func (x *extraction) readEventPartOf(text string, inColumn bool) (eventPart, bool) {
	var ep eventPart
	if m := venueAfterName.FindStringSubmatch(text); m != nil && acronymOf(m[1], m[2]) {
		text = m[1] + m[3] // "Austin .NET User Group (ADNUG)": the group's short name
	} else if m != nil && x.venueName(m[2]) {
		ep.host, text = m[2], m[1]+m[3] // "Porto JUG (Initech), Porto": the group, where it met, the town
	}
	if m := bracketedDate.FindStringSubmatchIndex(text); m != nil && dateOnly(text[m[2]:m[3]]) {
		// "Web Camp 2031, Ljubljana (March 12, 2031)": the date whole, before its comma splits it
		if d := dateIn(text[m[2]:m[3]], x.published); d != "" {
			ep.date, ep.year = d, hasYear(text[m[2]:m[3]])
			text = text[:m[0]] + text[m[1]:]
		}
	}
	parts := splitParts(text)
	for i, seg := range parts {
		seg = strings.TrimSpace(strings.Trim(strings.TrimSpace(seg), "\"“”*_.-–—|·/ "))
		if i+1 < len(parts) && ep.city == nil && capitalDistrict[strings.ToLower(strings.Trim(strings.TrimSpace(parts[i+1]), ". "))] {
			if c := x.cityPart(seg); c != nil {
				ep.city = c // "Washington, D.C.": the city, though a state shares its name
				continue
			}
		}
		if m := nameDate.FindStringIndex(seg); m != nil && m[0] > 0 && ep.date == "" {
			ep.date = dateIn(seg[m[0]:], x.published) // "JUG Porto 17 March"
			seg = seg[:m[0]]
		}
		lower := strings.ToLower(seg)
		switch {
		case talkLabel.MatchString(seg):
			return eventPart{}, false // "FooConf, Porto - talk: Title": the talk comes after, not before
		case speakerLabel.MatchString(seg):
			return eventPart{}, false // "Title - Palestrante: Ana Lima": who gave it, not where
		case seg == "":
		case dateOnly(seg) || bareMonthYear.MatchString(seg):
			if ep.date == "" {
				ep.date = dateIn(seg, x.published)
			}
			ep.year = ep.year || hasYear(seg)
		case placeOnlyWords[lower] || gazetteer.IsCountry(seg) || isRegion(seg) || ep.city != nil && capitalDistrict[lower]:
		case ep.city == nil && x.cityPart(seg) != nil:
			ep.city = x.cityPart(seg)
		case ep.name == "":
			ep.name = seg
		case inColumn:
			// "Ding Lab, Initech": the column names the event first, then more of it
		default:
			return eventPart{}, false
		}
	}
	if ep.name == "" && ep.city != nil {
		// "Tartu, May 2017": the city alone names nothing; the line gives no event
		return eventPart{}, false
	}
	if ep.name == "" || !placeName(strings.TrimLeft(ep.name, "!")) || len(strings.Fields(ep.name)) > 10 || strings.IndexFunc(ep.name, unicode.IsLetter) < 0 {
		return eventPart{}, false
	}
	if unicode.IsLower([]rune(ep.name)[0]) && !camelName(firstWord(ep.name)) && !lowerBrandYear(ep.name) {
		return eventPart{}, false // "gave it again", "with friends": no event's name
	}
	event := x.isEventName(ep.name)
	if x.looksLikeName(ep.name) && givennames.Is(firstWord(ep.name)) && !event {
		return eventPart{}, false // "Title - Jane Doe, Berlin": someone's talk
	}
	if ep.city == nil {
		if c, ok := dottedGroupCity(ep.name); ok {
			ep.city = &c // "Houston.js": a group named by its city
		} else if event {
			ep.city = x.eventNameCity(ep.name)
		} else if ep.city = x.cityEndingName(ep.name); ep.city == nil {
			ep.city = x.townTechGroup(ep.name)
		}
	}
	if ep.city == nil && ep.date == "" && !ep.year && !event && !inColumn {
		return eventPart{}, false
	}
	return ep, true
}

// titleLastSeps split a line of a speaker's list whose title comes last.
var titleLastSeps = []string{" – ", " — ", " - ", " | "}

// titleLast reads a line of a speaker's list that gives where and when first and the title
// last, set off by dashes or bars: "2031-06-12 – Berlin – GopherCon EU – Quiet Queues". The
// line opens with the date or the town, and what comes before the title must read as an
// event's parts (readEventPart) with a date or a city.
func (x *extraction) titleLast(text string) (string, eventPart, bool) {
	if strings.Count(text, " – ")+strings.Count(text, " — ")+strings.Count(text, " - ")+strings.Count(text, " | ") < 2 {
		return "", eventPart{}, false // (asked first: every line of a speaker's list comes here)
	}
	text = strings.TrimSpace(listBullet.ReplaceAllString(text, ""))
	for _, sep := range titleLastSeps {
		i := strings.LastIndex(text, sep)
		if i <= 0 || strings.Count(text, sep) < 2 {
			continue
		}
		first, _, _ := strings.Cut(text, sep)
		if first = strings.TrimSpace(first); !dateOnly(first) && !bareMonthYear.MatchString(first) && x.cityPart(first) == nil {
			return "", eventPart{}, false // the line opens with neither when nor where
		}
		title := cleanTitle(strings.TrimSpace(text[i+len(sep):]))
		rest := strings.ReplaceAll(text[:i], sep, ", ")
		if title == "" || !plainTitle(title) || dateIn(title, x.published) != "" || x.cityPart(title) != nil || givenName(title) || len(strings.Fields(title)) < 2 {
			return "", eventPart{}, false
		}
		ep, ok := x.readEventPart(rest, false)
		if !ok || ep.city == nil && ep.date == "" {
			return "", eventPart{}, false
		}
		return title, ep, true
	}
	return "", eventPart{}, false
}

// markedTitleLast reads a line of a speaker's list that gives where and when before the
// title, when the line marks which part is which: the title set in emphasis or quotes after
// dashes ("**March 4, 2031** — Tartu Gophers, Tartu — *Quiet Queues*"), or the title after a
// colon that follows the event and its town and year ("**Tartu Gophers** (Tartu, March
// 2031): Quiet Queues").
func (x *extraction) markedTitleLast(b document.Block) (string, eventPart, bool) {
	if !eraYearIn(b.Text) {
		return "", eventPart{}, false
	}
	plain := strings.TrimSpace(listBullet.ReplaceAllString(b.Text, ""))
	offset := strings.Index(b.Text, plain) // where plain starts in the block's text, for its spans
	if i := strings.LastIndex(plain, ": "); i > 0 && strings.ContainsAny(plain[:i], "(") && eraYearIn(plain[:i]) {
		title := cleanTitle(strings.TrimSpace(plain[i+2:]))
		if ep, ok := x.readEventPart(plain[:i], false); ok && ep.city != nil && title != "" && plainTitle(title) && x.cityPart(title) == nil && dateIn(title, x.published) == "" {
			return title, ep, true
		}
	}
	for _, sep := range titleLastSeps {
		i := strings.LastIndex(plain, sep)
		if i <= 0 {
			continue
		}
		last := strings.TrimSpace(plain[i+len(sep):])
		at := offset + i + len(sep) + strings.Index(plain[i+len(sep):], last)
		emphasized := false
		for _, sp := range b.Spans {
			emphasized = emphasized || sp.Start <= at && sp.End >= at+len(last)
		}
		if len(last) < 3 || !emphasized && !(strings.HasPrefix(last, "“") && strings.HasSuffix(last, "”") || last[0] == '"' && last[len(last)-1] == '"') {
			return "", eventPart{}, false
		}
		title := cleanTitle(strings.Trim(last, "\"“” "))
		ep, ok := x.readEventPart(strings.ReplaceAll(plain[:i], sep, ", "), false)
		if !ok || ep.city == nil && ep.date == "" || title == "" || !plainTitle(title) {
			return "", eventPart{}, false
		}
		return title, ep, true
	}
	return "", eventPart{}, false
}

// acronymOf reports a short name in capitals that abbreviates name, as groups write theirs
// after it: "Austin .NET User Group (ADNUG)". Its first letter is the name's and its last the
// initial of the name's last word.
func acronymOf(name, short string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < 2 || len(short) < 2 || len(short) > 8 || strings.ToUpper(short) != short || strings.IndexFunc(short, unicode.IsLetter) < 0 {
		return false
	}
	return short[0] == strings.ToUpper(words[0])[0] && short[len(short)-1] == strings.ToUpper(words[len(words)-1])[0]
}

// cityEndingName reads the city that ends an event's name, before at most a year or the kind of
// event: "DrupalGov Canberra 2016", "Voxxed Days Bristol", "Java Porto Meetup".
func (x *extraction) cityEndingName(name string) *cityRef {
	ns := &sentence{text: name}
	ns.tokens = tokenize(ns.text, nil, nil)
	cs := x.cities(ns)
	if len(cs) == 0 {
		return nil
	}
	c := cs[len(cs)-1]
	rest := strings.Fields(ns.text[ns.tokens[c.end-1].end:])
	if c.start > 0 && !eventWords[strings.ToLower(c.written)] && !gazetteer.Common(c.written) && (len(rest) == 0 || len(rest) == 1 && (hasYear(rest[0]) || isDigits(rest[0]) || editionNumber(rest[0])) || allEventWords(rest)) {
		return &c
	}
	return nil
}

// townTechGroup is the town a group is named after when its name is the town and the
// technology it meets about: "Omaha Python", "San Francisco Django", "Ghent Rust Meetup".
func (x *extraction) townTechGroup(name string) *cityRef {
	ns := &sentence{text: name}
	ns.tokens = tokenize(ns.text, nil, nil)
	cs := x.cities(ns)
	if len(cs) == 0 || cs[0].start != 0 || gazetteer.Common(cs[0].written) {
		return nil
	}
	rest := strings.Fields(ns.text[ns.tokens[cs[0].end-1].end:])
	if len(rest) == 0 || len(rest) > 3 || !isTech(rest[0]) {
		return nil
	}
	for _, w := range rest[1:] {
		if !groupWords[strings.ToLower(w)] && !eventWords[strings.ToLower(w)] {
			return nil
		}
	}
	c := cs[0]
	return &c
}

// editionNumber reports the number of an edition written after a name: "#12", "#7".
func editionNumber(w string) bool {
	return len(w) > 1 && w[0] == '#' && isDigits(w[1:])
}

// lowerBrandYear reports an event's name written in lower case as one word, then its year:
// "europython 2011", "djangocon.eu 2011", "code.talks 2019".
func lowerBrandYear(name string) bool {
	words := strings.Fields(name)
	if len(words) != 2 || len(words[1]) != 4 || !hasYear(words[1]) || len(words[0]) < 4 {
		return false
	}
	return strings.IndexFunc(words[0], func(r rune) bool { return !unicode.IsLower(r) && r != '.' && r != '-' }) < 0
}

// camelName reports a word written in lower case with a capital inside, as brands are named
// ("enterJS", "dotGo", "npmCamp"): a name, though it starts in lower case.
func camelName(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsLower(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// eventNameCity reads the city inside a name known to be an event's: the one that ends it
// ("Voxxed Days Bristol"), else one that opens it ("Tartu Elixir Meetup") or a large city
// anywhere in it (cityInEventName).
func (x *extraction) eventNameCity(name string) *cityRef {
	if c := x.cityEndingName(name); c != nil {
		return c
	}
	return cityInEventName(name)
}

// allEventWords reports one or two words that say what kind of event a name is: "Meetup",
// "User Group" in "Java Porto Meetup".
func allEventWords(words []string) bool {
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !eventWords[strings.ToLower(w)] && !strings.EqualFold(w, "group") && !strings.EqualFold(w, "user") {
			return false
		}
	}
	return true
}

// cityPart reads a part that is a city alone, with an optional region or country ("Boston
// MA", "Tartu, Estonia"), or nil. Once settled, the answer depends on the part alone and is
// kept, by part, for the post (see readEventPart); each caller gets a city of its own.
func (x *extraction) cityPart(seg string) *cityRef {
	if !x.settled {
		return x.cityPartOf(seg)
	}
	c, done := x.cityParts[seg]
	if !done {
		c = x.cityPartOf(seg)
		if x.cityParts == nil {
			x.cityParts = map[string]*cityRef{}
		}
		x.cityParts[seg] = c
	}
	if c == nil {
		return nil
	}
	cc := *c
	return &cc
}

// cityPartOf is cityPart without the memo.
func (x *extraction) cityPartOf(seg string) *cityRef {
	s := &sentence{text: "in " + seg}
	s.tokens = tokenize(s.text, nil, nil)
	if c, ok := x.cityAt(s, 1); ok && c.end == len(s.tokens) {
		c.start, c.end = 0, 0 // the offsets are of the made-up sentence
		return &c
	}
	return nil
}

// townPart reads a place written as a town alone or a town first, its state and country after
// commas ("Tartu", "Allentown, PA, USA"), or nil.
func (x *extraction) townPart(place string) *cityRef {
	if c := x.cityPart(place); c != nil {
		return c
	}
	if head, _, ok := strings.Cut(place, ","); ok {
		return x.cityPart(head)
	}
	return nil
}

// isRegion reports a state or province written alone: "CA", "Ontario".
func isRegion(seg string) bool {
	if strings.Contains(seg, " ") {
		return false
	}
	_, ok := gazetteer.Region(seg)
	return ok
}

// readOwnItem reads a list item or a paragraph of a speaker's own list of talks, one talk a
// line. The talks are the page owner's, or no one's when the page names no owner.
func (x *extraction) readOwnItem(bi int) bool {
	b := x.doc.Blocks[bi]
	if len(b.Links) > 1 && b.Links[0].End < len(b.Text) && (strings.HasPrefix(b.Text[b.Links[0].End:], " at ") || strings.HasPrefix(b.Text[b.Links[0].End:], " by ")) &&
		b.Links[0].Start == len(b.Text)-len(strings.TrimLeft(listBullet.ReplaceAllString(b.Text, ""), " ")) {
		return false // "[Title](…) at FooConf by [Bo Chen](…)": a line that names its own speaker, for readListing
	}
	if len(b.Breaks) == 0 {
		if title, ep, ok := x.markedTitleLast(b); ok {
			x.addOwnTalk(bi, lineSentence(b, [2]int{0, len(b.Text)}, bi), title, ep)
			return true // (the title marked, its place and date before it: see markedTitleLast)
		}
	}
	if b.Kind == document.ListItem && x.readItineraryItem(bi) {
		return true
	}
	read := false
	lines := b.Lines()
	for k := 0; k < len(lines); k++ {
		line := lineSentence(b, lines[k], bi)
		if k+1 < len(lines) {
			// "Title (FooConf 2019) [slides]⏎30 August 2019, Porto, Portugal": the event in
			// brackets after the title, where and when on the next line
			if title, name, ok := titleThenEvent(line); ok {
				next := lineSentence(b, lines[k+1], bi)
				if pl, ok := x.readPlaceLine(next); ok && pl.date != "" {
					c := pl.city
					x.addOwnTalk(bi, line, title, eventPart{name: name, city: &c, date: pl.date})
					read = true
					k++
					continue
				}
			}
		}
		if o, ok := x.readOwnLine(line); ok {
			x.addOwnTalk(bi, line, o.title, o.event)
			read = true
			continue
		}
		if title, ep, ok := x.titleLast(line.text); ok {
			// "2031-06-12 – Berlin – GopherCon EU – Quiet Queues": when, where, the event,
			// then the title
			x.addOwnTalk(bi, line, title, ep)
			read = true
			continue
		}
		if x.datedPlaceLine(line.text) {
			continue // "10/19 Sat - Sydney, AU": a stop, its talks (if any) in the items below
		}
		// "[**Title**](link) Mar 27, 2019⏎Venue": a marked title and its date, the event on
		// the next line
		title, date, ok := x.titleAndDate(line)
		if !ok && k+1 < len(lines) {
			// "Tue July 4th, 2031 -⏎[**Title**](link)⏎@ Venue": the date on a line of its
			// own, then the marked title alone on the next
			if when := strings.TrimRight(strings.TrimSpace(line.text), " -–—:|"); when != "" && dateOnly(when) {
				next := lineSentence(b, lines[k+1], bi)
				if t, end, marked := markedPhrase(next, 0, true); marked && strings.Trim(next.text[end:], " .") == "" && cleanTitle(t) != "" {
					title, date, ok = t, dateIn(when, x.published), true
					line = next // the title's line holds its link
					k++
				}
			}
		}
		if !ok {
			continue
		}
		var ep eventPart
		if k+1 < len(lines) {
			next := lineSentence(b, lines[k+1], bi)
			where := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(next.text), "@"), "at ")) // "@ Venue"
			if p, ok := x.readEventPart(where, true); ok && len(strings.Fields(next.text)) <= 10 {
				ep = p
				k++
			}
		}
		if ep.date == "" {
			ep.date = date
		}
		x.addOwnTalk(bi, line, title, ep)
		read = true
	}
	return read
}

// datedPlaceLine reads a line of a speaker's list or a tour that gives a day and a town and
// nothing else ("10/19 Sat - Sydney, AU", "May 3: Porto, Portugal") as the event there.
func (x *extraction) datedPlaceLine(text string) bool {
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		d, place, ok := strings.Cut(strings.TrimSpace(text), sep)
		if !ok || !dateOnly(strings.TrimSpace(d)) {
			continue
		}
		place = strings.TrimSpace(place)
		if i := strings.Index(place, " ("); i > 0 {
			place = place[:i] // "Auckland, NZ (to be confirmed)"
		}
		c := x.townPart(place)
		if c == nil {
			return false
		}
		x.eventFor(c, dateIn(d, x.published), "")
		return true
	}
	return false
}

// titleAndDate reads a line that is a marked title (bold, quoted or linked) and a date: the
// first line of a two-line entry of a speaker's list.
func (x *extraction) titleAndDate(s *sentence) (title, date string, ok bool) {
	t, end, ok := markedPhrase(s, 0, true)
	if !ok {
		return "", "", false
	}
	rest := strings.Trim(s.text[end:], " ,;:-–—|()")
	if rest == "" || !(dateOnly(rest) || bareMonthYear.MatchString(rest)) {
		return "", "", false
	}
	return t, dateIn(rest, x.published), true
}

// presentedAt opens a sentence that says where a talk was given, with no label: "Presented at
// the Tartu Rust Meetup", "Given at FooConf 2031".
var presentedAt = regexp.MustCompile(`(?i)^(?:(?:this talk was |i )?(?:presented|given|delivered|held) at|spoke at)\s+(?:the\s+)?`)

// whereLabel opens the line under a talk's heading that says where it was given.
var whereLabel = regexp.MustCompile(`(?i)^(?:where|event|events|venue|conference|presented at|given at|at)\s*:\s*`)

// readOwnHeadings reads a speaker's list written one heading a talk, with the event on a
// labelled line below ("#### Title" over "- Where: FooConf 2019"), where the page or section
// lists talks.
func (x *extraction) readOwnHeadings() {
	for hi, h := range x.doc.Blocks {
		if h.Kind != document.Heading || hi+1 >= len(x.doc.Blocks) || x.agendaBlocks.has(hi) || talkListHeading(h.Text) {
			continue
		}
		// "[proposal]", "25-45 min", "Level: intermediate", "Given at:": a talk's details
		// between its heading and where it was given; they say the heading is a talk's
		first := hi + 1
		for first < len(x.doc.Blocks) && first-hi <= maxTalkDetails && talkDetails(x.doc.Blocks[first]) {
			first++
		}
		if !x.talkList[hi+1] && first == hi+1 {
			continue
		}
		title := cleanTitle(h.Text)
		if title == "" || !plainTitle(title) || adminTitle(title) || dateOnly(title) || bareMonthYear.MatchString(title) || first > hi+1 && !x.talkList[hi+1] && (len(x.sectionEvs[hi]) > 0 || sectionWords[strings.ToLower(title)]) {
			continue
		}
	section:
		for bi := first; bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind != document.Heading; bi++ {
			b := x.doc.Blocks[bi]
			m := whereLabel.FindString(b.Text)
			value := ""
			switch {
			case b.Kind != document.ListItem && b.Kind != document.Paragraph:
				continue
			case m != "":
				value = strings.ReplaceAll(strings.TrimSpace(b.Text[len(m):]), " :: ", ", ")
			case b.Kind == document.Paragraph && presentedAt.MatchString(b.Text):
				// "## Title" over "Presented at the Tartu Rust Meetup May 3, 2031": the
				// paragraph says where in a sentence of its own, below the slides' link
				first := b.Text[b.Lines()[0][0]:b.Lines()[0][1]]
				value = strings.TrimRight(strings.TrimSpace(first[len(presentedAt.FindString(first)):]), ".")
			case bi == first && b.Kind == document.Paragraph:
				// "## Title" over "[FooConf](…), Tartu (Estonia)": the first line of the
				// paragraph under the heading says where, with no label, when it reads as an
				// event and a place, a date or a year. A line with a colon is a label's
				// ("Speaker: Ana Lima"), not a place.
				first := strings.TrimSpace(b.Text[b.Lines()[0][0]:b.Lines()[0][1]])
				if strings.Contains(first, ":") || len(strings.Fields(first)) > 12 {
					continue
				}
				ep, ok := x.readEventPart(first, false)
				if !ok {
					continue
				}
				line := lineSentence(b, b.Lines()[0], bi)
				if t := x.addOwnTalk(hi, line, title, ep); t != nil {
					if t.url == "" {
						t.url = x.materialLink(hi + 1)
					}
					x.agendaBlocks.add(bi)
					x.agendaBlocks.add(hi)
					break section
				}
				continue
			case bi == first && b.Kind == document.ListItem:
				// "### Title" over "* FooConf Tartu 2013" and "* BarConf 2012 [video]": a list
				// of the events where the talk was given, one an item, each read as an event
				if x.readEventItems(hi, bi, title) {
					for k := hi + 1; k < first; k++ {
						x.agendaBlocks.add(k)
					}
					break section
				}
				continue
			default:
				continue
			}
			var parts []eventPart
			if ep, ok := x.readEventPart(value, false); ok {
				parts = append(parts, ep)
			} else {
				// "YOW! Lambda Jam 2018, Haskell eXchange 2018": several events
				for _, v := range strings.Split(value, ", ") {
					if ep, ok := x.readEventPart(v, true); ok && x.isEventName(ep.name) {
						parts = append(parts, ep)
					}
				}
				if len(parts) < 2 {
					parts = nil
					if ep, ok := x.readEventPart(value, true); ok {
						parts = append(parts, ep)
					}
				}
			}
			if len(parts) == 0 {
				continue
			}
			line := lineSentence(b, [2]int{0, len(b.Text)}, bi)
			var t *talk
			for _, ep := range parts {
				if nt := x.addOwnTalk(hi, line, title, ep); nt != nil {
					t = nt
				}
			}
			if t != nil {
				if t.url == "" {
					t.url = x.materialLink(hi + 1)
				}
				x.agendaBlocks.add(bi)
				x.agendaBlocks.add(hi)
			}
			break
		}
	}
}

// maxTalkDetails bounds the blocks of a talk's details under its heading (see talkDetails).
const maxTalkDetails = 6

// talkDetail is one line of a talk's details on a speaker's page: a note in brackets
// ("[proposal]", "[workshop]"), a length ("25-45 min", "(30 minutes)", "1h"), a labelled detail
// ("Level: intermediate", "Language: English", "Format: talk"), or the words that open the
// list of where it was given ("Given at:", "Presented at:", "Events:").
var talkDetail = regexp.MustCompile(`(?i)^(?:\[[^\[\]]{1,30}\]|\(?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min|mins|minutes|m|h|hrs?|hours?|')\.?\)?|(?:level|duration|length|language|lang|format|type|status|audience|difficulty|track|tags|niveau|dauer|sprache|nivel|duración|idioma|durée|langue)\s*:\s*[^:]{1,40}|(?:(?:talk\s+)?(?:given|presented|delivered|held|shown)(?:\s+(?:at|in))?|events|venues|where|appearances|gehalten\s+(?:auf|bei))\s*:?)$`)

// talkDetails reports a paragraph or list item whose every line is a talk's detail
// (talkDetail).
func talkDetails(b document.Block) bool {
	if b.Kind != document.Paragraph && b.Kind != document.ListItem || len(b.Text) > 200 {
		return false
	}
	for _, r := range b.Lines() {
		line := strings.TrimSpace(strings.Trim(strings.TrimSpace(b.Text[r[0]:r[1]]), "*_"))
		if line == "" || !talkDetail.MatchString(line) {
			return false
		}
	}
	return true
}

// readEventItems reads the list that opens the section of a talk's heading (block hi) at block
// from as the events where the talk was given: one talk at each. Every item of the list must
// read as an event with a place, a date or a year, after its links to material ("[video]")
// and a status note ("(upcoming)"); otherwise the list says something else (what the talk
// covers) and nothing is read. It reports whether it read the list.
func (x *extraction) readEventItems(hi, from int, title string) bool {
	if timeframeHeading(title) {
		return false // "## Upcoming" over the events to come: no talk's title
	}
	var parts []eventPart
	var lines []*sentence
	end := from
	for ; end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind == document.ListItem && len(parts) < maxEventItems; end++ {
		if x.agendaBlocks.has(end) {
			return false // a table of contents (see skipContents), or items read already
		}
		b := x.doc.Blocks[end]
		line := lineSentence(b, [2]int{0, len(b.Text)}, end)
		text := strings.TrimRight(line.text[:max(resourcesStart(line), 0)], " ,;|-–—/([")
		text = strings.TrimSpace(statusNote.ReplaceAllString(text, ""))
		if text == "" || strings.Contains(text, ":") || len(strings.Fields(text)) > 10 {
			return false
		}
		ep, ok := x.readEventPart(text, false)
		if !ok {
			return false
		}
		parts = append(parts, ep)
		lines = append(lines, line)
	}
	if end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind == document.ListItem {
		return false // more items than a talk is given at: a list of something else
	}
	var t *talk
	for i, ep := range parts {
		if nt := x.addOwnTalk(hi, lines[i], title, ep); nt != nil {
			t = nt
		}
	}
	if t == nil {
		return false
	}
	if t.url == "" {
		t.url = x.materialLink(hi + 1)
	}
	for bi := from; bi < end; bi++ {
		x.agendaBlocks.add(bi)
	}
	x.agendaBlocks.add(hi)
	return true
}

// timeframeWords head the parts of a list of talks by when: "Upcoming", "Past events".
var timeframeWords = set(`upcoming past previous recent future archive archived current latest older earlier next
	planned scheduled other more misc events conferences meetups appearances`)

// timeframeHeading reports a heading made of timeframeWords alone, or a year or a date.
func timeframeHeading(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 || dateOnly(title) || bareMonthYear.MatchString(strings.TrimSpace(title)) {
		return true
	}
	for _, w := range words {
		if !timeframeWords[w] && w != "and" {
			return false
		}
	}
	return true
}

// maxEventItems bounds the events a list under a talk's heading may name.
const maxEventItems = 40

// materialLink is the first link to slides or a recording in the blocks of the section that
// starts at block from.
func (x *extraction) materialLink(from int) string {
	return x.materialLinkIn(from, len(x.doc.Blocks))
}

// materialLinkIn is materialLink in the blocks [from, to) only (a list item's nested items).
func (x *extraction) materialLinkIn(from, to int) string {
	for bi := from; bi < to && x.doc.Blocks[bi].Kind != document.Heading; bi++ {
		for _, l := range x.doc.Blocks[bi].Links {
			if isSlides(l.Href) || isRecording(l.Href) || resourceWords[strings.ToLower(strings.TrimSpace(x.doc.Blocks[bi].LinkText(l)))] {
				return l.Href
			}
		}
	}
	return ""
}

// ownerNames is the speaker of a talk on the page of one person's talks: the page's owner
// (see pageOwner), or none when the page names no one.
func (x *extraction) ownerNames() []string {
	if x.owner == "" {
		return nil
	}
	return []string{x.owner}
}

// addOwnTalk records a talk of the page owner's list, given at the event the line states.
func (x *extraction) addOwnTalk(bi int, line *sentence, title string, ep eventPart) *talk {
	title = clean(statusNote.ReplaceAllString(title, ""))
	if title == "" {
		return nil
	}
	names := x.ownerNames()
	if m := coPresenter.FindStringSubmatch(title); m != nil {
		// "Title (co-presented with Bo Chen)": the owner and the person named
		if sp, ok := x.readSpeakers(line, m[1], 0); ok {
			title = strings.TrimSpace(title[:len(title)-len(m[0])])
			for _, p := range sp {
				names = append(names, p.name)
			}
		}
	}
	var events []*event
	ev := Evidence{Sentence: line.text, Confidence: 0.8}
	if ep.name != "" || ep.city != nil {
		e := x.eventOfKind(ep.city, ep.date, "", ep.name)
		if ep.host != "" && e.host == "" {
			e.host, e.hostEv = ep.host, &Evidence{Sentence: line.text, Confidence: 0.7}
		}
		events = []*event{e}
	}
	return x.addTalk(title, "", linkFor(line, title), names, events, ev, bi)
}

// coPresenter names who gave an own talk with its owner, after its title: "(co-presented with
// Bo Chen)", "(with Bo Chen and Ana Lima)", "(together with Bo Chen)".
var coPresenter = regexp.MustCompile(`(?i)\s*\((?:co-?presented with|co-?hosted with|presented with|together with|joint talk with|with)\s+([^()]{3,80})\)\s*$`)

// readOwnRow reads a row of a table of the owner's talks, whose header has a title column and
// an event or place column but no speaker column: "| Title | Event | Place | Date |".
func (x *extraction) readOwnRow(ri int, row []cell, title, event, place, date int) bool {
	b := x.doc.Blocks[ri]
	if title >= len(row) {
		return false
	}
	ts := lineSentence(b, row[title].r, ri)
	if ts.text == "" {
		return false
	}
	t, _, marked := markedPhrase(ts, 0, true)
	if !marked {
		t = strings.TrimRight(ts.text[:max(resourcesStart(ts), 0)], " ,;|-–—/(")
	}
	t = strings.TrimSpace(t)
	if t == "" || adminTitle(t) || strings.IndexFunc(t, unicode.IsLetter) < 0 {
		return false
	}
	ep, ok := x.rowEventPart(ri, row, event, place, date, true)
	if !ok {
		return false
	}
	return x.addOwnTalk(ri, lineSentence(b, [2]int{0, len(b.Text)}, ri), t, ep) != nil
}

// rowEventPart reads where a table row's own event, place and date cells say its talk was
// given. strict refuses a row whose event cell names no event; else such a cell is passed
// over. It reports false when the row names neither an event nor a town.
func (x *extraction) rowEventPart(ri int, row []cell, event, place, date int, strict bool) (eventPart, bool) {
	b := x.doc.Blocks[ri]
	var ep eventPart
	if event >= 0 && event < len(row) && row[event].text != "" {
		es := lineSentence(b, row[event].r, ri)
		text := strings.TrimRight(es.text[:max(resourcesStart(es), 0)], " ,;|-–—/(")
		p, ok := x.readEventPart(text, true)
		if !ok && strict {
			return eventPart{}, false
		}
		if ok {
			ep = p
		}
	}
	if place >= 0 && place < len(row) {
		// the place column says where, over a town read inside the event's name ("Canvas
		// Union" in Tartu)
		// ("Tokyo/Online", "Porto (hybrid)": the city, and how else one could attend)
		for _, seg := range strings.FieldsFunc(row[place].text, func(r rune) bool { return strings.ContainsRune(",;/()|·–—", r) }) {
			if c := x.cityPart(strings.TrimSpace(seg)); c != nil {
				ep.city = c
				break
			}
		}
	}
	if date >= 0 && date < len(row) && ep.date == "" {
		ep.date = dateIn(row[date].text, x.published)
	}
	return ep, ep.name != "" || ep.city != nil
}

// talkPredicate is what a paragraph that opens with a marked title says of it, after an
// aside in parentheses: "is a talk", "was a talk I gave", "is my keynote", "talks about".
var talkPredicate = regexp.MustCompile(`(?i)^(?:\([^()]{0,300}\)\s*)?(?:(?:is|was)\s+(?:a|an|my|the|our)\s+(?:(?:short|long|new|lightning|recent|first)\s+)?(?:talk|keynote|presentation|lecture|workshop)\b|talks\s+about\b)`)

// readMarkedTitleTalk reads a paragraph that opens with a bold, italic or quoted title and
// says that it is a talk: "**Quiet Queues** ([slides](...)) is a talk in which I ...",
// "*Loud Logs* was a talk I gave at ...". The speaker is the post's author when named in
// full, else unnamed (the writer). It reports whether it read the paragraph.
func (x *extraction) readMarkedTitleTalk(bi int) bool {
	b := x.doc.Blocks[bi]
	if b.Kind != document.Paragraph || len(x.block(bi)) == 0 {
		return false
	}
	s := x.lineSentence(b, b.Lines()[0], bi)
	title, end, ok := markedPhrase(s, 0, true)
	if !ok || len(strings.Fields(title)) < 2 || !plainTitle(title) && !agendaTitle(title) {
		return false
	}
	rest := strings.TrimSpace(s.text[end:])
	if !talkPredicate.MatchString(rest) {
		return false
	}
	var names []string
	if x.looksLikeName(x.author) {
		names = []string{x.authorName()}
	}
	ev := Evidence{Sentence: s.text, Confidence: 0.7}
	return x.addTalk(cleanTitle(title), "", linkFor(s, title), names, x.listEvents(bi), ev, bi) != nil
}

// announcedTalks is a sentence that announces the writer's talks, the headings after it being
// their titles: "I took part in three speaking events:", "I gave two talks there:".
var announcedTalks = regexp.MustCompile(`(?i)\b(?:I|we)\s+(?:gave|presented|delivered|did|held|took part in|spoke (?:at|in))\s+(?:(?:a|an|the|my|our|two|three|four|five|six|\d)\s+)?(?:different\s+|separate\s+)?(?:talks|sessions|presentations|speaking events|speaking slots|workshops)\b[^.!?]*:\s*$`)

// readAnnouncedHeadings reads the talks a post announces as its own before giving each a
// heading: a paragraph that ends "I took part in three speaking events:", then headings of
// one level, each a talk's title, up to a heading that closes the list ("Summary") or a
// higher one. The speaker is the page's owner (its author), or no one named.
func (x *extraction) readAnnouncedHeadings() {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Paragraph || !strings.HasSuffix(strings.TrimSpace(b.Text), ":") || !announcedTalks.MatchString(b.Text) {
			continue
		}
		level := 0
		for hi := bi + 1; hi < len(x.doc.Blocks); hi++ {
			h := x.doc.Blocks[hi]
			if h.Kind != document.Heading {
				continue
			}
			if level == 0 {
				level = h.Level
			}
			if h.Level < level {
				break
			}
			if h.Level > level || x.agendaBlocks.has(hi) {
				continue
			}
			title := cleanTitle(h.Text)
			if title == "" || sectionWords[strings.ToLower(title)] || timeframeHeading(title) {
				break // "Summary": the list of talks is over
			}
			if !plainTitle(title) || adminTitle(title) {
				continue
			}
			names := x.ownerNames()
			line := x.lineSentence(h, [2]int{0, len(h.Text)}, hi)
			ev := Evidence{Sentence: strings.TrimSpace(b.Text) + " " + title, Confidence: 0.7}
			if x.addTalk(title, "", linkFor(line, title), names, x.listEvents(hi), ev, hi) != nil {
				x.agendaBlocks.add(hi)
			}
		}
	}
}

// ownSectionLabels name what a labelled line under an event's heading gives, in several
// languages: the talk's title, where and when the event was, or its speakers.
var ownSectionLabels = map[string]string{
	"talk": "title", "talk title": "title", "title": "title", "topic": "title", "session": "title", "presentation": "title",
	"tema": "title", "thema": "title", "titel": "title", "titre": "title", "sujet": "title", "título": "title", "titulo": "title",
	"titolo": "title", "palestra": "title", "charla": "title", "vortrag": "title", "ponencia": "title",
	"where": "where", "venue": "where", "location": "where", "place": "where", "city": "where", "onde": "where", "local": "where",
	"lugar": "where", "dónde": "where", "donde": "where", "où": "where", "lieu": "where", "wo": "where", "ort": "where",
	"cidade": "where", "ciudad": "where", "ville": "where", "stadt": "where", "dove": "where", "luogo": "where",
	"when": "when", "date": "when", "quando": "when", "data": "when", "cuándo": "when", "cuando": "when", "fecha": "when",
	"quand": "when", "wann": "when", "datum": "when",
	"speaker": "speaker", "speakers": "speaker", "presenter": "speaker", "palestrante": "speaker", "ponente": "speaker",
	"referent": "speaker", "sprecher": "speaker", "intervenant": "speaker", "orateur": "speaker", "relatore": "speaker",
}

// readOwnEventSections reads a speaker's list written one heading an event, with the talk's
// title and where and when the event was on labelled lines under it, where the page or section
// lists talks:
//
//	## [RiverConf 2031](https://example.org)
//	* **When:** 27/04
//	* **Where:** Porto, Portugal
//	* **Topic:** Queues Without Tears
//
// A section needs a title's label and a place's or a date's; one that labels speakers is an
// agenda's, left to the readers of speaker labels.
func (x *extraction) readOwnEventSections() {
	for hi, h := range x.doc.Blocks {
		if h.Kind != document.Heading || hi+1 >= len(x.doc.Blocks) || x.agendaBlocks.has(hi) || !x.talkList[hi+1] || talkListHeading(h.Text) {
			continue
		}
		name := cleanTitle(h.Text)
		if name == "" || sectionWords[strings.ToLower(name)] || dateOnly(name) {
			continue
		}
		type titled struct {
			bi    int
			r     [2]int
			title string
		}
		var titles []titled
		var place *cityRef
		date, dated, speakers := "", false, false
		end := hi + 1
		for ; end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind != document.Heading; end++ {
			b := x.doc.Blocks[end]
			if b.Kind != document.ListItem && b.Kind != document.Paragraph || x.agendaBlocks.has(end) {
				continue
			}
			for _, r := range b.Lines() {
				label, value, ok := strings.Cut(lineText(b, r), ":")
				if !ok || len(label) > 20 {
					continue
				}
				value = strings.TrimSpace(strings.Trim(strings.TrimSpace(value), "*_"))
				switch ownSectionLabels[strings.ToLower(strings.TrimSpace(strings.Trim(label, "*_ ")))] {
				case "title":
					if t := labelTitle(cleanTitle(value)); t != "" {
						titles = append(titles, titled{end, r, t})
					}
				case "where":
					line := x.lineSentence(b, r, end)
					for _, c := range x.cities(line) {
						if place == nil && c.start > 0 { // (not the label itself)
							cc := c
							place = &cc
						}
					}
					dated = dated || place != nil
				case "when":
					if d := dateIn(value, x.published); d != "" {
						date = d
					}
					dated = true
				case "speaker":
					speakers = true
				}
			}
		}
		if len(titles) == 0 || !dated || speakers {
			continue
		}
		ep := eventPart{name: name, city: place, date: date}
		for _, t := range titles {
			line := x.lineSentence(x.doc.Blocks[t.bi], t.r, t.bi)
			x.addOwnTalk(t.bi, line, t.title, ep)
		}
		for bi := hi; bi < end; bi++ {
			x.agendaBlocks.add(bi)
		}
	}
}

// eventKindLabel opens a line of a speaker's list that names the event a talk was given at by
// its kind: "Conference: DevFest Tartu", "Meetup: Tartu Gophers #12".
var eventKindLabel = regexp.MustCompile(`(?i)^(?:conference|conf|meetup|meet-up|event|user group|summit|konferenz|veranstaltung|conférence|evento|conferencia|conferência|konferencja)\s*:\s*`)

// quotedTitles are the titles a line quotes, each in straight or curly double quotes.
var quotedTitles = regexp.MustCompile(`["“„]([^"“”„]{3,200})["”“]`)

// talkKindLabel opens a line of a speaker's list that names the talk by its kind: "Talk:
// \"Quiet Queues\"", "Workshop: Tracing in practice", "Keynote: ...".
var talkKindLabel = regexp.MustCompile(`(?i)^(?:talks?|workshops?|keynotes?|lightning talks?|sessions?|presentations?|panel|vortrag|vorträge|palestras?|charlas?|conférence|atelier)\s*:\s*`)

// readOwnKindLabels reads a speaker's list whose entries name the event by its kind and then
// the talk by its kind, each on a line or heading of its own:
//
//   - ###### November 2031
//     ### Conference: DevFest Tartu
//     #### Talk: "Quiet Queues in Practice"
//
// where the page or section lists talks. The talk is the owner's, given at the event last
// named; a date line above dates it. A line naming the event is never a talk.
func (x *extraction) readOwnKindLabels() {
	var cur *eventPart
	date := ""
	for bi, b := range x.doc.Blocks {
		if !x.talkList[bi] || x.agendaBlocks.has(bi) || b.Kind != document.Heading && b.Kind != document.Paragraph && b.Kind != document.ListItem {
			continue
		}
		if b.Kind == document.ListItem {
			cur, date = nil, "" // each item of the list is an entry of its own
		}
		read := false
		for _, r := range b.Lines() {
			text := strings.TrimSpace(strings.Trim(lineText(b, r), "*_ "))
			if dateOnly(text) {
				date, cur = text, nil
				continue
			}
			if m := eventKindLabel.FindStringIndex(text); m != nil {
				name := strings.TrimSpace(text[m[1]:])
				if name == "" {
					continue
				}
				ep := eventPart{name: name, date: dateIn(date, x.published)}
				if cs := x.cities(x.lineSentence(b, r, bi)); len(cs) == 1 {
					c := cs[0]
					ep.city = &c
				}
				cur = &ep
				read = true // an event's line, no talk
				continue
			}
			if m := talkKindLabel.FindStringIndex(text); m != nil && cur != nil {
				rest := strings.TrimSpace(text[m[1]:])
				titles := []string{rest}
				if qs := quotedTitles.FindAllStringSubmatch(rest, -1); len(qs) >= 2 {
					// "Talks: \"Quiet Queues\" & \"Ledgers at Rest\"": a talk each
					titles = titles[:0]
					for _, q := range qs {
						titles = append(titles, q[1])
					}
				}
				for _, t := range titles {
					title := labelTitle(cleanTitle(strings.Trim(unquoted(strings.TrimSpace(t)), "_*")))
					if title == "" || adminTitle(title) {
						continue
					}
					if x.addOwnTalk(bi, x.lineSentence(b, r, bi), title, *cur) != nil {
						read = true
					}
				}
			}
		}
		if read {
			x.agendaBlocks.add(bi)
		}
	}
}

// eventFirst is an item of the owner's list that opens with where they spoke, then says what:
// the event, and the talk's title (set in bold or quotes in the item), if it gives one.
type eventFirst struct {
	bi    int
	ep    eventPart
	title string
}

// readEventFirstItems reads a speaker's list whose items open with the event and its place,
// then tell what the owner gave there, its title set apart:
//
//   - Queueconf 2031, May 3, 2031 in Tartu. I gave a brand new talk, **Quiet Queues**.
//   - Porto Go Days, October 2031 in Porto. I was the opening keynote speaker.
//
// Each item is an event in its town; a title set in bold or quotes is the owner's talk there
// (one talk, given at each event whose item names it). Two items in a row or more must open
// so, on a page whose owner is known; an item that names no title is the event alone.
func (x *extraction) readEventFirstItems() {
	speaker := x.owner
	if speaker == "" {
		speaker = x.authorName() // (the writer of a page of their own engagements: "I gave ...")
	}
	if speaker == "" {
		return
	}
	var run []eventFirst
	items := 0 // the items of the list, read or not
	flush := func() {
		if len(run) >= 2 && len(run)*2 >= items {
			for _, it := range run {
				sents := x.block(it.bi)
				line := sents[0]
				e := x.eventOfKind(it.ep.city, it.ep.date, "", it.ep.name)
				ev := Evidence{Sentence: line.text, Confidence: 0.8}
				if it.title != "" && x.addTalk(it.title, "", linkFor(line, it.title), []string{speaker}, []*event{e}, ev, it.bi) != nil {
					x.agendaBlocks.add(it.bi)
					continue
				}
				x.itemEvents[it.bi] = []*event{e}
				for _, s := range sents[1:] {
					// "I spoke on the queue my team runs": the owner's untitled talk there
					if hasTalkCue(s) && !futureWords.MatchString(s.text) && x.ownSentence(s) {
						if x.addTalk("", snippetWords(strings.TrimRight(s.text, ".!"), 14), "", []string{speaker}, []*event{e}, ev, it.bi) != nil {
							x.agendaBlocks.add(it.bi)
						}
						break
					}
				}
			}
		}
		run, items = run[:0], 0
	}
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.ListItem {
			flush()
			continue
		}
		if b.Level > 0 {
			continue
		}
		items++
		sents := x.block(bi)
		if len(sents) == 0 || x.agendaBlocks.has(bi) {
			continue
		}
		if ep, ok := x.leadEvent(strings.TrimRight(strings.TrimSpace(sents[0].text), ".!")); ok {
			title := markedTitleIn(b, len(sents[0].text))
			if title != "" && !x.ownTitleSentence(sents, title) {
				title = "" // "Bo Chen gave **Quiet Queues**", "I attended the **workshop day**": no talk of the owner's
			}
			run = append(run, eventFirst{bi: bi, ep: ep, title: title})
		}
	}
	flush()
}

// snippetWords is the first n words of text.
func snippetWords(text string, n int) string {
	words := strings.Fields(text)
	if len(words) > n {
		words = words[:n]
	}
	return strings.Join(words, " ")
}

// ownTitleSentence reports whether the sentence of an item that holds a marked title says the
// writer gave it: with a word of giving a talk ("I gave a brand new talk, **Quiet Queues**",
// "First time giving **Quiet Queues**", "My talk **Quiet Queues**"), naming no one else before
// the title, and not that the writer only heard it ("I attended the **workshop day**").
func (x *extraction) ownTitleSentence(sents []*sentence, title string) bool {
	before := false // the sentence before says a talk was given: "My first talk in years! **Quiet Queues**."
	for _, s := range sents {
		at := strings.Index(s.text, title)
		if at < 0 {
			before = hasTalkCue(s) && !notOwnTalk.MatchString(strings.ToLower(s.text))
			continue
		}
		lower := " " + strings.ToLower(s.text[:at]) + " "
		if !(before && at <= 2 || hasTalkCue(s) || ownTalkVerb.MatchString(lower)) || notOwnTalk.MatchString(lower) {
			return false
		}
		for _, r := range x.names(s) {
			if r.start < len(s.tokens) && int(s.tokens[r.start].start) < at && x.someoneElse(r) {
				return false
			}
		}
		return true
	}
	return false
}

// ownSentence reports a sentence in the first person that names no one else and does not say
// the writer only heard a talk: "I gave a talk about our queues", not "Bo Chen gave ..." or "I
// attended the talks".
func (x *extraction) ownSentence(s *sentence) bool {
	lower := " " + strings.ToLower(s.text) + " "
	if !(strings.Contains(lower, " i ") || strings.Contains(lower, " my ") || strings.Contains(lower, " i'") || strings.Contains(lower, " i’")) || notOwnTalk.MatchString(lower) {
		return false
	}
	for _, r := range x.names(s) {
		if x.someoneElse(r) {
			return false
		}
	}
	return true
}

// someoneElse reports a name in a sentence of the owner's list that is another person's: one
// the post knows as a person, or a known given name and more, not the owner's own.
func (x *extraction) someoneElse(r nameRef) bool {
	if r.pron != notPronoun || strings.EqualFold(r.text, x.owner) || strings.EqualFold(r.text, x.authorName()) {
		return false
	}
	return x.lookupPerson(r.text) != nil || !r.single && givennames.Is(firstWord(r.text))
}

// ownTalkVerb and notOwnTalk say, before a title in the writer's list, that they gave it
// ("gave", "presented", "reprised") or only heard it ("attended", "watched", "skipped").
var (
	ownTalkVerb = regexp.MustCompile(`\b(?:gave|give|giving|presented|present|presenting|reprised|delivered|spoke|speak|talked|premi[eè]re|keynote|tutorial|workshop|talk)\b`)
	notOwnTalk  = regexp.MustCompile(`\b(?:attended|watched|skipped|missed|listened|enjoyed|saw)\b`)
)

// leadEvent reads the opening of an item as an event placed in a town: "Queueconf 2031, May 3,
// 2031 in Tartu", "Porto Go Days, October 2031, in Porto": a name that reads as an event's,
// then an optional date, then "in" and the town.
func (x *extraction) leadEvent(text string) (eventPart, bool) {
	at := strings.LastIndex(text, " in ")
	if at <= 0 || len(text) > 160 {
		return eventPart{}, false
	}
	// (the name is asked first: it needs no tokens, where placing a town does)
	head := strings.TrimRight(strings.TrimSpace(text[:at]), ",")
	name, rest, _ := strings.Cut(head, ", ")
	name = strings.TrimSpace(name)
	if !eventNameLike(name) || personName(name) {
		return eventPart{}, false
	}
	c := x.placeCity(text[at+4:])
	if c == nil {
		return eventPart{}, false
	}
	if n := x.placeCity(name); n != nil && strings.EqualFold(n.written, name) {
		return eventPart{}, false // "Porto, May 3 in Porto": a town, no event's name
	}
	return eventPart{name: name, city: c, date: dateIn(rest, x.published)}, true
}

// markedTitleIn returns the first phrase set in bold, or between quotation marks, in block b
// from byte from on: where a speaker's list item names the talk.
func markedTitleIn(b document.Block, from int) string {
	best, at := "", len(b.Text)
	for _, sp := range b.Spans {
		if sp.Strong && sp.Start >= from && sp.Start < at {
			best, at = b.Text[sp.Start:sp.End], sp.Start
		}
	}
	for _, q := range quotes(b.Text) {
		if q[0] >= from && q[0] < at && q[1]-q[0] > 2 {
			best, at = b.Text[q[0]:q[1]], q[0]
		}
	}
	return cleanTitle(best)
}
