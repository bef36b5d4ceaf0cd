package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/loader/document"
)

// roleTalk is a talk a programme's class names state: the block and range of its title, and
// the ranges of its speakers.
type roleTalk struct {
	bi       int
	title    document.Role
	speakers []roleAt
}

// roleAt is a role in block bi.
type roleAt struct {
	bi   int
	role document.Role
}

// minRoleTalks is how many titles followed by a speaker the class names of a page must mark
// before they are read as a programme: one element named "title" is often the page's own.
const minRoleTalks = 2

// readRoleGrid reads the talks of a programme whose HTML says what each element holds only in
// its class names ("<div class=title>" over "<div class=presenter>", see document.Role): each
// title with the speakers marked after it and before the next title. Blocks another reader
// read are left alone.
func (x *extraction) readRoleGrid() {
	var talks []roleTalk
	var waiting []roleAt  // speakers marked before any title: the page names them first
	speakerFirst := false // the page's first role is a speaker: each names the title after it
	seenTitle := false
	for bi, b := range x.doc.Blocks {
		if x.agendaBlocks.has(bi) {
			continue
		}
		for _, r := range b.Roles {
			switch r.Name {
			case document.RoleTitle:
				t := roleTalk{bi: bi, title: r}
				if speakerFirst {
					t.speakers, waiting = waiting, nil
				}
				talks = append(talks, t)
				seenTitle = true
			case document.RoleSpeaker:
				if !seenTitle && len(talks) == 0 {
					speakerFirst = true
				}
				if speakerFirst {
					if len(waiting) < maxRoleSpeakers {
						waiting = append(waiting, roleAt{bi: bi, role: r})
					}
				} else if n := len(talks); n > 0 && len(talks[n-1].speakers) < maxRoleSpeakers {
					talks[n-1].speakers = append(talks[n-1].speakers, roleAt{bi: bi, role: r})
				}
			}
		}
	}
	paired := 0
	for _, t := range talks {
		if len(t.speakers) > 0 {
			paired++
		}
	}
	if paired < minRoleTalks {
		return
	}
	for _, t := range talks {
		if len(t.speakers) == 0 {
			continue
		}
		b := x.doc.Blocks[t.bi]
		line := x.lineSentence(b, [2]int{t.title.Start, t.title.End}, t.bi)
		title := cleanTitle(line.text)
		if title == "" || adminTitle(title) || !agendaTitle(title) {
			continue
		}
		var speakers []listedSpeaker
		for _, sp := range t.speakers {
			sb := x.doc.Blocks[sp.bi]
			s := x.lineSentence(sb, [2]int{sp.role.Start, sp.role.End}, sp.bi)
			text := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s.text, "by "), "By "))
			if found, ok := x.readSpeakers(s, text, strings.Index(s.text, text)); ok {
				speakers = append(speakers, found...)
			}
		}
		if len(speakers) == 0 {
			continue
		}
		l := listing{title: title, marked: true, speakers: speakers}
		if x.addListing(t.bi, line, l, x.eventsFor(t.bi, nil)) {
			x.agendaBlocks.add(t.bi)
		}
	}
}

// maxRoleSpeakers bounds the speakers one title of a programme takes.
const maxRoleSpeakers = 6

// roleLine reads a line of block bi whose title the page's class names mark and whose
// speakers it does not: "<li><span class=time>11am</span> Ana Lima, <span class=title>Quiet
// Queues: a field report</span></li>". The title is the marked text, whatever separators it
// holds; the speakers are what is left of the line without the time, when it names people.
func (x *extraction) roleLine(bi int, line *sentence) (listing, bool) {
	b := x.doc.Blocks[bi]
	if len(b.Roles) == 0 || line.text == "" {
		return listing{}, false
	}
	start := strings.Index(b.Text, line.text)
	if start < 0 {
		return listing{}, false
	}
	end := start + len(line.text)
	var title *document.Role
	keep := make([]bool, len(line.text)) // the bytes of the line outside the title and the time
	for i := range keep {
		keep[i] = true
	}
	for k, r := range b.Roles {
		if r.Start < start || r.End > end {
			continue
		}
		switch r.Name {
		case document.RoleTitle:
			if title != nil {
				return listing{}, false // two titles: a grid, read by readRoleGrid
			}
			title = &b.Roles[k]
		case document.RoleSpeaker:
			return listing{}, false // speakers marked too: readRoleGrid pairs them
		case document.RoleTime:
		default:
			continue
		}
		for i := r.Start; i < r.End; i++ {
			keep[i-start] = false
		}
	}
	if title == nil {
		return listing{}, false
	}
	var rest strings.Builder
	for i, k := range keep {
		if k {
			rest.WriteByte(line.text[i])
		} else if i > 0 && keep[i-1] {
			rest.WriteString(" | ")
		}
	}
	text := ""
	for _, part := range strings.Split(rest.String(), " | ") {
		if p := strings.Trim(part, " ,;:-–—|·"); p != "" {
			if text != "" {
				return listing{}, false // words on both sides of the title: no speaker segment
			}
			text = p
		}
	}
	text = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(text, "by "), "By "))
	t := cleanTitle(line.text[title.Start-start : title.End-start])
	if text == "" || t == "" || adminTitle(t) {
		return listing{}, false
	}
	sp, ok := x.readSpeakers(line, text, strings.Index(line.text, text))
	if !ok || !namedPeople(sp) && !fullNames(sp, false) {
		return listing{}, false
	}
	return listing{title: t, marked: true, speakers: sp}, true
}

// fullNames reports speakers that are each written as a full name of capitalized words
// ("Zorvek Tamm"), given names the list knows or not, and each linked to a profile (linked:
// readSpeakers marks them as known by a handle, "[Marta Ruiz](https://twitter.com/...)") or
// none. Where a page marks the title, or a name is linked to its profile, a full name is
// enough to be the speaker.
func fullNames(sp []listedSpeaker, linked bool) bool {
	for _, p := range sp {
		if p.handle != linked || !looksLikeName(p.name) || !strings.Contains(p.name, " ") {
			return false
		}
	}
	return len(sp) > 0
}
