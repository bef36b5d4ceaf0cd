// Package extract reads a parsed post the way a careful human reader would and states what it
// says about talks, speakers, companies, events, cities and hosts, in the extraction JSON v1
// format. It is pure: no I/O, no store. Each rule lives in the file of its concern (names,
// organizations, events, talks, agendas) and is tested on sentences written for the tests.
package extract

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/talkgraph/talkgraph/loader/document"
)

// Version identifies the extraction rules. Changing the rules changes it, so that the loader
// re-reads posts whose content did not change.
const Version = "extract-100"

// extraction is the state of reading one post.
type extraction struct {
	doc         *document.Document
	blockSents  [][]*sentence // sentences of each block, read through block (see release)
	orgs        map[string]bool
	fullNames   map[string][]string  // full names the post writes, in order, by first word (see collectPeople)
	fullNameSet map[string]bool      // the same names, to add each once
	familyNames map[string]bool      // the last word of each of those names, in lower case
	byFirst     map[string][]*person // people by the first word of each name they go by
	byTitle     map[string]*talk     // talks by title key
	bySpeaker   map[*person][]*talk  // talks by speaker
	titleIdx    map[*person]*titleIndex
	// titleWords are the last titles wordsOf was asked for, with their words, the next to
	// replace at titleWordsNext.
	titleWords     [4]wordsOfTitle
	titleWordsNext int
	people         []*person
	events         []*event
	stops          []*event        // the events in a city and not to come (see seriesStops)
	stopCities     map[string]bool // the cities of stops, by ID
	tourHeadings   bool            // two or more headings open with a stop's city (see stopHeadingCities)
	talks          []*talk
	author         string
	published      time.Time
	series         string
	titleNamed     int8     // whether the post's title names an event: 0 not asked yet, 1 yes, 2 no
	defaultCty     *cityRef // the city the post's group or events are in, when only one is implied
	defaultHere    bool     // defaultCty is where the writer says the group is ("here in Lyon")
	owner          string   // whose talks a speaker's own list names (see ownlist.go), or ""
	talkList       []bool   // blocks that stand where the page lists talks (see talkListBlocks)
	scriptTalks    int      // talks read from the page's inline scripts (see scriptdata.go)

	// discourse state
	lastTalk      *talk
	lastTalkBlock int
	lastSpeakers  []*person
	paraEvents    []*event // events the current paragraph is about
	introEvents   []*event // events a paragraph ending in ':' hands to the blocks after it
	sectionEvs    map[int][]*event
	oneLine       []int8     // per block: 1 a paragraph of one listing line, -1 not, 0 not asked (see oneLineListing)
	listRuns      [][2]int32 // per block: the first and last blocks of the run of list items holding it (see listSpan)
	postEvents    []*event   // the occasion a single-event post is about
	agendaBlocks  blockSet
	itemEvents    map[int][]*event // events of list items under an archive's month item
	bioSubject    *person          // the person the last sentence that began with a name is about (see bios.go)
	bioSection    int              // the section of that sentence
	pendingHosts  []pendingHost    // hosts read before any event they could host (see placeHosts)
	// titleOverSpeakers are the paragraphs of the post that are a title over a speaker's line,
	// by block (see readTitleOverSpeakerLine), read on first use; nil until then.
	titleOverSpeakers map[int]listing
	// titleOverPlaces are the events the speaker's lines of titleOverSpeakers place their
	// talks at ("Ana Lima: Wed, 17 May, Oldenburg")
	titleOverPlaces map[int]*event
	// profileNames are the texts of the post's links to people's profiles, lower-cased, read on
	// first use (see profileName); nil until then.
	profileNames map[string]bool
	// outlines are, by a list's first item, whether the list is a table of contents (outlineList).
	outlines map[int]bool
	// peopleLists are, by the first item and the level of a list, how many of its items name
	// only a person and a company, and how many items it has (see peopleLine); nil until used.
	peopleLists map[[2]int][2]int
	// speakerless are the warnings of line-up items read as talks whose speakers could not be
	// read (see readLineupItem).
	speakerless []speakerless
	// mergedBlocks are, by talk, the blocks of the statements merged into it (see absorb)
	mergedBlocks map[*talk][]int
	// releasedAt and releasedMemo are the blocks released (one entry a sentence, by block,
	// in order) and their sentences' memos, kept to make them again as they were.
	releasedAt   []int32
	releasedMemo []*sentenceMemo
	// settled: the post's people and owner are known, which is all a sentence's cities depend
	// on beside the sentence
	settled bool

	talkBlocks map[int32]bool // the blocks a talk was read from (see newTalk)
	gaveTalks  bool           // the writer says they gave several talks (see writerGaveTalks)
	// eventHeadings is how many headings name an event (see eventHeadingCount), -1 until asked
	eventHeadings int
	// placedSections are, by section, the first town a sentence of the section placed its
	// talks in (see readSentence); nil until one does
	placedSections map[int32]*cityRef

	// notPerson and nameLike keep the answers of notAPerson and looksLikeName, pure for a
	// post, by the text asked about; nil until asked.
	notPerson map[string]bool
	nameLike  map[string]bool
	// eventParts and cityParts keep the answers of readEventPart and cityPart once settled,
	// by the text asked about; nil until asked.
	eventParts map[eventPartKey]eventPartMemo
	cityParts  map[string]*cityRef
}

// Extract reads a parsed post and returns what it states. The output is deterministic.
func Extract(doc *document.Document) *Result {
	doc = withoutNicknames(withoutComments(doc))
	x := newExtraction(doc)
	x.author = strings.TrimSpace(doc.Meta.Author)
	if doc.Meta.Published != "" {
		x.published, _ = time.Parse("2006-01-02", doc.Meta.Published)
	}
	for i, b := range doc.Blocks {
		x.blockSents = append(x.blockSents, sentencesOf(b, i))
	}
	stageDone()
	x.collectOrgs()
	x.collectPeople()
	x.owner = x.pageOwner()
	x.settled = true
	x.talkList = x.talkListBlocks()
	x.gaveTalks = x.writerGaveTalks()
	x.readOccasion()
	x.readPageEvents()    // front matter and schema.org data: see frontmatter.go
	x.readTemplateCalls() // shortcodes and includes that state talks: see shortcodes.go
	x.readScriptData()    // talks kept as JavaScript data: see scriptdata.go
	x.readStructure()
	stageDone()
	x.readProse()
	stageDone()
	x.readPageTalks()
	x.readAffiliationLabels()
	x.titleThisTalk()
	x.titledOwnTalk()
	x.resolve()
	var warnings []Warning
	for _, w := range doc.Warnings {
		warnings = append(warnings, Warning{Reason: w}) // broken front matter, left out
	}
	warnings = append(warnings, x.warnings()...)
	// What is left to do reads only the talks, people and events: the sentences of every
	// block, their tokens and names (about half of what extraction holds) go before the
	// result is built beside the rest.
	x.blockSents, x.releasedAt, x.releasedMemo = nil, nil, nil
	x.notPerson, x.nameLike, x.eventParts, x.cityParts = nil, nil, nil, nil
	// and so do the indexes that found talks by title and speaker (a talk and its filings in
	// them take about as much as the talk's part of the result)
	x.byTitle, x.bySpeaker, x.titleIdx, x.titleWords = nil, nil, nil, [4]wordsOfTitle{}
	for _, t := range x.talks {
		t.words, t.indexes = nil, nil
	}
	// result lets go of each talk once it has its part of the result: nothing else may hold
	// one by then
	x.mergedBlocks, x.lastTalk = nil, nil
	r := x.result()
	r.Warnings = warnings
	boundEvidence(r)
	stageDone()
	return r
}

// blockSet is a set of the post's blocks, by index: one byte a block, where a map took some
// 30 (an agenda table marks a block every 60 bytes of the post). An index outside the post's
// blocks, which no rule should make, is kept aside, so that the set answers as a map would.
type blockSet struct {
	in    []bool
	other map[int]bool
}

// add puts block bi in the set.
func (s *blockSet) add(bi int) {
	if bi >= 0 && bi < len(s.in) {
		s.in[bi] = true
		return
	}
	if s.other == nil {
		s.other = map[int]bool{}
	}
	s.other[bi] = true
}

// remove takes block bi out of the set.
func (s *blockSet) remove(bi int) {
	if bi >= 0 && bi < len(s.in) {
		s.in[bi] = false
		return
	}
	delete(s.other, bi)
}

// has reports whether block bi is in the set.
func (s *blockSet) has(bi int) bool {
	if bi >= 0 && bi < len(s.in) {
		return s.in[bi]
	}
	return s.other[bi]
}

// stageDone is called between the stages of Extract, while everything the stages keep is
// held: the memory test measures the heap there. It does nothing unless a test sets it.
var stageDone = func() {}

// newExtraction returns the empty state of reading doc.
func newExtraction(doc *document.Document) *extraction {
	return &extraction{doc: doc, orgs: map[string]bool{}, sectionEvs: map[int][]*event{}, agendaBlocks: blockSet{in: make([]bool, len(doc.Blocks))},
		fullNames: map[string][]string{}, fullNameSet: map[string]bool{}, familyNames: map[string]bool{}, byFirst: map[string][]*person{}, byTitle: map[string]*talk{},
		bySpeaker: map[*person][]*talk{}, titleIdx: map[*person]*titleIndex{}, stopCities: map[string]bool{},
		mergedBlocks: map[*talk][]int{}, eventHeadings: -1}
}

// collectOrgs records the organizations the post links to by name ("Shopify" linking to
// shopify.com), so that later rules never take them for people or places.
func (x *extraction) collectOrgs() {
	for _, b := range x.doc.Blocks {
		for _, l := range b.Links {
			text := strings.TrimSpace(b.LinkText(l))
			text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
			if text != "" && linkedOrg(text, l.Href) && !x.looksLikeName(text) {
				x.orgs[strings.ToLower(text)] = true
			}
		}
	}
}

// collectPeople lists the full names the post writes, in order, outside quotes and emphasis,
// so that a later first name ("John talked about ...") or misspelling can refer back to them.
// They become people only when a rule needs them.
func (x *extraction) collectPeople() {
	for k := range x.blockSents {
		sents := x.block(k)
		for _, s := range sents {
			qs := s.quotes()
			for _, r := range x.names(s) {
				t := s.tokens[r.start]
				if r.pron != notPronoun || r.single || !x.looksLikeName(r.text) || inQuote(qs, int(t.start)) || (t.strong || t.em) && !r.linked {
					continue
				}
				x.addFullName(r.text)
			}
		}
	}
	// the author, named in full in the front matter, is who "Sarah" is in "Sarah will talk
	// about ..." when no one else in the post shares the first name
	if x.looksLikeName(x.author) {
		x.addFullName(x.author)
	}
}

// addFullName records a full name the post writes, once.
func (x *extraction) addFullName(name string) {
	if x.fullNameSet[name] {
		return
	}
	x.fullNameSet[name] = true
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		x.familyNames[strings.ToLower(name[i+1:])] = true
	}
	key := strings.ToLower(firstWord(name))
	x.fullNames[key] = append(x.fullNames[key], name)
}

// result turns the extraction into the output format, sorted for determinism where order
// carries no meaning.
func (x *extraction) result() *Result {
	// (the lists are made at their length: a post's talks are the largest part of its result)
	r := &Result{ID: x.doc.Name, Events: make([]Event, 0, len(x.events)), Talks: make([]Talk, 0, len(x.talks)), People: []Person{}, Topics: []string{}}
	if x.doc.Meta.Title != "" {
		r.Title = ptr(x.doc.Meta.Title)
	}
	if x.doc.Meta.Published != "" {
		r.Published = ptr(x.doc.Meta.Published)
	}
	if x.author != "" {
		r.Author = ptr(x.author)
	}
	if x.doc.Meta.URL != "" {
		r.Source.URL = ptr(x.doc.Meta.URL)
	}
	index := map[*event]int{}
	for _, e := range x.events {
		index[e] = len(r.Events)
		out := Event{Name: e.name, Date: optional(e.date), Host: optional(e.host), HostEvidence: e.hostEv}
		if e.city != nil {
			out.City = ptr(e.city.written)
			out.CityID = e.city.city.ID
			out.CityCountry = e.city.city.Country
			out.CityLatitude, out.CityLongitude = ptr(e.city.city.Latitude), ptr(e.city.city.Longitude)
		}
		r.Events = append(r.Events, out)
	}
	topics := map[string]bool{}
	speakers := map[*person]bool{}
	for i, t := range x.talks {
		// A talk goes as soon as its part of the result is made: a post's talks and its
		// result's, about as large, were held at once (an agenda table makes a talk every 60
		// bytes). The extraction is over; x.talks is not read again.
		x.talks[i] = nil
		// the evidence is copied: a pointer into the talk would keep the whole talk (its
		// speakers, events and title words) as long as the result
		ev := t.ev
		out := Talk{Title: optional(t.title), Speakers: []string{}, Events: []int{}, URL: optional(t.url), Evidence: &ev}
		if t.title == "" {
			out.Description = optional(t.description)
		}
		for _, p := range t.speakers {
			out.Speakers = append(out.Speakers, p.name)
			speakers[p] = true
		}
		for _, te := range t.events {
			out.Events = append(out.Events, index[te.e])
			out.EventEvidence = append(out.EventEvidence, te.ev)
		}
		out.Topics = topicsIn(t.title + " " + t.description)
		for _, tp := range out.Topics {
			topics[tp] = true
		}
		r.Talks = append(r.Talks, out)
	}
	for _, p := range x.people {
		if !speakers[p] {
			continue
		}
		out := Person{Name: p.name, Aliases: append([]string{}, p.aliases...), Companies: []string{}}
		sort.Strings(out.Aliases)
		for _, c := range p.companies {
			out.Companies = append(out.Companies, c.company)
			out.CompanyEvidence = append(out.CompanyEvidence, c.ev)
		}
		r.People = append(r.People, out)
	}
	for tp := range topics {
		r.Topics = append(r.Topics, tp)
	}
	sort.Strings(r.Topics)
	return r
}

func ptr[T any](v T) *T { return &v }

func optional(s string) *string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return &s
}

// commentsHeading is the heading over the comments readers left under a post: "Comments", "3
// Responses", "Leave a Reply", "Discussion".
var commentsHeading = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion|leave a (?:reply|comment)|kommentare|commentaires|comentarios|commenti|reacties)\b`)

// withoutComments returns doc without the comment thread under the post: what readers wrote
// under it ("I gave a similar talk in Denver") is not what the post states. The thread is the
// section under a comments heading, to the next heading of its level or above.
func withoutComments(doc *document.Document) *document.Document {
	for i, b := range doc.Blocks {
		if b.Kind != document.Heading || !commentsHeading.MatchString(strings.TrimSpace(b.Text)) || len(strings.Fields(b.Text)) > 4 {
			continue
		}
		end := i + 1
		for end < len(doc.Blocks) && !(doc.Blocks[end].Kind == document.Heading && doc.Blocks[end].Level <= b.Level) {
			end++
		}
		if end < len(doc.Blocks) {
			continue // a section in the middle of a post is the post's own
		}
		d := *doc
		d.Blocks = doc.Blocks[:i]
		return &d
	}
	return doc
}

// thisTalk is a description that only points at the page's own talk: "This is a talk", "this
// presentation", "The talk".
var thisTalk = regexp.MustCompile(`(?i)^(?:this|the)(?:\s+(?:is|was))?(?:\s+(?:a|the|my|our))?\s+(?:talk|presentation|session|keynote|lecture)$`)

// titleThisTalk titles the untitled talk that a page about one talk points at ("This is a talk
// by @ana at FooConf") with the page's title, when the page states no other talk and its
// title can be a talk's (not "Tartu Go Meetup #12", an event's).
func (x *extraction) titleThisTalk() {
	title := strings.TrimSpace(x.doc.Meta.Title)
	if title == "" || len(x.talks) != 1 || talkListHeading(title) || x.pageTalkTitle() == "" {
		return
	}
	t := x.talks[0]
	if t.title == "" && thisTalk.MatchString(strings.TrimSpace(t.description)) {
		x.setTitle(t, title)
	}
}

// myTalk is how a post's writer speaks of their own talk: "my presentation", "both my and Bo
// Chen's presentations", "I presented".
var myTalk = regexp.MustCompile(`(?i)\bmy\b[^.!?]{0,40}?\b(?:talks?|presentations?|sessions?|slides|slide deck|workshop|keynote)\b|\bI\s+(?:presented|spoke|gave)\b`)

// titledOwnTalk reads a post titled with an event and a talk ("FooConf 2031 - Quiet Queues in
// Practice") whose writer, named, speaks of the talk as theirs: the title's talk is the
// writer's, at the title's event (or the one event the post places).
func (x *extraction) titledOwnTalk() {
	title := strings.TrimSpace(x.doc.Meta.Title)
	if title == "" || x.author == "" || strings.Contains(x.author, "@") || !x.looksLikeName(x.authorName()) {
		return
	}
	o, ok := x.eventFirstLine(title, "", false)
	if !ok || x.findTalk(nil, o.title, nil, false) != nil {
		return
	}
	mine := false
	for _, b := range x.doc.Blocks {
		if myTalk.MatchString(b.Text) {
			mine = true
			break
		}
	}
	if !mine {
		return
	}
	events := x.postEvents
	if o.event.city != nil || len(events) != 1 {
		city := o.event.city
		if city == nil {
			city = x.defaultCty // "thanks to the Atlanta JUG for hosting FooConf": the group's town
		}
		events = []*event{x.eventFor(city, o.event.date, o.event.name)}
	}
	ev := Evidence{Sentence: "title: " + title, Confidence: 0.6}
	x.addTalk(o.title, "", "", []string{x.authorName()}, events, ev, -1)
}
