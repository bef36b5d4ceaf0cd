package extract

import (
	"testing"
)

// labelPost wraps labelled fields in a page about one meetup in Graz.
func labelPost(body string) string {
	return withFrontMatter("Talk announcement", "NimbusOps", "2026-02-01", "Our meetup took place in Graz.\n\n"+body)
}

func TestLabelHeadings(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		talks     []speakersView
		companies map[string][]string
	}{
		{
			name:      "headings that label the title, the speaker and the abstract",
			body:      "### Talk Title\n\nReproducible Builds for Mortals\n\n### Speaker\n\nHalvard Ostby, Coppergate\n\n### Abstract\n\nHalvard explains how builds became reproducible.\n",
			talks:     []speakersView{{Title: "Reproducible Builds for Mortals", Speakers: []string{"Halvard Ostby"}}},
			companies: map[string][]string{"Halvard Ostby": {"Coppergate"}},
		},
		{
			name:      "bold labels on lines of their own, with a company label",
			body:      "**Title**\n\nQueues at the Edge\n\n**Speaker:**\n\nMarguerite Oyelaran\n\n**Company**\n\nLantern Works\n",
			talks:     []speakersView{{Title: "Queues at the Edge", Speakers: []string{"Marguerite Oyelaran"}}},
			companies: map[string][]string{"Marguerite Oyelaran": {"Lantern Works"}},
		},
		{
			name:      "a bold label and its value in one paragraph, line by line",
			body:      "**Topic**\nQueues at the Edge\n**Speakers**\nMarguerite Oyelaran & Halvard Ostby (Coppergate)\n",
			talks:     []speakersView{{Title: "Queues at the Edge", Speakers: []string{"Marguerite Oyelaran", "Halvard Ostby"}}},
			companies: map[string][]string{"Marguerite Oyelaran": {"Coppergate"}, "Halvard Ostby": {"Coppergate"}},
		},
		{
			name: "two talks, each a title label and a speaker label",
			body: "### Title\n\nReproducible Builds for Mortals\n\n### Speaker\n\nHalvard Ostby\n\n" +
				"### Title\n\nQueues at the Edge\n\n### Speaker\n\nMarguerite Oyelaran (Lantern Works)\n",
			talks: []speakersView{
				{Title: "Reproducible Builds for Mortals", Speakers: []string{"Halvard Ostby"}},
				{Title: "Queues at the Edge", Speakers: []string{"Marguerite Oyelaran"}},
			},
			companies: map[string][]string{"Halvard Ostby": nil, "Marguerite Oyelaran": {"Lantern Works"}},
		},
		{
			name:      "a definition list's terms and descriptions",
			body:      "<dl>\n<dt>Title</dt>\n<dd>Reproducible Builds for Mortals</dd>\n<dt>Speaker</dt>\n<dd>Halvard Ostby (Coppergate)</dd>\n</dl>\n",
			talks:     []speakersView{{Title: "Reproducible Builds for Mortals", Speakers: []string{"Halvard Ostby"}}},
			companies: map[string][]string{"Halvard Ostby": {"Coppergate"}},
		},
		{
			name:      "labels ending in a colon on lines of their own",
			body:      "Title:\nQueues at the Edge\nSpeaker:\nMarguerite Oyelaran\n",
			talks:     []speakersView{{Title: "Queues at the Edge", Speakers: []string{"Marguerite Oyelaran"}}},
			companies: map[string][]string{"Marguerite Oyelaran": nil},
		},
		{
			name: "the speaker's label before the title's, twice: each talk's labels stand before its title",
			body: "**Speaker**\n\nHalvard Ostby\n\n**Title**\n\nReproducible Builds for Mortals\n\n" +
				"**Speaker**\n\nMarguerite Oyelaran\n\n**Company**\n\nLantern Works\n\n**Title**\n\nQueues at the Edge\n",
			talks: []speakersView{
				{Title: "Reproducible Builds for Mortals", Speakers: []string{"Halvard Ostby"}},
				{Title: "Queues at the Edge", Speakers: []string{"Marguerite Oyelaran"}},
			},
			companies: map[string][]string{"Halvard Ostby": nil, "Marguerite Oyelaran": {"Lantern Works"}},
		},
		{
			name: "a section per speaker, headed by the name, with labelled fields under it",
			body: "## Halvard Ostby\n\n### Bio\n\nHalvard builds things.\n\n### Talk Title\n\nReproducible Builds for Mortals\n\n" +
				"## Marguerite\n\n### Talk\n\nQueues at the Edge\n\n### Description\n\nWhy queues fill up.\n",
			talks: []speakersView{
				{Title: "Reproducible Builds for Mortals", Speakers: []string{"Halvard Ostby"}},
				{Title: "Queues at the Edge", Speakers: []string{"Marguerite"}},
			},
			companies: map[string][]string{"Halvard Ostby": nil, "Marguerite": nil},
		},
		{
			name:      "a section headed by what is no name gives its talk no speaker",
			body:      "## Morning Track\n\n### Talk Title\n\nReproducible Builds for Mortals\n\n## Agenda\n\n### Talk Title\n\nQueues at the Edge\n",
			talks:     nil,
			companies: map[string][]string{},
		},
		{
			name:      "a title label with no speaker label is no talk of its own",
			body:      "### Title\n\nReproducible Builds for Mortals\n\n### Abstract\n\nHow builds became reproducible.\n",
			talks:     nil,
			companies: map[string][]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "labels", labelPost(tt.body))
			checkLayout(t, r, tt.body, tt.talks, tt.companies, "Graz")
		})
	}
}

func TestFieldLabelOf(t *testing.T) {
	tests := []struct {
		body string
		want string
	}{
		{"### Talk Title\n", "title"},
		{"## Vortrag\n", "title"},
		{"**Speaker(s):**\n", "speaker"},
		{"*Affiliation*\n", "company"},
		{"### Abstract\n", "other"},
		{"Speaker\n", "speaker"}, // a paragraph of the label alone
		{"Speaker:\nHalvard Ostby\n", "speaker"},
		{"Speaker\nHalvard Ostby\n", ""}, // a line of a paragraph, neither set apart nor labelled
		{"### Speaker Line-up for March\n", ""},
	}
	for _, tt := range tests {
		doc := parseDoc(t, tt.body)
		b := doc.Blocks[0]
		if got := fieldLabelOf(b, b.Lines()[0]); got != tt.want {
			t.Errorf("fieldLabelOf(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
