package extract

import "testing"

// TestRulesDoNotMisfire holds sentences a reviewer wrote against the rules of this round:
// each rule reads its own shape, and none of these.
func TestRulesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		want   []talkView
	}{
		{
			name:   "a dated line where a named speaker is presenting is theirs, not the writer's",
			author: "Mia Berg",
			body:   "- March 3rd, 2031: Tartu.js - Ana Lima presenting “Quiet Queues”\n- April 9th, 2031: Riga JUG - Bo Chen giving a talk on “Fuzzing the Parser”\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name:   "an engagement that names its speakers is not the writer's",
			author: "Mia Berg",
			body:   "- Presenting at the Riga Go Meetup on 12 June: Cy Dunn\n",
			want:   nil,
		},
		{
			name:   "a card of a meetup's talk on a named writer's post is not the writer's",
			author: "Mia Berg",
			body:   "## May 20\n\n- **Event**: Go Porto Meetup\n- **Location**: Initech, Porto\n- **Talk**: Quiet Queues in Practice\n",
			want:   []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{}, Cities: []string{"Porto"}}},
		},
		{
			name: "agenda titles with organizing or attendance in them are talks",
			body: "## Agenda\n\n- 19:00 Organizing Go Code - Ana Lima\n- 19:40 Predicting Attendance - Bo Chen\n",
			want: []talkView{
				{Title: "Organizing Go Code", Speakers: []string{"Ana Lima"}},
				{Title: "Predicting Attendance", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a title without marks after titled stops before where and when",
			body: "Ana Lima gave a talk titled Go Generics in Tartu last week.",
			want: []talkView{{Title: "Go Generics", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name: "a heading that ends in a plural event word is still a title",
			body: "## Handling Domain Events\n\nAna Lima explained how she models domain events in her team.",
			want: []talkView{{Title: "Handling Domain Events", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "what teams want to do is no wish of the writer's",
			body: "## Quiet Queues in Practice\n\nAna Lima explained why most teams want to avoid shared state.",
			want: []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "the last of a possessive list stops before a relative clause",
			body: "My favourite talks were Ana Lima's talk on Quiet Queues, Bo Chen's on Fuzzing the Parser, and Cy Dunn's on Rust which was great fun.",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
				{Title: "Rust", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "days of the week are no titles of a possessive list",
			body: "Ana Lima's talk on Monday and Bo Chen's on Tuesday were both packed.",
			want: []talkView{{Description: "Monday", Speakers: []string{"Ana Lima"}}, {Description: "Tuesday", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a quoted case or demo is no talk",
			body: "In the “Hello World” case, nothing breaks. We tried the “Start Now” demo from the docs.",
			want: nil,
		},
		{
			name: "doing a review is no talk",
			body: "Bo Chen was doing a quick review of the pull requests.",
			want: nil,
		},
		{
			name: "a name on where to find them is no talk",
			body: "- Ana Lima on Mastodon and Bluesky\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Notes from the community", tt.author, "2031-03-01", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks differ (-want +got)\n%s", tt.body, d)
			}
		})
	}
}

// TestPlacesDoNotMisfire holds sentences that name places where no event was.
func TestPlacesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		published string
		body      string
		events    []eventView
	}{
		{
			name:   "someone spoken to in a city is no event there",
			title:  "Go Porto, March",
			body:   "The meetup took place in Porto on March 3, hosted by Initech. Afterwards I talked to an old colleague from Berlin about Go, and I spoke to a recruiter in Madrid on the phone.",
			events: []eventView{{City: "Porto", Date: "2031-03-03", Host: "Initech"}},
		},
		{
			name:      "glad to have seen you is no invitation to come",
			published: "2031-03-20",
			body:      "It was great to see you all at the meetup in Porto on March 3.",
			events:    []eventView{{City: "Porto", Date: "2031-03-03"}},
		},
		{
			name:   "home after a tour, and a delay on the way, are no stops",
			title:  "Our Roadshow",
			body:   "Our roadshow took us to Lisbon and Porto. After the last stop I returned to Berlin, where I live. My trip was delayed in Frankfurt for six hours.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}},
		},
		{
			name:   "days spent in cities are no series of events",
			body:   "We spent three days in Porto and Lisbon before the conference season started.",
			events: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := tt.published
			if published == "" {
				published = "2031-03-01"
			}
			title := tt.title
			if title == "" {
				title = "Notes from the community"
			}
			r := extractText(t, "post", withFrontMatter(title, "", published, tt.body))
			if d := diff(tt.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events differ (-want +got)\n%s", tt.body, d)
			}
		})
	}
}

func TestSlashDay(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"10/19 Sat", true},
		{"19/10/2031", true},
		{"50/50", false},
		{"13/13", false},
		{"24/7 support", false},
	}
	for _, tt := range tests {
		if got := dateOnly(tt.text); got != tt.want {
			t.Errorf("dateOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestStageAndRoleRulesDoNotMisfire holds sentences a second reviewer wrote against the rules
// that put speakers on stage, read their roles around their names, and read agendas, tables
// of facts and tours: each case is a misfire the reviewer found, mended.
func TestStageAndRoleRulesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		body      string
		want      []talkView
		companies map[string][]string
	}{
		{
			name: "whoever introduced the speaker, set off by a comma, gives no talk",
			body: "Introduced by Dan Ek (Initech), Bo Chen gave a talk on fuzzing. As a thank-you to Cara Diaz at Globex and Eva Fox, Ana Lima gave a talk on queues.",
			want: []talkView{{Description: "a talk on fuzzing", Speakers: []string{"Bo Chen"}}, {Description: "a talk on queues", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "going on stage for the fire exits or the sponsors is no talk",
			body: "The organizer Ana Lima stepped up and showed us the fire exits. Bo Chen took the stage to present the sponsors of the evening.",
			want: nil,
		},
		{
			name: "then came someone with last month's talk recordings",
			body: "Then came Dan Ek with the talk recordings from last month.",
			want: nil,
		},
		{
			name:  "a talk that was about to start says no subject",
			title: "Tartu Go Meetup #12",
			body:  "The talk by Ana Lima was about to start when the fire alarm went off.",
			want:  []talkView{{Description: "The talk", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name: "what a talk was about, up to what the sentence says of it, keeps its own clause",
			body: "Ana Lima's talk on making APIs that are a joy to use was the highlight.",
			want: []talkView{{Description: "making APIs that are a joy to use", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "titles that end in a sponsor's word are titles",
			body: "## Talks\n\n- How Open Source Maintainers Get Paid by Ana Lima\n- Test Everything Until It Is Covered by Bo Chen\n",
			want: []talkView{{Title: "How Open Source Maintainers Get Paid", Speakers: []string{"Ana Lima"}}, {Title: "Test Everything Until It Is Covered", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a heading that starts with Day and is no day's is a title",
			body: "## Day Trading: A Bot in Go\n\nAna Lima gave a talk about her trading bot.\n",
			want: []talkView{{Title: "Day Trading: A Bot in Go", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a single post's heading that opens with a town and a colon is a title",
			body: "## Rome: Not Built in a Day – Ana Lima\n\nAna Lima explained how her team rewrote billing.\n",
			want: []talkView{{Title: "Rome: Not Built in a Day", Speakers: []string{"Ana Lima"}, Cities: []string{"Rome"}}},
		},
		{
			name:      "a word of the speaker before her role is no company",
			body:      "Estonian software engineer Ana Lima gave a talk about queues. Longtime Go developer Bo Chen gave a talk about parsers.",
			want:      []talkView{{Description: "a talk about queues", Speakers: []string{"Ana Lima"}}, {Description: "a talk about parsers", Speakers: []string{"Bo Chen"}}},
			companies: map[string][]string{"Ana Lima": nil, "Bo Chen": nil},
		},
		{
			name:      "a former role's company is hers",
			body:      "Ana Lima, Umbrella's former CTO, gave a talk about queues.",
			want:      []talkView{{Description: "a talk about queues", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Ana Lima": {"Umbrella"}},
		},
		{
			name:      "working with a company is not working at it",
			body:      "Ana Lima is working with Hooli on funding. She gave a talk about queues.",
			want:      []talkView{{Description: "a talk about queues", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a bold name over what they do, where they are or what they did is no talk",
			body: "## Organizers\n\n**Ana Lima** Community Manager\n\n## Speakers\n\n**Bo Chen** Staff Engineer at Initech\n\n**Cara Diaz** Porto and Ghent\n\n## Photos\n\n**Dan Ek** Photo Credits and Video Editing\n\n## Quotes\n\n**Eva Fox** Great evening, thanks for the pizza!\n",
			want: nil,
		},
		{
			name:      "the end of a line of name and role that names no employer",
			body:      "## Agenda\n\n- **Fuzzing for Fun**\n  - Bo Chen, Developer Advocate, since 2029\n- **Parsing Without Pain**\n  - Cara Diaz, Freelance Engineer, Remote\n- **Quiet Queues**\n  - Ana Lima, Staff Engineer, Porto\n",
			want:      []talkView{{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}}, {Title: "Parsing Without Pain", Speakers: []string{"Cara Diaz"}}, {Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Bo Chen": nil, "Cara Diaz": nil, "Ana Lima": nil},
		},
		{
			name:  "a table of facts that names two presenters is no talk of the page's",
			title: "What we learned in March",
			body:  "## Details\n\n| | |\n|---|---|\n| **When:** | March 4, 2031 |\n| **Where:** | Initech, Tartu |\n| **Presenters:** | Ana Lima, Bo Chen |\n\nAna Lima talked about queues. Bo Chen talked about parsers.\n",
			want:  []talkView{{Description: "queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}, {Description: "parsers", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}}},
		},
		{
			name:  "a profile's table of facts places no event",
			title: "Ana Lima",
			body:  "## Info\n\n| | |\n|---|---|\n| **Location:** | Porto, Portugal |\n| **Role:** | Staff Engineer |\n",
			want:  nil,
		},
		{
			name: "where people came from, and a group the writers only thank, place nothing",
			body: "Our speakers came to our events from three cities: Tartu, Porto and Ghent. We thank Porto's Go user group for lending us their projector.\n\n- Ana Lima - [Quiet Queues](https://example.org/v)\n",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, URL: "https://example.org/v"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Notes from the community"
			}
			r := extractText(t, "post", withFrontMatter(title, "", "2031-05-10", tt.body))
			checkTalksAndCompanies(t, r, tt.want, tt.companies)
		})
	}
}

// TestListAndFirstPersonRulesDoNotMisfire holds sentences a third reviewer wrote against the
// rules that read lists of talks after a colon, the writer's own talk, a writer's coming talks
// under event headings, panels in prose and a host named in the title: each case is a misfire
// the reviewer found, mended.
func TestListAndFirstPersonRulesDoNotMisfire(t *testing.T) {
	tests := []struct {
		name   string
		title  string
		author string
		body   string
		want   []talkView
	}{
		{
			name: "what follows a speaker is no part of the next title",
			body: "Next month's workshops: Quiet Queues with Bo Chen on Monday, and Fuzzing for Fun with Cara Diaz on Friday. The talks: Parsers at Scale by Dan Ek (Initech), Logs Done Right by Eva Fox (Globex).",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}}, {Title: "Fuzzing for Fun", Speakers: []string{"Cara Diaz"}},
				{Title: "Parsers at Scale", Speakers: []string{"Dan Ek"}}, {Title: "Logs Done Right", Speakers: []string{"Eva Fox"}},
			},
		},
		{
			name: "lists after a colon that are no talks",
			body: "The sessions: coffee with Ana Lima, lunch with Bo Chen, and drinks with Cara Diaz. The workshops: Monday with Bo Chen, Tuesday with Cara Diaz. Books recommended in the talks: Quiet Queues Explained by Bo Chen, and The Parser Book by Cara Diaz.",
			want: nil,
		},
		{
			name:   "the writer's talk and another's in one sentence",
			author: "Ana Lima",
			body:   "Queueconf was held in Porto. My talk was on **Quiet Queues That Work**, and after me Bo Chen gave a talk on **Fuzzing for Fun**. My talk is called “Parsers at Scale”, but Bo Chen gave it because I was ill.",
			want:   []talkView{{Title: "Quiet Queues That Work", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}}, {Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}}},
		},
		{
			name:   "a time or a stage, and a quoted person's talk, are not the writer's talk",
			author: "Ana Lima",
			body:   "My workshop was on **Tuesday Morning**. My keynote was on **Stage B**, right after lunch. Bo Chen writes: “My talk was on **Quiet Queues That Work**, and it went well.”",
			want:   nil,
		},
		{
			name:   "someone else speaks at the event the writer only attends",
			title:  "Where I speak next",
			author: "Ana Lima",
			body:   "## 04.10.2031 Queue Conf\n\nBo Chen is speaking here; I am only a guest.\n\nTopic: Parsers at Scale\n",
			want:   []talkView{{Description: "here", Speakers: []string{"Bo Chen"}, Cities: []string{"-"}}},
		},
		{
			name:   "the town of another year or of someone's home places no talk",
			title:  "Where I speak next",
			author: "Ana Lima",
			body:   "## 04.10.2031 Queue Conf\n\nI will give a talk there. Last year it was in Porto. Bo Chen, who lives in Ghent, will join me.\n\nTopic: Fuzzing for Fun\n",
			want:   []talkView{{Title: "Fuzzing for Fun", Speakers: []string{"Ana Lima"}, Cities: []string{"-"}}},
		},
		{
			name: "a panel of names that never happened, a selection panel",
			body: "Sadly the panel with Ana Lima and Bo Chen never happened. I was on the selection panel of Cara Diaz, Dan Ek and Eva Fox.",
			want: nil,
		},
		{
			name:  "a person who hosted, named in the title, is no venue and no town",
			title: "Bo Chen hosted the first Tartu Rust meetup",
			body:  "Ana Lima gave a talk about queues.",
			want:  []talkView{{Description: "a talk about queues", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Notes from the community"
			}
			r := extractText(t, "post", withFrontMatter(title, tt.author, "2031-05-10", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
			for _, e := range eventsOf(r) {
				if e.Host == "Bo Chen" || e.City == "Chen" || e.City == "Lima" {
					t.Errorf("event %+v takes a person for its host or town", e)
				}
			}
		})
	}
}

// TestMarkedTitleLast reads a speaker's list whose lines mark the title after where and when.
func TestMarkedTitleLast(t *testing.T) {
	tests := []string{
		"- **March 4, 2031** — Tartu Gophers, Tartu, Estonia — *Quiet Queues*\n- **June 1, 2031** — Ghent Web Craft, Ghent, Belgium — *Fuzzing for Fun*\n",
		"## Past talks\n\n**Tartu Gophers** (Tartu, March 2031): Quiet Queues\n\n**Ghent Web Craft** (Ghent, June 2031): Fuzzing for Fun\n",
	}
	want := map[string][]string{"Quiet Queues": {"Tartu"}, "Fuzzing for Fun": {"Ghent"}}
	for _, body := range tests {
		r := extractText(t, "talks", withFrontMatter("Speaking", "Ana Lima", "2031-07-01", body))
		got := map[string][]string{}
		for _, tk := range talksOf(r) {
			got[tk.Title] = tk.Cities
		}
		if d := diff(want, got); d != "" {
			t.Errorf("%q: talks and their cities differ (-want +got)\n%s", body, d)
		}
	}
}
