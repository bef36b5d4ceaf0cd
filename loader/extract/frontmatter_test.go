package extract

import (
	"fmt"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestPageData(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		src       string
		talks     []talkView
		events    []eventView
		companies map[string][]string
	}{
		{
			name: "a Hugo talk page in TOML yields its talk at its event",
			file: "talk.md",
			src: "+++\ntitle = \"Sorting out sorting\"\ntype = \"talk\"\nspeakers = [\"Mara Quist\"]\n" +
				"event = \"Gophers of Tallinn\"\nstart = 2022-10-05T18:30:00+03:00\nlocation = \"Tallinn, Estonia\"\n" +
				"slides = \"https://slides.example.org/sorting\"\n+++\n\nWe look at how sorting works in practice.\n",
			talks:  []talkView{{Title: "Sorting out sorting", Speakers: []string{"Mara Quist"}, Cities: []string{"Tallinn"}, URL: "https://slides.example.org/sorting"}},
			events: []eventView{{City: "Tallinn", Date: "2022-10-05"}},
		},
		{
			name: "the front matter's place wins over a town in the title's name of a group met with",
			file: "joint.md",
			src: "Title: Joint Meetup with Quill Docs Riga\nDate: 2031-11-14 19:00\nevent_date: 2031-11-14 19:00\n" +
				"event_location: Harbour Hall (12 Main St, Tartu, Estonia)\n\nWe are doing a joint meetup with Quill Docs Riga this month.\n",
			events: []eventView{{City: "Tartu", Date: "2031-11-14", Host: "Harbour Hall"}},
		},
		{
			name: "a post whose address is an event's page on a meetup site, placed by a taxonomy's slug, at the venue its title names",
			file: "night.md",
			src: "---\ntitle: \"Ledger night at Quillworks\"\ndate: 2031-06-21\nlink: https://www.meetup.com/tartu-ledgers/events/123456/\nlocations:\n  - tartu\n---\n\n" +
				"Meet people who build ledgers.\n\nSchedule:\n\n6:00 - doors open\n\n6:50 - Mara Quist - Founder of Fernwood Labs\n\n7:30 - Piet van Loon - Sharding the Ledger\n",
			talks:  []talkView{{Description: "talk", Speakers: []string{"Mara Quist"}, Cities: []string{"Tartu"}}, {Title: "Sharding the Ledger", Speakers: []string{"Piet van Loon"}, Cities: []string{"Tartu"}}},
			events: []eventView{{City: "Tartu", Date: "2031-06-21", Host: "Quillworks"}},
		},
		{
			name: "a taxonomy's town on an ordinary post places nothing",
			file: "post.md",
			src:  "---\ntitle: \"Notes at Quillworks\"\ndate: 2031-06-21\nlink: https://quillworks.example/notes/\nlocations:\n  - tartu\n---\n\nWhat we learnt this year.\n",
		},
		{
			name: "a key names the talk apart from the page's title",
			file: "talk.md",
			src: "---\ntitle: \"Ana Souza at Gopher Days\"\ntalk_title: \"Sharding the Ledger\"\nspeaker: Ana Souza\nevent: Gopher Days 2031\nlocation: Porto, Portugal\n---\n\n" +
				"What the talk covered.\n",
			talks:  []talkView{{Title: "Sharding the Ledger", Speakers: []string{"Ana Souza"}, Cities: []string{"Porto"}}},
			events: []eventView{{City: "Porto"}},
		},
		{
			name:  "a speaker's talk title key makes a page titled with a name a talk page",
			file:  "speaker.md",
			src:   "---\ntitle: Bo Chen\nspeaker_talk_title: Queues at Rest\n---\n\nBo Chen works on queues.\n",
			talks: []talkView{{Title: "Queues at Rest", Speakers: []string{}}},
		},
		{
			name: "a Jekyll session page with speaker tables gives companies",
			file: "session.md",
			src: "---\nlayout: session\ntitle: \"Caching at the edge\"\nspeakers:\n  - name: Dana Oyelaran\n    company: Quillworks\n" +
				"  - name: Piet van Loon\n    affiliation: Fernwood Labs\nvenue: \"The Foundry, Leeds\"\ndate: 2021-10-12\n---\n\nAn abstract about caches.\n",
			talks:     []talkView{{Title: "Caching at the edge", Speakers: []string{"Dana Oyelaran", "Piet van Loon"}, Cities: []string{"Leeds"}}},
			events:    []eventView{{City: "Leeds", Date: "2021-10-12", Host: "The Foundry"}},
			companies: map[string][]string{"Dana Oyelaran": {"Quillworks"}, "Piet van Loon": {"Fernwood Labs"}},
		},
		{
			name: "a page that names one speaker and no other talk is a talk page",
			file: "talk.md",
			src: "---\ntitle: \"Streams without tears\"\nspeaker: \"[Lina Ortiz](https://twitter.com/lortiz)\"\ndate: 2020-02-02\n---\n\n" +
				"An introduction to streams for the impatient.\n",
			talks: []talkView{{Title: "Streams without tears", Speakers: []string{"Lina Ortiz"}}},
		},
		{
			name: "a page that names one speaker but whose title names an event is no talk page",
			file: "event.md",
			src:  "---\ntitle: \"October meetup\"\nspeaker: Lina Ortiz\n---\n\nPizza and drinks from seven.\n",
		},
		{
			name: "an event page places its event from the venue, with the venue as host",
			file: "event.md",
			src: "---\nlayout: event\ntitle: \"Autumn gathering\"\ndateTime: 2021-10-12 18:00\nvenue: \"The Foundry, Leeds\"\n---\n\n" +
				"Join us for an evening of food and conversation.\n",
			events: []eventView{{City: "Leeds", Date: "2021-10-12", Host: "The Foundry"}},
		},
		{
			name: "a venue table with a city and a host key",
			file: "event.md",
			src: "---\nevent: true\ntitle: \"Winter evening\"\nvenue:\n  name: Room 4\n  address: 1 Quay Street\n  city: Ghent\n" +
				"host: Nordlys\n---\n\nJoin us.\n",
			events: []eventView{{City: "Ghent", Host: "Nordlys"}},
		},
		{
			name:   "a room is not a host",
			file:   "event.md",
			src:    "---\nlayout: meetup\ntitle: \"Winter evening\"\nlocation: \"Room 4, Ghent\"\n---\n\nJoin us.\n",
			events: []eventView{{City: "Ghent"}},
		},
		{
			name: "a numeric venue ID places nothing",
			file: "event.md",
			src:  "---\ntitle: \"Design tools evening\"\nvenue: 24213835\n---\n\nJoin us.\n",
		},
		{
			name:   "a city that is also a common word counts in a city key",
			file:   "event.md",
			src:    "---\nlayout: event\ntitle: \"Spring evening\"\ncity: Reading\n---\n\nJoin us.\n",
			events: []eventView{{City: "Reading"}},
		},
		{
			name: "an event page's front matter lists its talks; breaks are not talks",
			file: "event.md",
			src: "---\ntitle: \"May evening\"\nlayout: meetup\nlocation: \"Mill Hall, Aarhus\"\ndate: 2022-05-03\ntalks:\n" +
				"  - title: \"Parsing with combinators\"\n    speaker: Hana Kim (Stackwise)\n" +
				"  - title: \"Tiny services\"\n    speakers: [Leo Brandt, Ivy Chen]\n    slides: https://slides.example.org/t\n" +
				"  - title: Pizza and networking\n---\n\nSee you there.\n",
			talks: []talkView{
				{Title: "Parsing with combinators", Speakers: []string{"Hana Kim"}, Cities: []string{"Aarhus"}},
				{Title: "Tiny services", Speakers: []string{"Leo Brandt", "Ivy Chen"}, Cities: []string{"Aarhus"}, URL: "https://slides.example.org/t"},
			},
			events:    []eventView{{City: "Aarhus", Date: "2022-05-03", Host: "Mill Hall"}},
			companies: map[string][]string{"Hana Kim": {"Stackwise"}, "Leo Brandt": nil, "Ivy Chen": nil},
		},
		{
			name: "speaker tables that name their talks",
			file: "event.md",
			src: "+++\ntitle = \"Spring lineup\"\ncity = \"Porto\"\n[[speakers]]\nname = \"Aiko Mori\"\ncompany = \"Tidepool\"\ntalk = \"Queues at scale\"\n" +
				"[[speakers]]\nname = \"Omar Haddad\"\ntalk = \"Backpressure\"\n+++\n\nSee you there.\n",
			talks: []talkView{
				{Title: "Queues at scale", Speakers: []string{"Aiko Mori"}, Cities: []string{"Porto"}},
				{Title: "Backpressure", Speakers: []string{"Omar Haddad"}, Cities: []string{"Porto"}},
			},
			events:    []eventView{{City: "Porto"}},
			companies: map[string][]string{"Aiko Mori": {"Tidepool"}, "Omar Haddad": nil},
		},
		{
			name: "an academic talk page names its event and place but no speaker",
			file: "talk.md",
			src: "---\ntitle: \"Verified parsers\"\nevent: \"Workshop on Parsing 2019\"\nlocation: \"Aula Magna\"\n" +
				"address:\n  street: 1 Via Roma\n  city: Bologna\n  country: Italy\ndate: 2019-06-20\n---\n\nAn abstract.\n",
			talks:  []talkView{{Title: "Verified parsers", Cities: []string{"Bologna"}}},
			events: []eventView{{City: "Bologna", Host: "Aula Magna"}},
		},
		{
			name: "an academic talk page with several authors and an event apart from the title",
			file: "talk.md",
			src: "---\ntitle: \"Event Streams from Greenhouse Sensors\"\ntalk_author:\n  - Mara Quist\n  - Piet van Loon, Ph.D.\n" +
				"event: \"Annual Meeting of Growers\"\nlocation: \"Leeds, UK\"\ndate: 2019-06-20\n---\n\nAn abstract.\n",
			talks:  []talkView{{Title: "Event Streams from Greenhouse Sensors", Speakers: []string{"Mara Quist", "Piet van Loon"}, Cities: []string{"Leeds"}}},
			events: []eventView{{City: "Leeds", Date: "2019-06-20"}},
		},
		{
			name:   "an event page whose speakers are listed names no single talk",
			file:   "event.md",
			src:    "---\ntitle: \"Spring evening\"\nspeakers:\n  - Mara Quist\n  - Piet van Loon\nevent: \"Gophers of the North\"\n---\n\nTwo talks and pizza.\n",
			events: []eventView{{}},
		},
		{
			name: "an ordinary post's location key places no event",
			file: "post.md",
			src:  "---\ntitle: \"Thoughts on error handling\"\nlocation: Leeds\n---\n\nSome thoughts.\n",
		},
		{
			name:   "a post tagged as a meetup is placed by its venue",
			file:   "post.md",
			src:    "---\ntitle: \"Thoughts\"\ntags: [meetup]\nvenue: \"The Foundry, Leeds\"\n---\n\nSome thoughts.\n",
			events: []eventView{{City: "Leeds", Host: "The Foundry"}},
		},
		{
			name: "a talk page typed as a conference talk names the event it was given at",
			file: "talk.md",
			src: "---\ntitle: \"Sparse models for tiny devices\"\nevent: \"Embedded Days 2023\"\nlocation: \"Tampere, Finland\"\n" +
				"type: conference\n---\n\nThe abstract.\n",
			talks:  []talkView{{Title: "Sparse models for tiny devices", Cities: []string{"Tampere"}}},
			events: []eventView{{City: "Tampere"}},
		},
		{
			name: "a schema.org event yields an event with its city, date and venue as host",
			file: "event.html",
			src: `<html><head><title>Kotlin Night</title><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Event", "name": "Lisbon Kotlin Night", "startDate": "2023-05-11T18:30:00+01:00",
 "location": {"@type": "Place", "name": "Casa Azul", "address": {"@type": "PostalAddress", "addressLocality": "Lisbon"}},
 "performer": [{"@type": "Person", "name": "Sofia Reis"}, {"@type": "Person", "name": "Tiago Luz"}]}
</script></head><body><p>Food and drinks are on us.</p></body></html>`,
			events: []eventView{{City: "Lisbon", Date: "2023-05-11", Host: "Casa Azul"}},
		},
		{
			name: "schema.org talks as subEvents of a conference are talks at it",
			file: "conf.html",
			src: `<html><head><title>DevDays</title><script type="application/ld+json">
{"@type": "Event", "name": "DevDays 2021", "startDate": "2021-06-01",
 "location": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Brno"}},
 "subEvent": [{"@type": "Event", "name": "Small functions, big wins",
   "performer": {"@type": "Person", "name": "Jan Novak", "worksFor": {"@type": "Organization", "name": "Bitfarm"}}}]}
</script></head><body><p>The programme is online.</p></body></html>`,
			talks:     []talkView{{Title: "Small functions, big wins", Speakers: []string{"Jan Novak"}, Cities: []string{"Brno"}}},
			events:    []eventView{{City: "Brno", Date: "2021-06-01"}},
			companies: map[string][]string{"Jan Novak": {"Bitfarm"}},
		},
		{
			name: "a microdata EducationEvent with a performer and a talk's name is a talk",
			file: "talk.html",
			src: `<html><body><div itemscope itemtype="https://schema.org/EducationEvent">
<h1 itemprop="name">Property testing in practice</h1><meta itemprop="startDate" content="2019-09-02">
<span itemprop="performer" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Eero Laine</span></span>
<span itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="address">Linnankatu 5, Turku</span></span>
</div></body></html>`,
			talks:  []talkView{{Title: "Property testing in practice", Speakers: []string{"Eero Laine"}, Cities: []string{"Turku"}}},
			events: []eventView{{City: "Turku", Date: "2019-09-02"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := document.Parse(tt.file, []byte(tt.src))
			if err != nil {
				t.Fatalf("document.Parse(%q) error: %v", tt.file, err)
			}
			r := Extract(doc)
			if d := diff(tt.talks, talksOf(r)); d != "" {
				t.Errorf("Extract(%s) talks (-want +got):\n%s", tt.file, d)
			}
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%s) events (-want +got):\n%s", tt.file, d)
			}
			if tt.companies != nil {
				if d := diff(tt.companies, companiesOf(r)); d != "" {
					t.Errorf("Extract(%s) companies (-want +got):\n%s", tt.file, d)
				}
			}
		})
	}
}

func TestVenueHost(t *testing.T) {
	tests := []struct {
		venue, want string
	}{
		{"The Foundry, Leeds", "The Foundry"},
		{"Casa Azul", "Casa Azul"},
		{"Casa Azul (12 Mill Lane, Leeds)", "Casa Azul"},
		{"12 Mill Lane, Leeds", ""},
		{"Room 4, Ghent", ""},
		{"West Hall 411", ""},
		{"online", ""},
		{"TBA", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := venueHost(tt.venue, nil); got != tt.want {
			t.Errorf("venueHost(%q) = %q, want %q", tt.venue, got, tt.want)
		}
	}
}

func TestProgrammeSlotTitles(t *testing.T) {
	slots := func(titles ...string) string {
		src := "---\ntitle: 4 June\nitems:\n"
		for i, title := range titles {
			src += fmt.Sprintf("  - title: %q\n    time: \"1%d:00\"\n", title, i)
		}
		return src + "---\n"
	}
	tests := []struct {
		name string
		src  string
		want []speakersView
	}{
		{
			name: "slots titled name, dash, title give the speaker and the title",
			src:  slots("Ana Lima - Quiet Queues", "Bo Chen - Sharding the Ledger - Part Two"),
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}, {Title: "Sharding the Ledger - Part Two", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a slot titled title by name gives the speaker",
			src:  slots("Quiet Queues by Ana Lima", "Sharding the Ledger by Bo Chen"),
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}, {Title: "Sharding the Ledger", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "in a list written name first, a full name no list of given names knows is read the same",
			src:  slots("Ana Lima - Quiet Queues", "Zorvath Quennell - Paging in Practice", "Bo Chen - Sharding the Ledger"),
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}, {Title: "Paging in Practice", Speakers: []string{"Zorvath Quennell"}}, {Title: "Sharding the Ledger", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "alone, a full name no list knows is not taken for a speaker",
			src:  slots("Zorvath Quennell - Paging in Practice", "Streams Explained"),
			want: []speakersView{{Title: "Zorvath Quennell - Paging in Practice", Speakers: []string{}}, {Title: "Streams Explained", Speakers: []string{}}},
		},
		{
			name: "a title and its subtitle after a dash name nobody",
			src:  slots("Quiet Queues - Choosing Well", "Sharding - What Went Wrong"),
			want: []speakersView{{Title: "Quiet Queues - Choosing Well", Speakers: []string{}}, {Title: "Sharding - What Went Wrong", Speakers: []string{}}},
		},
		{
			name: "a kind label before a dash is no part of the title",
			src:  slots("Workshop - Quiet Queues", "Ana Lima - Sharding the Ledger"),
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{}}, {Title: "Sharding the Ledger", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a slot still open is no talk, whoever holds it",
			src:  "---\ntitle: May meetup\nschedule:\n  - time: \"19:00\"\n    type: talk\n    title: TBD\n    author: The Organizers\n  - time: \"19:30\"\n    type: talk\n    title: Quiet Queues\n    author: Ana Lima\n---\n",
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "day", tt.src)
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.src, d)
			}
		})
	}
}
