package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// Talk pages and agendas often name a talk's speakers on a labelled line of their own, under
// the talk's title:
//
//	### Tracing Without Tears (18:30 - 19:00)
//	**Speaker:** Ana Lima, Initech
//
// or in a list item nested under the title's item ("- **Title**" over "  - led by: Ana Lima"),
// or on a page that is the talk ("# Title" and, further down, "Presenter: Ana Lima"). The
// label says who speaks; the title is the item above, the heading above, or the page's title.

// labelOfSpeakers is a label that introduces a talk's speakers: "Speaker:", "Speakers -",
// "Presented by:", "Led by:", "Panelists:".
var labelOfSpeakers = regexp.MustCompile(`(?i)^(?:speakers?|speaker\(s\)|presenters?|presenter\(s\)|presented by|led by|talk by|given by|panell?ists?)\s*[:：\-–—]\s*`)

// labelWords are the labels of details, never a talk's title: "Speaker: Ana Lima" is no talk
// titled "Speaker".
var labelWords = set(`speaker speakers presenter presenters host hosts moderator moderators panelist
panelists panellist panellists topic title talk date time when where venue location place room
track level audience duration abstract description bio slides video recording led by posted written
published`)

// headingTime is a time or time range a heading ends with: "(6:40 - 7:05 PM)", "- 18:30".
var headingTime = guard(regexp.MustCompile(`(?i)\s*[(\[]?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:-|–|—|to)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*[)\]]?\s*$|\s*[-–—|]\s*\d{1,2}[:.h]\d{2}.*$`),
	"0:", "0.", "0h", "1:", "1.", "1h", "2:", "2.", "2h", "3:", "3.", "3h", "4:", "4.", "4h",
	"5:", "5.", "5h", "6:", "6.", "6h", "7:", "7.", "7h", "8:", "8.", "8h", "9:", "9.", "9h")

// readLabelledSpeakers reads the labelled speaker lines of the post (see above), before the
// other structure readers, which would take the label for a title.
func (x *extraction) readLabelledSpeakers() {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Paragraph && b.Kind != document.ListItem || x.agendaBlocks.has(bi) || len(x.block(bi)) == 0 {
			continue
		}
		line := x.lineSentence(b, b.Lines()[0], bi)
		text := strings.TrimLeft(line.text, "*_ ")
		m := labelOfSpeakers.FindString(text)
		if m == "" {
			continue
		}
		rest := strings.TrimSpace(text[len(m):])
		at := len(line.text) - len(strings.TrimLeft(line.text[len(line.text)-len(text)+len(m):], " "))
		if rest == "" || len(strings.Fields(rest)) > 16 {
			continue
		}
		speakers, ok := x.readSpeakers(line, rest, at)
		if name := x.labelledName(rest); name != "" && (!ok || len(speakers) == 1 && speakers[0].company == "" && speakers[0].name != name) {
			speakers, ok = []listedSpeaker{{name: name}}, true // "Speaker: Ravi K S" (see labelledName)
		}
		if !ok {
			// "Presenter: Cameron": after a speaker label one given name or handle is a person
			w := strings.Trim(rest, "*_ .")
			if len(strings.Fields(w)) != 1 || !(givennames.Is(w) && startsUpper(w) || strings.HasPrefix(w, "@") && looksLikeHandle(w[1:])) {
				continue
			}
			speakers = []listedSpeaker{{name: strings.TrimPrefix(w, "@"), handle: strings.HasPrefix(w, "@")}}
		}
		title, tb := x.labelledTitle(bi)
		if title == "" {
			continue
		}
		events := x.sectionEvs[b.Section]
		if len(events) == 0 {
			events = x.postEvents
		}
		var names []string
		for _, sp := range speakers {
			names = append(names, sp.name)
		}
		ev := Evidence{Sentence: title + " – " + line.text, Confidence: 0.8}
		t := x.addTalk(title, "", "", names, events, ev, bi)
		if t == nil {
			continue
		}
		for _, sp := range speakers {
			if sp.company != "" {
				x.personFor(sp.name).addCompany(x.companyName(sp.company), Evidence{Sentence: line.text, Confidence: 0.8})
			}
		}
		x.agendaBlocks.add(bi)
		if tb >= 0 {
			x.agendaBlocks.add(tb)
		}
	}
}

// labelledTitle finds the title of the talk whose speakers block bi labels, and the block it
// was read from (-1 for the page's title): the list item bi is nested under, else the heading
// right above it (a few blocks up, with no other speaker label between), else the page's title
// when no heading comes before bi but the page's own.
func (x *extraction) labelledTitle(bi int) (string, int) {
	b := x.doc.Blocks[bi]
	if b.Kind == document.ListItem && b.Level > 0 {
		for k := bi - 1; k >= 0; k-- {
			p := x.doc.Blocks[k]
			if p.Kind != document.ListItem {
				return "", -1
			}
			if p.Level < b.Level {
				if t := labelTitle(strings.TrimSpace(listBullet.ReplaceAllString(p.Text, ""))); t != "" {
					return t, k
				}
				return "", -1
			}
		}
		return "", -1
	}
	heading := -1
	for k := bi - 1; k >= 0; k-- {
		p := x.doc.Blocks[k]
		if p.Kind == document.Heading {
			heading = k
			break
		}
		if k < bi-3 {
			break
		}
		if x.agendaBlocks.has(k) || p.Kind == document.Paragraph && labelOfSpeakers.MatchString(strings.TrimLeft(p.Text, "*_ ")) {
			return "", -1 // another talk's lines come between
		}
	}
	if heading >= 0 {
		h := x.doc.Blocks[heading]
		if h.Level == 1 && strings.EqualFold(strings.TrimSpace(h.Text), strings.TrimSpace(x.doc.Meta.Title)) {
			return x.pageTalkTitle(), heading
		}
		if t := labelTitle(h.Text); t != "" && eventKind(t) == "" && !titleNamesEvent(t) {
			return t, heading
		}
		return "", -1
	}
	// No heading right above: the page is the talk when no heading but its own comes before.
	for k := bi - 1; k >= 0; k-- {
		if p := x.doc.Blocks[k]; p.Kind == document.Heading && !(p.Level == 1 && strings.EqualFold(strings.TrimSpace(p.Text), strings.TrimSpace(x.doc.Meta.Title))) {
			return "", -1
		}
	}
	return x.pageTalkTitle(), -1
}

// pageTalkTitle is the page's title when it can be a talk's: not an event's name, a date or a
// section word.
func (x *extraction) pageTalkTitle() string {
	t := labelTitle(x.doc.Meta.Title)
	if t == "" || eventKind(t) != "" || titleNamesEvent(t) {
		return ""
	}
	return t
}

// labelTitle cleans a heading or item that titles a labelled talk: without a leading emoji or
// kind label ("Keynote:"), without a trailing time, and not a section word, a label, a date or
// a break.
func labelTitle(text string) string {
	t := strings.TrimLeftFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«¿¡[(", r)
	})
	t = headingTime.ReplaceAllString(t, "")
	t = cleanTitle(t)
	if m := keynoteLabel.FindString(t); m != "" && strings.TrimSpace(t[len(m):]) != "" {
		t = strings.TrimSpace(t[len(m):])
	}
	low := strings.ToLower(strings.Trim(t, " :*_"))
	if t == "" || sectionWords[low] || labelWords[low] || adminTitle(t) || slotHeading(t) || dateIn(t, time.Time{}) != "" && len(strings.Fields(t)) <= 5 ||
		labelOfSpeakers.MatchString(t) || strings.IndexFunc(t, unicode.IsLetter) < 0 || len(strings.Fields(t)) > 25 {
		return ""
	}
	return t
}

// readTitleBy reads a list item or paragraph that opens with its talk's title in bold (or a
// link) and names the speakers after "by", past a slot length and a dash: "**Fedora Next**
// [5 min] *- by Ana Lima* https://example.org ...". The speakers end where their emphasis, a
// link, a parenthesis or a full stop does; what follows describes the talk.
func (x *extraction) readTitleBy(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	r := lines[0]
	if len(lines) > 1 {
		r[1] = lines[1][1] // the speakers may be on the title's next line
	}
	line := x.lineSentence(b, r, bi)
	text := line.text
	lead := len(text) - len(strings.TrimLeft(text, " "))
	title, end := "", -1
	for _, sp := range line.spans {
		if sp.Start == lead && sp.Strong {
			title, end = text[sp.Start:sp.End], sp.End
			break
		}
	}
	if title == "" {
		for _, l := range line.links {
			if l.Start == lead && !isProfileLink(l.Href) {
				title, end = text[l.Start:l.End], l.End
				break
			}
		}
	}
	if title == "" || end >= len(text) {
		return false
	}
	i := end
	skipSpace := func() {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
			i++
		}
	}
	skipSpace()
	if m := slotLength.FindString(text[i:]); m != "" {
		i += len(m)
		skipSpace()
	}
	for i < len(text) && strings.ContainsRune("-–—:", rune(text[i])) {
		i++
	}
	skipSpace()
	if i+3 > len(text) || !strings.EqualFold(text[i:i+3], "by ") {
		return false
	}
	start := i + 3
	stop := len(text)
	for _, sp := range line.spans {
		if sp.Start <= i && i < sp.End && sp.End < stop {
			stop = sp.End // "*- by Ana Lima*": the emphasis holds the speakers
		}
	}
	for _, l := range line.links {
		if l.Start >= start && l.Start < stop && !isProfileLink(l.Href) {
			stop = l.Start
		}
	}
	seg := text[start:stop]
	for _, cut := range []string{"\n", " http", " (", ". ", " – ", " - ", ": "} {
		if k := strings.Index(seg, cut); k >= 0 {
			seg = seg[:k]
		}
	}
	seg = strings.TrimRight(strings.TrimSpace(seg), ".,;")
	if seg == "" || len(strings.Fields(seg)) > 10 {
		return false
	}
	speakers, ok := x.readSpeakers(line, seg, start)
	if !ok {
		if len(strings.Fields(seg)) != 1 || !givennames.Is(seg) || !startsUpper(seg) {
			return false
		}
		speakers = []listedSpeaker{{name: seg}} // "by Tomasz": one given name, in a speaker's place
	}
	title = labelTitle(title)
	if title == "" {
		return false
	}
	var names []string
	for _, sp := range speakers {
		names = append(names, sp.name)
	}
	ev := Evidence{Sentence: text, Confidence: 0.85}
	return x.addTalk(title, "", linkFor(line, title), names, events, ev, bi) != nil
}

// readPersonHeadings reads sections headed by a speaker's name, with the talk's title in the
// block under the heading: "#### [Ana Lima](https://twitter.com/alima)" over "> Fast Builds
// Everywhere". The block is a quotation, a marked phrase, or a short line that reads as a
// title and not as a sentence about the person ("Ana works at ...").
func (x *extraction) readPersonHeadings() {
	repeated := x.cardLayouts() >= 2
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Heading || b.Level < 2 || x.agendaBlocks.has(bi) || bi+1 >= len(x.doc.Blocks) || len(x.block(bi)) == 0 {
			continue
		}
		name := strings.TrimSpace(b.Text)
		s := x.block(bi)[0]
		linked := len(s.links) == 1 && isProfileLink(s.links[0].Href) && s.links[0].Start == 0 && s.links[0].End >= len(name)
		if !x.looksLikeName(name) || x.notAPerson(name) {
			continue
		}
		// a speaker's card: the company or role, and links to profiles, under the name. A
		// name with no given name known counts when the card states a role or a company surely.
		ci, company, card, sure := x.cardDetails(bi)
		if ci >= len(x.doc.Blocks) || !linked && !givennames.Is(firstWord(name)) && !sure && !(repeated && card) {
			continue
		}
		if x.readCardTalk(bi, ci, name, company, card) {
			continue
		}
		if card {
			// "### Ana Lima", "Initech", then her bio ("Ana builds ..."), then the talk's heading
			bio := ci
			for bio < len(x.doc.Blocks) && bio-ci < 2 && x.doc.Blocks[bio].Kind == document.Paragraph && aboutPerson(x.doc.Blocks[bio].Text, name) {
				bio++
			}
			if bio > ci && bio < len(x.doc.Blocks) && x.readCardTalk(bi, bio, name, company, card) {
				continue
			}
		}
		c := x.doc.Blocks[ci]
		if x.agendaBlocks.has(ci) || len(x.block(ci)) == 0 {
			continue
		}
		text := strings.TrimSpace(c.Text)
		words := len(strings.Fields(text))
		first := strings.Trim(strings.Fields(text + " x")[0], "\"'“”*_")
		about := strings.EqualFold(first, firstWord(name)) || strings.EqualFold(first, name) || first == "He" || first == "She" || first == "They"
		ok := false
		switch c.Kind {
		case document.Quote:
			ok = words <= 30 && !about
		case document.Paragraph:
			cs := x.block(ci)[0]
			whole := len(cs.spans) == 1 && cs.spans[0].Start == 0 && cs.spans[0].End >= len(text)-1
			ok = words <= 15 && !about && plainTitle(text) && (whole || len(x.clauses(cs)) == 0)
		}
		if !ok {
			continue
		}
		title := cleanTitle(strings.Trim(text, "*_"))
		if q := quotes(title); len(q) == 1 && q[0][0] <= 1 && q[0][1] >= len(title)-1 {
			title = cleanTitle(title[q[0][0]:q[0][1]])
		}
		if title = labelTitle(title); title == "" {
			continue
		}
		events := x.sectionEvs[b.Section]
		if len(events) == 0 {
			events = x.postEvents
		}
		link := ""
		for _, l := range c.Links {
			if isSlides(l.Href) || isRecording(l.Href) {
				link = l.Href
				break
			}
		}
		ev := Evidence{Sentence: name + ": " + text, Confidence: 0.75}
		if x.addTalk(title, "", link, []string{name}, events, ev, ci) != nil {
			x.agendaBlocks.add(bi)
			x.agendaBlocks.add(ci)
			x.cardCompany(bi, ci, name, company)
		}
	}
}

// cardLayouts counts the speaker's cards of the post: a heading shaped like a name, a card's
// lines under it (see cardDetails) and a heading after them. When the layout repeats, a name
// with no given name known over a card is a speaker's.
func (x *extraction) cardLayouts() int {
	n := 0
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Heading || b.Level < 2 || !x.looksLikeName(strings.TrimSpace(b.Text)) {
			continue
		}
		if next, _, card, _ := x.cardDetails(bi); card && next < len(x.doc.Blocks) && x.doc.Blocks[next].Kind == document.Heading {
			n++
		}
	}
	return n
}

// aboutPerson reports a paragraph that opens with the person named (their first name or full
// name) or a pronoun: a bio, as "Ana builds databases at Initech."
func aboutPerson(text, name string) bool {
	first := strings.Trim(strings.Fields(strings.TrimSpace(text) + " x")[0], "\"'“”*_,")
	return strings.EqualFold(first, firstWord(name)) || strings.HasPrefix(strings.TrimSpace(text), name) || first == "He" || first == "She" || first == "They"
}

// maxCardDetails bounds the lines of a speaker's card between the name and the talk.
const maxCardDetails = 4

// cardDetails reads the lines of a speaker's card under the name's heading bi (past their
// photo): a line that names the company or the role ("Senior Engineer, Initech", "Initech", "CTO at Initech") and
// lines of links to profiles ("[Twitter](…) | [GitHub](…)"). It returns the block after them,
// the company ("" when none is stated), whether any such line was read, and whether a line
// surely named a role or a company (see cardCompanyLine).
func (x *extraction) cardDetails(bi int) (next int, company string, card, sure bool) {
	next = bi + 1
	seenCompany := false
	for next < len(x.doc.Blocks) && next <= bi+maxCardDetails {
		c := x.doc.Blocks[next]
		if c.Kind == document.Embed {
			next++ // the speaker's photo
			continue
		}
		if c.Kind != document.Paragraph && c.Kind != document.ListItem || x.agendaBlocks.has(next) {
			break
		}
		if profileLinksOnly(c) {
			next, card = next+1, true
			continue
		}
		co, sureLine, ok := x.cardCompanyLine(strings.TrimSpace(c.Text))
		if !ok || seenCompany {
			break
		}
		sure = sure || sureLine
		if !sureLine {
			// "Initech", "Nimbus Forge" could be a title too: a card's line only when a heading
			// or the profile links follow it
			after := next + 1
			if after >= len(x.doc.Blocks) {
				break
			}
			if a := x.doc.Blocks[after]; x.titleNotCompany(c.Text) || a.Kind != document.Heading && !profileLinksOnly(a) &&
				!(a.Kind == document.Paragraph && aboutPerson(a.Text, strings.TrimSpace(x.doc.Blocks[bi].Text)) &&
					after+1 < len(x.doc.Blocks) && x.doc.Blocks[after+1].Kind == document.Heading) {
				break // (or the bio, "Ana builds ...", and a heading)
			}
		}
		company, seenCompany, card = co, true, true
		next++
	}
	return next, company, card, sure
}

// cardCompanyLine reads a line of a speaker's card that names where they work or what they
// do: a company ("Initech", "Quillfeather Labs"), a role and a company ("Staff Engineer,
// Initech", "CTO at Initech", "Initech | Staff Engineer") or a role alone. A person's name, a
// sentence or a title is none. sure says the line states a role, or a company by a suffix
// ("Labs") or as the post links it; a name's shape or a single word alone may be a title's.
func (x *extraction) cardCompanyLine(text string) (company string, sure, ok bool) {
	text = strings.TrimSpace(strings.Trim(text, "*_ "))
	if text == "" || len(strings.Fields(text)) > 10 || strings.Contains(text, ". ") || givenName(text) {
		return "", false, false
	}
	role := false
	for _, sep := range []string{" at ", " @ ", ", "} {
		// "Staff Engineer at Tinsel Row", "CTO, Tinsel Row": a role, then the company in any shape
		if a, b, ok := strings.Cut(text, sep); ok && roleText(a) {
			if c, ok := x.companyPart(b); ok && c != "" {
				return c, true, true
			}
			if c, ok := x.parenCompany(b); ok {
				return c, true, true
			}
		}
	}
	for _, sep := range []string{" | ", " · ", " – ", " — ", " - "} {
		if a, b, ok := strings.Cut(text, sep); ok {
			// "Initech | Staff Engineer", "Staff Engineer - Initech": one side a role
			switch {
			case roleText(b):
				text = a
			case roleText(a):
				text = b
			default:
				return "", false, false
			}
			role = true
			break
		}
	}
	c, ok := x.companyPart(withoutTrailingRole(text))
	if !ok {
		c, ok = x.parenCompany(text)
	}
	if !ok {
		return "", false, false
	}
	words := strings.Fields(text)
	sure = role || c == "" || c != text || orgSuffixIn(words) || x.orgs[strings.ToLower(c)] || knownCompanies[strings.ToLower(c)]
	return c, sure, true
}

// profileLinksOnly reports a block that is only links to profiles, with separators between
// them: "[Twitter](…) | [GitHub](…)", "@alima".
func profileLinksOnly(b document.Block) bool {
	if len(b.Links) == 0 {
		return false
	}
	rest := b.Text
	for i := len(b.Links) - 1; i >= 0; i-- {
		l := b.Links[i]
		if !isProfileLink(l.Href) && !profileLabels[strings.ToLower(strings.TrimSpace(b.LinkText(l)))] {
			return false
		}
		if l.Start >= 0 && l.End <= len(rest) && l.Start <= l.End {
			rest = rest[:l.Start] + rest[l.End:]
		}
	}
	return strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == ""
}

// readCardTalk reads the talk of a speaker's card whose title is the heading after the card's
// details (see cardDetails), with the abstract under it:
//
//	### Ana Lima
//	Senior Engineer, Initech
//	[Twitter](…) | [GitHub](…)
//	### Tracing Without Tears
//	How we traced ...
//
// The person is the speaker and the card's company their affiliation. With no details between
// them, a name's heading over a title's heading counts only when the title heading has text
// under it. It reports whether it read a talk.
func (x *extraction) readCardTalk(bi, ci int, name, company string, card bool) bool {
	h := x.doc.Blocks[ci]
	if h.Kind != document.Heading || x.agendaBlocks.has(ci) || len(x.block(ci)) == 0 {
		return false
	}
	if !card && (ci+1 >= len(x.doc.Blocks) || x.doc.Blocks[ci+1].Kind == document.Heading) {
		return false // "### Ana Lima" over "### Bo Chen": a list of names
	}
	text := strings.TrimSpace(h.Text)
	if x.looksLikeName(text) && givennames.Is(firstWord(text)) || h.Level < x.doc.Blocks[bi].Level && !card {
		return false
	}
	if _, sure, ok := x.cardCompanyLine(text); ok && sure || ci == bi+1 && x.nameSubtitle(ci) {
		return false // "#### Associate Professor, Initech Labs": the card's role line set as a heading
	}
	title, marked := x.sectionTitle(ci)
	if !marked {
		title = labelTitle(title)
	}
	if title == "" || strings.EqualFold(title, name) {
		return false
	}
	events := x.sectionEvs[ci]
	if len(events) == 0 {
		events = x.sectionEvs[bi]
	}
	if len(events) == 0 {
		events = x.postEvents
	}
	ev := Evidence{Sentence: name + ": " + text, Confidence: 0.75}
	if x.addTalk(title, "", "", []string{name}, events, ev, ci) == nil {
		return false
	}
	for k := bi; k <= ci; k++ {
		x.agendaBlocks.add(k)
	}
	x.cardCompany(bi, ci, name, company)
	return true
}

// cardCompany records the company a speaker's card states (see cardDetails).
func (x *extraction) cardCompany(bi, ci int, name, company string) {
	if company == "" {
		return
	}
	x.personFor(name).addCompany(x.companyName(company), Evidence{Sentence: name + ", " + company, Confidence: 0.75})
	for k := bi + 1; k < ci; k++ {
		x.agendaBlocks.add(k)
	}
}
