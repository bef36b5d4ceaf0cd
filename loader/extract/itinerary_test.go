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
