package extract

import (
	"testing"
)

// cardsPost wraps speaker cards in an announcement of one meetup in Bremen.
func cardsPost(body string) string {
	return withFrontMatter("Speakers for the spring meetup", "NimbusOps", "2026-04-10", "The spring meetup was held in Bremen.\n\n"+body)
}

func TestSpeakerCards(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		talks     []speakersView
		companies map[string][]string
	}{
		{
			name: "a role and company line and profile links between the name and the title's heading",
			body: "### Odalys Fenwick\n\nPrincipal Engineer, Harrowgate Systems\n\n[Twitter](https://twitter.com/ofenwick) | [GitHub](https://github.com/ofenwick)\n\n" +
				"### Schema Changes Without Fear\n\nOdalys shows how her team ships schema changes daily.\n",
			talks:     []speakersView{{Title: "Schema Changes Without Fear", Speakers: []string{"Odalys Fenwick"}}},
			companies: map[string][]string{"Odalys Fenwick": {"Harrowgate Systems"}},
		},
		{
			name: "two cards, each a one-word company under the name",
			body: "### Odalys Fenwick\n\nBrackwater\n\n### Schema Changes Without Fear\n\nAbout schemas.\n\n" +
				"### Leopold Marchetti\n\nStaff Engineer at Tinsel Row\n\n### Caching at the Edge\n\nAbout caches.\n",
			talks: []speakersView{
				{Title: "Schema Changes Without Fear", Speakers: []string{"Odalys Fenwick"}},
				{Title: "Caching at the Edge", Speakers: []string{"Leopold Marchetti"}},
			},
			companies: map[string][]string{"Odalys Fenwick": {"Brackwater"}, "Leopold Marchetti": {"Tinsel Row"}},
		},
		{
			name: "a photo, then a list item of links, then the title's heading",
			body: "### Leopold Marchetti\n\n![Leopold](/img/leopold.jpg)\n\nStaff Engineer at Tinsel Row\n\n- [GitHub](https://github.com/lmarchetti)\n\n" +
				"### Caching at the Edge\n\nAbout caches.\n",
			talks:     []speakersView{{Title: "Caching at the Edge", Speakers: []string{"Leopold Marchetti"}}},
			companies: map[string][]string{"Leopold Marchetti": {"Tinsel Row"}},
		},
		{
			name: "a bio between the card's company and the title's heading",
			body: "### Leopold Marchetti\n\nTinsel Row\n\nLeopold has built caches for ten years.\n\n" +
				"### Caching at the Edge\n\nAbout caches.\n",
			talks:     []speakersView{{Title: "Caching at the Edge", Speakers: []string{"Leopold Marchetti"}}},
			companies: map[string][]string{"Leopold Marchetti": {"Tinsel Row"}},
		},
		{
			name:      "a company and role split by a pipe, then the title in bold under the card",
			body:      "#### Leopold Marchetti\n\nTinsel Row | CTO\n\n**Caching at the Edge**\n",
			talks:     []speakersView{{Title: "Caching at the Edge", Speakers: []string{"Leopold Marchetti"}}},
			companies: map[string][]string{"Leopold Marchetti": {"Tinsel Row"}},
		},
		{
			name:      "a name's heading over a short title line is still read as the talk",
			body:      "#### Leopold Marchetti\n\nCaching at the Edge\n\nLeopold works on caches.\n",
			talks:     []speakersView{{Title: "Caching at the Edge", Speakers: []string{"Leopold Marchetti"}}},
			companies: map[string][]string{"Leopold Marchetti": nil},
		},
		{
			name:      "names' headings one after another name no talk",
			body:      "### Odalys Fenwick\n\n### Leopold Marchetti\n\n### Thanks\n\nSee you soon.\n",
			talks:     nil,
			companies: map[string][]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "cards", cardsPost(tt.body))
			checkLayout(t, r, tt.body, tt.talks, tt.companies, "Bremen")
		})
	}
}

func TestCardCompanyLine(t *testing.T) {
	tests := []struct {
		line         string
		company      string
		sure, isCard bool
	}{
		{"Senior Engineer, Harrowgate Systems", "Harrowgate Systems", true, true},
		{"Staff Engineer at Tinsel Row", "Tinsel Row", true, true},
		{"Tinsel Row | CTO", "Tinsel Row", true, true},
		{"Developer Advocate", "", true, true},
		{"Brackwater", "Brackwater", false, true},
		{"Leopold Marchetti", "", false, false},
		{"She builds databases. Mostly.", "", false, false},
		{"Caching at the edge of the network", "", false, false},
	}
	x := parseBlocks(t, "Nothing here.")
	for _, tt := range tests {
		c, sure, ok := x.cardCompanyLine(tt.line)
		if c != tt.company || sure != tt.sure || ok != tt.isCard {
			t.Errorf("cardCompanyLine(%q) = %q, %v, %v, want %q, %v, %v", tt.line, c, sure, ok, tt.company, tt.sure, tt.isCard)
		}
	}
}
