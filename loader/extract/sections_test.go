package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// talkViews renders a result's talks as "Title | Speaker (Company), ..." lines, sorted.
func talkViews(r *Result) []string {
	companies := companiesOf(r)
	var out []string
	for _, t := range r.Talks {
		title := "(untitled)"
		if t.Title != nil {
			title = *t.Title
		}
		var sp []string
		for _, s := range t.Speakers {
			if cs := companies[s]; len(cs) > 0 {
				s += " (" + strings.Join(cs, ", ") + ")"
			}
			sp = append(sp, s)
		}
		out = append(out, title+" | "+strings.Join(sp, ", "))
	}
	sort.Strings(out)
	return out
}

func TestReadSpeakerLabels(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{
			name: "a quoted title in the heading, the event after it, a labelled speaker with a company",
			body: "## \"Tracing Without Tears\" at the Porto Gophers meetup\n\n" +
				"* Speaker : Ana Lima (Initech)\n* [Slides](https://example.org/s)\n",
			want: []string{"Tracing Without Tears | Ana Lima (Initech)"},
		},
		{
			name: "bold title lines stand for headings; a speaker's name, a slash and what they do",
			body: "## Lightning talks\n\n__Quiet Queues in Practice__\n\n* Speaker: Ana Lima / Solutions architect @Initech\n\n" +
				"__Sharding the Ledger__\n\n* Speaker: Bo Chen / Tech Lead Northwind\n\n" +
				"__Caching at the Edge__\n\n* Speaker: Carla Souza / Développeuse fullstack\n",
			want: []string{"Caching at the Edge | Carla Souza", "Quiet Queues in Practice | Ana Lima (Initech)", "Sharding the Ledger | Bo Chen (Northwind)"},
		},
		{
			name: "sub-headings that label a talk's speakers and time under the talk's heading",
			body: "## Quiet Queues in Practice\n### Name: Ana Lima and Quorra Vantablack\n### Time: November 12, 2031 13:30 - 16:30\n\nCome to this session to learn about queues.\n\n" +
				"## Sharding the Ledger\n### Name: Bo Chen\n### Time: November 13, 2031 10:00 - 11:00\n\nCome join us.\n",
			want: []string{"Quiet Queues in Practice | Ana Lima, Quorra Vantablack", "Sharding the Ledger | Bo Chen"},
		},
		{
			name: "a slash between two people's names joins them",
			body: "**Quiet Queues in Practice**\n\n* Speakers: Ana Lima / Bo Chen\n",
			want: []string{"Quiet Queues in Practice | Ana Lima, Bo Chen"},
		},
		{
			name: "a bold line that is a section word titles no talk: the heading above does",
			body: "## Quiet Queues in Practice\n\n**Details**\n\n* Speaker: Ana Lima\n",
			want: []string{"Quiet Queues in Practice | Ana Lima"},
		},
		{
			name: "two labelled speakers, each with a company",
			body: "## “Fuzzing the Parser” (Talk at Nimbus Summit, May 2022)\n\n" +
				"- Speakers: Bo Chen (Stackwise), Carla Souza (Initech)\n",
			want: []string{"Fuzzing the Parser | Bo Chen (Stackwise), Carla Souza (Initech)"},
		},
		{
			name: "a plain heading with an emoji and the slot's time, a bold label",
			body: "### 🚀 Scaling Ingest Pipelines (6:40 - 7:05 PM)\n\n**Presenter: Dana Okafor**\n\nDana shows how the pipeline grew.\n",
			want: []string{"Scaling Ingest Pipelines | Dana Okafor"},
		},
		{
			name: "the label on a line of its own inside a paragraph",
			body: "## Kotlin on the Server\n\nPresented by: Emil Novak\nRoom B, after the break.\n",
			want: []string{"Kotlin on the Server | Emil Novak"},
		},
		{
			name: "a heading that names no talk gives none",
			body: "## Agenda\n\n* Speakers: Ana Lima, Bo Chen\n",
			want: nil,
		},
		{
			name: "a heading that names the event gives none",
			body: "## Lisbon meetup, March 12, 2024\n\n* Speakers: Ana Lima, Bo Chen\n",
			want: nil,
		},
		{
			name: "an author of an article is no speaker, and the label is no title",
			body: "## \"Zero-downtime deploys\" (Blog post, June 2021)\n\n* Author: Ana Lima (Initech)\n* [Article](https://example.org/a)\n",
			want: nil,
		},
		{
			name: "a label without a person after it gives nothing",
			body: "## Serverless for the Rest of Us\n\n* Speaker: to be announced\n",
			want: nil,
		},
		{
			name: "a labelled topic names the talk, and the heading only the slot",
			body: "### Lightning Talk\n\n**Topic:** Quiet Queues in Practice\n\n**Speaker:** Ana Lima\n",
			want: []string{"Quiet Queues in Practice | Ana Lima"},
		},
		{
			name: "a labelled title after the speaker's line wins over a heading that reads as a talk",
			body: "### Ana Lima, Initech - Queues, Briefly\n\nSpeaker: Ana Lima, Initech\nTitle: Quiet Queues in Practice\n",
			want: []string{"Quiet Queues in Practice | Ana Lima (Initech)"},
		},
		{
			name: "a labelled title under an event's heading is the event's talk",
			body: "## Lisbon meetup, March 12, 2024\n\n* Talk: Paging for Humans\n* Speaker: Rui Tavares\n",
			want: []string{"Paging for Humans | Rui Tavares"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap(tt.body)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("talks (-want +got):\n%s\npost:\n%s", diff, tt.body)
			}
		})
	}
}

func TestReadTitleLabels(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{
			name: "a speaker's heading with a note, a labelled title under it",
			body: "## Presenters\n\n### Ana Lima (remote)\n* Talk: Tracing Without Tears.\n* Description: Ana walks through her spans.\n\n" +
				"### Bo Chen\n* Talk: Fuzzing the Parser\n* Slides: [deck](https://example.org/s.pdf)\n",
			want: []string{"Fuzzing the Parser | Bo Chen", "Tracing Without Tears | Ana Lima"},
		},
		{
			name: "a numbered heading with a short title and a team, the full title labelled in bold",
			body: "### Session 1: Ledger: Carla Souza, Dana Okafor, Emil Novak\n* **Talk**: Ledger: a week of event sourcing in Go\n* **Description**: How the team built it.\n",
			want: []string{"Ledger: a week of event sourcing in Go | Carla Souza, Dana Okafor, Emil Novak"},
		},
		{
			name: "a heading of a name linked to its profile",
			body: "### Talk 2: Queues: [Farah Haddad](https://github.com/fhaddad)\n* Title: What a queue is for\n",
			want: []string{"What a queue is for | Farah Haddad"},
		},
		{
			name: "a speaker's labelled heading over a definition list whose term labels the title",
			body: "## Speaker: Ana Lima\n\n<dl>\n<dt>Talk Title</dt>\n<dd>\n  Tracing Without Tears\n</dd>\n<dt>Bio</dt>\n<dd>Ana writes tools.</dd>\n</dl>\n\n" +
				"## Speaker: Bo Chen\n\n<dl><dt>Talk Title</dt><dd>Fuzzing the Parser</dd></dl>\n",
			want: []string{"Fuzzing the Parser | Bo Chen", "Tracing Without Tears | Ana Lima"},
		},
		{
			name: "a speaker's labelled heading names a person whose given name is not known",
			body: "## Speaker: Quorra Vantablack\n\n**Talk title:** Tracing Without Tears\n",
			want: []string{"Tracing Without Tears | Quorra Vantablack"},
		},
		{
			name: "a two-word title label in bold under a speaker's heading",
			body: "### Ana Lima\n\n**Talk title:** Tracing Without Tears\n\n### Bo Chen\n\n**Session name:** Fuzzing the Parser\n",
			want: []string{"Fuzzing the Parser | Bo Chen", "Tracing Without Tears | Ana Lima"},
		},
		{
			name: "a heading that names no person gives no talk",
			body: "### Lightning round\n* Talk: Ten things about YAML\n",
			want: nil,
		},
		{
			name: "a heading of a name and a title is left to the readers of listing lines",
			body: "### Ana Lima - Tracing Without Tears\n\n**Title:** Tracing Without Tears\n",
			want: []string{"Tracing Without Tears | Ana Lima"},
		},
		{
			name: "a product's name in the heading is no speaker",
			body: "### Kubernetes\n* Topic: What is new in the scheduler\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap(tt.body)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("talks (-want +got):\n%s\npost:\n%s", diff, tt.body)
			}
		})
	}
}

func TestRoleLabelIsNoTitle(t *testing.T) {
	for _, line := range []string{
		"- Speaker: Ana Lima (Initech)",
		"- Speakers - Ana Lima, Bo Chen",
		"- Moderator: Carla Souza, Stackwise",
		"- Host: Dana Okafor (Initech)",
	} {
		t.Run(line, func(t *testing.T) {
			for _, v := range talkViews(extractText(t, "post", recap("Some notes from the evening.\n\n"+line+"\n"))) {
				if title, _, _ := strings.Cut(v, " |"); roleLabels[strings.ToLower(title)] {
					t.Errorf("%q gave the talk %q", line, v)
				}
			}
		})
	}
}

func TestFrontMatterScheduleSkipsSlotsAndPlaceholders(t *testing.T) {
	post := "---\ntitle: \"Winter lightning talks\"\ndate: 2023-12-12\nschedule:\n" +
		"  - type: social\n    title: Doors open and snacks\n" +
		"  - type: speaker\n    title: Parsing with combinators\n    speakers:\n      - name: Hana Kim\n" +
		"  - type: speaker\n    title: Tiny robots\n    speakers:\n      - name: Omar Haddad\n" +
		"  - type: speaker\n    title:\n    speakers:\n      - name: Be Our Third Speaker\n        url: /speak/\n" +
		"  - type: social\n    title: Afterparty.js\n    sponsors:\n      - name: Initech\n" +
		"---\n\nFive-minute talks on anything you like.\n"
	got := talkViews(extractText(t, "post", post))
	want := []string{"Parsing with combinators | Hana Kim", "Tiny robots | Omar Haddad"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("talks (-want +got):\n%s", diff)
	}
}

func TestPlaceholderName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Be Our Next Speaker", true},
		{"Your Name Here", true},
		{"TBA", true},
		{"You?", true},
		{"", true},
		{"Ana Lima", false},
		{"Soon-Yi Park", false},
		{"Ourania Pappas", false},
	}
	for _, tt := range tests {
		if got := placeholderName(tt.name); got != tt.want {
			t.Errorf("placeholderName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
