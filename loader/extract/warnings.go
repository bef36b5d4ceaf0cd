package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/talkgraph/talkgraph/loader/document"
)

// Warning is something the post seems to state that extraction could not read: a line that
// looks like a talk listing, or a post that speaks of talks and yields none.
type Warning struct {
	// Text is the line or block concerned ("" for the whole post).
	Text string `json:"text"`
	// Reason says what it looked like and why it was not read.
	Reason string `json:"reason"`
}

// maxWarnings bounds the warnings of one post, so a long archive cannot flood a report.
const maxWarnings = 20

// listingCue marks a line that reads like a talk listing: "Title by Name", "“Title” - ...".
var listingCue = regexp.MustCompile(`\s(?:by|with)\s+\p{Lu}|^["“'‘*]`)

// talkMention counts the words that say a post is about talks, in English and in the languages
// community posts are often written in: German Vortrag, French exposé and conférence, Spanish
// charla and ponencia, Portuguese palestra, Italian intervento, Polish prelekcja, and the
// Japanese, Chinese and Korean words for a talk, a presentation and a session.
var talkMention = regexp.MustCompile(`(?i)\b(talks?|speakers?|agenda|presentations?|keynotes?|lightning|sessions?|schedule|line-?up|` +
	`vortr[aä]ge?|referent(?:in|en)?|expos[ée]s?|conf[ée]rences?|intervenant(?:e|s)?|charlas?|ponencias?|ponentes?|palestras?|palestrantes?|` +
	`interventi|relatori|prelekcj[aei]|prelegen(?:t|ci))\b|講演|発表|登壇|演讲|分享|嘉宾|讲师|발표|세션|연사`)

// talkMentions counts talkMention's matches in text, as len(talkMention.FindAllStringIndex(text,
// -1)) does, but asks the expression one word at a time: no match holds a space, and a word
// between spaces is bounded as the text around it bounds it, while the expression given a
// long block whole would try each of its bytes at the slow pace of long input. seen keeps
// what a word held, for words that come again (up to maxSeenWords of them, so that a post of
// ever new words costs no more memory than that).
func talkMentions(text string, seen map[string]int) int {
	n := 0
	for len(text) > 0 {
		end := strings.IndexAny(text, " \t\n\r\f\v")
		if end < 0 {
			end = len(text)
		}
		if w := text[:end]; w != "" {
			c, ok := seen[w]
			if !ok {
				c = len(talkMention.FindAllStringIndex(w, -1))
				if len(seen) < maxSeenWords {
					seen[w] = c
				}
			}
			n += c
		}
		text = text[min(end+1, len(text)):]
	}
	return n
}

// maxSeenWords bounds the words talkMentions remembers.
const maxSeenWords = 4096

// timedSlot opens a line or heading that gives a slot's time: "18:30", "**09:20 ~ 09:40**",
// "| 10:30 - 11:20 |", "7pm".
var timedSlot = regexp.MustCompile(`(?i)^[\s|*_#>-]*\d{1,2}(?:[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s|$|[-–—~|*_])`)

// minTimedSlots is how many timed lines make a post that yields no talk an agenda worth a
// warning.
const minTimedSlots = 3

// warnings lists the listing-like lines no rule read, and a post that speaks of talks but
// yields none.
func (x *extraction) warnings() []Warning {
	// the blocks a rule read, one byte a block (a map of them took some 30 bytes a block)
	read := slices.Clone(x.agendaBlocks.in)
	mark := func(bi int) {
		if bi >= 0 && bi < len(read) {
			read[bi] = true
		}
	}
	for _, t := range x.talks {
		mark(int(t.block))
		for _, bi := range x.mergedBlocks[t] {
			mark(bi)
		}
	}
	var out []Warning
	var readTitles titleSet // a schedule line whose talk the post states elsewhere is no warning
	for bi, b := range x.doc.Blocks {
		if read[bi] || len(out) >= maxWarnings || b.Quoted {
			continue
		}
		switch b.Kind {
		case document.ListItem, document.TableRow, document.Paragraph:
		default:
			continue
		}
		for _, r := range b.Lines() {
			s := x.lineSentence(b, r, bi)
			if reason := x.unreadListing(s, b.Kind); reason != "" && len(out) < maxWarnings && !readTitles.in(x, s.text) {
				out = append(out, Warning{Text: s.text, Reason: reason})
			}
		}
	}
	for _, sl := range x.speakerless {
		if len(sl.talk.speakers) == 0 && len(out) < maxWarnings {
			out = append(out, sl.warning) // no other line of the post named the talk's speakers
		}
	}
	if x.scriptTalks == 0 {
		for _, src := range x.doc.Scripts {
			if n := len(talkDataKeys.FindAllStringIndex(src, -1)); n >= 2 && len(out) < maxWarnings {
				out = append(out, Warning{Text: snippet(src), Reason: fmt.Sprintf("a script of the page holds data about talks (%d speaker or talk fields) that could not be read", n)})
				break
			}
		}
	}
	if len(x.talks) == 0 {
		n := len(talkMention.FindAllStringIndex(x.doc.Meta.Title, -1))
		timed := 0
		seen := map[string]int{} // what the words of the blocks held (see talkMentions)
		for _, b := range x.doc.Blocks {
			n += talkMentions(b.Text, seen)
			for _, r := range b.Lines() {
				if timedSlot.MatchString(lineText(b, r)) {
					timed++
				}
			}
		}
		switch {
		case n >= 2 || talkListHeading(x.doc.Meta.Title):
			out = append(out, Warning{Reason: fmt.Sprintf("the post speaks of talks, speakers or an agenda (%d mentions) but no talk could be read", n)})
		case timed >= minTimedSlots:
			out = append(out, Warning{Reason: fmt.Sprintf("the post has an agenda of %d timed slots but no talk could be read", timed)})
		}
	}
	return out
}

// titleSet holds the titles of the talks a post yielded, in lower case, made on first use.
type titleSet struct {
	made   bool
	asked  int
	titles []string
}

// maxTitleChecks bounds the lines checked against the titles, so that a long schedule that
// repeats an archive costs lines times titles only up to this many lines.
const maxTitleChecks = 200

// in reports whether line holds the title of a talk the post yielded (of four words or more,
// so that a short common title cannot match by chance). It is asked only of lines that would
// be warnings, and answers no once maxTitleChecks lines were asked.
func (ts *titleSet) in(x *extraction, line string) bool {
	if !ts.made {
		ts.made = true
		for _, t := range x.talks {
			if t.title != "" && len(strings.Fields(t.title)) >= 4 {
				ts.titles = append(ts.titles, strings.ToLower(t.title))
			}
		}
	}
	if len(ts.titles) == 0 || ts.asked >= maxTitleChecks {
		return false
	}
	ts.asked++
	lower := strings.ToLower(line)
	for _, t := range ts.titles {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

// unreadListing says why a line that looks like a talk listing was not read, or "" when it
// does not look like one.
func (x *extraction) unreadListing(s *sentence, kind document.Kind) string {
	words := 0 // (of strings.Fields(s.text), counted in place up to one too many)
	for w, rest := nextWord(s.text); w != "" && words <= 30; w, rest = nextWord(rest) {
		words++
	}
	if words < 3 || words > 30 || strings.Contains(s.text, ". ") {
		return ""
	}
	if notTalkItem(strings.TrimSpace(listTime.ReplaceAllString(s.text, ""))) || slotChore.MatchString(strings.TrimSpace(s.text)) {
		return "" // "Submit your talk by May 3", "Pizza and drinks sponsored by Initech": no talk to lose
	}
	l, _ := x.readListing(s)
	body := s.text
	if l.prefixed {
		if m := listTime.FindString(body); m != "" {
			body = body[len(m):]
		}
		if adminTitle(strings.TrimSpace(listLabel.ReplaceAllString(body, ""))) {
			return ""
		}
		return "an agenda slot with no speaker that could be read"
	}
	if kind != document.Paragraph && listingCue.MatchString(s.text) {
		return "a listing line whose title and speakers could not be told apart"
	}
	return ""
}

// snippet is the start of a long text, for a warning.
func snippet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 120 {
		return string(r[:120]) + "…"
	}
	return s
}
