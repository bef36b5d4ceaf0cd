package extract

import "testing"

func TestTemplateCalls(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  []talkView
	}{
		{
			name:  "a Hugo talk shortcode with the event, city and month in one attribute",
			title: "Ana Lima - Talks",
			body:  "## Talks\n\n{{< talk title=\"Tracing Without Tears\" subtitle=\"Gopher Days 2019, Lisbon, May 2019\" slides=\"https://speakerdeck.com/alima/tracing\" >}}\n\nWhat the talk was about.\n\n{{< /talk >}}\n",
			want:  []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Lisbon"}, URL: "https://speakerdeck.com/alima/tracing"}},
		},
		{
			name:  "a shortcode that names its speakers and place",
			title: "Program",
			body:  "{{< session title='Fuzzing the Parser' speakers='Bo Chen, Carla Souza' location='Porto, Portugal' >}}\n",
			want:  []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen", "Carla Souza"}, Cities: []string{"Porto"}}},
		},
		{
			name:  "a Liquid include of a talk with a handle",
			title: "Program",
			body:  "{% include talk.html title=\"Kotlin im Backend\" speaker=\"@lfischer\" event=\"JUG Nimbus 2022\" %}\n",
			want:  []talkView{{Title: "Kotlin im Backend", Speakers: []string{"lfischer"}, Cities: []string{"-"}}},
		},
		{
			name:  "an include of any name whose attributes state a talk: a headline, and the speakers on the line under it",
			title: "Past meetups",
			body: "Our meetups so far.\n\n{% include teaser.html headline=\"Quiet Queues in Practice\" subline=\"Ana Lima (Staff Engineer, Initech)\" slides=\"https://speakerdeck.com/alima/queues\" %}\n\n" +
				"{% include teaser.html headline=\"Tracing Without Tears\" subline=\"Bo Chen & Cara Diaz\" video=\"https://youtu.be/abc123\" %}\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, URL: "https://speakerdeck.com/alima/queues"},
				{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen", "Cara Diaz"}, URL: "https://youtu.be/abc123"},
			},
		},
		{
			name:  "an include with a headline and no speaker nor material states no talk",
			title: "Past meetups",
			body:  "Our meetups so far.\n\n{% include teaser.html headline=\"Join Us Next Month\" subline=\"Ana Lima (Initech)\" %}\n",
			want:  nil,
		},
		{
			name:  "an include of a video with a title and no speaker is no talk",
			title: "Porto Go Days in pictures",
			body:  "Our week in pictures.\n\n{% include youtube.html title=\"Porto Go Days aftermovie\" video=\"https://youtu.be/abc123\" %}\n",
			want:  nil,
		},
		{
			name:  "a shortcode that is no talk",
			title: "Program",
			body:  "{{< figure title=\"Tracing Without Tears\" src=\"/img/a.png\" >}}\n",
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "", "", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}
