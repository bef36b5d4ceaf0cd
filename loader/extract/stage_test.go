package extract

import "testing"

// TestSpeakersOnStage covers the ways prose puts a speaker on stage before the talk: a subject
// of several names each with a company, a role "@" a company, going on stage before the verb,
// an inverted opening ("First up was X with ..."), and "The talk by X was about Y".
func TestSpeakersOnStage(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		body      string
		want      []talkView
		companies map[string][]string
	}{
		{
			name:      "two speakers, each with a bracketed company, share the verb",
			body:      "Ana Lima (Initech) and Bo Chen (Globex) gave a talk on fuzzing.",
			want:      []talkView{{Description: "a talk on fuzzing", Speakers: []string{"Ana Lima", "Bo Chen"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}},
		},
		{
			name:      "two speakers, each from a company, share the verb",
			body:      "Ana Lima from Initech and Bo Chen from Globex presented their queue library.",
			want:      []talkView{{Description: "their queue library", Speakers: []string{"Ana Lima", "Bo Chen"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}},
		},
		{
			name:      "a role @ a company set off by commas",
			body:      "Ana Lima, engineering manager @ Initech, gave a talk about tracing.",
			want:      []talkView{{Description: "a talk about tracing", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "took the stage, then the verb",
			body: "Next, Bo Chen took the stage to talk about fuzzing. Then Ana Lima stepped up and showed us how tracing works.",
			want: []talkView{
				{Description: "fuzzing", Speakers: []string{"Bo Chen"}},
				{Description: "how tracing works", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "took the floor to present a quoted title; came up on stage and explained",
			body: "Dan Ek took the floor to present “Quiet Queues”. Cara Diaz came up on stage and explained eBPF.",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Dan Ek"}},
				{Description: "eBPF", Speakers: []string{"Cara Diaz"}},
			},
		},
		{
			name: "going on stage alone is no talk",
			body: "Bo Chen took the stage first. Ana Lima stepped up to the mic.",
			want: nil,
		},
		{
			name:      "first up was a speaker of a company with a talk",
			body:      "First up was Ana Lima of Initech with a talk on tracing Go services.",
			want:      []talkView{{Description: "a talk on tracing Go services", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name:      "then came a speaker with a quoted title",
			body:      "Then came Bo Chen (Globex) with “Fuzzing for Fun”.",
			want:      []talkView{{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}}},
			companies: map[string][]string{"Bo Chen": {"Globex"}},
		},
		{
			name:      "next up, an appositive, then the talk",
			body:      "Next up was Cara Diaz, a lead at Umbrella, with a presentation about eBPF.",
			want:      []talkView{{Description: "a presentation about eBPF", Speakers: []string{"Cara Diaz"}}},
			companies: map[string][]string{"Cara Diaz": {"Umbrella"}},
		},
		{
			name: "last but not least, two speakers with a demo",
			body: "Last but not least, we had Dan Ek and Eva Fox with a demo of their robot.",
			want: []talkView{{Description: "a demo of their robot", Speakers: []string{"Dan Ek", "Eva Fox"}}},
		},
		{
			name: "then came something that is no talk, with something",
			body: "Then came the pizza with lots of cheese. Ana Lima came with her dog. First up was Bo Chen with his new haircut.",
			want: nil,
		},
		{
			name: "with a talk, but no inverted opening before the name",
			body: "We were happy to see Ana Lima with a talk badge on.",
			want: nil,
		},
		{
			name:      "the talk by a speaker was about something, on an event's page",
			title:     "Tartu Go Meetup #12",
			body:      "The talk by Ana Lima, engineer at Initech, was about tracing.",
			want:      []talkView{{Description: "tracing", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Notes from the community"
			}
			r := extractText(t, "post", withFrontMatter(title, "NimbusOps", "2031-05-10", tt.body))
			checkTalksAndCompanies(t, r, tt.want, tt.companies)
		})
	}
}

// TestTalkWasAboutBy covers "The first talk was about X by Name": what the talk was about
// (a title when written as one), then its speaker, and speakers linked to their page in a
// meetup group's member list.
func TestTalkWasAboutBy(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "a title-cased subject is the title, whatever names it seems to hold",
			body: "The first talk was about Quiet Queues In Daily Life by [Ana Lima](https://github.com/alima).",
			want: []talkView{{Title: "Quiet Queues In Daily Life", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a subject in lower case is the description",
			body: "The second talk was about queue libraries by Ana Lima.",
			want: []talkView{{Description: "queue libraries", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "the talk was by someone about something",
			body: "The second talk was by Bo Chen about queue libraries.",
			want: []talkView{{Description: "queue libraries", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a name linked to a meetup member page is a person",
			body: "Third talk was by [Tavita](https://www.meetup.com/Tartu-Gophers/members/4711/) about Basics of Parsing.",
			want: []talkView{{Title: "Basics of Parsing", Speakers: []string{"Tavita"}}},
		},
		{
			name: "a link to a meetup group's page names no person",
			body: "Third talk was by [Tartugo](https://www.meetup.com/Tartu-Gophers/) about Basics of Parsing.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Notes from the community", "NimbusOps", "2031-05-10", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

// TestRolesAroundNames covers the ways prose says where a speaker works around their name: a
// role and its organization before the name, the organization's possessive before or after
// it, a department between the role and "at", "with" after a role, and "works at".
func TestRolesAroundNames(t *testing.T) {
	tests := []struct {
		body    string
		speaker string
		company string
	}{
		{"Initech developer advocate Ana Lima gave a talk about queues.", "Ana Lima", "Initech"},
		{"Globex's co-founder Bo Chen delivered a talk about robots.", "Bo Chen", "Globex"},
		{"Umbrella CTO Cara Diaz gave a talk about robots.", "Cara Diaz", "Umbrella"},
		{"Ana Lima, Initech's COO, gave a talk about queues.", "Ana Lima", "Initech"},
		{"Bo Chen, Head of Developer Relations at Globex, discussed the grants program.", "Bo Chen", "Globex"},
		{"Bo Chen, VP of Engineering at Globex, gave a talk about robots.", "Bo Chen", "Globex"},
		{"Eva Fox, a senior engineer with Hooli, talked about pipelines.", "Eva Fox", "Hooli"},
		{"Eva Fox, engineer at Hooli and maintainer of quietq, talked about pipelines.", "Eva Fox", "Hooli"},
		{"Our speaker Eva Fox works at Hooli. She talked about pipelines.", "Eva Fox", "Hooli"},
		// no organization: a role alone, a place, a determiner
		{"Senior developer advocate Ana Lima gave a talk about queues.", "Ana Lima", ""},
		{"Tartu developer advocate Ana Lima gave a talk about queues.", "Ana Lima", ""},
		{"Our developer advocate Ana Lima gave a talk about queues.", "Ana Lima", ""},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Notes from the community", "", "2031-05-10", tt.body))
		var speakers []string
		for _, tk := range r.Talks {
			speakers = append(speakers, tk.Speakers...)
		}
		if d := diff([]string{tt.speaker}, speakers); d != "" {
			t.Errorf("%q: speakers differ (-want +got)\n%s", tt.body, d)
		}
		var want []string
		if tt.company != "" {
			want = []string{tt.company}
		}
		if d := diff(want, companiesOf(r)[tt.speaker]); d != "" {
			t.Errorf("%q: companies of %s differ (-want +got)\n%s", tt.body, tt.speaker, d)
		}
	}
}

// TestStopSections covers a roadshow post whose opening lists its stops after a label
// ("across three cities: A, B and C") and whose sections open with a stop's city and a
// separator ("## Tartu: A Warm Welcome"): each section's talks were given in its city, and
// its heading titles no talk.
func TestStopSections(t *testing.T) {
	body := "The team hosted meetups across three cities: Tartu, Porto and Ghent.\n\n" +
		"## Tartu: A Warm Welcome at Initech\n\nAna Lima gave a talk about queues.\n\n" +
		"## Porto - Pastries and Parsers\n\nBo Chen, Head of Developer Programs at Globex, gave a talk about parsers.\n\n" +
		"## Ghent: Robots at the University\n\nCara Diaz gave a talk about robots.\n"
	r := extractText(t, "post", withFrontMatter("Our spring roadshow", "", "2031-05-10", body))
	want := []talkView{
		{Description: "a talk about queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
		{Description: "a talk about parsers", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}},
		{Description: "a talk about robots", Speakers: []string{"Cara Diaz"}, Cities: []string{"Ghent"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
	if d := diff([]string{"Globex"}, companiesOf(r)["Bo Chen"]); d != "" {
		t.Errorf("companies of Bo Chen differ (-want +got)\n%s", d)
	}
	var cities []string
	for i := range r.Events {
		cities = append(cities, cityName(r, i))
	}
	if d := diff([]string{"Tartu", "Porto", "Ghent"}, cities); d != "" {
		t.Errorf("event cities differ (-want +got)\n%s", d)
	}
}

// TestCitiesLabel reads a list of cities introduced as a series' stops.
func TestCitiesLabel(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"We ran meetups in three cities: Tartu, Porto and Ghent.", true},
		{"The tour visited these towns: Tartu, Porto and Ghent.", true},
		{"Our members come from many cities: Tartu, Porto and Ghent.", false},
		{"We hosted events in Tartu, then flew home: Porto and Ghent were next year.", false},
	}
	for _, tt := range tests {
		x, s := firstSentence(t, tt.body)
		if got := len(x.seriesList(s)) > 0; got != tt.want {
			t.Errorf("seriesList(%q) found a list: %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestOwnGroupCity reads the city of the group the writers say is theirs, which places the
// talks of a post that names no other place.
func TestOwnGroupCity(t *testing.T) {
	tests := []struct {
		opening string
		want    []string
	}{
		{"Looking back on the meetups we ran for Tartu's Go user group this year.", []string{"Tartu"}},
		{"Here is what we did at the Tartu Rust meetup this year.", []string{"Tartu"}},
		{"Tartu Gophers had a busy year, and our speakers were great.", []string{"Tartu"}},
		{"The Tartu Go user group had a busy year.", nil},
		{"We visited the Tartu Go user group and the Porto Rust meetup.", nil},
	}
	for _, tt := range tests {
		body := tt.opening + "\n\n- Ana Lima - [Quiet Queues](https://example.org/v)\n"
		r := extractText(t, "post", withFrontMatter("A year of talks", "", "2031-05-10", body))
		var got []string
		for _, tk := range r.Talks {
			for _, i := range tk.Events {
				got = append(got, cityName(r, i))
			}
		}
		if d := diff(tt.want, got); d != "" {
			t.Errorf("%q: the talk's cities differ (-want +got)\n%s", tt.opening, d)
		}
	}
}

// TestPossessiveTalkPredicate cuts what a sentence says of a person's talk from what the talk
// was about, and reads a heading that is a day's alone as no talk's title.
func TestPossessiveTalkPredicate(t *testing.T) {
	tests := []struct {
		body string
		want []talkView
	}{
		{"Ana Lima's talk on queue theory in Rust was also very interesting.", []talkView{{Description: "queue theory in Rust", Speakers: []string{"Ana Lima"}}}},
		{"Bo Chen's talk about queues, which was my favourite, ran long.", []talkView{{Description: "queues", Speakers: []string{"Bo Chen"}}}},
		{"Bo Chen's talk on why the queue is a great abstraction made me think.", []talkView{{Description: "why the queue is a great abstraction made me think", Speakers: []string{"Bo Chen"}}}},
		{"## Day Bonus\n\nOn Sunday I attended a workshop by Cara Diaz on parsers.", []talkView{{Description: "parsers", Speakers: []string{"Cara Diaz"}}}},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Notes from the community", "", "2031-05-10", tt.body))
		if d := diff(tt.want, talksOf(r)); d != "" {
			t.Errorf("%q: talks differ (-want +got)\n%s", tt.body, d)
		}
	}
}

// TestColonTalkList reads talks listed after a colon, each a title, then "with" or "by" and
// its speakers.
func TestColonTalkList(t *testing.T) {
	tests := []struct {
		body string
		want []talkView
	}{
		{"Three hands-on workshops were on offer: Queue Internals with Ana Lima, Intermediate Parsing with Bo Chen, and Logs Without Tears with Cara Diaz and Dan Ek.",
			[]talkView{
				{Title: "Queue Internals", Speakers: []string{"Ana Lima"}},
				{Title: "Intermediate Parsing", Speakers: []string{"Bo Chen"}},
				{Title: "Logs Without Tears", Speakers: []string{"Cara Diaz", "Dan Ek"}},
			}},
		{"The keynotes: Quiet Queues by Ana Lima and Fuzzing for Fun by Bo Chen.",
			[]talkView{{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}}, {Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}}}},
		{"Things to bring: a laptop with Go installed, and snacks by the door.", nil},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Notes from the community", "", "2031-05-10", tt.body))
		if d := diff(tt.want, talksOf(r)); d != "" {
			t.Errorf("%q: talks differ (-want +got)\n%s", tt.body, d)
		}
	}
}

// TestPanelOfNames reads a panel named by its panelists in prose, up to the name after "and";
// a selection panel, a solar panel and a panel that never happened are no talks.
func TestPanelOfNames(t *testing.T) {
	tests := []struct {
		body string
		want []talkView
	}{
		{"Queueconf 2031 took place in Porto. In the final panel of Ana Lima, Bo Chen, and Cara Diaz, Dan Ek presented the award.",
			[]talkView{{Description: "final panel", Speakers: []string{"Ana Lima", "Bo Chen", "Cara Diaz"}, Cities: []string{"Porto"}}}},
		{"Queueconf 2031 took place in Porto. I was on the selection panel of Ana Lima, Bo Chen and Cara Diaz that picked the talks.", nil},
		{"Queueconf 2031 took place in Porto. The solar panel of Ana Lima and Bo Chen's house powered the stream.", nil},
		{"Queueconf 2031 took place in Porto. Sadly the panel with Ana Lima and Bo Chen never happened.", nil},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Notes from Queueconf 2031", "", "2031-05-10", tt.body))
		if d := diff(tt.want, talksOf(r)); d != "" {
			t.Errorf("%q: talks differ (-want +got)\n%s", tt.body, d)
		}
	}
}

// TestMyTalkWas reads the writer naming their own talk by a marked title: the author's talk.
func TestMyTalkWas(t *testing.T) {
	tests := []struct {
		author, body string
		want         []talkView
	}{
		{"Ana Lima", "Queueconf was held in Porto. My own talk was about **Quiet Queues That Work**. It went well.",
			[]talkView{{Title: "Quiet Queues That Work", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}}}},
		{"Ana Lima", "My talk is called “Fuzzing for Fun”.", []talkView{{Title: "Fuzzing for Fun", Speakers: []string{"Ana Lima"}}}},
		{"NimbusOps", "My talk was on **Quiet Queues**.", nil},
		{"Ana Lima", "My talk was on a Tuesday.", nil},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter("Notes from Queueconf", tt.author, "2031-05-10", tt.body))
		if d := diff(tt.want, talksOf(r)); d != "" {
			t.Errorf("%q: talks differ (-want +got)\n%s", tt.body, d)
		}
	}
}

// TestMyTalkTopic keeps a topic in lower case, set in italics after "my session was about",
// from titling a talk of its own.
func TestMyTalkTopic(t *testing.T) {
	r := extractText(t, "post", withFrontMatter("Notes from Queueconf", "Ana Lima", "2031-05-10", "My session was about _queue cost management_ again."))
	if got := talksOf(r); len(got) != 0 {
		t.Errorf("Extract() talks = %+v, want none", got)
	}
}

// TestHostedTitle reads the host a post's title names: "Initech hosted the first ... meetup".
func TestHostedTitle(t *testing.T) {
	tests := []struct {
		title string
		want  []eventView
	}{
		{"Initech hosted the first Tartu Rust meetup", []eventView{{City: "Tartu", Host: "Initech"}}},
		{"Why we hosted the first Tartu Rust meetup", []eventView{{City: "Tartu"}}},
	}
	for _, tt := range tests {
		r := extractText(t, "post", withFrontMatter(tt.title, "", "2031-05-10", "It was a great evening. Ana Lima gave a talk about queues."))
		if d := diff(tt.want, eventsOf(r)); d != "" {
			t.Errorf("%q: events differ (-want +got)\n%s", tt.title, d)
		}
	}
}

// TestLightningTalksBy reads "lightning talks by A on T and another talk by B on U": what each
// was on ends where the next talk begins, and what is written as a title is the title.
func TestLightningTalksBy(t *testing.T) {
	body := "To close the evening there were short lightning talks by Ana Lima on Visualizing Queue Depths with Grafana and another talk by Bo Chen on fuzzing. Cara Diaz gave a talk on Kubernetes."
	r := extractText(t, "post", withFrontMatter("Tartu Go Meetup #12", "", "2031-05-10", body))
	want := []talkView{
		{Title: "Visualizing Queue Depths with Grafana", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
		{Description: "fuzzing", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}},
		{Description: "a talk on Kubernetes", Speakers: []string{"Cara Diaz"}, Cities: []string{"Tartu"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}
