package extract

import "testing"

// TestTripReportSentencesThatStateNoTalk covers the sentences of a first-person trip report that
// use a verb of speaking or opening without stating a talk, beside the ones that do.
func TestTripReportSentencesThatStateNoTalk(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "speaking to people is a conversation",
			body: "At the boat party I spoke to many engineers from the north.",
		},
		{
			name: "talking to someone is a conversation",
			body: "Most of the day I was talking to people at our booth.",
		},
		{
			name: "telling or introducing one person is no talk",
			body: "Pavel Orr told me the coffee ran out by ten. Before the break Mira Sand introduced her to the organisers.",
		},
		{
			name: "a chat with a speaker about a topic is no talk of theirs",
			body: "Between sessions the speakers met in the lounge, and I had a long chat with Oskar Lind about testing.",
		},
		{
			name: "ending up somewhere opens nothing",
			body: "I ended up missing the last tram home.",
		},
		{
			name: "starting on one's notes opens nothing",
			body: "I started on my notes three weeks ahead of the meetup.",
		},
		{
			name: "walking into a room is no walk through a topic",
			body: "After lunch I walked over into the second building.",
		},
		{
			name: "a question states no talk",
			body: "So where do I find the courage to speak at a meetup?",
		},
		{
			name: "speaking to a room about a topic is a talk",
			body: "Nadia Kerr spoke to a full room about property testing.",
			want: []talkView{{Description: "to a full room about property testing", Speakers: []string{"Nadia Kerr"}}},
		},
		{
			name: "talking to us about a topic is a talk",
			body: "Tiro Lanes talked to us about design systems.",
			want: []talkView{{Description: "to us about design systems", Speakers: []string{"Tiro Lanes"}}},
		},
		{
			name: "walking us through a topic is a talk",
			body: "Then Bo Chen walked us through the new release.",
			want: []talkView{{Description: "new release", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "opening the day with a keynote is a talk",
			body: "Ines Varga kicked off the day with a keynote on observability.",
			want: []talkView{{Description: "off the day with a keynote on observability", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a title that asks keeps its sentence a statement",
			body: "Ana Lima spoke about \"Is Go Boring Now?\"",
			want: []talkView{{Title: "Is Go Boring Now?", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("My week at Harbourconf", "Dana Whitfield", "2024-05-10", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

// TestDiaryHeadingsTitleNoTalk covers the headings of a trip report's days.
func TestDiaryHeadingsTitleNoTalk(t *testing.T) {
	tests := []struct {
		heading string
		want    bool
	}{
		{"Monday: Check-in", true},
		{"Thursday - Demo Day", true},
		{"Day 2 – The Hallway Track", true},
		{"Day one: Workshops", true},
		{"Friday, the way home", true},
		{"Sunday Brunch Patterns in Go", false},
		{"Tracing at Scale: Lessons Learned", false},
		{"Day of the Gopher: A Retrospective", false},
	}
	for _, tt := range tests {
		if got := diaryHeading(tt.heading); got != tt.want {
			t.Errorf("diaryHeading(%q) = %v, want %v", tt.heading, got, tt.want)
		}
	}
	body := "## Tuesday: Getting There\n\nI landed late and took the tram to the hotel.\n\n![The harbour](harbour.jpg)\n"
	r := extractText(t, "post", withFrontMatter("My week at Harbourconf", "Dana Whitfield", "2024-05-10", body))
	if got := talksOf(r); len(got) != 0 {
		t.Errorf("a diary day's heading gave talks %+v", got)
	}
}

// TestWordsOfOtherLanguagesAreNoCities covers posts in other languages whose sentences open
// with a word that GeoNames also gives as a town.
func TestWordsOfOtherLanguagesAreNoCities(t *testing.T) {
	tests := []struct {
		name, body string
	}{
		{"Polish", "Byłem na konferencji.\n\nOd razu zacząłem pisać notatki.\n\nSala była pełna."},
		{"French", "Une belle journée.\n\nSeul le premier jour était calme."},
		{"French possessive", "Le projet est né l'an dernier. Son but ? Réunir les curieux autour des données."},
		{"German", "Von allen Vorträgen war dieser der beste."},
		{"English words GeoNames gives to a city", "Soul music played in the break.\n\nLog files were the theme of the day."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Harbourconf 2024", "", "2024-05-10", tt.body))
			for _, e := range eventsOf(r) {
				if e.City != "" {
					t.Errorf("event in %q, want no city", e.City)
				}
			}
		})
	}
}

// TestCommonWordAfterTo covers a word that is also a town after "to": a place after a verb
// of going, a topic after any other word.
func TestCommonWordAfterTo(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"after travelled to, a town", "Last week we travelled to Reading for the meetup.", "Reading"},
		{"on the way to, a town", "We were on our way to Reading for the meetup when the train stopped.", "Reading"},
		{"devoted to, a topic", "Only two sessions were devoted to Spring this year.", ""},
		{"an introduction to, a topic", "Ana Lima gave an introduction to Julia for newcomers.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			got := ""
			for _, e := range eventsOf(r) {
				if e.City != "" {
					got = e.City
				}
			}
			if got != tt.want {
				t.Errorf("city %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFamilyNameOpeningASentenceIsNoTown covers a person's family name that is also a town,
// used alone after the post named the person in full.
func TestFamilyNameOpeningASentenceIsNoTown(t *testing.T) {
	body := "The last session, on caching, was by Ida Lowell.\n\nLowell showed how a cache forgets."
	r := extractText(t, "post", recap(body))
	for _, e := range eventsOf(r) {
		if e.City != "" {
			t.Errorf("event in %q, want no city", e.City)
		}
	}
	r = extractText(t, "post", recap("Our meetup met in Lowell, next to the station."))
	if got := eventsOf(r); len(got) != 1 || got[0].City != "Lowell" {
		t.Errorf("events %+v, want one in Lowell", got)
	}
}
