package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// readStructure reads what a post's layout states: headings that name events ("Amsterdam
// Meetup: May 2016", "December 11 2019 - Lush"), labelled details ("Where: ..."), agenda and
// archive lines ("Title by Name", "Name - Title", "Title - Name, Company"), people listed with
// their talks beneath them, and headings that title the talk their section describes.
func (x *extraction) readStructure() {
	x.skipContents()
	x.readRoleGrid()
	x.readItineraries()
	x.readCards()
	x.readEngagements()
	x.readLabelHeadings()
	x.readOwnKindLabels()
	x.readOwnHeadings()
	x.readOwnEventSections()
	x.readGivenAt()
	x.readAnnouncedHeadings()
	x.readEventHeadings()
	x.readSpokeAtList()
	x.readEventFirstItems()
	x.readPlacedItems()
	x.readLabels()
	x.readSpeakerLabels()
	x.readTitleLabels()
	x.readLabelledSpeakers()
	x.readPersonHeadings()
	var intro []*event
	for bi := range x.blockSents {
		// the block before, when a rule read it, is done with (see release)
		if bi > 0 && x.agendaBlocks.has(bi-1) {
			x.release(bi - 1)
		}
		b := x.doc.Blocks[bi]
		if b.Kind == document.TableRow {
			// a table is read whole, from its first row (and its rows released as they are read)
			if !x.agendaBlocks.has(bi) {
				x.readTable(bi, x.eventsFor(bi, intro))
			}
			continue
		}
		sents := x.block(bi)
		switch b.Kind {
		case document.Heading:
			intro = nil
			if detailHeading.MatchString(b.Text) {
				continue // "### Name: Ana Lima" under a talk's heading: a detail, read with it
			}
			// "## Tracing Without Tears – Ana Lima – Slides": a heading that is a listing line
			line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
			if l, ok := x.readListing(line); ok && !x.agendaBlocks.has(bi) && !x.stopHeading(bi) {
				if x.addListing(bi, line, l, x.eventsFor(bi, nil)) {
					x.agendaBlocks.add(bi)
				}
			}
			// "## Panel: Title" over the list of its panelists
			if !x.agendaBlocks.has(bi) && x.readPanelOver(bi, nil) {
				x.agendaBlocks.add(bi)
			}
			// "### [2031] Tartu Gophers - Quiet Queues": on a page of talks, a heading that is
			// a line of the owner's list, dated first as such cards are. Other headings of such
			// a page name an event over its talks, or a talk over where it was given.
			if x.talkList[bi] && !x.agendaBlocks.has(bi) && bracketYear.MatchString(b.Text) {
				if o, ok := x.readOwnLine(line); ok && x.addOwnTalk(bi, line, o.title, o.event) != nil {
					x.agendaBlocks.add(bi)
				}
			}
			continue
		case document.Paragraph:
			if x.talkList[bi] && !x.agendaBlocks.has(bi) && len(sents) > 0 && (x.readOwnItem(bi) || x.readTitleUnderEvent(bi)) {
				x.agendaBlocks.add(bi)
				continue
			}
			if !x.agendaBlocks.has(bi) && x.readPanelOver(bi, intro) {
				x.agendaBlocks.add(bi)
				continue
			}
			if !x.agendaBlocks.has(bi) && x.readMarkedTitleTalk(bi) {
				x.agendaBlocks.add(bi)
				continue
			}
			if len(sents) > 0 && !x.agendaBlocks.has(bi) && x.readBoldNameTitle(bi, x.eventsFor(bi, intro)) {
				x.agendaBlocks.add(bi)
				continue
			}
			if !talkMarker(b.Text) {
				if len(sents) > 0 && !x.agendaBlocks.has(bi) && (x.readLabelledSlot(bi, x.eventsFor(bi, intro)) || x.readTitleOverSpeakerLine(bi, x.eventsFor(bi, intro)) || x.readParagraphLines(bi, x.eventsFor(bi, intro)) || x.readLineupLines(bi, x.eventsFor(bi, intro))) {
					x.agendaBlocks.add(bi)
					continue
				}
				intro = nil
				if strings.HasSuffix(strings.TrimSpace(b.Text), ":") && len(sents) > 0 {
					intro = x.introEventsOf(sents[len(sents)-1])
				}
				continue
			}
		case document.ListItem:
		default:
			continue
		}
		if len(sents) == 0 || x.agendaBlocks.has(bi) {
			continue
		}
		events := x.eventsFor(bi, intro)
		if (x.talkList[bi] || itineraryLine(b.Text)) && x.readOwnItem(bi) {
			x.agendaBlocks.add(bi)
			continue
		}
		if x.readSpeakersOverTitle(bi, events) || x.readLinkedTitleBracketedSpeaker(bi, events) || x.readBoldNameTitle(bi, events) || x.readItemOverName(bi, events) || x.readFeatureLine(bi) || x.readPersonLine(bi, events) || x.readTalkLine(bi, events) || x.readTitleBy(bi, events) || x.readTitleOverSpeakers(bi, events) || x.readTalkAtPlace(bi) || x.readDatedTopic(bi, events) || x.readLineupItem(bi, events) || x.readTopicItem(bi, events) {
			x.agendaBlocks.add(bi)
		}
	}
	x.readHeadingTalks()
	x.readListNeighbours()
}

// siblingName and siblingBy are the two shapes an item of a list of talks takes with a name the
// given-name list does not know: "Thejaswi Puthraya: Django at Scale" and "Data Classes Deep
// Dive by Nguyen Thi Lan".
var (
	siblingName = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*:\s+(.{3,})$`)
	siblingBy   = regexp.MustCompile(`^(.{3,}?)\s+by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$`)
)

// readListNeighbours reads the items of a list of talks that no rule read because their
// speaker's name is unknown to the given-name list, in one of the two plainest shapes (see
// siblingName): an item right after or before one read as a talk is a talk too.
func (x *extraction) readListNeighbours() {
	read := func(bi int) bool {
		return bi >= 0 && bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind == document.ListItem && x.agendaBlocks.has(bi) && x.talkInBlock(bi)
	}
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.ListItem || x.agendaBlocks.has(bi) || !read(bi-1) && !read(bi+1) || len(b.Lines()) != 1 {
			continue
		}
		text := strings.TrimRight(strings.TrimSpace(b.Text), ".")
		var title, name string
		if m := siblingName.FindStringSubmatch(text); m != nil {
			name, title = m[1], m[2]
		} else if m := siblingBy.FindStringSubmatch(text); m != nil {
			title, name = m[1], m[2]
		} else {
			continue
		}
		title = cleanTitle(title)
		if strings.Contains(title, "://") || bareAddress(title) || !startsUpper(title) && !camelName(firstWord(title)) ||
			!x.looksLikeName(name) || x.notAPerson(name) || orgSuffixIn(strings.Fields(name)) || !plainTitle(title) || adminTitle(title) || whoLabel(name) || x.isEventName(name) {
			continue
		}
		line := x.lineSentence(b, b.Lines()[0], bi)
		ev := Evidence{Sentence: b.Text, Confidence: 0.6}
		if x.addTalk(title, "", linkFor(line, title), []string{name}, x.eventsFor(bi, nil), ev, bi) != nil {
			x.agendaBlocks.add(bi)
		}
	}
}

// eventsFor are the events the listing in block bi belongs to: those of the paragraph that
// introduced it, else of its section or archive item, else of the post.
func (x *extraction) eventsFor(bi int, intro []*event) []*event {
	if len(intro) > 0 {
		return intro
	}
	return x.listEvents(bi)
}

// talkMarker reports lines that archives start with a speaking-head mark.
func talkMarker(text string) bool {
	return strings.HasPrefix(strings.TrimSpace(text), "🗣")
}

// introEventsOf returns the events a paragraph that introduces a list is about: "Two more
// talks come from the Rust meetup in Porto, which gathered the night before:".
func (x *extraction) introEventsOf(s *sentence) []*event {
	if c, ok := x.cityContext(s); ok {
		kind := eventKind(s.text)
		for _, e := range x.postEvents {
			if e.city != nil && e.city.city.ID == c.city.ID && (kind == "" || e.kind == "" || e.kind == kind) {
				return []*event{e}
			}
		}
		return []*event{x.eventOfKind(&c, dateIn(s.text, x.published), kind, x.namedIn(s, c))}
	}
	return nil
}

// namedIn names an event from a sentence that places it: "the Rust meetup in Porto".
func (x *extraction) namedIn(s *sentence, c cityRef) string {
	toks := s.tokens
	for i := c.start - 1; i >= 1; i-- {
		if eventWords[toks[i].lower()] && !verbMeeting(toks, i) {
			j := i
			for j > 0 && (toks[j-1].cap || isDigits(toks[j-1].text())) {
				j--
			}
			return s.text[toks[j].start:toks[c.end-1].end]
		}
		if toks[i].text() == "," || toks[i].text() == "." {
			break
		}
	}
	return ""
}

// eventKind is the kind of event a text speaks of: "meetup" or "conference", or "".
func eventKind(text string) string {
	lower := strings.ToLower(text)
	for _, w := range []string{"conference", "summit", "devroom", "festival"} {
		if strings.Contains(lower, w) {
			return "conference"
		}
	}
	for _, w := range []string{"meetup", "meet-up", "user group", "jam", "night"} {
		if strings.Contains(lower, w) {
			return "meetup"
		}
	}
	return ""
}

// listEvents are the events of the section a list item is in, else of the post.
func (x *extraction) listEvents(bi int) []*event {
	b := x.doc.Blocks[bi]
	if evs := x.itemEvents[bi]; len(evs) > 0 {
		return evs
	}
	if evs := x.sectionEvs[b.Section]; len(evs) > 0 {
		return evs
	}
	return x.postEvents
}

var (
	// a heading naming a month of an archive: "February 2026"
	monthYear = regexp.MustCompile(`(?i)^(` + monthNames + `)\.?\s+(\d{4})$`)
	// times that start agenda lines: "5:15 - 5:45 -", "18:30", "7pm -"
	leadingTime = regexp.MustCompile(`(?i)^\s*\d{1,2}([:.]\d{2})?\s*(am|pm)?\s*([-–—]\s*\d{1,2}([:.]\d{2})?\s*(am|pm)?)?\s*[-–—:|]?\s*`)
	// notes in parentheses after a title or a speaker that speak of slides or status: "(to
	// follow)", "(tentatively on 22 July)"
	statusNote = guard(regexp.MustCompile(`(?i)\s*\((to follow|no slides|slides|video|tbc|tbd|tba|cancelled|canceled|postponed|coming soon|upcoming|recording|slides to follow|(?:tentatively|tentative|provisionally|provisional|probably|expected)\b[^()]{0,40})\)\s*$`),
		"(to follow", "(no slides", "(slides", "(video", "(tbc", "(tbd", "(tba", "(cancel", "(postponed", "(coming soon", "(upcoming", "(recording",
		"(tentative", "(provisional", "(probably", "(expected")
	// kinds of talk written before a title: "Lightning talk: ", "Keynote - "
	talkKindPrefix = regexp.MustCompile(`(?i)^(lightning talk|lightning|keynote|talk|workshop|panel|demo)\s*[:\-–]\s*`)
)

// readEventHeadings makes events of headings that name a city or a date, and of archive list
// items that name a month, and records them as their section's (or sub-list's) events.
func (x *extraction) readEventHeadings() {
	x.itemEvents = map[int][]*event{}
	var monthEvent *event
	stopHeadings := x.stopHeadingCities() >= 2
	x.tourHeadings = stopHeadings
	for bi := range x.blockSents {
		sents := x.block(bi)
		b := x.doc.Blocks[bi]
		if b.Kind == document.ListItem && b.Level == 0 && len(sents) > 0 {
			if m := monthYear.FindString(strings.TrimSpace(b.Text)); m != "" {
				monthEvent = x.eventFor(x.defaultCty, "", eventTitle(x, m))
				continue
			}
			monthEvent = nil
		}
		if b.Kind == document.ListItem && monthEvent != nil {
			x.itemEvents[bi] = []*event{monthEvent}
		}
		if b.Kind != document.Heading || len(sents) == 0 {
			continue
		}
		s := sents[0]
		lower := strings.ToLower(b.Text)
		if strings.Contains(lower, "stay tuned") || strings.Contains(lower, "upcoming") || strings.Contains(lower, "next ") {
			continue
		}
		if detailHeading.MatchString(b.Text) {
			continue // "### Time: November 12, 2031 13:30": a detail of the section above, no event of its own
		}
		date := dateIn(b.Text, x.published)
		cs := x.cities(s)
		if len(cs) == 2 && cs[0].city.ID == cs[1].city.ID {
			cs = cs[:1] // "Tartu Gophers, January 2031 (Tartu)": one town, named twice
		}
		switch {
		case len(cs) == 1 && headingPlaces(s, cs[0], date, stopHeadings):
			name := ""
			if x.headingNamesEvent(b.Text) && !stopHeadings && !x.cityHasEvent(cs[0]) {
				name = headingName(b.Text) // "## Porto Go Days": the event the heading names
			}
			e := x.eventFor(&cs[0], date, name)
			x.sectionEvs[bi] = []*event{e}
		case date != "" && strings.Count(date, "-") == 2 && hasYear(b.Text):
			e := x.eventFor(x.defaultCty, date, eventTitle(x, b.Text))
			if host := x.headingHost(b); host != "" && e.host == "" {
				e.host, e.hostEv = host, &Evidence{Sentence: b.Text, Confidence: 0.8}
			}
			x.sectionEvs[bi] = []*event{e}
		}
	}
}

// detailHeading is a heading that gives one labelled detail of the section it is under: "###
// Time: ...", "### Name: ...", "## Location: Tartu".
var detailHeading = regexp.MustCompile(`(?i)^(?:time|date|when|name|names|speakers?|presenters?|location|where|venue|place|room|track)\s*:`)

// headingPlaces reports whether a heading that names city c says its section happened there:
// the heading is the city alone ("## Ghent", "## Ghent, Belgium"), or places it by a
// preposition ("## Evening in Ghent"), or names an event or a date with it ("## Ghent Meetup",
// "## Ghent - 4 March"), or opens with it a group's name ("## Ghent Data Science Season 2").
// A city inside another name is none: a talk's title ("## Tuning RPC with Ghent"), a pub
// ("## The Ghent"), a project ("## Project Ghent"); but a large city written as its own name
// ends a conference's name ("## FooConf Amsterdam").
func headingPlaces(s *sentence, c cityRef, date string, stops bool) bool {
	if date != "" || hasYear(s.text) || hasWord(s, eventWords) || eventWordIn(s.text) || hasWord(s, groupWords) || hasWord(s, groupTails) {
		return true // ("## FooConf Ghent 2016": an edition of an event)
	}
	toks := s.tokens
	if c.start > 0 && (inWord(toks[c.start-1]) || toks[c.start-1].is("at", "to")) {
		return true
	}
	alone := true
	for k, t := range toks {
		if (k < c.start || k >= c.end) && t.word && !isDigits(t.text()) {
			alone = false
			break
		}
	}
	if !alone && c.end < len(toks) {
		// "## Ghent, Belgium": the city and its country
		after := strings.Trim(s.text[toks[c.end].start:], placeSeps+".")
		_, region := gazetteer.Region(after)
		alone = (gazetteer.IsCountry(after) || region) && !strings.ContainsFunc(s.text[:toks[c.start].start], unicode.IsLetter)
	}
	if alone || c.start == 0 && c.end < len(toks) && toks[c.end].cap {
		return true
	}
	if c.start == 0 && c.end+1 < len(toks) && (toks[c.end].text() == ":" || toks[c.end].text() == "|" || isDash(toks[c.end].text())) && stops {
		return true // "## Tartu: A Warm Welcome at Initech": the stop, then what happened there
	}
	// "NDC Oslo": a name before the city, not an article ("The Ghent")
	return c.start > 0 && toks[c.start-1].cap && !toks[c.start-1].is("the") &&
		c.city.Population >= headingCityPopulation && namesLargeCity(c.written, c.city)
}

// labelRow reports a table row of two cells whose first is a label ("When: | May 22, 2031",
// "Presenter: | Ana Lima"): a table of an event's facts, read as labelled lines are.
func labelRow(b document.Block) bool {
	if b.Kind != document.TableRow {
		return false
	}
	label, value, ok := strings.Cut(b.Text, " | ")
	label = strings.TrimSpace(label)
	return ok && strings.HasSuffix(label, ":") && len(label) <= 24 && !strings.Contains(value, " | ") && strings.TrimSpace(value) != ""
}

// datedLabelTable reports whether the table that holds row bi labels a date ("When: | ...",
// "Date: | ..."): a table of an event's facts. A profile's table ("Location: | Porto") places
// no event.
func (x *extraction) datedLabelTable(bi int) bool {
	from := bi
	for from > 0 && x.doc.Blocks[from-1].Kind == document.TableRow {
		from--
	}
	for k := from; k < len(x.doc.Blocks) && x.doc.Blocks[k].Kind == document.TableRow; k++ {
		if label, _, ok := strings.Cut(x.doc.Blocks[k].Text, ":"); ok && labelRow(x.doc.Blocks[k]) {
			if l := placeLabel(label); l == "date" || l == "when" {
				return true
			}
		}
	}
	return false
}

// labelLines are the lines of a block as labels are read from them: a label row of a table
// (labelRow) is one line, its cells' breaks aside.
func labelLines(b document.Block) [][2]int {
	if labelRow(b) {
		return [][2]int{{0, len(b.Text)}}
	}
	return b.Lines()
}

// stopHeadingCities counts the distinct cities that open headings with a separator after them
// ("## Tartu: A Warm Welcome", "## Porto - Pastries"): a post with two or more is a tour by
// its stops; in any other, "## Rome: Not Built in a Day" is a title.
func (x *extraction) stopHeadingCities() int {
	seen := map[string]bool{}
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Heading || len(x.block(bi)) == 0 {
			continue
		}
		s := x.block(bi)[0]
		for _, c := range x.cities(s) {
			if c.start == 0 && c.end+1 < len(s.tokens) && (s.tokens[c.end].text() == ":" || s.tokens[c.end].text() == "|" || isDash(s.tokens[c.end].text())) {
				seen[c.city.ID] = true
			}
		}
	}
	return len(seen)
}

// stopHeading reports a heading that opens with the city of its section's event, then a
// separator ("## Munich: Robots at the University"): what follows says what happened
// there, no talk's title or speaker.
func (x *extraction) stopHeading(bi int) bool {
	sents := x.block(bi)
	if len(x.sectionEvs[bi]) == 0 || len(sents) == 0 || !x.tourHeadings {
		return false
	}
	toks := sents[0].tokens
	for _, c := range x.cities(sents[0]) {
		if c.start == 0 && c.end < len(toks) && (toks[c.end].text() == ":" || toks[c.end].text() == "|" || isDash(toks[c.end].text())) {
			return true
		}
	}
	return false
}

// headingCityPopulation is the population from which a city written as its own name at the
// end of a heading's name is taken to place the section ("FooConf Amsterdam"); a smaller town
// there is as likely the end of a project's or a product's name.
const headingCityPopulation = 100000

// eventTitle names an archive's event: the group or series and the date as written.
func eventTitle(x *extraction, when string) string {
	base := x.series
	if base == "" && x.defaultCty != nil {
		base = x.defaultCty.written + " meetup"
	}
	if base == "" {
		base = "Meetup"
	}
	when = strings.TrimSpace(strings.SplitN(when, " - ", 2)[0])
	if first, rest, ok := strings.Cut(when, " "); ok && rest != "" && slices.Contains(strings.Fields(strings.ToLower(base)), strings.ToLower(first)) {
		// "Meetup #10 (2030-12-01)" under the series "FooGo Meetup": the kind once
		when = rest
	}
	return base + " " + when
}

// headingHost reads the host of an archive heading "December 11 2019 - [Lush]": the
// organizations linked after the date.
func (x *extraction) headingHost(b document.Block) string {
	_, after, ok := strings.Cut(b.Text, " - ")
	if !ok {
		return ""
	}
	after = strings.TrimSpace(after)
	if after == "" || dateIn(after, x.published) != "" || len(b.Links) == 0 {
		return ""
	}
	return after
}

// readLabels reads labelled details of an announced event: "Date: Wednesday, April 23, 2014",
// "Where: Harbour Loft: 12 Rua das Flores, Porto 4050".
func (x *extraction) readLabels() {
	var date, host string
	var city *cityRef
	var ev Evidence
	pending, until := "", -1 // a label standing alone, and the block its value is in
	for bi := range x.blockSents {
		sents := x.block(bi)
		b := x.doc.Blocks[bi]
		if b.Kind == document.Heading || b.Kind == document.Paragraph && len(b.Lines()) == 1 {
			if l := labelAlone(b.Text); l != "" {
				pending, until = l, bi+1
				continue
			}
		}
		if pending != "" && bi <= until && (b.Kind == document.Paragraph || b.Kind == document.Quote || b.Kind == document.ListItem) {
			// "Where" over "The Hall at Quillworks in Ghent.", "Venue" over an address
			if x.labelValue(b, bi, pending, &date, &city) {
				pending = ""
			}
		}
		if b.Kind == document.Heading {
			pending = ""
		}
		if b.Kind != document.ListItem && b.Kind != document.Paragraph && !(b.Kind == document.Heading && detailHeading.MatchString(b.Text)) && !(labelRow(b) && x.datedLabelTable(bi)) || len(sents) == 0 {
			continue
		}
		// each line of a block is a label of its own ("Venue: ...", then "Date: ..."); a
		// heading may be one ("## Location: Tartu"), and so may a table's row ("Where: | ...")
		for _, r := range labelLines(b) {
			label, value, ok := strings.Cut(lineText(b, r), ":")
			if labelRow(b) {
				value = strings.TrimPrefix(strings.TrimSpace(value), "| ")
			}
			if q, v, asked := strings.Cut(lineText(b, r), "?"); asked && (!ok || len(q) < len(label)) && questionLabels[placeLabel(q)] {
				label, value, ok = q, v, true // "Where? The Hall, 12 Harbour Street, Porto"
			}
			if !ok || len(label) > 12 {
				continue
			}
			line := x.lineSentence(b, r, bi)
			switch placeLabel(label) {
			case "date", "when":
				date = dateIn(value, x.published)
			case "where", "venue", "location", "place", "address":
				if len(strings.Fields(value)) > 15 || sentenceBreak(value) {
					continue // a remark about the venue, not the venue: "Venue: If we grow, ..."
				}
				name, _, _ := strings.Cut(strings.TrimSpace(value), ":")
				name, _, _ = strings.Cut(name, ",")
				name, _, _ = strings.Cut(name, " (") // "Initech (Tartu)", "Initech (2nd floor)"
				// "Quillfeather - Hall B, 12 Harbour Street": the venue, then where in it
				for _, dash := range []string{" - ", " – ", " — "} {
					name, _, _ = strings.Cut(name, dash)
				}
				if !startsWithDigit(name) && placeName(strings.TrimSpace(name)) {
					host = strings.TrimSpace(name)
					ev = Evidence{Sentence: line.text, Confidence: 0.8}
				}
				for _, c := range x.cities(line) {
					if c.start > 0 { // not the label itself
						cc := c
						city = &cc
					}
				}
			}
		}
	}
	var e *event
	switch {
	case city == nil && host != "" && x.soleEvent(date) != nil:
		// "Venue: Globex" in a post whose one event another sentence placed ("we met in
		// Ghent"): the venue is that event's
		e = x.soleEvent(date)
	case city == nil && date == "":
		return
	default:
		e = x.eventFor(city, date, "")
	}
	if host != "" && e.host == "" && x.acceptOrg(host) {
		e.host, e.hostEv = host, &ev
	}
	if h := strings.TrimSpace(x.doc.Meta.Host); host == "" && e.host == "" && h != "" && len(x.postEvents) == 0 && x.acceptOrg(h) {
		// the host the front matter names hosts the one event the body places
		e.host, e.hostEv = h, &Evidence{Sentence: "page data: " + h, Confidence: pageDataConfidence}
	}
	if len(x.postEvents) == 0 {
		x.postEvents = []*event{e}
	}
}

// soleEvent is the post's one event so far when it is placed in a town and its date, if
// known, is date (or date is unknown): a detail stated without a town is that event's.
func (x *extraction) soleEvent(date string) *event {
	if len(x.events) != 1 || x.events[0].city == nil {
		return nil
	}
	if e := x.events[0]; date == "" || e.date == "" || e.date == date {
		return e
	}
	return nil
}

// sentenceBreak reports text that runs on past the end of a sentence: a full stop and a space
// after a word that is no abbreviation of an address ("Al. Adama", "12 Harbour St. 4").
func sentenceBreak(text string) bool {
	for i := strings.Index(text, ". "); i >= 0; {
		w := text[:i]
		if j := strings.LastIndexAny(w, " ,("); j >= 0 {
			w = w[j+1:]
		}
		if !addressAbbreviations[strings.ToLower(w)] {
			return true
		}
		k := strings.Index(text[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// addressAbbreviations are the words an address abbreviates before a period: street, avenue,
// alley, road, number, floor, building, in a few languages.
var addressAbbreviations = set(`st str ave av al rd blvd ul pl no nr bldg fl dr sq ln hwy`)

// questionLabels are the labels a post may write as questions: "When?", "Where?".
var questionLabels = set(`when where`)

// placeLabel folds a label to the word that says what it gives: "Main Venue" and "Event
// location" give the venue; other labels are returned in lower case.
func placeLabel(label string) string {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(label), "*_ "))
	if g, ok := labelGloss[l]; ok {
		return g
	}
	words := strings.Fields(l)
	if len(words) == 2 && placeLabels[words[1]] && words[0] != "meetup" && !strings.Contains(l, "sponsor") {
		return words[1]
	}
	if len(words) == 3 && words[0] == "date" && words[2] == "time" {
		return "date" // "Date & Time", "Date and time"
	}
	return l
}

// placeLabels and dateLabels name what a label line gives.
var (
	placeLabels = set(`where venue location place address`)
	dateLabels  = set(`date when`)
	// labelGloss gives the English label of a label written in another language: "Wo",
	// "Où", "Dónde", "Gdzie" give where the event is, "Wann", "Quand", "Kiedy" when.
	labelGloss = map[string]string{
		"wo": "where", "ort": "place", "veranstaltungsort": "venue", "adresse": "address",
		"où": "where", "lieu": "place", "dónde": "where", "donde": "where", "lugar": "place", "sede": "venue",
		"dirección": "address", "dove": "where", "luogo": "place", "indirizzo": "address", "onde": "where",
		"local": "place", "endereço": "address", "gdzie": "where", "miejsce": "place", "adres": "address",
		"waar": "where", "locatie": "location", "plaats": "place",
		"wann": "when", "datum": "date", "quand": "when", "cuándo": "when", "cuando": "when", "fecha": "date",
		"quando": "when", "kiedy": "when", "wanneer": "when",
	}
)

// labelAlone returns the label a heading or a one-line paragraph is, alone, with its value in
// the blocks after it ("Where", "Venue:", "The address of the venue:"): "where", "date" or "".
func labelAlone(text string) string {
	t := strings.ToLower(strings.TrimSpace(text))
	colon := strings.HasSuffix(t, ":")
	t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	if g, ok := labelGloss[t]; ok {
		t = g
	}
	switch {
	case placeLabels[t]:
		return "where"
	case dateLabels[t]:
		return "date"
	case colon && len(strings.Fields(t)) <= 6:
		for _, w := range strings.Fields(t) {
			if placeLabels[w] {
				return "where"
			}
		}
	}
	return ""
}

// labelValue reads the block after a label standing alone as its value: a date, or the city
// of a venue or an address written over several lines (the city on a line of its own, or
// after "in"). It reports whether the block gave the value.
func (x *extraction) labelValue(b document.Block, bi int, label string, date *string, city **cityRef) bool {
	for _, r := range b.Lines() {
		line := x.lineSentence(b, r, bi)
		if label == "date" {
			if d := dateIn(line.text, x.published); d != "" {
				*date = d
				return true
			}
			continue
		}
		for _, c := range x.cities(line) {
			alone := c.start == 0 && len(strings.Fields(line.text)) <= 4
			if alone || c.start > 0 && line.tokens[c.start-1].is("in", ",") {
				cc := c
				*city = &cc
				return true
			}
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// line is an agenda or archive line being read: its text with markers removed, and the links
// and emphasis that fall inside it.
type line struct {
	s    *sentence
	text string
}

// readTalkLine reads one agenda or archive line as a talk:
//
//	"5:15 - 5:45 - Introduction to Docker by Victor Vieux"      title by speakers
//	"Juju by Antonio Rosales - Juju team"                        ... - company
//	"Launching into Go by Kathy Spardlin - a contributor ..."    ... - description
//	"Ana Lima - A Slow Walk Around the Rust Borrow Checker"      speakers - title
//	"Kubernetes Jobs - Kumar Gaurav, VMWare"                     title - speaker, company
//	"Containerd - Unplugged, Saifi Khan, Strikr"                 title, speaker, company
//	"🗣 amnon (no slides)"                                        a speaker's untitled talk
func (x *extraction) readTalkLine(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if x.readLine(bi, x.lineSentence(b, [2]int{0, len(b.Text)}, bi), events) {
		return true
	}
	// "- 19:30 *Quiet Queues* (by Ana)<br>A word on the talk.": an item whose first line is
	// the listing and whose next lines describe it
	if lines := b.Lines(); len(lines) > 1 {
		return x.readLine(bi, x.lineSentence(b, lines[0], bi), events)
	}
	return false
}

// readLine reads one line of a block as a talk listing: with the listing grammar first
// (listing.go), then with the older splits below for the forms the grammar leaves.
func (x *extraction) readLine(bi int, line *sentence, events []*event) bool {
	b := x.doc.Blocks[bi]
	if l, ok := x.roleLine(bi, line); ok {
		return x.addListing(bi, line, l, events)
	}
	if l, ok := x.readListing(line); ok {
		if b.Kind == document.ListItem && !l.marked && len(l.speakers) == 1 && x.peopleLine(bi) {
			return true // a person and their company in a list of people: no talk
		}
		return x.addListing(bi, line, l, events)
	}
	text := strings.TrimSpace(strings.TrimPrefix(line.text, "🗣"))
	text = leadingTime.ReplaceAllString(text, "")
	s := &sentence{text: text, block: bi, kind: b.Kind, section: int32(b.Section)}
	offset := strings.Index(line.text, text)
	if offset < 0 {
		return false
	}
	s.links, s.spans = marksWithin(line.links, line.spans, offset, offset+len(text))
	s.tokens = tokenize(s.text, s.links, s.spans)
	kindNote := ""
	if m := talkKindPrefix.FindString(s.text); m != "" {
		kindNote = strings.ToLower(strings.TrimRight(strings.TrimSpace(m), ":-– "))
		if kindNote == "lightning" {
			kindNote = "lightning talk"
		}
	}
	title, names, org, rest := x.splitTalkLine(s, talkMarker(line.text))
	if len(names) == 0 {
		if talkMarker(line.text) {
			// "🗣 amnon (no slides)": a speaker named by a link alone
			if len(s.links) > 0 {
				l := s.links[0]
				name := strings.TrimSpace(s.text[l.Start:l.End])
				if looksLikeHandle(name) || x.looksLikeName(name) {
					t := x.addTalk("", "talk by "+name, l.Href, []string{name}, events, Evidence{Sentence: line.text, Confidence: 0.6}, bi)
					return t != nil
				}
			}
		}
		return false
	}
	title = statusNote.ReplaceAllString(talkKindPrefix.ReplaceAllString(title, ""), "")
	title = linkEndedTitle(s, clean(title))
	if title == "" || companyOnly(title) || adminTitle(title) || dateOnly(title) || bareMonthYear.MatchString(title) || roleLabels[strings.ToLower(title)] || whoLabel(title) || passiveEnd.MatchString(title) || sponsorLine(title) {
		return false // (a clause in the passive, "A demo was given by Ana", is read as prose)
	}
	link := linkFor(s, title)
	ev := Evidence{Sentence: line.text, Confidence: 0.9}
	t := x.addTalk(title, kindNote, link, names, events, ev, bi)
	if t == nil {
		return false
	}
	for _, p := range t.speakers {
		if org != "" {
			p.addCompany(org, Evidence{Sentence: line.text, Confidence: 0.85})
		}
		if rest != "" {
			rs := &sentence{text: rest}
			rs.tokens = tokenize(rest, nil, nil)
			if o := x.appositiveOrg(rs, 0, len(rs.tokens)); o != "" {
				p.addCompany(o, Evidence{Sentence: line.text, Confidence: 0.75})
			}
		}
	}
	if rest != "" && t.description == "" {
		t.description = rest
	}
	return true
}

// roleAtCompany reads a job title and the company it is held at, written where a listing has
// its title: "Founder of Initech", "VP Engineering at Globex", "Founder and CEO Hooli". The words
// before the company must all be a role's ("Scaling Teams at Globex" is a title); with no "at"
// or "of" between them, they end in a role's head word ("Mobile App Design" names no role).
func (x *extraction) roleAtCompany(p string) (string, bool) {
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > 8 {
		return "", false
	}
	company := func(rest []string) (string, bool) {
		if len(rest) == 0 || len(rest) > 4 || !startsUpper(rest[0]) {
			return "", false
		}
		c, ok := x.companyPart(strings.Join(rest, " "))
		return c, ok && c != "" && !roleText(c)
	}
	for k := 1; k+1 < len(words); k++ {
		if w := strings.ToLower(words[k]); w == "at" || w == "@" || w == "of" || w == "for" {
			head := words[:k]
			if len(head) > 1 && acronym(head[len(head)-1]) {
				head = head[:len(head)-1] // "Marketing Director LAC at Xoom": the region the role covers
			}
			if !roleText(strings.Join(head, " ")) {
				return "", false
			}
			return company(words[k+1:])
		}
	}
	for k := 1; k < len(words); k++ {
		if roleWords[strings.ToLower(words[k-1])] && roleText(strings.Join(words[:k], " ")) {
			if c, ok := company(words[k:]); ok {
				return c, true
			}
		}
	}
	return "", false
}

// addListing records a talk read with the listing grammar, with each speaker's company.
func (x *extraction) addListing(bi int, line *sentence, l listing, events []*event) bool {
	// "Quiet Queues (30 min): Speaker: Ana Lima" split at the last colon: the label and the
	// slot's length are no part of the title
	l.title = strings.TrimSpace(titleLength.ReplaceAllString(speakerLabelTail.ReplaceAllString(l.title, ""), ""))
	l.title = quotedAfterLead(l.title)
	if m := keynoteLabel.FindString(l.title); m != "" && strings.TrimSpace(l.title[len(m):]) != "" {
		l.title = strings.TrimSpace(l.title[len(m):]) // "Ana Lima - KEYNOTE: Title": the kind, then the title
	}
	if slotName(l.title) && len(l.speakers) > 0 {
		l.title, l.kind = "", "keynote" // "Opening keynote of Friday - Ana Lima": her keynote, untitled
	}
	if len(l.speakers) == 1 && l.speakers[0].company == "" && !l.marked {
		if c, ok := x.roleAtCompany(l.title); ok {
			// "6:50 - Ana Lima - Founder of Initech": who speaks and where she works, no title
			l.title, l.kind, l.speakers[0].company = "", "talk", c
		}
	}
	title := unquoted(strings.TrimSpace(strings.TrimFunc(clean(statusNote.ReplaceAllString(l.title, "")), pictograph))) // ("🐲 Title": the picture is no word of it)
	title = strings.TrimSpace(aboutTheItem.ReplaceAllString(title, ""))
	untitled := l.title == "" && l.kind != "" && len(l.speakers) > 0 // "Keynote: Ana Lima"
	if title == "" && !untitled || adminTitle(title) {
		return false
	}
	title = linkEndedTitle(line, title)
	names := make([]string, len(l.speakers))
	for i, sp := range l.speakers {
		names[i] = sp.name
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.9}
	url := ""
	if !untitled {
		url = linkFor(line, title)
	}
	if l.at != "" {
		// the line's own event, in its town: "at FooConf (Porto)", "at Fosdem, Brussels"
		if ep, ok := x.readEventPart(l.at, true); ok && (ep.city != nil || ep.name != "") {
			events = []*event{x.eventOfKind(ep.city, ep.date, "", ep.name)}
		}
	}
	t := x.addTalk(title, l.kind, url, names, events, ev, bi)
	if t == nil {
		return false
	}
	for _, sp := range l.speakers {
		if sp.company != "" {
			x.personFor(sp.name).addCompany(x.companyName(sp.company), Evidence{Sentence: line.text, Confidence: 0.85})
		}
	}
	return true
}

// linkEndedTitle cuts a title read from a line whose link holds the speaker and the title
// and is followed by a colon and what the writer thought of it: "[Ana Lima - Quiet Queues](…):
// everything in it was new to me" is titled "Quiet Queues". A colon inside the link stays
// ("[Ana Lima - Go: a simple language](…)").
func linkEndedTitle(line *sentence, title string) string {
	k := strings.Index(title, ": ")
	if k <= 0 {
		return title
	}
	if tail := strings.TrimSpace(title[k+2:]); tail == "" || startsUpper(tail) && !strings.HasSuffix(tail, ".") && len(strings.Fields(tail)) < 6 {
		return title // "[Bo Chen - Rust](…): The Good Parts": a subtitle in title case, no opinion
	}
	for _, l := range line.links {
		if l.End > len(line.text) || l.Start >= l.End {
			continue
		}
		after := strings.TrimLeft(line.text[l.End:], " ")
		if !strings.HasPrefix(after, ":") {
			continue
		}
		for k > 0 {
			// the link holds more than the title, the speaker before it ("[makex](…): a build
			// tool by Ana Lima" is a title and what it is)
			if lt := line.text[l.Start:l.End]; strings.HasSuffix(lt, title[:k]) && len(lt) > k+2 {
				return strings.TrimSpace(title[:k])
			}
			next := strings.Index(title[k+2:], ": ")
			if next < 0 {
				break
			}
			k += 2 + next
		}
	}
	return title
}

// speakerLabelTail is a speaker's label left at the end of a title when a line was split at
// the colon after it: "Quiet Queues - Speaker", "Filas (30 min): Palestrante".
var speakerLabelTail = guard(regexp.MustCompile(`(?i)\s*(?:[-–—:|,]\s*)?\b(?:speakers?|presenters?|presented by|palestrantes?|ponentes?|referent(?:in)?|sprecher(?:in)?|vortragende[r]?|orat(?:eur|rice)s?|intervenants?|prelegen(?:t|ci)|relatori?|spreker)\s*$`),
	"speaker", "presenter", "presented by", "palestrante", "ponente", "referent", "sprecher", "vortragende", "orat", "intervenant", "prelegen", "relator", "spreker")

// titleLength is a slot's length in parentheses at the end of a title: "(30 min)", "(1h)", "(20
// + 5 min)" (the talk and its questions).
var titleLength = guard(regexp.MustCompile(`(?i)\s*\(\s*\d{1,3}(?:\s*\+\s*\d{1,3})?\s*(?:min|mins|minutes|minutos|minuten|h|hrs?|hours?)\.?\s*\)\s*$`),
	"(0", "(1", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9", "( ", "(\t", "(\n", "(\r", "(\f")

// slotName reports a title that only says which keynote or talk of the programme a slot is:
// "Opening keynote", "Closing keynote of Friday", "Keynote d'ouverture du vendredi".
func slotName(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	kind, slot := false, false
	for _, w := range words {
		switch {
		case w == "keynote" || w == "keynotes":
			kind = true
		case keynoteSlotWords[w] || calendarWords[w] || weekdayWord(w):
			slot = true
		default:
			return false
		}
	}
	return kind && slot // ("Keynote" alone is how a programme titles it)
}

// weekdayWord reports the name of a day of the week in a language posts are read in.
func weekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// keynoteSlotWords say where in a programme a slot stands, in the languages keynotes are named in.
var keynoteSlotWords = set(`opening closing final first second last morning afternoon evening day of the
d de du la l ouverture clôture cloture apertura cierre inaugural eröffnung abschluss`)

// quotedAfterLead returns the quoted title that ends a listing's title after a few words in
// lower case that lead up to it ("and last but not least “Quiet Queues”", "finally, “Quiet
// Queues”"): the quote alone. Any other title is returned as it is.
func quotedAfterLead(title string) string {
	qs := quotes(title)
	if len(qs) != 1 || qs[0][0] < 2 || strings.TrimRight(title[qs[0][1]:], "\"'”’» ") != "" {
		return title
	}
	lead := strings.TrimRight(title[:qs[0][0]], "\"'“‘«„ ")
	words := strings.Fields(strings.ReplaceAll(lead, ",", " "))
	if len(words) == 0 || len(words) > 6 {
		return title
	}
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
			return title // "Why “Quiet” Queues": a capitalized word belongs to the title
		}
	}
	return title[qs[0][0]:qs[0][1]]
}

// aboutTheItem is what a line says of its item after the title, in a clause of its own: "Title,
// a video we watched by Name", "Title, the talk I gave by ...".
var aboutTheItem = regexp.MustCompile(`(?i),\s+(?:a|an|the)\s+(?:video|recording|talk|presentation|screencast|webinar|lecture)\s+(?:we|i|they|you)\s+[a-z]+(?:\s+[a-z]+)?$`)

// slotKindWords name a slot of a programme, not what is said in it; hostWords name the people
// of an evening who are no talk.
var (
	slotKindWords = set(`presentation presentations talk talks session sessions slot speaker speakers tbd tba`)
	hostWords     = set(`host hosts hosting sponsor sponsors organizer organizers organiser organisers event events thanks`)
)

// placeholderTitle reports a title made only of a slot's kind and numbers ("<< Presentation
// (3) >>", "Talk 2"), of the words for an evening's hosts or sponsors ("Event Hosts"), of
// housekeeping joined by a slash ("Opening/Closing"), or of an ordinal and an event word ("19th
// Meetup").
func placeholderTitle(t string) bool {
	var words []string
	for w, rest := nextField(strings.ToLower(t), notLetterOrDigit); w != ""; w, rest = nextField(rest, notLetterOrDigit) {
		words = append(words, w)
	}
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	slot, host, house, ordinal, event := 0, 0, 0, 0, 0
	for _, w := range words {
		switch {
		case slotKindWords[w] || isDigits(w):
			slot++
		case hostWords[w]:
			host++
		case housekeepingWords[w]:
			house++
		case isOrdinalWord(w):
			ordinal++
		case headingEventWords[w] || eventWords[w]:
			event++
		}
	}
	n := len(words)
	return slot == n && !isDigits(words[0]) || host == n || host+slot == n && host > 0 || house == n && strings.ContainsAny(t, "/&") ||
		ordinal > 0 && ordinal+event == n && event > 0
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// recapTitle reports the post's own title when it says the post is a recap ("Queueconf 2031
// trip report", "Notes from Queueconf"): the page's, not a talk's.
func (x *extraction) recapTitle(t string) bool {
	title := strings.TrimSpace(x.doc.Meta.Title)
	return title != "" && strings.EqualFold(t, title) && (recapLead.MatchString(title) || recapTail.MatchString(title))
}

// adminTitle reports agenda items that are not talks: remarks, breaks, food, arrival.
func adminTitle(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	for _, w := range []string{"opening remarks", "closing remarks", "wrap-up", "wrap up", "doors open", "q&a", "arrive", "registration", "check-in", "hello",
		"introduction of the", "introductionary words", "introductory words", "introductions", "end of the", "tba", "tbd", "tbc"} {
		if rest, ok := strings.CutPrefix(t, w); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
			return true
		}
	}
	if slotOnly(t) {
		return true // "Day 2 - 13:15-14:00 - track 3": when and where a slot is, not what
	}
	if t == "intro" || t == "introduction" || t == "einführung" || t == "introducción" || t == "introdução" {
		return true // an introduction alone, of no subject: the hosts' opening words
	}
	if openingObject(title) {
		return false // "Opening the Flask", "Closing the Gap": a verb and what it opens, a title
	}
	// "Welcoming of the participants", "Time to network", "Food and drinks"
	words, admin := 0, 0
	for w, rest := nextField(t, notLetterOrHyphen); w != ""; w, rest = nextField(rest, notLetterOrHyphen) {
		words++
		if housekeepingWords[w] {
			admin++
		}
	}
	return words > 0 && admin > 0 && words <= 8 && admin*3 >= words
}

func notLetterOrHyphen(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// openingObject reports a title that opens with "Opening" or "Closing" used as a
// verb, followed by "the" and a capitalized word that names no part of a programme ("Opening
// the Flask", "Closing the Gap"); "Opening the event" and "Closing the day" stay housekeeping.
func openingObject(title string) bool {
	w0, rest := nextWord(title)
	w1, rest := nextWord(rest)
	w2, _ := nextWord(rest)
	if w2 == "" || !strings.EqualFold(w0, "opening") && !strings.EqualFold(w0, "closing") || !strings.EqualFold(w1, "the") {
		return false
	}
	r := []rune(w2)
	l := strings.ToLower(w2)
	return unicode.IsUpper(r[0]) && !housekeepingWords[l] && !eventWords[l] && !sectionWords[l] && l != "session" && l != "ceremony"
}

// slotWords name where and when in a programme a slot is, in the languages listings are read in.
var slotWords = set(`day days track tracks room rooms hall stage slot am pm h jour journée salle tag saal raum
día dia sala dzień`)

// frenchTime is a time written with "h": "10h30", "9h".
var frenchTime = regexp.MustCompile(`^\d{1,2}h\d{0,2}$`)

// slotOnly reports a lower-cased text made only of times, numbers and slot words, with at
// least one slot word or time: "day 2 - 09:45-10:45", "track 1, room b".
func slotOnly(t string) bool {
	seen := false
	for w, rest := nextAlnum(t); w != ""; w, rest = nextAlnum(rest) {
		switch {
		case slotWords[w]:
			seen = true
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
			if strings.ContainsAny(t, ":") {
				seen = true
			}
		case frenchTime.MatchString(w):
			seen = true // "10h30"
		case len(w) == 1:
			// "room b", "track a"
		default:
			return false
		}
	}
	return seen
}

// byline reports a heading that names who wrote the post: "By tim", "Posted by Ana Lima",
// "Written by @alima". What follows "by" is a handle (one lower-case word) or a person's name.
func (x *extraction) byline(title string) bool {
	m := bylineHead.FindStringSubmatch(title)
	if m == nil {
		return false
	}
	who := strings.TrimSpace(m[1])
	if h, ok := atHandle(who); ok {
		who = h
	}
	words := strings.Fields(who)
	return len(words) == 1 && bylineHandle.MatchString(who) && !connectorWords[who] || len(words) > 1 && len(words) <= 4 && x.looksLikeName(who)
}

// profileName reports whether text is what the post writes as a link to someone's profile
// ("[alima](https://twitter.com/alima)"): a heading of that text is a person's part of the
// post, not a talk's title.
func (x *extraction) profileName(text string) bool {
	if x.profileNames == nil {
		x.profileNames = map[string]bool{}
		for _, b := range x.doc.Blocks {
			for _, l := range b.Links {
				if isProfileLink(l.Href) && l.End <= len(b.Text) {
					x.profileNames[strings.ToLower(strings.TrimSpace(b.Text[l.Start:l.End]))] = true
				}
			}
		}
	}
	return x.profileNames[strings.ToLower(strings.TrimSpace(text))]
}

// bylineHandle is a user name as sites print it after "By": one lower-case word.
var bylineHandle = regexp.MustCompile(`^[a-z][a-z0-9_.-]{1,30}$`)

// bylineHead is a heading that opens with "by" or "posted by", "written by".
var bylineHead = regexp.MustCompile(`(?i)^(?:(?:posted|written|published)\s+)?by\s+(.+?)\s*$`)

// housekeepingWords are what agenda slots that are no talk speak of.
var housekeepingWords = set(`welcome welcoming arrival arrive doors open opening closing close remarks
break breaks coffee tea pizza food drinks beer beers snacks dinner lunch breakfast networking network
mingle mingling socializing socialising breakout breakouts registration check-in wrap-up goodbye farewell participants
attendees venue raffle giveaway announcements begrüßung begrüssung bienvenue bienvenida boas-vindas benvenuto powitanie
welkom pauze pause pausa przerwa kaffeepause apéro apero`)

// linkFor returns the link whose text is (or contains) the title, else the line's first link
// to a recording or slides.
func linkFor(s *sentence, title string) string {
	for _, l := range s.links {
		text := s.text[l.Start:l.End]
		if strings.Contains(text, title) || strings.Contains(title, text) && len(text) > 3 {
			if !isProfileLink(l.Href) {
				return l.Href
			}
		}
	}
	for _, l := range s.links {
		if isRecording(l.Href) || isSlides(l.Href) || resourceWords[strings.ToLower(strings.TrimSpace(s.text[l.Start:l.End]))] {
			return l.Href // a link to the talk's material: by its address, or by its text ("[Slides](…)")
		}
	}
	return ""
}

// splitTalkLine finds the speakers of a line and what else it says: the title, a company, and
// the rest (a description). spoken says the line opens with a speaking head, which marks it as
// a talk and its speaker.
func (x *extraction) splitTalkLine(s *sentence, spoken bool) (title string, names []string, org, rest string) {
	text := s.text
	// "Title by Names[ - rest]"
	for _, m := range byWord.FindAllStringIndex(text, -1) {
		if before := strings.Fields(text[:m[0]]); len(before) > 0 && notHostByWords[strings.ToLower(before[len(before)-1])] {
			continue // "Pizza sponsored by Tidepool"
		}
		after := text[m[1]:]
		seg, tail, _ := strings.Cut(after, " - ")
		if ns := x.nameList(seg, s, m[1]); len(ns) > 0 {
			title = text[:m[0]]
			tail = strings.TrimSpace(tail)
			if tail != "" && x.companyTail(tail) {
				org = tail
			} else {
				rest = tail
			}
			return title, ns, org, rest
		}
	}
	// "Title - Name, Company": the name is followed by a company
	if i := strings.LastIndex(text, " - "); i > 0 {
		tail := text[i+3:]
		if seg, company, ok := strings.Cut(tail, ", "); ok && x.companyTail(company) {
			if ns := x.nameList(seg, s, i+3); len(ns) == 1 && strings.Contains(ns[0], " ") {
				return text[:i], ns, strings.TrimSpace(company), ""
			}
		}
	}
	// "Names - Title"
	if seg, after, ok := strings.Cut(text, " - "); ok {
		if ns := x.nameList(seg, s, 0); len(ns) > 0 && !(singleWords(ns) && (descriptionLike(after) || x.placesEvent(after))) &&
			!twoSentences(after) && (givenNamesFirst(ns) || x.linkedAt(s, 0, seg) || spoken && !singleWords(ns)) {
			// the speakers first must be named as people ("Ana Lima - Title", "[alima](profile) -
			// Title", or a full name after a speaking head): a group's or an event's name
			// ("Tartudroid - Title") and a bold term and its explanation ("**Small Batches** - Ship
			// less at once") are not
			return after, ns, "", ""
		}
	}
	// "Title - Names[, Company]" and "Title, Names, Company"
	for _, sep := range []string{" - ", " – ", ", "} {
		for i := strings.LastIndex(text, sep); i > 0; i = strings.LastIndex(text[:i], sep) {
			tail := text[i+len(sep):]
			seg, company, _ := strings.Cut(tail, ", ")
			ns := x.nameList(seg, s, i+len(sep))
			if len(ns) != 1 {
				continue
			}
			company = strings.TrimSpace(company)
			if company != "" && !x.companyTail(company) {
				continue
			}
			single := !strings.Contains(ns[0], " ") && !x.linkedAt(s, i+len(sep), seg)
			if single && (company == "" || sep == ", ") || sep == ", " && !x.linkedAt(s, i+len(sep), seg) {
				continue // a lone word or an unlinked name between commas could be anything
			}
			return text[:i], ns, company, ""
		}
	}
	return "", nil, "", ""
}

// givenNamesFirst reports names that each start with a given name.
func givenNamesFirst(names []string) bool {
	for _, n := range names {
		if !givennames.Is(firstWord(n)) {
			return false
		}
	}
	return len(names) > 0
}

var byWord = regexp.MustCompile(`\s+by\s+`)

// nameList reads a segment of a line as a list of speakers ("Ian Cottrell, Daniel Martí & Paul
// Jolly"): each a full name, a name linked to a profile, or a single name word when the
// segment is nothing else. at is the segment's offset in the line, to find its links.
func (x *extraction) nameList(seg string, s *sentence, at int) []string {
	seg = strings.TrimSpace(seg)
	seg = strings.Trim(seg, "_*")
	if seg == "" {
		return nil
	}
	parts := regexp.MustCompile(`\s*(?:,|&|\band\b)\s*`).Split(seg, -1)
	var out []string
	for _, p := range parts {
		p = strings.Trim(strings.TrimSpace(p), "_*")
		if p == "" {
			return nil
		}
		linked := false
		if i := strings.Index(s.text[at:], p); i >= 0 {
			for _, l := range s.links {
				if l.Start <= at+i && at+i+len(p) <= l.End && isProfileLink(l.Href) {
					linked = true
				}
			}
		}
		switch {
		case x.looksLikeName(p) && !x.notAPerson(p) && (len(strings.Fields(p)) < 3 || givennames.Is(firstWord(p))):
		case linked && (looksLikeHandle(p) || nameToken(wordOf(p))):
		case len(parts) == 1 && startsUpper(p) && !strings.Contains(p, " ") && looksLikeHandle(p) && !x.notAPerson(p) && !isTech(p):
		default:
			return nil
		}
		out = append(out, p)
	}
	return out
}

func startsUpper(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r)
	}
	return false
}

// companyTail reports whether the end of a line after a speaker is their company: a few
// words without commas, not a sentence.
func (x *extraction) companyTail(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, ",()") || strings.HasSuffix(s, ".") || len(strings.Fields(s)) > 4 || !startsUpper(s) {
		return false
	}
	return x.acceptOrg(s)
}

// linkedAt reports whether the segment at offset at of the line is a link to a profile.
func (x *extraction) linkedAt(s *sentence, at int, seg string) bool {
	seg = strings.TrimSpace(seg)
	i := strings.Index(s.text[at:], seg)
	if i < 0 {
		return false
	}
	for _, l := range s.links {
		if l.Start <= at+i && at+i+len(seg) <= l.End && isProfileLink(l.Href) {
			return true
		}
	}
	return false
}

// addTalk records a talk read from a line: its speakers and the events it was given at.
func (x *extraction) addTalk(title, description, link string, names []string, events []*event, ev Evidence, bi int) *talk {
	if t := strings.TrimSpace(title); t != "" && (dateOnly(t) || bareMonthYear.MatchString(t) || placeholderTitle(t) || x.recapTitle(t)) {
		// "May 15, 2019": a day's heading; "<< Presentation (3) >>", "19th Meetup", "Event
		// Hosts": a slot, an evening or a part of the page; "Queueconf 2031 trip report": the
		// post's own title. Whatever reader took them, they title no talk.
		return nil
	}
	title = withoutLeadingDate(title)
	var speakers []*person
	for _, n := range names {
		speakers = append(speakers, x.personFor(n))
	}
	t := x.findTalk(speakers, title, events, false)
	if t == nil || title != "" && t.title != "" && titleKey(t.title) != titleKey(title) {
		t = x.newTalk(&talk{block: int32(bi), ev: ev})
	}
	if t.title == "" && title != "" {
		x.setTitle(t, title)
	}
	if t.description == "" {
		t.description = description
	}
	if t.url == "" {
		t.url = link
	}
	for _, p := range speakers {
		x.addSpeaker(t, p)
	}
	for _, e := range events {
		t.addEvent(e, ev)
	}
	return t
}

// readPersonLine reads a list item that is only a person's name, with their talks as the
// items beneath it ("Peter Ullrich" over "Introduction to traceroute"). The titles are taken
// as written: a "by" inside them names a book's author, not a speaker.
func (x *extraction) readPersonLine(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if b.Kind != document.ListItem {
		return false
	}
	name := strings.TrimSpace(b.Text)
	s := x.block(bi)[0]
	if !(x.looksLikeName(name) || len(s.links) == 1 && isProfileLink(s.links[0].Href) && looksLikeHandle(name)) || x.notAPerson(name) {
		return false
	}
	for ci := bi + 1; ci < len(x.doc.Blocks); ci++ {
		c := x.doc.Blocks[ci]
		if c.Kind != document.ListItem || c.Level <= b.Level {
			break
		}
		if sp := x.speakerItem(ci); c.Level == b.Level+1 && len(sp) > 0 && roleLine(c.Text) {
			return false // "**Quiet Queues**" over "Ana Lima, Staff Engineer, Initech": a title over its speaker
		}
	}
	found := false
	for ci := bi + 1; ci < len(x.doc.Blocks); ci++ {
		c := x.doc.Blocks[ci]
		if c.Kind != document.ListItem || c.Level <= b.Level {
			break
		}
		if c.Level != b.Level+1 {
			continue
		}
		title := strings.TrimSpace(c.Text)
		kind := ""
		if m := talkKindPrefix.FindString(title); m != "" {
			kind = strings.ToLower(strings.TrimRight(strings.TrimSpace(m), ":-– "))
			if kind == "lightning" {
				kind = "lightning talk"
			}
			title = strings.TrimSpace(title[len(m):])
		}
		title = clean(statusNote.ReplaceAllString(title, ""))
		if title == "" {
			continue
		}
		link := ""
		if len(c.Links) > 0 {
			link = c.Links[0].Href
		}
		x.addTalk(title, kind, link, []string{name}, events, Evidence{Sentence: name + ": " + c.Text, Confidence: 0.85}, ci)
		x.agendaBlocks.add(ci)
		found = true
	}
	return found
}

// pluralSessionWords end a heading over many talks: "Training Days", "Lightning Talks".
var pluralSessionWords = set(`days talks sessions workshops meetups events tracks keynotes`)

// hopeTo says the writer speaks of a wish, not of what happened: "I hope to give a talk".
var hopeTo = regexp.MustCompile(`(?i)\b(?:i|we)(?:'m|’m| am|'re|’re| are|'d|’d| would)?\s+(?:hope|hoping|plan|planning|want|wish|like)\s+to\b`)

// readHeadingTalks makes a section's heading the title of the one talk its section describes
// ("## Pallet and Hadoop" over "Antoni Batchelli then described how ..."). A section about one
// speaker in the first person counts when it links or embeds the slides or a recording.
func (x *extraction) readHeadingTalks() {
	for bi := range x.blockSents {
		b := x.doc.Blocks[bi]
		if b.Kind != document.Heading || x.agendaBlocks.has(bi) {
			continue
		}
		if sents := x.block(bi); len(sents) == 0 || len(x.sectionEvs[bi]) > 0 || eventKind(b.Text) != "" || x.headingNamesEvent(b.Text) {
			continue // ("## Queueconf", "## Porto Go Days": the event of the section, no talk's title)
		}
		title := cleanTitle(listDate.ReplaceAllString(b.Text, "")) // "May 3, 2031: Title": the date is no part of it
		if m := keynoteLabel.FindString(title); m != "" && strings.TrimSpace(title[len(m):]) != "" {
			title = strings.TrimSpace(title[len(m):]) // "Keynote: Title": the kind, then the title
		}
		oneWord := false // a one-word heading titles a talk only when it is no section word
		if slotHeading(title) {
			// "Session 2" over "Tracing Without Tears." and a paragraph about its speaker: the
			// short first paragraph is the title; a kind of talk ("Keynote") with no such
			// paragraph is its own title
			label := title
			title = ""
			if ci := bi + 1; ci < len(x.blockSents) && x.doc.Blocks[ci].Kind == document.Paragraph && len(x.block(ci)) == 1 {
				// a sentence that states a talk ("Ana Lima opened with ...") describes it, not titles it
				if t := strings.TrimRight(clean(x.doc.Blocks[ci].Text), "."); len(strings.Fields(t)) <= 16 && !strings.HasSuffix(t, ":") && len(x.clauses(x.block(ci)[0])) == 0 {
					title = t
				}
			}
			if title == "" && !strings.ContainsAny(label, "0123456789") {
				title, oneWord = label, true
			}
		}
		if _, sure, ok := x.cardCompanyLine(title); ok && sure && len(x.speakerLine(bi+1)) == 0 || x.nameSubtitle(bi) || x.subheading(bi) && len(x.speakerLine(bi)) > 0 {
			// "#### Chief Experience Officer at Initech": a speaker's role, under their name (a
			// heading over a line that names its speaker is a title: "### Resilient Data Systems")
			continue
		}
		if name, rest, ok := strings.Cut(title, " on "); ok && givenName(name) && !startsUpper(rest) {
			continue // "Ana Lima on the work she does at Initech": who spoke and about what, no title
		}
		if w := strings.ToLower(lastWord(title)); pluralSessionWords[w] && len(strings.Fields(title)) <= 2 {
			continue // "Training Days", "Lightning Talks": a part of a programme, many talks
		}
		if title == "" || detailHeading.MatchString(title) || !strings.ContainsFunc(title, unicode.IsLetter) || x.profileName(title) || monthYear.MatchString(title) || dateOnly(title) || len(strings.Fields(title)) < 2 && (sectionWords[strings.ToLower(strings.Trim(title, " :"))] || !oneWord && len(title) < 4) || partHeading(title) || x.byline(title) || diaryHeading(title) {
			continue
		}
		var speakers []*person
		groups := 0
		firstPerson := false
		media := false
		titled := false
		items, fromItem := 0, false // list items in the section; a speaker read from one
		for ci := bi + 1; ci < len(x.blockSents) && x.doc.Blocks[ci].Kind != document.Heading; ci++ {
			cb := x.doc.Blocks[ci]
			if cb.Kind == document.ListItem {
				items++
			}
			if x.agendaBlocks.has(ci) {
				continue // a section of agenda lines is no one talk's
			}
			for _, l := range cb.Links {
				if isSlides(l.Href) || isRecording(l.Href) {
					media = true
				}
			}
			for si, s := range x.block(ci) {
				if hopeTo.MatchString(s.text) {
					continue // "I hope to give a tutorial this spring": a talk to come, not the section's
				}
				for _, c := range x.clauses(s) {
					if len(c.refs) == 1 && (c.refs[0].pron == pronounHe || c.refs[0].pron == pronounShe) {
						if a, ok := x.antecedent(s, c.refs[0].start); ok {
							c.refs = []nameRef{a} // "Ana Lima is ... and she gave a great talk"
						}
					}
					if len(c.refs) == 0 || c.refs[0].pron == pronounHe || c.refs[0].pron == pronounShe || c.possessive {
						continue
					}
					ps, _ := x.speakersOf(c.refs)
					if len(ps) == 0 {
						continue
					}
					if c.title != "" && !strings.Contains(strings.ToLower(title), strings.ToLower(c.title)) {
						titled = true // "Ana gave a talk on *Quiet Queues*", a title the heading does not hold
					}
					if speakers == nil {
						speakers = ps
						groups = 1
						fromItem = cb.Kind == document.ListItem
					} else if !samePeople(speakers, ps) {
						groups++
					}
				}
				if si == 0 && ci == bi+1 && speakers == nil && firstPersonSubject(s) {
					firstPerson = true
				}
			}
		}
		var at []*event // the events a speaker line names
		if speakers == nil {
			// "### Title" over "[Ana Lima](profile) (Initech) says:" or "Ana Lima, Initech"
			if sp := x.speakerLine(bi + 1); len(sp) > 0 {
				for _, l := range sp {
					p := x.personFor(l.name)
					if l.company != "" && x.subheading(bi+1) && x.isEventName(l.company) {
						// "# Quiet Queues" over "### Ana Lima, Scala Days": where it was given
						at = append(at, x.eventFor(cityInEventName(l.company), "", l.company))
					} else if l.company != "" {
						p.addCompany(x.companyName(l.company), Evidence{Sentence: x.doc.Blocks[bi+1].Text, Confidence: 0.8})
					}
					speakers = append(speakers, p)
				}
				groups = 1
			}
		}
		if speakers == nil {
			// "### Title" over "About Ana Lima: a researcher of ...": the bio names the speaker
			if name := x.aboutSpeaker(bi); name != "" {
				speakers, groups = []*person{x.personFor(name)}, 1
			}
		}
		if speakers == nil && firstPerson && media && x.author != "" {
			speakers = []*person{x.personFor(x.authorName())}
			groups = 1
		}
		if speakers == nil && x.owner != "" && strings.EqualFold(strings.TrimSpace(x.doc.Meta.Title), x.owner) && x.abstractUnder(bi) {
			// a speaker's page, titled with their name, over "### Title" and "This keynote
			// recounts ...": the abstract of the owner's talk
			speakers, groups = []*person{x.personFor(x.owner)}, 1
		}
		if groups != 1 || titled {
			continue // (a section whose prose titles its talk has a heading that names the evening)
		}
		if fromItem && items >= 3 {
			continue // "### Looking ahead" over a list of dated items, one of them a talk: a list, no talk's section
		}
		events := x.sectionEvs[b.Section]
		if len(events) == 0 {
			events = x.postEvents
		}
		if len(at) > 0 {
			events = at
		}
		ev := Evidence{Sentence: b.Text, Confidence: 0.75}
		t := x.newTalk(&talk{title: title, block: int32(bi), ev: ev})
		for _, p := range speakers {
			x.addSpeaker(t, p)
		}
		for _, e := range events {
			t.addEvent(e, ev)
		}
		for ci := bi + 1; ci < len(x.blockSents) && x.doc.Blocks[ci].Kind != document.Heading && t.url == ""; ci++ {
			for _, l := range x.doc.Blocks[ci].Links {
				if (isSlides(l.Href) || isRecording(l.Href)) && t.url == "" {
					t.url = l.Href
				}
			}
		}
	}
}

// abstractSpeech is how a talk's abstract speaks of it: "This keynote recounts", "In this
// talk", "you will learn", "attendees will".
var abstractSpeech = regexp.MustCompile(`(?i)\b(?:this|the)\s+(?:talk|keynote|session|workshop|presentation|lecture|tutorial)\b|\byou(?:'ll|’ll| will)\s+learn\b|\battendees will\b`)

// abstractUnder reports a section under heading hi that reads as a talk's abstract.
func (x *extraction) abstractUnder(hi int) bool {
	for bi := hi + 1; bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind != document.Heading; bi++ {
		if b := x.doc.Blocks[bi]; b.Kind == document.Paragraph && abstractSpeech.MatchString(b.Text) {
			return true
		}
	}
	return false
}

// nameSubtitle reports a heading right under a heading of a person's name and of a higher
// level ("### Ana Lima" over "#### Chief Experience Officer at Initech"): what the person
// does, not a talk's title.
func (x *extraction) nameSubtitle(bi int) bool {
	if bi == 0 {
		return false
	}
	h, prev := x.doc.Blocks[bi], x.doc.Blocks[bi-1]
	return prev.Kind == document.Heading && h.Kind == document.Heading && h.Level > prev.Level && x.looksLikeName(strings.TrimSpace(prev.Text)) && len(strings.Fields(prev.Text)) <= 4
}

// aboutLabel opens a speaker's bio: "About Ana Lima:", "About the speaker, Ana Lima:".
var aboutLabel = regexp.MustCompile(`^(?i:about)\s+(?:(?i:the)\s+(?i:speaker|presenter)\s*[,:-]?\s*)?([^:]{3,60}?)\s*:`)

// aboutSpeaker returns the person whose bio a paragraph of the section under heading hi opens
// with "About Name:", when the section has one such paragraph; else "".
func (x *extraction) aboutSpeaker(hi int) string {
	found := ""
	for ci := hi + 1; ci < len(x.doc.Blocks) && x.doc.Blocks[ci].Kind != document.Heading; ci++ {
		cb := x.doc.Blocks[ci]
		if cb.Kind != document.Paragraph {
			continue
		}
		m := aboutLabel.FindStringSubmatch(cb.Text)
		if m == nil || !x.looksLikeName(m[1]) || x.notAPerson(m[1]) {
			continue
		}
		if found != "" && found != m[1] {
			return ""
		}
		found = m[1]
	}
	return found
}

// skipContents sets aside the items of a page's table of contents (each item only a link to
// a place in the page: "[Talks in 2031](#2031)"): their text is the headings', not events or
// talks of its own.
func (x *extraction) skipContents() {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.ListItem || len(b.Links) != 1 || !strings.HasPrefix(b.Links[0].Href, "#") {
			continue
		}
		if l := b.Links[0]; strings.Trim(b.Text[:l.Start]+b.Text[l.End:], " *_.:-") == "" {
			x.agendaBlocks.add(bi)
		}
	}
}

// linkedEventAt reads the event a line names by a link after "at" or "@", other than the
// title's, and the venue in brackets right after it: "[Title](…) at [Porto JUG](…) (Initech),
// Porto". It returns "" for what the line does not give.
func (x *extraction) linkedEventAt(line *sentence, title string) (name, host string) {
	for _, l := range line.links {
		text := clean(line.text[l.Start:l.End])
		if text == "" || strings.Contains(text, title) || strings.Contains(title, text) || isProfileLink(l.Href) {
			continue
		}
		before := strings.TrimSpace(line.text[:l.Start])
		if !strings.HasSuffix(before, " at") && !strings.HasSuffix(before, "@") && before != "at" {
			continue
		}
		name = text
		if m := bracketAfter.FindStringSubmatch(line.text[l.End:]); m != nil && x.venueName(m[1]) {
			host = m[1]
		}
		return name, host
	}
	return "", ""
}

// bracketAfter is a name in brackets right after something: " (Initech)".
var bracketAfter = regexp.MustCompile(`^\s*\(([^()]{2,40})\)`)

// readTalkAtPlace reads a list item of a speaker's own talk list: a quoted or linked title and
// the place it was given, with the event and date if written ("[Offline Apps](talks/x) - Web
// Camp 2016, Ljubljana (March 12, 2016)", "August 8, Houston: “Intro to F#”"). The speaker is
// the post's author when named in full, else unnamed. The same title on several lines is one
// talk given in each place.
func (x *extraction) readTalkAtPlace(bi int) bool {
	b := x.doc.Blocks[bi]
	line := x.lineSentence(b, b.Lines()[0], bi)
	if len(strings.Fields(line.text)) > 40 {
		return false
	}
	title := ""
	for _, q := range quotes(line.text) {
		if t := cleanTitle(line.text[q[0]:q[1]]); len(strings.Fields(t)) >= 2 {
			title = t
			break
		}
	}
	if title == "" {
		for _, l := range line.links {
			t := cleanTitle(line.text[l.Start:l.End])
			// (a link to an event, "[@FooConf, May 6th](…)", names it and its dates: no title)
			if len(strings.Fields(t)) >= 2 && !isProfileLink(l.Href) && x.cities(&sentence{text: t, tokens: tokenize(t, nil, nil)}) == nil && !x.isEventName(t) &&
				!strings.HasPrefix(t, "@") && dateIn(t, x.published) == "" {
				title = t
				break
			}
		}
	}
	if title == "" || adminTitle(title) || x.namesSpeaker(line) {
		return false // "Ana Lima spoke at the Tartu JUG about [Title]": someone's talk, read as prose
	}
	var city *cityRef
	for _, c := range x.cities(line) {
		if inQuote(quotes(line.text), int(line.tokens[c.start].start)) || strings.Contains(title, c.written) {
			continue
		}
		// "Web Camp 2016, Ljubljana", "in Porto", "Braga:" but not "Cloud Summit"
		if k := c.start - 1; k < 0 || line.tokens[k].text() == "," || line.tokens[k].is("in", "at") || !line.tokens[k].cap && !isDigits(line.tokens[k].text()) {
			city = &c
			break
		}
	}
	if city == nil {
		return false
	}
	date := dateIn(line.text, x.published)
	name, host := x.linkedEventAt(line, title)
	e := x.eventOfKind(city, date, eventKind(line.text), name)
	if host != "" && e.host == "" {
		e.host, e.hostEv = host, &Evidence{Sentence: line.text, Confidence: 0.7}
	}
	var names []string
	if x.looksLikeName(x.author) {
		names = []string{x.authorName()}
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.7}
	return x.addTalk(title, "", linkFor(line, title), names, []*event{e}, ev, bi) != nil
}

// namesSpeaker reports a sentence that says who spoke: a clause that names its speakers as
// people (not "I", not the word after the "by" of "Growing by Sharing").
func (x *extraction) namesSpeaker(s *sentence) bool {
	for _, c := range x.clauses(s) {
		for _, r := range c.refs {
			if r.pron == notPronoun && (r.linked || x.personShaped(r.text)) {
				return true
			}
		}
	}
	return false
}

// isEventName reports a link text that names an event rather than a talk: a conference or
// meetup word, or a year ("Web Camp 2016", "Voxxed Days Bristol").
func (x *extraction) isEventName(t string) bool {
	return eventKind(t) != "" || hasYear(t) || eventWordIn(t) || groupWordIn(t)
}

// groupWordIn reports a name that says it is a community group, whose meetings are events:
// "Porto JUG", "GDG Tartu", "NimbusJUG", "Tartu User Group". A group of people in a title
// ("Transitioning a Group") is none.
func groupWordIn(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		// the acronyms are written in capitals: "a jug of water" names no group
		if userGroupWords[w] || len(w) > 3 && strings.HasSuffix(w, "JUG") || strings.EqualFold(w, "usergroup") {
			return true
		}
	}
	lower := strings.ToLower(s)
	return strings.Contains(lower, "user group") || strings.Contains(lower, "users group") || strings.Contains(lower, "users' group")
}

// userGroupWords are the short names of community groups, as they are written.
var userGroupWords = map[string]bool{"JUG": true, "GDG": true, "UG": true, "PUG": true, "LUG": true}

// readTitleOverSpeakers reads an agenda item that holds a talk's title, with its speakers in
// the items nested under it:
//
//   - 17:30 - 17:55: Tracing Without Tears
//   - Ana Lima, Initech
//   - Slides: https://example.org/s
func (x *extraction) readTitleOverSpeakers(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	line := x.lineSentence(b, b.Lines()[0], bi)
	text := listBullet.ReplaceAllString(line.text, "")
	m := listTime.FindString(text)
	if m == "" {
		m = listLabel.FindString(text)
	}
	bold := m == "" && len(b.Lines()) == 1 && wholeSpan(b, strings.TrimSpace(text))
	if lead, ok := boldLead(b, strings.TrimSpace(text)); m == "" && !bold && ok {
		// "**Tracing Without Tears**: [Slides] [Recording]": the title set apart, then its
		// material
		text, bold = lead, true
	}
	if m == "" && !bold {
		return false // only an agenda slot or a title set apart says that nested names are its speakers
	}
	title := cleanTitle(strings.TrimSpace(text[len(m):]))
	if title != "" && adminTitle(title) && x.consumeSpeakerKids(bi) {
		return true // "**Welcome and opening**" over "Ana Lima, Organizer, Initech": no talk, and no title in her line
	}
	if title == "" || adminTitle(title) || !plainTitle(title) {
		return false
	}
	if bold && !x.panelTitle(b, title) {
		return false
	}
	var speakers []listedSpeaker
	var kids []int
	roled := 0 // items that give a role and a company: "Ana Lima, Staff Engineer, Initech"
	for ci := bi + 1; ci < len(x.doc.Blocks); ci++ {
		c := x.doc.Blocks[ci]
		if c.Kind != document.ListItem || c.Level <= b.Level {
			break
		}
		kids = append(kids, ci)
		if bold && c.Level > b.Level+1 {
			continue // a panelist's own details, nested under them
		}
		sp := x.speakerItem(ci)
		if len(sp) == 0 {
			sp = x.panelist(ci, panelWord.MatchString(text))
		}
		if len(sp) == 0 && bold && !moderatorLine.MatchString(c.Text) {
			return false // under a bold title, every item must name a panelist
		}
		speakers = append(speakers, sp...)
		if len(sp) == 1 && roleLine(c.Text) {
			roled++
		}
	}
	if len(speakers) == 0 || bold && !x.panelList(b, title, speakers) && roled < len(speakers) {
		return false // (under a title set apart, speakers each given a role and a company give the talk)
	}
	for _, ci := range kids {
		x.agendaBlocks.add(ci)
	}
	return x.addListing(bi, line, listing{title: title, speakers: speakers}, events)
}

// readLinkedTitleBracketedSpeaker reads a list item that opens with a talk's linked title,
// then its speakers in brackets and a colon, then what the writer says of it, the item often
// wrapped over several lines: "[Quiet Queues](…) (Ana Lima): Ana showed us how ...".
func (x *extraction) readLinkedTitleBracketedSpeaker(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if b.Kind != document.ListItem || len(b.Links) == 0 {
		return false
	}
	lead := len(b.Text) - len(strings.TrimLeft(b.Text, " -*•"))
	l := b.Links[0]
	if l.Start != lead || l.End+2 >= len(b.Text) || !strings.HasPrefix(b.Text[l.End:], " (") {
		return false
	}
	closeAt := strings.Index(b.Text[l.End:], ")")
	if closeAt < 0 || !strings.HasPrefix(strings.TrimLeft(b.Text[l.End+closeAt+1:], " "), ":") {
		return false
	}
	who := strings.Join(strings.Fields(b.Text[l.End+2:l.End+closeAt]), " ") // (a name wrapped over two lines)
	sp, ok := x.readSpeakers(x.lineSentence(b, [2]int{0, len(b.Text)}, bi), who, l.End+2)
	if !ok || !namedPeople(sp) {
		return false
	}
	title := cleanTitle(b.Text[l.Start:l.End])
	if title == "" || !plainTitle(title) || x.notAPerson(who) && !namedPeople(sp) {
		return false
	}
	names := make([]string, len(sp))
	for i, p := range sp {
		names[i] = p.name
	}
	return x.addTalk(title, "", l.Href, names, events, Evidence{Sentence: b.Text, Confidence: 0.85}, bi) != nil
}

// readBoldNameTitle reads a line that opens with a person's name in bold and goes on with a
// talk's title, with no word between ("**Ana Lima** Quiet Queues in Practice", "__Bo Chen__
// Keynote! Fuzzing for Fun"): the bold sets the name apart as a separator would. The name
// must start with a known given name (or be someone the post names), and what follows must
// read as a title, not as a clause about the person ("**Ana Lima** gave a talk on ...").
func (x *extraction) readBoldNameTitle(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if len(b.Breaks) > 0 || len(b.Spans) == 0 {
		return false
	}
	text := listBullet.ReplaceAllString(b.Text, "")
	at := len(b.Text) - len(text)
	lead := strings.TrimLeft(text, " ")
	at += len(text) - len(lead)
	var name string
	end := -1
	for _, sp := range b.Spans {
		if sp.Strong && sp.Start == at {
			name, end = strings.TrimSpace(strings.TrimRight(b.Text[sp.Start:sp.End], ":")), sp.End
			break
		}
	}
	if end < 0 || !x.looksLikeName(name) || x.notAPerson(name) || !givenName(name) && x.lookupPerson(name) == nil {
		return false
	}
	rest := strings.TrimSpace(b.Text[end:])
	rest = strings.TrimSpace(strings.TrimLeft(rest, ":–—-|·"))
	rest = strings.TrimSpace(boldNameKind.ReplaceAllString(rest, ""))
	first, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘«", first) || namedTitle.MatchString(rest)) {
		return false // "**Ana Lima** gave a talk on ...": a clause, read as prose
	}
	title := cleanTitle(rest)
	words := strings.Fields(title)
	if len(words) < 2 || !plainTitle(title) || adminTitle(title) || strings.HasSuffix(title, ".") && !strings.HasSuffix(title, "...") || strings.ContainsAny(title, "!") || x.isLocation(title) || x.looksLikeName(title) {
		return false
	}
	if v := strings.ToLower(words[0]); giveVerbs[v] || speakVerbs[v] || v == "is" || v == "was" {
		return false
	}
	if roleish(title) || x.roleTitleOf(title) || len(x.cityList(&sentence{text: title, tokens: tokenize(title, nil, nil)})) > 0 {
		return false // "**Ana Lima** Staff Engineer at Initech", "**Bo Chen** Porto and Ghent": who or where, no title
	}
	if strings.Contains(strings.ToLower(title), "credit") {
		return false // "**Ana Lima** Photo Credits and Video Editing"
	}
	if h := b.Section; h >= 0 && peopleHeading(x.doc.Blocks[h].Text) {
		return false // under "## Organizers", "## Credits": the people of the evening, not its talks
	}
	link := ""
	for _, l := range b.Links {
		if l.Start >= end {
			link = l.Href
			break
		}
	}
	return x.addTalk(title, "", link, []string{name}, events, Evidence{Sentence: b.Text, Confidence: 0.8}, bi) != nil
}

// roleTitleOf reports a text that gives a role and where it is held: "Staff Engineer at
// Initech", "Developer Advocate, Globex".
func (x *extraction) roleTitleOf(text string) bool {
	for _, sep := range []string{" at ", " @ ", ", ", " for "} {
		if role, _, ok := strings.Cut(text, sep); ok && roleish(strings.TrimSpace(role)) {
			return true
		}
	}
	return false
}

// peopleHeading reports a heading over people rather than talks: "Organizers", "Credits",
// "Testimonials", "Team", "Thanks".
func peopleHeading(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if peopleGroupWords[w] && w != "speakers" && w != "speaker" && w != "presenters" || w == "credits" || w == "testimonials" || w == "quotes" || w == "feedback" || w == "photos" || w == "pictures" || w == "gallery" {
			return true
		}
	}
	return false
}

// namedTitle opens a title with the name of what it presents, in lower case, then a colon or
// a dash: "tracekit: tracing for the rest of us", "quietq - queues at rest".
var namedTitle = regexp.MustCompile(`^[\p{Ll}\d][\p{L}\d._-]*(?::\s|\s[-–—]\s)\S`)

// boldNameKind is the kind of talk written between a bold name and its title: "Keynote!",
// "Keynote:", "Lightning talk -".
var boldNameKind = regexp.MustCompile(`(?i)^(?:opening |closing )?(?:keynote|lightning talk|workshop|tutorial)\s*[!:\-–—]?\s+`)

// readTitleUnderEvent reads, on a speaker's page of talks, a paragraph that is only a talk's
// title (with its material) right under a heading that names the event it was given at
// ("### FooConf 2031, Porto" over "Quiet Queues ([slides](…))"): the owner's talk there.
func (x *extraction) readTitleUnderEvent(bi int) bool {
	b := x.doc.Blocks[bi]
	if bi == 0 || len(b.Breaks) > 0 || x.doc.Blocks[bi-1].Kind != document.Heading || len(x.ownerNames()) == 0 {
		return false
	}
	evs := x.sectionEvs[bi-1]
	if len(evs) == 0 || strings.Count(b.Text, " ") > 20 || strings.ContainsAny(b.Text, ".!?") && !strings.Contains(b.Text, "(") {
		return false // a sentence, not a title alone (asked before the expressions are)
	}
	title := strings.TrimSpace(materialTail.ReplaceAllString(bracketedMaterial.ReplaceAllString(b.Text, ""), ""))
	title = cleanTitle(title)
	words := strings.Fields(title)
	if len(words) < 2 || len(words) > 14 || !plainTitle(title) || strings.HasSuffix(title, ".") || !titleCased(title) && len(words) > 6 || x.isLocation(title) || givenName(title) {
		return false
	}
	link := ""
	if len(b.Links) > 0 {
		link = b.Links[0].Href
	}
	return x.addTalk(title, "", link, x.ownerNames(), evs, Evidence{Sentence: b.Text, Confidence: 0.7}, bi) != nil
}

// bracketedMaterial is a talk's material in brackets after its title: " (slides)", " (video,
// slides)".
var bracketedMaterial = regexp.MustCompile(`(?i)\s*\((?:\s*(?:slides?|video|recording|deck|code|pdf|demo)\s*[,/&]?\s*)+\)\s*$`)

// topicLeadIn is the line before a list of talks that names them by their topics only: "This
// time we have 3 talks, on these topics:", "Two talks are lined up:", "The talks, and their
// titles:".
var topicLeadIn = regexp.MustCompile(`(?i)(?:\b(?:\d+|two|three|four|five|six)\s+(?:talks|presentations|lightning\s+talks|sessions)\b[^:]*|\btalks\b[^:]*\b(?:topics?|titles?)\b[^:]*):\s*$`)

// lastSentenceOf returns the last sentence of a paragraph's text: what follows its last
// full stop, question or exclamation mark before the end.
func lastSentenceOf(text string) string {
	t := strings.TrimSpace(text)
	cut := 0
	for i := 0; i+1 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' {
			cut = i + 2
		}
	}
	return t[cut:]
}

// notTopicLeadIn is a lead-in that counts the talks but lists something else: "Two talks
// tonight, so please bring:", "Three talks, so remember to register:".
var notTopicLeadIn = regexp.MustCompile(`(?i)\b(?:bring|need|needs|remember|please|forget|register|sign\s+up|rsvp|thank|thanks)\b`)

// readTopicItem reads an item of a list that a lead-in says holds talks named by their topics
// (topicLeadIn): each item that reads as a title, naming no one, is a talk whose speaker the
// post does not name.
func (x *extraction) readTopicItem(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if b.Kind != document.ListItem || b.Level != 0 || len(b.Breaks) > 0 {
		return false
	}
	from, _ := x.listSpan(bi)
	if from == 0 || bi-from > 8 {
		return false
	}
	lead := x.doc.Blocks[from-1]
	if last := lastSentenceOf(lead.Text); lead.Kind != document.Paragraph || !topicLeadIn.MatchString(last) || notTopicLeadIn.MatchString(last) {
		return false
	}
	sents := x.block(bi)
	if len(sents) != 1 {
		return false
	}
	for _, r := range x.names(sents[0]) {
		if r.linked || r.pron != notPronoun || !r.single && givenName(r.text) {
			return false // "Ana Lima on queues": a speaker, for the other readers
		}
	}
	title := cleanTitle(strings.TrimSpace(listBullet.ReplaceAllString(b.Text, "")))
	if n := len(strings.Fields(title)); n < 2 || n > 14 || !plainTitle(title) || adminTitle(title) || strings.HasSuffix(title, ".") || dateIn(title, x.published) != "" {
		return false
	}
	link := ""
	if len(b.Links) == 1 {
		link = b.Links[0].Href
	}
	return x.addTalk(title, "", link, nil, events, Evidence{Sentence: lead.Text + " " + b.Text, Confidence: 0.6}, bi) != nil
}

// roleLine reports a line that names someone with a role and where they hold it, in parts
// set off by commas: "Ana Lima, Staff Engineer, Initech".
func roleLine(text string) bool {
	parts := splitOutsideParens(text)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if roleish(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// roleish reports a part of a line that reads as a title someone holds: a job title
// (roleText), or words that end in a role's head ("Computer Science Student", "CNCF
// Ambassador").
func roleish(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	return roleText(p) || roleHeadEnds(last) || extraRoleWords[last] || titleHeads[last]
}

// consumeSpeakerKids marks the items nested under list item bi as read when each names a
// person (speakerItem): the people of an item that states no talk ("Welcome and opening"),
// whose lines no other reader should take for talks.
func (x *extraction) consumeSpeakerKids(bi int) bool {
	b := x.doc.Blocks[bi]
	var kids []int
	for ci := bi + 1; ci < len(x.doc.Blocks); ci++ {
		c := x.doc.Blocks[ci]
		if c.Kind != document.ListItem || c.Level <= b.Level {
			break
		}
		if len(x.speakerItem(ci)) == 0 {
			return false
		}
		kids = append(kids, ci)
	}
	for _, ci := range kids {
		x.agendaBlocks.add(ci)
	}
	return len(kids) > 0
}

// materialOnly is what may follow a title set apart in an agenda item: a colon and the labels
// of the talk's material ("[Slides] [Recording]", "Video | Code").
var materialOnly = regexp.MustCompile(`(?i)^[\s:–—-]*(?:\[*(?:slides?|deck|recording|video|youtube|pdf|code|demo|repo|notes|abstract)\]*[\s,|/·]*)*$`)

// boldLead returns the bold span that opens text, a line of block b, when all that follows it
// is the talk's material (materialOnly).
func boldLead(b document.Block, text string) (string, bool) {
	at := strings.Index(b.Text, text)
	if at < 0 || text == "" {
		return "", false
	}
	for _, sp := range b.Spans {
		if sp.Start <= at && sp.End > at && sp.End < at+len(text) && materialOnly.MatchString(b.Text[sp.End:at+len(text)]) {
			return strings.TrimSpace(b.Text[at:sp.End]), true
		}
	}
	return "", false
}

// panelWord names a discussion of several people on stage: "Panel:", "Panel discussion",
// "Roundtable", "Fireside chat", "Podiumsdiskussion", "Mesa redonda", "Table ronde".
var panelWord = regexp.MustCompile(`(?i)\b(?:panel(?:\s+discussion)?|panels|roundtable|round\s+table|fireside\s+chat|podiumsdiskussion|podiumsgespräch|mesa\s+redonda|table\s+ronde|tavola\s+rotonda|debate|ask\s+me\s+anything|ama)\b`)

// peopleGroupWords name a group of people a list may follow that is no panel: "Our
// organizers", "Meet the team", "Thanks to our sponsors".
var peopleGroupWords = set(`team teams organizers organisers organizer organiser organizing organising committee
hosts host sponsors sponsor speakers speaker presenters people members board contributors mentors judges
volunteers thanks attendees staff crew who authors maintainers partners founders community jury`)

// moderatorLine names who moderates a panel: "Moderator: Ana Lima", "Moderated by Ana Lima",
// "Ana Lima (moderator)". The moderator leads the panel and is no panelist.
var moderatorLine = guard(regexp.MustCompile(`(?i)^\s*(?:moderat(?:or|ors|ed\s+by|ion)|host(?:ed\s+by)?|mc|emcee|chair(?:ed\s+by)?)\b|\(\s*moderat(?:or|ing)\s*\)\s*$`),
	"moderat", "host", "mc", "chair")

// panelTitle reports whether a title set apart (a heading, a bold line) over a list of people
// can be a panel's title: it says "panel", or reads as a talk's title and not as the name of a
// group of people ("Our organizers") or of a part of the post ("Speakers", "Talks").
func (x *extraction) panelTitle(b document.Block, title string) bool {
	if panelWord.MatchString(title) {
		return true
	}
	low := strings.ToLower(strings.Trim(title, " :*_"))
	if sectionWords[low] || labelWords[low] || partHeading(title) || leadIn.MatchString(low) || talkListHeading(title) || lightningTalks.MatchString(title) ||
		slotHeading(title) || dateIn(title, time.Time{}) != "" || len(strings.Fields(title)) < 2 || strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
		return false
	}
	// "Our organizers", "Meet the team", "Thanks to our sponsors": a short heading that names
	// a group ("Scaling Teams Without Scaling Pain" is a title that speaks of one)
	words := strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) <= 4 {
		for _, w := range words {
			if peopleGroupWords[w] {
				return false
			}
		}
	}
	return true
}

// panelList reports whether the speakers read from the list under a title set apart are a
// panel's: with a title that says "panel", one or more people; with any other title, two or
// more, each said to work somewhere and half of them or more named by a known given name, so
// that a list of names, or of places ("Cafe Lume, Lisbon"), under a heading is no panel.
func (x *extraction) panelList(b document.Block, title string, sp []listedSpeaker) bool {
	if panelWord.MatchString(title) {
		return len(sp) >= 1
	}
	if len(sp) < 2 {
		return false
	}
	given := 0
	for _, p := range sp {
		if p.company == "" || dateIn(p.company, time.Time{}) != "" {
			return false
		}
		if givenName(p.name) {
			given++
		}
	}
	return 2*given >= len(sp)
}

// panelistItem reads a list item that names one panelist and where they work, in the forms
// speakerItem leaves: "Ana Lima - Initech", "*Ana Lima* – Quillfeather Labs", "Ana Lima |
// Staff Engineer, Initech". The name must read as a person's; after it, one to four
// capitalized words (a company shaped like a name, "Nimbus Forge") or a role and a company.
func (x *extraction) panelistItem(bi int) []listedSpeaker {
	return x.panelist(bi, false)
}

// panelist reads list item bi as one panelist (see panelistItem). Under a title that says
// "panel", loose, a name of capitalized words is a person's even with no given name known.
func (x *extraction) panelist(bi int, loose bool) []listedSpeaker {
	b := x.doc.Blocks[bi]
	return x.panelistLine(x.lineSentence(b, [2]int{0, len(b.Text)}, bi), loose)
}

// panelistLine reads one line as a panelist (see panelist).
func (x *extraction) panelistLine(s *sentence, loose bool) []listedSpeaker {
	text := strings.TrimSpace(listBullet.ReplaceAllString(s.text, ""))
	if moderatorLine.MatchString(text) || len(strings.Fields(text)) > 14 {
		return nil
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", " · ", ", "} {
		i := strings.Index(text, sep)
		if i <= 0 {
			continue
		}
		name, rest := strings.TrimSpace(strings.Trim(text[:i], "*_ ")), strings.TrimSpace(strings.Trim(text[i+len(sep):], "*_ "))
		if !x.isPersonName(s, name, true) || x.titleNotCompany(rest) {
			return nil // ("Ana Lima - Quiet Queues in Go" names her talk)
		}
		c, ok := x.companyPart(withoutTrailingRole(rest))
		sure := ok && c != "" && !x.looksLikeName(c) // "Initech Labs", "Staff Engineer at Initech"
		if !ok {
			c, ok = x.parenCompany(rest)
		}
		if !ok && len(strings.Fields(rest)) == 1 && startsUpper(rest) && !givennames.Is(rest) && !x.isLocation(rest) {
			c, ok = rest, true
		}
		if !ok || givenName(rest) {
			return nil // "Ana Lima - Bo Chen": two people; "Ana Lima - Quiet Queues at Rest": a talk
		}
		// the name is a person's by a known given name, a profile link or emphasis of its own,
		// or the words after it are surely a company
		if !loose && !givenName(name) && !x.linkedProfile(s, name) && !emphasized(s, name) && !sure {
			return nil
		}
		return []listedSpeaker{{name: name, company: c}}
	}
	return nil
}

// emphasized reports whether text stands in s set apart in bold or italics as a whole.
func emphasized(s *sentence, text string) bool {
	i := strings.Index(s.text, text)
	for _, sp := range s.spans {
		if i >= 0 && sp.Start <= i && i+len(text) <= sp.End && strings.TrimSpace(s.text[sp.Start:sp.End]) == text {
			return true
		}
	}
	return false
}

// peopleLine reports whether list item bi, read as "Name - Words", is rather a person and
// their company in a list of people: at least half of the other items of its list name a
// person and a company in forms no title takes ("Ana Lima (Initech)", "Bo Chen, Staff
// Engineer at Initech"), and the item reads as a panelist (panelistItem). "- Ana Lima -
// Quarrystone" under "Our organizers" names where Ana works, and no talk.
func (x *extraction) peopleLine(bi int) bool {
	if len(x.panelistItem(bi)) == 0 {
		return false // (the cheaper test first)
	}
	from, _ := x.listSpan(bi)
	level := x.doc.Blocks[bi].Level
	key := [2]int{from, level}
	if x.peopleLists == nil {
		x.peopleLists = map[[2]int][2]int{}
	}
	counts, ok := x.peopleLists[key]
	if !ok {
		counts = x.countPeopleItems(from, level)
		x.peopleLists[key] = counts
	}
	// bi reads as a listing, so it is no person's line of those counted; it is one of the items
	people, items := counts[0], counts[1]
	others := items - 1
	return others > 0 && 2*people >= others
}

// maxPeopleItems bounds the items of a list peopleLine reads.
const maxPeopleItems = 40

// countPeopleItems counts, of the first items at level of the list from block from, those that
// name only a person and a company (and read as no listing), and all of them.
func (x *extraction) countPeopleItems(from, level int) [2]int {
	people, items := 0, 0
	for k := from; k < len(x.doc.Blocks) && x.doc.Blocks[k].Kind == document.ListItem && items < maxPeopleItems; k++ {
		c := x.doc.Blocks[k]
		if c.Level != level {
			continue
		}
		items++
		if sp := x.speakerItem(k); len(sp) == 0 || sp[0].company == "" {
			continue
		}
		if _, ok := x.readListing(x.lineSentence(c, [2]int{0, len(c.Text)}, k)); !ok {
			people++
		}
	}
	return [2]int{people, items}
}

// readPanelOver reads a heading or a paragraph set apart in bold that titles a panel, over the
// list of its panelists: one talk, the title's, with every panelist a speaker and their
// companies read as their affiliations.
//
//	## Panel: The Future of Internal Platforms
//	- Ana Lima - Initech
//	- *Bo Chen* - Nimbus Forge
//	- Cleo Park (Quillfeather Labs)
//	- Dev Shah, Staff Engineer at Umbrella
//
// A lead-in paragraph ("Panelists:") or a moderator's line may stand between the title and
// the list; the list's items nested deeper (a panelist's links) are passed over.
func (x *extraction) readPanelOver(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	text := strings.TrimSpace(b.Text)
	if b.Kind == document.Paragraph && len(b.Breaks) > 0 {
		return x.readPanelLines(bi, events)
	}
	if b.Kind != document.Heading && b.Kind != document.Paragraph || b.Kind == document.Paragraph && !wholeSpan(b, text) || len(x.block(bi)) == 0 {
		return false
	}
	if b.Kind == document.Heading && len(x.sectionEvs[bi]) > 0 {
		return false // a heading that names a meetup over its people
	}
	body := text
	kind := ""
	if m := listLabel.FindStringSubmatch(body); m != nil {
		body, kind = body[len(m[0]):], strings.ToLower(m[1])
	}
	title := cleanTitle(strings.TrimSpace(strings.Trim(body, "*_ ")))
	if title == "" || adminTitle(title) || !plainTitle(title) || !x.panelTitle(b, text) {
		return false
	}
	li := bi + 1
	for skipped := 0; li < len(x.doc.Blocks) && x.doc.Blocks[li].Kind == document.Paragraph && skipped < 2; skipped++ {
		p := strings.TrimSpace(x.doc.Blocks[li].Text)
		if !moderatorLine.MatchString(p) && !(strings.HasSuffix(p, ":") && len(strings.Fields(p)) <= 6) {
			break
		}
		li++
	}
	if li >= len(x.doc.Blocks) || x.doc.Blocks[li].Kind != document.ListItem || x.agendaBlocks.has(li) {
		return false
	}
	level := x.doc.Blocks[li].Level
	var speakers []listedSpeaker
	var items []int
	for ci := li; ci < len(x.doc.Blocks); ci++ {
		c := x.doc.Blocks[ci]
		if c.Kind != document.ListItem || c.Level < level {
			break
		}
		items = append(items, ci)
		if c.Level > level {
			continue
		}
		if moderatorLine.MatchString(c.Text) {
			continue
		}
		sp := x.speakerItem(ci)
		if len(sp) == 0 {
			sp = x.panelist(ci, panelWord.MatchString(text))
		}
		if len(sp) == 0 {
			return false // every item must name a panelist
		}
		speakers = append(speakers, sp...)
	}
	if len(speakers) > 12 || !x.panelList(b, text, speakers) {
		return false
	}
	if kind == "panel" || kind == "panel discussion" {
		kind = "panel"
	} else if kind != "" && kind != "fireside chat" {
		kind = ""
	}
	line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	if !x.addListing(bi, line, listing{title: title, kind: kind, speakers: speakers}, x.eventsFor(li, events)) {
		return false
	}
	for _, ci := range items {
		x.agendaBlocks.add(ci)
	}
	return true
}

// readPanelLines reads a paragraph whose first line, set apart in bold, titles a panel and
// whose other lines each name a panelist:
//
//	**Panel: Who Owns the Pager?**
//	Ana Lima - Initech
//	Bo Chen (Nimbus Forge)
func (x *extraction) readPanelLines(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if len(lines) < 2 || len(lines) > 13 {
		return false
	}
	head := lineText(b, lines[0])
	if !wholeSpan(b, head) {
		return false
	}
	body, kind := head, ""
	if m := listLabel.FindStringSubmatch(body); m != nil {
		body, kind = body[len(m[0]):], strings.ToLower(m[1])
	}
	title := cleanTitle(strings.TrimSpace(strings.Trim(body, "*_ ")))
	if title == "" || adminTitle(title) || !plainTitle(title) || !x.panelTitle(document.Block{Kind: document.Paragraph, Text: head}, head) {
		return false
	}
	loose := panelWord.MatchString(head)
	var speakers []listedSpeaker
	for _, r := range lines[1:] {
		s := x.lineSentence(b, r, bi)
		if moderatorLine.MatchString(s.text) {
			continue
		}
		var sp []listedSpeaker
		if !strings.Contains(s.text, ": ") && len(strings.Fields(s.text)) <= 12 {
			sp, _ = x.readSpeakers(s, s.text, 0)
		}
		if len(sp) == 0 {
			sp = x.panelistLine(s, loose)
		}
		if len(sp) == 0 {
			return false
		}
		speakers = append(speakers, sp...)
	}
	if !x.panelList(b, head, speakers) {
		return false
	}
	if kind != "panel" && kind != "panel discussion" && kind != "fireside chat" {
		kind = ""
	} else if kind == "panel discussion" {
		kind = "panel"
	}
	line := x.lineSentence(b, lines[0], bi)
	return x.addListing(bi, line, listing{title: title, kind: kind, speakers: speakers}, x.eventsFor(bi, events))
}

// readSpeakersOverTitle reads an archive's item whose line names the speakers, after an
// optional date, over a line that is the title set apart (bold, or a heading inside the item):
//
//	May 2031 - Ana Lima / Bo Chen
//	**Sharding the Ledger / Queues at Rest**
//
// Speakers and titles split by " / " in equal numbers pair up in order (one talk each);
// otherwise the speakers gave the one title together. Every speaker must be named as a person,
// so that "Everyone" over "Open Space Evening" is no talk.
func (x *extraction) readSpeakersOverTitle(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	read := false
	for k := 0; k+1 < len(lines); k++ {
		who := x.lineSentence(b, lines[k], bi)
		head := listDate.ReplaceAllString(listBullet.ReplaceAllString(who.text, ""), "")
		head = strings.TrimSpace(head)
		if head == "" || strings.ContainsAny(head, ":\"“”") || len(strings.Fields(head)) > 16 {
			continue
		}
		what := x.lineSentence(b, lines[k+1], bi)
		title, end, ok := markedPhrase(what, 0, true)
		if !ok || strings.TrimSpace(what.text[end:]) != "" || title == "" || adminTitle(title) {
			continue
		}
		names := strings.Split(head, " / ")
		var groups [][]listedSpeaker
		for _, n := range names {
			sp, ok := x.readSpeakers(who, n, strings.Index(who.text, n))
			if !ok || !givenNamed(sp) {
				groups = nil
				break
			}
			groups = append(groups, sp)
		}
		if len(groups) == 0 {
			continue
		}
		titles := strings.Split(title, " / ")
		if len(titles) != len(groups) {
			titles = []string{title}
			var all []listedSpeaker
			for _, g := range groups {
				all = append(all, g...)
			}
			groups = [][]listedSpeaker{all}
		}
		for i, t := range titles {
			if l := (listing{title: strings.TrimSpace(t), speakers: groups[i]}); x.validListing(l) && x.addListing(bi, what, l, events) {
				read = true
			}
		}
		k++
	}
	return read
}

// readTitleOverSpeakerLine reads a paragraph whose first two lines are a talk's title set apart
// (bold, or a link) over a line that names its speaker and what they do, and whose further
// lines, if any, say more of the talk (a recap's comment on it):
//
//	**Tracing Without Tears**
//	Ana Lima | Staff Engineer, Initech
//
// as conference and meetup programmes write a session under its time. The speaker's line is
// the name, a separator (|, ·, a dash, a comma) and the affiliation; a name in a script without
// capitals (Korean, Chinese, Japanese) is read as one when it is short and all letters. The
// layout must repeat: one such paragraph alone in a post is no programme.
func (x *extraction) readTitleOverSpeakerLine(bi int, events []*event) bool {
	if x.titleOverSpeakers == nil {
		// read every block once, on the first paragraph: the layout counts only when it repeats
		x.titleOverSpeakers = map[int]listing{}
		x.titleOverPlaces = map[int]*event{}
		for ci := range x.doc.Blocks {
			if l, ok := x.titleOverSpeakerLine(ci); ok {
				x.titleOverSpeakers[ci] = l
			}
		}
	}
	l, ok := x.titleOverSpeakers[bi]
	if !ok || len(x.titleOverSpeakers) < 2 {
		return false
	}
	b := x.doc.Blocks[bi]
	line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	if e := x.titleOverPlaces[bi]; e != nil {
		events = []*event{e}
	}
	return x.addListing(bi, line, l, events)
}

// titleOverSpeakerLine reads block bi as a title over a speaker's line (see
// readTitleOverSpeakerLine).
func (x *extraction) titleOverSpeakerLine(bi int) (listing, bool) {
	b := x.doc.Blocks[bi]
	if b.Kind != document.Paragraph || len(b.Breaks) == 0 || len(x.block(bi)) == 0 {
		return listing{}, false
	}
	lines := b.Lines()
	first := x.lineSentence(b, lines[0], bi)
	head := strings.TrimSpace(first.text)
	marked := false
	for _, sp := range first.spans {
		marked = marked || sp.Strong && strings.TrimSpace(first.text[sp.Start:sp.End]) == head
	}
	for _, l := range first.links {
		marked = marked || strings.TrimSpace(first.text[l.Start:l.End]) == head && !isProfileLink(l.Href)
	}
	title := cleanTitle(head)
	if !marked || title == "" || adminTitle(title) || labelWords[strings.ToLower(title)] {
		return listing{}, false
	}
	second := x.lineSentence(b, lines[1], bi)
	text := strings.TrimSpace(second.text)
	if len(text) > 120 {
		return listing{}, false
	}
	name, rest := text, ""
	for _, sep := range []string{": ", " | ", " · ", " – ", " — ", " - ", ", "} {
		if i := strings.Index(text, sep); i > 0 {
			name, rest = strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(sep):])
			break
		}
	}
	if !x.isPersonName(second, name, true) && !uncasedName(name) {
		return listing{}, false
	}
	sp := listedSpeaker{name: name}
	if rest != "" {
		if c, ok := x.companyPart(withoutTrailingRole(rest)); ok {
			sp.company = c
		} else if c, date := x.whenAndWhere(rest); c != nil {
			// "Ana Lima: Wed, 17 May, Oldenburg": when and where she gives it
			x.titleOverPlaces[bi] = x.eventFor(c, date, "")
		}
	}
	return listing{title: title, marked: true, speakers: []listedSpeaker{sp}}, true
}

// whenAndWhere reads a line's part that says only when and where: a date and a city, in any
// order, split by commas ("Wed, 17 May, Oldenburg", "Oldenburg, 17.05.2031").
func (x *extraction) whenAndWhere(text string) (*cityRef, string) {
	parts := strings.Split(text, ",")
	var city *cityRef
	rest := make([]string, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if c := x.cityPart(p); c != nil && city == nil {
			city = c
			continue
		}
		rest = append(rest, p)
	}
	when := strings.Join(rest, ", ")
	date := dateIn(when, x.published)
	if city == nil || date == "" {
		return nil, ""
	}
	return city, date
}

// uncasedName reports a short name written in a script without capitals: one to three words
// of letters only, none of them Latin ("박태웅", "山田 太郎").
func uncasedName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || utf8.RuneCountInString(s) > 12 {
		return false
	}
	for _, r := range s {
		if r == ' ' {
			continue
		}
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) || unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// withoutTrailingRole drops the job title written after a company: "Initech CTO" is "Initech".
// A role written before the company ("Staff Engineer, Initech", "CTO at Initech") is left to
// companyPart and employerPart, which read those forms for every listing.
func withoutTrailingRole(s string) string {
	words := strings.Fields(s)
	for len(words) > 1 && (roleWords[strings.ToLower(words[len(words)-1])] || extraRoleWords[strings.ToLower(words[len(words)-1])]) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// speakerItem reads a list item that names only people ("Ana Lima, Community Ambassador, Initech").
func (x *extraction) speakerItem(bi int) []listedSpeaker {
	b := x.doc.Blocks[bi]
	s := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	if strings.Contains(s.text, ": ") || len(strings.Fields(s.text)) > 12 {
		return nil // "Slides: ...", or a sentence
	}
	sp, ok := x.readSpeakers(s, s.text, 0)
	if !ok {
		return x.roleLinePerson(s.text)
	}
	return sp
}

// notCompanyWords stand where a line of a person's role would put the employer, and name none.
var notCompanyWords = map[string]bool{"remote": true, "freelance": true, "freelancer": true, "independent": true, "self-employed": true,
	"retired": true, "student": true, "unemployed": true, "open to work": true, "available": true, "hiring": true, "tbd": true, "tba": true}

// titleHeads end a title someone holds that is no job: "Community Ambassador", "Guest Lecturer".
var titleHeads = set(`ambassador lecturer intern fellow member volunteer`)

// roleLinePerson reads a line of three parts set off by commas, a person's name (with an
// optional handle), their role and where they hold it ("Ana Lima @alima, Computer Science
// Student, University of Tartu"): a role in the middle makes the first part a name even when
// the given-name list does not know it. A place in the last part is no company.
func (x *extraction) roleLinePerson(text string) []listedSpeaker {
	parts := splitOutsideParens(text)
	if len(parts) != 3 {
		return nil
	}
	name := strings.TrimSpace(parts[0])
	if m := nameThenHandle.FindStringSubmatch(name); m != nil {
		name = m[1]
	}
	if !roleish(strings.TrimSpace(parts[1])) {
		return nil
	}
	if n := len(strings.Fields(name)); n < 2 || n > 4 || !x.looksLikeName(name) || x.notAPerson(name) || x.isLocation(name) {
		return nil
	}
	company := strings.TrimSpace(parts[2])
	if i := strings.Index(company, " ("); i > 0 {
		company = strings.TrimSpace(company[:i]) // "Globex (remote)"
	}
	first, _ := utf8.DecodeRuneInString(company)
	if len(strings.Fields(company)) > 6 || x.isLocation(company) || dateIn(company, time.Time{}) != "" || bareMonthYear.MatchString(company) ||
		!unicode.IsUpper(first) && !unicode.IsDigit(first) && strings.Contains(company, " ") || notCompanyWords[strings.ToLower(company)] {
		company = "" // "Freelance Engineer, Remote", "Developer Advocate, since 2029": no employer
	}
	return []listedSpeaker{{name: name, company: company}}
}

// speakerLineEnd is what may end a line that names a section's speakers: "says:", "writes".
var speakerLineEnd = regexp.MustCompile(`(?i)\s*(?:says|said|writes|wrote|presents|asks|explains)?\s*:?\s*$`)

// speakerLine reads block bi when it names only people (with their companies): the line under
// a talk's heading that says who gives it.
func (x *extraction) speakerLine(bi int) []listedSpeaker {
	if bi >= len(x.doc.Blocks) || x.doc.Blocks[bi].Kind != document.Paragraph && x.doc.Blocks[bi].Kind != document.ListItem && !x.subheading(bi) {
		return nil // (a list item under a heading: "* Ana Lima (@alima)" over "* Day 1, track 2")
	}
	b := x.doc.Blocks[bi]
	for _, l := range b.Links {
		if photoCredit(l.Href) {
			return nil // "[Ana Lima](https://unsplash.com/photos/…)" under a picture: who took it
		}
	}
	s := x.lineSentence(b, b.Lines()[0], bi)
	text := speakerLineEnd.ReplaceAllString(s.text, "")
	text = strings.TrimPrefix(strings.TrimPrefix(text, "by "), "By ")
	if text == "" || len(strings.Fields(text)) > 12 {
		return nil
	}
	sp, ok := x.readSpeakers(s, text, 0)
	if !ok || !strongNames(sp) && !strings.HasPrefix(strings.TrimSpace(s.text), "by ") && !strings.HasPrefix(strings.TrimSpace(s.text), "By ") {
		return nil // "Street Parking Nearby:" is shaped like a name; a speaker's line starts with a given name
	}
	return sp
}

// subheading reports a heading right under a heading of a higher level: "# Quiet Queues" over
// "### Ana Lima, Initech".
func (x *extraction) subheading(bi int) bool {
	b := x.doc.Blocks[bi]
	return bi > 0 && b.Kind == document.Heading && x.doc.Blocks[bi-1].Kind == document.Heading && x.doc.Blocks[bi-1].Level < b.Level
}

// strongNames reports speakers that each start with a name that is only a given name
// ("Ana", not "Free" or "Will"), or are handles.
func strongNames(sp []listedSpeaker) bool {
	for _, p := range sp {
		if !givennames.Strong(firstWord(p.name)) && !p.handle {
			return false
		}
	}
	return len(sp) > 0
}

// partHeading reports a heading that names a part of the post in a few words around a
// section word: "The keynotes", "Talks and speakers", "Our speakers".
func partHeading(title string) bool {
	words := strings.Fields(strings.ToLower(strings.Trim(title, " :")))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !sectionWords[w] && !foreignSectionWords[w] && !set2(w, "the", "our", "and", "&", "of", "day", "all") && !partFillers[w] {
			return false
		}
	}
	return true
}

// foreignSectionWords name parts of a post in other languages: "Les conférences", "Die
// Vorträge", "Las charlas" head the talks, not one talk.
var foreignSectionWords = set(`conférence conférences présentations sessions intervenants orateurs programme
vorträge vortrag sprecher referenten programm charlas ponencias ponentes conferencias programa palestras
palestrantes apresentações lezingen sprekers programma interventi relatori`)

// partFillers are the articles and possessives of other languages a part's heading holds.
var partFillers = set(`la le les l' ma mon mes nos notre des du die der das unsere el los las nuestra nuestras
nuestros a o os as nossa nossos de het onze il i gli le nostre`)

func set2(w string, words ...string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// sectionWords are headings that name a part of a post, never a talk.
var sectionWords = set(`opening closing remainder morning afternoon evening highlights takeaways keynotes
presentations workshops
introduction intro summary conclusion conclusions overview agenda schedule
program programme speakers presenters panelists panellists lineup talks sessions sponsors sponsor venue location about recap photos pictures
links resources thanks acknowledgements acknowledgments update updates news announcements contents
background details logistics registration tickets feedback community organizers organisers team
afterparty networking food description abstract bio biography slides video videos recording
recordings references notes synopsis`)

// slotHeading reports a heading that only numbers or labels a slot: "Session 2", "Talk #1",
// "Keynote", "Lightning talks".
func slotHeading(text string) bool {
	m := listLabel.FindString(text + ":")
	return m != "" && len(m) >= len(text)
}

func samePeople(a, b []*person) bool {
	for _, p := range a {
		for _, q := range b {
			if p == q {
				return true
			}
		}
	}
	return false
}

// firstPersonSubject reports a sentence whose subject is "I" ("... I took the opportunity").
func firstPersonSubject(s *sentence) bool {
	for i, t := range s.tokens {
		if t.text() == "I" && i+1 < len(s.tokens) && s.tokens[i+1].word && !s.tokens[i+1].cap {
			return true
		}
	}
	return false
}

// singleWords reports whether every name is one word: a handle or a first name, or a
// project's name ("Wtree - manages worktrees").
func singleWords(names []string) bool {
	for _, n := range names {
		if strings.Contains(strings.TrimSpace(n), " ") {
			return false
		}
	}
	return true
}

// descriptionLike reports text that describes rather than titles: it opens with a lower-case
// word ("manages worktrees in bulk", not "gRPC in production") or runs on past a full stop.
func descriptionLike(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	w := strings.Fields(text)[0]
	r := []rune(w)
	if unicode.IsLower(r[0]) && !hasInnerCapital(w) {
		return true
	}
	return !plainTitle(text)
}

// placesEvent reports text that says where something took place ("Gopher Days, Portland OR"),
// which is no talk's title.
func (x *extraction) placesEvent(text string) bool {
	ep, ok := x.readEventPart(text, false)
	return ok && ep.city != nil
}

// talkIntro is what prose writes before a talk's title: "The second talk called", "Last but
// not least, the third talk", "Our first presentation was".
var talkIntro = regexp.MustCompile(`(?i)^(?:(?:and|then|next|finally|last but not least),?\s+)?(?:the|a|our|my|his|her|their)\s+(?:\w+\s+)?(?:talk|presentation|session|keynote)(?:\s+was)?(?:\s+(?:called|titled|entitled|named))?\s*:?\s+`)

// stripTalkIntro drops the words that introduce a talk from the front of its title.
func stripTalkIntro(title string) string {
	if m := talkIntro.FindString(title); m != "" && strings.TrimSpace(title[len(m):]) != "" {
		return strings.TrimSpace(title[len(m):])
	}
	return title
}

// keynoteLabel is a kind of talk written before a heading's title: "Keynote: ", "Lightning
// talk - ".
var keynoteLabel = regexp.MustCompile(`(?i)^(?:opening |closing )?(?:keynote|lightning talk|workshop|panel)\s*[:\-–—]\s+`)

// dayWords count the days of an event after "Day": "Day one", "Day Zero", "Day Bonus".
var dayWords = set(`zero one two three four five six seven eight nine ten bonus final last extra`)

// diaryHeading reports the heading of a day in a diary or a trip report: a weekday, "Day 2"
// or a trip's "Stop 2" before a colon, a dash or a comma ("Tuesday: Workshops", "Day 2 – The
// Hallway Track", "Friday, the way home", "Stop 1: Queueconf"), or the day alone ("Day one").
// The section tells what happened that day or there, not one talk.
func diaryHeading(title string) bool {
	head, _, ok := strings.Cut(title, ":")
	if !ok {
		for _, sep := range []string{" – ", " — ", " - ", ", "} {
			if h, _, found := strings.Cut(title, sep); found {
				head, ok = h, true
				break
			}
		}
	}
	if !ok {
		head = title // "Day one", "Tuesday": the day alone
	}
	words := strings.Fields(strings.ToLower(head))
	switch {
	case len(words) == 1:
		_, ok := weekdays[words[0]]
		return ok
	case len(words) == 2:
		// "Day 2", "Day one", "Day Bonus"; a trip's "Stop 2", "Leg 3"
		return (words[0] == "day" || words[0] == "stop" || words[0] == "leg") && (strings.Trim(words[1], "0123456789") == "" || dayWords[words[1]])
	}
	return false
}

// datedItem opens a list item of a group's archive with the meeting's date in digits and a
// space: "2031-05-06 Quiet Queues in Practice".
var datedItem = regexp.MustCompile(`^(?:19|20)\d{2}-\d{2}-\d{2}\s+`)

// meetingSection is a heading over a group's archive of meetings and their topics.
var meetingSection = regexp.MustCompile(`(?i)\b(?:meetings?|meetups?|talks?|topics?|sessions?|presentations?|calendar|archive|past events)\b`)

// noMeeting is an archive item that says no meeting took place.
var noMeeting = regexp.MustCompile(`(?i)\b(?:no meeting|no meetup|cancell?ed|postponed|holiday|break)\b`)

// readDatedTopic reads an item of a group's archive of meetings, one a date: "2031-05-06
// Quiet Queues in Practice - Ana Lima" or "2031-05-13 [Paging for Humans](…)", under a heading
// that speaks of meetings, talks or topics, in a list where three items or more are dated so.
// The topic is a talk, by the person named after a dash when the words there read as a name,
// else by no one named. It reports whether it read the item.
func (x *extraction) readDatedTopic(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	m := datedItem.FindString(b.Text)
	if m == "" || !x.datedList(bi) {
		return false
	}
	hi := bi - 1
	for hi >= 0 && x.doc.Blocks[hi].Kind != document.Heading {
		hi--
	}
	if hi < 0 || !meetingSection.MatchString(x.doc.Blocks[hi].Text) {
		return false
	}
	line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	rest := strings.TrimSpace(line.text[len(m):max(resourcesStart(line), len(m))])
	rest = strings.TrimSpace(strings.TrimLeft(rest, ".…-–— "))
	if rest == "" || noMeeting.MatchString(rest) || adminTitle(rest) {
		return false
	}
	title, names := rest, []string(nil)
	if i := strings.LastIndex(rest, " - "); i > 0 {
		who := strings.TrimSpace(rest[i+3:])
		// a full name, a handle, or a given name alone that is no common word ("- Chris")
		if x.looksLikeName(who) || looksLikeHandle(strings.TrimPrefix(who, "@")) && strings.HasPrefix(who, "@") || givennames.Strong(who) {
			title, names = strings.TrimSpace(rest[:i]), []string{strings.TrimPrefix(who, "@")}
		}
	}
	if i := strings.Index(title, ". "); i > 0 && !plainTitle(title) {
		title = title[:i] // "Python data types. We look under the hood ...": the topic, then what it covers
	}
	title = cleanTitle(title)
	if title == "" || !plainTitle(title) && !agendaTitle(title) {
		return false
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.7}
	return x.addTalk(title, "", linkFor(line, title), names, events, ev, bi) != nil
}

// listSpan returns the first and last blocks of the list that holds item bi: the list items
// around it with no other block between. The runs are found once per post (each item of a
// long list asks).
func (x *extraction) listSpan(bi int) (from, to int) {
	blocks := x.doc.Blocks
	if x.listRuns == nil {
		x.listRuns = make([][2]int32, len(blocks))
		for i := 0; i < len(blocks); {
			j := i
			for blocks[i].Kind == document.ListItem && j+1 < len(blocks) && blocks[j+1].Kind == document.ListItem {
				j++
			}
			for k := i; k <= j; k++ {
				x.listRuns[k] = [2]int32{int32(i), int32(j)}
			}
			i = j + 1
		}
	}
	r := x.listRuns[bi]
	return int(r[0]), int(r[1])
}

// datedList reports whether the list that holds item bi has three items or more that open
// with a date (datedItem).
func (x *extraction) datedList(bi int) bool {
	from, to := x.listSpan(bi)
	n := 0
	for k := from; k <= to && n < 3; k++ {
		if datedItem.MatchString(x.doc.Blocks[k].Text) {
			n++
		}
	}
	return n >= 3
}
