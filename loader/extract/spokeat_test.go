package extract

import "testing"

func TestSpokeAtEventAboutTitle(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "a list of who spoke where about a linked deck",
			body: "Our folks were busy this spring.\n\n" +
				"* Ana Lima spoke at the Kettering Java User Group about [Quiet Queues Explained](https://speakerdeck.com/alima/quiet-queues).\n" +
				"* Bo Chen presented at the Groningen Rust Meetup about [Tracing Without Tears](https://youtu.be/abc123).",
			want: []talkView{
				{Title: "Quiet Queues Explained", Speakers: []string{"Ana Lima"}, Cities: []string{"Kettering"}, URL: "https://speakerdeck.com/alima/quiet-queues"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Groningen"}, URL: "https://youtu.be/abc123"},
			},
		},
		{
			name: "a large city inside a group's name places the event",
			body: "* Ana Lima spoke at the AWS Amsterdam User Group about [Quiet Queues Explained](https://speakerdeck.com/alima/quiet-queues).",
			want: []talkView{
				{Title: "Quiet Queues Explained", Speakers: []string{"Ana Lima"}, Cities: []string{"Amsterdam"}, URL: "https://speakerdeck.com/alima/quiet-queues"},
			},
		},
		{
			name: "a quoted title whose speakers are no people is a talk of no named speaker",
			body: "We enjoyed the talk \"Quiet Queues\" by Initechers.",
			want: []talkView{{Title: "Quiet Queues"}},
		},
		{
			name: "a link to a project's page after about is the topic, not the title",
			body: "Ana Lima talked about [Quiet Queues](https://example.org/projects/quiet-queues) and why it matters.",
			want: []talkView{
				{Description: "Quiet Queues and why it matters", Speakers: []string{"Ana Lima"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "spoke", recap(tc.body))
			if d := diff(tc.want, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestCityInEventName(t *testing.T) {
	tests := []struct {
		name, event, want string
	}{
		{"a town opening a group's name", "Kettering Java User Group", "kettering-gb"},
		{"a large city inside a group's name", "AWS Amsterdam User Group", "amsterdam-nl"},
		{"a large city ending a conference's name", "QuuxConf Amsterdam", "amsterdam-nl"},
		{"a small town inside a name is a word of it", "Agile Kettering Conference", ""},
		{"a common word opening a name is no town", "Reading Group Meetup", ""},
		{"a name with no city", "Reactive Systems Meetup", ""},
		{"a large city written without its 'City'", "QuuxConf Days New York", "new-york-city-us"},
		{"a city's last word is no city of its own", "Globex Days North Vancouver", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if c := cityInEventName(tc.event); c != nil {
				got = c.city.ID
			}
			if got != tc.want {
				t.Errorf("cityInEventName(%q) = %q, want %q", tc.event, got, tc.want)
			}
		})
	}
}
