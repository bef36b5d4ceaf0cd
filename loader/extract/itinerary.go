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
	if title == "" || strings.HasSuffix(strings.TrimSpace(first.text), ":") || !plainTitle(title) || adminTitle(title) || labelWords[strings.ToLower(title)] || looksLikeName(title) && givennames.Is(firstWord(title)) {
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
			} else if name, rest, ok := strings.Cut(text, ", "); ok && looksLikeName(name) && givennames.Is(firstWord(name)) {
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
