package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// listingOf parses one Markdown line and reads it with the listing grammar.
func listingOf(t *testing.T, line string) (listing, bool) {
	t.Helper()
	x := parseBlocks(t, line)
	if len(x.blockSents) == 0 || len(x.blockSents[0]) == 0 {
		t.Fatalf("parseBlocks(%q) has no sentence", line)
	}
	b := x.doc.Blocks[0]
	s := lineSentence(b, [2]int{0, len(b.Text)}, 0)
	return x.readListing(s)
}

// listingView is a listing as the tests compare it.
type listingView struct {
	Title    string
	Speakers []string // "Name" or "Name @ Company"
}

func viewOf(l listing) listingView {
	v := listingView{Title: l.title}
	for _, sp := range l.speakers {
		if sp.company != "" {
			v.Speakers = append(v.Speakers, sp.name+" @ "+sp.company)
		} else {
			v.Speakers = append(v.Speakers, sp.name)
		}
	}
	return v
}

func TestReadListing(t *testing.T) {
	tests := []struct {
		name string
		line string
		want *listingView // nil: not a listing
	}{
		{"title by name with the company in parentheses", "Scaling Ingest Pipelines by Mara Ellison (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"title by name, a pipe and the company", "`Scaling Ingest Pipelines` by Mara Ellison | Northwind",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a bold title with a name and a company that ends in an organization word", "**Scaling Ingest Pipelines** with Mara Ellison (Quillfeather Technology)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Quillfeather Technology"}}},
		{"a company's branch in a country", "**Scaling Ingest Pipelines** with Mara Ellison (Quillfeather Portugal)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Quillfeather Portugal"}}},
		{"a person whose family name is a country's is no branch", "Scaling Ingest Pipelines by Mara Ellison, Rui Portugal",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison", "Rui Portugal"}}},
		{"a date in eight digits, the speakers, a colon and the title", "20310522: Mara Ellison and Rui Tavares: Scaling Ingest Pipelines - [Details](https://example.org/e/1)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison", "Rui Tavares"}}},
		{"eight digits that are no date are no date", "12345678: Mara Ellison: Scaling Ingest Pipelines",
			nil},
		{"a link to the event's details after the title is no part of it", "Scaling Ingest Pipelines by Mara Ellison - [details](https://example.org/e/1) - [video](https://example.org/v/1)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a separator inside a link's text splits nothing", "Tartu, Estonia - You can find me in Tartu, putting on [@FooConf / @BarConf, April 24th & 25th](https://fooconf.example/)",
			nil},
		{"the slot's length and material named after a dash", "Scaling Ingest Pipelines by Mara Ellison (30 min) -- video (soon) and [slides](https://slides.example/s)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a dash inside a linked title splits nothing", "Mara Ellison: [Scaling Ingest — Pipelines for the Rest of Us](https://agenda.example/s/1) / Tue Mar 19 3:30 PM",
			&listingView{"Scaling Ingest — Pipelines for the Rest of Us", []string{"Mara Ellison"}}},
		{"a dash written against the name before the title", "Mara Ellison- Scaling Ingest Pipelines",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a suspended hyphen is no separator", "Cloud- and Edge-Native Pipelines by Mara Ellison",
			&listingView{"Cloud- and Edge-Native Pipelines", []string{"Mara Ellison"}}},
		{"the writer's note after their own name", "Scaling Ingest Pipelines - Mara Ellison (myself)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a project's maintainer is no employee of it", "Scaling Ingest Pipelines by Mara Ellison, Quillfeather Maintainer",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a community's member is no employee of it", "Scaling Ingest Pipelines by Mara Ellison, nimbusOps Community Member",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a company written in camel case", "Scaling Ingest Pipelines by Mara Ellison, nimbusOps",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ nimbusOps"}}},
		{"names written as mentions, with a plus", "“Scaling Ingest Pipelines” by +Mara Ellison and +Rui Tavares",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison", "Rui Tavares"}}},
		{"what the speakers did, after their names", "“Scaling Ingest Pipelines” by Mara Ellison and Rui Tavares where they gave a tour of the queue",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison", "Rui Tavares"}}},
		{"a kind of talk in brackets before the title", "[Lightning Talk ⚡] Scaling Ingest Pipelines by Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a bracketed kind that names who invited the talk", "[Invited talk by Northwind 🔥] Scaling Ingest Pipelines by Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"an address shown as itself after the speakers", "Scaling Ingest Pipelines by Mara Ellison [https://issues.example/talks/12](https://issues.example/talks/12)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a company then a role in parentheses", "Scaling Ingest Pipelines, Mara Ellison (Northwind Staff Engineer)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a city's office then a role in parentheses", "Scaling Ingest Pipelines, Mara Ellison (Tartu Chief Data Officer)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Tartu"}}},
		{"a company and a programme's badge", "Scaling Ingest Pipelines, Mara Ellison (Northwind, MVP:Cloud)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a unit before its university", "Scaling Ingest Pipelines, Mara Ellison (Queue Research Institute, Quillfeather University)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Quillfeather University"}}},
		{"a role then a company shaped like a name", "Scaling Ingest Pipelines by Mara Ellison (Staff Engineer, Quillon Hardy)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Quillon Hardy"}}},
		{"a role alone in parentheses is no company", "Scaling Ingest Pipelines, Mara Ellison (Moderator)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a company whose name ends in a role word keeps it", "Scaling Ingest Pipelines, Mara Ellison (The Quiet Engineer)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ The Quiet Engineer"}}},
		{"a company ending in a word for software keeps it", "Scaling Ingest Pipelines, Mara Ellison (Northwind Software)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind Software"}}},
		{"a month and a year before the speakers is no title", "August 2031 - Mara Ellison / Jonas Whitfield", nil},
		{"a title and its subtitle after a colon name no speaker", "Scaling Ingest: Choosing Well", nil},
		{"a title and a speaker after a colon", "Scaling Ingest Pipelines: Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a name, a title and its slides in parentheses", "Mara Ellison - Scaling Ingest Pipelines ([slides](https://slides.example/ingest))",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a name, a title and a parenthesis of links to libraries", "Mara Ellison - Scaling Ingest Pipelines (queues/streams) ([`queues`](https://pkg.example/queues)/[`streams`](https://pkg.example/streams))",
			&listingView{"Scaling Ingest Pipelines (queues/streams)", []string{"Mara Ellison"}}},
		{"a parenthesis with words besides its link stays in the title", "Mara Ellison - Scaling Ingest Pipelines (with [Quux](https://pkg.example/quux))",
			&listingView{"Scaling Ingest Pipelines (with Quux)", []string{"Mara Ellison"}}},
		{"title by name, company", "Scaling Ingest Pipelines by Mara Ellison, Northwind",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"title by name from company", "Scaling Ingest Pipelines by Mara Ellison from Northwind Labs",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind Labs"}}},
		{"title, en dash, name (company)", "Scaling Ingest Pipelines – Mara Ellison (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"name (company): title", "Mara Ellison (Northwind): Scaling Ingest Pipelines",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a time, a title and a speaker with a company", "18:30 – Scaling Ingest Pipelines – Mara Ellison (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a time with a.m. and the slot's length before the title", "9:15 a.m. (40m) Scaling Ingest Pipelines by Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a time and a slot length in minutes after a dash", "18:30 [45 min] - Scaling Ingest Pipelines - Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a quoted title by name, role, company", "“Scaling Ingest Pipelines” by Mara Ellison, Staff Engineer, Northwind",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a quoted title by two names, role at company", "\"Scaling Ingest Pipelines\" by Mara Ellison and Jonas Whitfield, engineers at Northwind",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind", "Jonas Whitfield @ Northwind"}}},
		{"a bold title by name (company)", "**Scaling Ingest Pipelines** by Mara Ellison (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a slot label, a quoted title and two speakers of one company", "Slot #2: 'Scaling Ingest Pipelines' - Mara Ellison & Jonas Whitfield (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind", "Jonas Whitfield @ Northwind"}}},
		{"a time range then title, name", "6:45-7:30pm – Scaling Ingest Pipelines, Mara Ellison",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"each speaker with a company of their own", "Contract Testing in Practice by Ana Lima (Initech) and Bo Chen (Globex)",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima @ Initech", "Bo Chen @ Globex"}}},
		{"a company's possessive before the name", "Contract Testing in Practice by Initech's Ana Lima",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima @ Initech"}}},
		{"a linked title then a speaker", "[Contract Testing in Practice](https://example.org/slides.pdf) - Ana Lima",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima"}}},
		{"a pipe between title and speaker", "Contract Testing in Practice | Ana Lima, Initech",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima @ Initech"}}},
		{"a role at a company after the name", "Contract Testing in Practice - Ana Lima, Developer Advocate at Initech",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima @ Initech"}}},
		{"a city after the name is not a company", "Contract Testing in Practice - Ana Lima, Lisbon",
			&listingView{"Contract Testing in Practice", []string{"Ana Lima"}}},
		{"a keynote label", "Keynote: The Future of Build Systems by Ana Lima",
			&listingView{"The Future of Build Systems", []string{"Ana Lima"}}},
		{"a bold time range, a colon and title with speaker", "**19:30 - 20:15**: Tracing Without Tears with Ana Lima",
			&listingView{"Tracing Without Tears", []string{"Ana Lima"}}},
		{"a title with a product after with is no speaker", "18:30 Testing with Kubernetes Operators", nil},
		{"links to the material after the speaker are not part of the name", "Tracing Without Tears - Ana Lima [slides](https://example.org/s.pdf) [repo](https://example.org/r)",
			&listingView{"Tracing Without Tears", []string{"Ana Lima"}}},
		{"a speaker named like a town is a speaker", "Tracing Without Tears - Stuart Murray",
			&listingView{"Tracing Without Tears", []string{"Stuart Murray"}}},
		{"housekeeping is not a talk", "18:00 – Doors open and pizza", nil},
		{"a break with a sponsor is not a talk", "19:30 - Break, sponsored by Initech", nil},
		{"two names and no title", "Ana Lima - Bo Chen", nil},
		{"a sentence of prose", "We had pizza and then Ana Lima spoke for an hour about testing.", nil},
		{"a year is not a time", "2019 recap by Ana Lima",
			&listingView{"2019 recap", []string{"Ana Lima"}}},
		{"a label of the title's field before it", "**Topic**: \"Quiet Queues\" by Wim Aalders",
			&listingView{"Quiet Queues", []string{"Wim Aalders"}}},
		{"a title label with a plain title", "- Title: Quiet Queues - Wim Aalders",
			&listingView{"Quiet Queues", []string{"Wim Aalders"}}},
		{"a keynote the line names only the speaker of", "Keynote: [Noor Haddad](#noor)",
			&listingView{"", []string{"Noor Haddad"}}},
		{"a panel of two named people", "18:00 Panel - Noor Haddad and Wim Aalders",
			&listingView{"", []string{"Noor Haddad", "Wim Aalders"}}},
		{"a keynote label over words that name no one is no talk", "Keynote: Opening Words", nil},
		{"a name that starts with an initial", "J. Marta Ferreira: Quiet Queues",
			&listingView{"Quiet Queues", []string{"J. Marta Ferreira"}}},
		{"a date before a colon dates the line and is no part of the title", "May 22, 2031: Quiet Queues by Marta Ferreira",
			&listingView{"Quiet Queues", []string{"Marta Ferreira"}}},
		{"a day, a month and a year before a dash", "22 May 2031 - Quiet Queues - Marta Ferreira",
			&listingView{"Quiet Queues", []string{"Marta Ferreira"}}},
		{"under a date, a full name, a comma and a title of several words", "May 22, 2031: Marta Ferreira, Quiet Queues Explained",
			&listingView{"Quiet Queues Explained", []string{"Marta Ferreira"}}},
		{"under a date, a name and a company is no talk", "May 22, 2031: Marta Ferreira, Initech Labs", nil},
		{"a date and a pun name no one has", "May 22, 2031: Good Grief, Halvorsen", nil},
		{"an address that ends in a town named like a person is no speaker", "Quiz night, Cafe Rosa, 12 Todd St, Alice Springs", nil},
		{"a note that the date is tentative after the speaker", "Tracing by Noor Haddad (tentatively 22 July)",
			&listingView{"Tracing", []string{"Noor Haddad"}}},
		{"where to follow a group is no talk", "On Twitter - @harbourgophers", nil},
		{"a group whose name ends in a group word is no speaker", "Quiet Queues - Harbour Network", nil},
		{"a name, on, and a linked title", "Mara Ellison on [Scaling Ingest - the hard parts](https://example.org/s/1)",
			&listingView{"Scaling Ingest - the hard parts", []string{"Mara Ellison"}}},
		{"a linked profile, with, and a bold title", "[Rui Tavares](https://twitter.com/ruitavares) with **Quiet Queues Explained**",
			&listingView{"Quiet Queues Explained", []string{"Rui Tavares"}}},
		{"a word that is no name, on, and a linked title is no talk", "Notes on [Scaling Ingest](https://example.org/s/1)", nil},
		{"a technology on a linked technology is no talk", "Kafka on [Kubernetes](https://example.org/k)", nil},
		{"a bold quoted title, its material in parentheses, then by and a linked name", "**\"Quiet builds\"** ([slides](https://example.org/b.pdf), [video](https://example.org/v)) by [Mara Ellison](mailto:mara@example.org)",
			&listingView{"Quiet builds", []string{"Mara Ellison"}}},
		{"a bold title, one link whose text is in parentheses, then by and a linked name", "**Quiet builds** [(sample course)](https://example.org/c) by [Mara Ellison](speakers#mara)",
			&listingView{"Quiet builds", []string{"Mara Ellison"}}},
		{"a linked name, on, and the title", "[Mara Ellison](https://twitter.com/mara) on Scaling Ingest Pipelines",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a name, on, and a title that opens with a brand's inner capital", "Mara Ellison on iOS 9 Search Tricks",
			&listingView{"iOS 9 Search Tricks", []string{"Mara Ellison"}}},
		{"a name, on, a possessive and the title", "Mara Ellison on her Quillq Gist",
			&listingView{"Quillq Gist", []string{"Mara Ellison"}}},
		{"a name, on, and a linked name set off after a comma", "Rui Tavares on their library, [Quiet Promise](https://example.org/qp)",
			&listingView{"Quiet Promise", []string{"Rui Tavares"}}},
		{"a name, on, and what she did, without a title, is no listing", "Mara Ellison on the work she does at Northwind", nil},
		{"organizers labelled, then names, are no talk", "Local organizers: [Mara Ellison](https://example.org/m), [Rui Tavares](https://example.org/r)", nil},
		{"a day written with slashes and its weekday is no title", "10/19 Sat - Mara Ellison", nil},
		{"a quoted title, from, and a full name", "\"Data Cleaning War Stories\" from Tharvik Oyelaran",
			&listingView{"Data Cleaning War Stories", []string{"Tharvik Oyelaran"}}},
		{"a quoted title from a company names no speaker", "\"Data Cleaning War Stories\" from Initech Systems", nil},
		{"an embedded deck's uploader credit is no speaker", "**[Quiet Builds](https://www.slideshare.net/mara/quiet-builds)** from **[Mara Ellison](https://www.slideshare.net/mara)**", nil},
		{"a linked title, then when the slot is after a slash", "Mara Ellison: [Quiet queues — a field report](https://example.org/s/1)  / Wed Mar 20, 1:00 PM",
			&listingView{"Quiet queues — a field report", []string{"Mara Ellison"}}},
		{"a slash inside a title that is no date stays", "Mara Ellison: Input / Output at Scale",
			&listingView{"Input / Output at Scale", []string{"Mara Ellison"}}},
		{"a dash, then a word for by in French", "Tracer sans larmes - par Mara Ellison",
			&listingView{"Tracer sans larmes", []string{"Mara Ellison"}}},
		{"a dash, then a capitalized word for by and two names", "Fuzzing du parseur - Par Mara Ellison et Rui Tavares",
			&listingView{"Fuzzing du parseur", []string{"Mara Ellison", "Rui Tavares"}}},
		{"a dash, then par before a name the given-name list does not know", "Builds sans douleur - Par Zorvek Tamm",
			&listingView{"Builds sans douleur", []string{"Zorvek Tamm"}}},
		{"a dash, then By", "Scaling Ingest Pipelines – By Mara Ellison (Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a dash, then a word for of before no person, is no listing", "Observabilidad - de cero a cien", nil},
		{"a name, an em dash, a short role at @ its company and more after a middle dot", "Scaling Ingest Pipelines by Mara Ellison — SRE @ Northwind · speaker of the year",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a short role @ its company in parentheses", "Scaling Ingest Pipelines by Mara Ellison (Sr. Backend @ Northwind)",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison @ Northwind"}}},
		{"a plain title, then the speaker set apart by emphasis alone", "Scaling Ingest Pipelines _Mara Ellison_",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison"}}},
		{"a plain title, then two speakers in bold", "Scaling Ingest Pipelines **Mara Ellison & Rui Tavares**",
			&listingView{"Scaling Ingest Pipelines", []string{"Mara Ellison", "Rui Tavares"}}},
		{"words leading to an emphasized name are no title", "Say hello to *Mara Ellison*", nil},
		{"thanks to an emphasized host are no talk", "Many thanks to our friends *Mara Ellison*", nil},
		{"an emphasized phrase that names nobody is no speaker", "Scaling Ingest Pipelines _at scale_", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := listingOf(t, tt.line)
			if tt.want == nil {
				if ok {
					t.Errorf("readListing(%q) = %+v, want no listing", tt.line, viewOf(l))
				}
				return
			}
			if !ok {
				t.Fatalf("readListing(%q) read nothing, want %+v", tt.line, *tt.want)
			}
			if d := diff(*tt.want, viewOf(l)); d != "" {
				t.Errorf("readListing(%q) differs (-want +got)\n%s", tt.line, d)
			}
		})
	}
}

// TestReadListingVariants crosses title marking, separators, speaker forms, order and a time
// prefix, and checks that nearly every variant reads the same talk, speakers and companies.
func TestReadListingVariants(t *testing.T) {
	titles := []string{"Scaling Ingest Pipelines", "A Gentle Introduction to Property Testing", "Why Your Cache Lies"}
	type who struct {
		text  string
		names []string
		comps []string
	}
	speakers := []who{
		{"Mara Ellison", []string{"Mara Ellison"}, []string{""}},
		{"Mara Ellison (Northwind)", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison, Northwind", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison from Northwind", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison, Staff Engineer at Northwind", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison, VP Products at Northwind", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison, CTO, Northwind", []string{"Mara Ellison"}, []string{"Northwind"}},
		{"Mara Ellison and Jonas Whitfield", []string{"Mara Ellison", "Jonas Whitfield"}, []string{"", ""}},
		{"Mara Ellison & Jonas Whitfield (Northwind)", []string{"Mara Ellison", "Jonas Whitfield"}, []string{"Northwind", "Northwind"}},
		{"Mara Ellison (Northwind) and Jonas Whitfield (Globex)", []string{"Mara Ellison", "Jonas Whitfield"}, []string{"Northwind", "Globex"}},
		{"Northwind's Mara Ellison", []string{"Mara Ellison"}, []string{"Northwind"}},
	}
	marks := []func(string) string{
		func(s string) string { return s },
		func(s string) string { return "“" + s + "”" },
		func(s string) string { return "\"" + s + "\"" },
		func(s string) string { return "**" + s + "**" },
		func(s string) string { return "_" + s + "_" },
		func(s string) string { return "[" + s + "](https://example.org/slides/1)" },
	}
	titleFirst := []string{" by ", " - ", " – ", " | ", ": "}
	speakerFirst := []string{": ", " - ", " – ", " | "}
	prefixes := []string{"", "18:30 ", "18:30 - ", "6:45-7:30pm – ", "Slot #2: ", "(19:00 - 19:30) "}
	containers := []func(string) string{
		func(s string) string { return "- " + s },
		func(s string) string { return "1. " + s },
		func(s string) string { return "<ul><li>" + s + "</li></ul>" },
	}
	rng := rand.New(rand.NewSource(7))
	total, right := 0, 0
	var misses []string
	for n := 0; n < 600; n++ {
		title := titles[rng.Intn(len(titles))]
		sp := speakers[rng.Intn(len(speakers))]
		mark := marks[rng.Intn(len(marks))]
		prefix := prefixes[rng.Intn(len(prefixes))]
		var line string
		if rng.Intn(3) > 0 {
			line = mark(title) + titleFirst[rng.Intn(len(titleFirst))] + sp.text
		} else {
			sep := speakerFirst[rng.Intn(len(speakerFirst))]
			if strings.Contains(sp.text, ",") {
				continue // "Name, Company: Title" reads two ways; writers put the company in parentheses
			}
			line = sp.text + sep + mark(title)
		}
		container := containers[rng.Intn(len(containers))]
		if strings.HasPrefix(container(""), "<") && strings.ContainsAny(line, "*_[") {
			continue // Markdown marks do not apply inside HTML
		}
		src := container(prefix + line)
		total++
		x := parseBlocks(t, src)
		var got listing
		ok := false
		for _, b := range x.doc.Blocks {
			s := lineSentence(b, [2]int{0, len(b.Text)}, 0)
			if got, ok = x.readListing(s); ok {
				break
			}
		}
		want := listingView{Title: title}
		for i, name := range sp.names {
			if sp.comps[i] != "" {
				want.Speakers = append(want.Speakers, name+" @ "+sp.comps[i])
			} else {
				want.Speakers = append(want.Speakers, name)
			}
		}
		if ok && diff(want, viewOf(got)) == "" {
			right++
		} else if len(misses) < 15 {
			misses = append(misses, fmt.Sprintf("%q -> %+v (ok=%v)", src, viewOf(got), ok))
		}
	}
	rate := float64(right) / float64(total)
	t.Logf("read %d of %d generated variants right (%.1f%%)", right, total, 100*rate)
	if rate < 0.95 {
		t.Errorf("readListing reads %.1f%% of %d variants right, want >= 95%%; misses:\n%s", 100*rate, total, strings.Join(misses, "\n"))
	}
}

func TestSlotHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Session 2", true},
		{"Talk #1", true},
		{"Keynote", true},
		{"Lightning talks", true},
		{"Session 2: Tracing Without Tears", false},
		{"Tracing Without Tears", false},
	}
	for _, tt := range tests {
		if got := slotHeading(tt.text); got != tt.want {
			t.Errorf("slotHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestListingLayouts(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		talks     []speakersView
		companies map[string][]string
	}{
		{
			name: "an agenda item with its speakers nested under it",
			body: "## Agenda\n\n- 17:00 - 17:30: Doors open\n- 17:30 - 17:55: Tracing Without Tears\n  - Ana Lima, Developer Advocate, Initech\n  - Slides: https://example.org/s\n" +
				"- 18:00 - 18:30: Fuzzing the Parser\n  - Bo Chen, Globex\n  - Cy Dunn, Globex\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen", "Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}, "Cy Dunn": {"Globex"}},
		},
		{
			name: "a programme's slots: a time alone, then the speaker and the title",
			body: "## Day 1\n\n09:00-09:10\n\nOpening Welcome\n\n09:10-09:40\n\nAna Lima - Queues That Never Sleep\n\n10:10-10:40\n\nBreak\n\n10:40-11:10\n\nBo Chen - Paging Without Pain\n",
			talks: []speakersView{
				{Title: "Queues That Never Sleep", Speakers: []string{"Ana Lima"}},
				{Title: "Paging Without Pain", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {}},
		},
		{
			name: "paragraphs of one line each, a speaker, a colon and the title",
			body: "## Speakers\n\nFour short talks are on the menu tonight.\n\nAna Lima: Shipping a Prototype Fast\n\nQuorra Vantablack: A Week of Code Camp\n\nBo Chen: Process Managers Compared\n\nCy Dunn: Streams in Practice\n",
			talks: []speakersView{
				{Title: "Shipping a Prototype Fast", Speakers: []string{"Ana Lima"}},
				{Title: "Process Managers Compared", Speakers: []string{"Bo Chen"}},
				{Title: "Streams in Practice", Speakers: []string{"Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {}, "Cy Dunn": {}},
		},
		{
			name: "an archive's dated lines: a group in brackets, the speaker, a comma and the title in italics",
			body: "## 2031\n\n* [2031-02-26](2031-02-26-queues) Ana Lima, _Queues Done Right_\n* 2031-01-24 (Harbour JUG) Bo Chen, _Sorting Without Tears_\n* [2031-01-10](x) Cy Dunn, _Porto - Ports and Adapters_\n",
			talks: []speakersView{
				{Title: "Queues Done Right", Speakers: []string{"Ana Lima"}},
				{Title: "Sorting Without Tears", Speakers: []string{"Bo Chen"}},
				{Title: "Porto - Ports and Adapters", Speakers: []string{"Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {}, "Cy Dunn": {}},
		},
		{
			name: "fields of work in brackets after a speaker name no company",
			body: "## Talks\n\n- [Quiet Queues](https://video.example/1) - Ana Lima (Testing / Tooling)\n- [Sorting Without Tears](https://video.example/2) - Bo Chen (Ops / QA)\n",
			talks: []speakersView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Sorting Without Tears", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {}},
		},
		{
			name: "a title, a slash and the speaker with a role at a company in another language",
			body: "## Charlas\n\n- Colas sin miedo / Ana Lima (CTO en [Initech](https://initech.example/))\n- Pruebas de carga / Bo Chen (Dev en Globex)\n- Tracing Without Tears / Cy Dunn (Initech)\n",
			talks: []speakersView{
				{Title: "Colas sin miedo", Speakers: []string{"Ana Lima"}},
				{Title: "Pruebas de carga", Speakers: []string{"Bo Chen"}},
				{Title: "Tracing Without Tears", Speakers: []string{"Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}, "Cy Dunn": {"Initech"}},
		},
		{
			name: "a speaker, a colon, a quoted title and notes after it",
			body: "## Talks\n\n- Ana Lima (Initech): \"Tracing Without Tears\" (slides, video)\n- Bo Chen: “Fuzzing the Parser” – a look at go-fuzz in practice\n- Cy Dunn: „Ports and Adapters“ [recording]\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
				{Title: "Ports and Adapters", Speakers: []string{"Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {}, "Cy Dunn": {}},
		},
		{
			name: "a speaker, a colon and a quoted title, described on the lines below",
			body: "## Talks\n\n- Ana Lima: \"Tracing Without Tears\"\n  A walk through spans and what they cost.\n- Bo Chen (Globex): “Fuzzing the Parser”\n  Finding crashes before users do.\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {"Globex"}},
		},
		{
			name: "a heading titles a talk and the line under it names its speaker",
			body: "## Agenda\n\n### Tracing Without Tears\n\n[Ana Lima](https://twitter.com/analima) says:\n\n> Tracing is hard. Let us make it easy.\n\n" +
				"### Fuzzing the Parser\n\nBo Chen (Globex)\n\nAn hour of fuzzing.\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {"Globex"}},
		},
		{
			name: "a heading titles a talk and a list under it names its speaker and its slot",
			body: "## Tracing Without Tears\n\n * Ana Lima ([@analima](https://twitter.com/analima))\n * Day 2 - 13:15 – 14:00 - track 3 ([slides](https://example.org/s))\n\nA walk through spans.\n\n" +
				"## Fuzzing the Parser\n\n * Bo Chen (Globex)\n * Day 2, room B\n\nAn hour of fuzzing.\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {}, "Bo Chen": {"Globex"}},
		},
		{
			name: "list items whose first line is the listing and whose next lines describe the talk",
			body: "## Programm\n\n - **19:15 - 19:30 Uhr** Begrüßung\n - **19:30 - 19:45 Uhr** *Quiet builds at scale* (von kvern) <br>\n   Ein paar Worte dazu.\n" +
				" - **19:50 - 20:10 Uhr** *Tracing Without Tears* (by Ana Lima)<br>\n   Why spans matter.\n",
			talks: []speakersView{
				{Title: "Quiet builds at scale", Speakers: []string{"kvern"}},
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "speaker slots whose lines the source wrapped, the company or a surname on the next line",
			body: "**Schedule:**\n\nSpeaker slot #1: **'Queues and Stuff**' - Ana Lima & Bo Chen\n(Initech)\n\nSpeaker slot #2: **'Inside a fuzzer**' - Cy\nDunn (Globex)\n",
			talks: []speakersView{
				{Title: "Queues and Stuff", Speakers: []string{"Ana Lima", "Bo Chen"}},
				{Title: "Inside a fuzzer", Speakers: []string{"Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Initech"}, "Cy Dunn": {"Globex"}},
		},
		{
			name: "a speaker's label before the name and a slot's length are no part of the title",
			body: "## Agenda\n\n- [Filas sem lágrimas (30 min): Palestrante: Ana Lima](https://example.org/q) | [Slides](https://example.org/s.pdf)\n" +
				"- [Fuzzing the Parser - Speaker: Bo Chen](https://example.org/f)\n- Paging for Humans – Presenter: Cy Dunn\n",
			talks: []speakersView{
				{Title: "Filas sem lágrimas", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
				{Title: "Paging for Humans", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "a table read by its header columns",
			body: "| Time | Talk | Speaker | Company |\n|---|---|---|---|\n| 18:30 | Tracing Without Tears | Ana Lima | Initech |\n| 19:15 | Fuzzing the Parser | Bo Chen & Cy Dunn | Globex |\n| 20:00 | Networking | | |\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen", "Cy Dunn"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}, "Cy Dunn": {"Globex"}},
		},
		{
			name: "headings that are listing lines, with their section's prose about them",
			body: "# Tracing Without Tears – [Ana Lima](https://www.linkedin.com/in/analima) – [Slides](https://example.org/s.pdf)\n\nThe first talk was by Ana Lima, who explained tracing.\n\n" +
				"# Fuzzing the Parser – Bo Chen – [Slides](https://example.org/f.pdf)\n\nBo showed us fuzzing.\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "table rows whose title and speaker stand against their header",
			body: "| Time | Title | Presenter |\n|---|---|---|\n| 19:45 | Ana Lima<br>_(Initech)_ | Tracing Without Tears |\n| 20:05 | Bo Chen | Fuzzing the Parser |\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "an HTML list with bold titles",
			body: "<ul>\n<li><strong>Tracing Without Tears</strong> by Ana Lima (Initech)</li>\n<li><strong>Fuzzing the Parser</strong> by Bo Chen (Globex)</li>\n</ul>\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
			companies: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}},
		},
		{
			name: "an archive with links to material after each speaker",
			body: "### March 2021\n\n* Tracing Without Tears - Ana Lima [slides](https://example.org/s1) [repo](https://example.org/r1)\n* Fuzzing the Parser - Bo Chen\n[Slides](https://example.org/s2)\n",
			talks: []speakersView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a table whose columns are rooms holds a talk in each room's cell",
			body: "<table>\n<tr><th>Time</th><th>Room A</th><th>Room B</th></tr>\n" +
				"<tr><td>10:00</td><td>[Lucas Brandt](#lucas): Quiet Queues</td><td>[Lise Orban](#lise) and [Tomas Reyes](#tomas): Loud Logs</td></tr>\n" +
				"<tr><td>11:00</td><td>Keynote: [Noor Haddad](#noor)</td><td>&nbsp;</td></tr>\n<tr><td>12:00</td><td>Lunch</td><td>Lunch</td></tr>\n</table>\n",
			talks: []speakersView{
				{Title: "Quiet Queues", Speakers: []string{"Lucas Brandt"}},
				{Title: "Loud Logs", Speakers: []string{"Lise Orban", "Tomas Reyes"}},
				{Title: "", Speakers: []string{"Noor Haddad"}},
			},
		},
		{
			name: "a Markdown table of rooms reads each room's talk",
			body: "| Time | Main hall | Side room |\n|---|---|---|\n| 10:00 | Quiet Queues by Wim Aalders | Loud Logs by Lise Orban |\n| 11:00 | Lunch | |\n",
			talks: []speakersView{
				{Title: "Quiet Queues", Speakers: []string{"Wim Aalders"}},
				{Title: "Loud Logs", Speakers: []string{"Lise Orban"}},
			},
		},
		{
			name:  "a list item in the passive of giving a talk is prose, not a title",
			body:  "**Presentations:**\n\n * A presentation on Quiet Queues was given by Marta Ferreira\n",
			talks: []speakersView{{Title: "", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name:  "a bio that opens with 'About Name:' names the speaker of the talk its heading titles",
			body:  "## Quiet Queues in practice\n\n<TODO>\n\nAbout Marta Ferreira: a researcher of queues and their discontents.\n",
			talks: []speakersView{{Title: "Quiet Queues in practice", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name: "a heading over a section whose prose titles the talk names the evening, not the talk",
			body: "## March 3, 2031: The Widget Evening\n\nOn Thursday we had Marta Ferreira as our guest.\n" +
				"Marta gave an interesting talk on *Parsing With Widgets*.\n",
			talks: []speakersView{{Title: "Parsing With Widgets", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name: "paragraphs that open with a bold title and say it is a talk",
			body: "**Quiet Queues** ([slides](https://example.org/q)) is a talk in which I argue for fewer queues.\n\n" +
				"**Loud Logs and Their Readers** was a talk I gave twice.\n\n**Not a talk** is what this paragraph says of itself.\n",
			talks: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Sarah Okafor"}}, {Title: "Loud Logs and Their Readers", Speakers: []string{"Sarah Okafor"}}},
		},
		{
			name: "after a speaker label, capitalized words and initials are the name as written",
			body: "## Quiet Queues for Lawyers\n  * **Speaker**: Ravi K S\n\n## Loud Logs\n  * **Speaker**: Dana More\n\n## Big Tables\n  * **Speaker**: Harbour Data Labs\n",
			talks: []speakersView{
				{Title: "Quiet Queues for Lawyers", Speakers: []string{"Ravi K S"}},
				{Title: "Loud Logs", Speakers: []string{"Dana More"}},
			},
		},
		{
			name:  "what a line says of its item after the title is no part of it",
			body:  "### May 2031\n\n* Quiet Queues, a video we watched by Marta Ferreira\n* Loud Logs by Dana Moreau\n",
			talks: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Marta Ferreira"}}, {Title: "Loud Logs", Speakers: []string{"Dana Moreau"}}},
		},
		{
			name:  "a sentence that opens with a talk noun names the speakers of the heading's talk after 'by', however far",
			body:  "## Secret sharing for busy teams\n\nAn overview of [Quiet Queues](https://example.org/qq) - a library for calm systems and their operators by [Marta Ferreira](https://twitter.com/mferreira)\n",
			talks: []speakersView{{Title: "Secret sharing for busy teams", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name:  "a sentence wrapped over lines is no agenda",
			body:  "I had a great time together with Ana Lima, Bo Chen,\nCy Dunn, Dee Evans and\nmany others from the community.\n",
			talks: nil,
		},
		{
			name:  "a first name is the author's when the author is named in full",
			body:  "Our next meetup has lightning talks:\n\n- Sarah will talk about tracing without tears\n",
			talks: []speakersView{{Title: "", Speakers: []string{"Sarah Okafor"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Gopher Night", "Sarah Okafor", "2021-03-01", tt.body))
			if d := diff(tt.talks, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
			if tt.companies != nil {
				got := companiesOf(r)
				for name, want := range tt.companies {
					if d := diff(want, got[name]); len(want)+len(got[name]) > 0 && d != "" {
						t.Errorf("companies of %s differ (-want +got)\n%s", name, d)
					}
				}
			}
		})
	}
}

func TestSplitOutsideParens(t *testing.T) {
	tests := []struct {
		seg  string
		want []string
	}{
		{"Ana Lima", []string{"Ana Lima"}},
		{"Ana Lima, Bo Chen & Cy Dunn", []string{"Ana Lima", "Bo Chen", "Cy Dunn"}},
		{"Ana Lima and Bo Chen (Initech, Globex)", []string{"Ana Lima", "Bo Chen (Initech, Globex)"}},
		{"Ana Lima (R&D) / Bo Chen", []string{"Ana Lima (R&D)", "Bo Chen"}},
		{"Sandra Anderson", []string{"Sandra Anderson"}},
		{"Ana Lima und Bo Chen", []string{"Ana Lima", "Bo Chen"}},
		{"Ana Lima, Bo Chen, and Cy Dunn", []string{"Ana Lima", "Bo Chen", "Cy Dunn"}},
		{"Ana Lima e Bo Chen", []string{"Ana Lima", "Bo Chen"}},
		{"Ana Lima y Bo Chen", []string{"Ana Lima", "Bo Chen"}},
		{"Ana Lima och Bo Chen", []string{"Ana Lima", "Bo Chen"}},
		{"Ana Lima (Dados e Nuvem)", []string{"Ana Lima (Dados e Nuvem)"}},
	}
	for _, tt := range tests {
		if d := diff(tt.want, splitOutsideParens(tt.seg)); d != "" {
			t.Errorf("splitOutsideParens(%q) differs (-want +got)\n%s", tt.seg, d)
		}
	}
}

func TestOneWordHeadingTitles(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
	}{
		{
			name: "a talk kind as a heading titles the talk below it",
			body: "## The talks\n\n### Keynote\n\n**Ana Lima** opened with a history of the project and what comes next.\n",
			want: []speakersView{{Title: "Keynote", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a one-word heading titles the talk its section describes",
			body: "## The talks\n\n### Channels\n\n**Bo Chen** showed us how channels compose in practice.\n",
			want: []speakersView{{Title: "Channels", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a section word is no title",
			body: "## The talks\n\n### Summary\n\n**Bo Chen** showed us how channels compose in practice.\n",
			want: []speakersView{{Title: "", Speakers: []string{"Bo Chen"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTalkAtPlace(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		want   []talkView
	}{
		{
			name:   "a speaker's list gives one talk in each city it was given",
			author: "NimbusOps",
			body: "## Talks I gave\n\n- [Tracing Without Tears](talks/tracing) - Gopher Days 2019, Lisbon (May 3, 2019)\n" +
				"- Cloud Summit 2019, Porto (June 7, 2019) - talk: [Tracing Without Tears](talks/tracing)\n" +
				"- June 20, Braga: “Fuzzing the Parser”\n",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{}, Cities: []string{"Lisbon", "Porto"}, URL: "talks/tracing"},
				{Title: "Fuzzing the Parser", Speakers: []string{}, Cities: []string{"Braga"}},
			},
		},
		{
			name:   "the author named in full gave them",
			author: "Ana Lima",
			body:   "## My talks\n\n- “Fuzzing the Parser”, Braga, June 2019\n",
			want:   []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Ana Lima"}, Cities: []string{"Braga"}}},
		},
		{
			name:   "a linked event with its city is no talk",
			author: "NimbusOps",
			body:   "## Upcoming\n\n- [Cloud Summit 2020](https://example.org/summit), Porto\n",
			want:   nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter("Speaking", tt.author, "2019-12-30", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestReadListingRefusesLongLines(t *testing.T) {
	line := "**" + strings.TrimSpace(strings.Repeat("Tracing Without Tears ", 25)) + "** by Ana Lima"
	if l, ok := listingOf(t, line); ok {
		t.Errorf("readListing(a %d-byte line) = %+v, want no listing: listing lines are short", len(line), viewOf(l))
	}
}

func TestReadListingHardSplits(t *testing.T) {
	tests := []struct {
		name string
		line string
		want *listingView // nil: no listing
	}{
		{
			name: "a title of two sentences with commas, after a slot's time range",
			line: "9:00 AM - 10:00 AM - Resilient Systems, Lessons Learned. And What Comes Next by Ana Lima and Bo Chen, Initech",
			want: &listingView{"Resilient Systems, Lessons Learned. And What Comes Next", []string{"Ana Lima @ Initech", "Bo Chen @ Initech"}},
		},
		{
			name: "the last by names the speaker when the title has its own",
			line: "10:00 AM - Reading by Example: Streams and by-hand Tuning by Carla Souza, Globex",
			want: &listingView{"Reading by Example: Streams and by-hand Tuning", []string{"Carla Souza @ Globex"}},
		},
		{
			name: "commas in the title: the rightmost name and company are the speaker",
			line: "11:00 AM - Pipelines, Queues, and Streams: Choosing Well, Tom Baker, Umbrella Corp",
			want: &listingView{"Pipelines, Queues, and Streams: Choosing Well", []string{"Tom Baker @ Umbrella Corp"}},
		},
		{
			name: "title, name, company with no time",
			line: "Observability at Scale, Jane Park, Initech",
			want: &listingView{"Observability at Scale", []string{"Jane Park @ Initech"}},
		},
		{
			name: "German von",
			line: "- Reaktive Systeme in der Praxis von Jonas Weber (Initech)",
			want: &listingView{"Reaktive Systeme in der Praxis", []string{"Jonas Weber @ Initech"}},
		},
		{
			name: "German mit",
			line: "- Kotlin im Backend mit Lena Fischer",
			want: &listingView{"Kotlin im Backend", []string{"Lena Fischer"}},
		},
		{
			name: "French par",
			line: "- Les microservices sans douleur par Jean Dupont",
			want: &listingView{"Les microservices sans douleur", []string{"Jean Dupont"}},
		},
		{
			name: "Spanish por",
			line: "- Microservicios en producción por Carlos García (Globex)",
			want: &listingView{"Microservicios en producción", []string{"Carlos García @ Globex"}},
		},
		{
			name: "Dutch door",
			line: "- Testen zonder tranen door Pieter Jansen",
			want: &listingView{"Testen zonder tranen", []string{"Pieter Jansen"}},
		},
		{
			name: "Swedish av",
			line: "- Observerbarhet i praktiken av Anna Svensson",
			want: &listingView{"Observerbarhet i praktiken", []string{"Anna Svensson"}},
		},
		{
			name: "Italian di",
			line: "- Generics in Go di Marco Bianchi",
			want: &listingView{"Generics in Go", []string{"Marco Bianchi"}},
		},
		{
			name: "Spanish de before a technology is of, not by",
			line: "- Introducción de Kubernetes",
			want: nil,
		},
		{
			name: "a speaker known by a handle",
			line: "- Observability 101 by @alima",
			want: &listingView{"Observability 101", []string{"alima"}},
		},
		{
			name: "a linked handle",
			line: "- Fuzzing the Parser by [@bchen](https://twitter.com/bchen)",
			want: &listingView{"Fuzzing the Parser", []string{"bchen"}},
		},
		{
			name: "a bold title and French par",
			line: "- **Les microservices sans douleur** par Jean Dupont (Initech)",
			want: &listingView{"Les microservices sans douleur", []string{"Jean Dupont @ Initech"}},
		},
		{
			name: "a profile label is no title",
			line: "Twitter: @alima",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := listingOf(t, tt.line)
			if tt.want == nil {
				if ok {
					t.Errorf("readListing(%q) = %+v, want no listing", tt.line, viewOf(l))
				}
				return
			}
			if !ok {
				t.Fatalf("readListing(%q) reads nothing, want %+v", tt.line, *tt.want)
			}
			if d := diff(*tt.want, viewOf(l)); d != "" {
				t.Errorf("readListing(%q) differs (-want +got)\n%s", tt.line, d)
			}
		})
	}
}

func TestMonthHeadingTitlesNoTalk(t *testing.T) {
	body := "### May 2031\n\n- **Topic**: Community hour by Marta Ferreira on widgets\n"
	r := extractText(t, "post", withFrontMatter("Past meetups", "", "", body))
	for _, tk := range r.Talks {
		if tk.Title != nil && *tk.Title == "May 2031" {
			t.Errorf("Extract(%q) titles a talk by its month heading: %+v", body, speakersOf(r))
		}
	}
}

func TestParenthesizedCompanyShapedLikeAName(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{
			name: "two capitalized words that start with no given name are the company",
			line: "* `10:10` **Sharding the Ledger**, _Ana Lima_ (Quillfeather Creations)",
			want: []string{"Sharding the Ledger | Ana Lima (Quillfeather Creations)"},
		},
		{
			name: "a company of three words",
			line: "* **Queues at Rest**, Bo Chen (Vanta Nord Systems)",
			want: []string{"Queues at Rest | Bo Chen (Vanta Nord Systems)"},
		},
		{
			name: "a name spelled out in parentheses is no company",
			line: "* **Queues at Rest**, Bo (Bo Chen)",
			want: nil,
		},
		{
			name: "a place in parentheses is no company",
			line: "* **Queues at Rest**, Bo Chen (San Diego)",
			want: []string{"Queues at Rest | Bo Chen"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap("## Agenda\n\n"+tt.line+"\n")))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestSpeakersInParenthesesAfterATitle(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{name: "a timed slot, the speaker in parentheses", line: "- 18:30 - Sharding the Ledger (Ana Lima)", want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "two speakers and a company", line: "- Queues at Rest (Ana Lima, Bo Chen, Initech)", want: []string{"Queues at Rest | Ana Lima (Initech), Bo Chen (Initech)"}},
		{name: "a part number is no speaker", line: "- 18:30 - Sharding the Ledger (Part 2)", want: []string{"Sharding the Ledger (Part 2) | "}},
		{name: "a language is no speaker", line: "- Sharding the Ledger (Go)", want: []string{"Sharding the Ledger (Go) | "}},
		{name: "a known given name alone in parentheses", line: "- Wordpress unter der Haube (Frank)", want: []string{"Wordpress unter der Haube | Frank"}},
		{name: "a language that is also a given name is no speaker", line: "- Sharding the Ledger (Ruby)", want: []string{"Sharding the Ledger (Ruby) | "}},
		{name: "a country is no speaker", line: "- Sharding the Ledger (Jordan)", want: []string{"Sharding the Ledger (Jordan) | "}},
		{name: "a name and its handle are no talk", line: "- Ana Lima (alima)", want: nil},
		{name: "a tag and a handle are no talk", line: "- Photos: #gophers (gophersorg)", want: nil},
		{name: "the speaker linked to a profile", line: "- 18:30 - Sharding the Ledger ([Ana Lima](https://example.org/ana))", want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "two linked speakers", line: "- Queues at Rest ([Ana Lima](https://example.org/ana), [Bo Chen](https://example.org/bo))", want: []string{"Queues at Rest | Ana Lima, Bo Chen"}},
		{name: "a link to slides is no speaker", line: "- Sharding the Ledger ([slides](https://example.org/s.pdf))", want: []string{"Sharding the Ledger | "}},
		{name: "a timed slot, a word for by and a first name in parentheses", line: "- 19:50 - 20:10 Uhr Nebenläufigkeit in Zig (von Maren)", want: []string{"Nebenläufigkeit in Zig | Maren"}},
		{name: "a timed slot, by and a handle in parentheses", line: "- 19:30 Quiet builds at scale (by kvern)", want: []string{"Quiet builds at scale | kvern"}},
		{name: "an emphasized title, then a word for by and a handle in parentheses", line: "- **19:30 - 19:45 Uhr** *Quiet builds at scale* (von kvern)", want: []string{"Quiet builds at scale | kvern"}},
		{name: "a word for of in parentheses names nobody", line: "- 19:30 Introducción (de cero a cien)", want: []string{"Introducción (de cero a cien) | "}},
		{name: "a full name linked to a social profile", line: "- Quiet builds ([Marta Ruiz](https://twitter.com/mruiz_dev))", want: []string{"Quiet builds | Marta Ruiz"}},
		{name: "a deck's address after the linked speaker", line: "- Paging for humans ([Pedro Sousa](https://twitter.com/psousa_dev)) https://example.org/decks/paging.md", want: []string{"Paging for humans | Pedro Sousa"}},
		{name: "a handle linked to a profile is no full name", line: "- Quiet builds ([mruiz](https://twitter.com/mruiz_dev))", want: []string{"Quiet builds | "}},
		{name: "a linked project is no speaker", line: "- Sharding the Ledger ([ledgerkit](https://example.org/lk))", want: []string{"Sharding the Ledger | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap("## Agenda\n\n"+tt.line+"\n- 19:30 - Break\n")))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestLinkedSpeakersInParenthesesInRST(t *testing.T) {
	text := "Spring meetup\n=============\n\nAgenda\n------\n\n" +
		"- 18:30 Sharding the Ledger (`Ana Lima <https://example.org/ana>`_)\n" +
		"- 19:15 Queues at Rest (`Bo Chen <https://example.org/bo>`_)\n" +
		"- 20:00 Closing remarks (`slides <https://example.org/s.pdf>`_)\n"
	doc, err := document.Parse("post.rst", []byte(text))
	if err != nil {
		t.Fatalf("document.Parse() error: %v", err)
	}
	want := []string{"Queues at Rest | Bo Chen", "Sharding the Ledger | Ana Lima"}
	if d := diff(want, talkViews(Extract(doc))); d != "" {
		t.Errorf("talks (-want +got):\n%s", d)
	}
}

func TestMarkedTitleThenSpeakersWithoutASeparator(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{name: "a quoted title and a name", line: `* "Sharding the Ledger" Ana Lima`, want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "a bold title, a name and material", line: "* **Queues at Rest** Bo Chen ([Slides](https://example.org/s.pdf))", want: []string{"Queues at Rest | Bo Chen"}},
		{name: "a quoted title and words about it", line: `* "Sharding the Ledger" is a great read`, want: nil},
		{name: "a bold label and a sentence", line: "* **Note** Ana Lima will host", want: nil},
		{name: "a quoted title and a handle", line: `* "Sharding the Ledger" alima`, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap("## Meetup 12 (2017-02-02)\n\n"+tt.line+"\n")))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestSpeakersThenQuotedTitle(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{name: "a name and a quoted title", line: `* Ana Lima "Sharding the Ledger"`, want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "a linked name, a quoted linked title and a remark", line: `* [Bo Chen](https://example.org/bo) "[Queues at Rest](https://example.org/q)": short and sharp`, want: []string{"Queues at Rest | Bo Chen"}},
		{name: "two names joined by a foreign and", line: `* Carla Jensen und Dario Rossi “Fuzzing the Parser” - good tips`, want: []string{"Fuzzing the Parser | Carla Jensen, Dario Rossi"}},
		{name: "a remark with no separator after the title is no listing", line: `* Ana Lima "Sharding the Ledger" was my favourite`, want: nil},
		{name: "a sentence that quotes is no listing", line: `* We said "Sharding the Ledger" twice`, want: nil},
		{name: "a company before a quoted title is no speaker", line: `* Initech Labs "Sharding the Ledger"`, want: nil},
		{name: "a quoted word is no title", line: `* Ana Lima "Ledger"`, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap("These were the talks I liked best:\n\n"+tt.line+"\n")))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestListingsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{name: "a German time and 'presented by'", line: "- 18:30 Uhr: Sharding the Ledger, präsentiert von Ana Lima", want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "a German kind label", line: "- 19:15 Uhr: Vortrag: Queues at Rest (Bo Chen, Initech)", want: []string{"Queues at Rest | Bo Chen (Initech)"}},
		{name: "French 'presented by'", line: "- Fuzzing the Parser, présenté par Carla Jensen", want: []string{"Fuzzing the Parser | Carla Jensen"}},
		{name: "a title in guillemets", line: "- « Tracing Without Tears » par Dario Rossi", want: []string{"Tracing Without Tears | Dario Rossi"}},
		{name: "a Spanish kind label", line: "- Charla: Migrating the Monolith - Fabio Conti", want: []string{"Migrating the Monolith | Fabio Conti"}},
		{name: "presented by a company is no speaker", line: "- Neue Räume, präsentiert von Initech", want: nil},
		{name: "a German time over housekeeping", line: "- 18:00 Uhr: Einlass", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap("## Programm\n\n"+tt.line+"\n- 20:00 Uhr: Pizza\n")))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestUnquoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"« Quiet Queues »", "Quiet Queues"},
		{"„Quiet Queues“", "Quiet Queues"},
		{"“Quiet Queues”", "Quiet Queues"},
		{"„Ciche kolejki”", "Ciche kolejki"},
		{"»Stille Schlangen«", "Stille Schlangen"},
		{"”Tysta köer”", "Tysta köer"},
		{"‘Quiet Queues’", "Quiet Queues"},
		{"‚Stille Schlangen‘", "Stille Schlangen"},
		{"„Why “Done” Lies”", "„Why “Done” Lies”"},
		{`Why "Done" Lies`, `Why "Done" Lies`},
		{`"Done" and "Undone"`, `"Done" and "Undone"`},
		{"Quiet Queues", "Quiet Queues"},
	}
	for _, tt := range tests {
		if got := unquoted(tt.in); got != tt.want {
			t.Errorf("unquoted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTableEmptyCellsAndSpeakerColumn(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []speakersView
	}{
		{
			name: "an HTML table with an empty time and spacer column keeps its columns",
			file: "agenda.html",
			src: "<h3>Sessions</h3><table><thead><tr><th></th><th>Title</th><th>&nbsp;</th><th>Speaker</th></tr></thead><tbody>" +
				"<tr><td>18:00</td><td>Doors open</td><td>&nbsp;</td><td></td></tr>" +
				"<tr><td></td><td>Quiet Queues in Practice</td><td>&nbsp;</td><td>Ana Lima</td></tr>" +
				"<tr><td></td><td>Sharding the Ledger</td><td>&nbsp;</td><td>Bo Chen</td></tr></tbody></table>",
			want: []speakersView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}}, {Title: "Sharding the Ledger", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a Markdown table with an empty first cell",
			file: "agenda.md",
			src: "# Agenda\n\n| Time | Talk | Speaker |\n|---|---|---|\n| | Quiet Queues in Practice | Ana Lima |\n" +
				"| 19:00 | Sharding the Ledger | Bo Chen |\n",
			want: []speakersView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}}, {Title: "Sharding the Ledger", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "under a speaker header, a name no given-names list knows, with initials or an abbreviation, is the speaker",
			file: "agenda.md",
			src: "# Agenda\n\n| Talk | Speaker |\n|---|---|\n| Quiet Queues in Practice | Zorvath Quennell |\n" +
				"| Sharding the Ledger | Md. Orvil Tasker |\n| Paging for Humans | R K Venn Holloway |\n",
			want: []speakersView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Zorvath Quennell"}},
				{Title: "Sharding the Ledger", Speakers: []string{"Md. Orvil Tasker"}},
				{Title: "Paging for Humans", Speakers: []string{"R K Venn Holloway"}},
			},
		},
		{
			name: "under a speaker header, words in lower case or a team are no speaker",
			file: "agenda.md",
			src:  "# Agenda\n\n| Talk | Speaker |\n|---|---|\n| Quiet Queues in Practice | to be announced |\n| Sharding the Ledger | Initech Labs |\n",
			want: nil,
		},
		{
			name: "a title whose words read as two names stays the title when the speaker cell names someone",
			file: "agenda.md",
			src:  "# Agenda\n\n| Talk | Speaker |\n|---|---|\n| Responsive Pages with Grids and Flex Boxes | Zorvath Quennell |\n",
			want: []speakersView{{Title: "Responsive Pages with Grids and Flex Boxes", Speakers: []string{"Zorvath Quennell"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := document.Parse(tt.file, []byte(tt.src))
			if err != nil {
				t.Fatalf("document.Parse(%q) error: %v", tt.file, err)
			}
			if d := diff(tt.want, speakersOf(Extract(doc))); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.src, d)
			}
		})
	}
}

func TestSpeakerLabelAfterTheTitle(t *testing.T) {
	tests := []struct {
		name, body string
		want       []speakersView
	}{
		{
			name: "a label names a person whose given name is not known",
			body: "- [Quiet Queues - Speaker: Quorra Vantablack](https://example.org/q) | [Slides](https://example.org/s)\n",
			want: []speakersView{{Title: "Quiet Queues", Speakers: []string{"Quorra Vantablack"}}},
		},
		{
			name: "a label in another language after a slot's length",
			body: "- Ledgers at Rest (30 min): Palestrante: Quorra Vantablack\n",
			want: []speakersView{{Title: "Ledgers at Rest", Speakers: []string{"Quorra Vantablack"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap("## Talks\n\n"+tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestQuotedAfterLead(t *testing.T) {
	tests := []struct{ title, want string }{
		{"and last but not least “Quiet Queues”", "Quiet Queues"},
		{"finally, \"Quiet Queues\"", "Quiet Queues"},
		{"Why “Quiet” Queues", "Why “Quiet” Queues"},
		{"“Quiet Queues” revisited", "“Quiet Queues” revisited"},
		{"and then a long run of many words before “Quiet Queues”", "and then a long run of many words before “Quiet Queues”"},
		{"Quiet Queues", "Quiet Queues"},
	}
	for _, tt := range tests {
		if got := quotedAfterLead(tt.title); got != tt.want {
			t.Errorf("quotedAfterLead(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestWhoLabel(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Local organizers: Ana Lima", true},
		{"Organisers: Ana Lima", true},
		{"Confirmed speakers: Ana Lima, Bo Chen", true},
		{"Hosts: Initech", true},
		{"Queues: a field report", false},
		{"Rust: the hard parts", false},
	}
	for _, tt := range tests {
		if got := whoLabel(tt.title); got != tt.want {
			t.Errorf("whoLabel(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestListNeighbours(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "items beside talks take names the given-name list does not know",
			body: "- **Async IO Internals** by Ana Lima\n- Tharvik Oyelaran: Django at Scale\n- Data Classes Deep Dive by Nguyen Thi Lan\n- **Typing in Practice** by Bo Chen\n",
			want: []talkView{
				{Title: "Async IO Internals", Speakers: []string{"Ana Lima"}},
				{Title: "Typing in Practice", Speakers: []string{"Bo Chen"}},
				{Title: "Django at Scale", Speakers: []string{"Tharvik Oyelaran"}},
				{Title: "Data Classes Deep Dive", Speakers: []string{"Nguyen Thi Lan"}},
			},
		},
		{
			name: "a labelled link beside a talk is no talk",
			body: "- **Async IO Internals** by Ana Lima\n- Quill Dev Center: <https://quill.example/dev>\n",
			want: []talkView{{Title: "Async IO Internals", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "such items with no talk beside them are not read",
			body: "- Tharvik Oyelaran: Django at Scale\n- Quiet Mornings by Nguyen Thi Lan\n",
			want: nil,
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

func TestCompanyPart(t *testing.T) {
	x := parseBlocks(t, "x")
	tests := []struct {
		part, want string
	}{
		{"Principal Engineer at Initech", "Initech"},
		{"Core Team | Senior Staff Engineer @ Globex", "Globex"},
		{"Software Engineer with Umbrella", "Umbrella"},
		{"Core Team | Globex", "Globex"},
		{"Staff Engineer", ""},
	}
	for _, tt := range tests {
		if got, _ := x.companyPart(tt.part); got != tt.want {
			t.Errorf("companyPart(%q) = %q, want %q", tt.part, got, tt.want)
		}
	}
}

// TestLinkedTitleAtEventBy reads a list whose items link the talk's title (its date first),
// then say where it was given and who gave it, or put the event before a colon in the link.
func TestLinkedTitleAtEventBy(t *testing.T) {
	body := "* [2031-05-06 Quiet Queues in Practice](https://example.org/q) at [Harbourconf (Porto)](https://example.org/h) by [Ana Lima](https://twitter.com/alima)\n\n" +
		"* [2031-03-02 Workshop: Fuzzing for Fun](https://example.org/f) at Tartu Gophers, Tartu by [Bo Chen](https://twitter.com/bchen) - [Slides](https://example.org/s)\n\n" +
		"* [2031-02-01 Ghent Web Craft, Ghent: Parsers at Scale](https://example.org/p) by [Cara Diaz](https://twitter.com/cdiaz) [Video](https://example.org/v)\n"
	r := extractText(t, "talks", withFrontMatter("Talks and Conferences", "", "2031-07-01", body))
	want := map[string][]string{"Quiet Queues in Practice": {"Porto"}, "Fuzzing for Fun": {"Tartu"}, "Parsers at Scale": {"Ghent"}}
	speakers := map[string][]string{"Quiet Queues in Practice": {"Ana Lima"}, "Fuzzing for Fun": {"Bo Chen"}, "Parsers at Scale": {"Cara Diaz"}}
	got, gotSpeakers := map[string][]string{}, map[string][]string{}
	for _, tk := range talksOf(r) {
		got[tk.Title], gotSpeakers[tk.Title] = tk.Cities, tk.Speakers
	}
	if d := diff(want, got); d != "" {
		t.Errorf("talks and their cities differ (-want +got)\n%s", d)
	}
	if d := diff(speakers, gotSpeakers); d != "" {
		t.Errorf("talks and their speakers differ (-want +got)\n%s", d)
	}
}

// TestLinkedTitleBracketedSpeaker reads list items of a recap that link a talk's title, name
// its speaker in brackets and then say what the talk was like, wrapped over lines.
func TestLinkedTitleBracketedSpeaker(t *testing.T) {
	body := "Harbourconf 2031 took place in Porto.\n\n" +
		"- [Quiet Queues in Practice](https://example.org/q) (Ana\n  Lima): Ana showed how her team keeps queues calm under load, with\n  many graphs.\n\n" +
		"- [Fuzzing for Fun](https://example.org/f) (Bo Chen): a lively talk.\n\n" +
		"- [The venue](https://example.org/v) (Porto): lovely views of the river.\n"
	r := extractText(t, "recap", withFrontMatter("Harbourconf 2031 recap", "", "2031-07-01", body))
	want := []talkView{
		{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}, URL: "https://example.org/q"},
		{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}, Cities: []string{"Porto"}, URL: "https://example.org/f"},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

// TestSlotLengthWithQuestions reads an agenda slot whose length counts the talk and its
// questions apart: "(20 + 5 min)".
func TestSlotLengthWithQuestions(t *testing.T) {
	body := "Tonight's schedule:\n\n- 18:00 - 18:10: Doors and hello (10 min)\n- 18:20 - 18:45: Quiet Queues by Ana Lima (20 + 5 min)\n- 19:45 - 20:45: Fuzzing for Fun by Bo Chen (45+15 min)\n"
	r := extractText(t, "post", withFrontMatter("Tartu Rust meetup", "", "2031-05-10", body))
	want := []talkView{
		{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}, Cities: []string{"Tartu"}},
		{Title: "Fuzzing for Fun", Speakers: []string{"Bo Chen"}, Cities: []string{"Tartu"}},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}
