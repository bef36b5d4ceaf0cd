package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// speakerLabel opens a line that names the speakers of the talk its section's heading titles:
// "Speaker: Ana Lima (Initech)", "* Speakers : Ana Lima, Bo Chen", "**Presented by:** Ana Lima".
var speakerLabel = regexp.MustCompile(`(?i)^(?:[*_]{1,2})?(?:speakers?|presenters?|names?|presented by|talk by|given by|referent(?:in|en)?|sprecher(?:in|innen)?|vortragende[rn]?|orador(?:es)?|ponentes?|relatori?|relatrice|palestrantes?|intervenant(?:e|s)?|orateurs?|oratrices?|conférenci(?:er|ère)s?)\s*(?:[*_]{1,2})?\s*:\s*(?:[*_]{1,2}\s*)?`)

// readSpeakerLabels reads talks laid out as a section: a heading that holds the talk's title
// (quoted, or the whole heading), then, before the next heading, a line that labels its
// speakers. A quoted title may be followed by where it was given ("\"Title\" at Event"), which
// the event readers take from the heading. A section gives one talk; a heading that names no
// title (an event, a date, "Agenda") gives none.
// factsHeading reports a heading over a table or list of an event's facts: "Meta",
// "Details", "Event info".
func factsHeading(text string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(text), ":*_ ")) {
	case "meta", "details", "info", "information", "facts", "event details", "event info", "event information", "at a glance", "overview", "summary", "logistics", "the event", "event":
		return true
	}
	return false
}

func (x *extraction) readSpeakerLabels() {
	heading, used := -1, false
	for bi, b := range x.doc.Blocks {
		labelHeading := b.Kind == document.Heading && heading >= 0 && x.doc.Blocks[heading].Kind == document.Heading &&
			b.Level > x.doc.Blocks[heading].Level && speakerLabel.MatchString(b.Text) && !x.titleLabelUnder(bi)
		if (b.Kind == document.Heading || boldLine(b) && !detailsLine(b)) && !labelHeading {
			// a bold line alone stands for a heading: "**Quiet Queues**" over "* Speaker: Ana Lima"
			heading, used = bi, false
			continue
		}
		// ("### Name: Ana Lima" under "## Quiet Queues": a sub-heading that labels the speakers)
		if heading < 0 || used || x.agendaBlocks.has(bi) || b.Kind != document.ListItem && b.Kind != document.Paragraph && !labelHeading && !labelRow(b) {
			continue
		}
		for _, r := range labelLines(b) {
			text := lineText(b, r)
			if labelRow(b) {
				text = strings.Replace(text, " | ", " ", 1) // "Presenter: | Ana Lima", a row of a table of facts
			}
			lead := len(text) - len(strings.TrimLeft(text, " "))
			m := speakerLabel.FindStringIndex(text[lead:])
			if m == nil {
				continue
			}
			title, marked := x.sectionLabelledTitle(heading), false
			labelled := title != ""
			if !labelled {
				title, marked = x.sectionTitle(heading)
			}
			if !labelled && labelRow(b) && factsHeading(x.doc.Blocks[heading].Text) {
				// a table of the page's facts under "## Details": the page's talk, when the row
				// names one presenter and the page is about no other talk
				title = ""
				if _, value, _ := strings.Cut(b.Text, " | "); !strings.ContainsAny(value, ",&") && !strings.Contains(value, " and ") && !recapWord.MatchString(x.doc.Meta.Title) {
					title = x.pageTalkTitle()
				}
			}
			if title == "" || boldLine(x.doc.Blocks[heading]) && (adminTitle(title) || talkListHeading(title)) {
				break
			}
			line := x.lineSentence(b, r, bi)
			seg := text[lead+m[1]:]
			if name, rest, cut := strings.Cut(seg, " / "); cut && x.looksLikeName(strings.TrimSpace(name)) && !givennames.Is(firstWord(strings.TrimSpace(rest))) {
				// "Speaker: Ana Lima / Architect @Initech": the name, then what she does, which
				// gives her company or nothing
				seg = name
				if c, ok := x.companyPart(rest); ok && c != "" {
					seg = name + " (" + c + ")"
				}
			}
			bio, bioOrg := bioLead(seg), ""
			if bio != "" && (!strings.Contains(bio, " ") || !x.notAPerson(bio)) {
				// "Speaker: Ana Lima is a staff engineer at Initech, ...": the label's value is the
				// speaker's bio, which opens with her name and may say where she works
				bioOrg = x.bioCompany(seg[len(bio):])
				seg = bio
				if bioOrg != "" {
					seg = bio + " (" + bioOrg + ")"
				}
			}
			speakers, ok := x.readSpeakers(line, seg, lead+m[1])
			if !ok && bio != "" && !strings.Contains(bio, " ") && strings.HasPrefix(seg, bio) && x.loneBioName(bio, text[lead+m[1]:]) {
				// "Speaker: Bo is a data scientist who ...": one name, in a speaker's slot
				speakers, ok = []listedSpeaker{{name: bio, company: bioOrg}}, true
			}
			if name := x.labelledName(seg); name != "" && (!ok || len(speakers) == 1 && speakers[0].company == "" && speakers[0].name != name) {
				// "Speaker: Ravi K S", "Speaker: Ana More": in a speaker's slot, a given name and
				// capitalized words or initials are the name as written
				speakers, ok = []listedSpeaker{{name: name}}, true
			}
			if !ok {
				continue
			}
			l := listing{title: title, marked: marked, speakers: speakers}
			if !x.validListing(l) {
				continue
			}
			if x.addListing(bi, line, l, x.eventsFor(bi, nil)) {
				x.agendaBlocks.add(bi)
				used = true
				if labelled {
					x.agendaBlocks.add(heading) // the heading is not read again as a talk of its own
				}
			}
			break
		}
	}
}

// loneBioName reports whether one word that opens a speaker's bio is their name: a known
// given name, or a word that is no organization, no placeholder ("TBD") and no pronoun
// ("Everyone is welcome to ..."), followed by "is" or "was" and a role ("Bo is a data
// scientist", "Weiyuan is Full Stack Engineer at ...").
func (x *extraction) loneBioName(name, bio string) bool {
	lower := strings.ToLower(name)
	if strings.ToUpper(name) == name || x.orgs[lower] || x.orgs[name] || notBioNames[lower] {
		return false
	}
	if givennames.Is(name) {
		return true
	}
	rest := strings.Fields(strings.TrimLeft(strings.TrimSpace(bio)[len(name):], ", "))
	if len(rest) < 2 || !set2(strings.ToLower(rest[0]), "is", "was") {
		return false
	}
	next := strings.ToLower(rest[1])
	return set2(next, "a", "an", "the", "currently", "now") || roleWords[next] || roleHeads[next] || startsUpper(rest[1])
}

// notBioNames are words that open a speaker's slot without naming anyone.
var notBioNames = set(`everyone everybody nobody someone anyone all this it he she they we you who speaker
speakers guest host tba tbd tbc unknown`)

// bioVerbs open what a bio says of the person it names: "Ana Lima is a staff engineer",
// "Bo was a consultant", "Cara works on ...", "Ana Lima, currently a ...".
var bioVerbs = set(`is was works worked has leads loves currently`)

// bioLead returns the name a bio opens with, when a speaker's label is followed by their bio
// rather than their name alone: one to four capitalized words, then a verb of a bio ("Ana
// Lima is a staff engineer at Initech", "Bo, currently a consultant, ...") or the end of a
// sentence ("Cara Diaz. Data practitioner and trainer"). A value of four words or fewer is a
// name as it stands (labelledName), and bioLead returns "".
func bioLead(seg string) string {
	words := strings.Fields(seg)
	if len(words) <= 4 {
		return ""
	}
	for n := 0; n < 4 && n < len(words); n++ {
		w := words[n]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		bare := strings.TrimRight(w, ",.")
		if strings.IndexFunc(bare, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' }) >= 0 {
			return ""
		}
		name := strings.Join(append(words[:n:n], bare), " ")
		switch {
		case bare != w && strings.HasSuffix(w, ".") && len([]rune(bare)) > 1 && n >= 1:
			return name // "Cara Diaz. Data practitioner"
		case bare != w && strings.HasSuffix(w, ","):
			if bioVerbs[strings.ToLower(words[n+1])] {
				return name // "Ana Lima, is currently ..."
			}
			return ""
		case bioVerbs[strings.ToLower(words[n+1])]:
			return name
		}
	}
	return ""
}

// bioRoleEnd ends the role a bio's first clause gives: what follows says more of the work,
// not where it is held ("a developer at Initech as part of the search team").
var bioRoleEnd = regexp.MustCompile(`[,.;:(]|\s(?:as|who|where|which|in charge|in|based|since|with)\s`)

// bioCompany reads the company a bio's first clause names after its name, "is a staff
// engineer at Initech" or "was the lead engineer for platform at Globex": a role (roleWords),
// then "at" and the company (companyPart). It returns "" for anything else.
func (x *extraction) bioCompany(rest string) string {
	rest = strings.TrimLeft(rest, " ,")
	verb, clause, ok := strings.Cut(rest, " ")
	if !ok || !bioVerbs[strings.ToLower(verb)] {
		return ""
	}
	for _, lead := range []string{"currently ", "now ", "a ", "an ", "the "} {
		clause = strings.TrimPrefix(clause, lead) // ("currently a senior engineer at ...")
	}
	if loc := bioRoleEnd.FindStringIndex(clause); loc != nil {
		clause = clause[:loc[0]]
	}
	at := strings.LastIndex(clause, " at ")
	if at < 0 {
		return ""
	}
	role := clause[:at]
	noun := "" // the role's last word of a role: "Engineer" of "Lead Engineer for Platform"
	for _, w := range strings.Fields(role) {
		l := strings.ToLower(w)
		if l == "former" || l == "previously" || strings.HasPrefix(l, "ex-") || l == "retired" {
			return "" // "a former engineer at Initech": where she worked, not where she works
		}
		if roleWords[l] || roleHeads[l] {
			noun = w
		}
	}
	if noun == "" {
		return "" // "Ana Lima is at home in Tartu"
	}
	if c, ok := x.companyPart(noun + clause[at:]); ok {
		return c
	}
	return ""
}

// titleLabelUnder reports a section under heading hi that labels a talk's title ("Talk Title"
// alone over its value, or "Title: ..."): a speaker's heading over their talk, which
// readTitleLabels reads.
func (x *extraction) titleLabelUnder(hi int) bool {
	for bi := hi + 1; bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind != document.Heading; bi++ {
		b := x.doc.Blocks[bi]
		for _, r := range b.Lines() {
			if fieldLabelOf(b, r) == "title" || titleLabel.MatchString(lineText(b, r)) {
				return true
			}
		}
	}
	return false
}

// boldLine reports a paragraph of one line set in bold or emphasis as a whole, which stands
// for a heading: "**Quiet Queues in Practice**", "__Sharding the Ledger__".
func boldLine(b document.Block) bool {
	if b.Kind != document.Paragraph || len(b.Breaks) > 0 || len(b.Spans) == 0 {
		return false
	}
	text := strings.TrimSpace(b.Text)
	return text != "" && len(text) <= maxListingLine && wholeSpan(b, text)
}

// detailsLine reports a bold line that heads a part of a talk's section, not a talk:
// "**Details**", "**Abstract:**", "**Speaker**".
func detailsLine(b document.Block) bool {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(b.Text), "*_:： "))
	return sectionWords[t] || fieldLabels[t] != ""
}

// labelledName reads the value of a speaker label as one name: a capitalized word of two
// letters or more, then one to three capitalized words or initials ("Ravi K S", "Ana More",
// "Lea M. Brandt"), and nothing else; an organization's name is none.
func (x *extraction) labelledName(seg string) string {
	seg = strings.TrimSpace(strings.Trim(strings.TrimSpace(seg), "*_ ."))
	words := strings.Fields(seg)
	if len(words) < 2 || len(words) > 4 || len([]rune(words[0])) < 2 || x.notAPerson(seg) || orgSuffixIn(words) {
		return ""
	}
	for _, w := range words {
		r := []rune(strings.TrimSuffix(w, "."))
		if len(r) == 0 || !unicode.IsUpper(r[0]) || strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' }) >= 0 {
			return ""
		}
	}
	return seg
}

// sectionLabelledTitle is the title a line of the section under heading hi labels ("Topic: Title",
// "**Title:** Title"), or "". Such a line names the talk, and the heading over it names the
// slot ("Lightning talk", "Main talk") or the event, so it wins over the heading.
func (x *extraction) sectionLabelledTitle(hi int) string {
	bold := boldLine(x.doc.Blocks[hi])
	for bi := hi + 1; bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind != document.Heading && !(bold && boldLine(x.doc.Blocks[bi])); bi++ {
		b := x.doc.Blocks[bi]
		if b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		for _, r := range b.Lines() {
			text := lineText(b, r)
			if m := titleLabel.FindStringIndex(text); m != nil {
				return labelTitle(strings.Trim(text[m[1]:], "*_ "))
			}
		}
	}
	return ""
}

// slotNote is a time or date written after a heading's title: "(6:40 - 7:05 PM)", "[18:30]",
// "(March 3, 2024)".
var slotNote = regexp.MustCompile(`(?i)\s*[(\[][^()\[\]]*(?:\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|\b(?:` + monthNames + `)\b)[^()\[\]]*[)\]]\s*$`)

// notTitleStart is what a heading may start with before its title: marks, emoji, spaces.
func notTitleStart(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«„¿¡*_[`", r)
}

// sectionTitle is the title of a talk a heading gives: its quoted or emphasized phrase when it
// opens the heading, else the whole heading if it reads as a title. marked says it was quoted.
func (x *extraction) sectionTitle(hi int) (string, bool) {
	h := x.doc.Blocks[hi]
	if h.Kind == document.Heading && detailHeading.MatchString(h.Text) {
		return "", false // "### Time: November 12, 13:30": a detail, no title
	}
	line := x.lineSentence(h, [2]int{0, len(h.Text)}, hi)
	if t, _, ok := markedPhrase(line, 0, true); ok && strings.TrimSpace(t) != "" {
		return cleanTitle(t), true
	}
	t := cleanTitle(slotNote.ReplaceAllString(strings.TrimLeftFunc(h.Text, notTitleStart), ""))
	if t == "" || !plainTitle(t) || adminTitle(t) || talkListHeading(h.Text) || sectionWords[strings.ToLower(t)] || len(x.sectionEvs[hi]) > 0 {
		return "", false
	}
	return t, false
}

// titleLabel opens a line that names the talk given by the speakers its section's heading
// names: "Talk: Title", "**Title**: Title", "* Topic: Title".
var titleLabel = regexp.MustCompile(`(?i)^(?:[*_]{1,2})?(?:(?:talk|session|presentation)\s+(?:title|name)|talk|title|topic|session|presentation|vortrag|thema|titel|titre|sujet|título|tema|titolo)\s*(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2}\s*)?`)

// presenceNote is how a heading says how its speaker took part: "(remote)", "(via video)".
var presenceNote = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:remote(?:ly)?|online|virtual|in[ -]person|via video|by video|via zoom)\s*[)\]]\s*$`)

// firstPersonTalk is the writer saying they give a talk: "I will give a short introduction",
// "I'll present my talk", "I am speaking", "my workshop is". Being a guest, hosting or
// attending ("I am only a guest", "I will give my seat to ...") is none.
var firstPersonTalk = regexp.MustCompile(`\bI(?:'ll|’ll| will| am going to)?\s+(?:give|present|deliver|run|hold|do|provide)\s+(?:a|an|my|the|two|three)\s+(?:[\w-]+\s+){0,2}(?:talk|workshop|session|presentation|keynote|introduction|overview|tutorial|version|lightning talk|master class|masterclass|training|course)|\bI(?:'ll|’ll| will| am)\s+(?:be\s+)?(?:speaking|presenting|talking)\b|\bI\s+(?:am\s+|can\s+|will\s+)?(?:providing|presenting|delivering|provide|present|deliver)\s+(?:knowledge|it|this|a|an|my|the)\b|\b[Mm]y (?:talk|workshop|session|presentation) (?:is|will)\b`)

// firstPersonSection reports whether the paragraphs of the section under heading h, before
// block bi, have the writer give a talk (firstPersonTalk).
func (x *extraction) firstPersonSection(h, bi int) bool {
	mine := false
	for k := h + 1; k < bi; k++ {
		b := x.doc.Blocks[k]
		if b.Kind != document.Paragraph {
			continue
		}
		if otherSpeaker.MatchString(b.Text) {
			return false // "Bo Chen is speaking; I am only a guest"
		}
		mine = mine || firstPersonTalk.MatchString(b.Text)
	}
	return mine
}

// otherSpeaker is someone named who gives the section's talk: "Bo Chen is speaking", "Bo Chen
// gives the talk", "Bo Chen will give a workshop".
var otherSpeaker = regexp.MustCompile(`\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:is\s+speaking|speaks|gives|will\s+give|will\s+speak|presents|will\s+present)\b`)

// elsewhereTime is a sentence about another time or about where someone lives: "Last year it
// was in Porto", "I flew in from Tartu last time".
var elsewhereTime = regexp.MustCompile(`(?i)\b(?:last|previous|next)\s+(?:year|time|edition|month)\b|\b(?:lives|lived|living|based|moved)\b`)

// placedSectionEvents are the events of the section under heading h, for a talk read at
// block bi: where the heading's event names no city and the section's text before bi names
// one after "in" ("the Web Developer Days in Hamburg"), the event in that city.
func (x *extraction) placedSectionEvents(h, bi int) []*event {
	evs := x.sectionEvs[h]
	if len(evs) != 1 || evs[0].city != nil {
		return evs
	}
	var found *cityRef
	for k := h + 1; k < bi; k++ {
		if x.doc.Blocks[k].Kind != document.Paragraph {
			continue
		}
		for _, s := range x.block(k) {
			if !firstPersonTalk.MatchString(s.text) && !hasEventWord(s) || elsewhereTime.MatchString(s.text) {
				continue // "Last year it was in Porto", "Bo Chen, who lives in Porto, ...": not this event's town
			}
			for _, c := range x.cities(s) {
				if c.start == 0 || !inWord(s.tokens[c.start-1]) || c.start > 1 && s.tokens[c.start-2].is("lives", "living", "based", "born", "from") {
					continue
				}
				if found != nil && found.city.ID != c.city.ID {
					return evs // two towns: the section says no one place
				}
				cc := c
				found = &cc
			}
		}
	}
	if found == nil {
		return evs
	}
	return []*event{x.eventOfKind(found, evs[0].date, evs[0].kind, evs[0].name)}
}

// readTitleLabels reads talks laid out as a section whose heading names the speakers and
// whose first labelled line names the talk, the mirror of readSpeakerLabels:
//
//	### Ana Lima (remote)
//	* Talk: Tracing Without Tears
//
// or "### Session 2: Tracing: Ana Lima, Bo Chen" over "* **Talk**: Tracing Without Tears in
// Go", where the heading's own short title gives way to the labelled one. The heading must
// name people (see headingSpeakers); a section gives one talk.
func (x *extraction) readTitleLabels() {
	heading, used := -1, false
	var speakers []listedSpeaker
	for bi, b := range x.doc.Blocks {
		if b.Kind == document.Heading {
			heading, used, speakers = bi, false, nil
			continue
		}
		if heading < 0 || used || x.agendaBlocks.has(bi) || x.agendaBlocks.has(heading) || b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		lines := b.Lines()
		for k, r := range lines {
			text := lineText(b, r)
			m := titleLabel.FindStringIndex(text)
			tb, tr, ti := b, r, bi
			if m == nil && fieldLabelOf(b, r) == "title" {
				// "<dt>Talk Title</dt><dd>Tracing Without Tears</dd>": the label alone, the title
				// on the next line or in the next block
				switch {
				case k+1 < len(lines):
					tr = lines[k+1]
				case bi+1 < len(x.doc.Blocks) && x.doc.Blocks[bi+1].Kind == document.Paragraph && !x.agendaBlocks.has(bi+1):
					tb, ti = x.doc.Blocks[bi+1], bi+1
					tr = tb.Lines()[0]
				default:
					continue
				}
				text, m = lineText(tb, tr), []int{0, 0}
			}
			if m == nil {
				continue
			}
			used = true
			title := labelTitle(strings.Trim(text[m[1]:], "*_ "))
			if title != "" && len(x.sectionEvs[heading]) > 0 && x.firstPersonSection(heading, bi) {
				// "## 04.10.2031 Queue Conf" over "I will give ..." and "Topic: Quiet Queues":
				// the writer's talk at the heading's event
				line := x.lineSentence(tb, tr, ti)
				if t := x.addTalk(title, "", linkFor(line, title), x.ownerNames(), x.placedSectionEvents(heading, bi), Evidence{Sentence: line.text, Confidence: 0.7}, ti); t != nil {
					x.agendaBlocks.add(bi)
					x.agendaBlocks.add(ti)
					for k := heading + 1; k < bi; k++ {
						if x.doc.Blocks[k].Kind == document.Paragraph && firstPersonTalk.MatchString(x.doc.Blocks[k].Text) {
							x.agendaBlocks.add(k) // the talk the writer says they give is this one
						}
					}
				}
				break
			}
			if title == "" || len(x.sectionEvs[heading]) > 0 {
				break
			}
			if speakers == nil {
				speakers = x.headingSpeakers(heading)
			}
			if len(speakers) == 0 {
				break
			}
			line := x.lineSentence(tb, tr, ti)
			l := listing{title: title, speakers: speakers}
			if x.validListing(l) && x.addListing(ti, line, l, x.eventsFor(ti, nil)) {
				x.agendaBlocks.add(bi)
				x.agendaBlocks.add(ti)
				x.agendaBlocks.add(heading)
			}
			break
		}
	}
}

// profileLinked reports whether the post links name, as its whole text, to a person's profile
// somewhere ("thanks to [Ana Lima](https://www.linkedin.com/in/alima) for speaking"): the
// post knows it as a person's name whatever the given-name list knows.
func (x *extraction) profileLinked(name string) bool {
	for _, b := range x.doc.Blocks {
		for _, l := range b.Links {
			if l.End <= len(b.Text) && strings.EqualFold(strings.TrimSpace(b.Text[l.Start:l.End]), name) && isProfileLink(l.Href) {
				return true
			}
		}
	}
	return false
}

// headingSpeakers reads the people a heading names: the whole heading ("Ana Lima", "Ana Lima
// (remote)", "Ana Lima & Bo Chen (Initech)"), else what follows its last colon ("Session 2:
// Tracing: Ana Lima"). A lone name counts only with a known given name or a link to a profile;
// a list of names needs every one to read as a full name.
func (x *extraction) headingSpeakers(hi int) []listedSpeaker {
	h := x.doc.Blocks[hi]
	line := x.lineSentence(h, [2]int{0, len(h.Text)}, hi)
	text := presenceNote.ReplaceAllString(strings.TrimSpace(line.text), "")
	segs := []int{0}
	if i := strings.LastIndex(text, ": "); i > 0 {
		segs = append(segs, i+2)
	}
	if len(segs) == 2 && speakerLabel.MatchString(text) {
		// "Speaker: Eddie Banner": the label says a person is named, known given name or not
		if name := x.labelledName(text[segs[1]:]); name != "" {
			return []listedSpeaker{{name: name}}
		}
	}
	for _, at := range segs {
		if strings.ContainsAny(text[at:], "–—|") || strings.Contains(text[at:], " - ") {
			continue // "Ana Lima - Tracing Without Tears": a name and a title, not names
		}
		sp, ok := x.readSpeakers(line, text[at:], at)
		if !ok {
			continue
		}
		good := true
		for _, p := range sp {
			lone := len(sp) == 1 && !strings.Contains(strings.TrimSpace(p.name), " ")
			if x.notAPerson(p.name) || lone && !p.handle || !lone && !x.looksLikeName(p.name) ||
				len(sp) == 1 && !p.handle && !givennames.Is(firstWord(p.name)) && !x.profileLinked(p.name) {
				good = false
				break
			}
		}
		if good {
			return sp
		}
	}
	return nil
}

// fieldLabels are the labels a talk page or a programme sets alone on a heading or a bold
// line, with the value in the block under it: the talk's title, its speakers, their company,
// and the other details that end a value (an abstract, a date, a level).
var fieldLabels = map[string]string{
	"title": "title", "talk title": "title", "talk": "title", "session": "title", "session title": "title", "topic": "title",
	"presentation": "title", "talk name": "title", "vortrag": "title", "titel": "title", "thema": "title", "titre": "title",
	"sujet": "title", "título": "title", "titulo": "title", "charla": "title", "tema": "title", "titolo": "title",
	"speaker": "speaker", "speakers": "speaker", "speaker(s)": "speaker", "presenter": "speaker", "presenters": "speaker",
	"presented by": "speaker", "who": "speaker", "referent": "speaker", "referentin": "speaker", "sprecher": "speaker",
	"sprecherin": "speaker", "orador": "speaker", "ponente": "speaker", "intervenant": "speaker", "intervenante": "speaker",
	"relatore": "speaker", "palestrante": "speaker",
	"company": "company", "affiliation": "company", "organization": "company", "organisation": "company",
	"employer": "company", "firma": "company", "unternehmen": "company", "empresa": "company", "entreprise": "company",
	"abstract": "other", "description": "other", "summary": "other", "about": "other", "bio": "other", "speaker bio": "other",
	"about the speaker": "other", "details": "other", "date": "other", "time": "other", "when": "other", "where": "other",
	"venue": "other", "location": "other", "level": "other", "duration": "other", "length": "other", "slides": "other",
	"video": "other", "recording": "other", "links": "other", "audience": "other", "track": "other", "room": "other",
	"beschreibung": "other", "zusammenfassung": "other", "résumé": "other", "resumen": "other", "descripción": "other",
}

// fieldLabelOf reads line [r] of block b as a label alone (see fieldLabels): a heading, a line
// set apart in bold or emphasis as a whole, a line that ends in a colon, or a paragraph of
// nothing else, of the label's words and an optional colon.
// It returns the label's kind ("title", "speaker", "company", "other"), or "".
func fieldLabelOf(b document.Block, r [2]int) string {
	text := strings.TrimSpace(b.Text[r[0]:r[1]])
	// (the label's name first: most lines are none, and finding a line's spans is not cheap)
	label := fieldLabels[strings.ToLower(strings.TrimSpace(strings.Trim(text, "*_:：#• ")))]
	// a heading, a line in bold, a line that ends in a colon, or a paragraph of the label
	// alone (a definition list's term: "<dt>Speaker</dt>")
	if label == "" || b.Kind != document.Heading && !wholeSpan(b, text) && !strings.HasSuffix(text, ":") && !(b.Kind == document.Paragraph && len(b.Breaks) == 0) {
		return ""
	}
	return label
}

// labelledField is one labelled value of a talk: the label's kind and the value's block and line.
type labelledField struct {
	kind  string
	bi    int
	r     [2]int
	label int // the block of the label
}

// readLabelHeadings reads talks written as labelled fields, each label alone on a heading or
// a bold line and its value in the line or block under it:
//
//	### Talk Title          **Title**
//	Tracing Without Tears   Tracing Without Tears
//	### Speaker             **Speaker**
//	Ana Lima, Initech       Ana Lima (Initech)
//	### Abstract
//	...
//
// A title label starts a talk; the speaker and company labels after it, before the next title
// label, are its, unless the post gives a speaker label before its first title label: then
// each talk's labels stand before its title. A talk needs a title and a speaker.
func (x *extraction) readLabelHeadings() {
	var fields []labelledField
	for bi, b := range x.doc.Blocks {
		if x.agendaBlocks.has(bi) || b.Kind != document.Heading && b.Kind != document.Paragraph {
			continue
		}
		lines := b.Lines()
		for k, r := range lines {
			kind := fieldLabelOf(b, r)
			if kind == "" {
				continue
			}
			// the value: the next line of the block, else the first line of the next block
			switch {
			case k+1 < len(lines):
				fields = append(fields, labelledField{kind: kind, bi: bi, r: lines[k+1], label: bi})
			case bi+1 < len(x.doc.Blocks):
				n := x.doc.Blocks[bi+1]
				if n.Kind != document.Paragraph && n.Kind != document.ListItem && n.Kind != document.Quote || x.agendaBlocks.has(bi+1) ||
					fieldLabelOf(n, n.Lines()[0]) != "" {
					continue
				}
				fields = append(fields, labelledField{kind: kind, bi: bi + 1, r: n.Lines()[0], label: bi})
			}
		}
	}
	// "### Speaker" before "### Title": each talk's fields stand before its title, from the
	// title before it on
	speakerFirst := false
	for _, f := range fields {
		if f.kind == "title" {
			break
		}
		speakerFirst = speakerFirst || f.kind == "speaker"
	}
	prev := -1 // the previous title's field
	for i := 0; i < len(fields); i++ {
		if fields[i].kind != "title" {
			continue
		}
		title := fields[i]
		var speaker, company *labelledField
		from, to := i+1, len(fields)
		if speakerFirst {
			from, to = prev+1, i
		}
		for j := from; j < to && fields[j].kind != "title"; j++ {
			switch f := &fields[j]; {
			case f.kind == "speaker" && speaker == nil:
				speaker = f
			case f.kind == "company" && company == nil:
				company = f
			}
		}
		if speaker == nil {
			speaker = x.namedSection(title.label)
		}
		x.readLabelledTalk(title, speaker, company)
		prev = i
	}
}

// oneGivenName reports a known given name written alone: "Ana", not "Ana Lima" or "Agenda".
func (x *extraction) oneGivenName(s string) bool {
	return len(strings.Fields(s)) == 1 && givennames.Is(s) && !x.notAPerson(s)
}

// namedSection is, for a talk's fields without a speaker label, the heading of the section the
// title's label stands in when it names a person: "## Ana Lima" over "### Talk Title" over
// the title. The heading is a name (labelledName) opened by a known given name, or a known
// given name alone ("## Ana").
func (x *extraction) namedSection(label int) *labelledField {
	lb := x.doc.Blocks[label]
	for hi := label - 1; hi >= 0; hi-- {
		h := x.doc.Blocks[hi]
		if h.Kind != document.Heading {
			continue
		}
		if lb.Kind == document.Heading && h.Level >= lb.Level {
			if fieldLabelOf(h, h.Lines()[0]) != "" {
				continue // a label of the same section ("### Bio" before "### Talk Title")
			}
			return nil
		}
		if text := strings.TrimSpace(h.Text); (x.labelledName(text) == "" || !givennames.Is(firstWord(text))) && !x.oneGivenName(text) {
			return nil
		}
		return &labelledField{kind: "speaker", bi: hi, r: h.Lines()[0], label: hi}
	}
	return nil
}

// readLabelledTalk adds the talk of labelled fields (see readLabelHeadings).
func (x *extraction) readLabelledTalk(title labelledField, speaker, company *labelledField) {
	if speaker == nil {
		return
	}
	tb := x.doc.Blocks[title.bi]
	tline := x.lineSentence(tb, title.r, title.bi)
	t, _, marked := markedPhrase(tline, 0, true)
	if !marked {
		t = tline.text
	}
	t = labelTitle(cleanTitle(t))
	if t == "" || !agendaTitle(t) {
		return
	}
	sb := x.doc.Blocks[speaker.bi]
	sline := x.lineSentence(sb, speaker.r, speaker.bi)
	seg := strings.TrimSpace(sline.text)
	speakers, ok := x.readSpeakers(sline, seg, strings.Index(sline.text, seg))
	if name := x.labelledName(seg); name != "" && (!ok || len(speakers) == 1 && speakers[0].company == "" && speakers[0].name != name) {
		speakers, ok = []listedSpeaker{{name: name}}, true // "Ravi K S" (see labelledName)
	}
	if name := strings.Trim(seg, "*_ ."); !ok && x.oneGivenName(name) {
		speakers, ok = []listedSpeaker{{name: name}}, true // a speaker known by a given name alone
	}
	if !ok {
		return
	}
	if company != nil {
		cb := x.doc.Blocks[company.bi]
		if c, ok := x.companyPart(lineText(cb, company.r)); ok && c != "" {
			for k := range speakers {
				if speakers[k].company == "" {
					speakers[k].company = c
				}
			}
		} else if c, ok := x.parenCompany(lineText(cb, company.r)); ok {
			for k := range speakers {
				if speakers[k].company == "" {
					speakers[k].company = c
				}
			}
		}
	}
	l := listing{title: t, marked: true, speakers: speakers}
	if !x.validListing(l) || !x.addListing(title.bi, tline, l, x.eventsFor(title.bi, nil)) {
		return
	}
	x.agendaBlocks.add(title.bi)
	x.agendaBlocks.add(speaker.bi)
	for _, bi := range []int{title.bi - 1, speaker.bi - 1} {
		if bi >= 0 && x.doc.Blocks[bi].Kind == document.Heading || bi >= 0 && fieldLabelOf(x.doc.Blocks[bi], x.doc.Blocks[bi].Lines()[0]) != "" {
			x.agendaBlocks.add(bi) // the labels themselves
		}
	}
	if company != nil {
		x.agendaBlocks.add(company.bi)
	}
}
