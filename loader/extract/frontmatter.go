package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// Pages whose facts are data rather than prose: talk and event pages of conference and meetup
// sites, whose front matter names the speakers, the event, the date and the place (see
// document.Meta), and HTML pages that carry schema.org Event items (document.Document.Events).
// What the site states as data is read as it is; the prose readers still read the body.

// Confidences of facts read from page data.
const (
	pageDataConfidence = 0.9
	pageTalkConfidence = 0.8
)

// readPageEvents records the events a page states as data, before the body is read: the
// event of a talk or event page's front matter becomes the post's occasion when the title and
// text gave none, and every schema.org event becomes an event (its talks are read later, by
// readPageTalks, once the body's talks are known).
func (x *extraction) readPageEvents() {
	if e := x.frontMatterEvent(); e != nil && len(x.postEvents) == 0 {
		x.postEvents = []*event{e}
	}
	for _, d := range x.doc.Events {
		if !schemaTalk(d, x.doc.Meta.Kind) {
			x.schemaEvent(d)
		}
	}
}

// readPageTalks records the talks a page states as data, after the body is read: the talk of
// a front-matter talk page, the talks among schema.org events, and the companies front matter
// gives the post's speakers.
func (x *extraction) readPageTalks() {
	m := x.doc.Meta
	if x.isTalkPage() {
		var names []string
		for _, sp := range m.Speakers {
			names = append(names, sp.Name)
		}
		var events []*event
		if e := x.frontMatterEvent(); e != nil {
			events = append(events, e)
		}
		title := m.Title
		if m.TalkTitle != "" {
			title = m.TalkTitle
		}
		ev := Evidence{Sentence: "front matter: " + title, Confidence: pageTalkConfidence}
		url := m.Slides
		if url == "" {
			url = m.Video
		}
		x.addTalk(cleanTitle(title), "", url, names, events, ev, -1)
	}
	x.frontMatterTalks()
	for _, d := range x.doc.Events {
		if schemaTalk(d, m.Kind) {
			x.schemaTalkOf(d)
		}
	}
	// The companies front matter gives speakers the body names.
	for _, sp := range m.Speakers {
		if p := x.lookupPerson(sp.Name); p != nil && p.speaker && sp.Company != "" {
			p.addCompany(sp.Company, Evidence{Sentence: "front matter: " + sp.Name + " (" + sp.Company + ")", Confidence: pageDataConfidence})
		}
	}
}

// frontMatterTalks records the talks an event page's front matter lists (talks, sessions,
// agenda...) and the talks speaker tables name, at the page's event. A listed item without a
// speaker that is a break, food or remarks is not a talk.
func (x *extraction) frontMatterTalks() {
	m := x.doc.Meta
	var events []*event
	if len(m.Talks) > 0 || len(m.Speakers) > 0 {
		if e := x.frontMatterEvent(); e != nil {
			events = append(events, e)
		}
	}
	add := func(title, url string, speakers []document.Speaker) {
		title = cleanTitle(title)
		speakers = slices.DeleteFunc(slices.Clone(speakers), func(sp document.Speaker) bool { return placeholderName(sp.Name) })
		if title == "" && len(speakers) == 0 || len(speakers) == 0 && adminTitle(title) {
			return
		}
		var names []string
		for _, sp := range speakers {
			names = append(names, sp.Name)
		}
		ev := Evidence{Sentence: "front matter: " + title, Confidence: pageTalkConfidence}
		t := x.addTalk(title, "", url, names, events, ev, -1)
		for _, sp := range speakers {
			if sp.Company == "" {
				continue
			}
			for _, p := range t.speakers {
				if strings.EqualFold(p.name, sp.Name) {
					p.addCompany(sp.Company, Evidence{Sentence: "front matter: " + sp.Name + " (" + sp.Company + ")", Confidence: pageDataConfidence})
				}
			}
		}
	}
	read := x.listedTitles(m.Talks)
	for i, td := range m.Talks {
		url := td.Slides
		for _, u := range []string{td.Video, td.URL} {
			if url == "" {
				url = u
			}
		}
		if placeholderWords[strings.ToLower(strings.TrimSpace(td.Title))] {
			continue // {title: TBD, author: the organizers}: a slot still open
		}
		title, speakers := td.Title, td.Speakers
		if len(speakers) == 0 {
			title, speakers = read[i].title, read[i].speakers
		}
		add(title, url, speakers)
	}
	for _, sp := range m.Speakers {
		if sp.Talk != "" {
			add(sp.Talk, "", []document.Speaker{sp})
		}
	}
	// An event page whose front matter lists its speakers and no talks: each speaker gives a
	// talk there, untitled unless the body titles it.
	if m.Kind != document.KindEvent || len(m.Talks) > 0 {
		return
	}
	for _, sp := range m.Speakers {
		if sp.Talk != "" || !x.looksLikeName(sp.Name) && !looksLikeHandle(sp.Name) {
			continue
		}
		if p := x.lookupPerson(sp.Name); p != nil && len(x.bySpeaker[p]) > 0 {
			continue
		}
		ev := Evidence{Sentence: "front matter: " + sp.Name, Confidence: 0.7}
		t := x.addTalk("", "talk by "+sp.Name, "", []string{sp.Name}, events, ev, -1)
		if t != nil && sp.Company != "" {
			for _, p := range t.speakers {
				p.addCompany(sp.Company, Evidence{Sentence: "front matter: " + sp.Name + " (" + sp.Company + ")", Confidence: pageDataConfidence})
			}
		}
	}
}

// placeholderName reports a speaker's name that stands for a slot still open: "Be Our
// Fifth Speaker", "Your Name Here", "TBA", "You?".
func placeholderName(name string) bool {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		if placeholderWords[w] {
			return true
		}
	}
	return false
}

// placeholderWords are words no speaker's name holds and placeholders do.
var placeholderWords = set(`you your our speaker speakers tba tbd tbc announced`)

// isTalkPage reports whether the page is one talk: its front matter says so (type = "talk"),
// or it names one speaker, or the event the talk was given at (as academic sites' talk pages
// do), and neither the front matter nor the body lists talks, and the title names no event.
func (x *extraction) isTalkPage() bool {
	m := x.doc.Meta
	if m.TalkTitle != "" {
		return true // "talk_title: Title": a key names the page's talk
	}
	if strings.TrimSpace(m.Title) == "" || m.TitleFrom != "" {
		return false
	}
	switch m.Kind {
	case document.KindTalk:
		return true
	case "", document.KindEvent:
		event, title := strings.TrimSpace(m.Event), strings.TrimSpace(m.Title)
		// the event named apart from a title that does not hold its name: the title is the talk's
		apart := event != "" && !strings.Contains(strings.ToLower(title), strings.ToLower(event))
		if len(m.Talks) > 0 || len(x.talks) > 0 || titleNamesEvent(m.Title) && !(m.Kind == "" && apart) {
			return false
		}
		if m.Kind == document.KindEvent {
			// "type: conference" on a page titled with the talk given at the event it names.
			return event != "" && !strings.EqualFold(event, title)
		}
		// (several speakers, none with a talk of their own, on a page that names no event
		// apart gave the page's talk together: "speaker: Ana Lima, Bo Chen, Cara Diaz"; with
		// an event named, they are its line-up)
		return len(m.Speakers) == 1 && m.Speakers[0].Talk == "" ||
			event == "" && len(m.Speakers) > 1 && len(m.Speakers) <= maxPageSpeakers && !slices.ContainsFunc(m.Speakers, func(sp document.Speaker) bool { return sp.Talk != "" }) ||
			len(m.Speakers) == 0 && event != ""
	}
	return false
}

// maxPageSpeakers is how many speakers a talk page's front matter may name for its one talk: a
// panel's; more are an event's line-up.
const maxPageSpeakers = 6

// titleNamesEvent reports whether a title names an event ("October meetup") rather than a talk.
func titleNamesEvent(title string) bool {
	s := &sentence{text: title, section: -1}
	s.tokens = tokenize(title, nil, nil)
	return hasEventWord(s)
}

// frontMatterEvent returns the event the front matter of a talk or event page states, creating
// it, or nil when it states none: a city (from city, location or venue, read with the
// gazetteer), a date, a name and a host.
func (x *extraction) frontMatterEvent() *event {
	m := x.doc.Meta
	if !x.eventPage() {
		return nil
	}
	city := x.placeCity(m.City, m.Location, m.Venue)
	name := strings.TrimSpace(m.Event)
	if name == "" && m.Kind == document.KindEvent {
		name = strings.TrimSpace(m.Title)
	}
	if city == nil && name == "" {
		return nil
	}
	date := m.StartDate
	if date == "" && (m.Kind != "" || eventPageLink(m.URL)) {
		date = m.Published
	}
	host := m.Host
	if host == "" {
		host = venueHost(m.Venue, city)
	}
	if host == "" && m.Venue == "" {
		host = venueHost(m.Location, city)
	}
	if host == "" && city != nil && m.Kind != document.KindTalk {
		host = x.titleVenue(m.Title, city)
	}
	return x.pageEvent(city, date, name, host)
}

// eventPage reports whether the front matter is about an event or a talk, so that its place
// keys place one: it gives a kind, speakers, talks, an event or a start date, or the title,
// tags or categories name an event. A blog theme's location key on an ordinary post (where it
// was written) places nothing.
func (x *extraction) eventPage() bool {
	m := x.doc.Meta
	if m.Kind != "" || len(m.Speakers) > 0 || len(m.Talks) > 0 || m.Event != "" || m.StartDate != "" || eventPageLink(m.URL) {
		return true
	}
	for _, text := range append(append([]string{m.Title}, m.Tags...), m.Categories...) {
		if titleNamesEvent(text) {
			return true
		}
	}
	return false
}

// titleVenue returns the organization an event page's title says the event is at: "Fintech
// night at Globex" (not an event, "Ledgers at GopherCon", nor the town, "Meetup at Porto").
func (x *extraction) titleVenue(title string, city *cityRef) string {
	i := strings.LastIndex(title, " at ")
	if i < 0 {
		return ""
	}
	name := strings.Trim(strings.TrimSpace(title[i+4:]), `"'!.`)
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || !placeName(name) || !unicode.IsUpper([]rune(name)[0]) ||
		strings.EqualFold(name, city.written) || x.isEventName(name) || hasYear(name) || !x.acceptOrg(name) {
		return ""
	}
	return name
}

// eventPageLink reports the address of an event's page on a site where groups list their
// meetups ("https://www.meetup.com/tartu-rust/events/239392017/"): a post that links to it as
// its own address is that event's page.
func eventPageLink(href string) bool {
	if _, ok := meetupGroup(href); ok && strings.Contains(href, "/events/") {
		return true
	}
	return strings.Contains(href, "eventbrite.") && strings.Contains(href, "/e/") || strings.Contains(href, "://lu.ma/")
}

// pageEvent returns the event in a city (the one the post already has there, or a new one),
// giving it the date and host it lacks. Without a city, an event is known by its name.
func (x *extraction) pageEvent(city *cityRef, date, name, host string) *event {
	var e *event
	for _, f := range x.events {
		if city != nil && f.city != nil && f.city.city.ID == city.city.ID && (f.date == "" || date == "" || f.date == date) ||
			city == nil && name != "" && strings.EqualFold(f.name, name) {
			e = f
			break
		}
	}
	if e == nil {
		e = x.eventOfKind(city, date, eventKind(name), name)
	}
	if e.date == "" {
		e.date = date
	}
	if e.host == "" && host != "" {
		e.host = host
		e.hostEv = &Evidence{Sentence: "page data: " + host, Confidence: pageDataConfidence}
	}
	return e
}

// placeCity reads the city of a place given as data: the first of the values that names a
// known city, taking the last city a value names ("One Mill Lane, Leeds"). Every word of a
// place value is a place, so a city that is also a common word counts here.
func (x *extraction) placeCity(values ...string) *cityRef {
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		var found *cityRef
		for _, part := range strings.Split(v, ",") {
			part = postcodeLead.ReplaceAllString(strings.TrimSpace(part), "") // "1091 GS Amsterdam": the postcode first
			if words := strings.Fields(part); len(words) > 1 && gazetteer.IsCountry(words[len(words)-1]) {
				part = strings.Join(words[:len(words)-1], " ") // "Amsterdam Netherlands": the country after
			}
			s := &sentence{text: "in " + strings.TrimSpace(part), section: -1}
			s.tokens = tokenize(s.text, nil, nil)
			if cs := x.cities(s); len(cs) > 0 {
				c := cs[len(cs)-1]
				found = &c
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// postcodeLead is a postal code that opens a part of an address: "1091 GS", "0150", "SW1A 1AA"
// is left to the expressions that know it; digits with an optional pair of capitals are read
// here.
var postcodeLead = regexp.MustCompile(`^\d{4,5}(?:\s+[A-Z]{2})?\s+`)

// venueHost returns the organization or building a venue value names ("The Foundry, Leeds" is
// The Foundry; a brand written with an inner capital, "iLoft, Leeds", too), or "" when it
// names only a city, an address or a room.
func venueHost(venue string, city *cityRef) string {
	name, _, _ := strings.Cut(venue, ",")
	name, _, _ = strings.Cut(name, " (") // "Harbour Hall (12 Main St, Pasadena)": its address after
	name = strings.TrimSpace(name)
	if name == "" || city != nil && strings.EqualFold(name, city.written) {
		return ""
	}
	r := []rune(name)
	if unicode.IsDigit(r[0]) || !unicode.IsUpper(r[0]) && !hasInnerCapital(name) || len(strings.Fields(name)) > 6 {
		return ""
	}
	words := strings.Fields(name)
	if placeWords[strings.ToLower(words[0])] || isDigits(words[len(words)-1]) {
		return "" // a room: "Hall B", "West Hall 411"
	}
	return name
}

// placeWords start venue values that name a room or no place at all, never a host.
var placeWords = set(`room hall floor level auditorium stage track online virtual zoom tba tbd tbc
remote webinar livestream`)

// schemaTalk reports whether a schema.org event is a talk: it has a person as performer and
// is part of a bigger event, or the page is a talk page, or its name names no event.
func schemaTalk(d document.EventData, pageKind string) bool {
	if len(personPerformers(d)) == 0 || strings.TrimSpace(d.Name) == "" {
		return false
	}
	if d.SuperEvent != "" || pageKind == document.KindTalk {
		return true
	}
	s := &sentence{text: d.Name, section: -1}
	s.tokens = tokenize(d.Name, nil, nil)
	return !hasWord(s, eventWords)
}

// personPerformers returns the performers of an event that are people: those the data types
// as Person, and untyped ones whose name looks like a person's.
func personPerformers(d document.EventData) []document.Agent {
	var out []document.Agent
	for _, a := range d.Performers {
		words := len(strings.Fields(a.Name))
		if a.Type == "Person" && words >= 1 && words <= 5 || a.Type == "" && looksLikeName(a.Name) {
			out = append(out, a)
		}
	}
	return out
}

// schemaEvent records a schema.org event: its city from the place's locality (else its
// address or name), its date, and the place as host when the place is named apart from its
// address.
func (x *extraction) schemaEvent(d document.EventData) *event {
	loc := d.Location
	city := x.placeCity(loc.Locality, loc.Street, loc.Name)
	name := strings.TrimSpace(d.Name)
	if city == nil && name == "" {
		return nil
	}
	host := ""
	if loc.Name != "" && (loc.Locality != "" || loc.Street != "") {
		host = venueHost(loc.Name, city)
	}
	return x.pageEvent(city, d.StartDate, name, host)
}

// schemaTalkOf records a talk a schema.org event states: its name is the title, its people
// performers the speakers (with their affiliations), and it was given at its bigger event, or
// at its own place when it has one.
func (x *extraction) schemaTalkOf(d document.EventData) {
	var events []*event
	if d.SuperEvent != "" {
		for _, f := range x.doc.Events {
			if f.Name == d.SuperEvent {
				if e := x.schemaEvent(f); e != nil {
					events = append(events, e)
				}
				break
			}
		}
	}
	if len(events) == 0 {
		loc := d.Location
		if city := x.placeCity(loc.Locality, loc.Street, loc.Name); city != nil {
			events = append(events, x.pageEvent(city, d.StartDate, "", ""))
		} else if d.SuperEvent != "" {
			events = append(events, x.pageEvent(nil, d.StartDate, d.SuperEvent, ""))
		}
	}
	ev := Evidence{Sentence: "schema.org event: " + d.Name, Confidence: pageTalkConfidence}
	var names []string
	performers := personPerformers(d)
	for _, a := range performers {
		names = append(names, a.Name)
	}
	t := x.addTalk(cleanTitle(d.Name), "", d.URL, names, events, ev, -1)
	for _, a := range performers {
		if a.Affiliation != "" {
			for _, p := range t.speakers {
				if strings.EqualFold(p.name, a.Name) {
					p.addCompany(a.Affiliation, Evidence{Sentence: ev.Sentence, Confidence: pageDataConfidence})
				}
			}
		}
	}
}

// listedTalk is a listed talk's title and speakers as listedTitles reads them.
type listedTalk struct {
	title    string
	speakers []document.Speaker
}

// listedTitles reads the titles of listed talks that have no speaker of their own as listing
// lines: a programme's slot titled "Ana Lima - Quiet Queues" or "Quiet Queues by Ana Lima" is
// Ana Lima's talk "Quiet Queues". When two or more titles of the list, and at least half of
// those that split on " - ", read as "Name - Title" with a known given name, the list is
// written that way, and the other titles that open with a full name and a dash ("Rui Okafor -
// Title") are read the same. A kind label first ("Workshop - Title") is no part of the title.
// A title that reads none of these ways is kept as it is, with no speaker.
func (x *extraction) listedTitles(talks []document.TalkData) []listedTalk {
	out := make([]listedTalk, len(talks))
	nameFirst, dashed := 0, 0
	for i, td := range talks {
		out[i].title = td.Title
		if len(td.Speakers) > 0 {
			continue
		}
		left, right, dash := strings.Cut(td.Title, " - ")
		if dash {
			dashed++
		}
		b := document.Block{Kind: document.ListItem, Text: td.Title}
		s := lineSentence(b, [2]int{0, len(td.Title)}, -1)
		l, ok := x.readListing(s)
		if !ok || l.title == "" || !personLike(l.speakers) {
			if m := listLabel.FindStringSubmatch(td.Title); m != nil && m[1] != "" && strings.TrimSpace(td.Title[len(m[0]):]) != "" {
				out[i].title = strings.TrimSpace(td.Title[len(m[0]):])
			}
			continue
		}
		if dash && strings.TrimSpace(l.title) == strings.TrimSpace(right) && strings.TrimSpace(left) != "" {
			nameFirst++
		}
		out[i].title = l.title
		for _, sp := range l.speakers {
			out[i].speakers = append(out[i].speakers, document.Speaker{Name: sp.name, Company: sp.company})
		}
	}
	if nameFirst < 2 || nameFirst*2 < dashed {
		return out
	}
	for i, td := range talks {
		if len(td.Speakers) > 0 || len(out[i].speakers) > 0 {
			continue
		}
		if left, right, ok := strings.Cut(td.Title, " - "); ok && x.looksLikeName(strings.TrimSpace(left)) && strings.TrimSpace(right) != "" {
			out[i] = listedTalk{title: strings.TrimSpace(right), speakers: []document.Speaker{{Name: strings.TrimSpace(left)}}}
		}
	}
	return out
}
