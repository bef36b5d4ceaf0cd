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
var leadIn = regexp.MustCompile(`(?i)^(?:(?:tonight's|today's|this\s+(?:month|week|evening)'s|the|our|meetup|event)\s+)?(?:line[- ]?up|talks|speakers|agenda|program|programme|schedule|presentations|sessions|talks\s+and\s+speakers|speakers\s+and\s+talks)$`)

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

// wholeSpan reports whether text, a line of b, is set apart in bold or emphasis as a whole.
func wholeSpan(b document.Block, text string) bool {
	at := strings.Index(b.Text, text)
	for _, sp := range b.Spans {
		if at >= 0 && sp.Start <= at && sp.End >= at+len(strings.TrimRight(text, ":")) {
			return true
		}
	}
	return false
}

// listLeadIn reports whether the list that holds item bi opens right under a lead-in.
func (x *extraction) listLeadIn(bi int) bool {
	from, _ := x.listSpan(bi)
	return from > 0 && leadInText(x.doc.Blocks[from-1])
}

// outlineList reports whether the list that holds item bi is a table of contents: two of its
// items open headings further down ("Agenda: Queues, Paging" over "## Queues - why").
func (x *extraction) outlineList(bi int) bool {
	from, to := x.listSpan(bi)
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
	if b.Kind != document.ListItem || b.Level != 0 || b.Quoted || x.doc.Format == document.FormatArticle || !x.listLeadIn(bi) || x.outlineList(bi) {
		return false // a slide deck's agenda is the outline of its own talk
	}
	if next := bi + 1; next < len(x.doc.Blocks) && x.doc.Blocks[next].Kind == document.ListItem && x.doc.Blocks[next].Level > b.Level &&
		leadingTime.FindString(x.doc.Blocks[next].Text) != "" {
		return false // "- 19:00 Lightning talks" over the timed talks themselves: a slot that holds others
	}
	line := x.lineSentence(b, [2]int{0, len(b.Text)}, bi)
	if l, ok := x.readListing(line); ok && personListing(l) || namedSpeaker.MatchString(line.text) && personName(namedSpeaker.FindStringSubmatch(line.text)[1]) {
		return false // the line names its speaker: the listing readers and the prose read it
	}
	if label, _, ok := strings.Cut(line.text, ":"); ok && labelWord(label) {
		return false // "Speakers: Ana Lima", "Photos: #meetup": a label's line, no title
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
	title := cleanTitle(text)
	if bare := strings.TrimSpace(endParens.ReplaceAllString(title, "")); personName(bare) {
		return false // "- Ana Lima (alima)": a person, named with a handle
	}
	if title == "" || !plainTitle(title) || adminTitle(title) || slotChore.MatchString(title) || dateOnly(title) || personName(title) || leadIn.MatchString(title) {
		return false
	}
	if len(strings.Fields(title)) < 2 && !strings.ContainsAny(title, "/+.#-") {
		return false // "- Intro", "- Demos": a word alone is a slot's kind, unless it names a thing ("Isabelle/HOL")
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
