package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// A speaker's itinerary gives each event a heading and its details as labelled lines:
//
//	## [FooConf](https://fooconf.example/)
//	* **When:** August 16 - 18, 2031
//	* **Where:** Porto, Portugal
//	* **Topic(s):** [Quiet Queues](https://fooconf.example/talks/33)
//
// The heading names the event, "When" and "Where" date and place it, and the topic is the
// talk the page's owner gives there. Without a speaker's label the talk is the owner's.

// detailLabel is a labelled detail of an event or a talk, with the stray emphasis marks
// Markdown leaves when a label's bold closes after a space ("**Topic(s): **Title").
var detailLabel = regexp.MustCompile(`(?i)^[*_\s]*(when|date|dates|where|location|venue|place|topics?|topic\(s\)|talks?|talk\(s\)|title|session|sessions|speaker|speakers|presenter)\s*[:：]\s*[*_]*\s*(.*?)\s*$`)

// tbaTopic is a topic not yet given: "To Be Announced", "TBA", "TBD".
var tbaTopic = regexp.MustCompile(`(?i)^(?:to be (?:announced|determined|confirmed)|tba|tbd|tbc)\.?$`)

// readItineraries reads every heading whose section is such a card (see above).
func (x *extraction) readItineraries() {
	for hi, h := range x.doc.Blocks {
		if h.Kind == document.Heading {
			x.readItinerary(hi)
		}
	}
}

// readItinerary reads the section of heading hi as an event's card, when its labelled lines
// give a topic, a date and a place, and name no speaker. A "Topic" (rather than a "Talk" or
// "Title") is a talk only on a page of the owner's talks or travels.
func (x *extraction) readItinerary(hi int) {
	var when, where, topic, topicLabel, link string
	var blocks []int
	for bi := hi + 1; bi < len(x.doc.Blocks); bi++ {
		b := x.doc.Blocks[bi]
		if b.Kind == document.Heading {
			break
		}
		if b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		for _, r := range b.Lines() {
			line := x.lineSentence(b, r, bi)
			m := detailLabel.FindStringSubmatch(line.text)
			if m == nil {
				continue
			}
			label, value := strings.ToLower(m[1]), strings.Trim(m[2], "*_ ")
			switch {
			case label == "speaker" || label == "speakers" || label == "presenter":
				return // a talk's card that names its speakers: the label readers' work
			case label == "when" || strings.HasPrefix(label, "date"):
				when = value
			case label == "where" || label == "location" || label == "venue" || label == "place":
				where = value
			default:
				if topic == "" {
					topic, topicLabel = value, label
					link = linkFor(line, value)
				}
			}
			blocks = append(blocks, bi)
		}
	}
	if topic == "" || when == "" || where == "" || len(strings.Fields(topic)) > 20 || tbaTopic.MatchString(topic) {
		return
	}
	if strings.HasPrefix(topicLabel, "topic") && !x.talkList[hi] && !x.isTour() {
		return // "Topic: Kubernetes" under a meetup's heading: what it is about, maybe no talk
	}
	date := dateIn(when, x.published)
	var events []*event
	name := cleanTitle(x.doc.Blocks[hi].Text)
	ws := &sentence{text: "in " + where, kind: document.Paragraph}
	ws.tokens = tokenize(ws.text, nil, nil)
	if cs := x.cities(ws); len(cs) > 0 && cs[0].start == 1 {
		c := cs[0]
		c.start, c.end = 0, 0 // the offsets are of the made-up sentence
		events = []*event{x.eventFor(&c, date, name)}
	}
	names := x.ownerNames()
	ev := Evidence{Sentence: name + " – " + topic, Confidence: 0.8}
	if t := x.addTalk(cleanTitle(topic), "", link, names, events, ev, hi); t == nil {
		return
	}
	for _, bi := range blocks {
		x.agendaBlocks.add(bi)
	}
}

// eventLineSeps separate an event's name from where and when it was on a speaker's list:
// "FooConf -- 10 May 2031, Porto, Portugal".
var eventLineSeps = []string{" -- ", " — ", " – ", " - ", " | "}

// readItineraryItem reads an item of a speaker's list that names the event on its first line,
// with its date and place after a dash, and the talk on a labelled line below:
//
//   - [FooConf](…) -- 10 May 2031, Porto, Portugal
//     Topic: **"Quiet Queues"**
//     [Slides](…)
//
// It reports whether it read the item. An online event ("14 June 2031, Online") has no city.
func (x *extraction) readItineraryItem(bi int) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if len(lines) < 2 {
		return false
	}
	first := x.lineSentence(b, lines[0], bi)
	name, where := "", ""
	for _, sep := range eventLineSeps {
		if l, r, ok := strings.Cut(first.text, sep); ok {
			name, where = clean(l), strings.TrimSpace(r)
			break
		}
	}
	if name == "" || where == "" || len(strings.Fields(name)) > 8 {
		return false
	}
	date := dateIn(where, x.published)
	if date == "" {
		return false
	}
	title, link := "", ""
	for _, r := range lines[1:] {
		line := x.lineSentence(b, r, bi)
		m := detailLabel.FindStringSubmatch(line.text)
		if m == nil {
			if link == "" {
				link = linkFor(line, "")
			}
			continue
		}
		switch l := strings.ToLower(m[1]); {
		case l == "speaker" || l == "speakers" || l == "presenter":
			return false
		case strings.HasPrefix(l, "topic") || strings.HasPrefix(l, "talk") || l == "title" || strings.HasPrefix(l, "session"):
			if title == "" {
				title = cleanTitle(strings.Trim(m[2], "*_ "))
				if l := linkFor(line, title); l != "" {
					link = l
				}
			}
		}
	}
	if title == "" || tbaTopic.MatchString(title) || len(strings.Fields(title)) > 20 {
		return false
	}
	var events []*event
	if pl, ok := x.readPlaceLine(&sentence{text: where, tokens: tokenize(where, nil, nil)}); ok {
		c := pl.city
		events = []*event{x.eventFor(&c, date, name)}
	} else {
		events = []*event{x.eventFor(nil, date, name)} // "Online": an event with no city
	}
	names := x.ownerNames()
	return x.addTalk(title, "", link, names, events, Evidence{Sentence: first.text, Confidence: 0.8}, bi) != nil
}

// readItemOverName reads a list item whose first line is a talk's title and whose second line
// is its speaker's name alone, linked to a profile or not, where the list repeats the layout:
//
//  1. Tide Tables in Go
//     [Ana Lima](https://twitter.com/alima)
//  2. Sorting Without Tears
//     Bo Chen
func (x *extraction) readItemOverName(bi int, events []*event) bool {
	l, ok := x.itemOverName(bi)
	if !ok {
		return false
	}
	// the layout repeats: three items of it in a row at least, this one among them (one or
	// two such items are as likely a list of something else, under its people)
	run := 1
	for k := bi - 1; k >= 0 && k >= bi-2; k-- {
		if _, ok := x.itemOverName(k); !ok {
			break
		}
		run++
	}
	for k := bi + 1; k <= bi+2; k++ {
		if _, ok := x.itemOverName(k); !ok {
			break
		}
		run++
	}
	if run < 3 {
		return false
	}
	b := x.doc.Blocks[bi]
	return x.addListing(bi, x.lineSentence(b, b.Lines()[0], bi), l, events)
}

// itemOverName reads block bi as a title over a name (see readItemOverName).
func (x *extraction) itemOverName(bi int) (listing, bool) {
	if bi < 0 || bi >= len(x.doc.Blocks) || x.doc.Blocks[bi].Kind != document.ListItem {
		return listing{}, false
	}
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if len(lines) < 2 || len(lines) > 3 {
		return listing{}, false
	}
	first := x.lineSentence(b, lines[0], bi)
	title := cleanTitle(first.text)
	if title == "" || strings.HasSuffix(strings.TrimSpace(first.text), ":") || !plainTitle(title) || adminTitle(title) || labelWords[strings.ToLower(title)] || x.looksLikeName(title) && givennames.Is(firstWord(title)) {
		return listing{}, false
	}
	second := x.lineSentence(b, lines[1], bi)
	text := strings.TrimSpace(second.text)
	if text == "" || len(strings.Fields(text)) > 8 {
		return listing{}, false
	}
	sp, ok := x.readSpeakers(second, text, strings.Index(second.text, text))
	if !ok || !namedPeople(sp) || !personLike(sp) {
		return listing{}, false
	}
	for _, s := range sp {
		if s.company != "" {
			return listing{}, false // "Name (Company)" lines are the listing readers'
		}
	}
	return listing{title: title, speakers: sp}, true
}

// readLabelledSlot reads a programme's slot written as a paragraph of lines each opened by a
// pictograph, as event pages copied from meetup sites write them:
//
//	⏰ 6:50 pm
//	🤖 Ana Lima, Initech
//	🎤 “Quiet Queues” - Ana will share what she learned.
//
// The slot needs a line that names people (with their company after a comma) and a line that
// opens with a quoted title; a time line is optional, and so is a line about the speaker.
func (x *extraction) readLabelledSlot(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if len(lines) < 2 || len(lines) > 5 {
		return false
	}
	var speakers []listedSpeaker
	var titleLine *sentence
	title := ""
	for _, r := range lines {
		raw := lineText(b, r)
		text := strings.TrimSpace(strings.TrimLeftFunc(raw, func(c rune) bool { return pictograph(c) || unicode.IsSpace(c) }))
		if text == raw {
			return false // a line not opened by a pictograph: no such slot
		}
		switch {
		case timeOnly.MatchString(text):
		case title == "":
			if inner, _, ok := leadingQuote(text); ok && len(strings.Fields(inner)) >= 2 {
				title, titleLine = cleanTitle(inner), x.lineSentence(b, r, bi)
				continue
			}
			fallthrough
		case speakers == nil:
			line := x.lineSentence(b, r, bi)
			if sp, ok := x.readSpeakers(line, text, strings.Index(line.text, text)); ok && namedPeople(sp) && personLike(sp) {
				speakers = sp
			} else if name, rest, ok := strings.Cut(text, ", "); ok && x.looksLikeName(name) && givennames.Is(firstWord(name)) {
				// "Ana Lima, Initech & organizer of the Porto AI Meetup": the name, then the
				// company before what else the speaker does
				company, _, _ := strings.Cut(rest, " & ")
				company, _, _ = strings.Cut(company, " and ")
				if c, ok := x.companyPart(company); ok {
					company = c
				} else {
					company = ""
				}
				speakers = []listedSpeaker{{name: name, company: company}}
			}
		}
	}
	if title == "" || speakers == nil {
		return false
	}
	return x.addListing(bi, titleLine, listing{title: title, marked: true, speakers: speakers}, events)
}

// A speaker's page may give each engagement as a card of labelled lines, several under one
// heading that dates them:
//
//	## May 20 - 24:
//	**Where**: FooConf Porto
//	**Location**: Porto, Portugal
//	**What**: [Quiet Queues](https://fooconf.example/session/12)
//
// "Where" names the event when another line gives the place ("Location", "City"); "What",
// "Title", "Talk" or "Session" titles the talk, which is the page owner's unless a line names
// its speakers. A label already seen opens the next card.

// cardLabel is a label of such a card, its bold closed before or after the colon.
var cardLabel = regexp.MustCompile(`(?i)^[*_\s]*(when|date|where|event|conference|meetup|location|city|venue|what|title|talk|session|speakers?|presenters?)[*_\s]*[:：][*_\s]*(.*?)\s*$`)

// card is what the labelled lines of one engagement give.
type card struct {
	when, where, place, title, link, speakers string
	blocks                                    []int
}

// hasColon reports whether text holds a colon, ASCII or full-width: strings.ContainsAny with
// the two decoded every rune of a block, where each strings.Contains is one fast scan.
func hasColon(text string) bool {
	return strings.Contains(text, ":") || strings.Contains(text, "：")
}

// readCards reads the cards of labelled lines a page gives its engagements (see above).
func (x *extraction) readCards() {
	headingDate := ""
	var cur card
	flush := func() {
		x.readCard(cur, headingDate)
		cur = card{}
	}
	for bi, b := range x.doc.Blocks {
		if b.Kind == document.Heading {
			flush()
			headingDate = ""
			if t := strings.TrimRight(strings.TrimSpace(b.Text), ":"); dateOnly(t) || dateIn(t, x.published) != "" && len(strings.Fields(t)) <= 5 {
				headingDate = dateIn("upcoming "+t, x.published) // a page of cards lists what is to come
			}
			continue
		}
		if b.Kind != document.ListItem && b.Kind != document.Paragraph || x.agendaBlocks.has(bi) {
			continue
		}
		if !hasColon(b.Text) {
			continue // every label has its colon
		}
		for _, r := range b.Lines() {
			text := lineText(b, r)
			if len(text) > maxListingLine || !hasColon(text) {
				continue
			}
			m := cardLabel.FindStringSubmatch(text)
			if m == nil {
				continue
			}
			label, value := strings.ToLower(m[1]), strings.Trim(m[2], "*_ ")
			field := cardField(&cur, label)
			if field == nil {
				continue
			}
			if *field != "" {
				flush() // the label again: the next engagement's card
				field = cardField(&cur, label)
			}
			*field = value
			if field == &cur.title {
				cur.link = linkFor(x.lineSentence(b, r, bi), value)
			}
			if len(cur.blocks) == 0 || cur.blocks[len(cur.blocks)-1] != bi {
				cur.blocks = append(cur.blocks, bi)
			}
		}
	}
	flush()
}

// cardField is the field of c a card's label fills.
func cardField(c *card, label string) *string {
	switch label {
	case "when", "date":
		return &c.when
	case "where", "event", "conference", "meetup":
		return &c.where
	case "location", "city", "venue":
		return &c.place
	case "what", "title", "talk", "session":
		return &c.title
	case "speaker", "speakers", "presenter", "presenters":
		return &c.speakers
	}
	return nil
}

// readCard records the talk of one card: a title and an event named or placed, with the
// card's date or its heading's.
func (x *extraction) readCard(c card, headingDate string) {
	title := strings.TrimRight(cleanTitle(c.title), " -–—")
	if title == "" || len(strings.Fields(title)) > 20 || tbaTopic.MatchString(title) || adminTitle(title) || c.where == "" && c.place == "" {
		return
	}
	name, place := c.where, c.place
	if place == "" {
		name, place = "", c.where // "Where: Porto, Portugal" alone places the talk
	}
	date := headingDate
	if d := dateIn("upcoming "+c.when, x.published); c.when != "" && d != "" {
		date = d // (a card's day is one its page announces: see readCards)
	}
	var city *cityRef
	if ep, ok := x.readEventPart(place, true); ok && ep.city != nil {
		city = ep.city
	} else if c := x.townPart(place); c != nil {
		city = c // "Allentown, PA, USA": the town, its state and country
	} else if name != "" {
		city = x.eventNameCity(name)
	}
	if city == nil && name == "" {
		return
	}
	if name != "" && !x.isEventName(name) && city == nil {
		return
	}
	e := x.eventFor(city, date, eventNameOf(name))
	var names []string
	if x.talkList[c.blocks[0]] || x.isTour() {
		names = x.ownerNames() // a speaker's page of engagements: their talks
	}
	if c.speakers != "" {
		names = nil
		for _, part := range cardNames.Split(c.speakers, -1) {
			if n := strings.TrimSpace(part); n != "" {
				names = append(names, n)
			}
		}
	}
	ev := Evidence{Sentence: c.title, Confidence: 0.8}
	if t := x.addTalk(title, "", c.link, names, []*event{e}, ev, c.blocks[0]); t == nil {
		return
	}
	for _, bi := range c.blocks {
		x.agendaBlocks.add(bi)
	}
}

// cardNames splits a card's speakers: "Ana Lima, Bo Chen and Cy Dunn".
var cardNames = regexp.MustCompile(`\s*(?:,|;|&|\band\b)\s*`)

// engagementLine opens an item of a speaker's list of engagements that names where they speak
// but not what: "Due to present at [Tartu JUG](…) on the 1st March", "Speaking at FooConf in
// Porto on May 3", "I'll be presenting at the Riga Go Meetup on 12 June". The event's name is
// a link's text right after "at", or the words up to "on", "in", a comma or a bracket.
var engagementLine = regexp.MustCompile(`(?i)^[~*_\s]*(?:(?:i\s+am|i'm|i’m|i\s+will\s+be|i'll\s+be|i’ll\s+be|i\s+was)\s+)?(?:(?:due|scheduled|set|going|invited)\s+to\s+)?(?:present(?:ing)?|speak(?:ing)?|talk(?:ing)?)\s+at\s+(?:the\s+)?`)

// firstPersonLead opens a line in the first person, said or implied by a plan: "I'll be
// presenting", "Due to present".
var firstPersonLead = regexp.MustCompile(`(?i)^[~*_\s]*(?:i\b|i['’]|due to|scheduled to|set to|going to|invited to)`)

// readEngagements reads the items of a speaker's list of engagements (see engagementLine) as
// events: the event named after "at", its city, and its date. An item in the first person,
// or in a list of the owner's talks, that names no one else is an untitled talk of the
// page's owner, when the page names one.
func (x *extraction) readEngagements() {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.ListItem || x.agendaBlocks.has(bi) {
			continue
		}
		sents := x.block(bi)
		if len(sents) == 0 {
			continue
		}
		s := sents[0]
		m := engagementLine.FindStringIndex(s.text)
		if m == nil {
			continue
		}
		at := m[1]
		name, rest := "", ""
		for i, l := range s.links {
			if l.Start >= at && strings.TrimSpace(s.text[at:l.Start]) == "" {
				name, rest = linkText(s, i), s.text[l.End:]
				break
			}
		}
		if name == "" {
			body := s.text[at:]
			end := len(body)
			for _, w := range []string{" on ", " in ", ",", " ("} {
				if i := strings.Index(body, w); i > 0 && i < end {
					end = i
				}
			}
			name, rest = strings.TrimSpace(body[:end]), body[end:]
		}
		name = strings.Trim(name, "~*_ ")
		if name == "" || !startsUpper(name) || len(strings.Fields(name)) > 10 {
			continue
		}
		var city *cityRef
		if ep, ok := x.readEventPart(name, true); ok && ep.city != nil {
			city = ep.city
		}
		rs := &sentence{text: rest, kind: document.Paragraph}
		rs.tokens = tokenize(rs.text, nil, nil)
		if city == nil {
			if cs := x.cities(rs); len(cs) > 0 && cs[0].start > 0 && inWord(rs.tokens[cs[0].start-1]) {
				c := cs[0]
				city = &c // "at FooConf in Porto on May 3"
			}
		}
		if city != nil {
			city.start, city.end = 0, 0 // the offsets are of another sentence
		}
		if city == nil && !x.isEventName(name) {
			continue
		}
		when := rest
		if !strings.Contains(strings.ToLower(s.text[:at]), "was") {
			when = "upcoming " + rest // an engagement not said to be past is to come: its year is the next such day's
		}
		e := x.eventFor(city, dateIn(when, x.published), name)
		// ("Presenting at FooConf on June 3: Ana Lima": the item names who presents)
		named := strings.Contains(rest, ":") || strings.Contains(rest, " with ") || namesPerson(rest)
		if names := x.ownerNames(); len(names) > 0 && !named && (x.talkList[bi] || firstPersonLead.MatchString(s.text)) {
			ev := Evidence{Sentence: s.text, Confidence: 0.6}
			x.addTalk("", "a talk at "+name, "", names, []*event{e}, ev, bi)
		}
		x.agendaBlocks.add(bi)
	}
}
