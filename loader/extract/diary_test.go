package extract

import (
	"strings"
	"testing"
)

// eventNames are the names of a result's events, in order.
func eventNames(r *Result) []string {
	var out []string
	for _, e := range r.Events {
		out = append(out, e.Name)
	}
	return out
}

func TestDiaryOfEventsASectionEach(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		talks  []talkView
		events []string
	}{
		{
			name: "a heading names the event its section places; the writer's quoted title is their talk there",
			body: "## Queueconf\n\nQueueconf is a two-day conference in Tartu.\nMy session was about <q>Quiet Queues and how to drain them</q>.\n\n" +
				"## Porto Go Days\n\nThe train took me to Porto Go Days in Porto this time.\n\nMy talk was about “Quiet Queues and how to drain them” again.",
			talks:  []talkView{{Title: "Quiet Queues and how to drain them", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu", "Porto"}}},
			events: []string{"Porto Go Days", "Queueconf"}, // (the heading that holds its city is read first)
		},
		{
			name: "a long quoted title in sentence case is the writer's talk; a topic in italics is none",
			body: "## Riverfest\n\nRiverfest is a conference in Ghent.\n" +
				"My session was about “Queues, and how to drain them before the weekend comes and the pager rings again”.\n\n" +
				"## Globex Days\n\nGlobex Days is an event in Porto. My session was about _queue cost tuning_.",
			talks:  []talkView{{Title: "Queues, and how to drain them before the weekend comes and the pager rings again", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}}},
			events: []string{"Riverfest", "Globex Days"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "diary", withFrontMatter("2031, my year as a speaker", "Ana Lima", "2031-12-30", tc.body))
			if d := diff(tc.talks, talksOf(r)); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
			if d := diff(tc.events, eventNames(r)); d != "" {
				t.Errorf("event names mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestHeadingNamesEvent(t *testing.T) {
	tests := []struct {
		heading string
		want    bool
	}{
		{"Queueconf", true},
		{"Porto Go Days", true},
		{"Globex Summit:", true},
		{"dotGo Summit", true},
		{"Day 2", false},
		{"The Workshop", false},
		{"First Meetup", false},
		{"Saturday Meetup", false},
		{"TypeScript Tips", false},
		{"Quiet Queues", false},
		{"Details", false},
		{"Handling Domain Events", false},
		{"Running Better Meetings", false},
		{"Rest Day", false},
		{"After Party", false},
		{"Day Trading: A Bot in Go", false},
		{"Meetup Night Recap", false},
		{"Tartu Rust Meetup 2031", true},
		{"Venue: Globex Summit", false},
		{"2031, my year as a speaker", false},
	}
	x := newExtraction(parseDoc(t, withFrontMatter("2031, my year as a speaker", "Ana Lima", "", "Hello.")))
	for _, tc := range tests {
		if got := x.headingNamesEvent(tc.heading); got != tc.want {
			t.Errorf("headingNamesEvent(%q) = %v, want %v", tc.heading, got, tc.want)
		}
	}
}

func TestTitleNameLikeSentenceCase(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Notes From the Spring Meetup", true},
		{"Tartu Gophers 2031", true},
		{"2031, my year as a speaker", false},
		{"2031, My year as a speaker", false},
		{"Ten web talks about design tools", false},
		{"Ghent functional programmers meetup, March 2031", true},
		{"Porto data engineering night #4", true},
		{"What happened when twenty of us met", false},
	}
	for _, tc := range tests {
		if got := titleNameLike(tc.title); got != tc.want {
			t.Errorf("titleNameLike(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestInlineQuotationIsQuoted(t *testing.T) {
	r := extractText(t, "q", withFrontMatter("Speaking at Riverfest", "Ana Lima", "2031-05-01",
		"Riverfest is a conference in Ghent. My talk was about <q>queues that drain themselves</q>."))
	got := talksOf(r)
	if len(got) != 1 || !strings.EqualFold(got[0].Title, "queues that drain themselves") {
		t.Errorf("talks = %+v, want the quoted title", got)
	}
}

func TestHeadingName(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"Queueconf:", "Queueconf"},
		{"Stop 1: Queueconf", "Queueconf"},
		{"Day 3 – Porto Go Days", "Porto Go Days"},
		{"Queueconf, May 3", "Queueconf"},
		{"Porto Go Days (March 2031)", "Porto Go Days"},
		{"Queueconf, Tartu", "Queueconf, Tartu"},
	}
	for _, tc := range tests {
		if got := headingName(tc.heading); got != tc.want {
			t.Errorf("headingName(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}

func TestDiaryRulesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		talks []talkView
	}{
		{
			name: "a second town in a section is not the heading's event",
			body: "## Queueconf\n\nQueueconf is a conference in Ghent. My talk was about “Quiet Queues”.\n\n" +
				"The day after, I took the train to Lyon and dropped in on the local Go meetup, where Bo Chen spoke about “Tracing Without Tears”.\n",
			talks: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Lyon"}},
			},
		},
		{
			name: "a phrase the writer quotes from someone else is no title",
			body: "Riverfest is a conference in Ghent. My talk was about “the boring parts of running queues”, as my manager put it.\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "diary", withFrontMatter("2031, my year as a speaker", "Ana Lima", "2031-12-30", tc.body))
			if d := diff(tc.talks, talksOf(r)); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
			for _, e := range r.Events {
				if e.Name == "Queueconf" && e.City != nil && *e.City != "Ghent" {
					t.Errorf("event %q placed in %q", e.Name, *e.City)
				}
			}
		})
	}
}

func TestDiaryTripAndTheSameTalkAgain(t *testing.T) {
	body := "## Queueconf\n\nQueueconf is a conference in Ghent. My session was about “Quiet Queues, and how to drain them before the weekend”.\n\n" +
		"## Porto Summit\n\nThe summit took place in Porto. My talk was about “Tracing Without Tears”.\n\n" +
		"## Harbour Week\n\nA short hop by rail this time.\nWith [Bo Chen][BC] and [Cara Diaz][CD] from my team\n" +
		"I went to [Harbour Week][HW] in Lyon.\n\nThere I gave my session on _Quiet Queues_ once more.\n\n" +
		"[BC]: https://example.org/bc\n[CD]: https://example.org/cd\n[HW]: https://example.org/hw\n"
	r := extractText(t, "diary", withFrontMatter("2031, my year as a speaker", "Ana Lima", "2031-12-30", body))
	want := []talkView{
		{Title: "Quiet Queues, and how to drain them before the weekend", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent", "Lyon"}},
		{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks mismatch (-want +got):\n%s", d)
	}
}

func TestNamedInDescriptionNeedsOneTalk(t *testing.T) {
	// two titled talks open with the same word: "my talk on Queues" names neither for sure
	body := "## Queueconf\n\nQueueconf is a conference in Ghent. My talk was about “Queues: the quiet kind”.\n\n" +
		"## Porto Summit\n\nThe summit took place in Porto. My talk was about “Queues - the loud kind”.\n\n" +
		"## Lyon Days\n\nLyon Days is a conference in Lyon. I gave my talk on Queues again.\n"
	r := extractText(t, "diary", withFrontMatter("2031, my year as a speaker", "Ana Lima", "2031-12-30", body))
	for _, tv := range talksOf(r) {
		if tv.Title != "" && len(tv.Cities) > 1 {
			t.Errorf("talk %+v took the Lyon talk, which may be either", tv)
		}
	}
}

func TestDescriptionEndsWhereAnotherSpeakerGoesOn(t *testing.T) {
	body := "The tour stopped in Tartu. My colleague Bo Chen gave an introduction to quiet queues and I continued with tracing and a call to action.\n"
	r := extractText(t, "tour", withFrontMatter("Queue tour notes", "", "2031-05-01", body))
	for _, tv := range talksOf(r) {
		if tv.Title == "" && len(tv.Speakers) == 1 && tv.Speakers[0] == "Bo Chen" && tv.Description != "an introduction to quiet queues" {
			t.Errorf("Bo Chen's talk described as %q, want %q", tv.Description, "an introduction to quiet queues")
		}
	}
	if len(talksOf(r)) == 0 {
		t.Errorf("no talk read")
	}
}
