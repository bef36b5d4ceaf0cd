package extract

import (
	"regexp"
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

// trailingNote is a parenthesized note at the end of a line that says what material there is:
// "(video, slides, website)", "(event)".
var trailingNote = regexp.MustCompile(`\s*\(\s*[a-z][a-z ,/&-]*\)\s*$`)

// readPlaceLine reads a line as a place line. The line must hold a city and a full date and
// nothing else but a short name before the city and separators: a sentence that mentions a
// city and a date ("We met in Ghent on 4 March") is not one.
func (x *extraction) readPlaceLine(s *sentence) (placeLine, bool) {
	if s.quoted || len(s.text) > 200 {
		return placeLine{}, false
	}
	core := s.text
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
		end := s.tokens[c.end-1].end
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
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		if !dateWords[w] && !isDigits(strings.TrimRight(w, "stndrh")) {
			return false
		}
	}
	return dateIn(text, time.Time{}) != "" || monthDay.MatchString(text) || dayMonth.MatchString(text)
}

// placeConnectors are the lower-case words names of venues and events are written with.
var placeConnectors = set(`of de du des la le les the and at for on van der den von y di da del et und
conference meetup summit event user group day days night edition workshop camp office offices
campus hall room floor building`)

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
	if len(words) > 12 {
		return false
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
	for bi := 0; bi < len(x.blocks); bi++ {
		b := x.doc.Blocks[bi]
		if b.Kind == document.Paragraph && len(x.blocks[bi]) > 0 {
			flush()
			x.readPlacedSection(bi)
			continue
		}
		if b.Kind != document.ListItem || len(x.blocks[bi]) == 0 {
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
			if p, ok := x.readPlaceLine(lineSentence(b, r, bi)); ok {
				at, pl = k, p
				break
			}
		}
		switch {
		case at > 0 && !x.isEventName(pl.name):
			// an archive's event: its title, then where and when
			title := cleanTitle(lineSentence(b, lines[0], bi).text)
			flush()
			e := x.placedEvent(pl, title)
			x.itemEvents[bi] = []*event{e}
			if end > bi+1 {
				x.agendaBlocks[bi] = true // the title names the evening; its talks are nested
			}
			for c := bi + 1; c < end; c++ {
				x.itemEvents[c] = []*event{e}
			}
			bi = end - 1
		case at == 0 && len(lines) == 1 && end > bi+1:
			// where and when, over the evening's talks
			flush()
			e := x.placedEvent(pl, "")
			x.agendaBlocks[bi] = true
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
	line := lineSentence(b, b.Lines()[0], bi)
	title := cleanTitle(trailingNote.ReplaceAllString(line.text, ""))
	if title == "" || len(strings.Fields(title)) > 20 || looksLikeName(title) || adminTitle(title) || strings.HasSuffix(line.text, ":") {
		return false
	}
	var places []placeLine
	for c := bi + 1; c < end; c++ {
		cb := x.doc.Blocks[c]
		rs := cb.Lines()
		if len(x.blocks[c]) == 0 || len(rs) != 1 {
			return false
		}
		pl, ok := x.readPlaceLine(lineSentence(cb, rs[0], c))
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
	if looksLikeName(x.author) {
		names = []string{x.authorName()}
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.7}
	if x.addTalk(title, "", linkFor(line, title), names, events, ev, bi) == nil {
		return false
	}
	for c := bi; c < end; c++ {
		x.agendaBlocks[c] = true
	}
	return true
}

// readPlacedSection reads a paragraph right under a heading that is a place line (an archive
// that titles each meetup by a heading and places it on the line below) as the heading's
// event, when no other rule gave the section one.
func (x *extraction) readPlacedSection(bi int) {
	b := x.doc.Blocks[bi]
	h := b.Section
	if h < 0 || h >= bi || bi-h > 2 || len(x.sectionEvs[h]) > 0 || x.doc.Blocks[h].Kind != document.Heading {
		return
	}
	for _, r := range b.Lines() {
		if pl, ok := x.readPlaceLine(lineSentence(b, r, bi)); ok {
			x.sectionEvs[h] = []*event{x.placedEvent(pl, cleanTitle(x.doc.Blocks[h].Text))}
			return
		}
	}
}
