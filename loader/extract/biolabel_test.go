package extract

import "testing"

func TestSpeakerLabelFollowedByBio(t *testing.T) {
	body := "Event will be held on **9th March 2031** in Tartu.\n\n" +
		"## Talk 1\n\nTopic: Quiet Queues in practice\n\nSpeaker: Ana Lima is a staff engineer at Initech, where she builds queues.\n\n" +
		"## Talk 2\n\nTopic: Tracing without tears\n\nSpeaker: Bo is the lead engineer for platform at Globex. He likes tracing.\n\n" +
		"## Talk 3\n\nTopic: Rust for gophers\n\nSpeaker: Cara Diaz. Trainer and consultant who teaches Rust.\n\n" +
		"## Talk 4\n\nTopic: Serverless on a budget\n\nSpeaker: Working at Hooli as a cloud engineer, I help customers build things.\n"
	r := extractText(t, "bio", withFrontMatter("Globex Days 2031", "", "2031-03-01", body))
	want := []talkView{
		{Title: "Quiet Queues in practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
		{Title: "Tracing without tears", Speakers: []string{"Bo"}, Cities: []string{"Tartu"}},
		{Title: "Rust for gophers", Speakers: []string{"Cara Diaz"}, Cities: []string{"Tartu"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks mismatch (-want +got):\n%s", d)
	}
	wantCo := map[string][]string{"Ana Lima": {"Initech"}, "Bo": {"Globex"}, "Cara Diaz": {}}
	if d := diff(wantCo, companiesOf(r)); d != "" {
		t.Errorf("companies mismatch (-want +got):\n%s", d)
	}
}

func TestBioLead(t *testing.T) {
	tests := []struct{ seg, want string }{
		{"Ana Lima is a staff engineer at Initech, where she builds queues.", "Ana Lima"},
		{"Bo is the lead engineer for platform at Globex.", "Bo"},
		{"Ana Lima, is currently a consultant in Porto.", "Ana Lima"},
		{"Cara Diaz. Trainer and consultant who teaches Rust.", "Cara Diaz"},
		{"Ana Lima", ""}, // a name alone: labelledName reads it
		{"Working at Hooli as a cloud engineer, I help customers.", ""}, // no name first
		{"Ana Lima and Bo Chen from Initech and Globex", ""},
		{"The team at Initech is building queues.", ""},
	}
	for _, tc := range tests {
		if got := bioLead(tc.seg); got != tc.want {
			t.Errorf("bioLead(%q) = %q, want %q", tc.seg, got, tc.want)
		}
	}
}

func TestBioCompany(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" is a staff engineer at Initech, where she builds queues.", "Initech"},
		{", is now a principal queue engineer at Globex,", "Globex"},
		{" is the Lead Engineer for Platform and Tooling at Hooli.", "Hooli"},
		{" is a developer at Initech as part of the search team.", "Initech"},
		{" is at home in Tartu these days.", ""},
		{" is a research engineer at Globex Labs in Ghent.", "Globex Labs"},
		{" is a former engineer at Initech who now freelances.", ""}, // no role
		{" loves queues and works at night.", ""},                    // no role before "at"
		{" is a consultant in Porto who works with Initech.", ""},    // where she is, not where she works
	}
	x := newExtraction(parseDoc(t, "Hello."))
	for _, tc := range tests {
		if got := x.bioCompany(tc.rest); got != tc.want {
			t.Errorf("bioCompany(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

func TestLinkEndedTitle(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "a linked 'speaker - title' followed by a colon and the writer's opinion",
			body: "My picks from Queueconf in Tartu:\n\n" +
				"* [Ana Lima - Quiet Queues in Practice](https://videos.example.org/1): everything in it was new to me, from the names to the numbers.\n" +
				"* [Bo Chen - Go: a simple language](https://videos.example.org/2): short, and to the point.\n" +
				"* [Dana Park - Rust](https://videos.example.org/3): The Good Parts\n" +
				"* [qmake](https://example.org/qmake): a build tool for writing simpler builds by Cara Diaz\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}, URL: "https://videos.example.org/1"},
				{Title: "Go: a simple language", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}, URL: "https://videos.example.org/2"},
				// (the title runs past the link, which then gives it no address)
				{Title: "Rust: The Good Parts", Speakers: []string{"Dana Park"}, Cities: []string{"Tartu"}},
				{Title: "qmake: a build tool for writing simpler builds", Speakers: []string{"Cara Diaz"}, Cities: []string{"Tartu"}, URL: "https://example.org/qmake"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "linked", recap(tc.body))
			if d := diff(tc.want, talksOf(r)); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestTripStopHeadingIsNoTitle(t *testing.T) {
	for _, h := range []string{"Stop 1: Queueconf", "Stop 2 - Porto Go Days", "Leg 3: Ghent"} {
		if !diaryHeading(h) {
			t.Errorf("diaryHeading(%q) = false, want true", h)
		}
	}
	for _, h := range []string{"Stop Writing Flaky Tests", "Legacy Code in 2031"} {
		if diaryHeading(h) {
			t.Errorf("diaryHeading(%q) = true, want false", h)
		}
	}
}

func TestLoneBioName(t *testing.T) {
	tests := []struct {
		bio  string
		want bool
	}{
		{"Bo is the lead engineer at Globex.", true},
		{"Weiyuan is Full Stack Engineer at Globex.", true},
		{"Everyone is welcome to bring a lightning talk.", false},
		{"TBD is the best we can say for now.", false},
		{"Hooli has not confirmed who will present.", false},
		{"Qwerty is welcome to join.", false},
	}
	x := newExtraction(parseDoc(t, "Hello."))
	for _, tc := range tests {
		name := bioLead(tc.bio)
		if got := name != "" && x.loneBioName(name, tc.bio); got != tc.want {
			t.Errorf("bio %q: lone name %q read = %v, want %v", tc.bio, name, got, tc.want)
		}
	}
}

func TestBioWithAnOrganizationOfTwoWords(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Ana Lima is an architect at Globex Power.", "Globex Power"},
		{"Ana Lima is the Director of Platform Engineering at Globex Power (GP).", "Globex Power"},
		{"Ana Lima is a Programmer/Analyst at Initech.", "Initech"},
		{"Ana Lima is a developer at Bo Chen's side.", ""},
	}
	for _, tc := range tests {
		r := extractText(t, "bio", recap("Ana Lima gave a talk about quiet queues.\n\n"+tc.sentence))
		got := companiesOf(r)["Ana Lima"]
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%q: companies %v, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestAcronymTheOrganizationIsSpelledOutAs(t *testing.T) {
	body := "Ana Lima gave a talk about quiet queues. Bo Chen talked about tracing.\n\n" +
		"The evening was hosted by Tartu Queue Works (TQW).\n\nBo Chen is a software engineer at TQW.\n\n" +
		"Cara Diaz is an engineer at ABC.\n"
	r := extractText(t, "acr", recap(body))
	got := companiesOf(r)
	if c := got["Bo Chen"]; len(c) != 1 || c[0] != "Tartu Queue Works" {
		t.Errorf("Bo Chen's companies = %v, want the name TQW is spelled out as", c)
	}
	x := newExtraction(parseDoc(t, recap(body)))
	for _, tc := range []struct{ acr, want string }{{"TQW", "Tartu Queue Works"}, {"ABC", ""}, {"Initech", ""}} {
		if got := x.acronymExpansion(tc.acr); got != tc.want {
			t.Errorf("acronymExpansion(%q) = %q, want %q", tc.acr, got, tc.want)
		}
	}
}
