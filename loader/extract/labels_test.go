package extract

import "testing"

func TestSpeakerLabels(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []talkView
	}{
		{
			name:  "a heading with its time, then a bold speaker label",
			title: "Spring meetup",
			body: "## Talks\n\n### 💡 Tracing Without Tears (18:30 - 19:00)\n**Speaker:** Ana Lima\n\nAna will show what tracing costs.\n\n" +
				"### Queues in Practice (19:00 - 19:30)\n**Presenter: Bo**\n\nBo will show his queues.\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Queues in Practice", Speakers: []string{"Bo"}},
			},
		},
		{
			name:  "a nested item labels the speakers of the item above it",
			title: "Talks for the next meetup",
			body: "- __Fast Builds Everywhere__\n  - led by: [Cy Diaz](https://example.org/cy)\n  - abstract: Caches, and where they fail.\n" +
				"- __Fun with Arrays__\n  - led by: Dana Wu\n",
			want: []talkView{
				{Title: "Fast Builds Everywhere", Speakers: []string{"Cy Diaz"}},
				{Title: "Fun with Arrays", Speakers: []string{"Dana Wu"}},
			},
		},
		{
			name:  "a page that is one talk, with its presenters labelled",
			title: "Pairing With Robots",
			body:  "Presenters: Eve Park and Fay Moreau\n\n## Notes\n\nWe took notes on pairing.\n",
			want:  []talkView{{Title: "Pairing With Robots", Speakers: []string{"Eve Park", "Fay Moreau"}}},
		},
		{
			name:  "labels of details and section headings title no talk",
			title: "Spring meetup",
			body: "### 🅿️ Parking\n**Street Parking Nearby:**\n- Street parking after 6 PM\n\n### Agenda\n\nSpeakers: Gil Amar, Hana Ito\n\n" +
				"### Lightning round\n\nSpeaker: TBA\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "", "2024-04-02", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestProsePrecisionAndPronouns(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "a bold term and its explanation are no talk",
			body: "The main points were:\n\n- **Frequent Feedback** - Ask real users. Ship what they need, then ask again.\n- **Small Batches** - Never keep much work waiting.\n",
			want: nil,
		},
		{
			name: "a bold name and a title still are",
			body: "- **Ana Lima** - Fast Builds Everywhere\n- **Bo Chen** - Queues in Practice\n",
			want: []talkView{
				{Title: "Fast Builds Everywhere", Speakers: []string{"Ana Lima"}},
				{Title: "Queues in Practice", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "he refers to the one person the sentence before names",
			body: "Ana Lima opened the evening with a talk about queues. The other speaker was [Cy Diaz](https://example.org/cy), the author of a tracing library. He spoke about sampling traces.",
			want: []talkView{
				{Description: "evening with a talk about queues", Speakers: []string{"Ana Lima"}},
				{Description: "sampling traces", Speakers: []string{"Cy Diaz"}},
			},
		},
		{
			name: "a call for talks is no talk",
			body: "Dana Wu welcomed everyone. After a recap of the schedule she opened the call for talks for the spring meetups.",
			want: nil,
		},
		{
			name: "a section heading titles no talk",
			body: "### Opening\n\nEve Park started the talks with her discussion of build caches.\n",
			want: []talkView{{Description: "talks with her discussion of build caches", Speakers: []string{"Eve Park"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Notes from the spring meetup", "", "2024-04-02", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTitleThenBy(t *testing.T) {
	body := "<h2>List of Talks</h2>\n<ol>\n<li><strong>Build Caches.next</strong> [5 min]\n<em> - by Ana Lima <a href=\"http://ana.example.org\">http://ana.example.org</a></em>\n\nWhat comes next for caches.\n</li>\n" +
		"<li><strong>Running a mail server at home!</strong> [10 min]\n<em> - by Tomasz <a href=\"http://tomasz.example.org\">http://tomasz.example.org</a></em>\n</li>\n" +
		"<li><strong>Intro to Benchmarks</strong> [5 min]\n<em> - by Bo Chen</em>\nIntro to Benchmarks - a tester's tool\n</li>\n</ol>\n"
	r := extractText(t, "post", withFrontMatter("Meeting 11 September: Lightning Talks", "", "2014-08-29", body))
	want := []talkView{
		{Title: "Build Caches.next", Speakers: []string{"Ana Lima"}},
		{Title: "Running a mail server at home!", Speakers: []string{"Tomasz"}},
		{Title: "Intro to Benchmarks", Speakers: []string{"Bo Chen"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

func TestPersonHeadings(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "a speaker's heading over the quoted title",
			body: "## Agenda\n\nOur volunteers are:\n\n#### [Ana Lima](https://twitter.com/alima)\n\n> A History of Build Caches\n\n" +
				"#### [Bo Chen](https://twitter.com/bchen)\n\n> \"Queues\" - How to tune them for small shops.\n\n#### Cy Diaz\n\nTracing at Scale\n",
			want: []talkView{
				{Title: "A History of Build Caches", Speakers: []string{"Ana Lima"}},
				{Title: "\"Queues\" - How to tune them for small shops", Speakers: []string{"Bo Chen"}},
				{Title: "Tracing at Scale", Speakers: []string{"Cy Diaz"}},
			},
		},
		{
			name: "a bio under a speaker's heading titles nothing",
			body: "## Speakers\n\n#### Dana Wu\n\nDana works on build tools at a small shop.\n\n#### Eve Park\n\n> She keeps bees.\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("February meeting", "", "2012-01-24", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTimedHandleBeforeMarkedTitle(t *testing.T) {
	body := "- 11:30 mira: *Plain Words About Queues* [Video](https://youtu.be/1)\n" +
		"- 12:00 kos: *Small Tools* [Video](https://youtu.be/2)\n- 12:30 lunch\n\nbreak: coffee and tea\n"
	r := extractText(t, "post", withFrontMatter("Programme 2014", "", "2014-05-01", body))
	want := []talkView{
		{Title: "Plain Words About Queues", Speakers: []string{"mira"}, URL: "https://youtu.be/1"},
		{Title: "Small Tools", Speakers: []string{"kos"}, URL: "https://youtu.be/2"},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

func TestEventPageSpeakersWithoutTalks(t *testing.T) {
	src := "---\nlayout: event\nevent:\n  date: 2015-06-05\nvenue:\n  name: Foundry Offices\n  address: 5 Mill Lane, Leeds\nspeakers:\n- name: Ana Lima\n  title: Initech\n  description: |-\n    Ana will be talking about things.\n- name: Bo Chen\n---\n\n## Speakers\n\n{% include speaker-list.html %}\n\nEverybody's welcome!\n"
	r := extractText(t, "post", src)
	var got []string
	for _, tv := range talksOf(r) {
		if tv.Title != "" || len(tv.Speakers) != 1 {
			t.Errorf("unexpected talk %+v", tv)
			continue
		}
		got = append(got, tv.Speakers[0])
	}
	if d := diff([]string{"Ana Lima", "Bo Chen"}, got); d != "" {
		t.Errorf("speakers of untitled talks differ (-want +got)\n%s", d)
	}
}

func TestAkaHandlesAndPartHeadings(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "a handle the speaker goes by names no other person",
			body: "Gil Amar, aka [@gamar](https://twitter.com/gamar), will be speaking about drawing maps from elevation data.",
			want: []talkView{{Description: "drawing maps from elevation data", Speakers: []string{"Gil Amar"}}},
		},
		{
			name: "a heading that names a part of the post titles no talk",
			body: "## The keynotes\n\nHana Ito, the chair of the tooling group, will be talking about \"Modules Without Tears\". Modules are coming.\n",
			want: []talkView{{Title: "Modules Without Tears", Speakers: []string{"Hana Ito"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Spring meetup", "", "2024-04-02", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}
