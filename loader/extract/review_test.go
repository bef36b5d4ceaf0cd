package extract

import "testing"

// TestRulesDoNotMisfire holds sentences a reviewer wrote against the rules of this round:
// each rule reads its own shape, and none of these.
func TestRulesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		want   []talkView
	}{
		{
			name:   "a dated line where a named speaker is presenting is theirs, not the writer's",
			author: "Mia Berg",
			body:   "- March 3rd, 2031: Tartu.js - Ana Lima presenting “Quiet Queues”\n- April 9th, 2031: Riga JUG - Bo Chen giving a talk on “Fuzzing the Parser”\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name:   "an engagement that names its speakers is not the writer's",
			author: "Mia Berg",
			body:   "- Presenting at the Riga Go Meetup on 12 June: Cy Dunn\n",
			want:   nil,
		},
		{
			name:   "a card of a meetup's talk on a named writer's post is not the writer's",
			author: "Mia Berg",
			body:   "## May 20\n\n- **Event**: Go Porto Meetup\n- **Location**: Initech, Porto\n- **Talk**: Quiet Queues in Practice\n",
			want:   []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{}, Cities: []string{"Porto"}}},
		},
		{
			name: "agenda titles with organizing or attendance in them are talks",
			body: "## Agenda\n\n- 19:00 Organizing Go Code - Ana Lima\n- 19:40 Predicting Attendance - Bo Chen\n",
			want: []talkView{
				{Title: "Organizing Go Code", Speakers: []string{"Ana Lima"}},
				{Title: "Predicting Attendance", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a title without marks after titled stops before where and when",
			body: "Ana Lima gave a talk titled Go Generics in Tartu last week.",
			want: []talkView{{Title: "Go Generics", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name: "a heading that ends in a plural event word is still a title",
			body: "## Handling Domain Events\n\nAna Lima explained how she models domain events in her team.",
			want: []talkView{{Title: "Handling Domain Events", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "what teams want to do is no wish of the writer's",
			body: "## Quiet Queues in Practice\n\nAna Lima explained why most teams want to avoid shared state.",
			want: []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "the last of a possessive list stops before a relative clause",
			body: "My favourite talks were Ana Lima's talk on Quiet Queues, Bo Chen's on Fuzzing the Parser, and Cy Dunn's on Rust which was great fun.",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
				{Title: "Rust", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "days of the week are no titles of a possessive list",
			body: "Ana Lima's talk on Monday and Bo Chen's on Tuesday were both packed.",
			want: []talkView{{Description: "Monday", Speakers: []string{"Ana Lima"}}, {Description: "Tuesday", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a quoted case or demo is no talk",
			body: "In the “Hello World” case, nothing breaks. We tried the “Start Now” demo from the docs.",
			want: nil,
		},
		{
			name: "doing a review is no talk",
			body: "Bo Chen was doing a quick review of the pull requests.",
			want: nil,
		},
		{
			name: "a name on where to find them is no talk",
			body: "- Ana Lima on Mastodon and Bluesky\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Notes from the community", tt.author, "2031-03-01", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks differ (-want +got)\n%s", tt.body, d)
			}
		})
	}
}

// TestPlacesDoNotMisfire holds sentences that name places where no event was.
func TestPlacesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		published string
		body      string
		events    []eventView
	}{
		{
			name:   "someone spoken to in a city is no event there",
			title:  "Go Porto, March",
			body:   "The meetup took place in Porto on March 3, hosted by Initech. Afterwards I talked to an old colleague from Berlin about Go, and I spoke to a recruiter in Madrid on the phone.",
			events: []eventView{{City: "Porto", Date: "2031-03-03", Host: "Initech"}},
		},
		{
			name:      "glad to have seen you is no invitation to come",
			published: "2031-03-20",
			body:      "It was great to see you all at the meetup in Porto on March 3.",
			events:    []eventView{{City: "Porto", Date: "2031-03-03"}},
		},
		{
			name:   "home after a tour, and a delay on the way, are no stops",
			title:  "Our Roadshow",
			body:   "Our roadshow took us to Lisbon and Porto. After the last stop I returned to Berlin, where I live. My trip was delayed in Frankfurt for six hours.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}},
		},
		{
			name:   "days spent in cities are no series of events",
			body:   "We spent three days in Porto and Lisbon before the conference season started.",
			events: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := tt.published
			if published == "" {
				published = "2031-03-01"
			}
			title := tt.title
			if title == "" {
				title = "Notes from the community"
			}
			r := extractText(t, "post", withFrontMatter(title, "", published, tt.body))
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events differ (-want +got)\n%s", tt.body, d)
			}
		})
	}
}

func TestSlashDay(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"10/19 Sat", true},
		{"19/10/2031", true},
		{"50/50", false},
		{"13/13", false},
		{"24/7 support", false},
	}
	for _, tt := range tests {
		if got := dateOnly(tt.text); got != tt.want {
			t.Errorf("dateOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
