package document

import (
	"testing"
)

// talkFields is the part of Meta that readTalkMeta fills.
type talkFields struct {
	Kind      string
	Speakers  []Speaker
	Event     string
	StartDate string
	Venue     string
	Location  string
	City      string
	Host      string
	Slides    string
	Video     string
}

func talkFieldsOf(m Meta) talkFields {
	return talkFields{Kind: m.Kind, Speakers: m.Speakers, Event: m.Event, StartDate: m.StartDate, Venue: m.Venue,
		Location: m.Location, City: m.City, Host: m.Host, Slides: m.Slides, Video: m.Video}
}

func TestParseTalkMeta(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want talkFields
	}{
		{
			name: "a Hugo talk page in TOML gives its kind, speakers, event, date and place",
			src: "+++\ntitle = \"Sorting out sorting\"\ntype = \"talk\"\nspeakers = [\"Mara Quist\", \"Olu Bade\"]\n" +
				"event = \"Gophers of Tallinn\"\nstart = 2022-10-05T18:30:00+03:00\nlocation = \"Tallinn, Estonia\"\n" +
				"slides = \"https://slides.example.org/sorting\"\n+++\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "Mara Quist"}, {Name: "Olu Bade"}},
				Event: "Gophers of Tallinn", StartDate: "2022-10-05", Location: "Tallinn, Estonia",
				Slides: "https://slides.example.org/sorting"},
		},
		{
			name: "two full names joined by a word for and in another language are two speakers",
			src:  "---\nlayout: talk\ntitle: Queues at noon\nspeaker: Mara ten Quist en Olu Bade\n---\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "Mara ten Quist"}, {Name: "Olu Bade"}}},
		},
		{
			name: "a name holding y stays one speaker",
			src:  "---\nlayout: talk\ntitle: Queues at noon\nspeaker: José Ortega y Gasset\n---\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "José Ortega y Gasset"}}},
		},
		{
			name: "a Pelican header's event location is the event's location",
			src: "Title: Our third meetup\nDate: 2021-05-10\nEvent-start: 2021-05-12 19:00\n" +
				"Event-location: Northwind, 14 Quay Road, Bergen\n\nBody.\n",
			want: talkFields{StartDate: "2021-05-12", Location: "Northwind, 14 Quay Road, Bergen"},
		},
		{
			name: "an event page's dateStart (a start before its end) is its date",
			src:  "---\ntitle: 'quietConf!2031'\ndateStart: '2031-07-09T8:00:00'\ndateEnd: '2031-07-12T18:00:00'\nlocation: 'Porto, PT'\n---\nBody.\n",
			want: talkFields{StartDate: "2031-07-09", Location: "Porto, PT"},
		},
		{
			name: "a location's address written line by line is its location",
			src:  "---\ntitle: Our third meetup\nlocation:\n  name: Northwind\n  address:\n    - Northwind GmbH\n    - Hafenweg 4\n    - 10999 Berlin\n---\nBody.\n",
			want: talkFields{Venue: "Northwind", Location: "Northwind GmbH, Hafenweg 4, 10999 Berlin"},
		},
		{
			name: "an event venue key is the event's venue",
			src:  "---\ntitle: Our third meetup\nevent_venue: Northwind Hall, Bergen\n---\nBody.\n",
			want: talkFields{Venue: "Northwind Hall, Bergen"},
		},
		{
			name: "a Jekyll talk layout with one speaker as a Markdown link",
			src: "---\nlayout: talk\ntitle: Caching at the edge\nspeaker: \"[Ines Varga](https://twitter.com/ivarga)\"\n" +
				"venue: Hall 3, Rotterdam\nvideo: https://video.example.org/v/123\n---\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "Ines Varga", URL: "https://twitter.com/ivarga", Handle: "ivarga"}},
				Venue: "Hall 3, Rotterdam", Video: "https://video.example.org/v/123"},
		},
		{
			name: "speakers as YAML tables with name, company and twitter",
			src: "---\ntitle: Panel\nlayout: session\nspeakers:\n  - name: Dana Oyelaran\n    company: Quillworks\n    twitter: \"@danao\"\n" +
				"  - name: Piet van Loon\n    affiliation: University of Nowhere\n    url: https://piet.example.org\n---\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{
				{Name: "Dana Oyelaran", Company: "Quillworks", Handle: "danao"},
				{Name: "Piet van Loon", Company: "University of Nowhere", URL: "https://piet.example.org"},
			}},
		},
		{
			name: "speakers as TOML array of tables",
			src: "+++\ntitle = \"Keynote\"\nkind = \"keynote\"\n[[speakers]]\nname = \"Rui Tavares\"\norganization = \"Blue Lantern\"\n" +
				"[[speakers]]\nname = \"Aiko Mori\"\n+++\nBody.\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "Rui Tavares", Company: "Blue Lantern"}, {Name: "Aiko Mori"}}},
		},
		{
			name: "a speaker string with the company in parentheses or after a comma",
			src:  "---\nspeakers:\n  - Hana Kim (Stackwise)\n  - Leo Brandt, Fernwood Labs\n---\nBody.\n",
			want: talkFields{Speakers: []Speaker{{Name: "Hana Kim", Company: "Stackwise"}, {Name: "Leo Brandt", Company: "Fernwood Labs"}}},
		},
		{
			name: "a plural key with one string lists several names",
			src:  "---\nspeakers: Ann Lee, Bo Chan and Cy Dorn\n---\nBody.\n",
			want: talkFields{Speakers: []Speaker{{Name: "Ann Lee"}, {Name: "Bo Chan"}, {Name: "Cy Dorn"}}},
		},
		{
			name: "speaker slugs referring to data files become names",
			src:  "+++\nspeakers = [\"jane-doe\", \"omar_haddad\"]\n+++\nBody.\n",
			want: talkFields{Speakers: []Speaker{{Name: "Jane Doe"}, {Name: "Omar Haddad"}}},
		},
		{
			name: "a handle alone is no speaker name",
			src:  "---\nspeaker: \"@someone\"\n---\nBody.\n",
			want: talkFields{},
		},
		{
			name: "an event page with a venue table and a host",
			src: "---\nlayout: event\ntitle: October meetup\ndateTime: 2021-10-12 18:00\n" +
				"venue:\n  name: The Foundry\n  address: 12 Mill Lane\n  city: Leeds\nhost: Brightcode\n---\nBody.\n",
			want: talkFields{Kind: KindEvent, StartDate: "2021-10-12", Venue: "The Foundry", Location: "12 Mill Lane", City: "Leeds", Host: "Brightcode"},
		},
		{
			name: "event: true makes an event page",
			src:  "---\nlayout: post\nevent: true\nvenue: \"Old Mill Hall, Ghent\"\n---\nBody.\n",
			want: talkFields{Kind: KindEvent, Venue: "Old Mill Hall, Ghent"},
		},
		{
			name: "an event table gives the event's name, date and city",
			src:  "---\ntype: talk\nevent:\n  name: DataDays 2023\n  date: 2023-04-20\n  city: Porto\n---\nBody.\n",
			want: talkFields{Kind: KindTalk, Event: "DataDays 2023", StartDate: "2023-04-20", City: "Porto"},
		},
		{
			name: "a venue given as a site's numeric ID is not a place",
			src:  "---\nvenue: 24213835\ncity: 99\n---\nBody.\n",
			want: talkFields{},
		},
		{
			name: "several sponsors are not a host, one sponsor is",
			src:  "---\nsponsors: [Acme, Globex]\n---\nBody.\n",
			want: talkFields{},
		},
		{
			name: "a single sponsor hosts",
			src:  "---\nsponsor: Initech\n---\nBody.\n",
			want: talkFields{Host: "Initech"},
		},
		{
			name: "a host given as a slug refers to a data file, not an organization",
			src:  "---\nhosts: [jane-doe]\ntime_start: 2018-04-03T10:00:00Z\n---\nBody.\n",
			want: talkFields{StartDate: "2018-04-03"},
		},
		{
			name: "an ordinary post has no kind",
			src:  "---\nlayout: post\ntype: blog\ntitle: Notes\n---\nBody.\n",
			want: talkFields{},
		},
		{
			name: "a layout path names the kind",
			src:  "---\nlayout: layouts/conference\n---\nBody.\n",
			want: talkFields{Kind: KindEvent},
		},
		{
			name: "a taxonomy of locations with one term, a slug",
			src:  "---\ntitle: Ledgers night\nlocations:\n  - rio-de-janeiro\n---\nBody.\n",
			want: talkFields{City: "Rio De Janeiro"},
		},
		{
			name: "a taxonomy of several locations places nothing",
			src:  "---\ntitle: Ledgers night\nlocations: [porto, lisbon]\n---\nBody.\n",
			want: talkFields{},
		},
		{
			name: "a town's slug of one word",
			src:  "---\ntitle: Ledgers night\ncity: porto\n---\nBody.\n",
			want: talkFields{City: "Porto"},
		},
		{
			name: "place and city keys spelled differently",
			src:  "+++\nplace = \"Studio 5\"\ntown = \"Aarhus\"\nhosted_by = \"Nordlys\"\n+++\nBody.\n",
			want: talkFields{Venue: "Studio 5", City: "Aarhus", Host: "Nordlys"},
		},
		{
			name: "the first key that gives a value wins",
			src:  "---\nspeaker: Tomas Ek\npresenters: [Someone Else]\n---\nBody.\n",
			want: talkFields{Speakers: []Speaker{{Name: "Tomas Ek"}}},
		},
		{
			name: "a Pelican header can name a speaker too",
			src:  "Title: Streams\nSpeaker: Lina Ortiz\nLocation: Valencia\n\nBody.\n",
			want: talkFields{Speakers: []Speaker{{Name: "Lina Ortiz"}}, Location: "Valencia"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "talk.md"
			doc := mustParse(t, name, tt.src)
			if d := diff(tt.want, talkFieldsOf(doc.Meta)); d != "" {
				t.Errorf("Parse(%q) talk fields %s", tt.src, d)
			}
		})
	}
}

func TestParseAuthorLink(t *testing.T) {
	doc := mustParse(t, "post.md", "---\nauthor:\n  - \"[Kai Moreno](https://twitter.com/kaim)\"\n---\nBody.\n")
	if doc.Meta.Author != "Kai Moreno" {
		t.Errorf("Parse() Meta.Author = %q, want %q", doc.Meta.Author, "Kai Moreno")
	}
}

func TestParseEventPrefixedKeys(t *testing.T) {
	src := "---\ntitle: Winter gathering\nevent_title: Lakeside Unix Day 2031\nevent_location: Hotel Meridiaan\n" +
		"event_address:\n  street_address: Dijkweg 4\n  city: Zwolle\nevent_start: 2031-02-03T09:00:00+01:00\neventful: yes\n---\nBody.\n"
	doc := mustParse(t, "event.md", src)
	want := talkFields{Event: "Lakeside Unix Day 2031", StartDate: "2031-02-03", Location: "Hotel Meridiaan", City: "Zwolle"}
	if d := diff(want, talkFieldsOf(doc.Meta)); d != "" {
		t.Errorf("Parse(%q) talk fields %s", src, d)
	}
}

func TestParseFrontMatterTalks(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		talks    []TalkData
		speakers []Speaker
	}{
		{
			name: "a YAML list of talks with speakers, companies and slides",
			src: "---\ntitle: May meetup\ntalks:\n  - title: Parsing with combinators\n    speaker: Hana Kim (Stackwise)\n" +
				"    slides: https://slides.example.org/p\n  - title: \"[Tiny services](https://example.org/t)\"\n    speakers: [Leo Brandt, Ivy Chen]\n" +
				"  - title: Pizza\n---\nBody.\n",
			talks: []TalkData{
				{Title: "Parsing with combinators", Speakers: []Speaker{{Name: "Hana Kim", Company: "Stackwise"}}, Slides: "https://slides.example.org/p"},
				{Title: "Tiny services", URL: "https://example.org/t", Speakers: []Speaker{{Name: "Leo Brandt"}, {Name: "Ivy Chen"}}},
				{Title: "Pizza"},
			},
		},
		{
			name: "a TOML agenda of tables with a name and a company beside the title",
			src: "+++\ntitle = \"June\"\n[[agenda]]\ntime = \"18:30\"\ntalk = \"Zero-copy IO\"\nname = \"Rui Tavares\"\ncompany = \"Blue Lantern\"\n" +
				"[[agenda]]\ntime = \"19:30\"\ntitle = \"Networking\"\n+++\nBody.\n",
			talks: []TalkData{
				{Title: "Zero-copy IO", Speakers: []Speaker{{Name: "Rui Tavares", Company: "Blue Lantern"}}},
				{Title: "Networking"},
			},
		},
		{
			name: "a singular speaker key keeps the company after a comma",
			src:  "---\nsessions:\n  - session: Fast builds\n    speaker: Leo Brandt, Fernwood Labs\n---\nBody.\n",
			talks: []TalkData{
				{Title: "Fast builds", Speakers: []Speaker{{Name: "Leo Brandt", Company: "Fernwood Labs"}}},
			},
		},
		{
			name:     "a speaker table may give the speaker's talk; a job title is not a name",
			src:      "---\nspeakers:\n  - name: Aiko Mori\n    title: Staff Engineer\n    talk: Queues at scale\n---\nBody.\n",
			speakers: []Speaker{{Name: "Aiko Mori", Talk: "Queues at scale"}},
		},
		{
			name: "in a list of speakers who give abstracts, each title is a talk's",
			src: "---\nspeakers:\n  - name: Aiko Mori\n    title: Queues at scale\n    abstract: Why queues fill up.\n" +
				"  - name: Olu Bade\n    title: Lock-free rings (Lightning Talk)\n---\nBody.\n",
			speakers: []Speaker{{Name: "Aiko Mori", Talk: "Queues at scale"}, {Name: "Olu Bade", Talk: "Lock-free rings (Lightning Talk)"}},
		},
		{
			name:     "a speaker's title without an abstract stays a job",
			src:      "---\nspeakers:\n  - name: Aiko Mori\n    title: Staff Engineer\n---\nBody.\n",
			speakers: []Speaker{{Name: "Aiko Mori"}},
		},
		{
			name: "speakers keyed by the slug of their name take the name from the key",
			src: "---\nspeakers:\n  mara_quist:\n    talk: \"Counting sheep, fast\"\n  olu-bade:\n    talk: Lock-free queues\n" +
				"  team:\n    talk: Not a person\n---\nBody.\n",
			speakers: []Speaker{{Name: "Mara Quist", Talk: "Counting sheep, fast"}, {Name: "Olu Bade", Talk: "Lock-free queues"}},
		},
		{
			name: "a schedule that nests its talks in rows and columns gives the talks, not the schedule's title",
			src: "---\ntitle: Autumn day\nevent_schedule:\n  title: Programme\n  headers:\n  - header:\n    text: Room 1\n  rows:\n" +
				"  - row:\n    columns:\n    - column:\n      time: \"09:00\"\n    - column:\n      textfield:\n        text: Coffee\n" +
				"  - row:\n    columns:\n    - column:\n      time: \"09:30\"\n    - column:\n      talk:\n        speaker: Wim Aalders\n        title: Quiet queues\n" +
				"    - column:\n      talk:\n        speaker: Lise Orban / Tomas Reyes\n        title: Loud logs\n---\n",
			talks: []TalkData{
				{Title: "Quiet queues", Speakers: []Speaker{{Name: "Wim Aalders"}}},
				{Title: "Loud logs", Speakers: []Speaker{{Name: "Lise Orban"}, {Name: "Tomas Reyes"}}},
			},
		},
		{
			name:  "a list of titles alone",
			src:   "---\ntalks: [\"Intro to Zig\", \"Zig in production\"]\n---\nBody.\n",
			talks: []TalkData{{Title: "Intro to Zig"}, {Title: "Zig in production"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "event.md", tt.src)
			if d := diff(tt.talks, doc.Meta.Talks); d != "" {
				t.Errorf("Parse(%q) Meta.Talks %s", tt.src, d)
			}
			if d := diff(tt.speakers, doc.Meta.Speakers); d != "" {
				t.Errorf("Parse(%q) Meta.Speakers %s", tt.src, d)
			}
		})
	}
}

func TestTimedProgrammeTalks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []TalkData
	}{
		{
			name: "a list of timed slots under a key of the theme's own is a list of talks, body or not",
			src: "---\ntitle: 4 June\nitems:\n  - title: Ana Lima - Quiet Queues\n    time: \"10:00\"\n" +
				"  - title: Bo Chen - Sharding the Ledger\n    time: \"10:40\"\n---\n",
			want: []TalkData{{Title: "Ana Lima - Quiet Queues"}, {Title: "Bo Chen - Sharding the Ledger"}},
		},
		{
			name: "slots with a start key in TOML are read the same",
			src: "+++\ntitle = \"Day two\"\n[[day2]]\ntitle = \"Quiet Queues\"\nstart = \"09:30\"\n" +
				"[[day2]]\ntitle = \"Lunch\"\nstart = \"12:00\"\n+++\nThe second day.\n",
			want: []TalkData{{Title: "Quiet Queues"}, {Title: "Lunch"}},
		},
		{
			name: "one timed table alone is no programme",
			src:  "---\ntitle: 4 June\nitems:\n  - title: Quiet Queues\n    time: \"10:00\"\n---\nBody.\n",
			want: nil,
		},
		{
			name: "tables without a time are no programme",
			src:  "---\ntitle: Links\nitems:\n  - title: Quiet Queues\n    url: /a\n  - title: Sharding\n    url: /b\n---\nBody.\n",
			want: nil,
		},
		{
			name: "a slot that repeats a key keeps its first value and the list keeps its talks",
			src: "---\ntitle: May meetup\nschedule:\n  - time: \"19:00\"\n    type: talk\n    type: talk\n    title: Quiet Queues\n    author: Ana Lima\n" +
				"  - time: \"19:30\"\n    type: talk\n    title: Sharding the Ledger\n    author: Bo Chen\n---\n",
			want: []TalkData{{Title: "Quiet Queues", Speakers: []Speaker{{Name: "Ana Lima"}}}, {Title: "Sharding the Ledger", Speakers: []Speaker{{Name: "Bo Chen"}}}},
		},
		{
			name: "beside slots typed as talks, a slot of another type is no talk",
			src: "---\ntitle: May meetup\nschedule:\n  - time: \"18:30\"\n    type: event\n    title: Tacos and drinks\n" +
				"  - time: \"19:00\"\n    type: talk\n    title: Quiet Queues\n    author: Ana Lima\n---\nBody.\n",
			want: []TalkData{{Title: "Quiet Queues", Speakers: []Speaker{{Name: "Ana Lima"}}}},
		},
		{
			name: "a category is no type: slots of other categories stay talks",
			src: "---\ntitle: May meetup\nschedule:\n  - time: \"18:30\"\n    category: keynote\n    title: Quiet Queues\n    speaker: Ana Lima\n" +
				"  - time: \"19:00\"\n    category: frontend\n    title: Sharding the Ledger\n    speaker: Bo Chen\n---\nBody.\n",
			want: []TalkData{{Title: "Quiet Queues", Speakers: []Speaker{{Name: "Ana Lima"}}}, {Title: "Sharding the Ledger", Speakers: []Speaker{{Name: "Bo Chen"}}}},
		},
		{
			name: "an HTML link in a slot's title gives the title its text and link",
			src: "---\ntitle: 4 June\nitems:\n  - title: Workshop - <a href=\"/ws#queues\">Quiet Queues</a>\n    time: \"10:00\"\n" +
				"  - title: Sharding the Ledger\n    time: \"11:00\"\n---\n",
			want: []TalkData{{Title: "Workshop - Quiet Queues", URL: "/ws#queues"}, {Title: "Sharding the Ledger"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "day.md", tt.src)
			if d := diff(tt.want, doc.Meta.Talks); d != "" {
				t.Errorf("Parse(%q) talks %s", tt.src, d)
			}
		})
	}
}

func TestNameListInOneField(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Ana Lima, Bo Chen, Cara Diaz", true},
		{"Ana Lima, Bo Chen, Cara Diaz, Dana Park, Eli Moss", true},
		{"Ana Lima, Staff Engineer, Initech", false},
		{"Ana Lima, Bo Chen", false}, // a name and a company may be two words each: not told apart here
		{"Ana Lima, Initech Labs, Porto", false},
	}
	for _, tc := range tests {
		if got := nameList(tc.in); got != tc.want {
			t.Errorf("nameList(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
