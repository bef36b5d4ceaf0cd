package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// placeLine is a line that does nothing but place an event: a venue or an event's name, a
// city and a date, in either order. Archives, speakers' talk lists and tour announcements
// write them under or beside what they place:
//
//	Hall 3, Ghent - Tue 4 March 2025
//	FooConf, Tartu, Estonia (19.05.2017) (slides, video)
//	Turku: April 3
//	4 March 2025 | Hall 3, Ghent
type placeLine struct {
	name string // the venue or the event's name written before the city, or ""
	city cityRef
	date string
}

// materialTail is the material linked at the end of a line: "[Slides] [Recording].", "Video
// (Keynote)".
var materialTail = guard(regexp.MustCompile(`(?i)(?:[\s.,;|\[]*\b(?:slides|video|videos|recording|recordings|deck|photos|pdf|code|website)\b(?:\s*\([^()]*\))?\]?)+[\s.]*$`),
	"slides", "video", "recording", "deck", "photos", "pdf", "code", "website")

// trailingNote is a parenthesized note at the end of a line that says what material there is:
// "(video, slides, website)", "(event)".
var trailingNote = guard(regexp.MustCompile(`\s*\(\s*[a-z][a-z ,/&-]*\)\s*$`), ")")

// readPlaceLine reads a line as a place line. The line must hold a city and a full date and
// nothing else but a short name before the city and separators: a sentence that mentions a
// city and a date ("We met in Ghent on 4 March") is not one.
func (x *extraction) readPlaceLine(s *sentence) (placeLine, bool) {
	if s.quoted || len(s.text) > 200 {
		return placeLine{}, false
	}
	core := strings.TrimRight(s.text, " .")
	if loc := materialTail.FindStringIndex(core); loc != nil {
		core = strings.TrimRight(core[:loc[0]], " .")
	}
	for {
		loc := trailingNote.FindStringIndex(core)
		if loc == nil {
			break
		}
		core = core[:loc[0]]
	}
	cs := x.cities(s)
	for k := len(cs) - 1; k >= 0; k-- {
		c := cs[k]
		end := int(s.tokens[c.end-1].end)
		if end > len(core) || dateWords[strings.ToLower(c.written)] {
			// "Mon" and "Wed" are towns too, but in a place line they are days
			continue
		}
		if c.start > 0 && gazetteer.IsCountry(s.text[s.tokens[c.start-1].start:end]) {
			// "Republic" of "Czech Republic" is a town too
			continue
		}
		before, after := core[:s.tokens[c.start].start], skipCountry(core[end:])
		date := ""
		switch {
		case dateOnly(after):
			date = dateIn(after, x.published)
		case strings.Trim(after, placeSeps) == "":
			// the date first: "4 March 2025 | Hall 3, Ghent"
			for _, sep := range []string{" | ", " - ", " – ", " — ", ": ", ", "} {
				if d, rest, ok := strings.Cut(before, sep); ok && dateOnly(d) {
					date, before = dateIn(d, x.published), rest
					break
				}
			}
			if date == "" && dateOnly(before) {
				date, before = dateIn(before, x.published), ""
			}
		}
		if date == "" {
			continue
		}
		name := strings.Trim(before, placeSeps)
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(name, " at"), " in"))
		if !placeName(name) {
			return placeLine{}, false
		}
		return placeLine{name: name, city: c, date: date}, true
	}
	if len(cs) == 1 {
		return x.namedPlaceLine(s, core, cs[0])
	}
	return placeLine{}, false
}

// namedPlaceLine reads a place line whose city is inside the event's name: "Gophers Tartu
// Meetup, November 1st 2025", "Tartu Go Night - 4 March 2025".
func (x *extraction) namedPlaceLine(s *sentence, core string, c cityRef) (placeLine, bool) {
	cityEnd := int(s.tokens[c.end-1].end)
	for _, sep := range []string{", ", " - ", " – ", " — ", ": ", " | "} {
		for at := strings.Index(core, sep); at >= 0; {
			name, rest := core[:at], core[at+len(sep):]
			if at >= cityEnd && dateOnly(rest) && x.isEventName(name) && placeName(name) {
				if date := dateIn(rest, x.published); date != "" {
					return placeLine{name: strings.TrimSpace(name), city: c, date: date}, true
				}
			}
			next := strings.Index(core[at+len(sep):], sep)
			if next < 0 {
				break
			}
			at += len(sep) + next
		}
	}
	return placeLine{}, false
}

// skipCountry drops a country written after a city ("…, Czech Republic (date)"), which the
// city reader leaves when its name has several words.
func skipCountry(after string) string {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return after
	}
	end := strings.IndexAny(rest, "(,-–—|:")
	if end < 0 {
		end = len(rest)
	}
	if gazetteer.IsCountry(strings.TrimSpace(rest[:end])) {
		return rest[end:]
	}
	return after
}

// placeSeps separate the parts of a place line.
const placeSeps = " ,;:-–—|@·•()"

// dateWords are the words a written date is made of besides numbers.
var dateWords = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun st nd rd th of am pm`)

// dateOnly reports whether text is a full date and nothing else ("Tue 4 March 2025",
// "(19.05.2017)", ": April 3").
func dateOnly(text string) bool {
	// the words are read in place, not split out of a lower-case copy: lower-casing keeps
	// letters and digits what they are, and no other rune lower-cases to a digit or to the
	// letters of "1st", "2nd", "3rd", "4th"
	n := 0
	for w, rest := nextAlnum(text); w != ""; w, rest = nextAlnum(rest) {
		if n++; n > 8 || !lookupLower(dateWords, w) && !isDigits(strings.TrimRight(w, "stndrhSTNDRH")) {
			return false
		}
	}
	if n == 0 {
		return false
	}
	return dateIn(text, time.Time{}) != "" || mayNameMonth(text) && (monthDay.MatchString(text) || dayMonth.MatchString(text)) || slashDay(text)
}

// slashDay reports a day written in numbers with slashes: month and day in either order, one
// of them at most 12 and both at most 31 ("10/19", "19/10/2031"; not "50/50").
func slashDay(text string) bool {
	m := slashDate.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)
}

// slashDate is a day written in numbers with slashes, month and day in either order: "10/19",
// "19/10/2031" (which of the two is the month a date reader cannot always tell).
var slashDate = literal{regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})(?:/(?:\d{2}|\d{4}))?\b`),
	[]string{"/"}}

// placeConnectors are the lower-case words names of venues and events are written with.
var placeConnectors = set(`of de du des la le les the and at for on van der den von y di da del et und
conference meetup summit event user group day days night edition workshop camp office offices
campus hall room floor building`)

// danglingWords cannot end a name: the city after them belongs to a phrase.
var danglingWords = set(`of the and for on from to by with a an`)

// placeName reports whether the part of a place line before its city is a name (a venue's or
// an event's), not a sentence: a few words, capitalized but for connectors and at most one
// other.
func placeName(name string) bool {
	if name == "" {
		return true
	}
	if strings.Contains(name, ". ") || strings.ContainsAny(name, "!?") {
		return false
	}
	words := strings.Fields(name)
	if len(words) > 12 || danglingWords[strings.ToLower(words[len(words)-1])] {
		return false // "Ana Lima of Tartu": a name cannot end in "of"
	}
	lower := 0
	for _, w := range words {
		r := []rune(strings.Trim(w, `"'“”‘’()[],.`))
		if len(r) == 0 || !unicode.IsLower(r[0]) || placeConnectors[strings.ToLower(string(r))] {
			continue
		}
		lower++
	}
	return lower <= 1
}

// spokeAtList is a sentence that introduces a list of the events the writer spoke at: "These
// are the conferences where I spoke in 2031:", "Meetups I gave talks at:".
var spokeAtList = regexp.MustCompile(`(?i)\b(?:spoke|speak|speaking|talks?|presented|presenting|keynotes?)\b[^:]*\b(?:conferences|meetups|events|user groups|stops)\b|\b(?:conferences|meetups|events|user groups)\b[^:]*\b(?:spoke|speak|spoken|talks?|presented)\b`)

// notSpokeAt says the events of a list were not spoken at, or not yet: "attended but did not
// speak", "want to speak", "will submit to".
var notSpokeAt = regexp.MustCompile(`(?i)\b(?:not|n't|never|want|wish|hope|plan|planning|submit|cancel(?:l?ed)?|rejected)\b`)

// readSpokeAtList reads a list of events the writer spoke at, introduced by a sentence that
// says so and ends in a colon or speaks of "the following", each item an event and its town ("Queueconf, Tartu",
// "[Porto Go Days, Porto](…)"): the events, in their towns, in the year the sentence gives.
// Two items or more must each name an event in a town, and a list of events to come, not
// spoken at, or attended without a talk gives none.
func (x *extraction) readSpokeAtList() {
	for bi := 0; bi+2 < len(x.doc.Blocks); bi++ {
		b := x.doc.Blocks[bi]
		text := strings.TrimSpace(b.Text)
		if b.Kind != document.Paragraph || !strings.HasSuffix(text, ":") && !strings.Contains(text, "following") || len(text) > 200 || x.doc.Blocks[bi+1].Kind != document.ListItem {
			continue
		}
		if !spokeAtList.MatchString(text) || notSpokeAt.MatchString(text) || futureWords.MatchString(text) {
			continue
		}
		year := ""
		if m := yearIn.FindString(text); m != "" {
			year = strings.Trim(m, " ,.:()")
		}
		level := x.doc.Blocks[bi+1].Level
		var parts []eventPart
		items := 0
		for ci := bi + 1; ci < len(x.doc.Blocks) && x.doc.Blocks[ci].Kind == document.ListItem && x.doc.Blocks[ci].Level >= level; ci++ {
			c := x.doc.Blocks[ci]
			if c.Level > level {
				continue
			}
			items++
			line := strings.TrimSpace(c.Text)
			if ep, ok := x.readEventPart(line, false); ok && ep.city != nil && ep.name != "" {
				parts = append(parts, ep)
			}
		}
		if len(parts) < 2 || len(parts)*3 < items*2 {
			continue
		}
		for _, ep := range parts {
			name := ep.name
			if year != "" && !hasYear(name) && ep.date == "" {
				name += " " + year
			}
			x.eventOfKind(ep.city, ep.date, "", name)
		}
	}
}

// readPlacedItems reads the events that place lines state in lists and under headings, by
// where the place line stands:
//
//   - below an item's title ("Title⏎Venue, City - date"), or alone in an item with the talks
//     nested under it: the item is an event of an archive, and its nested items are its
//     talks;
//   - in each item nested under a title that is no place line: a talk given at each of those
//     events (a speaker's own list of talks);
//   - in two or more items in a row, alone: the stops of the post's series or tour;
//   - in the paragraph right under a heading: the heading's event.
func (x *extraction) readPlacedItems() {
	var run []placeLine
	flush := func() {
		if len(run) >= 2 {
			for _, pl := range run {
				x.placedEvent(pl, "")
			}
		}
		run = run[:0]
	}
	for bi := 0; bi < len(x.blockSents); bi++ {
		b := x.doc.Blocks[bi]
		if b.Kind == document.Paragraph && len(x.block(bi)) > 0 {
			flush()
			x.readPlacedSection(bi)
			continue
		}
		if b.Kind != document.ListItem || len(x.block(bi)) == 0 {
			flush()
			continue
		}
		end := bi + 1
		for end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind == document.ListItem && x.doc.Blocks[end].Level > b.Level {
			end++
		}
		lines := b.Lines()
		at, pl := -1, placeLine{}
		for k, r := range lines {
			if p, ok := x.readPlaceLine(x.lineSentence(b, r, bi)); ok {
				at, pl = k, p
				break
			}
		}
		switch {
		case at > 0 && !x.isEventName(pl.name):
			// an archive's event: its title, then where and when
			title := cleanTitle(x.lineSentence(b, lines[0], bi).text)
			flush()
			e := x.placedEvent(pl, title)
			x.itemEvents[bi] = []*event{e}
			if end > bi+1 {
				x.agendaBlocks.add(bi) // the title names the evening; its talks are nested
			}
			for c := bi + 1; c < end; c++ {
				x.itemEvents[c] = []*event{e}
			}
			bi = end - 1
		case at == 0 && len(lines) == 1 && end > bi+1:
			// where and when, over the evening's talks
			flush()
			e := x.placedEvent(pl, "")
			x.agendaBlocks.add(bi)
			for c := bi + 1; c < end; c++ {
				x.itemEvents[c] = []*event{e}
			}
			bi = end - 1
		case at == 0 && len(lines) == 1:
			run = append(run, pl)
		case at < 0 && end > bi+1 && x.readTalkOverPlaces(bi, end):
			flush()
			bi = end - 1
		default:
			flush()
		}
	}
	flush()
}

// placedEvent makes the event a place line states. The name before the city is the event's
// own when it reads as one ("FooConf", "Gophers User Group"), else the venue, which hosts it.
// title names the event when its item gives one.
func (x *extraction) placedEvent(pl placeLine, title string) *event {
	name, host := title, ""
	if pl.name != "" {
		if x.isEventName(pl.name) {
			if name == "" {
				name = pl.name
			}
		} else {
			host = pl.name
		}
	}
	c := pl.city
	e := x.eventOfKind(&c, pl.date, eventKind(name), name)
	if host != "" && e.host == "" && x.acceptOrg(host) {
		e.host, e.hostEv = orgName(host), &Evidence{Sentence: strings.TrimSpace(pl.name + ", " + pl.city.written), Confidence: 0.7}
	}
	return e
}

// readTalkOverPlaces reads an item that is a talk's title with the events it was given at
// nested under it, each a place line ("Tracing without tears" over "FooConf, Tartu
// (19.05.2017)" and "Gophers User Group, Turku (4.11.2021)"). The speaker is the post's
// author when the front matter names one. It reports whether the items were read.
func (x *extraction) readTalkOverPlaces(bi, end int) bool {
	b := x.doc.Blocks[bi]
	if len(b.Lines()) != 1 {
		return false
	}
	line := x.lineSentence(b, b.Lines()[0], bi)
	title := cleanTitle(trailingNote.ReplaceAllString(line.text, ""))
	if title == "" || len(strings.Fields(title)) > 20 || x.looksLikeName(title) || adminTitle(title) || strings.HasSuffix(line.text, ":") {
		return false
	}
	var places []placeLine
	for c := bi + 1; c < end; c++ {
		cb := x.doc.Blocks[c]
		rs := cb.Lines()
		if len(x.block(c)) == 0 || len(rs) != 1 {
			return false
		}
		pl, ok := x.readPlaceLine(x.lineSentence(cb, rs[0], c))
		if !ok {
			return false
		}
		places = append(places, pl)
	}
	var events []*event
	for _, pl := range places {
		name := ""
		if x.isEventName(pl.name) {
			name = pl.name
		}
		c := pl.city
		events = append(events, x.eventOfKind(&c, pl.date, eventKind(name), name))
	}
	var names []string
	if x.looksLikeName(x.author) {
		names = []string{x.authorName()}
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.7}
	if x.addTalk(title, "", linkFor(line, title), names, events, ev, bi) == nil {
		return false
	}
	for c := bi; c < end; c++ {
		x.agendaBlocks.add(c)
	}
	return true
}

// readPlacedSection reads a paragraph right under a heading that is a place line (an archive
// that titles each meetup by a heading and places it on the line below) as the heading's
// event, when no other rule gave the section one.
func (x *extraction) readPlacedSection(bi int) {
	b := x.doc.Blocks[bi]
	h := b.Section
	if h < 0 || h >= bi || bi-h > 2 || len(x.sectionEvs[h]) > 0 || x.doc.Blocks[h].Kind != document.Heading || talkListHeading(x.doc.Blocks[h].Text) {
		return // a "Speaking" or "Talks" heading is over a list of talks, no event
	}
	for _, r := range b.Lines() {
		if pl, ok := x.readPlaceLine(x.lineSentence(b, r, bi)); ok {
			x.sectionEvs[h] = []*event{x.placedEvent(pl, x.headingEventName(h))}
			return
		}
	}
}

// headingEventName is the name of the event a heading places: the heading, or what follows a
// quoted or emphasized talk title and "at", or in brackets after it ("\"Tracing Without Tears\"
// at Harbour Conf 2021", "*Tracing Without Tears* (Harbour Conf 2021)").
func (x *extraction) headingEventName(hi int) string {
	h := x.doc.Blocks[hi]
	line := x.lineSentence(h, [2]int{0, len(h.Text)}, hi)
	if _, end, ok := markedPhrase(line, 0, true); ok && end <= len(h.Text) {
		rest := strings.TrimSpace(h.Text[end:])
		for _, at := range []string{"at ", "@ "} {
			if name, ok := strings.CutPrefix(rest, at); ok && cleanTitle(name) != "" {
				return cleanTitle(name)
			}
		}
		if inner, ok := strings.CutPrefix(rest, "("); ok && strings.HasSuffix(inner, ")") {
			if name := clean(strings.TrimSuffix(inner, ")")); x.isEventName(name) {
				return name // "\"Tracing Without Tears\" (Harbour Conf 2021)"
			}
		}
	}
	return cleanTitle(h.Text)
}

// featureLine matches an archive line that gives a date, the venue and who was featured:
// "October 25th @ Quillworks ft., Ana Lima", "4 March 2025 at Quillworks featuring Ana Lima
// and Bo Chen".
var featureLine = regexp.MustCompile(`(?i)^(.{3,40}?)\s+(?:@|at)\s+(.{2,60}?)\s*,?\s+(?:ft\.?|feat\.?|featuring)\s*,?\s+(.+)$`)

// readFeatureLine reads an archive line that dates an evening, names its venue and the
// speakers it featured, and no title: an untitled talk by them at the venue's event. A year the
// line leaves out comes from the section's heading ("## 2023") or the post's date.
func (x *extraction) readFeatureLine(bi int) bool {
	b := x.doc.Blocks[bi]
	line := x.lineSentence(b, b.Lines()[0], bi)
	m := featureLine.FindStringSubmatchIndex(line.text)
	if m == nil {
		return false
	}
	when, venue := line.text[m[2]:m[3]], strings.TrimSpace(line.text[m[4]:m[5]])
	if !dateOnly(when) || !placeName(venue) {
		return false
	}
	names := x.nameList(line.text[m[6]:m[7]], line, m[6])
	if len(names) == 0 {
		return false
	}
	ref := x.published
	if y := x.sectionYear(b.Section); y > 0 {
		ref = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	date := dateIn(when, ref)
	name := eventTitle(x, strings.TrimSpace(when+" "+yearOf(date))) + " @ " + venue
	e := x.eventOfKind(x.defaultCty, date, "", name)
	if e.host == "" && x.acceptOrg(venue) {
		e.host, e.hostEv = orgName(venue), &Evidence{Sentence: line.text, Confidence: 0.7}
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.7}
	t := x.newTalk(&talk{block: int32(bi), ev: ev})
	for _, n := range names {
		x.addSpeaker(t, x.personFor(n))
	}
	t.addEvent(e, ev)
	return true
}

// yearOf is the year of a date written YYYY-MM-DD, or "".
func yearOf(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return ""
}

// sectionYear is the year a section's heading is ("## 2023"), or 0.
func (x *extraction) sectionYear(section int) int {
	if section < 0 || section >= len(x.doc.Blocks) {
		return 0
	}
	h := strings.TrimSpace(x.doc.Blocks[section].Text)
	if len(h) == 4 && isDigits(h) && (strings.HasPrefix(h, "19") || strings.HasPrefix(h, "20")) {
		y := 0
		for _, r := range h {
			y = y*10 + int(r-'0')
		}
		return y
	}
	return 0
}

// streetWords name the kind of street in an address: "12 Harbour Street", "Quay Rd 4",
// "21 Rue Verte", "Via Roma 3".
var streetWords = set(`st street rd road ave avenue blvd boulevard pkwy parkway ln lane dr drive hwy highway
ct court crescent terrace wharf quay rue calle via viale avenida rua ulica vej gade gatan gata straat
strasse straße str gasse weg laan plein gracht katu allee platz`)

// streetPrefixes are the street words written before the street's name: "Rue Verte", "Via
// Roma".
var streetPrefixes = set(`rue calle via viale avenida rua ulica avenue`)

// streetSuffixes end street names written as one word: "Weesperstraat", "Hauptstraße",
// "Storgatan".
var streetSuffixes = []string{"straat", "strasse", "straße", "gasse", "weg", "laan", "gracht", "gatan", "vej", "gade", "katu", "platz", "allee"}

// insideWords open a part of an address that says where in a building: "Level 11", "Suite 4".
var insideWords = set(`level floor suite room unit building flat apt apartment`)

// streetAt reports whether token k names the kind of street of an address: a street word, or a
// capitalized word ending in a street suffix.
func streetAt(toks []token, k int) bool {
	t := toks[k]
	if !t.word {
		return false
	}
	if lookupLower(streetWords, t.text()) {
		return true
	}
	if !t.cap {
		return false
	}
	l := t.lower()
	for _, suf := range streetSuffixes {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// houseNumber reports whether a token is a house number: "12", "155", "20880", "4b".
func houseNumber(t token) bool {
	if !t.word {
		return false
	}
	// (asked of every capitalized word before a street's: a number starts with a digit, and
	// the letters after it are trimmed by hand, where strings.TrimRight built its set anew)
	text := t.text()
	if text == "" || text[0] < '0' || text[0] > '9' {
		return false
	}
	n := text
	for n != "" && ('a' <= n[len(n)-1] && n[len(n)-1] <= 'h' || 'A' <= n[len(n)-1] && n[len(n)-1] <= 'H') {
		n = n[:len(n)-1]
	}
	return len(n) >= 1 && len(n) <= 5 && isDigits(n) && len(text)-len(n) <= 1
}

// streetAddress finds a street address in a sentence: a house number and a street ("155
// Harbour St", "Weesperstraat 61", "21 Rue Verte"). It returns the tokens where the address
// begins (its number, or its street's first word) and where the street ends.
func streetAddress(toks []token) (start, end int, ok bool) {
	for k := range toks {
		if !streetAt(toks, k) {
			continue
		}
		// "155 Harbour St", "21 Rue Verte": the number before the street's words
		j := k
		for j > 0 && k-j < 4 && toks[j-1].word && toks[j-1].cap && !houseNumber(toks[j-1]) {
			j--
		}
		if streetPrefixes[toks[k].lower()] && j == k && k+1 < len(toks) && toks[k+1].cap {
			// "Rue Verte", "Via Roma": the kind of street before its name
			e := k + 1
			for e < len(toks) && e-k < 4 && toks[e].word && toks[e].cap {
				e++
			}
			if j > 0 && houseNumber(toks[j-1]) {
				return j - 1, e, true
			}
			if e < len(toks) && houseNumber(toks[e]) {
				return k, e + 1, true
			}
			continue
		}
		if j > 0 && houseNumber(toks[j-1]) && (j < k || len(toks[k].text()) > 4) {
			return j - 1, k + 1, true
		}
		// "Weesperstraat 61", "Harbour Street 12": the number after
		if k+1 < len(toks) && houseNumber(toks[k+1]) && (j < k || toks[k].cap && len(toks[k].text()) > 4) {
			return j, k + 2, true
		}
	}
	// "401 NW 10th", "12 E 42nd": a grid's address, the number, a quarter and a numbered street
	for k := 0; k+2 < len(toks); k++ {
		if houseNumber(toks[k]) && toks[k+1].is("N", "S", "E", "W", "NE", "NW", "SE", "SW") && toks[k+1].cap && ordinalStreet(toks[k+2].text()) {
			return k, k + 3, true
		}
	}
	return 0, 0, false
}

// ordinalStreet reports a street named by its number as an ordinal: "10th", "1st", "42nd".
func ordinalStreet(s string) bool {
	n := strings.TrimRight(s, "0123456789")
	if n != "" {
		d := strings.TrimLeft(s, "0123456789")
		return len(d) == 2 && len(s) > 2 && (d == "st" || d == "nd" || d == "rd" || d == "th")
	}
	return false
}

// addressPlace reads where the post's event was from the street addresses it writes:
// "Northwind, 14 Quay Road, 0150 Oslo", "Level 3, 12 Harbour St Porto". The city is the one
// after the street; the organization written before the address, if any, is the venue ("The
// meetup is at [Northwind](...) @ Cowork Hub, Harbour Street 12, 4000 Porto": Northwind). The
// post must name no other city.
func (x *extraction) addressPlace() (*cityRef, string, *Evidence) {
	var found *cityRef
	host, hostEv := "", (*Evidence)(nil)
	for _, sents := range x.blockSents { // (a released block writes no address: see release)
		for _, s := range sents {
			if s.quoted {
				continue
			}
			start, end, ok := streetAddress(s.tokens)
			if !ok {
				continue
			}
			var city *cityRef
			for _, c := range x.cities(s) {
				if c.start >= end {
					cc := c
					city = &cc
					break
				}
			}
			if city == nil {
				continue
			}
			if found != nil && found.city.ID != city.city.ID {
				return nil, "", nil
			}
			if found == nil {
				found = city
			}
			if host == "" {
				if name := x.venueBefore(s, start); name != "" {
					host, hostEv = name, &Evidence{Sentence: s.text, Confidence: 0.7}
				} else if name, at := x.atVenueNear(s.block); name != "" {
					host, hostEv = name, &Evidence{Sentence: at.text, Confidence: 0.7}
				}
			}
		}
	}
	if found == nil {
		return nil, "", nil
	}
	// a post that names another city too may have met elsewhere, or in several places
	for k := range x.blockSents {
		sents := x.block(k)
		for _, s := range sents {
			for _, c := range x.cities(s) {
				if c.city.ID != found.city.ID {
					return nil, "", nil
				}
			}
		}
	}
	return found, host, hostEv
}

// venueBefore reads the organization written before an address that starts at token start:
// "Northwind, 14 Quay Road", "[Northwind](...) @ Cowork Hub, Harbour Street 12", "Where:
// Northwind - 14 Quay Road". Where in a building ("Level 3, 12 Harbour St") is no venue.
func (x *extraction) venueBefore(s *sentence, start int) string {
	toks := s.tokens
	i := 0
	// a label opens the line: "Location: ", "Event-location: "
	for k := 0; k < start && k < 4; k++ {
		if toks[k].text() == ":" {
			i = k + 1
			break
		}
	}
	if i >= start || insideWords[toks[i].lower()] {
		return ""
	}
	o, ok := x.orgAt(s, i)
	if !ok || o.end > start || x.isPersonText(o.name) {
		return ""
	}
	// nothing but separators and a second venue ("@ Cowork Hub") between it and the address
	for k := o.end; k < start; k++ {
		if t := toks[k]; t.word && !t.cap && !t.is("at") {
			return ""
		}
	}
	return x.companyName(o.name)
}

// atVenueNear finds, in block bi or the two blocks before it, a line that ends with "@ ORG"
// ("From 18:00 @ Northwind"): the venue of the address written there. A handle (@northwind)
// is no venue.
func (x *extraction) atVenueNear(bi int) (string, *sentence) {
	for b := bi; b >= 0 && b >= bi-2; b-- {
		for _, s := range x.block(b) {
			toks := s.tokens
			for k := len(toks) - 2; k >= 0; k-- {
				if toks[k].text() != "@" {
					continue
				}
				o, ok := x.orgAt(s, k+1)
				if ok && lineEnd(toks, o.end) && !x.isPersonText(o.name) {
					return x.companyName(o.name), s
				}
				break
			}
		}
	}
	return "", nil
}
