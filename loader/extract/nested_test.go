package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// TestTitleOverRoleLines covers agendas whose items set a talk's title apart (bold, maybe with
// its material after a colon) and nest its speakers beneath, one per item, each with a role
// and a company: "Ana Lima, Staff Engineer, Initech".
func TestTitleOverRoleLines(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want      []talkView
		companies map[string][]string
	}{
		{
			name: "a bold title over one speaker with a role and a company",
			body: "## Agenda\n\n- **Quiet Queues**\n  - Ana Lima, Staff Engineer, Initech\n- **Fuzzing for Fun**\n  - Bo Chen, Developer Advocate, Globex\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
				{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}},
		},
		{
			name: "material links after the bold title, a handle after the name, names the given-name list does not know",
			body: "## Agenda\n\n- **Sharding the Ledger**: [[Slides]](https://example.org/s.pdf) [[Recording]](https://example.org/v)\n" +
				"  - Lena Forsberg [@tavita](https://github.com/tavita), Software Engineer, [Initech](https://initech.example)\n" +
				"  - Quilla Marovic Endahl, Computer Science Student, [University of Tartu](https://ut.example)\n",
			want:      []talkView{{Title: "Sharding the Ledger", Speakers: []string{"Lena Forsberg", "Quilla Marovic Endahl"}, Cities: []string{"Tartu"}, URL: "https://example.org/s.pdf"}},
			companies: map[string][]string{"Lena Forsberg": {"Initech"}, "Quilla Marovic Endahl": {"University of Tartu"}},
		},
		{
			name: "an opening over its organizer is no talk, and the organizer's line titles none",
			body: "## Agenda\n\n- **Welcome and opening**\n  - Dan Ek, Organizer, Umbrella\n- **Quiet Queues**\n  - Ana Lima, Staff Engineer, Initech\n",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name: "a bold group heading over people with roles is no talk",
			body: "## People\n\n- **Our organizers**\n  - Dan Ek, Organizer, Umbrella\n  - Eva Fox, Staff Engineer, Initech\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Tartu Go Meetup #12", "NimbusOps", "2031-05-10", tt.body))
			checkTalksAndCompanies(t, r, tt.want, tt.companies)
		})
	}
}

// TestRoleLinePerson reads the three-part line of a person, a role and where they hold it.
func TestRoleLinePerson(t *testing.T) {
	tests := []struct {
		line string
		want []listedSpeaker
	}{
		{"Quilla Marovic Endahl, Computer Science Student, University of Tartu", []listedSpeaker{{name: "Quilla Marovic Endahl", company: "University of Tartu"}}},
		{"Lena Forsberg @tavita, Community Ambassador, initech", []listedSpeaker{{name: "Lena Forsberg", company: "initech"}}},
		{"Ana Lima, Staff Engineer, Tartu", []listedSpeaker{{name: "Ana Lima"}}},
		{"Quiet Queues, Fast Tests, Globex", nil},
		{"Ana Lima, Initech", nil},
		{"Ana Lima, Staff Engineer, Initech, Tartu", nil},
	}
	x := parseBlocks(t, recap("Nothing here."))
	for _, tt := range tests {
		var got []string
		for _, p := range x.roleLinePerson(tt.line) {
			got = append(got, p.name+" @ "+p.company)
		}
		var want []string
		for _, p := range tt.want {
			want = append(want, p.name+" @ "+p.company)
		}
		if d := diff(want, got); d != "" {
			t.Errorf("roleLinePerson(%q) differs (-want +got)\n%s", tt.line, d)
		}
	}
}

// TestBoldNameTitle covers lines that set a speaker's name apart in bold and go on with the
// title, with no word between.
func TestBoldNameTitle(t *testing.T) {
	body := "### Day one\n\n" +
		"__Ana Lima__ Keynote! Quiet Queues in Practice\n\n" +
		"- Ana maintains two queue libraries.\n\n" +
		"__Lena Forsberg__ tracekit: tracing for the rest of us\n\n" +
		"**Rich FitzGerald** Solving scheduling puzzles with a new language\n\n" +
		"**Hannah Frick** quietq - A Library for Calm Queues\n\n" +
		"**Cara Diaz** is our new organizer.\n\n" +
		"**Dan Ek** gave a great talk on fuzzing.\n\n" +
		"**Note** Doors open at six.\n\n" +
		"**Bo Chen** Tartu\n"
	r := extractText(t, "post", "---\ntitle: Harbourconf 2031\nlocation: Porto, PT\n---\n\n"+body)
	want := map[string][]string{
		"Quiet Queues in Practice":                       {"Ana Lima"},
		"tracekit: tracing for the rest of us":           {"Lena Forsberg"},
		"Solving scheduling puzzles with a new language": {"Rich FitzGerald"},
		"quietq - A Library for Calm Queues":             {"Hannah Frick"},
	}
	got := map[string][]string{}
	for _, tk := range r.Talks {
		if tk.Title != nil {
			got[*tk.Title] = tk.Speakers
		}
	}
	if d := diff(want, got); d != "" {
		t.Errorf("titled talks differ (-want +got)\n%s", d)
	}
}

// TestFactsTable reads a page's table of facts ("When: | ...", "Where: | ...", "Presenter: |
// ...") under a heading such as "Meta": the page's talk, its speaker, and its event's date,
// city and host. Sponsors' lines ("Food provided by Globex") are no talks.
func TestFactsTable(t *testing.T) {
	page := "# Quiet Queues in Practice\n\n## Meta\n\n| | |\n| --- | --- |\n" +
		"| **When:** | Wednesday, May 21, 2031 |\n" +
		"| **Where:** | [Initech](https://initech.example), 12 Harbour Street - Tartu |\n" +
		"| **Presenter:** | [Ana Lima](https://analima.example) |\n" +
		"| **Seats:** | 40 |\n\n" +
		"## Sponsors\n\n* **Food** provided by [Globex](https://globex.example).\n* **Drinks** paid for by Umbrella.\n"
	r := extractText(t, "talk", page)
	want := []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
	if d := diff([]eventView{{City: "Tartu", Date: "2031-05-21", Host: "Initech"}}, eventsOf(r)); d != "" {
		t.Errorf("Extract() events differ (-want +got)\n%s", d)
	}
}

// TestLabelRow tells a table row that labels a fact from other rows.
func TestLabelRow(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"When: | May 21, 2031", true},
		{"Presenter: | Ana Lima", true},
		{"18:30 | Quiet Queues | Ana Lima", false},
		{"Title: | Quiet Queues | Ana Lima", false},
		{"When: | ", false},
		{"A very long label that is a sentence: | yes", false},
	}
	for _, tt := range tests {
		if got := labelRow(document.Block{Kind: document.TableRow, Text: tt.text}); got != tt.want {
			t.Errorf("labelRow(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTopicList reads a list that its lead-in says holds the talks, named by their topics
// only, as talks whose speakers the post does not name.
func TestTopicList(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"a count of talks, then their topics", "Our next meetup is on May 21 in Tartu. This time we have 3 talks, on these topics:\n\n* Quiet Queues v4\n* Running Ledgers on Spot Machines\n* An Autovacuum war-story\n",
			[]string{"Quiet Queues v4", "Running Ledgers on Spot Machines", "An Autovacuum war-story"}},
		{"the talks' titles", "Here are the talks and their titles:\n\n- Sharding the Ledger\n- Fuzzing for Fun\n",
			[]string{"Sharding the Ledger", "Fuzzing for Fun"}},
		{"a list of discussion spaces after a paragraph that mentions talks earlier", "After the talks we chose topics for open spaces. I joined the following spaces:\n\n- Queues vs Logs\n- How to get started with fuzzing\n", nil},
		{"a list of things to bring", "Two talks tonight, so please bring:\n\n- Your laptop\n- Good questions\n", nil},
		{"items that name speakers are left to the other readers", "With 2 talks this time:\n\n- Ana Lima on Quiet Queues\n- Bo Chen on Fuzzing for Fun\n",
			nil},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Tartu Ledger Meetup", "", "2031-05-10", tt.body))
		var got []string
		for _, tk := range r.Talks {
			if len(tk.Speakers) == 0 && tk.Title != nil {
				got = append(got, *tk.Title)
			}
		}
		if d := diff(tt.want, got); d != "" {
			t.Errorf("%s: talks with no speaker differ (-want +got)\n%s", tt.name, d)
		}
	}
}

// TestSpeakerSections covers a section per speaker, headed by a name the post links to a
// profile elsewhere, whose labelled lines give the talk's title and the speaker's company; a
// host thanked as "X (XX), who kindly hosted and catered our evening".
func TestSpeakerSections(t *testing.T) {
	body := "We thank Hooli Cloud Services (HCS), who kindly hosted and catered our evening! Thanks to [Tavita Oyelaran](https://www.linkedin.com/in/tavita/) for speaking.\n\n" +
		"# Tavita Oyelaran\n\n- Talk title: What's new in Queues 17\n- Affiliation: [Globex](https://globex.example), Senior Solutions Architect\n\nTavita gave a nice overview.\n\n" +
		"# Bo Chen\n\n- Talk title: Parsers at Scale\n- Company: Umbrella\n\nBo closed the evening.\n"
	r := extractText(t, "post", withFrontMatter("Tartu Postgres meetup, January", "", "2031-05-10", body))
	want := []talkView{
		{Title: "What's new in Queues 17", Speakers: []string{"Tavita Oyelaran"}, Cities: []string{"Tartu"}},
		{Title: "Parsers at Scale", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
	if d := diff(map[string][]string{"Tavita Oyelaran": {"Globex"}, "Bo Chen": {"Umbrella"}}, companiesOf(r)); d != "" {
		t.Errorf("companies differ (-want +got)\n%s", d)
	}
	if d := diff([]eventView{{City: "Tartu", Host: "Hooli Cloud Services"}}, eventsOf(r)); d != "" {
		t.Errorf("events differ (-want +got)\n%s", d)
	}
}

// TestEmptyFirstCellTitle reads a table whose talk rows leave the date cell empty: the empty
// cell's bar is no part of the title.
func TestEmptyFirstCellTitle(t *testing.T) {
	body := "| Date | Info |\n|----|----|\n| 2031-05-11 | Recording of the May meetup |\n|            | Quiet Queues in Practice by Ana Lima |\n"
	r := extractText(t, "archive", withFrontMatter("Meetup", "", "2031-06-01", body))
	for _, tk := range talksOf(r) {
		if strings.HasPrefix(tk.Title, "|") {
			t.Errorf("talk title %q keeps the empty cell's bar", tk.Title)
		}
	}
}

// TestHeadingMarksWithoutSpace reads a heading written with no space after its marks
// ("######Quiet Queues"), as some blog engines allow: the marks are no part of the title.
func TestHeadingMarksWithoutSpace(t *testing.T) {
	body := "## Our speakers\n\n- ######Quiet Queues in Practice by [Ana Lima](https://example.org/ana)\n\n- ######Fuzzing for Fun by [Bo Chen](https://example.org/bo)\n"
	r := extractText(t, "post", withFrontMatter("Tartu Go Meetup #12", "", "2031-05-10", body))
	want := []talkView{
		{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
		{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}},
	}
	var got []talkView
	for _, tk := range talksOf(r) {
		tk.URL = ""
		got = append(got, tk)
	}
	if d := diff(want, got); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

// TestPlaceCityAddress reads the town of a venue's address that writes its postcode before the
// town and its country after it, before the venue's own name, which may hold another town.
func TestPlaceCityAddress(t *testing.T) {
	x := parseBlocks(t, recap("Nothing here."))
	tests := []struct {
		values []string
		want   string
	}{
		{[]string{"", "12 Havenstraat, 1091 GS Utrecht Netherlands", "Initech Academy Utrecht & Hilversum"}, "Utrecht"},
		{[]string{"", "Quay Road 14, 0150 Oslo", ""}, "Oslo"},
		{[]string{"", "", "Initech Academy Hilversum"}, "Hilversum"},
	}
	for _, tt := range tests {
		got := ""
		if c := x.placeCity(tt.values...); c != nil {
			got = c.written
		}
		if got != tt.want {
			t.Errorf("placeCity(%q) = %q, want %q", tt.values, got, tt.want)
		}
	}
}
