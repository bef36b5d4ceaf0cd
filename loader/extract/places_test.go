package extract

import (
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestReadPlaceLine(t *testing.T) {
	type view struct {
		Name, City, Date string
	}
	tests := []struct {
		name string
		line string
		want *view // nil: not a place line
	}{
		{"a venue, a city and a date after a dash", "Hall 3, Ghent - Tue 4 March 2025", &view{"Hall 3", "Ghent", "2025-03-04"}},
		{"an event, a city, a country and a dotted date with material notes",
			"FooConf, Tartu, Estonia (19.05.2017) (slides, video)", &view{"FooConf", "Tartu", "2017-05-19"}},
		{"a country of two words after the city", "Gophers Night, Prague, Czech Republic (4.11.2021)", &view{"Gophers Night", "Prague", "2021-11-04"}},
		{"a city and a day without a year take the post's year", "Turku: April 3", &view{"", "Turku", "2021-04-03"}},
		{"a city, a comma and a day", "New York, April 12", &view{"", "New York", "2021-04-12"}},
		{"the date first", "4 March 2025 | Hall 3, Ghent", &view{"Hall 3", "Ghent", "2025-03-04"}},
		{"a city alone before the date", "Leuven - Thu 6 March 2025", &view{"", "Leuven", "2025-03-06"}},
		{"a city written with an abbreviated saint", "DevDays, St. Petersburg (3.06.2016)", &view{"DevDays", "St. Petersburg", "2016-06-03"}},
		{"a weekday that is also a town is the date's", "Quillworks, Kontich - Wed 26 February 2025", &view{"Quillworks", "Kontich", "2025-02-26"}},
		{"an event named after its city, then the date and linked material",
			"Gophers Tartu Meetup, November 1st 2025. [Slides] [Recording].", &view{"Gophers Tartu Meetup", "Tartu", "2025-11-01"}},
		{"a name with a city that is no event's is no place line", "Ana Lima of Tartu, November 1st 2025", nil},
		{"a sentence with a city and a date is no place line", "We all met again in Ghent on 4 March 2025", nil},
		{"a city without a date is no place line", "Hall 3, Ghent", nil},
		{"words after the date make it no place line", "Ghent, 4 March 2025, where Ana Lima spoke about queues", nil},
		{"a long lower-case phrase before the city is no name", "the meetup we ran with friends in Ghent - 4 March 2025", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, s := firstSentence(t, tt.line)
			x.published = time.Date(2021, 5, 10, 0, 0, 0, 0, time.UTC)
			pl, ok := x.readPlaceLine(lineSentence(x.doc.Blocks[0], x.doc.Blocks[0].Lines()[0], 0))
			_ = s
			var got *view
			if ok {
				got = &view{pl.name, pl.city.written, pl.date}
			}
			if d := diff(tt.want, got); d != "" {
				t.Errorf("readPlaceLine(%q) mismatch (-want +got):\n%s", tt.line, d)
			}
		})
	}
}

func TestPlacedItems(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		events []eventView
		talks  []talkView
	}{
		{
			name: "an archive item gives its title, then venue, city and date, with its talks nested",
			body: "- [Queues and Logs](https://events.example.org/1)\n  Quillworks, Ghent - Tue 4 March 2025\n" +
				"  - Queues at scale by Ana Lima\n  - Logs without tears by Bo Chen\n" +
				"- [Spring evening](https://events.example.org/2)\n  Leuven - Thu 3 April 2025\n" +
				"  - Typed pipelines by Mara Quist\n",
			events: []eventView{{City: "Ghent", Date: "2025-03-04", Host: "Quillworks"}, {City: "Leuven", Date: "2025-04-03"}},
			talks: []talkView{
				{Title: "Queues at scale", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}},
				{Title: "Logs without tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Ghent"}},
				{Title: "Typed pipelines", Speakers: []string{"Mara Quist"}, Cities: []string{"Leuven"}},
			},
		},
		{
			name:   "a place line alone over the evening's talks",
			body:   "- Quillworks, Ghent - Tue 4 March 2025\n  - Queues at scale by Ana Lima\n",
			events: []eventView{{City: "Ghent", Date: "2025-03-04", Host: "Quillworks"}},
			talks:  []talkView{{Title: "Queues at scale", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}}},
		},
		{
			name:   "a speaker's list of talks, each over the events it was given at",
			author: "Olu Bade",
			body: "- Lock-free queues (slides, video)\n  - FooConf, Tartu, Estonia (19.05.2017) (slides)\n" +
				"  - Gophers User Group, Turku, Finland (4.11.2017) (event)\n" +
				"- Counting sheep, fast\n  - FooConf, Tartu, Estonia (19.05.2017)\n",
			events: []eventView{{City: "Tartu", Date: "2017-05-19"}, {City: "Turku", Date: "2017-11-04"}},
			talks: []talkView{
				{Title: "Lock-free queues", Speakers: []string{"Olu Bade"}, Cities: []string{"Tartu", "Turku"}},
				{Title: "Counting sheep, fast", Speakers: []string{"Olu Bade"}, Cities: []string{"Tartu"}},
			},
		},
		{
			name:   "a list of places and days is the stops of a tour",
			body:   "Here is where we stop:\n\n- Turku : May 3\n- Tartu, May 5\n- New York, May 9\n",
			events: []eventView{{City: "Turku", Date: "2021-05-03"}, {City: "Tartu", Date: "2021-05-05"}, {City: "New York", Date: "2021-05-09"}},
		},
		{
			name: "a list of events named after their cities, with dates and slides",
			body: "- [Gophers Tartu Meetup](https://events.example.org/1), November 1st 2025. [[Slides]](https://slides.example.org/1)\n" +
				"- Turku Go Night - 3 October 2025. [Slides](https://slides.example.org/2)\n",
			events: []eventView{{City: "Tartu", Date: "2025-11-01"}, {City: "Turku", Date: "2025-10-03"}},
		},
		{
			name:   "one place line alone in a list is no series",
			body:   "- Turku : May 3\n- Bring a laptop\n",
			events: nil,
		},
		{
			name:   "a heading with its place on the line below is the section's event",
			body:   "## Spring evening\n\nQuillworks, Ghent - Tue 4 March 2025\n\n- Queues at scale by Ana Lima\n",
			events: []eventView{{City: "Ghent", Date: "2025-03-04", Host: "Quillworks"}},
			talks:  []talkView{{Title: "Queues at scale", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			author := tt.author
			if author == "" {
				author = "NimbusOps"
			}
			r := extractText(t, "places", withFrontMatter("Notes from the community", author, "2021-05-10", tt.body))
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tt.body, d)
			}
			if d := diff(tt.talks, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tt.body, d)
			}
		})
	}
}

func TestFrontMatterHostOfPlacedEvent(t *testing.T) {
	tests := []struct {
		name, host string
		want       []eventView
	}{
		{"the front matter's host hosts the one event the body places", "Quillworks", []eventView{{City: "Ghent", Host: "Quillworks"}}},
		{"a person's slug as host hosts nothing", "mara_quist", []eventView{{City: "Ghent"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: February meeting\nhost: " + tt.host + "\n---\n\n- Queues at scale by Ana Lima\n\n## Venue\n\nThe Hall, 10 South Place\nGhent\n"
			r := extractText(t, "hosted", src)
			if d := diff(tt.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", src, d)
			}
		})
	}
}

func TestFeatureLines(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		events []eventView
		talks  []talkView
	}{
		{
			name: "a date, a venue and who was featured, the year from the section's heading",
			body: "## 2023\n\n- October 25th @ Quillworks ft., Ana Lima\n- August 3rd at Northwind featuring Bo Chen and Mara Quist\n" +
				"- June 1st @ Quillworks ft., Ana Lima\n",
			events: []eventView{{Date: "2023-10-25", Host: "Quillworks"}, {Date: "2023-08-03", Host: "Northwind"}, {Date: "2023-06-01", Host: "Quillworks"}},
			talks: []talkView{
				{Speakers: []string{"Ana Lima"}, Cities: []string{"-"}},
				{Speakers: []string{"Bo Chen", "Mara Quist"}, Cities: []string{"-"}},
				{Speakers: []string{"Ana Lima"}, Cities: []string{"-"}},
			},
		},
		{
			name:   "a line featuring no one's name is no talk",
			body:   "- October 25th @ Quillworks ft., pizza and drinks\n",
			events: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "features", withFrontMatter("Past events", "NimbusOps", "2024-01-10", tt.body))
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tt.body, d)
			}
			if d := diff(tt.talks, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tt.body, d)
			}
		})
	}
}

func TestGroupNamedCity(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []eventView
	}{
		{
			name: "a group named with its city last places a post that names no other place",
			body: "The evening opened with a welcome by the lead of the Cloud User Group Oslo. Jonas Whitfield gave a talk about the migration.",
			want: []eventView{{City: "Oslo"}},
		},
		{
			name: "a meetup named with its city last places the post's talks",
			body: "Welcome to the Kotlin Meetup Oslo recap. Jonas Whitfield gave a talk about coroutines.",
			want: []eventView{{City: "Oslo"}},
		},
		{
			name: "a group's city does not place a post that names another city",
			body: "The Cloud User Group Oslo met in Bergen this time. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a group's city places nothing in a post without talks",
			body: "The Cloud User Group Oslo is looking for speakers.",
			want: nil,
		},
		{
			name: "a group named by its city and a tag in one word places the post's talks",
			body: "Welcome to the recap of the fourth PyBergen meetup. Jonas Whitfield gave a talk about the migration.",
			want: []eventView{{City: "Bergen"}},
		},
		{
			name: "a one-word name whose city part is short or a common word places nothing",
			body: "Welcome to the recap of the fourth GoRome meetup and the ReactMobile talks. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a city before the word meetup names the post's group",
			body: "Our Bergen meetup was a blast. Jonas Whitfield gave a talk about the migration.",
			want: []eventView{{City: "Bergen"}},
		},
		{
			name: "a city before the word chapter names the post's group",
			body: "The Bergen chapter met on Tuesday. Jonas Whitfield gave a talk about the migration.",
			want: []eventView{{City: "Bergen"}},
		},
		{
			name: "a city inside a longer name before the word meetup names no group",
			body: "The Northwind Bergen meetup was a blast. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a heading that is a common word is no city",
			body: "## Tour\n\nWe had a tour of the office first. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "groups", recap(tc.body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestOtherFutureEvent(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []eventView
	}{
		{
			name: "another conference to come places no event",
			body: "Our meetup took place in Oslo on May 6, 2021. Jonas Whitfield gave a talk about the migration. We hope to bring the talk to NordConf in Bergen next spring.",
			want: []eventView{{City: "Oslo", Date: "2021-05-06"}},
		},
		{
			name: "the post's own series to come is still an event",
			body: "Our meetup took place in Oslo on May 6, 2021. Jonas Whitfield gave a talk about the migration. The next Oslo meetup will take place in Bergen.",
			want: []eventView{{City: "Oslo", Date: "2021-05-06"}, {City: "Bergen"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "future", recap(tc.body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestCityPhrases(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []eventView
	}{
		{
			name: "a capitalized article and a common noun are no city",
			body: "Jonas Whitfield gave a talk about payments. The bank opened a new data centre last year.",
			want: nil,
		},
		{
			name: "where a speaker is based is not where the event is",
			body: "Our meetup took place in Oslo on May 6, 2021. Mara Ellison, a designer based in Bergen, gave a talk about prototypes.",
			want: []eventView{{City: "Oslo", Date: "2021-05-06"}},
		},
		{
			name: "where a speaker works is not where the event is",
			body: "Mara Ellison is a Staff Engineer at Harbour Data in Groningen. She gave a talk about prototypes at our meetup.",
			want: nil,
		},
		{
			name: "an event at an organization in a city is in that city",
			body: "Our meetup took place at Harbour Data in Groningen. Mara Ellison gave a talk about prototypes.",
			want: []eventView{{City: "Groningen", Host: "Harbour Data"}},
		},
		{
			name: "the city of a city places the meetup",
			body: "This month our meetup went to the lovely city of Bergen. Jonas Whitfield gave a talk about the migration.",
			want: []eventView{{City: "Bergen"}},
		},
		{
			name: "the City of a city is an organization",
			body: "Jonas Whitfield from the City of Bergen gave a talk about the migration.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "cities", recap(tc.body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

// TestDateOnlyAgrees checks that dateOnly, reading the words of text in place, answers as it
// did when it split them out of a lower-case copy.
func TestDateOnlyAgrees(t *testing.T) {
	split := func(text string) bool {
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) == 0 || len(words) > 8 {
			return false
		}
		for _, w := range words {
			if !dateWords[w] && !isDigits(strings.TrimRight(w, "stndrh")) {
				return false
			}
		}
		return dateIn(text, time.Time{}) != "" || monthDay.MatchString(text) || dayMonth.MatchString(text) || slashDay(text)
	}
	for _, text := range []string{"", "Tue 4 March 2025", "(19.05.2017)", ": April 3", "4TH OF JULY 2031", "3rd May", "May 3RD",
		"Mon Tue Wed Thu Fri Sat Sun 4 May", "Mon Tue Wed Thu Fri Sat Sun 4 May 2031", "İ 4 May", "4 Mäi", "Oslo, May 4", "10/19", "May",
		"２０３１ May 4", "4-5 May", "-- 4 may --"} {
		if got, want := dateOnly(text), split(text); got != want {
			t.Errorf("dateOnly(%q) = %v, want %v", text, got, want)
		}
	}
}
