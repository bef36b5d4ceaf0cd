package extract

import "testing"

func TestReadOwnLine(t *testing.T) {
	type view struct {
		Title, Event, City, Date string
	}
	tests := []struct {
		name string
		line string
		want *view // nil: not a line of a speaker's own list
	}{
		{
			name: "a bold title, the event, the city with its state and material links",
			line: "- **Tracing Without Tears** - Gopher Days, Portland OR - [slides](https://example.org/s), [video](https://example.org/v)",
			want: &view{"Tracing Without Tears", "Gopher Days", "Portland", ""},
		},
		{
			name: "a bold title with commas after it and a date written day first",
			line: "* **Fuzzing the Parser**, Cloud Summit, Porto, 07.06.2019 [Slides](https://example.org/s)",
			want: &view{"Fuzzing the Parser", "Cloud Summit", "Porto", "2019-06-07"},
		},
		{
			name: "a plain title, a dash and the city and month in parentheses",
			line: "- Scaling Ingest Pipelines — Gopher Days (Lisbon, May 2019)",
			want: &view{"Scaling Ingest Pipelines", "Gopher Days", "Lisbon", ""},
		},
		{
			name: "a title with a comma of its own keeps it",
			line: "- Yes, Your Build Can Be Fast, Nimbus Summit 2018, Tartu, Estonia",
			want: &view{"Yes, Your Build Can Be Fast", "Nimbus Summit 2018", "Tartu", ""},
		},
		{
			name: "an event that says it is one needs no city",
			line: "- “Tracing Without Tears” at the Gopher Days 2019 - [video](https://example.org/v)",
			want: nil,
		},
		{
			name: "an event named with its year needs no city",
			line: "- “Tracing Without Tears”, Gopher Days 2019",
			want: &view{"Tracing Without Tears", "Gopher Days 2019", "", ""},
		},
		{
			name: "the city written inside the event's name",
			line: "- **Fuzzing the Parser** - NimbusConf Tartu 2017",
			want: &view{"Fuzzing the Parser", "NimbusConf Tartu 2017", "Tartu", ""},
		},
		{
			name: "a date first, then the title and the event",
			line: "- 2019-06-07 - Fuzzing the Parser - Cloud Summit, Porto",
			want: &view{"Fuzzing the Parser", "Cloud Summit", "Porto", "2019-06-07"},
		},
		{
			name: "someone else's talk: a person and their city after the title",
			line: "- **Tracing Without Tears** - Ana Lima, Lisbon",
			want: nil,
		},
		{
			name: "someone else's talk: a person and their company after the title",
			line: "- Tracing Without Tears - Ana Lima, Initech",
			want: nil,
		},
		{
			name: "a project and what it does",
			line: "- **[tracekit](https://example.org/tracekit)** - collects traces from live clusters",
			want: nil,
		},
		{
			name: "a title and a word that names no event",
			line: "- **Tracing Without Tears** - Slides",
			want: nil,
		},
		{
			name: "a date and a time are no title",
			line: "Tue, Jul 24, 2018 6:30 PM",
			want: nil,
		},
		{
			name: "the event with its city and day first, then the title",
			line: "3. JUG Tartu 26 March 2026 - [Fuzzing the Parser](https://example.org/e)",
			want: &view{"Fuzzing the Parser", "JUG Tartu", "Tartu", "2026-03-26"},
		},
		{
			name: "the city inside an event's name before the kind of event",
			line: "1. Gopher Porto Meetup 17 March - Lightning talk: Tracing Without Tears",
			want: &view{"Tracing Without Tears", "Gopher Porto Meetup", "Porto", ""}, // a day without a year and no post date
		},
		{
			name: "an edition of an event, a colon and the title, even one with a year of its own",
			line: "* NimbusConf 2023: Queues in 2030.",
			want: &view{"Queues in 2030", "NimbusConf 2023", "", ""},
		},
		{
			name: "a group with a given name's word, its year apart, then the title",
			line: "* Marion JUG, 2022: Fuzzing the Parser.",
			want: &view{"Fuzzing the Parser", "Marion JUG", "", ""},
		},
		{
			name: "a talk first and a person after it is nobody's own line",
			line: "- Go with Queues - Ana Lima",
			want: nil,
		},
		{
			name: "a city first and a title after it names no event",
			line: "- Porto - Tracing Without Tears",
			want: nil,
		},
		{
			name: "a year in brackets, a group with its city, then the title",
			line: "- [2031] Tartu Gophers - Quiet Queues in Practice",
			want: &view{"Quiet Queues in Practice", "Tartu Gophers 2031", "Tartu", ""},
		},
		{
			name: "a year in parentheses, a group without a city: the year joins its name",
			line: "- (2030) Initech - Sharding the Ledger (2030)",
			want: &view{"Sharding the Ledger", "Initech 2030", "", ""},
		},
		{
			name: "a linked title, then the date after on, then the event after at, and notes",
			line: "* [Quiet queues with Go - what we learned](https://example.org/s/) on May 3rd 2030 at RiverConf (english talk)",
			want: &view{"Quiet queues with Go - what we learned", "RiverConf", "", "2030-05-03"},
		},
		{
			name: "a link holding a quoted title and its event, then the date",
			line: "* [\"Building Quillq\" at Harbour Meetup 2029](./hm29/) on April 2nd 2029 (english slides)",
			want: &view{"Building Quillq", "Harbour Meetup 2029", "", "2029-04-02"},
		},
		{
			name: "an event named by its town and the edition's number",
			line: "* [\"Quillq in five minutes\" @ Webabend Tartu #12](./wa12.pdf) on January 9th 2028 (lightning talk)",
			want: &view{"Quillq in five minutes", "Webabend Tartu #12", "Tartu", "2028-01-09"},
		},
		{
			name: "a year in brackets, then a title and a person is nobody's own line",
			line: "- [2031] Quiet Queues - Ana Lima",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, s := firstSentence(t, tt.line)
			o, ok := x.readOwnLine(s)
			if tt.want == nil {
				if ok {
					t.Errorf("readOwnLine(%q) = %+v, want no talk", tt.line, o)
				}
				return
			}
			if !ok {
				t.Fatalf("readOwnLine(%q) reads nothing, want %+v", tt.line, *tt.want)
			}
			got := view{Title: o.title, Event: o.event.name, Date: o.event.date}
			if o.event.city != nil {
				got.City = o.event.city.written
			}
			if got != *tt.want {
				t.Errorf("readOwnLine(%q) = %+v, want %+v", tt.line, got, *tt.want)
			}
		})
	}
}

func TestOwnTalkList(t *testing.T) {
	tests := []struct {
		name   string
		title  string
		author string
		body   string
		want   []talkView
	}{
		{
			name:  "a page of talks under one heading a year, owner unnamed",
			title: "Talks",
			body: "A list of the talks I have given.\n\n# 2019\n\n- **Tracing Without Tears** - Gopher Days, Portland OR - [slides](https://speakerdeck.com/alima/tracing)\n\n" +
				"# 2018\n\n- **Fuzzing the Parser** - Cloud Summit, Porto - [video](https://youtu.be/x1)\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Portland"}, URL: "https://speakerdeck.com/alima/tracing"},
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://youtu.be/x1"},
			},
		},
		{
			name:  "a title with its event in brackets, where and when on the line below",
			title: "About me",
			body: "I give talks about queues.\n\n## Speaking\nTracing Without Tears (Gopher Days 2019) [[Slides](https://example.org/s1)]  \n<span class=\"small\">30 August 2019, Lisbon, Portugal</span>\n\n" +
				"Fuzzing the Parser (Tartu JUG) [[Slides](https://example.org/s2)]  \n21 November 2017, Tartu, Estonia\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Lisbon"}, URL: "https://example.org/s1"},
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Tartu"}, URL: "https://example.org/s2"},
			},
		},
		{
			name:  "a table of contents of the page's years is no talk and no event",
			title: "Talks",
			body:  "# Events, Webinars & Workshops I Took Part In\n\n- **[Talks in 2031](#2031)**\n- **[Talks in 2030](#2030)**\n\n# 2031\n\n## Tracing Without Tears\n\n- Gopher Days, Lisbon\n- Porto JUG, Porto\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Lisbon", "Porto"}},
			},
		},
		{
			name:  "a page of slides lists the owner's talks",
			title: "Slides and videos about Quillq",
			body:  "## Slides\n\n* [\"Quillq in five minutes\" @ Webabend Tartu #12](./wa12.pdf) on January 9th 2028 (lightning talk)\n",
			want:  []talkView{{Title: "Quillq in five minutes", Speakers: []string{}, Cities: []string{"Tartu"}, URL: "./wa12.pdf"}},
		},
		{
			name:  "the title names the owner",
			title: "Talks by Ana Lima",
			body:  "- Tracing Without Tears — Gopher Days (Lisbon, May 2019)\n",
			want:  []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Lisbon"}}},
		},
		{
			name:  "the owner's name before the word talks",
			title: "Ana Lima – Talks",
			body:  "- Tracing Without Tears, Gopher Days, Lisbon, 03.05.2019\n",
			want:  []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Lisbon"}}},
		},
		{
			name:   "the front matter's author gave them",
			title:  "Speaking",
			author: "Bo Chen",
			body:   "- **Fuzzing the Parser**, Cloud Summit, Porto, 07.06.2019\n",
			want:   []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}}},
		},
		{
			name:  "a profile page: the name heads it, talks under a Speaking section",
			title: "",
			body: "# Ana Lima (alima)\n\nPlatform engineer.\n\n## Speaking\n\n| Date | Event | Talk |\n| --- | --- | --- |\n" +
				"| 2019.05 | Gopher Days 2019 (Lisbon) | [Tracing Without Tears](https://example.org/s) |\n| 2018.06 | Cloud Summit | Fuzzing the Parser |\n\n" +
				"## Projects\n\n- **[tracekit](https://example.org/tracekit)** - collects traces, Lisbon 2019\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Lisbon"}, URL: "https://example.org/s"},
				{Title: "Fuzzing the Parser", Speakers: []string{"Ana Lima"}, Cities: []string{"-"}},
			},
		},
		{
			name:  "the place column over a town that ends the event's name",
			title: "Upcoming talks",
			body:  "| Date | Location | Conference | Topic |\n| --- | --- | --- | --- |\n| 27.08.31 | Tartu | Canvas Union | Shaders for page layouts |\n| 16.09.31 | Porto | Gopher Summit Lisbon | Fuzzing the Parser |\n",
			want: []talkView{
				{Title: "Shaders for page layouts", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Porto"}},
			},
		},
		{
			name:  "a table with title, venue, place and year columns",
			title: "Presentations",
			body:  "| Title | Venue | Place | Year |\n| --- | --- | --- | --- |\n| Tracing Without Tears | Gopher Days | Lisbon, Portugal | 2019 |\n",
			want:  []talkView{{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Lisbon"}}},
		},
		{
			name:  "a place column that gives the city and how else to attend",
			title: "Presentations",
			body:  "| event | place | date | title |\n| --- | --- | --- | --- |\n| Gopher Days 2031 | Lisbon/Online | 2031 Mar | Tracing Without Tears |\n| NimbusConf | Online | 2031 Feb | Quiet Queues |\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Lisbon"}},
				{Title: "Quiet Queues", Speakers: []string{}, Cities: []string{"-"}},
			},
		},
		{
			name:  "one heading a talk, with where it was given on a labelled line",
			title: "Talks",
			body: "## Conference\n\n#### Fuzzing the Parser\n\n- Where: Porto :: Cloud Summit 2019\n- [Slides](https://example.org/fuzz), [Video](https://youtu.be/f1)\n\n" +
				"#### Tracing Without Tears\n\n- Where: Gopher Days 2018, NimbusConf 2018\n",
			want: []talkView{
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://example.org/fuzz"},
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"-", "-"}},
			},
		},
		{
			name:  "one heading a talk under a year, where it was given on the line below with no label",
			title: "Speaking",
			body: "# 2031\n\n## Fuzzing the Parser\n[Gopher Days](https://example.org/gd), Porto (Portugal)\n\n[Slides](https://example.org/fuzz.pdf)\n\n" +
				"## Tracing Without Tears\n[NimbusConf 2030](https://example.org/nc), Tartu\n\n" +
				"## Queues in Practice\nNimbusConf 2029\n\n" +
				"## Caches That Lie\n[nimbusJS](https://example.org/njs), Braga\n\n" +
				"## Notes on hiring\nWe hired two people this spring and wrote about it.\n",
			want: []talkView{
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://example.org/fuzz.pdf"},
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Title: "Queues in Practice", Speakers: []string{}, Cities: []string{"-"}},
				{Title: "Caches That Lie", Speakers: []string{}, Cities: []string{"Braga"}},
			},
		},
		{
			name:  "a heading over a place line outside a list of talks is no talk",
			title: "Travel notes",
			body:  "## A week by the sea\n[Harbour Hotel](https://example.org/h), Porto (Portugal)\n",
			want:  nil,
		},
		{
			name:  "a marked title and its date, the event on the next line",
			title: "Talks",
			body:  "### 2019\n\n[**Fuzzing the Parser**](https://example.org/fuzz) Mar 27, 2019<br>\nNimbus Lab, Initech\n",
			want:  []talkView{{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"-"}, URL: "https://example.org/fuzz"}},
		},
		{
			name:  "a date on its own line, then a marked title, then where after an at sign",
			title: "Talks",
			body: "## 2031\n\nTue July 8th, 2031 -\n[**Fuzzing the Parser - A Field Guide**](fuzz.md)\n@ [Kettering Go Meetup](https://example.org/kgm)\n\n" +
				"Thu June 5th, 2031 -\n[**Tracing Without Tears**](tracing.md)\n@ [Gophers Amsterdam Meetup](https://example.org/gam)\n",
			want: []talkView{
				{Title: "Fuzzing the Parser - A Field Guide", Speakers: []string{}, Cities: []string{"Kettering"}, URL: "fuzz.md"},
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Amsterdam"}, URL: "tracing.md"},
			},
		},
		{
			name:  "a meetup's lightning talks are no list of one speaker's talks",
			title: "July meeting: an evening of lightning talks",
			body:  "Tue, Jul 24, 2018 6:30 PM\n\n- **Tracing Without Tears** - Gopher Days, Portland OR\n",
			want:  nil,
		},
		{
			name:   "a tour's stops, each the event first and the talk after it",
			title:  "My spring JUG tour",
			author: "Bo Chen",
			body: "Here are my stops this spring.\n\n1. JUG Tartu 26 March 2026 - [Fuzzing the Parser](https://example.org/a)\n" +
				"2. Gopher Porto Meetup 28 March 2026 - Fuzzing the Parser\n",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu", "Porto"}, URL: "https://example.org/a"}},
		},
		{
			name:  "a bio names the owner; a co-presenter joins them",
			title: "About",
			body: "## Bio\n\nAna Lima is a staff engineer at Initech.\n\n## Previous talks\n\n" +
				"* NimbusConf 2023: Queues in 2030 (co-presented with Bo Chen).\n* Gopher Days 2021: Fuzzing the Parser.\n",
			want: []talkView{
				{Title: "Queues in 2030", Speakers: []string{"Ana Lima", "Bo Chen"}, Cities: []string{"-"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Ana Lima"}, Cities: []string{"-"}},
			},
		},
		{
			name:   "a tour's prose is no list of its talks",
			title:  "Our spring roadshow",
			author: "Bo Chen",
			body:   "Thanks to Initech for hosting us in Tartu, Umbrella in Porto.\n",
			want:   nil,
		},
		{
			name:  "one heading a talk over a list of the events where it was given",
			title: "Talks",
			body: "### Quiet Queues\n\n* NimbusConf Tartu 2031 (upcoming)\n* Gopher Days 2030 [[video](https://youtu.be/q1)]\n\n" +
				"### Sharding the Ledger\n\n* Cloud Summit Porto 2029\n",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{}, Cities: []string{"Tartu", "-"}, URL: "https://youtu.be/q1"},
				{Title: "Sharding the Ledger", Speakers: []string{}, Cities: []string{"Porto"}},
			},
		},
		{
			name:  "a list under a talk's heading that says what it covers names no event",
			title: "Talks",
			body:  "### Quiet Queues\n\n* Backpressure in Tartu 2031\n* Why retries pile up\n",
			want:  nil,
		},
		{
			name:  "cards headed by a year in brackets, the group and the title",
			title: "Talks",
			body: "<div class=\"card\">\n  <h3>[2031] Tartu Gophers - Quiet Queues in Practice</h3>\n  I gave a talk there.\n</div>\n\n" +
				"### [2030] Initech - Sharding the Ledger\n\nA webinar for their team.\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Title: "Sharding the Ledger", Speakers: []string{}, Cities: []string{"-"}},
			},
		},
		{
			name:  "a heading dated in brackets outside a page of talks is not read",
			title: "Travel notes",
			body:  "### [2031] Tartu Gophers - Quiet Queues in Practice\n\nWe went.\n",
			want:  nil,
		},
		{
			name:  "one heading a talk, the slides' link, then a sentence saying where it was presented",
			title: "Speaking",
			body: "## Quiet Queues in Practice\n\n[Slides](/queues/)\n\nPresented at the Tartu Rust Meetup May 3, 2031.\n\n" +
				"## Sharding the Ledger\n\n[Slides](/ledger/)\n\nGiven at Gopher Days 2030\n\n" +
				"## Paging for Humans\n\nPresented at my desk to the cat\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{}, Cities: []string{"Tartu"}, URL: "/queues/"},
				{Title: "Sharding the Ledger", Speakers: []string{}, Cities: []string{"-"}, URL: "/ledger/"},
			},
		},
		{
			name:   "one heading an event, the talk's title, place and date on labelled lines",
			title:  "Talks",
			author: "Ana Lima",
			body: "## [RiverConf 2031](https://example.org/river)\n* **When:** 27/04\n* **Where:** Porto, Portugal\n* **Attendees:** 900\n* **Topic:** Quiet Queues in Practice\n\n" +
				"## HarbourConf 2031\n* **Onde:** Tartu\n* **Tema:** Quiet Queues in Practice\n* **Tema:** Sharding the Ledger\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto", "Tartu"}},
				{Title: "Sharding the Ledger", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
			},
		},
		{
			name:  "a speaker's label after the dash names who gave the talk, not where",
			title: "Palestras",
			body:  "- [Quiet Queues in Practice - Palestrante: Quorra Vantablack](https://example.org/q)\n",
			want:  []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Quorra Vantablack"}, Cities: []string{}, URL: "https://example.org/q"}},
		},
		{
			name:  "an event's name in lower case with its year, and a title that opens with a verb",
			title: "Talks",
			body:  "- [Opening the Flask](https://example.org/f) @ nimbusconf 2031\n- [Ten Years of Queues](https://example.org/q) @ gopher.days 2030 ([PDF](https://example.org/q.pdf))\n",
			want: []talkView{
				{Title: "Opening the Flask", Speakers: []string{}, Cities: []string{"-"}, URL: "https://example.org/f"},
				{Title: "Ten Years of Queues", Speakers: []string{}, Cities: []string{"-"}, URL: "https://example.org/q"},
			},
		},
		{
			name:   "entries that name the event by its kind, then the talk by its kind",
			title:  "Public Speaking",
			author: "Ana Lima",
			body: "Past talks:\n\n- ###### November 2031\n\n    ### Conference: DevFest Tartu\n\n    #### Talk: \"Quiet Queues in Practice\"\n\n" +
				"- ###### October 2031\n\n    ### Meetup: Porto Gophers\n\n    #### Talks: \"Ledgers at Rest\" & \"Sharding for Fun\"\n\n" +
				"- ###### September 2031\n\n    ### Meetup: Porto Gophers\n\n    #### Moderation of the evening\n",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
				{Title: "Ledgers at Rest", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}},
				{Title: "Sharding for Fun", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}},
			},
		},
		{
			name:  "an event's heading with a labelled title but no place or date gives no own talk",
			title: "Talks",
			body:  "## RiverConf 2031\n* **Topic:** Quiet Queues in Practice\n* **Attendees:** 900\n",
			want:  nil,
		},
		{
			name:   "an event's section that labels its speakers is an agenda's, not the owner's",
			title:  "Talks",
			author: "Ana Lima",
			body:   "## RiverConf 2031\n* **Where:** Porto\n* **Topic:** Quiet Queues in Practice\n* **Speaker:** Bo Chen\n",
			want:   []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}}},
		},
		{
			name:  "a list of events under a heading that says when is no talk's list",
			title: "Talks",
			body:  "### Upcoming\n\n* NimbusConf Tartu 2031\n* Gopher Days 2030\n\n### Past events\n\n* Cloud Summit Porto 2029\n",
			want:  nil,
		},
		{
			name:  "a list of events under a heading outside a page of talks is not read",
			title: "Travel notes",
			body:  "### A busy spring\n\n* NimbusConf Tartu 2031\n* Gopher Days 2030\n",
			want:  nil,
		},
		{
			name:  "an itinerary of dated lines where the writer is presenting, under no heading of talks",
			title: "Coming up in March",
			body: "Here's where you can find me:\n\n" +
				"* March 3rd, 2031: [Charlotte .NET User Group (CDNUG)](http://example.org/c) - presenting \"Queues without Tears\" (which I have given before, see [my posts](http://example.org/p)).\n" +
				"* March 4th, 2031: [Tartu.js](http://example.org/t) presenting \"I Broke the Build\".\n" +
				"* March 6th, 2031: [Porto Gophers](http://example.org/pg) again presenting \"Queues without Tears\".\n",
			want: []talkView{
				{Title: "Queues without Tears", Speakers: []string{}, Cities: []string{"Charlotte", "Porto"}},
				{Title: "I Broke the Build", Speakers: []string{}, Cities: []string{"Tartu"}},
			},
		},
		{
			name:  "a list of where the writer will speak, in sentences: one talk an item, each at its own stop",
			title: "Speaking Engagements in March",
			body: "Here is where I'll be speaking this month.\n\n" +
				"- Next week I'll be in Tartu, Estonia to speak at [FooConf](http://example.org/f). I'm doing a 2 hour workshop on queues.\n" +
				"- On March 16th I'm giving an overview of Quillq 3 online.\n" +
				"- Finally, I'll be traveling to Porto for Harbour Conf. I'm giving a session on testing.\n",
			want: []talkView{
				{Description: "a 2 hour workshop on queues", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Description: "an overview of Quillq 3 online", Speakers: []string{}},
				{Description: "a session on testing", Speakers: []string{}, Cities: []string{"Porto"}},
			},
		},
		{
			name:  "first-person sentences outside a list of the writer's talks state none",
			title: "Speaking Engagements in March",
			body:  "I spoke pretty fast, so my session ended early. I talked about this with the organizers later.\n",
			want:  nil,
		},
		{
			name:  "a speaker's page titled with their name, over a talk's heading and abstract",
			title: "Ana Lima",
			body:  "### Queues Every Developer Should Know\n\nThis keynote tells of systems that failed, from the Tay Bridge in 1879 to Globex Capital in 2012, and why.\n",
			want:  []talkView{{Title: "Queues Every Developer Should Know", Speakers: []string{"Ana Lima"}}},
		},
		{
			name:  "a page titled with a name, over a heading and no abstract, lists no talk",
			title: "Ana Lima",
			body:  "### Hobbies\n\nShe sails and climbs.\n",
			want:  nil,
		},
		{
			name:   "a post titled with an event and a talk the named writer calls theirs",
			title:  "GopherFest 2031 - Quiet Queues in Practice",
			author: "Ana Lima",
			body:   "Thanks to the Tartu JUG for hosting GopherFest 2031, and to everyone who came to both my and Bo Chen's presentations.\n",
			want:   []talkView{{Speakers: []string{"Bo Chen"}}, {Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}}},
		},
		{
			name:   "a post titled with an event and a talk its writer does not call theirs",
			title:  "GopherFest 2031 - Quiet Queues in Practice",
			author: "Ana Lima",
			body:   "Thanks to the Tartu JUG for hosting GopherFest 2031.\n",
			want:   nil,
		},
		{
			name:  "a writer who says they gave several talks states each in the first person, one a paragraph",
			title: "Autumn talks",
			body:  "Over the last month I gave three talks at meetups in Tartu.\n\nThe first was at the Tartu JS meetup, where I spoke about service workers.\n\nThen I spoke about queues in Go at the Go meetup.\n",
			want: []talkView{
				{Description: "service workers", Speakers: []string{}, Cities: []string{"Tartu"}},
				{Description: "queues in Go at the Go meetup", Speakers: []string{}, Cities: []string{"Tartu"}},
			},
		},
		{
			name:  "first-person talk about something, with no word of giving talks, states none",
			title: "Autumn notes",
			body:  "The Tartu JS meetup was fun.\n\nLater I spoke about service workers with my team.\n",
			want:  nil,
		},
		{
			name:  "a dated line where someone named is presenting is no itinerary of the writer's",
			title: "Coming up in March",
			body:  "* March 5th, 2031: Ana Lima presenting \"Effects at the Edge\".\n",
			want:  []talkView{{Title: "Effects at the Edge", Speakers: []string{"Ana Lima"}}},
		},
		{
			name:  "outside a section of talks, places and titles are not read",
			title: "Notes",
			body:  "## Projects\n\n- **Tracekit** - Gopher Days, Portland OR\n",
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.body
			if tt.title != "" || tt.author != "" {
				text = withFrontMatter(tt.title, tt.author, "", tt.body)
			}
			r := extractText(t, "post", text)
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestSelfNamedOwner(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the writer's name in the page's first paragraph", "Hi, my name is Ana Lima, and here are the slides of my talks.\n\n## Talks\n\n- x\n", "Ana Lima"},
		{"a given name alone, with a nickname after it", "Hello! I'm Ana (call me Ace), these are my talks.\n\n## Talks\n\n- x\n", "Ana"},
		{"a word after I am that is no given name", "I am Speaking at three events this spring.\n\n## Talks\n\n- x\n", ""},
		{"a name met after the page's opening is someone else's", "These are my talks.\n\nThey are all good.\n\nMy name is Ana Lima.\n", ""},
		{"a name in lower case is none", "my name is ana, hello.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newExtraction(parseDoc(t, withFrontMatter("Talks", "", "", tt.body)))
			if got := x.pageOwner(); got != tt.want {
				t.Errorf("pageOwner(%q) = %q, want %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestPageOwner(t *testing.T) {
	tests := []struct {
		title, author, want string
	}{
		{"Talks by Ana Lima", "", "Ana Lima"},
		{"Ana Lima's talks", "", "Ana Lima"},
		{"Speaking | Ana Lima", "", "Ana Lima"},
		{"Ana Lima (@alima)", "", "Ana Lima"},
		{"Talks", "Bo Chen", "Bo Chen"},
		{"Talks", "bchen", "bchen"},
		{"Talks", "NimbusOps", ""},
		{"Talks", "", ""},
		{"Talks by Initech Labs", "", ""},
		{"Ana Lima on Tour", "", "Ana Lima"},
		{"Ana Lima on the road 2031", "", "Ana Lima"},
		{"Ana Lima's European Tour", "", "Ana Lima"},
		{"Initech on Tour", "", ""},
		{"The Big Tour", "", ""},
	}
	for _, tt := range tests {
		x := newExtraction(parseDoc(t, withFrontMatter(tt.title, tt.author, "", "Body.")))
		x.author = tt.author
		if got := x.pageOwner(); got != tt.want {
			t.Errorf("pageOwner(title %q, author %q) = %q, want %q", tt.title, tt.author, got, tt.want)
		}
	}
}

func TestCamelName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"nimbusJS", true},
		{"dotGo", true},
		{"gave", false},
		{"with", false},
		{"NimbusConf", false},
		{"iO", false},
	}
	for _, tt := range tests {
		if got := camelName(tt.in); got != tt.want {
			t.Errorf("camelName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAnnouncedHeadings(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		want   []speakersView
	}{
		{
			name:   "headings after the writer announces their talks are the talks, up to the summary",
			author: "Ana Lima",
			body: "What a week. I took part in three speaking events:\n\n" +
				"## Quiet Queues in Practice\n\nA demo of the queue.\n\n## Sharding the Ledger\n\nA panel.\n\n## Paging for Humans\n\nFor children.\n\n" +
				"## Summary\n\nA good week.\n",
			want: []speakersView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}},
				{Title: "Sharding the Ledger", Speakers: []string{"Ana Lima"}},
				{Title: "Paging for Humans", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "with no author named the talks have no speaker",
			body: "We gave two talks there:\n\n### Quiet Queues in Practice\n\nSlides soon.\n\n### Sharding the Ledger\n\nSlides soon.\n",
			want: []speakersView{
				{Title: "Quiet Queues in Practice", Speakers: []string{}},
				{Title: "Sharding the Ledger", Speakers: []string{}},
			},
		},
		{
			name: "a sentence that announces no talks of the writer's is no list",
			body: "Here is what we saw:\n\n## Quiet Queues in Practice\n\nIt was good.\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("A week at Gopher Days", tt.author, "2031-05-04", tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.body, d)
			}
		})
	}
}

// TestVenueInBracketsHostsTheEvent: a venue in brackets after the event a talk was given at is
// the event's host.
func TestVenueInBracketsHostsTheEvent(t *testing.T) {
	tests := []struct {
		name, body, event, city, host string
	}{
		{
			name:  "a linked title at a linked group, its venue in brackets, then the town",
			body:  "* 07/26/2031 - [Quiet Queues](/talks/quiet-queues.html) at [Porto JUG](https://portojug.example/) (Initech), Porto, Portugal\n",
			event: "Porto JUG", city: "Porto", host: "Initech",
		},
		{
			name:  "a plain own line: the title, then the group with its venue in brackets, the town and the year",
			body:  "- Quiet Queues - Porto JUG (Initech), Porto, 2031\n",
			event: "Porto JUG", city: "Porto", host: "Initech",
		},
		{
			name:  "a note in brackets is no venue",
			body:  "* 07/26/2031 - [Quiet Queues](/talks/quiet-queues.html) at [Porto JUG](https://portojug.example/) (Slides), Porto, Portugal\n",
			event: "Porto JUG", city: "Porto", host: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "talks", withFrontMatter("My talks", "", "2031-08-01", tt.body))
			if len(r.Events) != 1 {
				t.Fatalf("Extract() events = %+v, want one", r.Events)
			}
			e := r.Events[0]
			host := ""
			if e.Host != nil {
				host = *e.Host
			}
			if e.Name != tt.event || e.City == nil || *e.City != tt.city || host != tt.host {
				t.Errorf("Extract() event = %q in %v hosted by %q, want %q in %q hosted by %q", e.Name, e.City, host, tt.event, tt.city, tt.host)
			}
		})
	}
}

func TestAcronymOf(t *testing.T) {
	tests := []struct {
		name, short string
		want        bool
	}{
		{"Charlotte .NET User Group", "CDNUG", true},
		{"Tartu Java User Group", "TJUG", true},
		{"Porto JUG", "Initech", false},
		{"Porto JUG", "IBM", false},
		{"Tartu Gophers", "tg", false},
	}
	for _, tt := range tests {
		if got := acronymOf(tt.name, tt.short); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.name, tt.short, got, tt.want)
		}
	}
}

func TestGivenNameGroupCity(t *testing.T) {
	tests := []struct {
		name string
		want string // the city, "" when none
	}{
		{"Charlotte .NET User Group", "Charlotte"},
		{"Charlotte JUG", "Charlotte"},
		{"Charlotte Meetup", "Charlotte"},
		{"Charlotte Weiss Fan Club", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := cityInEventName(tt.name); c != nil {
			got = c.written
		}
		if got != tt.want {
			t.Errorf("cityInEventName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSummaryOwner covers a speaker's page whose front matter's description says whose talks
// it lists, under a title that names no one ("Speaker").
func TestSummaryOwner(t *testing.T) {
	page := func(summary string) string {
		return "---\ntitle: Speaker\ndescription: \"" + summary + "\"\n---\n\n## Past talks\n\n" +
			"- [Harbourconf](https://example.org/) -- 12 May 2031, Porto, Portugal\n\n  Topic: **\"Quiet Queues in Practice\"**\n"
	}
	tests := []struct {
		summary string
		want    []string
	}{
		{"Past and future conference talks given by Tavita Lisboa.", []string{"Tavita Lisboa"}},
		{"Slides and videos of the presentations given by Ana Lima", []string{"Ana Lima"}},
		{"Past and future conference talks given by Initech Labs.", nil},
		{"A page of talks I liked, written by the team.", nil},
	}
	for _, tt := range tests {
		r := extractText(t, "speaker", page(tt.summary))
		var got []string
		for _, tk := range r.Talks {
			got = append(got, tk.Speakers...)
		}
		if d := diff(tt.want, got); d != "" {
			t.Errorf("speakers under summary %q differ (-want +got)\n%s", tt.summary, d)
		}
		for _, e := range r.Events {
			if e.City != nil && *e.City == "Lisboa" {
				t.Errorf("summary %q: the owner's family name made a city", tt.summary)
			}
		}
	}
}

// TestOwnListTitleLast covers two layouts of a speaker's page of talks: headings that name
// the event (with its town) over a paragraph that is only the title, and lines that give
// when, where and the event before the title, set off by dashes.
func TestOwnListTitleLast(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"event headings over titles", "### GopherCon EU 2031, Berlin\n\nQuiet Queues ([slides](https://example.org/s1))\n\n### dotGo 2031, Paris\n\nFuzzing for Fun\n\n### Tartu Gophers, January 2031 (Tartu)\n\nQuiet Queues\n"},
		{"the title last after dashes", "* 2031-06-12 – Berlin – GopherCon EU – Quiet Queues\n* 2031-03-02 – Paris – dotGo – Fuzzing for Fun\n* 2031-01-15 – Tartu – Tartu Gophers – Quiet Queues\n"},
	}
	want := map[string][]string{"Quiet Queues": {"Berlin", "Tartu"}, "Fuzzing for Fun": {"Paris"}}
	for _, tt := range tests {
		r := extractText(t, "talks", withFrontMatter("Talks", "Ana Lima", "2031-07-01", tt.body))
		got := map[string][]string{}
		for _, tk := range talksOf(r) {
			if d := diff([]string{"Ana Lima"}, tk.Speakers); d != "" {
				t.Errorf("%s: speakers of %q differ (-want +got)\n%s", tt.name, tk.Title, d)
			}
			got[tk.Title] = tk.Cities
		}
		if d := diff(want, got); d != "" {
			t.Errorf("%s: talks and their cities differ (-want +got)\n%s", tt.name, d)
		}
	}
	// a line of dashes whose last part is no title, or whose first parts name no event
	for _, line := range []string{"2031-06-12 – Berlin – GopherCon EU – Paris", "Quiet Queues – Fuzzing for Fun – Parsers at Scale"} {
		x := newExtraction(parseDoc(t, withFrontMatter("Talks", "Ana Lima", "", "Body.")))
		if title, _, ok := x.titleLast(line); ok {
			t.Errorf("titleLast(%q) = %q, want no title", line, title)
		}
	}
}

// TestTopicUnderEventHeading reads a writer's post about their coming talks: a heading that
// names the date and the event, prose in the first person that places it, and a "Topic:"
// label that titles the talk.
func TestTopicUnderEventHeading(t *testing.T) {
	body := "A short overview of what comes next.\n\n" +
		"## 04.10.2031 Queue Conf 2031\n\nThe user groups are hosting the conference in Tartu this year. I will give a short talk about the new release.\n\nTopic: Quiet Queues 3.0 in Practice\n\n" +
		"## 14.10.2031 Web Developer Days\n\nI will give a long version of my talk at the Web Developer Days in Porto.\n\nTopic: Fuzzing for Fun\n\n" +
		"## 20.10.2031 Parser Summit\n\nBo Chen organises this one; go and see it.\n\nTopic: Parsers at Scale\n"
	r := extractText(t, "post", withFrontMatter("Where I speak next", "", "2031-10-01", body))
	want := []talkView{
		{Title: "Quiet Queues 3.0 in Practice", Cities: []string{"Tartu"}},
		{Title: "Fuzzing for Fun", Cities: []string{"Porto"}},
	}
	var got []talkView
	for _, tk := range talksOf(r) {
		tk.Speakers = nil
		got = append(got, tk)
	}
	if d := diff(want, got); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

// TestTitleOverWhereAndWhen covers a speaker's page that sets each title apart (a heading or a
// bold line) over lines that say only where and when it was given.
func TestTitleOverWhereAndWhen(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"a heading over dated items", "## Quiet Queues in Practice\n\n- 2031-03-04: PHP User Group Tartu, Initech Office, Tartu, Estonia\n- 2031-05-05: Porto Tech Meetup, Globex HQ, Porto, Portugal\n\n## Fuzzing for Fun\n\n- 2031-06-01: Ghent Web Craft, Umbrella Loft, Ghent, Belgium\n"},
		{"bold lines over paragraphs", "**Quiet Queues in Practice**\n\nPHP User Group Tartu, Initech Office, Tartu – March 4, 2031\n\nPorto Tech Meetup, Globex HQ, Porto – May 5, 2031\n\n**Fuzzing for Fun**\n\nGhent Web Craft, Umbrella Loft, Ghent – June 1, 2031\n"},
		{"headings over dotted lines", "## 2031\n\n### Quiet Queues in Practice\nPHP User Group Tartu · Tartu, Estonia · March 4, 2031 · [Slides](https://example.org/s)\n\n### Fuzzing for Fun\nGhent Web Craft · Ghent, Belgium · June 1, 2031\n"},
	}
	for _, tt := range tests {
		r := extractText(t, "talks", withFrontMatter("Talks", "Ana Lima", "2031-07-01", tt.body))
		got := map[string][]string{}
		for _, tk := range talksOf(r) {
			got[tk.Title] = tk.Cities
		}
		want := map[string][]string{"Quiet Queues in Practice": {"Tartu", "Porto"}, "Fuzzing for Fun": {"Ghent"}}
		if tt.name == "headings over dotted lines" {
			want["Quiet Queues in Practice"] = []string{"Tartu"}
		}
		if d := diff(want, got); d != "" {
			t.Errorf("%s: talks and their cities differ (-want +got)\n%s", tt.name, d)
		}
	}
}

// TestFirstPersonTalk tells the writer giving a talk from the writer being there.
func TestFirstPersonTalk(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I will give a short introduction to our queue library.", true},
		{"There I will give the masterclass again.", true},
		{"I am speaking on the second day.", true},
		{"I can provide a full day of training there.", true},
		{"I am only a guest.", false},
		{"I will give my seat to Bo Chen this year.", false},
		{"I am hosting the evening.", false},
	}
	for _, tt := range tests {
		if got := firstPersonTalk.MatchString(tt.text); got != tt.want {
			t.Errorf("firstPersonTalk(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
