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
		if x.agendaBlocks[bi] {
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
			x.agendaBlocks[t.bi] = true
		}
	}
}

// maxRoleSpeakers bounds the speakers one title of a programme takes.
const maxRoleSpeakers = 6
