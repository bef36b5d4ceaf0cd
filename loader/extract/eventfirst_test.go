package extract

import "testing"

func TestEventFirstItems(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "a speaker's chronology: the event and its town first, the talk in bold after",
			body: "Past conferences\n\n" +
				"- Queueconf 2031, May 3, 2031 in Tartu. I gave a brand new talk, **Quiet Queues in Practice**.\n" +
				"- Porto Go Days, October 2031 in Porto. I reprised **Quiet Queues in Practice**. It went well.\n" +
				"- RiverJS 2030, June 2, 2030 in Ghent. I was the closing keynote speaker!\n" +
				"- Lyon Code Night, May 1, 2030. I talked to students about my career.\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu", "Porto"}},
				{Description: "I was the closing keynote speaker", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent"}},
			},
		},
		{
			name: "one such item alone is no list of engagements",
			body: "- Queueconf 2031, May 3, 2031 in Tartu. I gave a brand new talk, **Quiet Queues in Practice**.\n" +
				"- Bring your own snacks.\n- Doors open at six.\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "chronology", withFrontMatter("Talk chronology", "Ana Lima", "", tc.body))
			got := talksOf(r)
			if tc.want == nil {
				for _, g := range got {
					if g.Title == "Quiet Queues in Practice" && len(g.Cities) > 0 && g.Cities[0] == "Tartu" && len(r.Events) > 1 {
						t.Errorf("a lone item read as a list of engagements: %+v", got)
					}
				}
				return
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("talks mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestLeadEvent(t *testing.T) {
	tests := []struct {
		text, name, city string
		ok               bool
	}{
		{"Queueconf 2031, May 3, 2031 in Tartu", "Queueconf 2031", "Tartu", true},
		{"North Porto Python 2031, November 2031, in Porto", "North Porto Python 2031", "Porto", true},
		{"Porto Go Nights (April), April 26, 2031 in Porto", "Porto Go Nights (April)", "Porto", true},
		{"Porto, May 3 in Porto", "", "", false},
		{"Ana Lima, May 3 in Porto", "", "", false},
		{"I had a great time in Porto", "", "", false},
		{"Queueconf 2031, May 3, 2031", "", "", false},
	}
	x := newExtraction(parseDoc(t, "Hello."))
	for _, tc := range tests {
		ep, ok := x.leadEvent(tc.text)
		city := ""
		if ep.city != nil {
			city = ep.city.written
		}
		if ok != tc.ok || ep.name != tc.name || city != tc.city {
			t.Errorf("leadEvent(%q) = %q in %q, %v; want %q in %q, %v", tc.text, ep.name, city, ok, tc.name, tc.city, tc.ok)
		}
	}
}

func TestTableRowsWithTheirOwnPlace(t *testing.T) {
	body := "| Title | Type | Date | Location | Who |\n|---|---|---|---|---|\n" +
		"| [Quiet Queues](https://example.org/q) | Conference | Feb 2 2031 | Ghent, Belgium | [Ana Lima](https://example.org/ana) |\n" +
		"| [Quiet Queues](https://example.org/q2) | User Group | Mar 5 2031 | Porto, Portugal | [Ana Lima](https://example.org/ana) |\n" +
		"| [Tracing Without Tears](https://example.org/t) | Conference | Apr 9 2031 | Tartu, Estonia | [Bo Chen](https://example.org/bo) |\n"
	r := extractText(t, "events", withFrontMatter("Events", "", "", body))
	want := []talkView{
		{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Ghent", "Porto"}, URL: "https://example.org/q"},
		{Title: "Tracing Without Tears", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}, URL: "https://example.org/t"},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks mismatch (-want +got):\n%s", d)
	}
}

func TestFutureEventInPassingIsNotThePosts(t *testing.T) {
	tests := []struct{ name, body string }{
		{"going to be held", "TartuPython1 was a lot of fun. Ana Lima gave a talk about quiet queues. Bo Chen chairs Queueconf 2031. It's going to be held in Porto in March.\n"},
		{"in French", "TartuPython1 a été un succès. Ana Lima gave a talk about quiet queues. Bo Chen organise [Queueconf 2031](https://example.org) qui aura lieu à Porto en mars.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "recap", withFrontMatter("TartuPython1: a great turnout", "", "2031-02-09", tc.body))
			for _, tv := range talksOf(r) {
				for _, c := range tv.Cities {
					if c == "Porto" {
						t.Errorf("talk %+v placed at the event to come in Porto", tv)
					}
				}
			}
		})
	}
}

func TestCamelGroupCityWithNumber(t *testing.T) {
	next := token{}
	for _, w := range []string{"TartuPython1", "PythonPorto", "TartuPython"} {
		tok := tokenize(w+" was", nil, nil)
		if len(tok) > 1 {
			next = tok[1]
		}
		if _, ok := camelGroupCity(tok[0], next); !ok {
			t.Errorf("camelGroupCity(%q) found no town", w)
		}
	}
	for _, w := range []string{"TartuJS", "GhentCloud"} {
		tok := tokenize(w+" was", nil, nil)
		if _, ok := camelGroupCity(tok[0], tok[1]); ok {
			t.Errorf("camelGroupCity(%q) found a town with no group word nor technology", w)
		}
	}
}

func TestMetropolisByAnotherName(t *testing.T) {
	for _, town := range []string{"Kiev", "Cologne"} {
		body := "This year I had the chance to speak at Queueconf " + town + ", the largest queue conference around.\n"
		r := extractText(t, "trip", withFrontMatter("Queueconf 2031 trip report", "Ana Lima", "2031-05-01", body))
		found := false
		for _, e := range r.Events {
			found = found || e.City != nil && *e.City == town
		}
		if !found {
			t.Errorf("speaking at Queueconf %s: events %+v, want one in %s", town, eventsOf(r), town)
		}
	}
}

func TestTalkPageOfSeveralSpeakers(t *testing.T) {
	text := "---\ntitle: Keeping Queues Quiet at Globex\nspeaker: Ana Lima, Bo Chen, Cara Diaz\n---\n\n### Details\n\nJoin us as three engineers from Globex show how they keep their queues quiet.\n"
	r := extractText(t, "page", text)
	want := []talkView{{Title: "Keeping Queues Quiet at Globex", Speakers: []string{"Ana Lima", "Bo Chen", "Cara Diaz"}}}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks mismatch (-want +got):\n%s", d)
	}
}
