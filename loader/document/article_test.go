package document

import (
	"strings"
	"testing"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		meta   Meta
		blocks []string
	}{
		{
			name: "a Markdown-mode article gives its header as Meta",
			src: "# RiverGo: a day of Go by the river\n3 Mar 2021\nSummary: Notes from RiverGo 2021.\nTags: conference, community\n\n" +
				"Lina Ortiz\nlina@example.org\n@lina\n\nSecond Author\nhttps://second.example\n\n" +
				"## Talks\n\nAll talks were recorded:\n\n.image rivergo/stage.jpg _ 600\n\n" +
				"  - [Fast builds](https://video.example/1) _by Omar Said_ -\n    a look at caching.\n" +
				"  - [Small tools](https://video.example/2) _by_ [_Ann Wu_](https://example.org/ann) - why small wins.\n\n" +
				": a speaker note\n.caption The main stage\n// a comment\nSee you next year.\n",
			meta: Meta{
				Title: "RiverGo: a day of Go by the river", Author: "Lina Ortiz", Published: "2021-03-03",
				Summary: "Notes from RiverGo 2021.", Tags: []string{"conference", "community"},
				Extra: map[string]string{
					"author_email": "lina@example.org", "author_twitter": "@lina",
					"author_url": "https://second.example", "authors": "Lina Ortiz, Second Author",
				},
			},
			blocks: []string{
				"heading/2: Talks",
				"paragraph: All talks were recorded:",
				"list-item: [Fast builds](https://video.example/1) _by Omar Said_ - a look at caching.",
				"list-item: [Small tools](https://video.example/2) _by_ _[Ann Wu](https://example.org/ann)_ - why small wins.",
				"caption: The main stage",
				"paragraph: See you next year.",
			},
		},
		{
			name: "an article in present's own markup is rewritten",
			src:  "Old style talk\nA subtitle: with a colon\n15:04 2 Jan 2014\n\nBo Lund\n\n* Intro\n\n# a present comment\nSee [[https://example.org/x][the site]] or [[https://example.org/y]].\n\n** Detail\n\n- a point\n",
			meta: Meta{Title: "Old style talk", Author: "Bo Lund", Published: "2014-01-02", Extra: map[string]string{"subtitle": "A subtitle: with a colon"}},
			blocks: []string{
				"heading/2: Intro",
				"paragraph: See [the site](https://example.org/x) or [https://example.org/y](https://example.org/y).",
				"heading/3: Detail",
				"list-item: a point",
			},
		},
		{
			name: "an article without sections keeps only its first author block",
			src:  "# Short note\n1 Feb 2020\n\nSolo Writer\n\nThe body starts here.\n",
			meta: Meta{Title: "Short note", Author: "Solo Writer", Published: "2020-02-01"},
			blocks: []string{
				"paragraph: The body starts here.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "talk.article", tt.src)
			if d := diff(tt.meta, doc.Meta); d != "" {
				t.Errorf("Parse(%q).Meta differs %s", tt.src, d)
			}
			if d := lineDiff(strings.Join(tt.blocks, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
				t.Errorf("Parse(%q) blocks differ %s", tt.src, d)
			}
		})
	}
}

func TestSlideDeck(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		title    string
		event    string
		speakers []string
	}{
		{
			name:     "a deck whose subtitle names a meetup",
			src:      "Traps in Go\nRiverside Gophers Meetup #4\n12 Mar 2022\nTags: go\n\nMia Kovac\nStaff Engineer, Acme\nhttps://example.org/mia\n\n* Intro\n\nHello.\n",
			title:    "Traps in Go",
			event:    "Riverside Gophers Meetup #4",
			speakers: []string{"Mia Kovac"},
		},
		{
			name:     "a subtitle that goes on from the title completes it",
			src:      "# Watching Everything...\n...with Small Exporters\n\nLeo Brandt\nExample Labs\n\n## Agenda\n\n1. Why\n",
			title:    "Watching Everything... with Small Exporters",
			speakers: []string{"Leo Brandt"},
		},
		{
			name:     "a subtitle that is a summary names no event",
			src:      "Caching in Practice\nWhat we learned running it\n2 Apr 2021\n\nNoor Haddad\nnoor@example.org\n\nSam Okafor\n\n* One\n\nText.\n",
			title:    "Caching in Practice",
			speakers: []string{"Noor Haddad", "Sam Okafor"},
		},
		{
			name:     "a subtitle with a year is the event",
			src:      "Modules Today\nHarbour DevDays 2019\n\nIvo Petrov\n\n* A\n\nB.\n",
			title:    "Modules Today",
			event:    "Harbour DevDays 2019",
			speakers: []string{"Ivo Petrov"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "deck.slide", tt.src)
			m := doc.Meta
			var names []string
			for _, sp := range m.Speakers {
				names = append(names, sp.Name)
			}
			if m.Kind != KindTalk || m.Title != tt.title || m.Event != tt.event || strings.Join(names, "|") != strings.Join(tt.speakers, "|") {
				t.Errorf("slide deck read as kind %q, title %q, event %q, speakers %q; want talk, %q, %q, %q",
					m.Kind, m.Title, m.Event, names, tt.title, tt.event, tt.speakers)
			}
		})
	}
	// The same file as an .article is a post, not a talk page.
	doc := mustParse(t, "post.article", tests[0].src)
	if doc.Meta.Kind != "" || len(doc.Meta.Speakers) != 0 {
		t.Errorf("an .article was read as a talk page: kind %q, speakers %v", doc.Meta.Kind, doc.Meta.Speakers)
	}
}
