package extract

import "testing"

func TestMergeTalks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
	}{
		{
			name: "an agenda line and the section about the same talk are one talk with the longer title",
			body: "## Session 1\n\nTracing Without Tears - a field report.\n\nAna Lima talked about tracing in production.\n\n" +
				"## Schedule\n\n18:30 - Tracing Without Tears with Ana Lima  \n19:30 - Fuzzing the Parser with Bo Chen  \n20:30 - Drinks\n",
			want: []speakersView{
				{Title: "Tracing Without Tears - a field report", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a sentence about a speaker joins her one titled talk",
			body: "Here is the agenda:\n\n- Tracing Without Tears by Ana Lima (Initech)\n\nAna Lima talked about tracing in production and what it costs.\n",
			want: []speakersView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a speaker with two titled talks keeps a third, untitled one apart",
			body: "Here is the agenda:\n\n- Tracing Without Tears by Ana Lima (Initech)\n- Fuzzing the Parser by Ana Lima (Initech)\n\nAna Lima also talked about her garden.\n",
			want: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Ana Lima"}},
				{Title: "", Speakers: []string{"Ana Lima"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTourStops(t *testing.T) {
	body := "We started the tour in Lisbon and drove to Porto the next day. We wrapped up in Braga, then flew home to Faro.\n\n" +
		"We also took the chance to see friends in Coimbra before flying back.\n\n" +
		"We presented alongside Ana Lima, who talked about tracing in production.\n"
	tests := []struct {
		name  string
		title string
		want  []talkView
	}{
		{
			name:  "a talk of a tour that no stop claims was given at each stop",
			title: "Spring Tour - geeks on the road",
			want:  []talkView{{Description: "tracing in production", Speakers: []string{"Ana Lima"}, Cities: []string{"Lisbon", "Porto", "Braga"}}},
		},
		{
			name:  "a post that is no tour places no talk on its travels",
			title: "Notes from the spring",
			want:  []talkView{{Description: "tracing in production", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "NimbusOps", "2021-05-10", body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestVenueName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour Hotel Fourth Floor", "Harbour Hotel"},
		{"Quillfeather, 4th floor", "Quillfeather"},
		{"Quillfeather Level 5", "Quillfeather"},
		{"Uni Nordby Room B12", "Uni Nordby"},
		{"Quillfeather", "Quillfeather"},
		{"Floor 5", "Floor 5"},
		{"Top Floor Studios", "Top Floor Studios"},
	}
	for _, tc := range tests {
		if got := venueName(tc.in); got != tc.want {
			t.Errorf("venueName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTalksOfThePageEvent(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // each talk's cities
	}{
		{
			name: "a schedule page titled by its event: every talk was given there",
			text: "# GopherFest Porto 2023 Schedule\n\n## Day 1\n\n" +
				"* `09:30` **Sharding the Ledger**, _Ana Lima_ (Initech)\n* `10:10` **Queues at Rest**, _Bo Chen_ (Initech)\n",
			want: [][]string{{"Porto"}, {"Porto"}},
		},
		{
			name: "a recap whose one event is placed in passing: talks placed nowhere else were given there",
			text: "# Notes from a long week\n\nI spent three days at Harbourconf, talks on storage. The sessions were held at the old shipyard in Gdansk.\n\n" +
				"## What I liked\n\n* **Sharding the Ledger** by Ana Lima (Initech)\n* **Queues at Rest** by Bo Chen (Initech)\n",
			want: [][]string{{"Gdansk"}, {"Gdansk"}},
		},
		{
			name: "a recap whose one event is a section heading: talks placed nowhere else were given there",
			text: "# Notes from a long week\n\nThree days of talks on storage.\n\n## Harbourconf 2031, Gdansk\n\nThe venue was a shipyard.\n\n" +
				"## What I liked\n\n* **Sharding the Ledger** by Ana Lima (Initech)\n* **Queues at Rest** by Bo Chen (Initech)\n",
			want: [][]string{{"Gdansk"}, {"Gdansk"}},
		},
		{
			name: "a recap naming two conferences places no talk at either",
			text: "# Notes from a long month\n\nI went to Harbourconf in Gdansk, then to Rivercamp in Turku.\n\n" +
				"## What I liked\n\n* **Sharding the Ledger** by Ana Lima (Initech)\n* **Queues at Rest** by Bo Chen (Initech)\n",
			want: [][]string{nil, nil},
		},
		{
			name: "a conference still to come is not where the listed talks were given",
			text: "# Notes from our meetup\n\nNext spring Harbourconf will be in Gdansk.\n\n" +
				"## Talks\n\n* **Sharding the Ledger** by Ana Lima (Initech)\n* **Queues at Rest** by Bo Chen (Initech)\n",
			want: [][]string{nil, nil},
		},
		{
			name: "an announcement's coming event holds the talks of its agenda",
			text: "---\ntitle: June meetup\ndate: 2031-05-01\n---\n\nOur next meetup will take place in Ghent on 12 May 2031.\n\n" +
				"## Talks\n\n- Quiet Queues by Ana Lima\n- Fuzzing the Parser by Bo Chen\n",
			want: [][]string{{"Ghent"}, {"Ghent"}},
		},
		{
			name: "an announcement with no date: the event will be held somewhere, the agenda is its",
			text: "---\ntitle: First Quill meetup\n---\n\nThe first Quill meetup will be held in Porto.\n\n" +
				"## Talks\n\n- Quiet Queues by Ana Lima\n",
			want: [][]string{{"Porto"}},
		},
		{
			name: "a recap's next meetup is not where its talks were given",
			text: "---\ntitle: June meetup recap\ndate: 2031-05-01\n---\n\nOur next meetup will take place in Ghent on 12 May 2031.\n\n" +
				"## Talks\n\n- Quiet Queues by Ana Lima\n- Fuzzing the Parser by Bo Chen\n",
			want: [][]string{nil, nil},
		},
		{
			name: "talks told in sentences happened, not at the event to come",
			text: "---\ntitle: June meetup\ndate: 2031-05-01\n---\n\nAna Lima gave a talk called ‘Quiet Queues’ and everyone loved it.\n\n" +
				"Our next meetup will take place in Ghent on 12 May 2031.\n",
			want: [][]string{nil},
		},
		{
			name: "an announcement's talks told in the future tense are its coming event's",
			text: "---\ntitle: April web talks\ndate: 2031-03-20\n---\n\nWe announce our next meetup in Ghent on April 4th, hosted by Globex.\n\n" +
				"Ana Lima, a designer from Porto, will talk about prototyping tools. Then Bo Chen is going to present “Quiet Queues”.\n",
			want: [][]string{{"Ghent"}, {"Ghent"}},
		},
		{
			name: "a talk told in the past is not the coming event's, though another is to come",
			text: "---\ntitle: April web talks\ndate: 2031-03-20\n---\n\nWe announce our next meetup in Ghent on April 4th, hosted by Globex.\n\n" +
				"Bo Chen will present “Quiet Queues”. Last time Ana Lima talked about “Sharding the Ledger”.\n",
			want: [][]string{nil, nil},
		},
		{
			name: "an event dated before the post is no announcement of it",
			text: "---\ntitle: June meetup\ndate: 2031-06-01\n---\n\nOur next meetup will take place in Ghent on 12 May 2031.\n\n" +
				"## Talks\n\n- Quiet Queues by Ana Lima\n",
			want: [][]string{nil},
		},
		{
			name: "a page whose title names no event places no talk",
			text: "# My talks\n\nI spoke at Gopher Summit Porto in 2023.\n\n" +
				"* **Sharding the Ledger**, _Ana Lima_ (Initech)\n* **Queues at Rest**, _Bo Chen_ (Initech)\n",
			want: [][]string{nil, nil},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, v := range talksOf(extractText(t, "page", tt.text)) {
				got = append(got, v.Cities)
			}
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talk cities (-want +got):\n%s", d)
			}
		})
	}
}
