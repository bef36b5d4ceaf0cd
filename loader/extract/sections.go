package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// speakerLabel opens a line that names the speakers of the talk its section's heading titles:
// "Speaker: Ana Lima (Initech)", "* Speakers : Ana Lima, Bo Chen", "**Presented by:** Ana Lima".
var speakerLabel = regexp.MustCompile(`(?i)^(?:[*_]{1,2})?(?:speakers?|presenters?|presented by|talk by|given by|referent(?:in|en)?|sprecher(?:in|innen)?|vortragende[rn]?|orador(?:es)?|ponentes?|relatori?|relatrice|palestrantes?|intervenant(?:e|s)?|orateurs?|oratrices?|conférenci(?:er|ère)s?)\s*(?:[*_]{1,2})?\s*:\s*(?:[*_]{1,2}\s*)?`)

// readSpeakerLabels reads talks laid out as a section: a heading that holds the talk's title
// (quoted, or the whole heading), then, before the next heading, a line that labels its
// speakers. A quoted title may be followed by where it was given ("\"Title\" at Event"), which
// the event readers take from the heading. A section gives one talk; a heading that names no
// title (an event, a date, "Agenda") gives none.
func (x *extraction) readSpeakerLabels() {
	heading, used := -1, false
	for bi, b := range x.doc.Blocks {
		if b.Kind == document.Heading {
			heading, used = bi, false
			continue
		}
		if heading < 0 || used || x.agendaBlocks[bi] || b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		for _, r := range b.Lines() {
			text := lineText(b, r)
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
			if title == "" {
				break
			}
			line := x.lineSentence(b, r, bi)
			seg := text[lead+m[1]:]
			speakers, ok := x.readSpeakers(line, seg, lead+m[1])
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
				x.agendaBlocks[bi] = true
				used = true
				if labelled {
					x.agendaBlocks[heading] = true // the heading is not read again as a talk of its own
				}
			}
			break
		}
	}
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
	for bi := hi + 1; bi < len(x.doc.Blocks) && x.doc.Blocks[bi].Kind != document.Heading; bi++ {
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
var titleLabel = regexp.MustCompile(`(?i)^(?:[*_]{1,2})?(?:talk|title|topic|session|presentation|vortrag|thema|titel|titre|sujet|título|tema|titolo)\s*(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2}\s*)?`)

// presenceNote is how a heading says how its speaker took part: "(remote)", "(via video)".
var presenceNote = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:remote(?:ly)?|online|virtual|in[ -]person|via video|by video|via zoom)\s*[)\]]\s*$`)

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
		if heading < 0 || used || x.agendaBlocks[bi] || x.agendaBlocks[heading] || b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		for _, r := range b.Lines() {
			text := lineText(b, r)
			m := titleLabel.FindStringIndex(text)
			if m == nil {
				continue
			}
			used = true
			title := labelTitle(strings.Trim(text[m[1]:], "*_ "))
			if title == "" || len(x.sectionEvs[heading]) > 0 {
				break
			}
			if speakers == nil {
				speakers = x.headingSpeakers(heading)
			}
			if len(speakers) == 0 {
				break
			}
			line := x.lineSentence(b, r, bi)
			l := listing{title: title, speakers: speakers}
			if x.validListing(l) && x.addListing(bi, line, l, x.eventsFor(bi, nil)) {
				x.agendaBlocks[bi], x.agendaBlocks[heading] = true, true
			}
			break
		}
	}
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
			if x.notAPerson(p.name) || lone && !p.handle || !lone && !looksLikeName(p.name) ||
				len(sp) == 1 && !p.handle && !givennames.Is(firstWord(p.name)) {
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
