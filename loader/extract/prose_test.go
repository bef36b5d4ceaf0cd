package extract

import "testing"

func TestProseHandlesAndPageTalk(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  []talkView
	}{
		{
			name:  "a handle with its @ and no link gives a talk",
			title: "Notes from the community",
			body:  "@alima gave a talk about tracing.",
			want:  []talkView{{Description: "a talk about tracing", Speakers: []string{"alima"}}},
		},
		{
			name:  "a linked handle that talks about something, under the talk's heading",
			title: "Notes from the community",
			body:  "## Tracekit: a new build tool\n\n[@bchen](https://twitter.com/bchen) talks about his side project.",
			want:  []talkView{{Title: "Tracekit: a new build tool", Speakers: []string{"bchen"}}},
		},
		{
			name:  "an address with an @ names no one",
			title: "Notes from the community",
			body:  "Email me at hello@example.org about the talk.",
			want:  nil,
		},
		{
			name:  "the talks as a noun are no verb",
			title: "Notes from the community",
			body:  "The talks about Kubernetes were great.",
			want:  nil,
		},
		{
			name:  "a page about one talk: the page's title titles it, the city after the event places it",
			title: "Scaling Ingest Pipelines",
			body:  "This is a talk by [@alima](https://github.com/alima) at [Gopher Days 2025](https://example.org/gd) in Porto.",
			want:  []talkView{{Title: "Scaling Ingest Pipelines", Speakers: []string{"alima"}, Cities: []string{"Porto"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "NimbusOps", "2021-05-10", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestPronounRefersToTheNameBeforeIt(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "he refers to the one person named earlier in the sentence",
			body: "Bo Chen is an engineer on the Initech platform team and he did a great talk about tracing.",
			want: []talkView{{Description: "a great talk about tracing", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "with two people named before it, she refers to no one",
			body: "Ana Lima and Bo Chen organized the evening and she did a great talk about tracing.",
			want: nil,
		},
		{
			name: "her talk with a quoted title is the talk of the person the sentence before names",
			body: "Then we handed over to Noor Haddad, who was in town for a week. We got a reprisal of her conference talk “Quiet Queues”, which was fun.",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Noor Haddad"}}},
		},
		{
			name: "his talk without a marked title states nothing",
			body: "Then we handed over to Lucas Ferreira. We all liked his talk about queues.",
			want: nil,
		},
		{
			name: "a family name after a title of address refers to the one full name that ends in it",
			body: "We had the pleasure of hosting Dr. Marta Ferreira, who wrote a book on widgets.\n\nDr. Ferreira gave us an introduction to her widget processor.",
			want: []talkView{{Description: "an introduction to her widget processor", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name: "a name then 'presenting' states an untitled talk",
			body: "We had Marta Ferreira presenting us with a board game of her own design.",
			want: []talkView{{Description: "a board game of her own design", Speakers: []string{"Marta Ferreira"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTalkCalledTitleBySpeakerWithRole(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "the second talk called Title by Name, Role at Company",
			body: "The second talk called Tracing Without Tears by Ana Lima, Frontend Squad Leader at Initech.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a talk about something by someone keeps its description",
			body: "The second talk about tracing by Ana Lima was great.",
			want: []talkView{{Description: "The second talk about tracing", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestKeynoteHeadingTitlesTheTalkBelow(t *testing.T) {
	body := "## Keynote: Shipping a Large Editor\n\nAna Lima is an engineer on the Initech editor team and she did a great talk about the story of their product.\n"
	r := extractText(t, "post", recap(body))
	want := []talkView{{Title: "Shipping a Large Editor", Speakers: []string{"Ana Lima"}}}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

func TestBylineAuthorGivesFirstPersonTalk(t *testing.T) {
	body := "By Wren Talbot — 14 Feb 2031\n\nI started off with a brief talk on where the project stands."
	r := extractText(t, "post", withFrontMatter("Harbour Gophers, night one", "", "", body))
	if len(r.Talks) != 1 || len(r.Talks[0].Speakers) != 1 || r.Talks[0].Speakers[0] != "Wren Talbot" {
		t.Errorf("Extract(%q) = talks %+v, want one talk by Wren Talbot", body, talksOf(r))
	}
}

func TestLinkedTitlesInProse(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "a linked title then by and a name, inside a sentence",
			body: "Last night we heard [Tracing Without Tears](https://example.org/tracing) by Ana Lima, followed by a lively Q&A.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, URL: "https://example.org/tracing"}},
		},
		{
			name: "two reference-style links, each by a speaker",
			body: "The evening opened with [Scaling Ingest Pipelines][1] by Mara Ellison and closed with [Effects at the Edge][2] by Tomas Varga.\n\n[1]: https://example.org/ingest\n[2]: https://example.org/effects",
			want: []talkView{
				{Title: "Scaling Ingest Pipelines", Speakers: []string{"Mara Ellison"}, URL: "https://example.org/ingest"},
				{Title: "Effects at the Edge", Speakers: []string{"Tomas Varga"}, URL: "https://example.org/effects"},
			},
		},
		{
			name: "a linked title, a comma and 'a talk by'",
			body: "We started with [Quiet Queues][q], a talk by Bo Chen.\n\n[q]: https://example.org/q",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}, URL: "https://example.org/q"}},
		},
		{
			name: "a name presented a linked title",
			body: "Then Bo Chen presented [Quiet Queues in Practice](https://example.org/queues) to a full room.",
			want: []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Bo Chen"}, URL: "https://example.org/queues"}},
		},
		{
			name: "a link text that labels the slides before a quoted title",
			body: `Noor Haddad shared her [Slides "Building Calm Dashboards"](https://example.org/calm.pdf) with us afterwards.`,
			want: []talkView{{Title: "Building Calm Dashboards", Speakers: []string{"Noor Haddad"}, URL: "https://example.org/calm.pdf"}},
		},
		{
			name: "a link text labelled Video: then from and a name",
			body: "We watched [Video: Rust for the Curious](https://youtube.com/watch?v=abc) from Piotr Zielinski, who flew in for it.",
			want: []talkView{{Title: "Rust for the Curious", Speakers: []string{"Piotr Zielinski"}, URL: "https://youtube.com/watch?v=abc"}},
		},
		{
			name: "gave a link to slides whose text ends with a note of the material",
			body: "Lucas Ferreira gave [Edge Caching for Everyone (slides)](https://speakerdeck.com/lf/edge) at the start.",
			want: []talkView{{Title: "Edge Caching for Everyone", Speakers: []string{"Lucas Ferreira"}, URL: "https://speakerdeck.com/lf/edge"}},
		},
		{
			name: "a reference-style link by a name with a company in parentheses",
			body: "[Quiet Queues][q] by Bo Chen (Initech) was the highlight.\n\n[q]: https://example.org/q",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}, URL: "https://example.org/q"}},
		},
		{
			name: "a link to a project after about titles nothing",
			body: "Noor Haddad talked about [Kubernetes](https://kubernetes.io) and its scheduler.",
			want: []talkView{{Description: "Kubernetes and its scheduler", Speakers: []string{"Noor Haddad"}}},
		},
		{
			name: "photos by a name are no talk",
			body: "[Photos](https://example.org/photos) by Ana Lima are up on the group page.",
			want: nil,
		},
		{
			name: "a meetup group's link before by is no title",
			body: "This post was written by Ana Lima, see [Harbour Gophers](https://meetup.com/hg) by the way.",
			want: nil,
		},
		{
			name: "a company's link before from is no talk",
			body: "Thanks to [Northwind Systems](https://northwind.example) from Lisbon for the pizza.",
			want: nil,
		},
		{
			name: "a slide host's caption with from titles no talk without a label",
			body: "[Cooking With Queues](https://www.slideshare.net/alima/cooking) from [Ana Lima](https://www.slideshare.net/alima)",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestLinkTitle(t *testing.T) {
	tests := []struct {
		text, want string
		labelled   bool
	}{
		{`Slides "Building Calm Dashboards"`, "Building Calm Dashboards", true},
		{"Video: Rust for the Curious", "Rust for the Curious", true},
		{"Recording of Quiet Queues", "Quiet Queues", true},
		{"Quiet Queues [video]", "Quiet Queues", true},
		{"Quiet Queues - slides", "Quiet Queues", true},
		{"Quiet Queues", "Quiet Queues", false},
		{"slides", "", false},
		{"the video", "", false},
		{"Ana Lima", "", false},
		{"Video of the talk", "", false},
	}
	for _, tt := range tests {
		got, labelled := linkTitle(tt.text)
		if got != tt.want || labelled != tt.labelled && got != "" {
			t.Errorf("linkTitle(%q) = %q, %v, want %q, %v", tt.text, got, labelled, tt.want, tt.labelled)
		}
	}
}
