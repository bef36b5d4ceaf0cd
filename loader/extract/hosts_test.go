package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestStreetAddress(t *testing.T) {
	tests := []struct {
		name string
		line string
		want string // the address's words, "" when none
	}{
		{"a number before the street", "Northwind, 14 Quay Road, 5003 Bergen", "14 Quay Road"},
		{"a short street word", "Level 3, 155 Harbour St Bergen", "155 Harbour St"},
		{"a street word before the name", "Northwind, 21 Rue Verte, Lyon", "21 Rue Verte"},
		{"a street named in one word with the number after", "Cowork Hub, Quayveien 14, Bergen", ""},
		{"a one-word street with a known suffix and the number after", "Cowork Hub, Havenstraat 61, 1018 Utrecht", "Havenstraat 61"},
		{"a sentence without a number names no address", "We walked down Harbour Street to the venue.", ""},
		{"a count is no house number", "There were 40 people in the room.", ""},
		{"a grid's address: a number, a quarter and a numbered street", "Initech, 401 NW 10th, Springfield", "401 NW 10th"},
		{"a number and an ordinal with no quarter", "We were 40 5th graders in the room.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := firstSentence(t, tc.line)
			got := ""
			if start, end, ok := streetAddress(s.tokens); ok {
				got = s.text[s.tokens[start].start:s.tokens[end-1].end]
			}
			if got != tc.want {
				t.Errorf("streetAddress(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}

func TestHosts(t *testing.T) {
	tests := []struct {
		name string
		body string
		want map[string]string // city (or event name) -> host
		gap  string
	}{
		{
			name: "thanks for hosting list each host's cities",
			body: "Our roadshow took us to Lisbon, Porto, Braga and Faro. Special thanks to Quillfeather for hosting us in Lisbon and Porto, Northwind in Braga, and Tidepool in Faro.",
			want: map[string]string{"Lisbon": "Quillfeather", "Porto": "Quillfeather", "Braga": "Northwind", "Faro": "Tidepool"},
		},
		{
			name: "an event that takes place on a date at a venue",
			body: "Our next evening is set to take place on Thursday, June 3rd, at the [Quillfeather Makers Loft](https://example.org/map) in Porto.\n\n- 19:00 Tracing Without Tears - Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather Makers Loft"},
		},
		{
			name: "a place where the speaker works is no venue",
			body: "The meetup will take place in Porto. Mara Ellison, who works at Quillfeather, gives the talk.",
			want: map[string]string{},
		},
		{
			name: "a meetup held at the offices of a company who kindly hosted us",
			body: "The meetup was held in Lisbon on May 6, 2021, at the offices of Quillfeather, who kindly hosted us.",
			want: map[string]string{"Lisbon": "Quillfeather"},
		},
		{
			name: "venue and date lines of one paragraph are read line by line",
			body: "Venue: Quillfeather, 12 Harbour Street, Porto\nDate: June 3, 2021\n\n- Tracing Without Tears by Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather"},
		},
		{
			name: "labels written as questions, and an address that abbreviates its avenue",
			body: "- **When?** June 3, 2021\n- **Where?** Quillfeather Hall, Av. da Liberdade 12, Porto\n\nTracing Without Tears by Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather Hall"},
		},
		{
			name: "a label's value that runs on past a sentence names no venue",
			body: "- **When?** June 3, 2021\n- **Where?** Quillfeather Hall in Porto. Northwind will host the one after.\n\nTracing Without Tears by Mara Ellison",
			want: map[string]string{},
		},
		{
			name: "hosts of several words keep their names",
			body: "Our roadshow took us to Lisbon, Porto, Braga and Faro. Thanks to Quillfeather Labs for hosting us in Lisbon and Porto, Northwind Systems in Braga, and Tidepool in Faro!",
			want: map[string]string{"Lisbon": "Quillfeather Labs", "Porto": "Quillfeather Labs", "Braga": "Northwind Systems", "Faro": "Tidepool"},
		},
		{
			name: "hosted at a company's office hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nIt was hosted at Northwind office. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a host named in one section does not host the event of another section",
			body: "## Tracing Without Tears at an online meetup\n\nThe Cloud Hour, hosted by Northwind (May 3, 2021)\n\n- Speaker: Mara Ellison\n\n" +
				"## Tracing Without Tears at Harbour Conf Porto 2021\n\nHarbour Conf Porto 2021 (June 9, 2021)\n\n- Speaker: Mara Ellison",
			want: map[string]string{},
		},
		{
			name: "a host named before the first heading hosts the event a heading places",
			body: "Thanks to Northwind for hosting us!\n\n## Porto Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Porto": "Northwind"},
		},
		{
			name: "a host named in a part of the event's own section hosts it",
			body: "## Porto Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration.\n\n### Venue\n\nThe evening was hosted by Northwind.",
			want: map[string]string{"Porto": "Northwind"},
		},
		{
			name: "hosted by a company hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nThe meetup was hosted by Northwind. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "the event at a lovely venue is hosted there",
			body: "## Oslo Meetup: May 2021\n\nWe enjoyed the event at the lovely Tidepool Studio. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool Studio"},
		},
		{
			name: "an event that will happen on a date at a company's office",
			body: "The meetup will happen on June 3 at the Quillfeather office in Porto.\n\n- Tracing Without Tears by Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather"},
		},
		{
			name: "a venue line with the city in parentheses names the venue alone",
			body: "Venue: Quillfeather (Porto)\n\n- Tracing Without Tears by Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather"},
		},
		{
			name: "a venue line with the room in parentheses names the venue alone",
			body: "Where: Quillfeather (third floor), Porto\n\n- Tracing Without Tears by Mara Ellison",
			want: map[string]string{"Porto": "Quillfeather"},
		},
		{
			name: "a venue named after a kind of place is not a city of that name",
			body: "## Oslo Meetup: May 2021\n\nWe enjoyed the event at the lovely Fjord Hub. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Fjord Hub"},
		},
		{
			name: "a linked venue named after a kind of place is not a city either",
			body: "## Oslo Meetup: May 2021\n\nA big crowd came to the event at the [Harbour Plaza](https://example.org/plaza). Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Harbour Plaza"},
		},
		{
			name: "a meetup organised at a company in a city is hosted by it there",
			body: "We had a great time at the latest meetup organised at Northwind in Oslo. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "the offices used for a joint event host every site",
			body: "This time we brought together the Oslo and Bergen groups using Northwind's offices.",
			want: map[string]string{"Oslo": "Northwind", "Bergen": "Northwind"},
		},
		{
			name: "thanks for hosting without a city hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nHuge thanks to Northwind for hosting us! Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a company that hosted us hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nNorthwind kindly hosted us in their new office. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a sponsor and a caterer are not hosts",
			body: "## Oslo Meetup: May 2021\n\nThe meetup was sponsored by Northwind, and Tidepool provided the pizza. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a sponsor thanked for drinks is not a host",
			body: "## Oslo Meetup: May 2021\n\nMany thanks to our sponsor Northwind for the drinks. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "catering provided by a company is not hosting",
			body: "## Oslo Meetup: May 2021\n\nCatering was provided by Tidepool. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "drinks at a bar after the talks are not hosting",
			body: "## Oslo Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration. We went for drinks at the Crown Tavern afterwards.",
			want: nil,
		},
		{
			name: "a speaker's company is not the host",
			body: "## Oslo Meetup: May 2021\n\nJonas Whitfield from Northwind gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a host thanked before the post places its event hosts that event",
			body: "- Northwind for hosting the meetup and providing coffee\n\nThe meetup took place in Oslo. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a host thanked in a post with two events and no section event hosts neither",
			body: "Thanks to Northwind for hosting us!\n\n## Oslo Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration.\n\n## Bergen Meetup: June 2021\n\nMara Ellison gave a talk about ledgers.",
			want: nil,
		},
		{
			name: "a venue sponsor line names the host",
			body: "## Oslo Meetup: May 2021\n\n- Date: 4 May, 2021\n- Venue sponsor: [Northwind](https://northwind.example)\n- Meetup sponsors: Tidepool\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a main venue line with a dash keeps the venue's name",
			body: "- **Main Venue:** Quillfeather - Hall B, 12 Harbour Street, Porto\n- **Date:** June 3, 2021\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Porto": "Quillfeather"},
		},
		{
			name: "a city that is also a given name counts in an address with its region",
			body: "- **Venue:** Quillfeather, 12 Harbour Street, Austin, TX\n- **Date & Time:** June 3, 2021, 6 PM\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Austin": "Quillfeather"},
		},
		{
			name: "a remark about the venue after its label names no host and no city",
			body: "## Oslo Meetup: May 2021\n\n- Venue: To be announced once we know how many people sign up, so please register early.\n\nJonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a company thanked for the space hosts the event",
			body: "## Oslo Meetup: May 2021\n\nThanks to Northwind for the space! Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "of two companies thanked, the one thanked for the venue hosts",
			body: "## Oslo Meetup: May 2021\n\nThanks to Tidepool for the pizza and to Northwind for providing the venue. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a venue mentioned without thanks names no host",
			body: "## Oslo Meetup: May 2021\n\nNorthwind was looking for a bigger venue. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a company that will welcome us in its offices in a city hosts the event there",
			body: "The next meetup takes place on 3 May. Northwind will welcome us in their offices, at 14 Quay Road, 0150 Oslo.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a company that welcomed us hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nTidepool welcomed us at their new office. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "a company that is hosting us hosts the section's event",
			body: "## Oslo Meetup: May 2021\n\nThis time Tidepool is kindly hosting us. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "we who welcome a guest host nothing",
			body: "## Oslo Meetup: May 2021\n\nWe will welcome our new members first. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a group named by its city in one word places the event its host housed",
			body: "We are happy to announce the third PyBergen meetup. It will be kindly hosted by [Northwind](https://northwind.example).",
			want: map[string]string{"Bergen": "Northwind"},
		},
		{
			name: "a venue written before its street address hosts the post's event in the address's city",
			body: "We meet again next month.\n\n- Where: Northwind, 14 Quay Road, 5003 Bergen\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Bergen": "Northwind"},
		},
		{
			name: "a venue labelled in another language hosts the post's event in the address's city",
			body: "Zapraszamy na kolejne spotkanie!\n\n- Gdzie: Northwind, Długa 3, Toruń\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Toruń": "Northwind"},
		},
		{
			name: "a venue after an at sign near an address hosts the post's event",
			body: "- From 18:00 @ Northwind Labs\n- Level 3, 14 Quay Road Bergen\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Bergen": "Northwind Labs"},
		},
		{
			name: "an address places nothing in a post that names another city",
			body: "Northwind, 14 Quay Road, 5003 Bergen\n\nJonas Whitfield gave the talk he gave in Tromsø before.",
			want: nil,
		},
		{
			name: "a venue before an address in a section about the meetup hosts the group's event",
			body: "## Location\n\n[Northwind](https://northwind.example) @ Cowork Hub,\nHavenstraat 14\n5003 Bergen\n\n## Talks\n\n- Ledgers at scale by Mara Ellison at the Bergen Gophers meetup",
			want: map[string]string{"Bergen": "Northwind"},
		},
		{
			name: "a company that provided the space hosts the event",
			body: "## Oslo Meetup: May 2021\n\nNorthwind generously provided the space and the coffee. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a venue provided by a company is its",
			body: "## Oslo Meetup: May 2021\n\nThe venue was kindly provided by Northwind. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a company that opened its doors for us hosts the event",
			body: "## Oslo Meetup: May 2021\n\nTidepool opened their doors for us once again. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "our host named after the verb hosts the event",
			body: "## Oslo Meetup: May 2021\n\nOur host for the evening was Tidepool. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "a company that was our host hosts the event",
			body: "## Oslo Meetup: May 2021\n\nTidepool was our host this time. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "our hosts followed by a company host the event",
			body: "## Oslo Meetup: May 2021\n\nMany thanks to our hosts Tidepool! Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Tidepool"},
		},
		{
			name: "a company thanked for having us hosts the event",
			body: "## Oslo Meetup: May 2021\n\nThanks to Northwind for having us. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "the people at a company who hosted us are the company",
			body: "## Oslo Meetup: May 2021\n\nWe were hosted by the kind folks at Northwind. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "the offices of a company that hosted us are the company's",
			body: "## Oslo Meetup: May 2021\n\nThe meetup was hosted at the offices of Northwind. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a company that sponsored the venue hosts the event",
			body: "## Oslo Meetup: May 2021\n\nNorthwind sponsored the venue. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a company's headquarters are the company",
			body: "## Oslo Meetup: May 2021\n\nThe evening was held at the Northwind HQ. Jonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind"},
		},
		{
			name: "a technology that provides a space hosts nothing",
			body: "## Oslo Meetup: May 2021\n\nKubernetes provided the space for many new ideas. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a person who provided the room with laughs hosts nothing",
			body: "## Oslo Meetup: May 2021\n\nRavi Menon provided the room with some laughs. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "our host named as a person is the evening's MC, not a host",
			body: "## Oslo Meetup: May 2021\n\nOur host, Ravi Menon, welcomed everyone. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a person who was our host is the evening's MC, not a host",
			body: "## Oslo Meetup: May 2021\n\nRavi Menon was our host for the evening. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a company thanked for the pizza it sponsored hosts nothing",
			body: "## Oslo Meetup: May 2021\n\nThanks to Tidepool for sponsoring the pizza. Jonas Whitfield gave a talk about the migration.",
			want: nil,
		},
		{
			name: "a venue line with no town is the venue of the one event the post placed",
			body: "Our May meetup took place in Oslo.\n\n- Venue: Northwind Labs\n- Time: 18:30\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"Oslo": "Northwind Labs"},
		},
		{
			name: "a venue line dated another day is not the placed event's venue",
			body: "Our May meetup took place in Oslo on May 4, 2021.\n\n- Date: June 9, 2021\n- Venue: Northwind Labs\n\nJonas Whitfield gave a talk about the migration.",
			want: map[string]string{"May Meetup 2021-06-09": "Northwind Labs"},
		},
		{
			name: "a meetup sponsors line is not a host",
			body: "## Oslo Meetup: May 2021\n\n- Meetup sponsors: Tidepool\n\nJonas Whitfield gave a talk about the migration.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "hosts", recap(tc.body))
			if d := diff(tc.want, hostsOf(r)); d != "" {
				t.Errorf("Extract(%q) hosts mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

// TestHostsFromDefinitionLists: a reStructuredText definition list gives "When" and "Where"
// as terms over their values; a venue's address on the first line of the definition, with
// directions on the lines below it, still names the host and the city.
func TestHostsFromDefinitionLists(t *testing.T) {
	tests := []struct {
		name  string
		where string
		want  map[string]string
	}{
		{
			name:  "address on the first line, directions below",
			where: "Quillfeather Labs - `12 Harbour Street, Porto <https://maps.example/q>`_\n  Enter by the side door next to the bakery and ring the bell,\n  someone will come down and let you in before the first talk starts.",
			want:  map[string]string{"Porto": "Quillfeather Labs"},
		},
		{
			name:  "one line",
			where: "Quillfeather Labs, 12 Harbour Street, Porto",
			want:  map[string]string{"Porto": "Quillfeather Labs"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "Spring lightning talks\n######################\n\n:date: 2021-05-02\n\n" +
				"Bring a five minute talk of your own.\n\n" +
				"When\n  Wednesday **May 12th, 2021** at **6:30PM**\n\nWhere\n  " + tc.where + "\n"
			doc, err := document.Parse("spring.rst", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if d := diff(tc.want, hostsOf(Extract(doc))); d != "" {
				t.Errorf("hosts differ %s", d)
			}
		})
	}
}
