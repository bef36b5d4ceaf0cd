package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestItineraries(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []talkView
	}{
		{
			name:  "one talk at three events, each a heading with its labelled details",
			title: "Upcoming appearances",
			body: "## [Harbourconf](https://harbourconf.example/)\n\nI'll be speaking there!\n\n * **When:** August 16 - 18, 2031\n * **Where:** Porto, Portugal\n * **Topic(s):** [Quiet Queues](https://harbourconf.example/talks/33)\n\n" +
				"## [Tartu Rust Days](https://trd.example/)\n\n * **When:** September 23 - 27, 2031\n * **Where:** Tartu, Estonia\n * **Topic(s): **[Quiet Queues](https://trd.example/s/1)\n\n" +
				"## Online Camp\n\n * **When:** October 18, 2031\n * **Where:** Everywhere! (virtual)\n * **Topic:** Sorting Without Tears\n\n" +
				"## Bergen Days\n\n * **When:** November 7, 2031\n * **Where:** Bergen, Norway\n * **Topic(s):** To Be Announced\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{}, Cities: []string{"Porto", "Tartu"}, URL: "https://harbourconf.example/talks/33"},
				{Title: "Sorting Without Tears", Speakers: []string{}},
			},
		},
		{
			name:  "a card that names its speaker is left to the label readers",
			title: "Programme",
			body:  "## Quiet Queues\n\n * **When:** August 16, 2031\n * **Where:** Porto, Portugal\n * **Speaker:** Ana Lima\n",
			want:  []talkView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "itinerary", withFrontMatter(tt.title, "", "2031-08-09", tt.body))
			if d := cmp.Diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got):\n%s", d)
			}
		})
	}
}

func TestItineraryTopicNeedsASpeakersPage(t *testing.T) {
	body := "## Meetup #5\n\n * **When:** August 16, 2031\n * **Where:** Porto, Portugal\n * **Topic:** Kubernetes\n"
	r := extractText(t, "meetup", withFrontMatter("Porto Cloud Meetup", "", "2031-08-09", body))
	if got := talksOf(r); len(got) != 0 {
		t.Errorf("Extract() talks = %+v, want none: a meetup's topic on a page that lists no one's talks", got)
	}
}

func TestItineraryItems(t *testing.T) {
	body := "## Upcoming talks:\n\n- [Harbourconf](https://harbourconf.example/) -- 14 June 2031, Online\n\n  Topic: **\"Quiet Queues\"**\n\n" +
		"- [Tartu JS](https://tartujs.example/) -- 21 July 2031, Tartu, Estonia\n\n  Topic: **\"Quiet Queues\"**\n\n  [Slides](https://speakerdeck.com/someone/quiet-queues)\n\n" +
		"## Past talks:\n\n- [Porto JS](https://portojs.example/) -- 9 May 2030, Porto, Portugal\n\n  Talk: *Sorting Without Tears*\n\n" +
		"- [Bergen Days](https://bergen.example/) -- 1 May 2030, Bergen, Norway\n\n  Topic: To Be Announced\n"
	r := extractText(t, "itinerary", withFrontMatter("Speaking", "", "2031-06-01", body))
	want := []talkView{
		{Title: "Quiet Queues", Speakers: []string{}, Cities: []string{"-", "Tartu"}, URL: "https://speakerdeck.com/someone/quiet-queues"}, // "-": the online event
		{Title: "Sorting Without Tears", Speakers: []string{}, Cities: []string{"Porto"}},
	}
	if d := cmp.Diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got):\n%s", d)
	}
	if len(r.Events) != 3 {
		t.Errorf("Extract() events = %+v, want three: the online one, Tartu and Porto", r.Events)
	}
}

func TestItemTitleOverName(t *testing.T) {
	tests := []struct {
		name, body string
		want       []speakersView
	}{
		{
			name: "three items, each a title over its speaker's name",
			body: "The presenters are:\n\n1. <p>Tide Tables in Go<br /><small><a href=\"https://twitter.com/alima\">Ana Lima</a></small></p>\n" +
				"1. <p>Small Data, Big Wins<br /><small><a href=\"https://twitter.com/bchen\">Bo Chen</a></small></p>\n" +
				"1. <p>Counting Seabirds<br /><small>Cy Dunn</small></p>\n",
			want: []speakersView{
				{Title: "Tide Tables in Go", Speakers: []string{"Ana Lima"}},
				{Title: "Small Data, Big Wins", Speakers: []string{"Bo Chen"}},
				{Title: "Counting Seabirds", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "two such items are too few to be sure of",
			body: "Thanks to:\n\n- Harbour Catering  \n  Ana Lima\n- Printing  \n  Bo Chen\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "items", recap(tt.body))
			if d := cmp.Diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got):\n%s", d)
			}
		})
	}
}

func TestLabelledSlots(t *testing.T) {
	body := "Agenda:\n\n⏰ 6:50 pm\n🤖 Ana Lima, Initech & organizer of the Porto AI Meetup\n🎤 “My Journey with Queues” - Ana will share what she learned.\n📖 Ana has run queues for ten years.\n\n" +
		"⏰ 7:05 pm\n🤖 Bo Chen, Globex\n🎤 \"Costs of Python in Production\" - the hidden costs, from laptop to cloud.\n\n" +
		"⏰ 7:35 pm\n🍕 Pizza, networking and games\n"
	r := extractText(t, "slots", recap(body))
	want := []speakersView{
		{Title: "My Journey with Queues", Speakers: []string{"Ana Lima"}},
		{Title: "Costs of Python in Production", Speakers: []string{"Bo Chen"}},
	}
	if d := cmp.Diff(want, speakersOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got):\n%s", d)
	}
	got := map[string][]string{}
	for _, p := range r.People {
		got[p.Name] = p.Companies
	}
	if d := cmp.Diff(map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}}, got); d != "" {
		t.Errorf("Extract() companies differ (-want +got):\n%s", d)
	}
}

func TestCards(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  []talkView
	}{
		{
			name:  "cards under date headings, the event in one label and its place in another",
			title: "Upcoming talks",
			body: "Where I will be this spring.\n\n## April 9th:\n\n**Where**: Harbour Tech Meetup\n**Location**: Tartu, Estonia\n**What**: Quillq - how queues work inside -\n**Cost**: Free\n\n" +
				"## May 20 - 24:\n\n**Where**: GopherFest Porto\n**Location**: Porto, Portugal\n**What**: [Fuzzing by Numbers](https://gopherfest.example/session/12)\n\n" +
				"**Where**: Rust Days Porto\n**Location**: Porto, Portugal\n**What**: [Queues for the Rest of Us](https://rustdays.example/talks/7)\n",
			want: []talkView{
				{Title: "Quillq - how queues work inside", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Title: "Fuzzing by Numbers", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://gopherfest.example/session/12"},
				{Title: "Queues for the Rest of Us", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://rustdays.example/talks/7"},
			},
		},
		{
			name:  "a card that names its speakers gives the talk to them",
			title: "Programme",
			body:  "- **Title:** Quiet Builds\n- **Speakers:** Ana Lima and Bo Chen\n- **Where:** Riga, Latvia\n",
			want:  []talkView{{Title: "Quiet Builds", Speakers: []string{"Ana Lima", "Bo Chen"}, Cities: []string{"Riga"}}},
		},
		{
			name:  "labelled lines with no place give no card",
			title: "Notes",
			body:  "**What**: Quiet Builds\n**Cost**: Free\n",
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "", "2031-03-01", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestEngagements(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		events []eventView
		talks  []talkView
	}{
		{
			name: "items that say where the writer presents place events, no talk when the writer is unnamed",
			body: "- Due to present at the [Tartu Go User Group](https://example.org/t) on the 25th April\n" +
				"- Speaking at GopherDay Riga on Friday 11th May\n- I'll be presenting at Rust Days in Porto on 12 June\n",
			events: []eventView{{City: "Tartu", Date: "2031-04-25"}, {City: "Riga", Date: "2031-05-11"}, {City: "Porto", Date: "2031-06-12"}},
		},
		{
			name:   "the named writer's engagements are untitled talks of theirs",
			author: "Ana Lima",
			body:   "- Due to present at the [Tartu Go User Group](https://example.org/t) on the 25th April\n",
			events: []eventView{{City: "Tartu", Date: "2031-04-25"}},
			talks:  []talkView{{Description: "a talk at Tartu Go User Group", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name:   "an item that speaks at no named place is none",
			author: "Ana Lima",
			body:   "- speaking at length about nothing in particular\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Speaking schedule", tt.author, "2031-03-01", tt.body))
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract() events differ (-want +got)\n%s", d)
			}
			if d := diff(tt.talks, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestBracketedEventDate(t *testing.T) {
	// a page with no date of its own: the year must come from the bracket, not the post
	r := extractText(t, "post", "# Talks\n\n- [Quiet Queues](talks/quiet-queues) - Web Camp 2031, Ljubljana (March 12, 2031)\n")
	want := []eventView{{City: "Ljubljana", Date: "2031-03-12"}}
	if d := diff(want, eventsOf(r)); d != "" {
		t.Errorf("Extract() events differ (-want +got)\n%s", d)
	}
}
