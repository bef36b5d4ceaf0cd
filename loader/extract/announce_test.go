package extract

import "testing"

// Announcements of the post's own event speak of its talks in the future tense, and MDX pages
// state them with components.
func TestFutureTenseTalks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "will be talking about a quoted title",
			body: "Ana Lima will be talking about \"Fast Builds Everywhere\".",
			want: []talkView{{Title: "Fast Builds Everywhere", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "an appositive between the speaker and the verb",
			body: "Bo Chen, the chair of the tooling group, will be speaking about \"Modules Without Tears\". Modules are coming.",
			want: []talkView{{Title: "Modules Without Tears", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "will give us a talk on a quoted title",
			body: "This month Cy Diaz will give us a talk on \"Queues in Practice\".",
			want: []talkView{{Title: "Queues in Practice", Speakers: []string{"Cy Diaz"}}},
		},
		{
			name: "giving a talk on their recent work in a quoted title",
			body: "We are glad to welcome [Dana Wu](https://example.org/dana) who will be giving a talk on her recent work in \"Safer Model Updates\".",
			want: []talkView{{Title: "Safer Model Updates", Speakers: []string{"Dana Wu"}}},
		},
		{
			name: "an untitled talk to come keeps what it is about",
			body: "Eve Park will be speaking about drawing maps from elevation data.",
			want: []talkView{{Description: "drawing maps from elevation data", Speakers: []string{"Eve Park"}}},
		},
		{
			name: "a speaker with a middle initial",
			body: "Fay K. Moreau will be talking about \"Tracing at Scale\".",
			want: []talkView{{Title: "Tracing at Scale", Speakers: []string{"Fay K. Moreau"}}},
		},
		{
			name: "a question states no talk",
			body: "## Next year\n\nWill I give this many talks next year?",
			want: nil,
		},
		{
			name: "the passive still names no speaker",
			body: "The results were presented to Gil Amar.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("October meetup", "", "2021-09-20", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestMDXTalkComponents(t *testing.T) {
	body := "import Speaker from '@site/src/ui/Speaker';\n\n# Highlights\n\n### Day one\n\n" +
		"<Admonition type=\"note\" title={<a href=\"/day-one/fast\">Opening Keynote: Fast Builds Everywhere</a>}>\n" +
		"  <Speaker\n    name='Hana B. Ito'\n    position='Staff Engineer at Initech'\n  />\n</Admonition>\n\n" +
		"<Admonition type=\"note\" title={<a href=\"/day-one/pairs\">Pairing With Robots</a>}>\n" +
		"  <Speaker name='Ivo Petrov' position='Lead at Umbrella' />\n  <Speaker name='Jo Lund' position='Engineer @ Acme' />\n</Admonition>\n"
	r := extractText(t, "post", withFrontMatter("Overview", "", "2023-05-01", body))
	want := []talkView{
		{Title: "Fast Builds Everywhere", Speakers: []string{"Hana B. Ito"}, URL: "/day-one/fast"},
		{Title: "Pairing With Robots", Speakers: []string{"Ivo Petrov", "Jo Lund"}, URL: "/day-one/pairs"},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

// Meeting pages that number their talks in bold paragraphs, with a paragraph about each.
func TestBoldNumberedTalkLines(t *testing.T) {
	body := "### Next meeting\n\n**Monday 2020-03-02, 6pm**. Level 2, 17 Example Lane\n\n#### Talks:\n\n" +
		"**1. Kai Moss: Queues in Practice**\n\nKai will show how she tunes the queues of a small shop.\n\n" +
		"**2. Lia Berg: Tracing at Scale** (~30 minutes)\n\nIn this talk Lia will present an overview of tracing.\n\n" +
		"**3. Announcements**\n\n### Previous meetings\n\n#### Talks:\n\n" +
		"**1. Lia Berg: Fast Builds Everywhere**\n\nLia will give a brief introduction to build caches.\n"
	r := extractText(t, "post", withFrontMatter("Monthly meetings", "", "2020-02-20", body))
	want := []talkView{
		{Title: "Queues in Practice", Speakers: []string{"Kai Moss"}},
		{Title: "Tracing at Scale", Speakers: []string{"Lia Berg"}},
		{Title: "Fast Builds Everywhere", Speakers: []string{"Lia Berg"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}
