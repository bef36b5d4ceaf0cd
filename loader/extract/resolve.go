package extract

import (
	"regexp"
	"slices"
	"strings"
)

// resolve settles what can only be decided once the whole post is read: one talk stated twice
// (an agenda line and a section about it; a title and a sentence about its speaker) is one
// talk, and talks without an event in a post about one occasion belong to it.
func (x *extraction) resolve() {
	x.groupEvent()
	x.metaPlaceEvent()
	x.addressHost()
	x.placeHosts()
	x.listingRoles()
	for _, e := range x.events {
		e.host = venueName(e.host)
	}
	x.dropProfileLabels()
	x.companyTitles()
	x.keepEmployers()
	x.writersColleagues()
	x.mergeTalks()
	tour := x.isTour()
	stops := x.seriesStops()
	titled := x.titleEvent()
	claimed := slices.ContainsFunc(x.talks, func(t *talk) bool { return len(t.events) > 0 })
	if len(x.postEvents) == 0 && !claimed && !slices.ContainsFunc(x.events, func(e *event) bool { return e.city != nil }) {
		if e := x.namedEventPlace(); e != nil {
			x.postEvents = []*event{e}
		}
	}
	for _, t := range x.talks {
		switch {
		case len(t.events) > 0:
		case len(x.postEvents) > 0 && len(stops) <= len(x.postEvents):
			for _, e := range x.postEvents {
				t.addEvent(e, Evidence{Sentence: t.ev.Sentence, Confidence: 0.5})
			}
		case len(x.postEvents) == 0 && titled != nil && (len(stops) == 0 || len(stops) == 1 && stops[0] == titled):
			// "# Gopher Summit Lisbon 2024 Schedule" over its talks: the page is the event's
			t.addEvent(titled, Evidence{Sentence: t.ev.Sentence, Confidence: 0.5})
		case len(x.postEvents) == 0 && !claimed && x.announcedEvent() != nil:
			// "Our next meetup will take place in Ghent on 12 May", over the agenda of an
			// announcement: the talks listed are the coming event's
			t.addEvent(x.events[0], Evidence{Sentence: t.ev.Sentence, Confidence: 0.4})
		case len(x.postEvents) == 0 && !claimed && x.onlyEvent(stops) != nil:
			// the post's only event, named in its text: a recap of one conference ("the
			// sessions at Gopher Summit in Lisbon") over talks placed nowhere else
			t.addEvent(x.events[0], Evidence{Sentence: t.ev.Sentence, Confidence: 0.4})
		case tour && len(stops) >= 2 && len(x.postEvents) == 0 && !claimed:
			// the talk of a tour whose stops name no talk was given on the tour: at each stop;
			// where stops name their talks, one they do not name is placed by none
			for _, e := range stops {
				t.addEvent(e, Evidence{Sentence: t.ev.Sentence, Confidence: 0.4})
			}
		}
	}
}

// titleEvent is the post's one event when the page's title names it (an event named as the
// page is titled): the page is that event's, so talks placed nowhere else were given there.
func (x *extraction) titleEvent() *event {
	title := strings.TrimSpace(x.doc.Meta.Title)
	if len(x.events) != 1 || title == "" || !strings.EqualFold(strings.TrimSpace(x.events[0].name), title) {
		return nil
	}
	return x.events[0]
}

// onlyEvent is the post's one event when it has a city, is not one to come, and is the only
// stop, if any, the post speaks of: where no talk is placed at any event, the talks were given
// there.
func (x *extraction) onlyEvent(stops []*event) *event {
	if len(x.events) != 1 || x.events[0].city == nil || x.events[0].future || len(stops) > 1 || len(stops) == 1 && stops[0] != x.events[0] {
		return nil
	}
	return x.events[0]
}

// announcedEvent is the post's one event when the post announces it: the event is still to
// come (on or after the post's date), the title says nothing of a recap, and every talk of
// the post was read from a listing (an agenda line, a table row) or from a sentence that tells
// of a talk to come, none from sentences that tell what happened.
func (x *extraction) announcedEvent() *event {
	if len(x.events) != 1 || len(x.talks) == 0 {
		return nil
	}
	e := x.events[0]
	if !e.future || e.city == nil || !x.published.IsZero() && e.date != "" && e.date < x.published.Format("2006-01-02") {
		return nil
	}
	title := strings.TrimSpace(x.doc.Meta.Title)
	if recapLead.MatchString(title) || recapTail.MatchString(title) || recapWord.MatchString(title) {
		return nil
	}
	for _, t := range x.talks {
		if !x.agendaBlocks.has(int(t.block)) && !willTalk.MatchString(t.ev.Sentence) {
			return nil
		}
	}
	return e
}

// willTalk is a sentence that tells of a talk to come ("Ana Lima will talk about queues",
// "Bo is going to show us his parser"): in a post announcing one event, a talk at that event.
var willTalk = guard(regexp.MustCompile(`(?i)(?:\bwill|['’]ll|\bgoing to|\bshall)\s`), "will", "'ll", "’ll", "going to", "shall")

// recapWord is a word anywhere in a title that says the post tells of what happened, in the
// languages posts are read in.
var recapWord = regexp.MustCompile(`(?i)\b(?:recap|report|review|retrospective|wrap-?up|rückblick|nachlese|retour sur|compte[- ]rendu|resumen|crónica|recapitulação|relacja|terugblik|resoconto)\b`)

// mergeTalks merges the talks a post states twice: two titled talks of a shared speaker whose
// titles have the same words or one holds the other's ("Tracing Without Tears" and "Tracing
// Without Tears - a field report"), and an untitled talk whose speakers have exactly one
// titled talk in the post, at the same events or none ("Ana Lima will show us ..." under the
// agenda line of her talk). The longer title is kept.
func (x *extraction) mergeTalks() {
	gone := map[*talk]bool{}
	// Similar titles share their rarer words: index the titled talks of each speaker by word,
	// and compare a talk only with those of its speakers' talks that have its rarest words, so
	// that a prolific speaker's talks are not compared pairwise. The index files a talk by its
	// place in x.talks, which is also the order the talks are compared in: 4 bytes a word of a
	// title, where a pointer and a map from talk to place took some 40.
	byWord := map[*person]map[string][]int32{}
	for i, t := range x.talks {
		if t.title == "" {
			continue
		}
		for _, p := range t.speakers {
			if byWord[p] == nil {
				byWord[p] = map[string][]int32{}
			}
			for _, w := range t.words {
				byWord[p][w] = append(byWord[p][w], int32(i))
			}
		}
	}
	for ai, a := range x.talks {
		if gone[a] || a.title == "" {
			continue
		}
		seen := map[int32]bool{int32(ai): true}
		var others []int32
		for _, p := range a.speakers {
			idx := byWord[p]
			words := slices.Clone(a.words)
			slices.SortStableFunc(words, func(v, w string) int { return len(idx[v]) - len(idx[w]) })
			// titles under five words are similar only when one holds the other, which the
			// shorter's rarest word finds (from whichever side is the shorter); longer ones may
			// differ by a word
			n := 1
			if len(words) >= 5 {
				n = 2
			}
			for _, w := range words[:min(n, len(words))] {
				for _, b := range idx[w] {
					if !seen[b] {
						seen[b] = true
						others = append(others, b)
					}
				}
			}
		}
		slices.Sort(others)
		for _, bi := range others {
			b := x.talks[bi]
			if gone[b] || gone[a] || b.title == "" || !similarWords(a.words, b.words) {
				continue
			}
			// the earlier talk stays, with the longer title
			keep, drop := a, b
			if int(bi) < ai {
				keep, drop = b, a
			}
			if len(drop.title) > len(keep.title) {
				keep.title, keep.words = drop.title, drop.words
				keep.retitled()
			}
			x.absorb(keep, drop)
			gone[drop] = true
		}
	}
	for _, u := range x.talks {
		if gone[u] || u.title != "" || len(u.speakers) == 0 {
			continue
		}
		var only *talk
		count := 0
		for _, t := range x.bySpeaker[u.speakers[0]] {
			if !gone[t] && t.title != "" && containsAll(t.speakers, u.speakers) {
				only = t
				count++
			}
		}
		if count != 1 || !compatibleEvents(only, u) || titledTalksOf(x, u.speakers[0], gone) != 1 {
			// "my session on Dapr" of a speaker whose titled talks include one "Dapr, and how
			// ...": that talk, given again where the description places it
			if t := x.namedInDescription(u, gone); t != nil {
				x.absorb(t, u)
				gone[u] = true
			}
			continue
		}
		x.absorb(only, u)
		gone[u] = true
	}
	x.dropTalks(gone)
}

// namedInDescription returns the one titled talk of untitled talk u's speakers whose title's
// head (the words before its first comma, colon or dash, four at most) u's description names
// after "on", "about" or "of" ("my session on Dapr" of "Dapr, and how it lets you wait"), or
// nil.
func (x *extraction) namedInDescription(u *talk, gone map[*talk]bool) *talk {
	d := " " + strings.ToLower(u.description) + " "
	var found *talk
	for _, t := range x.bySpeaker[u.speakers[0]] {
		if gone[t] || t.title == "" || !containsAll(t.speakers, u.speakers) {
			continue
		}
		head := t.title
		if i := strings.IndexAny(head, ",:–—("); i > 0 {
			head = head[:i]
		}
		if i := strings.Index(head, " - "); i > 0 {
			head = head[:i]
		}
		head = strings.ToLower(strings.TrimSpace(head))
		if head == "" || len(strings.Fields(head)) > 4 || len(head) < 3 {
			continue
		}
		named := false
		for _, p := range []string{" on ", " about ", " of "} {
			if i := strings.Index(d, p+head); i >= 0 {
				// the head ends what the phrase names ("my session on Dapr", "my talk about Dapr
				// again"), not a longer topic ("my session on testing in production")
				rest := strings.TrimSpace(d[i+len(p)+len(head):])
				if rest == "" || strings.IndexFunc(rest[:1], func(r rune) bool { return r == ',' || r == '.' || r == ';' || r == '!' || r == ')' }) == 0 ||
					strings.HasPrefix(rest, "again") || strings.HasPrefix(rest, "once more") {
					named = true
				}
			}
		}
		if !named {
			continue
		}
		if found != nil {
			return nil // two talks it may be
		}
		found = t
	}
	return found
}

// dropTalks removes the talks in gone from the post and its indexes.
func (x *extraction) dropTalks(gone map[*talk]bool) {
	if len(gone) == 0 {
		return
	}
	x.talks = slices.DeleteFunc(x.talks, func(t *talk) bool { return gone[t] })
	for p, ts := range x.bySpeaker {
		x.bySpeaker[p] = slices.DeleteFunc(ts, func(t *talk) bool { return gone[t] })
	}
	for k, t := range x.byTitle {
		if gone[t] {
			delete(x.byTitle, k)
		}
	}
}

// companyTitles drops the talks whose title is only the name of a company the post states
// elsewhere: "Ana Lima - Initech" in a list, when the post gives someone Initech as their
// employer, names where Ana works and no talk. The company becomes the speakers'
// affiliation, when they have none. (A link to the company's own site is no sign: "[InfluxDB](…)
// by Ana Lima" is a talk on the product.)
func (x *extraction) companyTitles() {
	// the companies as written: a title that names one is written the same (told apart
	// without folding, which would cost an allocation a talk on long archives)
	var known map[string]bool
	for _, p := range x.people {
		for _, c := range p.companies {
			if known == nil {
				known = map[string]bool{}
			}
			known[c.company] = true
		}
	}
	if known == nil {
		return
	}
	gone := map[*talk]bool{}
	for _, t := range x.talks {
		if t.title == "" || len(t.speakers) == 0 || !known[t.title] || len(strings.Fields(t.title)) > 4 {
			continue
		}
		if c, ok := x.companyPart(t.title); !ok || c == "" {
			continue // "Ledgers at Scale": shaped as a title, whatever a line gave as a company
		}
		for _, p := range t.speakers {
			if len(p.companies) == 0 {
				p.addCompany(t.title, Evidence{Sentence: t.ev.Sentence, Confidence: 0.6})
			}
		}
		gone[t] = true
	}
	x.dropTalks(gone)
}

// absorb moves what talk b says into talk a.
func (x *extraction) absorb(a, b *talk) {
	x.mergedBlocks[a] = append(append(x.mergedBlocks[a], int(b.block)), x.mergedBlocks[b]...)
	for _, p := range b.speakers {
		x.addSpeaker(a, p)
	}
	for _, te := range b.events {
		a.addEvent(te.e, te.ev)
	}
	if a.url == "" {
		a.url = b.url
	}
	if a.description == "" || a.weakDesc && b.description != "" && !b.weakDesc {
		a.description, a.weakDesc = b.description, b.weakDesc
	}
}

// containsAll reports whether every person of sub is in ps.
func containsAll(ps, sub []*person) bool {
	for _, p := range sub {
		if !slices.Contains(ps, p) {
			return false
		}
	}
	return true
}

// compatibleEvents reports whether talk u's events are all talk t's, or either has none.
func compatibleEvents(t, u *talk) bool {
	if len(t.events) == 0 || len(u.events) == 0 {
		return true
	}
	for _, te := range u.events {
		if !t.hasEvent(te.e) {
			return false
		}
	}
	return true
}

// titledTalksOf counts the titled talks of person p still standing.
func titledTalksOf(x *extraction, p *person, gone map[*talk]bool) int {
	n := 0
	for _, t := range x.bySpeaker[p] {
		if !gone[t] && t.title != "" && t.hasSpeaker(p) {
			n++
		}
	}
	return n
}

// seriesStops counts the events of the post that are stops of a series.
func (x *extraction) seriesStops() []*event {
	return slices.Clip(x.stops)
}

// dropProfileLabels removes the affiliations that are only the label of a link to someone's
// profile: "Ana Lima - [LinkedIn](https://linkedin.com/in/alima)" names where to find Ana, not
// her employer, and "Ana Lima (@alima)" gives her handle. The same word unlinked, or linked to
// the company's own site, stays.
func (x *extraction) dropProfileLabels() {
	labels, handles := map[string]bool{}, map[string]bool{}
	for _, b := range x.doc.Blocks {
		for _, l := range b.Links {
			if isProfileLink(l.Href) {
				labels[orgKey(b.LinkText(l))] = true
			}
		}
		// "Ana Lima (@alima)": a handle in parentheses names the person again
		for _, m := range parenHandle.FindAllStringSubmatch(b.Text, -1) {
			handles[orgKey(m[1])] = true
		}
	}
	if len(labels) == 0 && len(handles) == 0 {
		return
	}
	for _, p := range x.people {
		kept := p.companies[:0]
		for _, c := range p.companies {
			key := orgKey(c.company)
			if !handles[key] && (!labels[key] || x.writtenUnlinked(c.company)) {
				kept = append(kept, c)
			}
		}
		p.companies = kept
	}
}

// keepEmployers keeps of each affiliation the organization only: a listing's "(Staff
// Engineer, Initech)" or "Head of Research, Initech" gives Initech, and a role written where a
// company could stand ("(Engineering Manager)", "Director of Developer Relations") gives
// none. A talk's title is no company either: "Ana Lima - Ledgers at scale" in a list of
// speakers names her talk.
func (x *extraction) keepEmployers() {
	var titles map[string]bool // the talks' titles, folded; made when a company is first met
	var handles map[string]bool
	for _, p := range x.people {
		kept := p.companies[:0]
		for _, c := range p.companies {
			if titles == nil {
				titles, handles = x.talkTitleKeys(), x.handlesWritten()
			}
			c.company = withoutHandle(c.company, handles)
			if c.company = employerPart(c.company); c.company == "" || titles[orgKey(c.company)] {
				continue
			}
			if full := x.acronymExpansion(c.company); full != "" {
				c.company = full // "SPP" of a post that writes "Southwest Power Pool (SPP)"
			}
			dup := false
			for _, k := range kept {
				dup = dup || orgKey(k.company) == orgKey(c.company)
			}
			if !dup {
				kept = append(kept, c)
			}
		}
		p.companies = kept
	}
}

// acronymExpansion returns the name a post spells out for an organization it names by its
// initials ("Southwest Power Pool (SPP)", "Tartu Queue Works (TQW)"), or "" when acr is no
// acronym or the post spells it out nowhere.
func (x *extraction) acronymExpansion(acr string) string {
	if len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acr) != acr || strings.IndexFunc(acr, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return ""
	}
	mark := "(" + acr + ")"
	for _, b := range x.doc.Blocks {
		at := strings.Index(b.Text, mark)
		if at <= 0 {
			continue
		}
		words := strings.Fields(b.Text[:at])
		// the capitalized words before the mark, the last len(acr) of them, spell it
		if len(words) < len(acr) {
			continue
		}
		name := words[len(words)-len(acr):]
		ok := true
		for i, w := range name {
			if w[0] != acr[i] {
				ok = false
				break
			}
		}
		if ok {
			return strings.Trim(strings.Join(name, " "), ",;:")
		}
	}
	return ""
}

// handleWritten matches a handle as posts write it: "@alima".
var handleWritten = regexp.MustCompile(`@([A-Za-z0-9_]{2,})`)

// handlesWritten returns the handles the post writes, folded.
func (x *extraction) handlesWritten() map[string]bool {
	hs := map[string]bool{}
	for _, b := range x.doc.Blocks {
		for _, m := range handleWritten.FindAllStringSubmatch(b.Text, -1) {
			hs[strings.ToLower(m[1])] = true
		}
	}
	return hs
}

// withoutHandle drops a handle written before the company: "(@alima, Initech)" names Ana's
// handle, then her employer.
func withoutHandle(company string, handles map[string]bool) string {
	first, rest, ok := strings.Cut(company, ",")
	first = strings.TrimPrefix(strings.TrimSpace(first), "@")
	if ok && strings.TrimSpace(rest) != "" && handles[strings.ToLower(first)] {
		return strings.TrimSpace(rest)
	}
	return company
}

// talkTitleKeys returns the titles of the post's talks folded by orgKey, so that a title
// written in another case ("Ledgers at Scale" and "Ledgers at scale") is found.
func (x *extraction) talkTitleKeys() map[string]bool {
	keys := make(map[string]bool, len(x.talks))
	for _, t := range x.talks {
		if t.title != "" {
			keys[orgKey(t.title)] = true
		}
	}
	return keys
}

// writtenUnlinked reports whether the post writes an organization's name outside any link.
func (x *extraction) writtenUnlinked(name string) bool {
	for _, b := range x.doc.Blocks {
		text := b.Text
		for i := len(b.Links) - 1; i >= 0; i-- {
			l := b.Links[i]
			if l.Start >= 0 && l.End <= len(text) && l.Start <= l.End {
				text = text[:l.Start] + text[l.End:]
			}
		}
		if containsWord(text, name) {
			return true
		}
	}
	return false
}

// containsWord reports whether text holds word as a whole word (case-sensitive).
func containsWord(text, word string) bool {
	if word == "" {
		return false
	}
	for i := 0; i+len(word) <= len(text); {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(word)
		before := at == 0 || !isWordByte(text[at-1])
		after := end == len(text) || !isWordByte(text[end])
		if before && after {
			return true
		}
		i = at + 1
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// groupEvent gives a post that places no event but names its group after a city ("the London
// Gophers", "AWS User Group Oslo") one event in that city: the group's meetup, which its talks
// were given at, and which the organization the post says hosted it housed.
func (x *extraction) groupEvent() {
	if len(x.events) > 0 || x.defaultCty == nil || len(x.talks) == 0 && len(x.pendingHosts) == 0 {
		return
	}
	if x.defaultHere {
		// "here in Recife": the writer says where the group is; other places are in passing
		x.postEvents = []*event{x.eventFor(x.defaultCty, "", "")}
		return
	}
	for k := range x.blockSents {
		sents := x.block(k)
		for _, s := range sents {
			for _, c := range x.cities(s) {
				if c.city.ID != x.defaultCty.city.ID {
					return // the post names another place too: where it met is not sure
				}
			}
		}
	}
	x.postEvents = []*event{x.eventFor(x.defaultCty, "", "")}
}

// metaPlaceEvent places the post's one event in the town its front matter gives ("place:
// Porto, Portugal", "location: ...", "city: ..."), for a post that is no event page (those
// are read by frontMatterEvent) and places no event itself: its one event without a town is
// there, else, when it has talks and no event, the town's event is the post's.
func (x *extraction) metaPlaceEvent() {
	m := x.doc.Meta
	if m.City == "" && m.Location == "" && m.Venue == "" || x.eventPage() {
		return
	}
	var cityless []*event
	for _, e := range x.events {
		if e.city != nil {
			return
		}
		if !e.future {
			cityless = append(cityless, e)
		}
	}
	c := x.placeCity(m.City, m.Location, m.Venue)
	if c == nil || len(cityless) > 1 || len(cityless) == 0 && len(x.talks) == 0 || x.onlineOrAway(c) {
		return
	}
	if len(cityless) == 1 {
		cc := *c
		cityless[0].city = &cc
		x.stops = append(x.stops, cityless[0])
		x.stopCities[c.city.ID] = true
		if len(x.postEvents) == 0 {
			x.postEvents = cityless
		}
		return
	}
	x.postEvents = []*event{x.eventFor(c, "", "")}
}

// onlineOrAway reports a post that says its event was online, or that the writer left town c
// for it ("flew out of Porto", "back home to Porto"): the front matter's town is then not the
// event's.
func (x *extraction) onlineOrAway(c *cityRef) bool {
	town := strings.ToLower(c.written)
	for bi := range x.blockSents {
		for _, s := range x.block(bi) {
			lower := strings.ToLower(s.text)
			if (strings.Contains(lower, "online") || strings.Contains(lower, "virtual")) && (hasEventWord(s) || hasTalkCue(s)) {
				return true // "Queueconf ran fully online this year"
			}
			for _, lead := range []string{"out of ", "from ", "home to ", "back to ", "left "} {
				if strings.Contains(lower, lead+town) {
					return true
				}
			}
		}
	}
	return false
}

// addressHost gives the post's only event in the city of its street address the venue written
// before the address ("Location: Northwind @ Cowork Hub, Harbour Street 12, 4000 Porto"), when
// no other rule named its host.
func (x *extraction) addressHost() {
	c, host, ev := x.addressPlace()
	if c == nil || host == "" {
		return
	}
	var in []*event
	for _, e := range x.events {
		if e.city != nil && e.city.city.ID == c.city.ID {
			in = append(in, e)
		}
	}
	if len(in) == 1 && in[0].host == "" {
		in[0].host, in[0].hostEv = host, ev
	}
}

// parenHandle matches a handle alone in parentheses: "(@alima)".
var parenHandle = regexp.MustCompile(`\(@([A-Za-z0-9_]+)\)`)

// whereInside is where in a building a venue's name may end with: "Fourth Floor", "4th floor",
// "Level 5", "Room B12", "Suite 200".
var whereInside = regexp.MustCompile(`(?i)[\s,\-–]+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top)\s+floor|(?:floor|level|room|suite)\s+[A-Za-z]?\d[\w.-]*)$`)

// officeTail is the word after a company's name that says the venue is its office: "Initech
// HQ", "Initech Offices".
var officeTail = regexp.MustCompile(`(?i)\s+(?:hq|headquarters|offices?)$`)

// venueName is a host's name without where in the building the event was: "Harbour Hotel
// Fourth Floor" is "Harbour Hotel", and "Initech HQ" is Initech.
func venueName(name string) string {
	if cut := officeTail.ReplaceAllString(name, ""); cut != name && strings.TrimSpace(cut) != "" {
		name = strings.TrimSpace(cut)
	}
	for {
		cut := whereInside.ReplaceAllString(name, "")
		if cut == name || strings.TrimSpace(cut) == "" {
			return name
		}
		name = strings.TrimSpace(cut)
	}
}
