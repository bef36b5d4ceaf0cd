package extract

import (
	"testing"
)

func TestTalkClauses(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
		gap  string
	}{
		{
			name: "two speakers from one company begin with a talk called a quoted title",
			body: "Mara Ellison and Tomas Reyes from Quillfeather Labs began with a talk called ‘Scaling Ledgers with Event Sourcing’ that looked at audit trails.",
			want: []speakersView{{Title: "Scaling Ledgers with Event Sourcing", Speakers: []string{"Mara Ellison", "Tomas Reyes"}}},
		},
		{
			name: "an italic title in title case, then by and the speaker",
			body: "The first talk was *Queues Done Right* by Ana Lima. The last talk was **Sorting Without Tears** by Jonas Weber.",
			want: []speakersView{{Title: "Queues Done Right", Speakers: []string{"Ana Lima"}}, {Title: "Sorting Without Tears", Speakers: []string{"Jonas Weber"}}},
		},
		{
			name: "an invitation to join people for their talk",
			body: "Join [Mara Ellison](https://github.com/mellison), and [Tomas Reyes](https://github.com/treyes) for a lunchtime talk about queues!",
			want: []speakersView{{Title: "", Speakers: []string{"Mara Ellison", "Tomas Reyes"}}},
		},
		{
			name: "joining people for dinner is no talk",
			body: "Join Mara Ellison and Tomas Reyes for dinner after the meetup.",
			want: nil,
		},
		{
			name: "a speaker and her company, then a gerund of speaking in Portuguese or Spanish",
			body: "**Mara Ellison da Initech**, falando sobre filas e mensagens. Tomas Reyes de Globex, hablando sobre pruebas de carga.",
			want: []speakersView{{Title: "", Speakers: []string{"Mara Ellison"}}, {Title: "", Speakers: []string{"Tomas Reyes"}}},
		},
		{
			name: "a speaker with her presentation about a quoted title",
			body: "Next up was Mara Ellison with her presentation about “Ledgers Without Locks”. Tomas Reyes closed the evening with his talk on “Sharding by Accident”.",
			want: []speakersView{{Title: "Ledgers Without Locks", Speakers: []string{"Mara Ellison"}}, {Title: "Sharding by Accident", Speakers: []string{"Tomas Reyes"}}},
		},
		{
			name: "a verb left out of the second and third clause",
			body: "Mara Ellison talked about “Ledgers Without Locks”, Tomas Reyes “Sharding by Accident” and Ines Varga “Schema Changes at Noon”.",
			want: []speakersView{{Title: "Ledgers Without Locks", Speakers: []string{"Mara Ellison"}}, {Title: "Sharding by Accident", Speakers: []string{"Tomas Reyes"}}, {Title: "Schema Changes at Noon", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a person after the quoted title who is not followed by one gives no talk",
			body: "Mara Ellison talked about “Ledgers Without Locks” and Tomas Reyes asked about “locks”.",
			want: []speakersView{{Title: "Ledgers Without Locks", Speakers: []string{"Mara Ellison"}}},
		},
		{
			name: "a common word opening a sentence is no speaker",
			body: "## Queues at scale\n\n**Note:** Research showed that queues are hard to size.",
			want: nil,
		},
		{
			name: "a given name opening a sentence is a speaker",
			body: "## Queues at scale\n\nMara showed how queues are sized.",
			want: []speakersView{{Title: "Queues at scale", Speakers: []string{"Mara"}}},
		},
		{
			name: "an announcement: a speaker will talk about a quoted title",
			body: "Ines Varga will talk about ‘Zero Downtime Schema Changes’ and what they cost.",
			want: []speakersView{{Title: "Zero Downtime Schema Changes", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a talk on a topic, then a colon and its quoted title",
			body: "Ines Varga is going to present a session on form layout: \"Buttons That Explain Themselves\"",
			want: []speakersView{{Title: "Buttons That Explain Themselves", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a lightning talk and a colon before its quoted title",
			body: "Then Bo Chen gave a lightning talk: “Ledgers in Ten Minutes”.",
			want: []speakersView{{Title: "Ledgers in Ten Minutes", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a colon that opens a clause introduces no title",
			body: "Bo Chen gave a talk on caching: we all said “wow” afterwards.",
			want: []speakersView{{Title: "", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "an announcement: a speaker is going to talk about something",
			body: "Ines Varga is going to talk about schema changes without downtime.",
			want: []speakersView{{Title: "", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "an appositive after the speaker does not hide her",
			body: "Ines Varga (https://example.org/), a Danish designer based in Aarhus will talk to us about prototyping tools.",
			want: []speakersView{{Title: "", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a list of speakers, each on a topic",
			body: "Amongst the speakers were Lena Forsberg on creativity, Ravi Menon and Ines Varga on type systems and Kofi Mensah about testing.",
			want: []speakersView{
				{Speakers: []string{"Lena Forsberg"}},
				{Speakers: []string{"Ravi Menon", "Ines Varga"}},
				{Speakers: []string{"Kofi Mensah"}},
			},
		},
		{
			name: "a name before 'on' outside a list of speakers is no talk",
			body: "We met Lena Forsberg on Monday at the station.",
			want: nil,
		},
		{
			name: "the noun talk after a name is no statement",
			body: "We all enjoyed the Ines Varga talk yesterday.",
			want: nil,
		},
		{
			name: "a speaker presents a quoted title",
			body: "Ines Varga presented ‘Zero Downtime Schema Changes’.",
			want: []speakersView{{Title: "Zero Downtime Schema Changes", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a title in straight double quotes is a title",
			body: `Ines Varga then presented "Zero Downtime Schema Changes" to a full room.`,
			want: []speakersView{{Title: "Zero Downtime Schema Changes", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a period inside the closing quote is not part of the title",
			body: "Ines Varga presented ‘Zero Downtime Schema Changes.’ It was packed.",
			want: []speakersView{{Title: "Zero Downtime Schema Changes", Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "the speaker after 'the turn of' is no company",
			body: "Then came the turn of Dario Fenn, who told us about postmortems.",
			want: []speakersView{{Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "the linked name of a users' group presenting a talk is no speaker (the writer is)",
			body: "On May 8th I will be at [Tartu County Go Users Group](https://tcgug.example.org) presenting ‘Postmortems Without Blame’.",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"NimbusOps"}}},
		},
		{
			name: "a given name linked to a page named after the person is the full name",
			body: "The day opened with [Dario](https://example.org/team/dario-fenn/) talking about services.",
			want: []speakersView{{Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "talks by several speakers are a talk each",
			body: "The day went on with great talks by Dario Fenn, Ines Varga and Rui Costa.",
			want: []speakersView{{Speakers: []string{"Dario Fenn"}}, {Speakers: []string{"Ines Varga"}}, {Speakers: []string{"Rui Costa"}}},
		},
		{
			name: "a talk by two speakers is theirs together",
			body: "The day went on with a talk by Dario Fenn and Ines Varga.",
			want: []speakersView{{Speakers: []string{"Dario Fenn", "Ines Varga"}}},
		},
		{
			name: "a speaker opening the day, in a gerund",
			body: "The morning sessions ran in the big hall, with Dario Fenn opening with a tour of tracing.",
			want: []speakersView{{Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "a title of address before the speaker's name is no part of it",
			body: "The day began with a talk ‘Postmortems Without Blame’ by Mr. Dario Fenn (CTO of Globex).",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "the turn of a speaker is their talk, whatever verb follows",
			body: "Luego vino el turno de Ines Varga, que repasó tres problemas del año.",
			want: []speakersView{{Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a company's turn to host is no talk",
			body: "Next month it is the turn of Initech to host us.",
		},
		{
			name: "the speaker after 'el turno de' is no company",
			body: "Luego fue el turno de Ines Varga, que habló de esquemas.",
			want: []speakersView{{Speakers: []string{"Ines Varga"}}},
		},
		{
			name: "a talk by a speaker is called a quoted title",
			body: "The evening continued with a talk by Dario Fenn called ‘Postmortems Without Blame’.",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "a quoted title after a talk noun comes before the speaker",
			body: "The last talk, ‘Postmortems Without Blame’ by Dario Fenn, closed the evening.",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "a quoted title followed by a talk by a speaker is the title",
			body: "Then came ‘Postmortems Without Blame’, a talk by Dario Fenn.",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "a quoted title by a speaker is a talk without a talk noun",
			body: "‘Postmortems Without Blame’ by Dario Fenn closed the evening.",
			want: []speakersView{{Title: "Postmortems Without Blame", Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "a case study is an untitled talk",
			body: "Dario Fenn from the City of Oslo then gave a case study on how his department shifted its permits system onto the cloud.",
			want: []speakersView{{Speakers: []string{"Dario Fenn"}}},
		},
		{
			name: "speaking about a subject is an untitled talk",
			body: "Priya Raman spoke about tracing slow queries in production.",
			want: []speakersView{{Speakers: []string{"Priya Raman"}}},
		},
		{
			name: "walking the audience through a subject is an untitled talk",
			body: "Kofi Mensah walked us through the new release process.",
			want: []speakersView{{Speakers: []string{"Kofi Mensah"}}},
		},
		{
			name: "an event opened by a speaker who gave a talk is one talk",
			body: "The event was opened by Hana Kobayashi, who gave a talk about observability budgets.",
			want: []speakersView{{Speakers: []string{"Hana Kobayashi"}}},
		},
		{
			name: "a talk by a speaker of a linked company names the speaker, not the company",
			body: "Next up was a more technical talk by [Brightwater](https://brightwater.io)'s Lukas Moravec on compiler plugins.",
			want: []speakersView{{Speakers: []string{"Lukas Moravec"}}},
		},
		{
			name: "a talk by a speaker of an acronym company names the speaker",
			body: "Next up was a more technical talk by BRW's Lukas Moravec on compiler plugins.",
			want: []speakersView{{Speakers: []string{"Lukas Moravec"}}},
		},
		{
			name: "a talk by a speaker of an unlinked one-word company names the speaker",
			body: "Next up was a more technical talk by Brightwater's Lukas Moravec on compiler plugins.",
			want: []speakersView{{Speakers: []string{"Lukas Moravec"}}},
		},
		{
			name: "a speaker's talk is an untitled talk",
			body: "Lukas Moravec's talk covered incremental builds.",
			want: []speakersView{{Speakers: []string{"Lukas Moravec"}}},
		},
		{
			name: "a bold title after made a talk on is a title",
			body: "Selma Haugen made a talk on **Type Safe Configuration**.",
			want: []speakersView{{Title: "Type Safe Configuration", Speakers: []string{"Selma Haugen"}}},
		},
		{
			name: "a bold title before made by is a title",
			body: "The evening closed with the introduction on **Streaming Joins Explained** made by Ruben Okafor.",
			want: []speakersView{{Title: "Streaming Joins Explained", Speakers: []string{"Ruben Okafor"}}},
		},
		{
			name: "a recording link whose text is title by speaker is a talk",
			body: "You can watch [Fearless Refactoring by Jonas Whitfield](https://www.youtube.com/watch?v=fr3f) on our channel.",
			want: []speakersView{{Title: "Fearless Refactoring", Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "a linked title inside quotes is the title",
			body: "Kofi Mensah started off with a talk called ‘[Debugging Distributed Locks](https://www.youtube.com/watch?v=d1st)’.",
			want: []speakersView{{Title: "Debugging Distributed Locks", Speakers: []string{"Kofi Mensah"}}},
		},
		{
			name: "a pronoun elaborating on the talk adds no talk",
			body: "Nadia Petrov presented ‘Profiling Without Tears’. She spoke about flame graphs and sampling.",
			want: []speakersView{{Title: "Profiling Without Tears", Speakers: []string{"Nadia Petrov"}}},
		},
		{
			name: "a pronoun presenting a demo adds no talk",
			body: "Nadia Petrov presented ‘Profiling Without Tears’. She also presented a demo of the new profiler.",
			want: []speakersView{{Title: "Profiling Without Tears", Speakers: []string{"Nadia Petrov"}}},
		},
		{
			name: "a speaker's first name elaborating on the talk adds no talk",
			body: "Nadia Petrov presented ‘Profiling Without Tears’. Nadia then showed how sampling works.",
			want: []speakersView{{Title: "Profiling Without Tears", Speakers: []string{"Nadia Petrov"}}},
		},
		{
			name: "the author speaking in the first person is the speaker",
			body: "I gave a talk about ledgers. Later, Jonas Whitfield presented ‘Query Planning’.",
			want: []speakersView{{Speakers: []string{"NimbusOps"}}, {Title: "Query Planning", Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "opening remarks and sharing the agenda are not a talk",
			body: "Alma Ortiz started the meetup with a brief introduction and went over the agenda.",
			want: nil,
		},
		{
			name: "welcoming words are not a talk",
			body: "Alma Ortiz opened the evening with a few welcoming words and housekeeping announcements.",
			want: nil,
		},
		{
			name: "thanking people is not a talk",
			body: "Alma Ortiz welcomed everyone and thanked the sponsors.",
			want: nil,
		},
		{
			name: "slides presented by several speakers refer to their own talks",
			body: "Gino Tarr presented ‘Async Rust in Practice’. Chiara Bello presented ‘Fuzzing Parsers’. Mateo Sousa presented ‘Embedded Linux Builds’. You can find the slides presented by Gino, Chiara and Mateo below.",
			want: []speakersView{
				{Title: "Async Rust in Practice", Speakers: []string{"Gino Tarr"}},
				{Title: "Fuzzing Parsers", Speakers: []string{"Chiara Bello"}},
				{Title: "Embedded Linux Builds", Speakers: []string{"Mateo Sousa"}},
			},
		},
		{
			name: "a passive presentation by unnamed organizers is not a talk",
			body: "The roadmap was presented by the organizers.",
			want: nil,
		},
		{
			name: "a pronoun without an earlier speaker is not a talk",
			body: "He spoke about lock-free queues.",
			want: nil,
		},
		{
			name: "a person who kicked things off with a linked title opened with that talk",
			body: "Selma Haugen kicked things off with [Ledgers at Rest](https://example.org/slides/ledgers) and a short demo.",
			want: []speakersView{{Title: "Ledgers at Rest", Speakers: []string{"Selma Haugen"}}},
		},
		{
			name: "a person who put on a talk gave it",
			body: "Jonas Whitfield put on an amazing talk about ray tracing on many cores.",
			want: []speakersView{{Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "a person who put on a show gave no talk",
			body: "Jonas Whitfield put on his coat and left.",
			want: nil,
		},
		{
			name: "people who talked until late or for hours were chatting",
			body: "Mara Ellison and Selma Haugen talked until late in the evening about queues. Jonas Whitfield talked for hours about ledgers.",
			want: nil,
		},
		{
			name: "a person who did something else gave no talk",
			body: "Mara Ellison took photos all evening. Thanks to Selma Haugen for organising.",
			want: nil,
		},
		{
			name: "a role and company before the speaker is not a second speaker",
			body: "Head of Platform at Northwind, Jonas Whitfield gave a talk about the migration.",
			want: []speakersView{{Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "talks stated in parentheses, each speaker named before their verb",
			body: "Two colleagues opened the day (Selma Haugen, who talked about “Ledgers at Rest”, and Jonas Whitfield, who talked about “Quiet Queues”).",
			want: []speakersView{
				{Title: "Ledgers at Rest", Speakers: []string{"Selma Haugen"}},
				{Title: "Quiet Queues", Speakers: []string{"Jonas Whitfield"}},
			},
		},
		{
			name: "an aside about the speaker that names no one inside states no talk of its own",
			body: "Jonas Whitfield (who spoke here last spring) gave a talk about the migration.",
			want: []speakersView{{Speakers: []string{"Jonas Whitfield"}}},
		},
		{
			name: "possessive talks with the title after about, and another talk of the same speaker",
			body: "We went on with Selma Haugen’s presentation about “Ledgers at Rest”, Mara Ellison’s talk about “Quiet Queues” and Selma Haugen’s other talk about “Sharding for Fun”.",
			want: []speakersView{
				{Title: "Ledgers at Rest", Speakers: []string{"Selma Haugen"}},
				{Title: "Quiet Queues", Speakers: []string{"Mara Ellison"}},
				{Title: "Sharding for Fun", Speakers: []string{"Selma Haugen"}},
			},
		},
		{
			name: "a quoted title after a talk noun and about, before from and its speakers",
			body: "The afternoon held a long presentation about “Ledgers at Rest” from Selma Haugen and Mara Ellison.",
			want: []speakersView{{Title: "Ledgers at Rest", Speakers: []string{"Selma Haugen", "Mara Ellison"}}},
		},
		{
			name: "a dashed appositive between the speaker and the verb keeps the talk",
			body: "Then Jonas Whitfield - a principal engineer at Northwind - gave a talk about the migration.",
			want: []speakersView{{Speakers: []string{"Jonas Whitfield"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "talks", recap(tc.body))
			if d := diff(tc.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestTalkDescriptions(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
		gap  string
	}{
		{
			name: "a case study keeps what it details",
			body: "Dario Fenn then gave a case study on how his department shifted its permits system onto the cloud.",
			want: "a case study on how his department shifted its permits system onto the cloud",
		},
		{
			name: "a later sentence about the talk's subject replaces words taken from before by",
			body: "We also have a second recording of the first talk made by Priya Raman. Priya Raman explained the new iterator proposal that arrives in Go 1.23.",
			want: "new iterator proposal that arrives in Go 1.23",
		},
		{
			name: "speaking about a subject describes the talk by its subject",
			body: "Priya Raman spoke about tracing slow queries in production.",
			want: "tracing slow queries in production",
		},
		{
			name: "the description stops at a relative clause",
			body: "Priya Raman spoke about tracing slow queries, which she does every week.",
			want: "tracing slow queries",
		},
		{
			name: "a talk about a subject is described by the talk",
			body: "Hana Kobayashi gave a talk about observability budgets.",
			want: "a talk about observability budgets",
		},
		{
			name: "a speaker's talk is described by what it covered",
			body: "Lukas Moravec's talk covered incremental builds.",
			want: "covered incremental builds",
		},
		{
			name: "a talk by a speaker about a subject is described by the subject",
			body: "Porto enjoyed a talk by Selma Haugen about type safe configuration.",
			want: "type safe configuration",
		},
		{
			name: "an event opened by a speaker is described by the talk they gave",
			body: "The event was opened by Hana Kobayashi, who gave a talk about observability budgets.",
			want: "a talk about observability budgets",
		},
		{
			name: "a talk by a speaker on a subject is described by the subject",
			body: "Next up was a more technical talk by BRW's Lukas Moravec on compiler plugins.",
			want: "compiler plugins",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "descriptions", recap(tc.body))
			if len(r.Talks) != 1 {
				t.Fatalf("Extract(%q) has %d talks, want 1: %+v", tc.body, len(r.Talks), talksOf(r))
			}
			if got := deref(r.Talks[0].Description); got != tc.want {
				t.Errorf("Extract(%q).Talks[0].Description = %q, want %q", tc.body, got, tc.want)
			}
			if r.Talks[0].Title != nil {
				t.Errorf("Extract(%q).Talks[0].Title = %q, want none", tc.body, *r.Talks[0].Title)
			}
		})
	}
}

func TestTalkLinks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{
			name: "a linked title inside quotes gives the talk its link",
			body: "Kofi Mensah started off with a talk called ‘[Debugging Distributed Locks](https://www.youtube.com/watch?v=d1st)’.",
			want: "https://www.youtube.com/watch?v=d1st",
		},
		{
			name: "a recording link whose text is title by speaker gives the talk its link",
			body: "You can watch [Fearless Refactoring by Jonas Whitfield](https://www.youtube.com/watch?v=fr3f) on our channel.",
			want: "https://www.youtube.com/watch?v=fr3f",
		},
		{
			name: "slides linked after the talk are the talk's link",
			body: "Selma Haugen made a talk on **Type Safe Configuration** ([slides](https://speakerdeck.com/selma/typesafe)).",
			want: "https://speakerdeck.com/selma/typesafe",
		},
		{
			name: "a link to a company is not the talk's link",
			body: "Ines Varga from [Tidepool](https://tidepool.dev) presented ‘Zero Downtime Schema Changes’.",
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "links", recap(tc.body))
			if len(r.Talks) != 1 {
				t.Fatalf("Extract(%q) has %d talks, want 1: %+v", tc.body, len(r.Talks), talksOf(r))
			}
			if got := deref(r.Talks[0].URL); got != tc.want {
				t.Errorf("Extract(%q).Talks[0].URL = %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}
