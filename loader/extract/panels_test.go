package extract

import (
	"slices"
	"testing"
)

// panelPost wraps a body in a recap of one meetup in Utrecht.
func panelPost(body string) string {
	return withFrontMatter("Platform Night recap", "NimbusOps", "2026-03-04", "Our March meetup took place in Utrecht.\n\n"+body)
}

func TestPanels(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		talks     []speakersView
		companies map[string][]string
	}{
		{
			name: "a heading that says panel over its panelists in four forms",
			body: "## Panel: Who Owns the Pager?\n\n- Wilma Sandoval - Quarrystone\n- *Tobiah Renner* - Ashgrove Mills\n" +
				"- Greta Halloway (Fernbrook Labs)\n- Caspian Roux, Staff Engineer at Dunmore\n",
			talks: []speakersView{{Title: "Who Owns the Pager?", Speakers: []string{"Wilma Sandoval", "Tobiah Renner", "Greta Halloway", "Caspian Roux"}}},
			companies: map[string][]string{"Wilma Sandoval": {"Quarrystone"}, "Tobiah Renner": {"Ashgrove Mills"},
				"Greta Halloway": {"Fernbrook Labs"}, "Caspian Roux": {"Dunmore"}},
		},
		{
			name:      "a bold title over its panelists",
			body:      "**Growing Teams Without Growing Pains**\n\n- Wilma Sandoval - Quarrystone\n- Greta Halloway (Fernbrook Labs)\n",
			talks:     []speakersView{{Title: "Growing Teams Without Growing Pains", Speakers: []string{"Wilma Sandoval", "Greta Halloway"}}},
			companies: map[string][]string{"Wilma Sandoval": {"Quarrystone"}, "Greta Halloway": {"Fernbrook Labs"}},
		},
		{
			name: "a bold list item over nested panelists, with a panelist's link nested deeper",
			body: "- **Fireside chat: Ten Years of Rust in Production**\n  - Tobiah Renner - Ashgrove Mills\n    - [GitHub](https://github.com/trenner)\n" +
				"  - Caspian Roux, Head of Platform at Dunmore\n",
			talks:     []speakersView{{Title: "Ten Years of Rust in Production", Speakers: []string{"Tobiah Renner", "Caspian Roux"}}},
			companies: map[string][]string{"Tobiah Renner": {"Ashgrove Mills"}, "Caspian Roux": {"Dunmore"}},
		},
		{
			name:      "a panel heading, a lead-in and a moderator's line over the list",
			body:      "### Panel discussion: Platforms After the Hype\n\nModerated by Ilse Varga.\n\n- Wilma Sandoval - Quarrystone\n- Greta Halloway | Fernbrook Labs\n",
			talks:     []speakersView{{Title: "Platforms After the Hype", Speakers: []string{"Wilma Sandoval", "Greta Halloway"}}},
			companies: map[string][]string{"Wilma Sandoval": {"Quarrystone"}, "Greta Halloway": {"Fernbrook Labs"}},
		},
		{
			name:      "a paragraph whose bold first line titles a panel and whose other lines name the panelists",
			body:      "**Panel: Who Owns the Pager?**\nWilma Sandoval - Quarrystone\nGreta Halloway (Fernbrook Labs)\n",
			talks:     []speakersView{{Title: "Who Owns the Pager?", Speakers: []string{"Wilma Sandoval", "Greta Halloway"}}},
			companies: map[string][]string{"Wilma Sandoval": {"Quarrystone"}, "Greta Halloway": {"Fernbrook Labs"}},
		},
		{
			name:      "a heading that names a group of people is no panel",
			body:      "## Our organizers\n\n- Wilma Sandoval - Quarrystone\n- Greta Halloway (Fernbrook Labs)\n",
			talks:     nil,
			companies: map[string][]string{},
		},
		{
			name:      "a bold title over names without companies is no panel",
			body:      "**Thanks To Everyone Who Helped**\n\n- Wilma Sandoval\n- Greta Halloway\n",
			talks:     nil,
			companies: map[string][]string{},
		},
		{
			name:      "a bold title over talk lines stays a list of talks",
			body:      "**Lightning talks**\n\n- Wilma Sandoval - Queues Without Tears\n- Greta Halloway - Tracing in the Small\n",
			talks:     []speakersView{{Title: "Queues Without Tears", Speakers: []string{"Wilma Sandoval"}}, {Title: "Tracing in the Small", Speakers: []string{"Greta Halloway"}}},
			companies: map[string][]string{"Wilma Sandoval": nil, "Greta Halloway": nil},
		},
		{
			name:      "a company stated elsewhere in the post is no talk's title",
			body:      "- Tracing in the Small by Greta Halloway (Quarrystone)\n- Wilma Sandoval - Quarrystone\n",
			talks:     []speakersView{{Title: "Tracing in the Small", Speakers: []string{"Greta Halloway"}}},
			companies: map[string][]string{"Greta Halloway": {"Quarrystone"}, "Wilma Sandoval": nil},
		},
		{
			name:      "a company only a company can be is no talk's title, and a talk beside it stays",
			body:      "- Wilma Sandoval - Quarrystone GmbH\n- Tobiah Renner - Microsoft\n- Greta Halloway - Quiet Queues in Go\n",
			talks:     []speakersView{{Title: "Quiet Queues in Go", Speakers: []string{"Greta Halloway"}}},
			companies: map[string][]string{"Greta Halloway": nil},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "panel", panelPost(tt.body))
			checkLayout(t, r, tt.body, tt.talks, tt.companies, "Utrecht")
		})
	}
}

func TestPanelistItem(t *testing.T) {
	tests := []struct {
		line string
		want []listedSpeaker
	}{
		{"Wilma Sandoval - Quarrystone", []listedSpeaker{{name: "Wilma Sandoval", company: "Quarrystone"}}},
		{"*Tobiah Renner* - Ashgrove Mills", []listedSpeaker{{name: "Tobiah Renner", company: "Ashgrove Mills"}}},
		{"Greta Halloway | Staff Engineer, Fernbrook Labs", []listedSpeaker{{name: "Greta Halloway", company: "Fernbrook Labs"}}},
		{"Wilma Sandoval - Greta Halloway", nil},
		{"Wilma Sandoval - Queues without tears", nil},
		{"Moderator: Wilma Sandoval - Quarrystone", nil},
	}
	for _, tt := range tests {
		x := parseBlocks(t, "- "+tt.line)
		x.collectPeople()
		if got := x.panelistItem(0); !slices.Equal(tt.want, got) {
			t.Errorf("panelistItem(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
}

func TestCompanyOnly(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Quarrystone GmbH", true},
		{"Fernbrook Labs", true},
		{"Microsoft", true},
		{"Quarrystone", false}, // a word alone may be a title
		{"Distributed Systems", false},
		{"Quiet Queues in Go", false},
	}
	for _, tt := range tests {
		if got := companyOnly(tt.text); got != tt.want {
			t.Errorf("companyOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
