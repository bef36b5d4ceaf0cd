package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// leadIn is a short line that announces the list below it as a meetup's talks: "Line up:",
// "Talks:", "Tonight's speakers:", "📋 Agenda:", or a heading of those words alone.
var leadIn = regexp.MustCompile(`(?i)^(?:(?:(?:tonight's|today's|this\s+(?:month|week|evening)'s|the|our|meetup|event)\s+)?(?:line[- ]?up|talks|speakers|agenda|program|programme|schedule|presentations|sessions|talks\s+and\s+speakers|speakers\s+and\s+talks)` +
	// the writer's own: "The two talks that I gave at those events were", "My talks"
	`|(?:the\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?(?:talks|presentations|sessions)\s+(?:that\s+)?(?:i|we)\s+(?:gave|did|presented|delivered)(?:\s+(?:there|this\s+year|at\s+(?:these|those|the)\s+\w+))?(?:\s+(?:were|are))?` +
	`|my\s+(?:talks|presentations)(?:\s+this\s+year)?)$`)

// leadInText reports whether a block is a lead-in (leadIn): a heading of the words alone, or
// a paragraph of them (its last line, when the paragraph says more above it: "Date: May 3"
// then "Line up:"), with a colon or set apart in bold. Symbols and emoji around the words
// are no part of them.
func leadInText(b document.Block) bool {
	text := strings.TrimSpace(b.Text)
	switch b.Kind {
	case document.Heading:
	case document.Paragraph:
		if lines := b.Lines(); len(lines) > 1 {
			last := lines[len(lines)-1]
			text = strings.TrimSpace(b.Text[last[0]:last[1]])
		}
		if !strings.HasSuffix(text, ":") && !wholeSpan(b, text) {
			return false
		}
	default:
		return false
	}
	text = strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return leadIn.MatchString(text)
}

// linkedLineupItem reports an item of a list under a sentence that announces talks
// (leadInSentence) that opens with a linked title and then says what the talk was about:
// "Plenty of talks followed:" over "- [Quiet Queues](talk.html): how queues ...".
func (x *extraction) linkedLineupItem(bi int) bool {
	from, _ := x.listSpan(bi)
	if from == 0 {
		return false
	}
	lead := x.doc.Blocks[from-1]
	text := strings.TrimSpace(lead.Text)
	if lines := lead.Lines(); len(lines) > 1 {
		last := lines[len(lines)-1]
		text = strings.TrimSpace(lead.Text[last[0]:last[1]])
	}
	if lead.Kind != document.Paragraph || !strings.HasSuffix(text, ":") || len(strings.Fields(text)) > 20 ||
		!leadInSentence.MatchString(strings.TrimRight(text, ": ")) {
		return false
	}
	b := x.doc.Blocks[bi]
	if len(b.Links) == 0 || b.Links[0].Start != 0 {
		return false
	}
	rest := strings.TrimSpace(b.Text[b.Links[0].End:])
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ")
}

// leadInSentence is a sentence that announces talks in the list below it, ending in a colon:
// "Then came plenty of interesting talks in two tracks:", "Danach gab es viele Vorträge:". Its
// word for the talks is plural and last but a few words.
var leadInSentence = regexp.MustCompile(`(?i)\b(?:talks|presentations|sessions|lightning talks|vorträge|vortraege|charlas|ponencias|palestras|apresentações|conférences|exposés|présentations|interventi|presentazioni|lezingen|prelekcje|föredrag)(?:\s+\p{L}+){0,3}$`)

// wholeSpan reports whether text, a line of b, is set apart in bold or emphasis as a whole.
func wholeSpan(b document.Block, text string) bool {
	if len(b.Spans) == 0 {
		return false
	}
	at := strings.Index(b.Text, text)
	for _, sp := range b.Spans {
		if at >= 0 && sp.Start <= at && sp.End >= at+len(strings.TrimRight(text, ":")) {
			return true
		}
	}
	return false
}

// listLeadIn reports whether the list that holds item bi opens right under a lead-in, or
// under a lead-in heading and one short paragraph that says what follows ("## Talks" over
// "Five short talks about storage." over the list).
func (x *extraction) listLeadIn(bi int) bool {
	from, _ := x.listSpan(bi)
	if from > 0 && leadInText(x.doc.Blocks[from-1]) {
		return true
	}
	if from < 2 {
		return false
	}
	p, h := x.doc.Blocks[from-1], x.doc.Blocks[from-2]
	return h.Kind == document.Heading && leadInText(h) && p.Kind == document.Paragraph && len(strings.Fields(p.Text)) <= 20 &&
		len(x.block(from-1)) == 1 && len(x.clauses(x.block(from - 1)[0])) == 0
}

// speakerAbout is a line-up item that names its speaker, then what the talk is about: "Ana
// Lima about queues at scale", "[@alima](…) on tracing", "Bo Chen: for using Go in
// production", "Cy Dunn talking about fuzzing".
var speakerAbout = regexp.MustCompile(`^(.{2,60}?)\s*:?\s+(?:about|on|for|talking about|talks about|presenting|will talk about|will present|sobre|über|sur|su|o)\s+(.{3,160})$`)

// readSpeakerAbout reads a line-up item that names its speaker (people, or handles linked to
// profiles), then what the talk is about: an untitled talk with that description, or a titled
// one when the rest is a marked title.
func (x *extraction) readSpeakerAbout(bi int, line *sentence, events []*event) bool {
	text := strings.TrimSpace(line.text[:max(resourcesStart(line), 0)])
	m := speakerAbout.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	who, rest := text[m[2]:m[3]], strings.TrimRight(text[m[4]:m[5]], " .;")
	sp, ok := x.readSpeakers(line, who, m[2])
	if !ok || !namedPeople(sp) && !fullNames(sp, false) && !allHandles(sp) {
		return false
	}
	names := make([]string, len(sp))
	for i, p := range sp {
		names[i] = p.name
	}
	title, description := "", rest
	if t, end, marked := markedPhrase(line, m[4], true); marked && strings.Trim(line.text[end:], " .;") == "" {
		title, description = cleanTitle(t), ""
	}
	if title == "" && (description == "" || adminOnly(description)) {
		return false
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.65}
	return x.addTalk(title, description, linkFor(line, title), names, events, ev, bi) != nil
}

// allHandles reports speakers each known by a handle, linked to a profile or written with "@".
func allHandles(sp []listedSpeaker) bool {
	for _, p := range sp {
		if !p.handle {
			return false
		}
	}
	return len(sp) > 0
}

// outlineList reports whether the list that holds item bi is a table of contents: two of its
// items open headings further down ("Agenda: Queues, Paging" over "## Queues - why").
func (x *extraction) outlineList(bi int) bool {
	from, to := x.listSpan(bi)
	if known, ok := x.outlines[from]; ok {
		return known // asked once per list, not once per item
	}
	if x.outlines == nil {
		x.outlines = map[int]bool{}
	}
	n := 0
	for k := from; k <= to && n < 2; k++ {
		item := strings.ToLower(strings.TrimSpace(x.doc.Blocks[k].Text))
		item = strings.TrimLeft(item, "0123456789. ")
		if item == "" {
			continue
		}
		for hi := to + 1; hi < len(x.doc.Blocks); hi++ {
			if h := x.doc.Blocks[hi]; h.Kind == document.Heading && strings.HasPrefix(strings.ToLower(h.Text), item) {
				n++
				break
			}
		}
	}
	x.outlines[from] = n >= 2
	return n >= 2
}

// readLineupItem reads a top-level item of a list under a lead-in (leadInText) as a talk of
// the meetup: the whole item is the title when no speaker can be told from it ("- Effects
// Without Tears", "- [Quiet Queues](slides.pdf) (*guest*)"). An item whose listing names a
// person by a known given name is left to the listing readers, and an item that is a
// person's name alone ("- Ana Lima") or an agenda's housekeeping ("- Pizza and drinks") is
// no talk.
func (x *extraction) readLineupItem(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	if b.Kind != document.ListItem || b.Level != 0 || b.Quoted || x.doc.Format == document.FormatArticle || !x.listLeadIn(bi) && !x.linkedLineupItem(bi) || x.outlineList(bi) {
		return false // a slide deck's agenda is the outline of its own talk
	}
	if next := bi + 1; next < len(x.doc.Blocks) && x.doc.Blocks[next].Kind == document.ListItem && x.doc.Blocks[next].Level > b.Level &&
		leadingTime.FindString(x.doc.Blocks[next].Text) != "" {
		return false // "- 19:00 Lightning talks" over the timed talks themselves: a slot that holds others
	}
	line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	if x.readSpeakerAbout(bi, line, events) {
		return true
	}
	for _, s := range x.block(bi) {
		for _, c := range x.clauses(s) {
			if len(c.refs) > 0 {
				return false // "June 2031, Tartu Gophers" over "Ana Lima spoke about queues.": prose, read as such
			}
		}
	}
	title := x.lineupTitle(line)
	if title == "" {
		return false
	}
	ev := Evidence{Sentence: line.text, Confidence: 0.6}
	t := x.addTalk(title, "", linkFor(line, title), nil, events, ev, bi)
	if t == nil {
		return false
	}
	if reason := x.unreadListing(line, b.Kind); reason != "" {
		// the talk is read, its speakers are not: say so as for a line not read at all
		x.speakerless = append(x.speakerless, speakerless{talk: t, warning: Warning{Text: line.text, Reason: reason}})
	}
	return true
}

// readLineupLines reads the lines of a paragraph right under a lead-in ("**Line-up**" over
// "Quiet Queues in Practice" and "Effects at the Edge" on lines of their own) as the talks of
// the meetup, as readLineupItem reads a list's items: each line that reads as a title alone
// (lineupTitle) is a talk. Two lines must, so that a paragraph of prose that breaks into
// lines is no line-up.
func (x *extraction) readLineupLines(bi int, events []*event) bool {
	b := x.doc.Blocks[bi]
	lines := b.Lines()
	if b.Kind != document.Paragraph || b.Quoted || len(lines) < 2 || bi == 0 || x.doc.Format == document.FormatArticle || !leadInText(x.doc.Blocks[bi-1]) || wrappedProse(b, lines) {
		return false
	}
	var titles []string
	var sents []*sentence
	for _, r := range lines {
		if len(strings.Fields(lineText(b, r))) > 14 {
			return false // a long line: prose, not a line-up
		}
		line := x.lineSentence(b, r, bi)
		if title := x.lineupTitle(line); title != "" {
			titles, sents = append(titles, title), append(sents, line)
		}
	}
	if len(titles) < 2 {
		return false
	}
	read := false
	for i, title := range titles {
		ev := Evidence{Sentence: sents[i].text, Confidence: 0.6}
		if x.addTalk(title, "", linkFor(sents[i], title), nil, events, ev, bi) != nil {
			read = true
		}
	}
	return read
}

// lineupTitle reads a line of a line-up as a talk's title alone, or returns "": a line that
// names its speaker is the listing readers' and the prose's, and a label's line, a person, a
// housekeeping slot, a date, a word of a slot's kind alone and an item that is no talk
// (notTalkItem) title nothing.
func (x *extraction) lineupTitle(line *sentence) string {
	if l, ok := x.readListing(line); ok && personListing(l) || namedSpeaker.MatchString(line.text) && personName(namedSpeaker.FindStringSubmatch(line.text)[1]) {
		return "" // the line names its speaker: the listing readers and the prose read it
	}
	if label, _, ok := strings.Cut(line.text, ":"); ok && labelWord(label) {
		return "" // "Speakers: Ana Lima", "Photos: #meetup": a label's line, no title
	}
	for _, c := range x.clauses(line) {
		if len(c.refs) > 0 {
			return "" // "June 2031, Tartu Gophers: Ana Lima spoke about queues": prose, read as such
		}
	}
	text := strings.TrimSpace(line.text[:max(resourcesStart(line), 0)])
	text = strings.TrimSpace(leadingTime.ReplaceAllString(text, ""))
	text = strings.TrimSpace(roleNote.ReplaceAllString(text, ""))
	text = strings.TrimLeftFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«[(", r)
	})
	if m := talkKindPrefix.FindString(text); m != "" && len(m) < len(text) {
		text = text[len(m):] // "Talk: Quiet Queues": the slot's kind, then its title
	}
	if len(line.tokens) > 1 && line.tokens[0].link >= 0 {
		// "[Quiet Queues](talk.html): here it was about ...": the linked title, then what it
		// was about
		l := line.links[line.tokens[0].link]
		if rest := strings.TrimSpace(line.text[l.End:]); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") {
			text = line.text[l.Start:l.End]
		}
	}
	title := cleanTitle(text)
	if bare := strings.TrimSpace(endParens.ReplaceAllString(title, "")); personName(bare) {
		return "" // "- Ana Lima (alima)": a person, named with a handle
	}
	if title == "" || !plainTitle(title) || adminTitle(title) || slotChore.MatchString(title) || dateOnly(title) || personName(title) || leadIn.MatchString(title) || notTalkItem(title) {
		return ""
	}
	if len(strings.Fields(title)) < 2 && !strings.ContainsAny(title, "/+.#-") {
		return "" // "- Intro", "- Demos": a word alone is a slot's kind, unless it names a thing ("Isabelle/HOL")
	}
	return title
}

// speakerless is a talk read from a line whose speakers could not be read, with the warning
// that says so unless another line of the post names them.
type speakerless struct {
	talk    *talk
	warning Warning
}

// namedSpeaker finds two capitalized words after "by", "with", a comma or a parenthesis: the
// speaker a line names, when the words are a person's name ("... was given by Ana Lima",
// "Quiet Queues, Bo (Bo Chen)").
var namedSpeaker = regexp.MustCompile(`(?:\bby\s|\bwith\s|,\s|\(\s*)\s*(\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)`)

// endParens is a note in parentheses that ends a line.
var endParens = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// labelWord reports a label of one or two words that names people or material, not a title:
// "Speakers", "Photos", "Slides".
func labelWord(label string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimSpace(label)))
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	w := strings.Trim(words[len(words)-1], "*_")
	return roleLabels[w] || profileLabels[w] || resourceWords[w] || w == "photos" || w == "pictures"
}

// personListing reports whether every speaker a listing found starts with a given name, so
// the line names people and the listing readers read it.
func personListing(l listing) bool {
	if len(l.speakers) == 0 {
		return false
	}
	for _, sp := range l.speakers {
		if sp.handle {
			continue
		}
		first, _, _ := strings.Cut(sp.name, " ")
		if !givennames.Is(first) {
			return false
		}
	}
	return true
}

// roleNote is a note in parentheses after a title that says who gives it without naming
// them: "(invited speaker)", "(guest talk)".
var roleNote = regexp.MustCompile(`(?i)\s*\(\s*[*_]*(?:invited|guest|keynote|lightning)(?:\s+(?:speaker|talk|session))?[*_]*\s*\)\s*$`)

// slotChore is an agenda slot that is no talk, named by its first words: "Welcome from the
// hosts", "Networking, games and drinks", "Opening words by Ana Lima", "Meetup intro".
var slotChore = regexp.MustCompile(`(?i)^(?:(?:welcome|welcoming|networking|pizza|food|drinks|beers?|dinner|lunch|breakfast|coffee|doors|registration|mingling|snacks|break|kick[- ]?off)\b|(?:opening|closing)\s+(?:speech|remarks|words|session|address|note)\b|(?:session|meetup|event)\s+intro(?:duction)?$|.*\s(?:begins|starts|ends|opens|closes|continues)$)`)

// personName reports a full name (looksLikeName) whose first word is a given name: "Ana
// Lima", not "Effects Without Tears".
func personName(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return looksLikeName(s) && givennames.Is(first)
}

// Items under a line-up's lead-in that are no talk: what the organizers ask of the reader,
// when to send a proposal, and how the evening runs.
var (
	// itemCall asks for talks, speakers or help: "Call for papers is open", "Speakers wanted",
	// "Want to speak?", "Submit your talk".
	itemCall = guard(regexp.MustCompile(`(?i)\b(?:call\s+for\s+(?:papers|speakers|talks|proposals|presenters|submissions)|cfps?|speakers?\s+wanted|looking\s+for\s+(?:speakers|talks|presenters|volunteers|hosts|sponsors|a\s+venue)|(?:want|like)\s+to\s+(?:speak|give\s+a\s+talk|present|host|sponsor)|submit\s+(?:a|your)\s+(?:talk|proposal|abstract|idea)|propose\s+a\s+talk|become\s+a\s+(?:speaker|sponsor|host))\b`),
		"call", "cfp", "wanted", "looking", "want", "like", "submit", "propose", "become")
	// itemDeadline is a date something is due by: "by March 3rd", "until May", "closes on
	// June 1", "deadline: Friday".
	itemDeadline = regexp.MustCompile(`(?i)\b(?:by|until|till|before|deadline|due|closes?|ends?)\s*:?\s+(?:on\s+)?(?:the\s+)?(?:` + monthNames + `|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|noon|end\s+of|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[./]\d{1,2}\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)`)
	// itemImperative opens an item with a request to the reader, in sentence case: "Bring your
	// own laptop", "Please RSVP", "Sign up at the door". A title in title case ("Bring Your
	// Own Cloud") is no request.
	itemImperative = regexp.MustCompile(`^(?:(?i:please|kindly)\s+\S|(?i:submit|send|sign|register|rsvp|bring|join|drop|contact|apply|propose|check|follow|visit|grab|come|remember|don't|reach|email|e-mail|tweet|share|tell|let\s+us|feel\s+free|make\s+sure|note|find|get|arrive|ask|vote|fill|enter|pick)\s+(?:[a-z]|$))`)
	// itemReader is a word that asks the audience: a question with it, even in title case, is
	// asked of them ("Is Anyone Bringing a Laptop?"), while "Do We Still Need ORMs?" and "Can
	// You Trust Your Compiler?" are titles.
	itemReader = set(`anyone anybody someone somebody`)
	// logisticsWords say how the evening runs: where to park, what is served, what it costs.
	logisticsWords = set(`parking park entry entrance admission wheelchair accessible accessibility provided
	free wifi wi-fi cloakroom directions toilets childcare photo photos after-party afterparty pub tickets
	ticket prizes prize swag raffle giveaway doors food snacks drinks pizza refreshments catering laptop
	laptops rsvp venue address transport lift elevator badge badges recording livestream streamed beer beers
	coffee dinner lunch breakfast`)
	// itemSponsor thanks whoever pays for or provides something: with a logistics word, the
	// item is the evening's housekeeping ("Free beer thanks to Initech").
	itemSponsor = regexp.MustCompile(`(?i)\b(?:thanks\s+to|sponsored\s+by|courtesy\s+of|provided\s+by|paid\s+for\s+by|on\s+the\s+house)\b`)
)

// notTalkItem reports an item of a line-up that is no talk however it is set: a question to
// the reader, a call for talks, a deadline, a request, or a line of logistics ("Parking is
// available behind the building", "Group photo"). A question in title case that asks no one
// in the room may be a talk's title ("Is Kubernetes Too Complex?").
func notTalkItem(item string) bool {
	item = strings.TrimSpace(item)
	if item == "" {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(item), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	if q := strings.IndexByte(item, '?'); q >= 0 {
		if strings.TrimSpace(item[q+1:]) != "" || !titleCased(item) {
			return true // "Want to speak? Drop us a line", "Is anyone bringing a laptop?"
		}
		for _, w := range words {
			if itemReader[w] {
				return true
			}
		}
	}
	if itemCall.MatchString(item) || itemDeadline.MatchString(item) || itemImperative.MatchString(item) {
		return true
	}
	for i, clause := range strings.FieldsFunc(item, func(r rune) bool { return r == ',' || r == ';' || r == '.' }) {
		if i > 0 && itemImperative.MatchString(strings.TrimSpace(clause)) {
			return true // "Lightning talks: open slots, sign up at the door"
		}
	}
	logistics := 0
	for _, w := range words {
		if logisticsWords[w] {
			logistics++
		}
	}
	if logistics == 0 {
		return false
	}
	if itemSponsor.MatchString(item) {
		return true
	}
	// a statement in sentence case with a logistics word ("Entry is free", "Food will be
	// provided"), or an item that is mostly such words ("Group photo", "Raffle of tickets")
	return !titleCased(item) && copula.MatchString(item) || logistics*3 >= len(words)
}

// copula is a finite verb that makes a line a statement: "is", "are", "will be".
var copula = regexp.MustCompile(`(?i)\b(?:is|are|was|were|will\s+be|will|opens?|starts?|closes?)\b`)

// titleCased reports whether most of the words of s that are not function words start with
// a capital, as titles are written ("Is Kubernetes Too Complex?"), not sentences ("Entry is
// free").
func titleCased(s string) bool {
	n, caps := 0, 0
	for i, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, `"'“‘([*_`)
		if w == "" || i > 0 && smallTitleWords[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n > 1 && caps*4 >= n*3
}

// smallTitleWords stay lower case in a title: "Queues in Practice", "Effects at the Edge".
var smallTitleWords = set(`a an the and or but nor of in on at to for by with from as into onto via vs is are`)
