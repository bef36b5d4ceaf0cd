package extract

import (
	"testing"
)

func TestTalkPageDetails(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		talks []talkView
	}{
		{
			name:  "a talk heading, its details, then the events where it was given",
			title: "Talks",
			body: "## Quiet Queues in Practice\n\n[proposal]\n\n25-45 min\n\nLevel: intermediate\n\nGiven at:\n\n" +
				"- Gophers Utrecht, Utrecht, 2025-03-12\n- DevNight Kraków, Kraków, 14 May 2025\n- Cloud Native Lyon (Lyon, June 2025)\n\n" +
				"## Tracing in the Small\n\n30 min\n\n- Linux Group Tampere, Tampere, 2024-11-02\n",
			talks: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Isolde Varga"}, Cities: []string{"Utrecht", "Kraków", "Lyon"}},
				{Title: "Tracing in the Small", Speakers: []string{"Isolde Varga"}, Cities: []string{"Tampere"}},
			},
		},
		{
			name:  "a page of one talk whose title says no talks: the details make the heading a talk's",
			title: "Quiet Queues in Practice",
			body:  "## Quiet Queues in Practice\n\n[accepted]\n\nDuration: 40 min\n\nPresented at:\n\n- Platform Meetup Lisbon (Lisbon, 2025-09-18)\n- SRE Night Zürich, Zürich, October 2025\n",
			talks: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Isolde Varga"}, Cities: []string{"Lisbon", "Zürich"}},
			},
		},
		{
			name:  "details as the first items of the list of events",
			title: "Talks",
			body:  "### Quiet Queues in Practice\n\n- Level: beginner\n- 30 min\n- Gophers Utrecht, Utrecht, 2025-03-12\n- DevNight Kraków, Kraków, 14 May 2025\n",
			talks: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Isolde Varga"}, Cities: []string{"Utrecht", "Kraków"}},
			},
		},
		{
			name:  "a heading over a plain list, with no details and no talks page, is no talk",
			title: "Trip notes",
			body:  "## Where we ate\n\n- Cafe Lume, Lisbon, 2025-09-18\n- Bistro Nord, Zürich, October 2025\n",
			talks: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "talkpage", withFrontMatter(tt.title, "Isolde Varga", "", tt.body))
			got := talksOf(r)
			for i := range got {
				got[i].URL = ""
			}
			if d := diff(tt.talks, got); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tt.body, d)
			}
		})
	}
}

func TestTalkDetails(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"[proposal]", true},
		{"25-45 min", true},
		{"(30 minutes)", true},
		{"Level: intermediate", true},
		{"Language: English", true},
		{"Given at:", true},
		{"Presented at", true},
		{"Level: intermediate\n30 min", true},
		{"We had a great evening.", false},
		{"Speaker: Isolde Varga", false},
		{"45 people came", false},
	}
	for _, tt := range tests {
		doc := parseDoc(t, tt.text+"\n")
		if got := talkDetails(doc.Blocks[0]); got != tt.want {
			t.Errorf("talkDetails(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
