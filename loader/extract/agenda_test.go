package extract

import (
	"strings"
	"testing"
)

// agenda wraps list lines in an announcement of one meetup in Oslo.
func agenda(lines string) string {
	return withFrontMatter("Gopher Night Oslo: agenda", "NimbusOps", "2020-03-01", "Here is the agenda:\n\n"+lines)
}

func TestAgendaLines(t *testing.T) {
	tests := []struct {
		name      string
		lines     string
		talks     []speakersView
		companies map[string][]string
		gap       string
	}{
		{
			name:      "a time range then title by speaker",
			lines:     "- 5:15 - 5:45 - Profiling Go Services by Mara Ellison",
			talks:     []speakersView{{Title: "Profiling Go Services", Speakers: []string{"Mara Ellison"}}},
			companies: map[string][]string{"Mara Ellison": nil},
		},
		{
			name:      "title by speaker then their team",
			lines:     "- Building a Query Planner by Jonas Whitfield - Northwind Team",
			talks:     []speakersView{{Title: "Building a Query Planner", Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Jonas Whitfield": {"Northwind Team"}},
		},
		{
			name:      "title by speaker then a description with a role at a company",
			lines:     "- Fearless Concurrency by Selma Haugen - a principal engineer at Tidepool who maintains the scheduler.",
			talks:     []speakersView{{Title: "Fearless Concurrency", Speakers: []string{"Selma Haugen"}}},
			companies: map[string][]string{"Selma Haugen": {"Tidepool"}},
		},
		{
			name:      "title by speaker then the founder of a company",
			lines:     "- Query Planning by Jonas Whitfield - the founder of Tidepool",
			talks:     []speakersView{{Title: "Query Planning", Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Jonas Whitfield": {"Tidepool"}},
		},
		{
			name:      "title by speaker then the founder of a lower-case project",
			lines:     "- Query Linting by Selma Haugen - the founder of lintkit",
			talks:     []speakersView{{Title: "Query Linting", Speakers: []string{"Selma Haugen"}}},
			companies: map[string][]string{"Selma Haugen": nil},
		},
		{
			name:      "title by speaker then a member of a team at a company's office",
			lines:     "- Escape Analysis by Ravi Menon - a member of the compiler team at Initech NY",
			talks:     []speakersView{{Title: "Escape Analysis", Speakers: []string{"Ravi Menon"}}},
			companies: map[string][]string{"Ravi Menon": {"Initech"}},
		},
		{
			name:      "a slot's speaker, then her role at a company: an untitled talk",
			lines:     "6:50 - Mara Ellison - Founder of Tidepool\n\n7:20 - Jonas Whitfield - VP Engineering at Northwind",
			talks:     []speakersView{{Speakers: []string{"Mara Ellison"}}, {Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Mara Ellison": {"Tidepool"}, "Jonas Whitfield": {"Northwind"}},
		},
		{
			name:      "a role, the region it covers and the company",
			lines:     "- 7:20 - Jonas Whitfield - Marketing Director EMEA at Northwind",
			talks:     []speakersView{{Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Jonas Whitfield": {"Northwind"}},
		},
		{
			name:      "roles without a word between them and the company",
			lines:     "- 7:20 - Mara Ellison - Founder and CEO Tidepool",
			talks:     []speakersView{{Speakers: []string{"Mara Ellison"}}},
			companies: map[string][]string{"Mara Ellison": {"Tidepool"}},
		},
		{
			name:      "a title that opens with a word of roles is still a title",
			lines:     "- 7:20 - Mara Ellison - Mobile App Design\n- 7:50 - Jonas Whitfield - Product Lessons at Northwind",
			talks:     []speakersView{{Title: "Mobile App Design", Speakers: []string{"Mara Ellison"}}, {Title: "Product Lessons at Northwind", Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Mara Ellison": nil, "Jonas Whitfield": nil},
		},
		{
			name:      "a web address in parentheses after the speaker",
			lines:     "6:50 - Mara Ellison ( https://example.org/mara ) - Founder of Tidepool\n\n7:20 - Tracing Without Tears - Jonas Whitfield (https://example.org/jw)",
			talks:     []speakersView{{Speakers: []string{"Mara Ellison"}}, {Title: "Tracing Without Tears", Speakers: []string{"Jonas Whitfield"}}},
			companies: map[string][]string{"Mara Ellison": {"Tidepool"}, "Jonas Whitfield": nil},
		},
		{
			name:      "speaker then title",
			lines:     "- Ravi Menon - A Gentle Tour of the Linker",
			talks:     []speakersView{{Title: "A Gentle Tour of the Linker", Speakers: []string{"Ravi Menon"}}},
			companies: map[string][]string{"Ravi Menon": nil},
		},
		{
			name:      "several speakers then title",
			lines:     "- Ana Lima, Petra Novak & Omar Haddad - Panel on Open Source Funding",
			talks:     []speakersView{{Title: "Panel on Open Source Funding", Speakers: []string{"Ana Lima", "Petra Novak", "Omar Haddad"}}},
			companies: map[string][]string{"Ana Lima": nil, "Petra Novak": nil, "Omar Haddad": nil},
		},
		{
			name:      "title then speaker and company",
			lines:     "- 18:30 - Streaming joins in practice - Ruben Okafor, Northwind",
			talks:     []speakersView{{Title: "Streaming joins in practice", Speakers: []string{"Ruben Okafor"}}},
			companies: map[string][]string{"Ruben Okafor": {"Northwind"}},
		},
		{
			name:      "a title-case title then speaker and company",
			lines:     "- Streaming Joins Explained - Ruben Okafor, Northwind",
			talks:     []speakersView{{Title: "Streaming Joins Explained", Speakers: []string{"Ruben Okafor"}}},
			companies: map[string][]string{"Ruben Okafor": {"Northwind"}},
		},
		{
			name:      "title with a subtitle then a linked speaker and company",
			lines:     "- Config as code - Unplugged, [Ines Varga](https://twitter.com/inesvarga), Tidepool",
			talks:     []speakersView{{Title: "Config as code - Unplugged", Speakers: []string{"Ines Varga"}}},
			companies: map[string][]string{"Ines Varga": {"Tidepool"}},
		},
		{
			name:      "a talk kind before the title is dropped",
			lines:     "- Lightning talk: Borrow Checker Pitfalls by Mara Ellison",
			talks:     []speakersView{{Title: "Borrow Checker Pitfalls", Speakers: []string{"Mara Ellison"}}},
			companies: map[string][]string{"Mara Ellison": nil},
		},
		{
			name:  "doors opening and networking are not talks",
			lines: "- 18:00 - Doors open\n- 19:30 - Networking and drinks",
			talks: nil,
		},
		{
			name:  "pizza sponsored by a company is not a talk",
			lines: "- 18:15 - Pizza sponsored by Tidepool",
			talks: nil,
		},
		{
			name:  "closing remarks by an organizer are not a talk",
			lines: "- 21:00 - Closing remarks by Alma Ortiz",
			talks: nil,
		},
		{
			name:  "a bullet list of products is not a list of talks",
			lines: "- Meetup Pro\n- Google Slides\n- Zoom Webinars\n- Slack Connect",
			talks: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "agenda", agenda(tc.lines))
			if d := diff(tc.talks, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.lines, d)
			}
			if d := diff(tc.companies, companiesOf(r)); d != "" {
				t.Errorf("Extract(%q) companies mismatch (-want +got):\n%s", tc.lines, d)
			}
			for _, v := range talksOf(r) {
				if d := diff([]string{"Oslo"}, v.Cities); d != "" {
					t.Errorf("Extract(%q) talk %q cities mismatch (-want +got):\n%s", tc.lines, v.Title, d)
				}
			}
		})
	}
}

func TestArchive(t *testing.T) {
	body := withFrontMatter("Past talks", "NimbusOps", "2020-04-01", `We are the Oslo Gophers and meet every month.

## Past meetups

### March 4 2020 - [Northwind](https://northwind.example)

🗣 [mara](https://youtu.be/m4r4) (no slides)

🗣 [Jonas Whitfield](https://youtu.be/j0n4) (slides to follow)

### February 5 2020 - [Tidepool](https://tidepool.dev)

🗣 [selma](https://youtu.be/s3lm)
`)
	r := extractText(t, "archive", body)
	wantEvents := []eventView{
		{City: "Oslo", Date: "2020-03-04", Host: "Northwind"},
		{City: "Oslo", Date: "2020-02-05", Host: "Tidepool"},
	}
	if d := diff(wantEvents, eventsOf(r)); d != "" {
		t.Errorf("Extract(archive) events mismatch (-want +got):\n%s", d)
	}
	wantTalks := []talkView{
		{Description: "talk by mara", Speakers: []string{"mara"}, Cities: []string{"Oslo"}, URL: "https://youtu.be/m4r4"},
		{Description: "talk by Jonas Whitfield", Speakers: []string{"Jonas Whitfield"}, Cities: []string{"Oslo"}, URL: "https://youtu.be/j0n4"},
		{Description: "talk by selma", Speakers: []string{"selma"}, Cities: []string{"Oslo"}, URL: "https://youtu.be/s3lm"},
	}
	if d := diff(wantTalks, talksOf(r)); d != "" {
		t.Errorf("Extract(archive) talks mismatch (-want +got):\n%s", d)
	}
	// the two talks on the same day are at the same event
	if got := r.Talks[0].Events; len(got) != 1 || len(r.Talks[1].Events) != 1 || got[0] != r.Talks[1].Events[0] {
		t.Errorf("Extract(archive) talks 0 and 1 events = %v and %v, want one shared event", got, r.Talks[1].Events)
	}
}

func TestMonthList(t *testing.T) {
	months := `- February 2021
    - Mara Ellison
        - Lightning talk: Borrow Checker Pitfalls
        - Fuzzing Parsers Without Tears
    - Jonas Whitfield
        - Notes on "Programming Pearls" by Jon Bentley
- March 2021
    - Selma Haugen
        - Async Executors From Scratch
`
	type talkEvent struct {
		Title    string
		Speakers []string
		Events   []string // names of the talk's events
	}
	tests := []struct {
		name string
		body string
		want []talkEvent
		gap  string
	}{
		{
			name: "months list their speakers and the speakers their talks",
			body: months,
			want: []talkEvent{
				{Title: "Borrow Checker Pitfalls", Speakers: []string{"Mara Ellison"}, Events: []string{"Meetup February 2021"}},
				{Title: "Fuzzing Parsers Without Tears", Speakers: []string{"Mara Ellison"}, Events: []string{"Meetup February 2021"}},
				{Title: `Notes on "Programming Pearls" by Jon Bentley`, Speakers: []string{"Jonas Whitfield"}, Events: []string{"Meetup February 2021"}},
				{Title: "Async Executors From Scratch", Speakers: []string{"Selma Haugen"}, Events: []string{"Meetup March 2021"}},
			},
		},
		{
			name: "the months of a group named after its city are events of their own",
			body: "The Oslo Gophers meet every month.\n\n" + months,
			want: []talkEvent{
				{Title: "Borrow Checker Pitfalls", Speakers: []string{"Mara Ellison"}, Events: []string{"Oslo meetup February 2021"}},
				{Title: "Fuzzing Parsers Without Tears", Speakers: []string{"Mara Ellison"}, Events: []string{"Oslo meetup February 2021"}},
				{Title: `Notes on "Programming Pearls" by Jon Bentley`, Speakers: []string{"Jonas Whitfield"}, Events: []string{"Oslo meetup February 2021"}},
				{Title: "Async Executors From Scratch", Speakers: []string{"Selma Haugen"}, Events: []string{"Oslo meetup March 2021"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "months", withFrontMatter("Talks at the gopher meetup", "NimbusOps", "2021-04-01", tc.body))
			var got []talkEvent
			for _, talk := range r.Talks {
				v := talkEvent{Title: deref(talk.Title), Speakers: talk.Speakers}
				for _, i := range talk.Events {
					v.Events = append(v.Events, r.Events[i].Name)
				}
				got = append(got, v)
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.body, d)
			}
			if _, ok := personNamed(r, "Jon Bentley"); ok {
				t.Errorf("Extract(%q) has a speaker %q, the author of a book in a title", tc.body, "Jon Bentley")
			}
		})
	}
}

func TestHeadingTalks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
		gap  string
	}{
		{
			name: "a heading titles the talk its section describes",
			body: "We met at the usual place.\n\n" +
				"## Datalog for Everyone\n\n" +
				"Mara Ellison then described how her team replaced a graph database with Datalog queries.",
			want: []speakersView{{Title: "Datalog for Everyone", Speakers: []string{"Mara Ellison"}}},
		},
		{
			name: "a wrap-up section with reflections is no talk",
			body: "## Datalog for Everyone\n\n" +
				"Mara Ellison then described how her team replaced a graph database with Datalog queries.\n\n" +
				"## Wrap-up\n\n" +
				"We had a great evening and learned a lot. Thanks to everyone who came, and see you next month.",
			want: []speakersView{{Title: "Datalog for Everyone", Speakers: []string{"Mara Ellison"}}},
		},
		{
			name: "a heading over a list of dated items, one of them a talk, titles nothing",
			body: "## On the Calendar\n\n" +
				"* May 1 - our office hosts a book club.\n" +
				"* May 6 - we print new stickers.\n" +
				"* May 11 - Mara Ellison will deliver a talk on ledgers at our Scala meetup.\n" +
				"* May 26 - the office closes for a week.\n",
			want: []speakersView{{Speakers: []string{"Mara Ellison"}}},
		},
		{
			name: "a section about two speakers' talks is not titled by its heading",
			body: "## Lightning Round\n\n" +
				"Mara Ellison spoke about ledgers. Jonas Whitfield spoke about query planners.",
			want: []speakersView{{Speakers: []string{"Mara Ellison"}}, {Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "a one-word heading titles nothing",
			body: "## Talks\n\n" +
				"Mara Ellison then described how her team replaced a graph database with Datalog queries.",
			want: []speakersView{{Speakers: []string{"Mara Ellison"}}},
		},
		{
			name: "a reflections section that mentions a speaker's demo is no talk",
			body: "## Datalog for Everyone\n\n" +
				"Mara Ellison then described how her team replaced a graph database with Datalog queries.\n\n" +
				"## Reflections on the Evening\n\n" +
				"I think we learned a lot. Mara Ellison's demo was the highlight, and Jonas Whitfield asked great questions.",
			want: []speakersView{{Title: "Datalog for Everyone", Speakers: []string{"Mara Ellison"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "headings", recap(tc.body))
			if d := diff(tc.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestAdminTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Doors open", true},
		{"Welcoming of the participants", true},
		{"Arrive at the hall, take a seat and network", true},
		{"Food and drinks", true},
		{"Closing", true},
		{"Intro", true},
		{"Opening the Flask", false},
		{"Keynote", false},
		{"Closing the Gap", false},
		{"Opening the Day", true},
		{"Opening remarks", true},
		{"Intro to Tracing", false},
		{"Introductions of speakers and guests in the room", true},
		{"Introduction to Tracing", false},
		{"Closer to the Metal: Go and Assembly", false},
		{"Breaking Changes Without Breaking Users", false},
		{"Welcome to the World of Tracing", false},
		{"Welcome and intro", true},
		{"Break", true},
		{"Pizza", true},
		{"Begrüßung", true},
		{"Bienvenida y pausa", true},
		{"Tracing Without Tears", false},
		{"Networking in Kubernetes: a Deep Dive into CNI plugins and their tradeoffs", false},
		{"Day 2 - 13:15 – 14:00 - track 3", true},
		{"Track B, room 4", true},
		{"14:30", true},
		{"Salle 2 - 10h30", true},
		{"Day of the Gopher", false},
		{"Two Days of Tracing", false},
		{"Room to Grow: Capacity Planning", false},
	}
	for _, tt := range tests {
		if got := adminTitle(tt.title); got != tt.want {
			t.Errorf("adminTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestTitleOverSpeakerLine: a programme that sets each session's title apart over a line naming
// its speaker and affiliation.
func TestTitleOverSpeakerLine(t *testing.T) {
	session := func(time, title, speaker string) string {
		return "### " + time + "\n\n" + title + "  \n" + speaker + "\n\n- Takeaway: one thing to try\n\n"
	}
	tests := []struct {
		name      string
		body      string
		want      []speakersView
		companies map[string][]string
	}{
		{
			name: "bold titles over name | role and company",
			body: session("09:20 ~ 09:40", "**How We Will Work in 2030**", "Mara Ellison | Northwind CTO") +
				session("09:40 ~ 10:20", "**Faster Builds for Everyone**", "Bo Chen | Staff Engineer, Initech"),
			want:      []speakersView{{"How We Will Work in 2030", []string{"Mara Ellison"}}, {"Faster Builds for Everyone", []string{"Bo Chen"}}},
			companies: map[string][]string{"Mara Ellison": {"Northwind"}, "Bo Chen": {"Initech"}},
		},
		{
			name: "linked titles over a name and a dash",
			body: session("10:00", "[Queues in Practice](https://talks.example/q)", "Rui Costa – Quillfeather") +
				session("10:45", "[Tracing Without Tears](https://talks.example/t)", "Lena Park – Tidepool"),
			want:      []speakersView{{"Queues in Practice", []string{"Rui Costa"}}, {"Tracing Without Tears", []string{"Lena Park"}}},
			companies: map[string][]string{"Rui Costa": {"Quillfeather"}, "Lena Park": {"Tidepool"}},
		},
		{
			name: "names in a script without capitals",
			body: session("09:00", "**느린 빌드를 빠르게**", "김하늘 | 노스윈드") + session("09:40", "**큐를 다루는 법**", "이바다 | 타이드풀"),
			want: []speakersView{{"느린 빌드를 빠르게", []string{"김하늘"}}, {"큐를 다루는 법", []string{"이바다"}}},
		},
		{
			name: "a recap's linked titles over the speaker's name, then lines of comment",
			body: "Highlights:\n\n[Queues in Practice](https://video.example/q)  \nRui Costa  \nI liked this one a lot, and the demo worked.\n\n" +
				"[Tracing Without Tears](https://video.example/t)  \nLena Park  \nClear and short.  \nWatch it twice.\n",
			want: []speakersView{{"Queues in Practice", []string{"Rui Costa"}}, {"Tracing Without Tears", []string{"Lena Park"}}},
		},
		{
			name: "a link over a line of prose and more prose names no speaker",
			body: "[Queues in Practice](https://video.example/q)  \nI liked this one a lot.  \nThe demo worked.\n\n" +
				"[Tracing Without Tears](https://video.example/t)  \nClear and short.  \nWatch it twice.\n",
		},
		{
			name: "one such paragraph alone is no programme",
			body: "**A Note on Our Venue**  \nMara Ellison | Northwind CTO\n\nSee you there.\n",
		},
		{
			name: "a title that is not set apart is no session",
			body: session("09:20", "How We Will Work in 2030", "Mara Ellison | Northwind CTO") +
				session("09:40", "Faster Builds for Everyone", "Bo Chen | Initech"),
		},
		{
			name: "a sentence under a bold line names no speaker",
			body: session("09:20", "**Doors open**", "Grab a coffee and find a seat near the front") +
				session("09:40", "**Lunch**", "Sandwiches are served in the hall downstairs"),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "programme", recap(tc.body))
			if d := diff(tc.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks differ (-want +got)\n%s", tc.body, d)
			}
			if tc.companies != nil {
				if d := diff(tc.companies, companiesOf(r)); d != "" {
					t.Errorf("Extract(%q) companies differ (-want +got)\n%s", tc.body, d)
				}
			}
		})
	}
}

// TestTitleOverSpeakerSubheading: a page of talks where each title is a heading and the
// heading under it, of a lower rank, names the speakers and, after a comma, their company or
// the event the talk was given at.
func TestTitleOverSpeakerSubheading(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want      []speakersView
		companies map[string][]string
		events    []string
	}{
		{
			name: "speakers and their company under each title",
			body: "# Queues at the Edge\n\n### Ana Lima and Bo Chen, Globex\n\nThey showed how queues fill up.\n\n" +
				"# Why Types?\n\n### Cara Diaz, Initech\n\nCara argued for types.\n",
			want:      []speakersView{{"Queues at the Edge", []string{"Ana Lima", "Bo Chen"}}, {"Why Types?", []string{"Cara Diaz"}}},
			companies: map[string][]string{"Ana Lima": {"Globex"}, "Bo Chen": {"Globex"}, "Cara Diaz": {"Initech"}},
		},
		{
			name:      "an event's name after the speaker is where the talk was given",
			body:      "# Tracing Without Tears\n\n### Halvard Ostby, Rustfest Days\n\nHalvard explained tracing.\n",
			want:      []speakersView{{"Tracing Without Tears", []string{"Halvard Ostby"}}},
			companies: map[string][]string{"Halvard Ostby": nil},
			events:    []string{"Rustfest Days"},
		},
		{
			name: "a subheading that names no one is a title of its own",
			body: "# Part One\n\n### Tracing Without Tears\n\nHalvard Ostby explained tracing.\n",
			want: []speakersView{{"Tracing Without Tears", []string{"Halvard Ostby"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "talks", withFrontMatter("Our talks this year", "", "2031-12-20", "These are the talks we gave this year.\n\n"+tc.body))
			if d := diff(tc.want, speakersOf(r)); d != "" {
				t.Errorf("talks differ (-want +got)\n%s", d)
			}
			if tc.companies != nil {
				if d := diff(tc.companies, companiesOf(r)); d != "" {
					t.Errorf("companies differ (-want +got)\n%s", d)
				}
			}
			var events []string
			for _, e := range r.Events {
				events = append(events, e.Name)
			}
			if d := diff(tc.events, events); d != "" {
				t.Errorf("events differ (-want +got)\n%s", d)
			}
		})
	}
}

// TestHeadingOverBoldSpeaker: a recap's heading titles a talk when the bold line under it names
// the speaker with their company and handle in brackets, even when the title ends like a
// company's name.
func TestHeadingOverBoldSpeaker(t *testing.T) {
	body := "### Resilient Data Systems\n\n**Ana Lima (Globex, [@alima](https://twitter.com/alima))**\n\nI liked this one a lot.\n\n" +
		"### Tracing Without Tears\n\n**Bo Chen (tidy llc, [@bchen](https://twitter.com/bchen))**\n\nA good keynote.\n"
	r := extractText(t, "recap", recap(body))
	want := []speakersView{{"Resilient Data Systems", []string{"Ana Lima"}}, {"Tracing Without Tears", []string{"Bo Chen"}}}
	if d := diff(want, speakersOf(r)); d != "" {
		t.Errorf("talks differ (-want +got)\n%s", d)
	}
	if d := diff(map[string][]string{"Ana Lima": {"Globex"}, "Bo Chen": {"tidy llc"}}, companiesOf(r)); d != "" {
		t.Errorf("companies differ (-want +got)\n%s", d)
	}
}

// TestHeadingsOfARecapInFrench: a French recap's part headings ("Les conférences") and the
// photographer credited under a picture give no talk; a keynote named by its slot is untitled.
func TestHeadingsOfARecapInFrench(t *testing.T) {
	body := "## La conférence\n\n![Photo](salle.jpg)\n[Cara Diaz](https://unsplash.com/photos/abc)\n\nDeux jours de conférences.\n\n" +
		"## Les conférences\n\nJ'ai vu peu de conférences cette année.\n\n" +
		"## Files d'attente sans larmes - Ana Lima / Bo Chen\n\nSuper.\n\n" +
		"## Keynote d'ouverture du vendredi - Dan Eve\n\nBien.\n"
	r := extractText(t, "recap", withFrontMatter("Initech Conf 2031", "", "2031-02-01", body))
	want := []speakersView{{"Files d'attente sans larmes", []string{"Ana Lima", "Bo Chen"}}, {"", []string{"Dan Eve"}}}
	if d := diff(want, speakersOf(r)); d != "" {
		t.Errorf("talks differ (-want +got)\n%s", d)
	}
}

// TestKeynoteLabelInAListing: a listing's title that opens with the kind of talk loses it.
func TestKeynoteLabelInAListing(t *testing.T) {
	r := extractText(t, "agenda", recap("### Ana Lima- KEYNOTE: Queues at the Edge of Reason\n\nA fine start.\n"))
	if d := diff([]speakersView{{"Queues at the Edge of Reason", []string{"Ana Lima"}}}, speakersOf(r)); d != "" {
		t.Errorf("talks differ (-want +got)\n%s", d)
	}
}

// TestOwnLineKeepsALinkedTitleWhole: a line of a list naming its speaker before a linked
// title holding a dash is one talk, titled by the whole link, and a picture before it is no
// word of the title.
func TestOwnLineKeepsALinkedTitleWhole(t *testing.T) {
	body := "We are at FooConf Porto with these sessions:\n\n" +
		"* Ana Lima: [🐲 Queues Done Right — Backpressure for the Rest of Us](https://agenda.example/s/1) / Tue Mar 19 3:30 PM\n" +
		"* Bo Chen: [Tidy Types in Practice](https://agenda.example/s/2) / Wed Mar 20, 1:00 PM\n"
	r := extractText(t, "agenda", recap(body))
	want := []speakersView{{"Queues Done Right — Backpressure for the Rest of Us", []string{"Ana Lima"}}, {"Tidy Types in Practice", []string{"Bo Chen"}}}
	if d := diff(want, speakersOf(r)); d != "" {
		t.Errorf("talks differ (-want +got)\n%s", d)
	}
}

func TestSlotName(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Opening keynote", true},
		{"Closing keynote of Friday", true},
		{"Keynote d'ouverture du vendredi", true},
		{"Keynote: Queues at the Edge", false},
		{"The keynote I never gave", false},
		{"Opening the Flask", false},
		{"Keynote", false},
	}
	for _, tt := range tests {
		if got := slotName(tt.title); got != tt.want {
			t.Errorf("slotName(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestTitleOverSpeakerLinePlaces covers a newsletter's dates: a bold title over "Name: day,
// date, City", each talk at its own town and day.
func TestTitleOverSpeakerLinePlaces(t *testing.T) {
	body := "### Termine\n**Queues von null auf hundert**\nAna Lima: Mi., den 13. November, Oldenburg\n[mehr](http://example.org/1)\n\n" +
		"**Schnelle Tests**\nBo Chen: Do., den 14. November, Dresden\n[mehr](http://example.org/2)\n"
	r := extractText(t, "news", withFrontMatter("Newsletter November", "", "2019-11-12", body))
	want := []talkView{
		{Title: "Queues von null auf hundert", Speakers: []string{"Ana Lima"}, Cities: []string{"Oldenburg"}},
		{Title: "Schnelle Tests", Speakers: []string{"Bo Chen"}, Cities: []string{"Dresden"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks (-want +got):\n%s", d)
	}
	var dates []string
	for _, e := range r.Events {
		dates = append(dates, deref(e.Date))
	}
	if d := diff([]string{"2019-11-13", "2019-11-14"}, dates); d != "" {
		t.Errorf("event dates (-want +got):\n%s", d)
	}
}

func TestHeadingOfAnEventNamePlacesItsTalks(t *testing.T) {
	text := "# PixelFest NYC 2024 Schedule\n\n## Day 1\n\n" +
		"* `09:30` **Sharding the Ledger**, _Ana Lima_ (Initech)\n"
	var got [][]string
	for _, v := range talksOf(extractText(t, "page", text)) {
		got = append(got, v.Cities)
	}
	if d := diff([][]string{{"NYC"}}, got); d != "" {
		t.Errorf("talk cities (-want +got):\n%s", d)
	}
}

func TestGroupWordIn(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Porto JUG", true},
		{"GDG Tartu", true},
		{"NimbusJUG, 2021", true},
		{"Tartu Kotlin User Group", true},
		{"Tartu County .NET Users Group", true},
		{"Growing by Sharing: Transitioning a Group to Self-Direction", false},
		{"A Jug of Water", false},
	}
	for _, tt := range tests {
		if got := groupWordIn(tt.in); got != tt.want {
			t.Errorf("groupWordIn(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestArchiveHeadingDates reads an archive whose headings name each meetup with its date in
// parentheses, with or without the group's city in the heading: every heading is its own event,
// in the group's city, and names it once ("Meetup #10", not "Meetup Meetup #10").
func TestArchiveHeadingDates(t *testing.T) {
	body := "# KestrelPHP Meetups\n\nSlides from the [KestrelPHP](https://example.org) community meetups.\n\n" +
		"## Tartu PHP #12 (2031-02-02)\n* \"Billing with queues\" Mara Kostik\n\n" +
		"## Meetup #10 (2030-12-01)\n* \"Caching the catalogue\" Aino Kask\n* \"Rust for PHP people\" Mihkel Tamm\n\n" +
		"## Meetup #9: quiz night (2030-11-03)\n* \"A year of feature flags\" Liis Org\n"
	r := extractText(t, "archive-dates", body)
	wantEvents := []eventView{{City: "Tartu", Date: "2031-02-02"}, {City: "Tartu", Date: "2030-12-01"}, {City: "Tartu", Date: "2030-11-03"}}
	if d := diff(wantEvents, eventsOf(r)); d != "" {
		t.Fatalf("events mismatch (-want +got):\n%s", d)
	}
	for _, e := range r.Events[1:] {
		if strings.Contains(strings.ToLower(e.Name), "meetup meetup") {
			t.Errorf("event name %q repeats the kind", e.Name)
		}
	}
	for _, tk := range r.Talks {
		if len(tk.Events) != 1 {
			t.Errorf("talk %v events = %v, want its heading's one event", tk.Title, tk.Events)
		}
	}
	if len(r.Talks) != 4 || r.Talks[1].Events[0] != r.Talks[2].Events[0] || r.Talks[0].Events[0] == r.Talks[1].Events[0] {
		t.Errorf("talks by heading = %v, want the two of #10 together and apart from the others", talksOf(r))
	}
}

func TestHasYear(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"FooConf 2031", true},
		{"Meetup #10 (2030-12-01)", true},
		{"FooConf 2031, Tartu", true},
		{"13.09.2030", true},
		{"Room 12345", false},
		{"Meetup #10", false},
		{"call 555 20301", false},
	} {
		if got := hasYear(c.in); got != c.want {
			t.Errorf("hasYear(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSpeakersOverTitle(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{
			name: "an HTML archive: the date and speakers, then the title in a heading",
			body: "<ul>\n<li>\n<span>May 2031 - </span>\n<span>Ana Lima / Bo Chen</span>\n<h4>Sharding the Ledger / Queues at Rest</h4>\n</li>\n" +
				"<li>\n<span>April 2031 - </span>\n<span>Carla Jensen</span>\n<h4>Fuzzing the Parser</h4>\n</li>\n</ul>\n",
			want: []string{"Fuzzing the Parser | Carla Jensen", "Queues at Rest | Bo Chen", "Sharding the Ledger | Ana Lima"},
		},
		{
			name: "Markdown: the speakers over a bold title",
			body: "- June 2031 - Dario Rossi & Elena Petrova\n  **Tracing Without Tears**\n- July 2031 - Fabio Conti\n  **Migrating the Monolith**\n",
			want: []string{"Migrating the Monolith | Fabio Conti", "Tracing Without Tears | Dario Rossi, Elena Petrova"},
		},
		{
			name: "titles and speakers in unequal numbers: one talk by all",
			body: "- June 2031 - Dario Rossi / Elena Petrova\n  **Tracing Without Tears**\n",
			want: []string{"Tracing Without Tears | Dario Rossi, Elena Petrova"},
		},
		{
			name: "a group is no speaker (the archive's entry keeps its title alone)",
			body: "- March 2031 - Everyone\n  **Open Space Evening**\n",
			want: []string{"Open Space Evening | "},
		},
		{
			name: "a title that is not set apart is not read this way",
			body: "- March 2031 - Ana Lima\n  Notes from the evening follow below\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", withFrontMatter("Past meetings", "", "", tt.body)))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestDatedTopics(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
	}{
		{
			name: "an archive of weekly meetings, one date and topic an item",
			body: "## Past meetings\n\n- 2031-05-13 [Paging for Humans](https://example.org/p) - Chris\n- 2031-05-06 Quiet Queues in Practice - Ana Lima\n" +
				"- 2031-04-29 Sharding the Ledger. We look at how the ledger is split\n- 2031-04-22 .. no meeting - holiday\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Chris"}},
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}},
				{Title: "Sharding the Ledger", Speakers: []string{}},
			},
		},
		{
			name: "a changelog's dated items are no meetings",
			body: "## Changes\n\n- 2031-05-13 Fixed the parser\n- 2031-05-06 Faster builds\n- 2031-04-29 New logo\n",
			want: nil,
		},
		{
			name: "two dated items are too few to make an archive",
			body: "## Past meetings\n\n- 2031-05-13 Paging for Humans\n- 2031-05-06 Quiet Queues in Practice\n- Bring a laptop\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "group", recap(tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.body, d)
			}
		})
	}
}

// TestDayHeadingTitlesNoTalk covers a meetup archive whose sections are headed by their day:
// the day is no talk's title, whichever reader looks at the heading.
func TestDayHeadingTitlesNoTalk(t *testing.T) {
	body := "# Talks\n\nA list of past talks of our group.\n\n## May 15, 2031\n\nBest of Harbourconf 2031.\n\nWe watched these talks:\n\n" +
		"- [Quiet Queues in Practice](https://example.org/v/1), Ana Lima\n\n## March 3, 2031\n\nBest of Rivercamp 2030.\n\n" +
		"- [Paging for Humans](https://example.org/v/2), Bo Chen\n"
	for _, v := range talksOf(extractText(t, "archive", body)) {
		if dateOnly(v.Title) || bareMonthYear.MatchString(v.Title) {
			t.Errorf("talk titled %q, a day's heading", v.Title)
		}
	}
}
