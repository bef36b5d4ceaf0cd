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

// event is a meetup or conference (one city of a series, or one site of a joint event).
type event struct {
	kind   string // "meetup", "conference" or ""
	name   string
	city   *cityRef
	date   string
	host   string
	hostEv *Evidence
	future bool
}

// cityRef is a city mentioned in a sentence: tokens [start, end) and the canonical city.
type cityRef struct {
	written    string
	city       gazetteer.City
	start, end int
}

// cityAt reads a city name starting at token i (one to three words, or a link's text), with an
// optional region or country after a comma ("San Jose, CA"). A name that is also a common word
// or given name counts only after a preposition of place; one followed by another name word is
// part of a person's name ("Everett Toews") and does not count.
func (x *extraction) cityAt(s *sentence, i int) (cityRef, bool) {
	toks := s.tokens
	if i >= len(toks) || !toks[i].word || !toks[i].cap {
		return cityRef{}, false
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].lower()
	}
	if ref, ok := abbreviatedSaint(s, i); ok {
		return ref, true
	}
	if i >= 2 && toks[i-1].text() == "." && toks[i-2].is(saintWords...) {
		return cityRef{}, false // "Petersburg" of "St. Petersburg", read whole at "St"
	}
	for n := min(3, len(toks)-i); n >= 1; n-- {
		j := i + n
		if toks[j-1].link != toks[i].link || !allWords(toks[i:j]) {
			continue
		}
		written := s.text[toks[i].start:toks[j-1].end]
		if lookupLower(x.orgs, written) || toks[i].link >= 0 && x.orgs[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(linkText(s, toks[i].link), "'s"), "’s"))] {
			continue
		}
		if lookupLower(continents, written) || n == 1 && acronym(written) && !gazetteerAbbreviation(written) {
			continue
		}
		// "the City of Ottawa" and "University of Toronto" are organizations
		if i >= 2 && toks[i-1].is("of") && toks[i-2].cap && (toks[i-2].is("City", "University", "Province", "State", "Bank", "Port")) {
			return cityRef{}, false
		}
		if n > 1 && !nameCase(toks[i:j]) {
			continue // "The bank opened ...": a phrase, not a place named "The Bank"
		}
		c, ok := gazetteer.Lookup(written)
		if !ok {
			continue
		}
		if j < len(toks) && nameToken(toks[j]) && toks[j].link == toks[i].link && n == 1 && !x.orgs[strings.ToLower(toks[j].text())] {
			// followed by another capitalized word: a person or company name, unless a region
			// or a group named after the city ("Denver Gophers")
			if _, region := gazetteer.Region(toks[j].text()); !region && !groupWords[toks[j].lower()] && !x.venueAfterCity(toks, j, c) {
				return cityRef{}, false
			}
		}
		if n == 1 && i > 0 && toks[i-1].cap && toks[i-1].end+1 == toks[i].start && (givennames.Is(toks[i-1].text()) || x.owner != "") &&
			x.fullNameSet[s.text[toks[i-1].start:toks[j-1].end]] && !groupWords[toks[i-1].lower()] {
			return cityRef{}, false // "Taeji Kim": the family name of someone the post names
		}
		if n == 1 && (i == 0 || !toks[i-1].cap && !toks[i-1].is("in", "at", "near", "to", "from")) && j < len(toks) && toks[j].word && !toks[j].cap &&
			lookupLower(x.familyNames, written) {
			return cityRef{}, false // "Lowell showed ...": the family name of Ida Lowell, named before
		}
		if n == 1 && i > 0 && orgSuffixWords[strings.ToLower(written)] && toks[i-1].cap && toks[i-1].word && toks[i-1].end+1 == toks[i].start {
			return cityRef{}, false // "Initech Media", "Acme Labs": the end of an organization's name
		}
		if n == 1 && strings.ContainsAny(written, "'’") {
			return cityRef{}, false // "We'd", "I've": contractions, never places
		}
		if i > 0 && toks[i-1].cap && toks[i-1].end+1 == toks[i].start && placeOpeners[toks[i-1].lower()] {
			return cityRef{}, false // "Lake Buena Vista", "Fort Worth" unknown: the end of another place's name
		}
		if n == 1 && i == 0 && j < len(toks) && toks[j].is("to", "of", "for", "with") && toks[i].link < 0 {
			return cityRef{}, false // "Due to the weather": a word opening the sentence, not a place
		}
		if withinPlace(x, s, i) {
			return cityRef{}, false // "in Wiltonbury (near Ashcombe) in Kettering": the district around a village
		}
		if n == 1 && calendarWords[strings.ToLower(written)] {
			return cityRef{}, false // "in March", "### Friday": a month or a day, never a place
		}
		weak := gazetteer.Common(written) || gazetteer.Partial(written, c) && c.Population < givenNameCityPopulation ||
			!gazetteer.OwnName(written, c) && c.Population < altNameCityPopulation
		if weak && !(prev == "in" || prev == "to" && motionBefore(toks, i-1) || prev == "at" || prev == "near") && !regionAfter(toks, j) {
			// a common word or given name counts after a preposition of place, or with its
			// region or country ("12 Harbour Street, Austin, TX"); so does a part of a
			// small town's name ("Weil was the word" is no Weil am Rhein), and another name
			// of a small town ("Pandas" is one of Pando's, "Tale" one of Tala's)
			return cityRef{}, false
		}
		ref := cityRef{written: written, city: c, start: i, end: j}
		// "San Jose, CA", "Barcelona, Spain", "Denver CO"
		k := j
		if k < len(toks) && toks[k].text() == "," {
			k++
		}
		if k < len(toks) && toks[k].word {
			if country, ok := gazetteer.Region(toks[k].text()); ok && strings.ToUpper(toks[k].text()) == toks[k].text() {
				if c2, ok := gazetteer.LookupInRegion(written, strings.ToUpper(toks[k].text())); ok {
					ref.city = c2
				} else if c2, ok := gazetteer.LookupIn(written, country); ok {
					ref.city = c2
				}
				ref.end = k + 1
			} else if gazetteer.IsCountry(toks[k].text()) {
				ref.end = k + 1
			}
		}
		return ref, true
	}
	return cityRef{}, false
}

// venueAfterCity reports a venue named after a large city, from token j on: "Belgrade Youth
// Centre", "Porto Congress Hall" are in Belgrade and Porto. A town's name before a hall is as
// likely a word of the hall's name ("Reading Room"), so the city must be large.
func (x *extraction) venueAfterCity(toks []token, j int, c gazetteer.City) bool {
	if c.Population < headingCityPopulation {
		return false
	}
	for k := j; k < len(toks) && k < j+3 && toks[k].cap && toks[k].word; k++ {
		if buildingNouns[toks[k].lower()] {
			return true
		}
	}
	return false
}

// buildingNouns end the names of the buildings meetups are held in.
var buildingNouns = set(`centre center hall hub arena library theatre theater museum house campus auditorium`)

// placeOpeners open the names of places and never end a sentence's words before a city:
// "Lake Buena Vista" is no Buena Vista, "Port Moresby" no Moresby.
var placeOpeners = set(`lake mount mt fort ft port cape point bay glen`)

// altNameCityPopulation is the population under which a town's other names (GeoNames'
// alternates, often near spellings of common words) count only as a place's are written.
const altNameCityPopulation = 100000

// regionAfter reports whether a region code in capitals ("TX", "ON") or a country follows token
// j after a comma: "Austin, TX", "Reading, United Kingdom".
func regionAfter(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].text() != "," || !toks[j+1].word {
		return false
	}
	next := toks[j+1].text()
	if _, ok := gazetteer.Region(next); ok && strings.ToUpper(next) == next && len(next) >= 2 {
		return true
	}
	return gazetteer.IsCountry(next)
}

// nameCase reports whether the words of a name of several words are written as a name: each
// capitalized, but for particles ("Stratford-upon-Avon", "Rio de Janeiro", "Frankfurt am Main").
func nameCase(toks []token) bool {
	for _, t := range toks {
		if !t.cap && !cityParticles[t.lower()] {
			return false
		}
	}
	return true
}

// cityParticles are the lower-case words inside city names.
var cityParticles = set(`de del der des di do dos da das du la le les los las am an im in upon on sur sous en y e van von ter ten of the and`)

// saintWords are the abbreviations city names start with, written with a period: "St.
// Petersburg", "Ste. Foy", "Ft. Worth".
var saintWords = []string{"St", "Ste", "Mt", "Ft"}

// abbreviatedSaint reads a city whose name starts with an abbreviation and a period at token
// i ("St. Petersburg", "Ft. Worth"), which a name of words alone never matches.
func abbreviatedSaint(s *sentence, i int) (cityRef, bool) {
	toks := s.tokens
	if i+2 >= len(toks) || !toks[i].is(saintWords...) || toks[i+1].text() != "." || toks[i+1].start != toks[i].end {
		return cityRef{}, false
	}
	for n := min(2, len(toks)-i-2); n >= 1; n-- {
		j := i + 2 + n
		if !allWords(toks[i+2:j]) || !toks[i+2].cap {
			continue
		}
		written := s.text[toks[i].start:toks[j-1].end]
		if c, ok := gazetteer.Lookup(written); ok {
			return cityRef{written: written, city: c, start: i, end: j}, true
		}
	}
	return cityRef{}, false
}

// withinPlace reports a city at token i that only says where a smaller place named just
// before it lies: "in Wiltonbury, Kettering", "in Wiltonbury (near Ashcombe) in Kettering". The smaller
// place follows "in", is one to three capitalized words the gazetteer does not know (a village,
// a district) and no venue or organization, and the city comes right after it (a note in
// parentheses aside) after a comma or "in". The event is in the smaller place, so the larger
// is none of its city: it is the county, the region or the city around it.
func withinPlace(x *extraction, s *sentence, i int) bool {
	toks := s.tokens
	k := i - 1
	if k < 1 || !(toks[k].text() == "," || toks[k].is("in")) {
		return false
	}
	k--
	if toks[k].text() == ")" {
		for k >= 0 && toks[k].text() != "(" {
			k--
		}
		k--
	}
	end := k + 1
	for k >= 0 && end-k <= 3 && toks[k].word && toks[k].cap && !toks[k].is("in") {
		k--
	}
	if k < 0 || end-k-1 < 1 || end-k-1 > 3 || !toks[k].is("in") {
		return false
	}
	place := s.text[toks[k+1].start:toks[end-1].end]
	if _, known := gazetteer.Lookup(place); known || lookupLower(x.orgs, place) || gazetteer.IsCountry(place) {
		return false
	}
	for _, t := range toks[k+1 : end] {
		if venueNouns[t.lower()] || placeConnectors[t.lower()] || orgSuffixWords[t.lower()] {
			return false // "in Harbour Hall, Ghent": a venue in the city
		}
	}
	return true
}

// calendarWords are the names of the months and the days of the week, in full and
// abbreviated: a town may bear one ("March"), but in a post they are dates.
var calendarWords = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun`)

// motionBefore reports a verb or noun of going up to four words before the "to" at i:
// "travelled to Reading", "moved the meetup to Reading", "on our way to Nice", "welcome to
// Mobile". "Devoted to Spring" and "an introduction to Julia" go to no place.
func motionBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if motionWords[toks[k].lower()] {
			return true
		}
		if !toks[k].word {
			return false // "moved the meetup to Reading", but not across a comma
		}
	}
	return false
}

// motionWords go somewhere: the words before "to" that make a common word after it a place.
var motionWords = set(`went go goes going gone travel travels travelled traveled travelling traveling
flew fly flies flying came come comes coming moved move moves moving drove drive driving headed
heading head returned return returning trip trips journey way welcome welcomed relocated commute
commuted back road train flight flights bus`)

// givenNameCityPopulation is the population from which a city that is also a given name
// ("Sydney", "Paris") is taken for the city when it opens a sentence without a preposition;
// smaller towns of that name ("Rosa", "Florence") are taken for people there.
const givenNameCityPopulation = 500000

// continents and world regions are never cities, whatever a gazetteer of small towns says.
var continents = set(`africa antarctica asia europe oceania america americas eurasia scandinavia
balkans caribbean`)

// acronym reports an all-capitals word such as "JAM" or "CNCF".
func acronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// gazetteerAbbreviation reports the city abbreviations written in capitals that name cities.
func gazetteerAbbreviation(w string) bool {
	switch w {
	case "NYC", "SF", "LA":
		return true
	}
	return false
}

// allWords reports whether every token is a word (no punctuation inside a name).
func allWords(toks []token) bool {
	for _, t := range toks {
		if !t.word {
			return false
		}
	}
	return true
}

// cities returns the cities mentioned in a sentence, in order.
func (x *extraction) cities(s *sentence) []cityRef {
	if s.none&noCities != 0 {
		return nil
	}
	if s.memo == nil || !s.memo.citiesDone {
		found := x.findCities(s)
		if found == nil && x.settled {
			s.none |= noCities
			return nil
		}
		m := s.memoized()
		m.cities, m.citiesDone, m.citiesSettled = found, true, x.settled
	}
	// the memo's own slice, capped as names caps its own: no caller changes a city in place
	cs := s.memo.cities
	return cs[:len(cs):len(cs)]
}

// findCities is cities without the memo.
func (x *extraction) findCities(s *sentence) []cityRef {
	var out []cityRef
	for i := 0; i < len(s.tokens); i++ {
		if c, ok := x.cityAt(s, i); ok {
			if k := c.end; k+2 < len(s.tokens) && districtWords[s.tokens[k].lower()] && s.tokens[k+1].is("of") && x.isCityAt(s, k+2) {
				i = k + 1 // "the Friedrichshain area of Berlin": a part of the city that follows
				continue
			}
			out = append(out, c)
			i = c.end - 1
		}
	}
	return out
}

// districtWords say a place is part of a city named after them: "the Mitte area of Berlin".
var districtWords = set(`area district neighbourhood neighborhood quarter borough suburb part`)

// cityList returns the cities of the longest list of two or more cities in a sentence
// ("Ottawa, Toronto, and Quebec City"), joined by commas, "and" or "&".
func (x *extraction) cityList(s *sentence) []cityRef {
	cs := x.cities(s)
	var best, cur []cityRef
	for i, c := range cs {
		if i > 0 && joined(s.tokens, cs[i-1].end, c.start) {
			cur = append(cur, c)
		} else {
			cur = []cityRef{c}
		}
		if len(cur) > len(best) {
			best = append([]cityRef{}, cur...)
		}
	}
	if len(best) < 2 {
		return nil
	}
	return best
}

// joined reports whether tokens [from, to) only join list items: commas, "and", "&", "or".
func joined(toks []token, from, to int) bool {
	if to <= from {
		return false
	}
	for _, t := range toks[from:to] {
		if !(t.text() == "," || t.text() == "&" || t.is("and", "or")) {
			return false
		}
	}
	return true
}

// hasWord reports whether the sentence has a token from the set.
// hasEventWord reports a sentence that names an event: an event word ("meetup", "conference")
// or a one-word event name ("GopherCon", "TechFest").
func hasEventWord(s *sentence) bool {
	if hasWord(s, eventWords) {
		return true
	}
	for _, t := range s.tokens {
		if t.word && t.cap && gluedEventName(t.text()) {
			return true
		}
	}
	return false
}

// eventSuffixes end one-word event names: "GopherCon", "TechFest", "QtMeetup", "DevDays".
var eventSuffixes = []string{"conf", "con", "fest", "camp", "days", "meetup", "summit"}

// gluedSuffixes are the event suffixes no common word ends in, so that a name glued to one
// reads as an event even without a capital inside it: "Harbourconf", "Techfest".
var gluedSuffixes = set(`conf fest meetup`)

// gluedEventName reports a one-word event name: a capitalized name joined to an event word,
// the join marked by a capital ("GopherCon", "TechFest", "QtMeetup", "DevDays", not "Silicon"
// or "Holidays") or made with a suffix no common word ends in ("Harbourconf", not "Manifest").
func gluedEventName(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	l := strings.ToLower(w)
	for _, suf := range eventSuffixes {
		i := len(w) - len(suf)
		if i < 2 || !strings.HasSuffix(l, suf) {
			continue
		}
		if w[i] >= 'A' && w[i] <= 'Z' || gluedSuffixes[suf] && l != "manifest" {
			return true
		}
	}
	return false
}

func hasWord(s *sentence, words map[string]bool) bool {
	for i, t := range s.tokens {
		if lookupLower(words, t.text()) && !verbMeeting(s.tokens, i) {
			return true
		}
	}
	return false
}

// verbMeeting reports "meeting" at token i used as a verb, not a gathering: "looking forward to
// meeting you in Porto", "we enjoyed meeting new people".
func verbMeeting(toks []token, i int) bool {
	if !toks[i].is("meeting") {
		return false
	}
	if i > 0 && toks[i-1].is("to", "of", "for", "enjoyed", "enjoy", "love", "loved", "like", "liked", "about", "after", "before", "keep", "start", "started", "by", "from", "without", "while") {
		return true
	}
	return i+1 < len(toks) && toks[i+1].is("you", "them", "him", "her", "us", "everyone", "everybody", "people", "folks", "new", "all", "other", "others", "fellow", "lots", "many", "some", "so", "old")
}

// eventFor returns the event in a city (and on a date, when known), creating it.
func (x *extraction) eventFor(c *cityRef, date, name string) *event {
	return x.eventOfKind(c, date, "", name)
}

// eventOfKind is eventFor for an event of a kind: a meetup and a conference in the same city
// are two events.
func (x *extraction) eventOfKind(c *cityRef, date, kind, name string) *event {
	name = eventNameOf(name)
	for _, e := range x.events {
		if kind != "" && e.kind != "" && e.kind != kind {
			continue
		}
		if e.city == nil && c == nil && (e.name == name || date != "" && e.date == date) {
			return e
		}
		if e.city != nil && c != nil && e.city.city.ID == c.city.ID && (e.date == "" || date == "" || e.date == date) &&
			!(name != "" && e.name != name) {
			if len(c.written) > len(e.city.written) {
				e.city.written = c.written
			}
			if e.date == "" {
				e.date = date
			}
			return e
		}
	}
	if name == "" {
		name = x.eventName(c, date)
	}
	var city *cityRef
	if c != nil {
		cc := *c
		city = &cc
	}
	e := &event{name: name, city: city, date: date, kind: kind}
	x.addEvent(e)
	return e
}

// eventNameOf returns a name a reader found for an event if it is name-like (eventNameLike),
// else the name-like words it opens with ("Lisbon Rust Meetup 2031" of "Lisbon Rust Meetup
// 2031 that we ran in Lisbon"), else "": a clause where the name would stand ("meetup
// everyone had been asking us to hold in Lisbon") names nothing, and the event is named
// after its series or the post (eventName).
func eventNameOf(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || eventNameLike(name) || lowerBrandYear(name) {
		return name // (a brand in lower case and its year: "europython 2011")
	}
	words := strings.Fields(name)
	n := 0
	for n < len(words) {
		w := strings.Trim(words[n], ",;:")
		r := []rune(w)
		if len(r) == 0 || !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) || eventWords[strings.ToLower(w)]) {
			break
		}
		n++
		if w != words[n-1] {
			break // "Harbour Gophers," ends at the comma
		}
	}
	if head := strings.Trim(strings.Join(words[:n], " "), " ,;:"); head != "" && eventNameLike(head) {
		return head
	}
	return ""
}

// clauseWords make a phrase a clause, not a name: pronouns, relative words, finite verbs and
// auxiliaries ("that we ran", "everyone had been asking"). Names hold them only capitalized
// ("The Night We Met Conf").
var clauseWords = set(`which who whom whose that where when while because since although though if
we i you they he she it us them our your their my his her its was were is are am be been being had
has have having did do does done will would could should can may might must took went came held met
joined gathered ran run organise organize organised organized asked asking said told put kept got
made make finally everyone everybody someone anyone nobody nothing something really just also then
there here very so`)

// eventNameLike reports whether text reads as an event's name: short, its words capitalized
// (or digits, or event words such as "meetup", or the small words titles keep in lower case:
// "Go meetup in New York City", "Night of the Gophers 2031"), with at least one capitalized
// word and no word that makes it a clause.
func eventNameLike(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > 10 || strings.ContainsAny(text, "!?;") || strings.Contains(text, ". ") {
		return false
	}
	caps, loose := 0, 0
	for i, raw := range words {
		w := strings.Trim(raw, `,:()[]"'“”‘’«»`)
		if w == "" {
			continue
		}
		r := []rune(w)
		lower := strings.ToLower(w)
		switch {
		case i == 0 && leadDeterminers[lower]:
			// "The meetup", "Our meetup": capitalized because the sentence opens with it
		case unicode.IsUpper(r[0]) || gluedEventName(w) || brandEventWord(w):
			caps++
		case unicode.IsDigit(r[0]) || !unicode.IsLetter(r[0]):
		case clauseWords[lower]:
			return false
		case eventWords[lower] || smallTitleWords[lower] || nameParticles[lower] || cityParticles[lower]:
		default:
			loose++ // a lower-case word of content: "small", "monthly"
		}
	}
	return caps > 0 && loose <= 1 && loose*3 <= len(words)
}

// leadDeterminers open a phrase that refers to an event rather than naming it ("The meetup
// will happen in Tartu", "Our next meetup"): at the start of a name they do not count as its
// capitalized words.
var leadDeterminers = set(`the our this that next a an`)

// brandEventWord reports a word that names an event in lower case, as some brands write
// theirs: a capital inside it ("dotGo") or an event word joined by a hyphen ("ng-conf",
// "rust-fest").
func brandEventWord(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	head, tail, ok := strings.Cut(strings.ToLower(w), "-")
	return ok && head != "" && (eventWords[tail] || slices.Contains(eventSuffixes, tail))
}

// titleNameLike reports whether a post's title can name its event: a name (eventNameLike),
// or a title in title case, as headlines are written ("Notes From the Spring Meetup"). A
// title in sentence case that makes a clause ("What happened when twenty of us met") names
// no event.
func titleNameLike(title string) bool {
	if title == "" || eventNameLike(title) {
		return true
	}
	if eventWordIn(strings.Map(func(r rune) rune {
		if r == ',' || r == ':' || r == ';' {
			return ' '
		}
		return r
	}, title)) || strings.Contains(title, "#") {
		// "Ghent functional programmers meetup, March 2031", "Porto data night #4": a name
		// in sentence case, by its kind of event or its number
		for _, w := range strings.Fields(title) {
			if clauseWords[strings.ToLower(strings.Trim(w, ",:;!?\"'"))] && !startsUpper(w) {
				return false
			}
		}
		return true
	}
	loose, content := 0, 0
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, ",:;!?\"'")
		lower := strings.ToLower(w)
		if clauseWords[lower] && !startsUpper(w) {
			return false
		}
		if w == "" || smallTitleWords[lower] || eventWords[lower] || clauseWords[lower] || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		content++
		if !startsUpper(w) && !brandEventWord(w) {
			loose++
		}
	}
	// "2031, My year as a speaker": written in sentence case, a phrase, not a headline's name
	return loose < 2 || loose*2 < content
}

// eventName names an event after its series and city, else the post's title.
func (x *extraction) eventName(c *cityRef, date string) string {
	base := x.series
	if base == "" {
		base = occasionTitle(x.doc.Meta.Title)
	}
	if !titleNameLike(base) {
		base = "" // "What happened when twenty of us met": the post's title is a clause, no name
	}
	if base == "" {
		base = "Meetup"
	}
	parts := []string{base}
	if c != nil && !strings.Contains(strings.ToLower(base), strings.ToLower(c.written)) {
		parts = append(parts, c.written)
	}
	if date != "" {
		parts = append(parts, date)
	}
	return strings.Join(parts, " ")
}

// nameHolds reports whether a person's name holds word as one of its words.
func nameHolds(name, word string) bool {
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// recapLead and recapTail are the words a recap's title puts around the event's name:
// "Notes from Harbourconf 2031", "Recap: Harbourconf 2031", "Harbourconf 2031 - a recap".
var (
	recapLead = regexp.MustCompile(`(?i)^(?:(?:a|an|my|our|some|the)\s+)?(?:(?:short|quick|brief|personal|belated|few|final)\s+)?` +
		`(?:notes?|recap|report|trip report|review|highlights|takeaways|thoughts|impressions|lessons(?: learned)?|summary|look back|reflections|memories)` +
		`(?:\s*[:\-–]\s*|\s+(?:from|of|on|at|about)\s+(?:the\s+)?(?:(?:first|second|third|\d+(?:st|nd|rd|th)|annual|inaugural|latest|recent)\s+)?)`)
	recapTail = guard(regexp.MustCompile(`(?i)\s*(?:[:\-–,]\s*)?(?:a\s+|my\s+|our\s+)?(?:recap|wrap-?up|report|trip report|review|highlights|takeaways|retrospective)\s*$`),
		"recap", "wrap", "report", "review", "highlights", "takeaways", "retrospective")
)

// occasionTitle returns a post's title without the words that say it is a recap, so that an
// event named after the title bears the event's name: "Notes from Harbourconf 2031" is
// "Harbourconf 2031". A title whose rest names no event (no event word, no year) stays whole.
func occasionTitle(title string) string {
	title = strings.TrimSpace(title)
	name := title
	if loc := recapLead.FindStringIndex(name); loc != nil {
		name = name[loc[1]:]
	}
	if loc := recapTail.FindStringIndex(name); loc != nil {
		name = name[:loc[0]]
	}
	if name = strings.TrimSpace(name); name == "" || name == title {
		return title
	}
	if !titleNamesEvent(name) && !yearIn.MatchString(name) {
		return title // "Report on Go generics": what is left names no event
	}
	return name
}

// hostedTitle is a title that says an organization hosted the post's event: "Initech hosted
// the first Tartu Rust meetup", "Globex hosts Queueconf 2031". Its first group is who hosted:
// a person who hosted ("Ana Lima hosted ...") is the evening's host, not its venue's.
var hostedTitle = regexp.MustCompile(`^(\S.*?)\s(?:hosted|hosts|hosting)\s+(?:the|our|a|an|this)\b`)

// readOccasion reads what the post as a whole is about: its series (a roadshow through several
// cities), or the one event it recaps or announces (from the title, summary, or a sentence such
// as "took place in San Jose on Sept 23"), and the city its group is named after.
func (x *extraction) readOccasion() {
	x.series = seriesName(x.doc)
	title := &sentence{text: x.doc.Meta.Title, section: -1}
	title.tokens = tokenize(title.text, nil, nil)
	defer func() {
		if m := hostedTitle.FindStringSubmatch(title.text); m != nil && !x.looksLikeName(m[1]) && !givennames.Is(firstWord(m[1])) && !strings.Contains(m[1], " and ") {
			x.readHosts(title) // "Initech hosted the first Tartu Rust meetup": the title's host
		}
	}()
	var single []*event
	if cs := x.cityList(title); len(cs) >= 2 {
		for i := range cs {
			x.eventFor(&cs[i], "", "")
		}
	} else if cs := x.cities(title); len(cs) == 1 && (hasEventWord(title) || titleNamesPlace(title, cs[0]) || namesGroup(title, cs[0])) && !x.pageCityElsewhere(cs[0]) {
		single = append(single, x.eventFor(&cs[0], dateIn(title.text, x.published), ""))
	}
	summary := &sentence{text: x.doc.Meta.Summary, section: -1}
	summary.tokens = tokenize(summary.text, nil, nil)
	if len(single) == 0 && len(x.events) == 0 {
		if cs := x.cities(summary); len(cs) == 1 && hasEventWord(summary) && !nameHolds(x.owner, cs[0].written) {
			// ("Talks at tech events by Ana Lisboa": the page's owner, no town)
			single = append(single, x.eventOfKind(&cs[0], "", eventKind(summary.text), x.occasionName(summary)))
		}
	}
	for k := range x.blockSents {
		block := x.block(k)
		for _, s := range block {
			if s.kind == document.Heading {
				continue
			}
			if sites := x.jointSites(s); len(sites) > 0 {
				single = sites
				continue
			}
			if cs := x.seriesList(s); len(cs) > 0 {
				for i := range cs {
					x.eventFor(&cs[i], "", "")
				}
				continue
			}
			if len(single) == 0 && len(x.seriesStops()) == 0 {
				if e := x.tookPlace(s); e != nil {
					single = append(single, e)
				}
			}
		}
	}
	if x.isTour() {
		x.readTourStops()
	}
	if len(single) == 0 && len(x.events) == 0 {
		if e := x.occasionPlace(); e != nil {
			single = append(single, e)
		}
	}
	if len(single) == 0 && len(x.events) == 0 {
		// "Northwind, 14 Quay Road, 0150 Oslo": where the post's one event is
		if c, host, ev := x.addressPlace(); c != nil {
			e := x.eventFor(c, "", "")
			if host != "" && e.host == "" {
				e.host, e.hostEv = host, ev
			}
			single = append(single, e)
		}
	}
	if len(single) > 0 {
		x.postEvents = single
	} else if len(x.events) == 1 && x.events[0].city != nil {
		x.postEvents = x.events[:1]
	}
	x.defaultCty, x.defaultHere = x.groupCity()
}

// pageCityElsewhere reports front matter that places the page's event in another city than c:
// "Joint Meetup with Quill Docs LA" over "event_location: Harbour Hall, Pasadena, CA" is in
// Pasadena, whatever group of which town it was joint with.
func (x *extraction) pageCityElsewhere(c cityRef) bool {
	m := x.doc.Meta
	if !x.eventPage() {
		return false
	}
	pc := x.placeCity(m.City, m.Location, m.Venue)
	return pc != nil && pc.city.ID != c.city.ID
}

// tourWords say a post is about a tour of several cities.
var tourWords = set(`tour tours roadshow roadtrip road-trip`)

// isTour reports a post whose title or summary says it is about a tour ("WebExpo Tour - Geeks
// on the road", "Sebastien on Tour").
func (x *extraction) isTour() bool {
	for _, text := range []string{x.doc.Meta.Title, x.doc.Meta.Summary} {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if tourWords[w] {
				return true
			}
		}
	}
	return false
}

// travelVerbs move a tour from stop to stop: "started the tour in Porto and drove to
// Braga", "wrapped up in Vienna".
var travelVerbs = set(`started began drove flew went travelled traveled headed arrived continued moved
wrapped ended finished stopped visited hopped`)

// tripWords speak of travel without a verb of it ("a trip to Tartu, then Riga"): they travel
// only to a city after "to", or after "then" once there.
var tripWords = set(`trip`)

// readTourStops makes an event of each city a tour post travels to: a city after "in", "to"
// or "at" in a sentence with a verb of travel, not one the writer flew home (or back) to.
func (x *extraction) readTourStops() {
	for k := range x.blockSents {
		block := x.block(k)
		for _, s := range block {
			traveled := hasWord(s, travelVerbs)
			if s.kind == document.Heading || s.quoted || !traveled && !hasWord(s, tripWords) {
				continue
			}
			stopped := false // a city of the sentence was a stop
			for _, c := range x.cities(s) {
				home := c.start > 1 && s.tokens[c.start-2].is("home", "back")
				// "when we moved to Ghent": where the writer came to live (a tour moves on)
				moved := c.start > 1 && s.tokens[c.start-1].is("to") && s.tokens[c.start-2].is("moved", "relocated")
				// "a trip to Tartu, then Riga": the next stop after the first
				then := stopped && c.start > 0 && s.tokens[c.start-1].is("then")
				// "my trip was delayed in Frankfurt": a trip goes to its stops
				tripOnly := !traveled && !s.tokens[c.start-1].is("to") && !then
				if c.start > 0 && (inWord(s.tokens[c.start-1]) || s.tokens[c.start-1].is("to", "at") || then) && !home && !moved && !tripOnly {
					cc := c
					x.eventFor(&cc, "", "")
					stopped = true
				}
			}
		}
	}
}

// occasionBlocks is how many paragraphs from the top of a post may say where its occasion is.
const occasionBlocks = 4

// occasionPlace reads where the post's one event is from an opening sentence that names an
// event and a city after "in" ("ng-conf is the flagship Angular conference in Salt Lake City,
// Utah", "we were out at [Big Ruby Conf](…) in our own backyard of Dallas, TX"), for a post
// that no other rule placed. The sentence must name exactly one city and speak of the past or
// present: a post that places nothing else is about the event its opening places.
func (x *extraction) occasionPlace() *event {
	seen := 0
	for bi := range x.blockSents {
		sents := x.block(bi)
		b := x.doc.Blocks[bi]
		if b.Kind != document.Paragraph || b.Quoted || len(sents) == 0 {
			continue
		}
		if seen++; seen > occasionBlocks {
			return nil
		}
		for _, s := range sents {
			cs := x.cities(s)
			if len(cs) != 1 || futureWords.MatchString(s.text) {
				continue
			}
			c := cs[0]
			name := ""
			for i := range s.links {
				if t := linkText(s, i); x.isEventName(t) && s.links[i].End <= int(s.tokens[c.start].start) {
					name = t
					break
				}
			}
			if name == "" && !hasEventWord(s) || !inBefore(s, c.start, 5) {
				continue
			}
			if x.eventHeadingCount() >= 2 && x.sectionEventName(s, c) != "" {
				return nil // a diary of events, a heading each: the event of its section (readSentence)
			}
			return x.eventOfKind(&c, dateIn(s.text, x.published), eventKind(s.text), name)
		}
	}
	return nil
}

// namedEventPlace reads the post's one event, for a post no other reader placed anywhere, from
// the events its prose names with their city,
// after "at", "of" or "to": "the 2031 edition of [Gopher Days Tartu]", "speaking at the Tartu
// Rust Dojo", "come see us at FooConf, Tartu!". The name must read as an event's (an event or
// group word, a year) and hold the city (cityInEventName) or be followed by it after a comma.
// Every such mention in the post must be in the same city; a post that names events in two
// cities states no one event this way.
func (x *extraction) namedEventPlace() *event {
	var name string
	var city *cityRef
	for _, block := range x.blockSents { // (a released block names no event: see release)
		for _, s := range block {
			if s.kind == document.Heading {
				continue
			}
			toks := s.tokens
			if len(toks) > 1 && toks[0].text() == "I" && toks[1].is("spoke", "talked", "presented", "gave") || cfpWords.MatchString(s.text) {
				continue // "I spoke at FooConf Porto in 2023": where the author once was, not this post's event
			}
			for k := 0; k+1 < len(toks); k++ {
				if toks[k].link >= 0 || !toks[k].is("at", "of", "to", "attend", "attended", "attending", "visit", "visited") {
					continue
				}
				if toks[k].is("to") && (k == 0 || !toks[k-1].is("went", "go", "going", "came", "come", "coming", "travelled", "traveled", "trip", "welcome", "and")) {
					continue // "a CfP to FooConf": to an event only when going there
				}
				j := k + 1
				if toks[j].is("the") {
					j++
				}
				end := j
				if j < len(toks) && toks[j].link >= 0 {
					for end < len(toks) && toks[end].link == toks[j].link {
						end++
					}
				} else {
					for end < len(toks) && end < j+6 && (toks[end].cap && toks[end].word || end > j && isDigits(toks[end].text())) {
						end++
					}
				}
				if end == j {
					continue
				}
				n := strings.TrimSpace(s.text[toks[j].start:toks[end-1].end])
				if !x.isEventName(n) || x.looksLikeName(n) && givennames.Is(firstWord(n)) {
					continue
				}
				c := x.eventNameCity(n)
				if c == nil && end+1 < len(toks) && toks[end].text() == "," {
					if cc, ok := x.cityAt(s, end+1); ok {
						c = &cc
					}
				}
				if c == nil || strings.EqualFold(strings.TrimSpace(n), c.written) {
					continue
				}
				if city != nil && city.city.ID != c.city.ID {
					return nil
				}
				if city == nil {
					name, city = n, c
				}
			}
		}
	}
	if city == nil {
		return nil
	}
	return x.eventOfKind(city, "", eventKind(name), name)
}

// cfpWords mark a sentence about proposing a talk, not giving it.
var cfpWords = guard(regexp.MustCompile(`(?i)\b(?:cfps?|call for (?:papers|proposals|speakers)|submitted|submit|proposal)\b`),
	"cfp", "call for", "submit", "proposal")

// inBefore reports whether "in" comes at most n words before token i, within the same clause
// ("in Salt Lake City", "in our own backyard of Dallas").
func inBefore(s *sentence, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		t := s.tokens[k]
		if inWord(t) {
			return true
		}
		if !t.word || t.is("from", "to") {
			return false
		}
	}
	return false
}

// namesGroup reports whether a city is the first word of a group's name ("Denver Gophers").
func namesGroup(s *sentence, c cityRef) bool {
	return c.end < len(s.tokens) && groupWords[s.tokens[c.end].lower()]
}

// titleNamesPlace reports whether a title ends with its city ("Birthday Celebration -
// Bangalore"), the way single-event recaps are titled; the city's region and country may
// follow it ("... in Springfield, Illinois, USA").
func titleNamesPlace(s *sentence, c cityRef) bool {
	return (c.end == len(s.tokens) || placeTail(s.tokens, c.end)) && c.start > 0 && (s.tokens[c.start-1].text() == "-" || s.tokens[c.start-1].text() == "–" || s.tokens[c.start-1].is("in"))
}

// placeTail reports whether the tokens from j to the end are the rest of a place's address
// after its city: commas and capitalized names, the last of them a country or a state
// (", Illinois, USA", ", Hordaland, Norway").
func placeTail(toks []token, j int) bool {
	last := ""
	for j < len(toks) {
		if toks[j].text() != "," {
			return false
		}
		k := j + 1
		for k < len(toks) && toks[k].word && toks[k].cap && k-j <= 3 {
			k++
		}
		if k == j+1 {
			return false
		}
		last = strings.Join(wordsOf(toks[j+1:k]), " ")
		j = k
	}
	if last == "" {
		return false
	}
	_, region := gazetteer.Region(last)
	return region || gazetteer.IsCountry(last)
}

// wordsOf returns the texts of tokens.
func wordsOf(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text()
	}
	return out
}

// occasionName takes an event's name from a summary such as "Reporting from GothamGo 2015, the
// first full-day Go conference": the capitalized words after "from" or at the start.
func (x *extraction) occasionName(s *sentence) string {
	for i, t := range s.tokens {
		if t.is("from", "at") && i+1 < len(s.tokens) && s.tokens[i+1].cap {
			j := i + 1
			for j < len(s.tokens) && s.tokens[j].word && (s.tokens[j].cap || isDigits(s.tokens[j].text())) {
				j++
			}
			return s.text[s.tokens[i+1].start:s.tokens[j-1].end]
		}
	}
	return ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// seriesName finds the name of a series of meetups: the words before "meetups" in the title
// or the first paragraph ("Kubernetes + Cloud Native meetups").
func seriesName(doc *document.Document) string {
	texts := []string{doc.Meta.Title}
	for _, b := range doc.Blocks {
		if b.Kind == document.Paragraph {
			texts = append(texts, b.Text)
			break
		}
	}
	for _, text := range texts {
		if name := seriesNameIn(text); name != "" {
			return name
		}
	}
	return ""
}

// meetupWords are the words a series' name comes before (see seriesNameIn), for a text
// that holds neither.
var meetupWords = newFoldWords("meetup")

// seriesChunk is how much of a text seriesNameIn tokenizes at a time.
const seriesChunk = 4 << 10

// seriesNameIn finds the first "X Meetup" of a text (see seriesName). The text is tokenized a
// chunk at a time, cut after a space (so the tokens are those of the whole text), and only the
// tokens a name could reach back over are kept: a long first paragraph costs no more memory
// than a chunk.
func seriesNameIn(text string) string {
	if !meetupWords.in(text) {
		return "" // (asked first: the first paragraph may be the whole post, and most name no meetup)
	}
	var toks []token  // the last tokens read, from the last one a name cannot reach back over
	base := 0         // the index in the text's tokens of toks[0]
	var chunk []token // the tokens of the chunk being read, in a buffer each chunk reuses
	for from := 0; from < len(text); {
		to := min(from+seriesChunk, len(text))
		for to < len(text) {
			r, size := utf8.DecodeRuneInString(text[to:])
			to += size
			if unicode.IsSpace(r) {
				break
			}
		}
		chunk = appendTokens(chunk[:0], text[from:to], nil, nil)
		for _, t := range chunk {
			t.src = &text // the token is kept as one of the whole text's
			t.start += int32(from)
			t.end += int32(from)
			toks = append(toks, t)
			i := len(toks) - 1
			if t.is("meetups", "meetup") && base+i > 0 {
				j := i
				for j > 0 && (toks[j-1].cap && !determiners[toks[j-1].lower()] || toks[j-1].text() == "+" || toks[j-1].is("and", "&") && j > 1 && toks[j-2].cap) {
					j--
				}
				if j < i {
					return text[toks[j].start:toks[i-1].end] + " Meetup"
				}
			}
			if !(t.cap && !determiners[t.lower()] || t.text() == "+" || t.is("and", "&")) {
				// no name reaches back over this token: the ones before it are done with
				base += i
				toks = append(toks[:0], t)
			}
		}
		from = to
	}
	return ""
}

// determiners start a noun phrase but never a series' name: "Each meetup", "Our meetups".
var determiners = set(`a an the this that these those our your their my his her its each every all some
any no last first next previous recent upcoming several many past`)

// seriesList reads a list of cities a series visited: "our roadshow took us to A, B and C",
// "a series of meetups in A, B, C".
func (x *extraction) seriesList(s *sentence) []cityRef {
	cs := x.cityList(s)
	if len(cs) < 2 {
		return nil
	}
	before := strings.ToLower(s.text[:s.tokens[cs[0].start].start])
	if strings.Contains(before, "roadshow") || strings.Contains(before, "tour") || strings.Contains(before, "took us to") ||
		strings.Contains(before, "meetups in") || strings.Contains(before, "series of") || eventsIn(s.tokens, cs[0].start) || citiesLabel(s, cs[0].start) {
		return cs
	}
	return nil
}

// citiesLabel reports a list of cities that a sentence about holding events introduces as
// such: "ran meetups in three cities: A, B and C", "the tour visited these towns: A, B".
// Where people came from ("from three cities:") is no list of stops.
func citiesLabel(s *sentence, k int) bool {
	toks := s.tokens
	if k < 3 || toks[k-1].text() != ":" || !toks[k-2].is("cities", "towns", "stops", "locations") {
		return false
	}
	noun, verb := false, false
	for i := 0; i < k-2; i++ {
		noun = noun || seriesNouns[toks[i].lower()] || toks[i].is("tour", "roadshow")
		verb = verb || toks[i].is("hosted", "held", "organised", "organized", "ran", "visited", "toured", "brought", "stopped", "took", "hosting", "holding")
		if toks[i].is("from") {
			return false // "came to our events from three cities:": where people came from
		}
	}
	return noun && verb
}

// seriesNouns are the plural words of a series' stops before "in" and its cities.
var seriesNouns = set(`meetups meetings events conferences stops get-togethers togethers workshops talks sessions`)

// eventsIn reports a plural event word and "in" right before token k: "doing meetings in A, B
// and C", "stops in A and B", "events in A, B and C".
func eventsIn(toks []token, k int) bool {
	if k < 2 || !toks[k-1].is("in") {
		return false
	}
	w := toks[k-2].lower()
	return seriesNouns[w]
}

// jointSites reads one event held in several cities at once: "we brought together the Berlin,
// London and Stockholm groups using King's offices". Each city is a site of the event, hosted
// by the organization whose offices were used.
func (x *extraction) jointSites(s *sentence) []*event {
	cs := x.cityList(s)
	if len(cs) < 2 {
		return nil
	}
	lower := s.lowerText()
	if !strings.Contains(lower, "together") && !strings.Contains(lower, "simultaneous") && !strings.Contains(lower, "joint") {
		return nil
	}
	name := x.emphasizedName()
	host, hostEv := x.officesOf(s)
	var out []*event
	for i := range cs {
		e := x.eventFor(&cs[i], "", strings.TrimSpace(name+" ("+cs[i].written+")"))
		if host != "" && e.host == "" {
			e.host, e.hostEv = host, hostEv
		}
		out = append(out, e)
	}
	return out
}

// emphasizedName is the event's name when the post writes it in bold, else the title.
func (x *extraction) emphasizedName() string {
	for _, b := range x.doc.Blocks {
		for _, sp := range b.Spans {
			text := b.SpanText(sp)
			if sp.Strong && strings.EqualFold(strings.TrimSpace(text), strings.TrimSpace(x.doc.Meta.Title)) {
				return text
			}
		}
	}
	return x.doc.Meta.Title
}

// officesOf finds "using X's offices", "at X's office", "at the X offices" in a sentence.
func (x *extraction) officesOf(s *sentence) (string, *Evidence) {
	toks := s.tokens
	for i, t := range toks {
		if !t.is("office", "offices", "hq", "headquarters", "premises", "campus") {
			continue
		}
		// walk back over the organization's name (and its possessive)
		j := i
		if j > 0 && toks[j-1].text() == "'s" {
			j--
		}
		k := j
		for k > 0 && (orgWord(toks[k-1]) || toks[k-1].link >= 0 && toks[k-1].link == toks[j-1].link) {
			k--
		}
		if k == j {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(s.text[toks[k].start:toks[j-1].end], "'s"), "’s")
		if x.acceptOrg(name) {
			return orgName(name), &Evidence{Sentence: s.text, Confidence: 0.8}
		}
	}
	return "", nil
}

// tookPlace reads "the first Quiet Queues Meetup took place in Porto, PT on Sept 23",
// "hosting the first queues meetup of 2031 at the Initech offices in Braga": the
// post's own event, with its city, date and host.
func (x *extraction) tookPlace(s *sentence) *event {
	lower := s.lowerText()
	crowd := false
	organized := (strings.Contains(lower, "held in") || strings.Contains(lower, "hosted in") || strings.Contains(lower, "organi")) && organizedIn.MatchString(lower)
	if !(strings.Contains(lower, "took place") || strings.Contains(lower, "was held in") || tookPlaceElsewhere.MatchString(lower) || organized ||
		strings.Contains(lower, "hosting the") || strings.Contains(lower, "meetup in") && strings.Contains(lower, "we ") ||
		weGathered.MatchString(lower)) {
		if crowd = strings.ContainsAny(lower, "0123456789") && crowdGathered.MatchString(lower); !crowd {
			return nil
		}
	}
	named := x.pronounEventName(s) // "It is organized in Antwerp", after the event's name
	if strings.Contains(lower, "will ") || strings.Contains(lower, "next ") || !hasEventWord(s) && named == "" && !namedEdition(s) && !weWords.MatchString(lower) && !strings.Contains(lower, "joined us") && !occasionSubject.MatchString(lower) && !x.titleNamesEvent() {
		return nil
	}
	cs := x.cities(s)
	if len(cs) == 0 {
		if c, ok := universityCity(s); ok {
			cs = []cityRef{c} // "took place at the University of Porto": the university's town
		}
	}
	if len(cs) != 1 || crowd && (cs[0].start == 0 || !inWord(s.tokens[cs[0].start-1])) {
		return nil // "80 developers from Lisbon gathered": where they came from
	}
	e := x.eventFor(&cs[0], dateIn(s.text, x.published), named)
	if host, ev := x.officesOf(s); host != "" && e.host == "" {
		e.host, e.hostEv = host, ev
	}
	return e
}

// titleNamesEvent reports a post whose title has an event word ("Recap of the May meetup"):
// what its sentences say took place is that event, whatever their subject ("Our group's
// return to Lyon finally took place").
func (x *extraction) titleNamesEvent() bool {
	title := &sentence{text: x.doc.Meta.Title, section: -1}
	title.tokens = tokenize(title.text, nil, nil)
	return hasEventWord(title)
}

// occasionSubject opens a sentence whose subject is the occasion itself, named by a word of
// time or gathering rather than an event word: "The evening took place in ...", "This
// year's edition was held in ...", "Our gathering took place in ...".
var occasionSubject = regexp.MustCompile(`^(?:the|this|our|that|last\s+\w+'s|this\s+\w+'s)\s+(?:\w+\s+)?(?:evening|night|edition|gathering|session|get-together|afternoon|morning|day)\s+(?:took place|was held|happened)\b`)

// tookPlaceElsewhere is "took place" and "was held" in the other languages posts are read in:
// French "a eu lieu", "s'est tenue", "s'est déroulée"; Spanish "tuvo lugar", "se celebró", "se
// realizó"; Portuguese "teve lugar", "aconteceu", "foi realizado"; Italian "si è tenuto", "ha
// avuto luogo"; German "fand ... statt"; Dutch "vond ... plaats"; Polish "odbył się".
var tookPlaceElsewhere = literal{regexp.MustCompile(`\b(?:a (?:\pL+ )?eu lieu|s['’]est (?:tenue?s?|déroulée?s?)|tuvo lugar|se (?:celebró|realizó)|teve lugar|aconteceu|foi realizad[oa]|si è (?:tenut[oa]|svolt[oa])|ha avuto luogo|odbył[aoy]? się)\b|\bfand\b.*\bstatt\b|\bvond\b.*\bplaats\b`),
	[]string{"eu lieu", "est tenu", "est déroul", "tuvo lugar", "se celebró", "se realizó", "teve lugar", "aconteceu", "foi realizad", "si è ", "avuto luogo", " się", "statt", "plaats"}}

// universityWords name a university before "of" and its town, in the languages posts are
// read in: "University of Porto", "Université de Tours", "Universidad de Sevilla", "Universidade
// de Coimbra", "Università di Pisa".
var universityWords = set(`university université universidad universidade università`)

// universityCity reads the town of the one university a sentence names by "University of
// Town" (cityAt takes such a name for the organization it is): where an event held at the
// university took place. The town is read even when it is also a common word ("Tours").
func universityCity(s *sentence) (cityRef, bool) {
	var found cityRef
	n := 0
	for i := 2; i < len(s.tokens); i++ {
		t := s.tokens[i]
		uni := strings.TrimPrefix(strings.TrimPrefix(s.tokens[i-2].lower(), "l'"), "l’") // "l'Université"
		if !t.cap || !t.word || !s.tokens[i-1].is("of", "de", "di") || !universityWords[uni] {
			continue
		}
		if c, ok := gazetteer.Lookup(t.text()); ok {
			found = cityRef{written: t.text(), city: c, start: i, end: i + 1}
			n++
		}
	}
	return found, n == 1
}

// namedEdition reports a sentence that names an edition of an event by a name and its year:
// "Harbourconf 2031 took place in Rotterdam", "Devmeet Baltics 2031 was held in Tartu".
func namedEdition(s *sentence) bool {
	for i := 1; i < len(s.tokens); i++ {
		prev, t := s.tokens[i-1], s.tokens[i]
		if prev.cap && prev.word && !calendarWords[prev.lower()] && !prev.is("in", "since", "of") && len(t.text()) == 4 && isDigits(t.text()) && (strings.HasPrefix(t.text(), "19") || strings.HasPrefix(t.text(), "20")) {
			return true
		}
	}
	return false
}

// weGathered matches the post's own group meeting somewhere: "we met in", "last week we all
// gathered in", "we got together again in".
var weGathered = guard(regexp.MustCompile(`\bwe (?:all |finally |once again )?(?:met|gathered|got together|came together|convened|reunited)(?: again)? in\b|`+
	`\b(?:fanden|trafen|versammelten)\s+wir\s+uns\b|\bwir\s+trafen\s+uns\b|\bnous\s+nous\s+sommes\s+(?:retrouvés|réunis)\b|`+
	`\bnos\s+(?:reunimos|juntamos|encontramos)\b|\bkwamen\s+we\s+samen\b`), "we ", "wir", "nous", "nos", "kwamen")

// pronounEventName is the event a sentence opening with "It" refers to, in a paragraph whose
// first sentence opens with the event's linked name ("[FooConf](…) 2031 is the first annual
// conference of ... It is organized in Antwerp"), or "".
func (x *extraction) pronounEventName(s *sentence) string {
	if s.index == 0 || len(s.tokens) == 0 || !s.tokens[0].is("it") {
		return ""
	}
	sents := x.block(s.block)
	if len(sents) == 0 || len(sents[0].links) == 0 || sents[0].links[0].Start != 0 {
		return ""
	}
	first := sents[0]
	l := first.links[0]
	name := clean(first.text[l.Start:l.End])
	if m := leadingYear.FindString(first.text[l.End:]); m != "" && !hasYear(name) {
		name += " " + strings.TrimSpace(m) // "[FooConf](…) 2031"
	}
	if !x.isEventName(name) {
		return ""
	}
	return name
}

// leadingYear is a year right after a name: " 2031".
var leadingYear = regexp.MustCompile(`^\s+(?:19|20)\d{2}\b`)

// organizedIn places an event by the verb of organizing or holding it: "It is organized in
// Antwerp", "the conference is being held in Porto", "is hosted in Tartu".
var organizedIn = regexp.MustCompile(`\b(?:is|was|are|were)\s+(?:being\s+)?(?:organi[sz]ed|held|hosted)\s+in\b`)

// crowdGathered is a number of people who gathered somewhere, in the languages posts are read
// in: "more than 200 developers gathered in Porto", "80 people came together in Tartu", "50
// attendees joined us in Porto", "200 Entwickler kamen in Tartu zusammen", "120 personnes se
// sont réunies à Lyon", "80 personas se reunieron en Cali", "100 pessoas se reuniram em Recife".
var crowdGathered = literal{regexp.MustCompile(`\b\d[\d.,]*\+?\s+(?:\p{L}+\s+)?(?:people|developers|devs|attendees|participants|engineers|members|folks|guests|visitors|entwickler(?:innen)?|teilnehmer(?:innen)?|leute|personen|menschen|besucher(?:innen)?|personnes|développeurs|développeuses|participants|personas|desarrolladores|asistentes|pessoas|desenvolvedores|participantes|mensen|ontwikkelaars|deelnemers|osób|uczestników)\s+(?:\p{L}+\s+){0,3}?(?:gathered|came together|got together|met|joined us|showed up|turned up|kamen|trafen sich|versammelten sich|se sont réuni(?:e)?s|se sont retrouvé(?:e)?s|se reunieron|se juntaron|se reuniram|kwamen|spotkało się)\b`),
	[]string{"gathered", "together", "met", "joined us", "showed up", "turned up", "kamen", "trafen", "versammelten", "réuni", "retrouvé", "reunieron", "juntaron", "reuniram", "kwamen", "spotkało"}}

// weWords are "we" in the languages posts are read in: a sentence of the writers' own
// gathering ("diesmal trafen wir uns bei Initech in Tartu") speaks of the post's event.
var weWords = literal{regexp.MustCompile(`\b(?:we|wir|nous|nos|nosotros|wij|noi)\s`),
	[]string{"we", "wir", "nous", "nos", "wij", "noi"}}

// hereWords are "here" in the languages posts are read in, before a preposition of place:
// "here in Lyon", "aqui em Recife", "aquí en Cali", "ici à Nantes", "hier in Graz", "qui a
// Torino", "tutaj w Gdańsku".
var hereWords = set(`here aqui aquí ici hier qui tutaj`)

// groupCity finds the city a post's group is named after ("London Gophers", "Kubernetes
// Montreal") or says it is in ("here in Lyon"), used for events whose city the post never
// writes. Only an unambiguous city counts. here says the city is the one the writer says the
// group is in.
func (x *extraction) groupCity() (c *cityRef, here bool) {
	if h := x.hereCity(); h != nil {
		return h, true // (other groups the post names are not where it met)
	}
	if c := x.namedGroupCity(); c != nil {
		return c, false
	}
	if c := x.taglineCity(); c != nil {
		return c, false
	}
	c, links := x.meetupGroupCity()
	// a group whose meetup pages the post links to again and again met in its town, whatever
	// other towns the talks speak of
	return c, c != nil && links >= 2
}

// meetupGroupCity is the city a post's group is named after in the address of its meetup.com
// page, which the post links to ("https://www.meetup.com/Tartu-Rust-Meetup/events/123/"),
// and how many links go to the group: every such address must be of one group, and the
// group's name must hold one large city (a town of 100,000 people or more; one word must be
// its own name, not a common word).
func (x *extraction) meetupGroupCity() (_ *cityRef, links int) {
	slug := ""
	for _, b := range x.doc.Blocks {
		for _, l := range b.Links {
			g, ok := meetupGroup(l.Href)
			if !ok || isDigits(g) {
				continue // ("meetup.com/14064142": an old address by number, which names nothing)
			}
			if slug != "" && !strings.EqualFold(slug, g) {
				return nil, 0 // the groups of two towns, or two groups
			}
			slug = g
			links++
		}
	}
	if slug == "" {
		return nil, 0
	}
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for _, w := range words {
		if onlineWords[strings.ToLower(w)] {
			return nil, 0 // "Queue-Lovers-Online": a group that meets nowhere
		}
	}
	var found *cityRef
	for i := 0; i < len(words); i++ {
		for n := 3; n >= 1; n-- { // "San-Francisco-Gophers": the longest name first
			if i+n > len(words) {
				continue
			}
			name := strings.Join(words[i:i+n], " ")
			c, ok := gazetteer.Lookup(name)
			// (a name of two words or more may be another of the town's names: "new-york")
			if !ok || c.Population < meetupCityPopulation || n == 1 && (!gazetteer.OwnName(name, c) || gazetteer.Common(name)) {
				continue
			}
			if j := i + n; j < len(words) && regionWords[strings.ToLower(words[j])] {
				continue // "Washington-State-Gophers": a state of that name, not the town
			}
			var same bool
			if found, same = oneCity(found, cityRef{written: c.Name, city: c}); !same {
				return nil, 0
			}
			i += n - 1
			break
		}
	}
	return found, links
}

// onlineWords in a meetup.com group's address say it meets online.
var onlineWords = set(`online virtual remote global worldwide web`)

// regionWords after a town's name in a group's address make it a region's: "Washington-State".
var regionWords = set(`state county region province area`)

// meetupCityPopulation is how many people a town named in a meetup.com group's address must
// have: an address's words are a group's name, where small towns' names are also words.
const meetupCityPopulation = 100000

// meetupGroup returns the group name in the address of a meetup.com group or event page.
func meetupGroup(href string) (string, bool) {
	i := strings.Index(href, "meetup.com/")
	if i < 0 {
		return "", false
	}
	rest := href[i+len("meetup.com/"):]
	if lang, tail, ok := strings.Cut(rest, "/"); ok && (len(lang) == 2 || len(lang) == 5 && lang[2] == '-') {
		rest = tail // "meetup.com/de/Tartu-Rust/", "meetup.com/pt-BR/Tartu-Rust/": the page's language first
	}
	g, _, _ := strings.Cut(rest, "/")
	g, _, _ = strings.Cut(g, "?")
	if g == "" || g == "topics" || g == "find" || g == "cities" || g == "apps" || g == "help" || g == "login" || g == "members" {
		return "", false
	}
	return g, true
}

// taglineCity is the city the opening of a post says its group meets in: "**Static Site
// Meetup in Vienna**", "We are a user group in Tartu", "a meetup in Austria, Vienna". Only the
// first few blocks with text count, where a group's page says what it is, and only one city:
// a post that names two is about more than one place.
func (x *extraction) taglineCity() *cityRef {
	var found *cityRef
	named := map[string]bool{} // every city the opening names
	blocks := 0
	for k := range x.blockSents {
		block := x.block(k)
		if len(block) == 0 {
			continue
		}
		if blocks++; blocks > taglineBlocks {
			break
		}
		for _, s := range block {
			for _, c := range x.cities(s) {
				named[c.city.ID] = true
			}
			if c, ok := x.ownGroupCity(s); ok {
				// "the meetups we ran for Tartu's Go user group": the writers' group
				if found, ok = oneCity(found, c); !ok {
					return nil
				}
				named[c.city.ID] = true
			}
			for i := 2; i < len(s.tokens); i++ {
				if !inWord(s.tokens[i-1]) || !taglineWords[s.tokens[i-2].lower()] || !s.tokens[i].cap {
					continue
				}
				c, ok := x.cityAt(s, i)
				if !ok && i+2 < len(s.tokens) && s.tokens[i+1].text() == "," && gazetteer.IsCountry(s.tokens[i].text()) {
					c, ok = x.cityAt(s, i+2) // "in Austria, Vienna": the country, then the city
				}
				if !ok {
					continue
				}
				if found, ok = oneCity(found, c); !ok {
					return nil
				}
				named[c.city.ID] = true
			}
		}
	}
	if len(named) > 1 {
		return nil // "our meetup in Vienna and the one in Graz"
	}
	return found
}

// ownGroupVerb is the writers saying they run a group: "we've organised", "we run", "I
// organize", "we host".
var ownGroupVerb = guard(regexp.MustCompile(`(?i)\b(?:we|I)(?:['’]ve|['’]re| have| are)?\s+(?:\w+\s+)?(?:organi[sz]ed|organi[sz]e|organi[sz]ing|run|ran|running|host|hosted|hosting|founded|started|lead|led)\b`),
	"organi", "run", "ran", "host", "founded", "started", "lead", "led")

// ownGroupCity reads the city of a group the writers say they run (ownGroupVerb) that a
// sentence names after its city, with the city's possessive or up to two words between
// ("Tartu's Go user group", "the Tartu Rust meetup", "Tartu Gophers"). A group the writers
// only thank or visit is someone else's.
func (x *extraction) ownGroupCity(s *sentence) (cityRef, bool) {
	if !ownGroupVerb.MatchString(s.text) {
		return cityRef{}, false
	}
	var found *cityRef
	for _, c := range x.cities(s) {
		k := c.end
		if k < len(s.tokens) && (s.tokens[k].text() == "'s" || s.tokens[k].text() == "’s") {
			k++
		}
		for j := k; j < len(s.tokens) && j <= k+2; j++ {
			if groupWords[s.tokens[j].lower()] || s.tokens[j].is("user") && j+1 < len(s.tokens) && s.tokens[j+1].is("group") {
				if found != nil && found.city.ID != c.city.ID {
					return cityRef{}, false
				}
				cc := c
				found = &cc
				break
			}
			if !s.tokens[j].word || !s.tokens[j].cap && !s.tokens[j].is("user") {
				break
			}
		}
	}
	if found == nil {
		return cityRef{}, false
	}
	return *found, true
}

// oneCity keeps the one city a rule may find: found, or c when none was found yet. It
// reports false when c is another city than the one found.
func oneCity(found *cityRef, c cityRef) (*cityRef, bool) {
	if found != nil {
		return found, found.city.ID == c.city.ID
	}
	return &c, true
}

// taglineBlocks is how many blocks with text, from the top, may say where a post's group meets.
const taglineBlocks = 4

// taglineWords name a group or its recurring meetup before "in CITY" in a post's opening.
var taglineWords = set(`meetup meetups meet-up group usergroup community chapter`)

// namedGroupCity is groupCity's city from the group's name alone.
func (x *extraction) namedGroupCity() *cityRef {
	var found *cityRef
	for k := range x.blockSents {
		block := x.block(k)
		for _, s := range block {
			for i, t := range s.tokens {
				if !t.cap {
					continue
				}
				if c, ok := dottedGroupCity(s.tokens[i].text()); ok {
					// "London.pm", "Tartu.rb": a user group named by its city and its language's suffix
					if found, ok = oneCity(found, c); !ok {
						return nil
					}
					continue
				}
				if i+1 >= len(s.tokens) {
					continue
				}
				next := s.tokens[i+1]
				if c, ok := camelGroupCity(t, next); ok {
					// "the PyOslo meetup", "BergenJS talks": a group named by a city and a tag
					if found, ok = oneCity(found, c); !ok {
						return nil
					}
					continue
				}
				if !(next.cap && next.word) {
					// "our Bergen meetup", "the Bergen chapter": a city before the kind of event
					if next.word && (eventWords[next.text()] || next.text() == "chapter") && (i == 0 || !s.tokens[i-1].cap || notNameWords[s.tokens[i-1].lower()]) {
						single := t
						single.link = -1
						if c, ok := x.cityAt(&sentence{text: s.text, tokens: []token{single}}, 0); ok {
							if found, ok = oneCity(found, c); !ok {
								return nil
							}
						}
					}
					continue
				}
				// "London Gophers", or "the Dhaka Kotliners meetup", "Oslo Data Engineers talks"
				j, at := i+1, i
				for j < len(s.tokens) && s.tokens[j].cap && s.tokens[j].word {
					j++
				}
				if !lookupLower(groupWords, next.text()) && !(j < len(s.tokens) && (lookupLower(eventWords, s.tokens[j].text()) || s.tokens[j].is("talks"))) && !groupRunEnd(s.tokens[i+1:j]) {
					// "AWS User Group Oslo", "Kotlin Meetup Oslo": the city ends the group's name
					if !lookupLower(groupTails, t.text()) || j != i+2 || i == 0 || !s.tokens[i-1].cap {
						continue
					}
					t, at = next, i+1
				}
				if c, ok := cityBeforeRegion(s.tokens, at); ok {
					// "the Dayton Ohio Rust User Group": the city, not its state
					if found, ok = oneCity(found, c); !ok {
						return nil
					}
					continue
				}
				single := t
				single.link = -1
				c, ok := x.cityAt(&sentence{text: s.text, tokens: []token{single}}, 0)
				if !ok {
					if cc, ok2 := gazetteer.Lookup(t.text()); ok2 && !gazetteer.Common(t.text()) {
						c, ok = cityRef{written: t.text(), city: cc}, true
					}
				}
				if !ok {
					continue
				}
				if found, ok = oneCity(found, c); !ok {
					return nil
				}
			}
		}
	}
	return found
}

// hereCity is the one city the post says its writer is in ("the crowd here in Lyon"), or nil.
func (x *extraction) hereCity() *cityRef {
	var here *cityRef
	for k := range x.blockSents {
		block := x.block(k)
		for _, s := range block {
			for i, t := range s.tokens {
				if t.cap && i >= 2 && hereWords[s.tokens[i-2].lower()] && (inWord(s.tokens[i-1]) || s.tokens[i-1].is("w", "a")) {
					// "the crowd here in Lyon", "o público aqui em Recife": where the writer's group is
					if c, ok := x.cityAt(s, i); ok {
						if here != nil && here.city.ID != c.city.ID {
							return nil
						}
						here = &c
						continue
					}
				}
			}
		}
	}
	return here
}

// camelGroupCity reads the city in a group's name written as one word, a city joined to a
// short technology tag ("PyOslo", "BergenJS", "GoLima") or a technology's name ("PythonLima"),
// when an event or group word follows it ("the PyOslo meetup"). The city must be a name that
// is not also a common word, of five letters or more (four beside a technology's name of four
// letters or more: "RubyLima", not "GoLima"), and
// the tag at most four letters or a technology's name.
func camelGroupCity(t, next token) (cityRef, bool) {
	if !t.word || !hasInnerCapital(t.text()) {
		return cityRef{}, false
	}
	named := next.word && (eventWords[next.lower()] || groupWords[next.lower()] || next.is("talks"))
	// without a kind of event after it, the group must be what the sentence is about: "TartuPython1
	// was a lot of fun", not "Bo Chen organizes TartuPython, for ..."
	subject := next.word && next.is("was", "is", "had", "has", "took", "met", "welcomed", "hosted", "will")
	parts := splitCamel(strings.TrimRight(t.text(), "0123456789")) // ("MontrealPython1": the group's first meeting)
	if len(parts) != 2 {
		return cityRef{}, false
	}
	for i, part := range parts {
		tag := parts[1-i]
		if !named && (!subject || !isTech(tag)) {
			continue // "TartuJS" alone may be anything; "TartuPython was ..." is a group of its town's
		}
		// the tag is short ("JS", "Go") or a technology's name ("PythonPune", "RubyLima")
		short := len([]rune(tag)) <= 4
		if len([]rune(part)) < 5 && !(len([]rune(part)) == 4 && len([]rune(tag)) >= 4 && isTech(tag)) || !short && !isTech(tag) || gazetteer.Common(part) || !unicode.IsUpper([]rune(part)[0]) || strings.ToUpper(part) == part {
			continue
		}
		if c, ok := gazetteer.Lookup(part); ok {
			return cityRef{written: part, city: c}, true
		}
	}
	return cityRef{}, false
}

// groupSuffixes end the names of user groups written as their city and their language's file
// suffix: "London.pm" (Perl), "Tartu.rb" (Ruby), "Lyon.js", "Porto.py".
var groupSuffixes = set(`pm rb js py ex go rs php net ts kt scala clj hs jl`)

// dottedGroupCity reads the city of a user group named as a city, a dot and a language's suffix
// ("London.pm", "Tartu.rb"). The city must be a name the gazetteer knows that is not also a
// common word, so "Node.js" and "Reading.rb" name no city.
func dottedGroupCity(w string) (cityRef, bool) {
	dot := strings.LastIndexByte(w, '.')
	if dot < 3 || !groupSuffixes[w[dot+1:]] {
		return cityRef{}, false
	}
	name := w[:dot]
	if strings.ContainsAny(name, ".") || gazetteer.Common(name) {
		return cityRef{}, false
	}
	if c, ok := gazetteer.Lookup(name); ok {
		return cityRef{written: name, city: c}, true
	}
	return cityRef{}, false
}

// groupRunEnd reports a run of capitalized words after a city that ends with the kind of
// group or event it is: "Rust Meetup" in "the Tartu Rust Meetup", "Go User Group".
func groupRunEnd(run []token) bool {
	if len(run) < 2 || len(run) > 4 {
		return false
	}
	last := run[len(run)-1].lower()
	return groupTails[last] || eventWords[last] && last != "day" && last != "days" && last != "night" && last != "stop" && last != "leg"
}

// addEvent records a new event. An event's city and whether it is to come never change, so
// the stops of the post's series are kept as events are added.
func (x *extraction) addEvent(e *event) {
	x.events = append(x.events, e)
	if e.city != nil && !e.future {
		x.stops = append(x.stops, e)
		x.stopCities[e.city.city.ID] = true
	}
}

// groupTails end a group's name before the city it is in: "AWS User Group Oslo", "Kotlin
// Meetup Oslo", "Google Developer Group Oslo".
var groupTails = set(`group usergroup meetup jug gdg ug chapter`)

// cityBeforeRegion reads the city written just before token i when token i names the state or
// province it lies in, without a comma: "Dayton Ohio", "London Ontario".
func cityBeforeRegion(toks []token, i int) (cityRef, bool) {
	if i == 0 || !toks[i-1].cap || !toks[i-1].word || len(toks[i].text()) <= 2 {
		return cityRef{}, false
	}
	c, ok := gazetteer.LookupInRegion(toks[i-1].text(), toks[i].text()) // false when token i is no state or province
	if !ok {
		return cityRef{}, false
	}
	return cityRef{written: toks[i-1].text(), city: c}, true
}

// groupWords name a community group after its city: "London Gophers", "Berlin JUG".
var groupWords = set(`gophers gopher jug rubyists pythonistas devs developers hackers meetup usergroup
rust js java python golang kotlin php elixir scala clojure haskell`)

// cityContext reads a sentence that places what follows in a city: "We started off in
// Ottawa", "started off the meetup in Toronto", "In Montreal, ...", "The last meetup was in
// Quebec City", "Montreal enjoyed a talk". It returns the city, or false.
func (x *extraction) cityContext(s *sentence) (cityRef, bool) {
	cs := x.cities(s)
	if len(cs) == 0 || len(x.cityList(s)) > 0 {
		return cityRef{}, false
	}
	if len(x.postEvents) > 0 && otherTime.MatchString(s.text) {
		// "She gave it in Lisbon last year": a passing mention of another time, in a post
		// about its own event
		return cityRef{}, false
	}
	// what the sentence says as a whole is read once, when a city first asks, so that a
	// sentence naming many cities costs no square of its length
	var stops []*event
	stopsRead, talkFree, talkFreeRead, cue, cueRead := false, false, false, false, false
	for _, c := range cs {
		if c.start == 0 && c.end < len(s.tokens) && s.tokens[c.end].word && !s.tokens[c.end].cap {
			if c.end-c.start == 1 && (len(x.fullNames[strings.ToLower(c.written)]) > 0 ||
				givennames.Strong(c.written) && c.city.Population < givenNameCityPopulation) {
				continue // "Rosa has had to cancel": a first name, not a town of that name
			}
			if !gazetteer.OwnName(c.written, c.city) && c.city.Population < givenNameCityPopulation {
				continue // "Tale scelta ci è piaciuta": a word of the text spelled near a town's name
			}
			return c, true // "Montreal enjoyed a talk by ..."
		}
		if c.start == 0 || insideTitle(s, c) {
			continue
		}
		prev := s.tokens[c.start-1]
		if prev.is("from") || earlierCity(s, c) || prev.is("in") && c.start >= 2 && s.tokens[c.start-2].is("based", "lives", "living", "resides", "raised", "born") || workplaceCity(s, c) {
			continue // "a designer based in Bergen": where a person lives, not where the event was
		}
		if prev.is("of") && c.start >= 2 && !s.tokens[c.start-2].cap && s.tokens[c.start-2].is("city", "town") {
			prev = s.tokens[c.start-2] // "the old city of Bergen" places like "in Bergen"
			if !cueRead {
				cue, cueRead = hasWord(s, eventWords) || hasWord(s, talkNouns) || hasWord(s, openVerbs), true
			}
			if cue {
				return c, true
			}
			continue
		}
		if (prev.is("in") || prev.is("to")) && x.tripToSectionEvent(s) {
			return c, true // "I went to Harbour Week in Lyon" under "## Harbour Week"
		}
		// a passing mention in a series' post ("FooCon took place in Munich") is no stop
		if !stopsRead {
			stops, stopsRead = x.seriesStops(), true
		}
		if len(stops) >= 2 && !x.stopCities[c.city.ID] {
			if !talkFreeRead {
				talkFree, talkFreeRead = len(x.clauses(s)) == 0, true
			}
			if talkFree {
				continue
			}
		}
		if !inWord(prev) && !prev.is("to") {
			continue
		}
		if c.start == 1 {
			return c, true
		}
		if !cueRead {
			cue, cueRead = hasWord(s, eventWords) || hasWord(s, talkNouns) || hasWord(s, openVerbs) || speaksAt(s), true
		}
		if cue || invitedTo(s, c) {
			return c, true
		}
	}
	return cityRef{}, false
}

// tripToSectionEvent reports a sentence of travel (travelVerbs) in a section whose heading
// names an event (headingNamesEvent): the trip to that event, in a diary of events.
func (x *extraction) tripToSectionEvent(s *sentence) bool {
	if s.section < 0 || int(s.section) >= len(x.doc.Blocks) || !hasWord(s, travelVerbs) {
		return false
	}
	h := x.doc.Blocks[s.section]
	if h.Kind != document.Heading || !x.headingNamesEvent(h.Text) || x.placedSections[s.section] != nil {
		return false
	}
	// the trip is to the event itself: "I went to Harbour Week in Lyon", not "I flew to Lyon to
	// see my parents" under "## Harbour Week"
	return namesHeadingEvent(s.text, headingName(h.Text))
}

// speaksAt reports a verb of speaking right before "at": "I will speak at FooConf in Tartu",
// "spoke at" ("talked to a colleague", "spoke to a recruiter" are conversations).
func speaksAt(s *sentence) bool {
	for k := 0; k+1 < len(s.tokens); k++ {
		if speakVerbs[s.tokens[k].lower()] && s.tokens[k+1].is("at") && !s.tokens[k].is("told", "tell", "tells", "showed", "show", "shows", "walked", "walks", "took", "went", "related", "relates", "introduced", "introduces") {
			return true
		}
	}
	return false
}

// invitedTo reports a city the readers are asked to come to: "Join us in Tartu on March 20",
// "come and join us in Tartu", "see you in Tartu!".
func invitedTo(s *sentence, c cityRef) bool {
	toks := s.tokens
	k := c.start - 1 // the preposition
	return k >= 2 && toks[k-1].is("us", "you") && toks[k-2].is("join", "see", "meet")
}

// insideTitle reports a city written inside a title set apart by emphasis or quotes, after
// a preposition and at least one other word of it: "The last talk was *Introduction to Pandas*",
// "“Data Engineering in Bergen” by ...". The title names the place; it does not say where
// anything was. A short phrase ("*Meetup in Bergen*") or an event's name ("**Go Meetup in
// Bergen**", "“Rust Nights in Bergen”") still places.
func insideTitle(s *sentence, c cityRef) bool {
	toks := s.tokens
	if c.start < 3 || !inWord(toks[c.start-1]) && !toks[c.start-1].is("to", "of", "for", "from", "at") {
		return false
	}
	t := toks[c.start]
	quoted := quoteStart(s, int(t.start))
	if !t.em && !t.strong && quoted < 0 {
		return false // neither emphasized nor quoted
	}
	// j walks back over the title's tokens before the city, at most maxTitleTokens of them
	j, words := c.start-1, 0
	inside := func(k int) bool {
		if t.em || t.strong {
			return toks[k].em == t.em && toks[k].strong == t.strong
		}
		return int(toks[k].start) >= quoted
	}
	for ; j >= 0 && inside(j); j-- {
		if c.start-j > maxTitleTokens {
			return false // a long stretch is no title
		}
		if toks[j].word {
			words++
		}
	}
	if words < 2 {
		return false
	}
	for k := j + 1; k < c.start; k++ {
		if eventWords[toks[k].lower()] || gluedEventName(toks[k].text()) {
			return false // "**Go Meetup in Bergen**": an event's name
		}
	}
	return true
}

// maxTitleTokens bounds the words and marks of a title insideTitle looks back over.
const maxTitleTokens = 24

// quoteStart returns where the quotation holding offset at starts, or -1.
func quoteStart(s *sentence, at int) int {
	qs := s.quotes()
	if k := quoteHolding(qs, at); k >= 0 {
		return qs[k][0]
	}
	return -1
}

// workplaceCity reports a city that says where someone works: "an engineer at Initech in
// Bergen", "Staff Developer at Harbour Data in Bergen". The words before "in" are an
// organization's name (capitalized words or a link) after "at" or "for", and a role word
// comes right before that.
func workplaceCity(s *sentence, c cityRef) bool {
	toks := s.tokens
	k := c.start - 1
	if k < 3 || !toks[k].is("in") {
		return false
	}
	j := k - 1
	for j >= 0 && k-j <= 5 && (toks[j].cap || toks[j].link >= 0) && toks[j].word && !toks[j].is("at", "for") {
		j--
	}
	if j < 1 || j == k-1 || !toks[j].is("at", "for") {
		return false
	}
	role := toks[j-1].lower()
	return roleWords[role] || extraRoleWords[role]
}

// otherFutureEvent reports a sentence about another event to come, in a post that has its own:
// "We hope to bring the talk to NordConf in Bergen next spring". It places nothing. The
// other event is a one-word conference name in camel case (-Con, -Conf, -Camp, -Fest, -Days)
// that the post's title does not name.
func (x *extraction) otherFutureEvent(s *sentence) bool {
	if len(x.events) == 0 || !futureWords.MatchString(s.text) {
		return false
	}
	title := strings.ToLower(x.doc.Meta.Title + " " + x.series)
	for _, t := range s.tokens {
		l := t.lower()
		if !t.cap || !t.word || len(l) < 5 || strings.Contains(title, l) {
			continue
		}
		if gluedEventName(t.text()) {
			return true
		}
	}
	return false
}

// futureEvent returns an event the post announces ("Queue Day 2031 is going to happen in
// Porto on June 9th"); it never merges with the events the post recaps.
func (x *extraction) futureEvent(s *sentence, c *cityRef, date string) *event {
	name := ""
	if i := strings.Index(s.text, " will "); i > 0 && startsUpper(s.text) {
		// "The meetup will ...", "After the talk, I will ..." name no event
		if name = eventNameOf(clean(s.text[:i])); !x.isEventName(name) {
			name = ""
		}
	}
	for _, e := range x.events {
		if e.future && e.city != nil && c != nil && e.city.city.ID == c.city.ID && e.date == date {
			return e
		}
	}
	if name == "" {
		name = x.eventName(c, date)
	}
	cc := *c
	e := &event{name: name, city: &cc, date: date, future: true}
	x.addEvent(e)
	return e
}

// hasTalkCue reports whether a sentence uses a word that introduces a talk.
func hasTalkCue(s *sentence) bool {
	for _, t := range s.tokens {
		l := t.lower()
		if talkNouns[l] || speakVerbs[l] || openVerbs[l] {
			return true
		}
	}
	return false
}

// otherTime places a sentence at another time than the post's occasion: "last year", "years
// ago", "back in March", "previously".
var otherTime = guard(regexp.MustCompile(`(?i)\b(?:last year|the year before|years? ago|months ago|back in|previously|in the past|earlier this year|a while ago|once before)\b`),
	"year", "months ago", "back in", "previously", "in the past", "a while ago", "once before")
