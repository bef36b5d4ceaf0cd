package extract

import "testing"

func TestMeetupGroupCity(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "an archive whose meetups link to one group's meetup.com pages: the group's town",
			body: "* [12th Meetup](https://www.meetup.com/Porto-Gophers/events/1/)\n  * Ana Lima on [Quiet Queues](https://example.org/q)\n" +
				"* [11th Meetup](https://www.meetup.com/Porto-Gophers/events/2/)\n  * Bo Chen on [Tracing Without Tears](https://example.org/t)\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}, URL: "https://example.org/q"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}, URL: "https://example.org/t"},
			},
		},
		{
			name: "a town of two words in the group's address, by another of its names",
			body: "* [March](https://www.meetup.com/new-york-queue-meetup-group/events/1/)\n  * Ana Lima on [Quiet Queues](https://example.org/q)\n" +
				"* [April](https://www.meetup.com/new-york-queue-meetup-group/events/2/)\n  * Bo Chen on [Tracing Without Tears](https://example.org/t)\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"New York City"}, URL: "https://example.org/q"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, Cities: []string{"New York City"}, URL: "https://example.org/t"},
			},
		},
		{
			name: "two groups' pages: no one town",
			body: "* [March](https://www.meetup.com/Porto-Gophers/events/1/)\n  * Ana Lima on [Quiet Queues](https://example.org/q)\n" +
				"* [April](https://www.meetup.com/Ghent-Gophers/events/2/)\n  * Bo Chen on [Tracing Without Tears](https://example.org/t)\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, URL: "https://example.org/q"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, URL: "https://example.org/t"},
			},
		},
		{
			name: "a group that meets online, and a state's group, are in no town",
			body: "* [March](https://www.meetup.com/Porto-Queues-Online/events/1/)\n  * Ana Lima on [Quiet Queues](https://example.org/q)\n" +
				"* [April](https://www.meetup.com/Porto-Queues-Online/events/2/)\n  * Bo Chen on [Tracing Without Tears](https://example.org/t)\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, URL: "https://example.org/q"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, URL: "https://example.org/t"},
			},
		},
		{
			name: "a group named by no town",
			body: "* [March](https://www.meetup.com/Queue-Lovers-Club/events/1/)\n  * Ana Lima on [Quiet Queues](https://example.org/q)\n" +
				"* [April](https://www.meetup.com/Queue-Lovers-Club/events/2/)\n  * Bo Chen on [Tracing Without Tears](https://example.org/t)\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, URL: "https://example.org/q"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, URL: "https://example.org/t"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "archive", withFrontMatter("Meetups", "", "", tc.body))
			if d := diff(tc.want, talksOf(r)); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestMeetupGroup(t *testing.T) {
	tests := []struct {
		href, want string
		ok         bool
	}{
		{"https://www.meetup.com/Porto-Gophers/events/123/", "Porto-Gophers", true},
		{"https://www.meetup.com/de-DE/Porto-Gophers/", "Porto-Gophers", true},
		{"https://www.meetup.com/pt-BR/Porto-Gophers/events/1", "Porto-Gophers", true},
		{"https://meetup.com/Porto-Gophers?x=1", "Porto-Gophers", true},
		{"https://www.meetup.com/topics/golang/", "", false},
		{"https://example.org/meetups/porto", "", false},
	}
	for _, tc := range tests {
		got, ok := meetupGroup(tc.href)
		if got != tc.want || ok != tc.ok {
			t.Errorf("meetupGroup(%q) = %q, %v, want %q, %v", tc.href, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFrontMatterPlaceOfARecap(t *testing.T) {
	tests := []struct {
		name, front, body string
		want              []talkView
	}{
		{
			name:  "a recap's front matter says where: its one event is there",
			front: "---\ntitle: \"Qjam 2031: Queues and Lots of New Friends\"\nauthor: Ana Lima\nplace: Porto, Portugal\n---\n\n",
			body: "Hello everyone.\n\n## Qjam 2031\n\nAs soon as I got to Qjam I received a t-shirt from the organizers.\n\n" +
				"## The talks\n\nWe started the day with Bo Chen talking about tracing without tears. Then Cara Diaz talked about quiet queues.\n",
			want: []talkView{
				{Description: "tracing without tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}},
				{Description: "quiet queues", Speakers: []string{"Cara Diaz"}, Cities: []string{"Porto"}},
			},
		},
		{
			name:  "a post that places its event itself keeps it",
			front: "---\ntitle: \"Notes from the road\"\nauthor: Ana Lima\nlocation: Porto, Portugal\n---\n\n",
			body:  "The meetup took place in Ghent. Bo Chen talked about tracing without tears.\n",
			want: []talkView{
				{Description: "tracing without tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Ghent"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "recap", tc.front+tc.body)
			if d := diff(tc.want, talksOf(r)); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestSpokeAtList(t *testing.T) {
	tests := []struct {
		name, body string
		want       []eventView
	}{
		{
			name: "a list of the events the writer spoke at, each with its town",
			body: "These are the conferences where I spoke in 2031:\n\n* [Queueconf, Tartu](https://queueconf.example.org/)\n* [Porto Go Days, Porto](https://pgd.example.org/)\n* RiverJS, Ghent\n",
			want: []eventView{{City: "Tartu"}, {City: "Porto"}, {City: "Ghent"}},
		},
		{
			name: "events attended without a talk",
			body: "Meetups I only went to as a listener, and did not speak at:\n\n* Queueconf, Tartu\n* Porto Go Days, Porto\n",
		},
		{
			name: "events the writer hopes to speak at",
			body: "Conferences I want to speak at this year:\n\n* Queueconf, Tartu\n* Porto Go Days, Porto\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "review", withFrontMatter("Speaking review 2031", "", "2032-01-04", tc.body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("events mismatch (-want +got):\n%s", d)
			}
		})
	}
}
