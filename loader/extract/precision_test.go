package extract

import "testing"

func TestPassingMentionsStateNoTalk(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"a call for papers sent is no event", "I submitted a CfP to NimbusConf Singapore, fingers crossed."},
		{"a talk given elsewhere before is no event", "She gave it in Lisbon last year too."},
		{"a hope to meet at a conference is no event", "We hope to see you at DevOpsDays Tartu next year."},
		{"meeting someone at a conference is no talk", "I also met Bo Chen at KubeCon Europe, who works at Initech."},
		{"a conference that presented something is no speaker", "KubeCon Europe presented a new track this year."},
		{"an event named by a word ending in con is no speaker", "GopherCon talked about generics at length."},
		{"a conference and a person in one sentence are no talk", "NimbusConf was a blast and Ana Lima was there too."},
		{"'by' after a noun that is no talk names no speaker", "It was fun and ended with a live demo and a shoutout by Marta Ferreira!"},
		{"what someone did in a closing remark is no talk", "The evening ended with a closing remark by Marta Ferreira. She talked about each of our sponsors and what they offer."},
		{"what someone did in opening words is no talk", "We started with opening words from Marta Ferreira. She talked about the code of conduct and the venue."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if len(r.Talks) != 0 || len(r.Events) != 0 {
				t.Errorf("Extract(%q) = talks %+v, events %+v; want none", tt.body, talksOf(r), eventsOf(r))
			}
		})
	}
}

func TestCommentThreadIsNotRead(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "comments at the end of a post",
			body: "Last week Ana Lima talked about tracing at the Gopher meetup in Porto.\n\n## 3 Comments\n\n" +
				"**Carla Souza** said: Great talk! I gave a similar talk at GopherCon in Denver last year.\n\n" +
				"**Tom Baker** replied: Fuzzing the Parser by Bo Chen was my favourite.\n",
			want: []talkView{{Description: "tracing at the Gopher meetup in Porto", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}}},
		},
		{
			name: "a heading that leaves a reply",
			body: "## Agenda\n\n- Fuzzing the Parser by Bo Chen\n\n## Leave a Reply\n\n- Tracing Without Tears by Ana Lima\n",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a discussion section in the middle of a post is the post's own",
			body: "## Discussion\n\n- Fuzzing the Parser by Bo Chen\n\n## Agenda\n\n- Tracing Without Tears by Ana Lima\n",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}}, {Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}}},
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

func TestPassingMentionsInARecap(t *testing.T) {
	body := "Last night we met at Initech in Porto for our monthly meetup.\n\n" +
		"Ana Lima gave a talk on tracing. She gave it in Lisbon last year, at Gopher Days.\n\n" +
		"Bo Chen presented \"Fuzzing the Parser\". I will talk at DevOpsDays Tartu next month.\n"
	r := extractText(t, "post", withFrontMatter("Gophers Porto meetup recap", "Jane Doe", "2024-05-10", body))
	want := []talkView{
		{Description: "a talk on tracing", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}},
		{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
	for _, e := range r.Events {
		if e.City != nil && *e.City != "Porto" {
			t.Errorf("Extract() has an event in %s, want only the recap's event in Porto", *e.City)
		}
	}
}

func TestOwnersFamilyNameIsNoCity(t *testing.T) {
	body := "# Mara Kim (mkim)\n\nPlatform engineer.\n\n## Speaking\n\n| Date | Event | Talk |\n| --- | --- | --- |\n| 2019.05 | Gopher Days 2019 | Tracing Without Tears |\n"
	r := extractText(t, "post", body)
	for _, e := range r.Events {
		if e.City != nil {
			t.Errorf("Extract() has an event in %s, want none: Kim is the speaker's family name", *e.City)
		}
	}
	if d := diff([]talkView{{Title: "Tracing Without Tears", Speakers: []string{"Mara Kim"}, Cities: []string{"-"}}}, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}
