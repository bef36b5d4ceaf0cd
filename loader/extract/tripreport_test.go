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
			body: "At the dinner, I spoke to many engineers from the north.",
		},
		{
			name: "talking to someone is a conversation",
			body: "I felt like I was simply talking to a friend at a table.",
		},
		{
			name: "telling or introducing one person is no talk",
			body: "Pavel Orr later told me he saw me fight the clicker. When Mira Sand introduced her on stage, the room went quiet.",
		},
		{
			name: "a chat with a speaker about a topic is no talk of theirs",
			body: "I had a great time with the other speakers, including a long chat with Oskar Lind about testing.",
		},
		{
			name: "ending up somewhere opens nothing",
			body: "I ended up falling asleep around 2 am.",
		},
		{
			name: "starting on one's slides opens nothing",
			body: "I started on my slide deck two months before the event.",
		},
		{
			name: "walking into a room is no walk through a topic",
			body: "Then I walked down into the big hall.",
		},
		{
			name: "a question states no talk",
			body: "I have written code for twenty years, so why did I never speak at a meetup before?",
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
		{"Monday: Arrival", true},
		{"Thursday - Showtime", true},
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
	body := "## Monday: Arrival\n\nI landed late and took the tram to the hotel.\n\n![The old town](old-town.jpg)\n"
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
	body := "Next up was a session on profilers by Ada Louth.\n\nLouth proposed a way to record what a program does."
	r := extractText(t, "post", recap(body))
	for _, e := range eventsOf(r) {
		if e.City != "" {
			t.Errorf("event in %q, want no city", e.City)
		}
	}
	r = extractText(t, "post", recap("Our meetup met in Louth, next to the station."))
	if got := eventsOf(r); len(got) != 1 || got[0].City != "Louth" {
		t.Errorf("events %+v, want one in Louth", got)
	}
}
