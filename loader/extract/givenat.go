package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// givenAt opens a line that says, in a sentence of its own, where a talk was given: "Presented
// at Harbourconf 2031 in Gdansk.", "Given internally at Initech in 2030", "Talk given at the
// Tartu JUG", "45 minute talk presented to Ghent Python", "Talk presented on May 2 to Initech",
// "Upcoming talk at FooConf", and the same in other languages ("Apresentado no", "Présenté à",
// "Vorgetragen bei", "Presentado en", "Presentato a").
var givenAt = regexp.MustCompile(`(?i)^(?:(?:this talk was )?(?:` + talkNoun + `\s+)?(?:presented|given|delivered|held)(?:\s+(?:internally|online|remotely|again|first))?(?:\s+on\s+[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:at|in|to)|(?:upcoming|past|previous)\s+` + talkNoun + `\s+(?:at|to)|apresentad[oa]\s+(?:em|no|na)|présentée?\s+(?:à|au|lors\s+de)|vorgetragen\s+(?:auf|bei|beim|am)|gehalten\s+(?:auf|bei|beim)|presentad[oa]\s+en|presentat[oa]\s+(?:a|al|alla))\s+(?:the\s+|a\s+|an\s+)?`)

// maxGivenAtNote is the longest paragraph read whole as a note of where a talk was given.
const maxGivenAtNote = 240

// isDay reports text that names a day ("March 26", "the evening of May 2", "Tuesday, May 2"),
// with or without its year.
func isDay(text string) bool {
	return dateIn(text, dayProbe) != ""
}

// dayProbe is a date to read a day against when only whether text names one matters.
var dayProbe = time.Date(2000, 6, 1, 0, 0, 0, 0, time.UTC)

// talkNoun is a talk named by its kind, with its length or manner before it: "talk", "45
// minute talk", "tech talk and demo".
const talkNoun = `(?:\d+[- ]min(?:ute)?s?\s+)?(?:(?:tech|lightning|short|long|invited)\s+)?(?:talk|session|presentation|keynote|workshop|lecture)(?:\s+and\s+(?:demo|workshop|q&a))?`

// eraYearIn reports a year of this era in a line, four digits alone that start with 19 or 20:
// asked of a line before the expressions that read a date are.
func eraYearIn(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isDigitByte(s[i-1])) && (i+4 == len(s) || !isDigitByte(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// leadingListDate is a date that opens a line, then a colon: "2031-03-04:", "March 4, 2031:".
var leadingListDate = regexp.MustCompile(`^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\s*:\s*`)

// placePreps are the prepositions written before a town or a year after an event's name.
var placePreps = []string{" in ", " em ", " à ", " en ", " auf ", " a "}

// lastPlacePrep returns where the last of placePreps in s stands, and which, or -1.
func lastPlacePrep(s string) (int, string) {
	at, word := -1, ""
	for _, p := range placePreps {
		if i := strings.LastIndex(s, p); i > at {
			at, word = i, p
		}
	}
	return at, word
}

// givenAtPlace is the second line of a two-line note of where a talk was given: "em Recife, PE",
// "in Gdansk", "à Nantes".
var givenAtPlace = regexp.MustCompile(`(?i)^(?:in|em|à|en|no|na|au)\s+(\S.*)$`)

// readGivenAt reads a speaker's list of talks written one item or heading a talk, with where
// each was given in lines of their own under it:
//
//   - **Queues without tears**
//
//   - Presented at Harbourconf 2031 in Gdansk.
//
//   - [Slides](queues.pdf)
//
//     # Queues without tears
//     > Harbourconf 2031
//     > em Gdansk
//
// Each such line is an event of the talk (with its city and date); a title with no such line
// is left to the other readers.
func (x *extraction) readGivenAt() {
	for bi, b := range x.doc.Blocks {
		if x.agendaBlocks.has(bi) {
			continue
		}
		var title string
		var end int
		switch b.Kind {
		case document.ListItem:
			title, end = x.itemTitle(bi), bi+1
			for end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind == document.ListItem && x.doc.Blocks[end].Level > b.Level {
				end++
			}
		case document.Paragraph:
			// "**Quiet Queues**" over "Tartu Gophers, Initech Office, Tartu – March 4, 2031": a
			// title set apart on a speaker's page, over where it was given
			if !x.talkList[bi] || !boldLine(b) {
				continue
			}
			title = cleanTitle(strings.Trim(strings.TrimSpace(b.Text), "*_"))
			if title == "" || !plainTitle(title) || x.isEventName(title) || len(x.sectionEvs[bi]) > 0 {
				continue
			}
			end = bi + 1
			for end < len(x.doc.Blocks) && end-bi <= maxEventItems && x.doc.Blocks[end].Kind == document.Paragraph && !boldLine(x.doc.Blocks[end]) {
				end++
			}
		case document.Heading:
			title = cleanTitle(b.Text)
			if title == "" || !plainTitle(title) || sectionWords[strings.ToLower(title)] || timeframeHeading(title) || talkListHeading(b.Text) || partHeading(title) || len(x.sectionEvs[bi]) > 0 {
				title = ""
			}
			end = bi + 1
			for end < len(x.doc.Blocks) && x.doc.Blocks[end].Kind != document.Heading {
				end++
			}
		}
		if title == "" || adminTitle(title) || end == bi+1 {
			continue
		}
		var parts []eventPart
		var lines []*sentence
		var used []int
		for k := bi + 1; k < end && len(parts) < maxEventItems; k++ {
			kb := x.doc.Blocks[k]
			if kb.Kind != document.ListItem && kb.Kind != document.Paragraph && kb.Kind != document.Quote {
				continue
			}
			if ep, line, ok := x.givenAtBlock(k); ok {
				parts, lines, used = append(parts, ep), append(lines, line), append(used, k)
			}
		}
		if len(parts) == 0 {
			continue
		}
		var t *talk
		for i, ep := range parts {
			if nt := x.addOwnTalk(bi, lines[i], title, ep); nt != nil {
				t = nt
			}
		}
		if t == nil {
			continue
		}
		if t.url == "" {
			t.url = x.materialLinkIn(bi+1, end) // the talk's own slides or recording, under it
		}
		x.agendaBlocks.add(bi)
		for _, k := range used {
			x.agendaBlocks.add(k)
		}
	}
}

// itemTitle is the title a list item gives when it is only a talk's title, marked as a whole
// (bold, quoted or linked): "**Queues without tears**". Anything else gives "".
func (x *extraction) itemTitle(bi int) string {
	b := x.doc.Blocks[bi]
	if len(x.block(bi)) == 0 || len(b.Lines()) != 1 {
		return ""
	}
	s := x.lineSentence(b, b.Lines()[0], bi)
	t, end, ok := markedPhrase(s, 0, true)
	if !ok || strings.Trim(s.text[end:], " .:") != "" {
		return ""
	}
	t = cleanTitle(t)
	if len(strings.Fields(t)) < 2 || !plainTitle(t) && !agendaTitle(t) {
		return ""
	}
	return t
}

// givenAtBlock reads block k as a note of where a talk was given: a line opening with givenAt,
// or two lines, the event's name and then its place ("Harbourconf 2031" over "em Gdansk").
func (x *extraction) givenAtBlock(k int) (eventPart, *sentence, bool) {
	b := x.doc.Blocks[k]
	lines := b.Lines()
	first := lineSentence(b, lines[0], k)
	text := strings.TrimSpace(first.text)
	if len(lines) > 1 && len(b.Text) <= maxGivenAtNote && givenAt.MatchString(b.Text) {
		// a short note wrapped over lines of the source: "Talk given at the Tartu JUG\nin Tartu,
		// Ohio on March 26."
		lines = [][2]int{{0, len(b.Text)}}
		first = lineSentence(b, lines[0], k)
		text = strings.TrimSpace(first.text)
	}
	value := ""
	switch {
	case len(lines) == 1 && givenAt.MatchString(text):
		value = strings.TrimRight(strings.TrimSpace(text[len(givenAt.FindString(text)):]), ". ")
		if i := strings.LastIndex(value, " ("); i > 0 && strings.HasSuffix(value, ")") {
			value = value[:i] // "FooConf in Porto (exact date to be announced)": a remark
		}
		tail, venue := "", ""
		if i := strings.Index(value, " hosted "); i > 0 {
			// "Ghent Python on May 2 hosted at Globex": the venue after the event
			venue = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(value[i+8:], "at "), "by "))
			venue, _, _ = strings.Cut(venue, ". ") // (the sentence after it is about something else)
			value = value[:i]
		}
		// "Harbourconf 2031 in Gdansk on March 26", "Initech in Tartu in 2030", "Ghent Python on
		// May 2 at Globex in Ghent": the town, the day or year, and the venue after the name
		date := dateIn(text, x.published)
		for range 3 {
			// the last of the phrases goes first: "FooConf on May 5 in Porto"
			on, at := strings.LastIndex(value, " on "), strings.LastIndex(value, " at ")
			in, word := lastPlacePrep(value)
			switch {
			case on > 0 && on > at && on > in && isDay(value[on+4:]) && len(strings.Fields(value[on:])) <= 6:
				value = value[:on] // the day, read above
				continue
			case at > 0 && at > in && venue == "" && placeName(strings.TrimSpace(value[at+4:])) && len(strings.Fields(value[at+4:])) <= 4 && x.placeCity(value[at+4:]) == nil:
				venue, value = strings.TrimSpace(value[at+4:]), value[:at]
				continue
			}
			if in < 0 || len(strings.Fields(value[in+len(word):])) > 4 {
				break
			}
			tail = ", " + strings.TrimSpace(value[in+len(word):]) + tail
			value = value[:in]
		}
		value += tail
		if ep, ok := x.readEventPart(value, false); ok && (ep.city != nil || ep.date != "" || ep.year || x.isEventName(ep.name)) && len(strings.Fields(value)) <= 12 {
			if ep.date == "" {
				ep.date = date
			}
			if ep.host == "" && venue != "" && x.acceptOrg(venue) {
				ep.host = venueName(venue)
			}
			return ep, first, true
		}
	case len(lines) == 2:
		second := strings.TrimSpace(b.Text[lines[1][0]:lines[1][1]])
		m := givenAtPlace.FindStringSubmatch(second)
		if m == nil || len(strings.Fields(text)) > 8 {
			return eventPart{}, nil, false
		}
		// the preposition places the town, even one whose name is also a word ("em Natal")
		town, _, _ := strings.Cut(m[1], ",")
		c, ok := gazetteer.Lookup(strings.TrimSpace(town))
		if !ok {
			return eventPart{}, nil, false
		}
		ep, ok := x.readEventPart(text, false)
		if !ok {
			return eventPart{}, nil, false
		}
		if ep.city == nil {
			ep.city = &cityRef{written: strings.TrimSpace(town), city: c}
		}
		return ep, first, true
	case len(lines) == 1 && x.talkList[k] && eraYearIn(text) && len(text) < 200:
		// "2031-03-04: Tartu Gophers, Initech Office, Tartu, Estonia", "Tartu Gophers · Tartu ·
		// March 4, 2031 · [Slides]": on a speaker's page, a line that is all where and when
		value = strings.TrimSpace(materialTail.ReplaceAllString(text, ""))
		if m := leadingListDate.FindString(value); m != "" {
			value = dateIn(m, x.published) + ", " + strings.TrimSpace(value[len(m):])
		}
		ep, ok := x.readEventPart(value, true)
		if !ok || ep.city == nil || ep.date == "" && !ep.year || ep.name == "" || x.isLocation(ep.name) {
			return eventPart{}, nil, false
		}
		return ep, first, true
	default:
		return eventPart{}, nil, false
	}
	if value == "" || len(strings.Fields(value)) > 12 {
		return eventPart{}, nil, false
	}
	ep, ok := x.readEventPart(value, false)
	if !ok || ep.city == nil && ep.date == "" && !ep.year && !x.isEventName(ep.name) {
		return eventPart{}, nil, false
	}
	return ep, first, true
}
