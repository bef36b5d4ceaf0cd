package extract

import "testing"

func TestProseHandlesAndPageTalk(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  []talkView
	}{
		{
			name:  "a handle with its @ and no link gives a talk",
			title: "Notes from the community",
			body:  "@alima gave a talk about tracing.",
			want:  []talkView{{Description: "a talk about tracing", Speakers: []string{"alima"}}},
		},
		{
			name:  "a linked handle that talks about something, under the talk's heading",
			title: "Notes from the community",
			body:  "## Tracekit: a new build tool\n\n[@bchen](https://twitter.com/bchen) talks about his side project.",
			want:  []talkView{{Title: "Tracekit: a new build tool", Speakers: []string{"bchen"}}},
		},
		{
			name:  "an address with an @ names no one",
			title: "Notes from the community",
			body:  "Email me at hello@example.org about the talk.",
			want:  nil,
		},
		{
			name:  "the talks as a noun are no verb",
			title: "Notes from the community",
			body:  "The talks about Kubernetes were great.",
			want:  nil,
		},
		{
			name:  "a page about one talk: the page's title titles it, the city after the event places it",
			title: "Scaling Ingest Pipelines",
			body:  "This is a talk by [@alima](https://github.com/alima) at [Gopher Days 2025](https://example.org/gd) in Porto.",
			want:  []talkView{{Title: "Scaling Ingest Pipelines", Speakers: []string{"alima"}, Cities: []string{"Porto"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "NimbusOps", "2021-05-10", tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestPronounRefersToTheNameBeforeIt(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "he refers to the one person named earlier in the sentence",
			body: "Bo Chen is an engineer on the Initech platform team and he did a great talk about tracing.",
			want: []talkView{{Description: "a great talk about tracing", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "with two people named before it, she refers to no one",
			body: "Ana Lima and Bo Chen organized the evening and she did a great talk about tracing.",
			want: nil,
		},
		{
			name: "her talk with a quoted title is the talk of the person the sentence before names",
			body: "Then we handed over to Noor Haddad, who was in town for a week. We got a reprisal of her conference talk “Quiet Queues”, which was fun.",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Noor Haddad"}}},
		},
		{
			name: "his talk without a marked title states nothing",
			body: "Then we handed over to Lucas Ferreira. We all liked his talk about queues.",
			want: nil,
		},
		{
			name: "a family name after a title of address refers to the one full name that ends in it",
			body: "We had the pleasure of hosting Dr. Marta Ferreira, who wrote a book on widgets.\n\nDr. Ferreira gave us an introduction to her widget processor.",
			want: []talkView{{Description: "an introduction to her widget processor", Speakers: []string{"Marta Ferreira"}}},
		},
		{
			name: "a name then 'presenting' states an untitled talk",
			body: "We had Marta Ferreira presenting us with a board game of her own design.",
			want: []talkView{{Description: "a board game of her own design", Speakers: []string{"Marta Ferreira"}}},
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

func TestTalkCalledTitleBySpeakerWithRole(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "the second talk called Title by Name, Role at Company",
			body: "The second talk called Tracing Without Tears by Ana Lima, Frontend Squad Leader at Initech.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a talk about something by someone keeps its description",
			body: "The second talk about tracing by Ana Lima was great.",
			want: []talkView{{Description: "The second talk about tracing", Speakers: []string{"Ana Lima"}}},
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

func TestKeynoteHeadingTitlesTheTalkBelow(t *testing.T) {
	body := "## Keynote: Shipping a Large Editor\n\nAna Lima is an engineer on the Initech editor team and she did a great talk about the story of their product.\n"
	r := extractText(t, "post", recap(body))
	want := []talkView{{Title: "Shipping a Large Editor", Speakers: []string{"Ana Lima"}}}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("Extract() talks differ (-want +got)\n%s", d)
	}
}

func TestBylineAuthorGivesFirstPersonTalk(t *testing.T) {
	body := "By Wren Talbot — 14 Feb 2031\n\nI started off with a brief talk on where the project stands."
	r := extractText(t, "post", withFrontMatter("Harbour Gophers, night one", "", "", body))
	if len(r.Talks) != 1 || len(r.Talks[0].Speakers) != 1 || r.Talks[0].Speakers[0] != "Wren Talbot" {
		t.Errorf("Extract(%q) = talks %+v, want one talk by Wren Talbot", body, talksOf(r))
	}
}

func TestLinkedTitlesInProse(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
	}{
		{
			name: "a linked title then by and a name, inside a sentence",
			body: "Last night we heard [Tracing Without Tears](https://example.org/tracing) by Ana Lima, followed by a lively Q&A.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, URL: "https://example.org/tracing"}},
		},
		{
			name: "two reference-style links, each by a speaker",
			body: "The evening opened with [Scaling Ingest Pipelines][1] by Mara Ellison and closed with [Effects at the Edge][2] by Tomas Varga.\n\n[1]: https://example.org/ingest\n[2]: https://example.org/effects",
			want: []talkView{
				{Title: "Scaling Ingest Pipelines", Speakers: []string{"Mara Ellison"}, URL: "https://example.org/ingest"},
				{Title: "Effects at the Edge", Speakers: []string{"Tomas Varga"}, URL: "https://example.org/effects"},
			},
		},
		{
			name: "a linked title, a comma and 'a talk by'",
			body: "We started with [Quiet Queues][q], a talk by Bo Chen.\n\n[q]: https://example.org/q",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}, URL: "https://example.org/q"}},
		},
		{
			name: "a name presented a linked title",
			body: "Then Bo Chen presented [Quiet Queues in Practice](https://example.org/queues) to a full room.",
			want: []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Bo Chen"}, URL: "https://example.org/queues"}},
		},
		{
			name: "a link text that labels the slides before a quoted title",
			body: `Noor Haddad shared her [Slides "Building Calm Dashboards"](https://example.org/calm.pdf) with us afterwards.`,
			want: []talkView{{Title: "Building Calm Dashboards", Speakers: []string{"Noor Haddad"}, URL: "https://example.org/calm.pdf"}},
		},
		{
			name: "a link text labelled Video: then from and a name",
			body: "We watched [Video: Rust for the Curious](https://youtube.com/watch?v=abc) from Piotr Zielinski, who flew in for it.",
			want: []talkView{{Title: "Rust for the Curious", Speakers: []string{"Piotr Zielinski"}, URL: "https://youtube.com/watch?v=abc"}},
		},
		{
			name: "gave a link to slides whose text ends with a note of the material",
			body: "Lucas Ferreira gave [Edge Caching for Everyone (slides)](https://speakerdeck.com/lf/edge) at the start.",
			want: []talkView{{Title: "Edge Caching for Everyone", Speakers: []string{"Lucas Ferreira"}, URL: "https://speakerdeck.com/lf/edge"}},
		},
		{
			name: "a reference-style link by a name with a company in parentheses",
			body: "[Quiet Queues][q] by Bo Chen (Initech) was the highlight.\n\n[q]: https://example.org/q",
			want: []talkView{{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}, URL: "https://example.org/q"}},
		},
		{
			name: "a link to a project after about titles nothing",
			body: "Noor Haddad talked about [Kubernetes](https://kubernetes.io) and its scheduler.",
			want: []talkView{{Description: "Kubernetes and its scheduler", Speakers: []string{"Noor Haddad"}}},
		},
		{
			name: "a recap by a name on her blog is a piece she wrote",
			body: "Read the full recap by Ana Lima on her blog.",
			want: nil,
		},
		{
			name: "a recap by a name at the meetup is a talk",
			body: "The evening opened with a recap by Ana Lima of the spring conference.",
			want: []talkView{{Description: "The evening opened with a recap", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "photos by a name are no talk",
			body: "[Photos](https://example.org/photos) by Ana Lima are up on the group page.",
			want: nil,
		},
		{
			name: "a meetup group's link before by is no title",
			body: "This post was written by Ana Lima, see [Harbour Gophers](https://meetup.com/hg) by the way.",
			want: nil,
		},
		{
			name: "a company's link before from is no talk",
			body: "Thanks to [Northwind Systems](https://northwind.example) from Lisbon for the pizza.",
			want: nil,
		},
		{
			name: "a speaker's turn: Name with a linked title",
			body: "Our first speaker was Ana Lima with [Tracing Without Tears](https://example.org/t).",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, URL: "https://example.org/t"}},
		},
		{
			name: "a person's linked title in a sentence about talks",
			body: "Ana Lima's [Tracing Without Tears](https://example.org/t) was the best talk of the night.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, URL: "https://example.org/t"}},
		},
		{
			name: "a linked title, presented by a name",
			body: "[Effects at the Edge](https://example.org/e), presented by Tomas Varga, closed the evening.",
			want: []talkView{{Title: "Effects at the Edge", Speakers: []string{"Tomas Varga"}, URL: "https://example.org/e"}},
		},
		{
			name: "next up was a linked title from a name",
			body: "Next up was [Scaling Ingest Pipelines](https://example.org/s) from Mara Ellison (Northwind Systems).",
			want: []talkView{{Title: "Scaling Ingest Pipelines", Speakers: []string{"Mara Ellison"}, URL: "https://example.org/s"}},
		},
		{
			name: "a person's talk, then its linked title in apposition",
			body: "Ana Lima's talk, [Quiet Queues in Practice](https://example.org/q), was a hit.",
			want: []talkView{{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, URL: "https://example.org/q"}},
		},
		{
			name: "a list of speakers, each on a linked title or a topic",
			body: "Amongst the speakers were [Ana Lima](https://twitter.com/alima) on [Quiet Queues in Practice](https://example.org/q) and Bo Chen on tracing.",
			want: []talkView{
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}, URL: "https://example.org/q"},
				{Description: "tracing", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a person's linked group is no talk",
			body: "Ana Lima's [Harbour Gophers](https://meetup.example/hg) group meets monthly.",
			want: nil,
		},
		{
			name: "from a name's something is no talk",
			body: "Next we went to [The Old Anchor](https://pub.example) from Ana Lima's recommendation.",
			want: nil,
		},
		{
			name: "a person's link after with is no title",
			body: "Our speaker Ana Lima came with [Bo Chen](https://twitter.com/bchen) from Initech.",
			want: nil,
		},
		{
			name: "a slide host's caption with from titles no talk without a label",
			body: "[Cooking With Queues](https://www.slideshare.net/alima/cooking) from [Ana Lima](https://www.slideshare.net/alima)",
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

func TestLinkTitle(t *testing.T) {
	tests := []struct {
		text, want string
		labelled   bool
	}{
		{`Slides "Building Calm Dashboards"`, "Building Calm Dashboards", true},
		{"Video: Rust for the Curious", "Rust for the Curious", true},
		{"Recording of Quiet Queues", "Quiet Queues", true},
		{"Quiet Queues [video]", "Quiet Queues", true},
		{"Quiet Queues - slides", "Quiet Queues", true},
		{"Quiet Queues", "Quiet Queues", false},
		{"slides", "", false},
		{"the video", "", false},
		{"Ana Lima", "", false},
		{"Video of the talk", "", false},
	}
	for _, tt := range tests {
		got, labelled := linkTitle(tt.text)
		if got != tt.want || labelled != tt.labelled && got != "" {
			t.Errorf("linkTitle(%q) = %q, %v, want %q, %v", tt.text, got, labelled, tt.want, tt.labelled)
		}
	}
}

func TestTalkSentencesInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, body string
		want       []talkView
		companies  map[string][]string
	}{
		{
			name: "French: X nous présentera a title in spaced guillemets",
			body: "Lors de la prochaine rencontre, Ana Lima nous présentera « Tracer sans larmes ».",
			want: []talkView{{Title: "Tracer sans larmes", Speakers: []string{"Ana Lima"}}},
		},
		{
			name:      "French: X (Company) a parlé de a subject",
			body:      "Bo Chen (Initech) a parlé de la mise en cache des files d'attente.",
			want:      []talkView{{Description: "la mise en cache des files d'attente", Speakers: []string{"Bo Chen"}}},
			companies: map[string][]string{"Bo Chen": {"Initech"}},
		},
		{
			name:      "French: une présentation de X de Company sur a subject",
			body:      "Ensuite, une présentation de Lucas Ferreira de Initech sur les tests de charge.",
			want:      []talkView{{Description: "les tests de charge", Speakers: []string{"Lucas Ferreira"}}},
			companies: map[string][]string{"Lucas Ferreira": {"Initech"}},
		},
		{
			name: "German: ein Vortrag von X zu a subject",
			body: "Als Erstes gab es einen Vortrag von Mara Ellison zu verteilten Datenbanken.",
			want: []talkView{{Description: "verteilten Datenbanken", Speakers: []string{"Mara Ellison"}}},
		},
		{
			name:      "German: the verb before its speaker, X (Company) spricht über a title in German quotes",
			body:      "Danach spricht Tomas Varga (Northwind Systems) über „Ruhige Warteschlangen“.",
			want:      []talkView{{Title: "Ruhige Warteschlangen", Speakers: []string{"Tomas Varga"}}},
			companies: map[string][]string{"Tomas Varga": {"Northwind Systems"}},
		},
		{
			name:      "German: X von Company hielt einen Vortrag, the company no part of the name",
			body:      "Jonas Weber von Initech hielt einen Vortrag über Observability.",
			want:      []talkView{{Description: "einen Vortrag über Observability", Speakers: []string{"Jonas Weber"}}},
			companies: map[string][]string{"Jonas Weber": {"Initech"}},
		},
		{
			name: "German: two speakers joined by und",
			body: "Sanne de Vries und Bo Chen sprachen über Warteschlangen.",
			want: []talkView{{Description: "Warteschlangen", Speakers: []string{"Sanne de Vries", "Bo Chen"}}},
		},
		{
			name:      "Spanish: charla de X (Company) sobre a quoted title",
			body:      `Primero hubo una charla de Lucía Romero (Initech) sobre "Colas Tranquilas".`,
			want:      []talkView{{Title: "Colas Tranquilas", Speakers: []string{"Lucía Romero"}}},
			companies: map[string][]string{"Lucía Romero": {"Initech"}},
		},
		{
			name: "Spanish: a name with two particles habló sobre a subject",
			body: "Después, Maria de los Santos habló sobre colas tranquilas.",
			want: []talkView{{Description: "colas tranquilas", Speakers: []string{"Maria de los Santos"}}},
		},
		{
			name: "Portuguese: palestra de X sobre a subject",
			body: "Tivemos uma palestra de João Silva sobre testes de carga.",
			want: []talkView{{Description: "testes de carga", Speakers: []string{"João Silva"}}},
		},
		{
			name:      "Portuguese: X (Company) falou sobre a subject",
			body:      "Depois, Beatriz Costa (Northwind) falou sobre filas silenciosas.",
			want:      []talkView{{Description: "filas silenciosas", Speakers: []string{"Beatriz Costa"}}},
			companies: map[string][]string{"Beatriz Costa": {"Northwind"}},
		},
		{
			name:      "Italian: X di Company ha parlato di a subject",
			body:      "Poi Giulia Rossi di Initech ha parlato di code silenziose.",
			want:      []talkView{{Description: "code silenziose", Speakers: []string{"Giulia Rossi"}}},
			companies: map[string][]string{"Giulia Rossi": {"Initech"}},
		},
		{
			name: "Italian: un intervento di X su a subject",
			body: "Abbiamo avuto un intervento di Marco Bianchi su test di carico.",
			want: []talkView{{Description: "test di carico", Speakers: []string{"Marco Bianchi"}}},
		},
		{
			name: "Polish: prelekcja with its speaker in the genitive, named in the nominative",
			body: "Na początku była prelekcja Piotra Zielińskiego o testach obciążeniowych.",
			want: []talkView{{Description: "testach obciążeniowych", Speakers: []string{"Piotr Zieliński"}}},
		},
		{
			name:      "Polish: wykład with a genitive speaker and z Company: the company is the speaker's",
			body:      "Potem wykład Tomasza Nowaka z Northwind Systems o kolejkach.",
			want:      []talkView{{Description: "kolejkach", Speakers: []string{"Tomasz Nowak"}}},
			companies: map[string][]string{"Tomasz Nowak": {"Northwind Systems"}},
		},
		{
			name:      "Polish: X (Company) opowiadała o a subject",
			body:      "Potem Anna Nowak (Initech) opowiadała o cichych kolejkach.",
			want:      []talkView{{Description: "cichych kolejkach", Speakers: []string{"Anna Nowak"}}},
			companies: map[string][]string{"Anna Nowak": {"Initech"}},
		},
		{
			name: "Dutch: the verb before its speaker, gaf X een lezing over",
			body: "Daarna gaf Sanne de Vries een lezing over rustige wachtrijen.",
			want: []talkView{{Description: "een lezing over rustige wachtrijen", Speakers: []string{"Sanne de Vries"}}},
		},
		{
			name:      "Dutch: presenteerde X (Company) a quoted title",
			body:      `Eerst presenteerde Daan Jansen (Initech) "Rustige Wachtrijen".`,
			want:      []talkView{{Title: "Rustige Wachtrijen", Speakers: []string{"Daan Jansen"}}},
			companies: map[string][]string{"Daan Jansen": {"Initech"}},
		},
		{
			name: "French: the elided d' before a name, la conférence d'X sur a subject",
			body: "La conférence d'Ana Lima sur les files d'attente a ouvert la soirée.",
			want: []talkView{{Description: "les files d'attente a ouvert la soirée", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "French: a title in guillemets, présenté par X",
			body: "« Tracer sans larmes », présenté par Ana Lima, a ouvert la soirée.",
			want: []talkView{{Title: "Tracer sans larmes", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "German: the verb at the end, the title before it",
			body: "Ana Lima hat uns „Ruhige Warteschlangen“ vorgestellt.",
			want: []talkView{{Title: "Ruhige Warteschlangen", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "German: a quoted title then von and a name",
			body: "Vortrag: „Ruhige Warteschlangen“ von Ana Lima.",
			want: []talkView{{Title: "Ruhige Warteschlangen", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "Spanish: the subject after the verb of the sentence, past an appositive company",
			body: "La charla de Ana Lima, de Initech, trató sobre colas.",
			want: []talkView{{Description: "colas", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "Portuguese: a palestra do X foi sobre a subject",
			body: "A palestra do João Silva foi sobre testes de carga.",
			want: []talkView{{Description: "testes de carga", Speakers: []string{"João Silva"}}},
		},
		{
			name: "Italian: X ci ha presentato a title in guillemets",
			body: "Marco Bianchi ci ha presentato «Code Tranquille».",
			want: []talkView{{Title: "Code Tranquille", Speakers: []string{"Marco Bianchi"}}},
		},
		{
			name:      "Dutch: a name with a particle, van Company, vertelde over",
			body:      "Sanne de Vries van Initech vertelde over rustige wachtrijen.",
			want:      []talkView{{Description: "rustige wachtrijen", Speakers: []string{"Sanne de Vries"}}},
			companies: map[string][]string{"Sanne de Vries": {"Initech"}},
		},
		{
			name: "Dutch: een presentatie door X over a subject",
			body: "Een presentatie door Daan Jansen over wachtrijen.",
			want: []talkView{{Description: "wachtrijen", Speakers: []string{"Daan Jansen"}}},
		},
		{
			name:      "German: the perfect tense, the subject between the speaker and the verb",
			body:      "Ana Lima (Initech) hat über ruhige Warteschlangen gesprochen.",
			want:      []talkView{{Description: "ruhige Warteschlangen", Speakers: []string{"Ana Lima"}}},
			companies: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "Dutch: the perfect tense",
			body: "Daan Jansen heeft over wachtrijen gesproken.",
			want: []talkView{{Description: "wachtrijen", Speakers: []string{"Daan Jansen"}}},
		},
		{
			name: "Spanish: the perfect tense",
			body: "Lucía Romero ha hablado sobre colas tranquilas.",
			want: []talkView{{Description: "colas tranquilas", Speakers: []string{"Lucía Romero"}}},
		},
		{
			name: "a name that starts with D' stays whole",
			body: "Marco D'Angelo gave a talk about queues.",
			want: []talkView{{Description: "a talk about queues", Speakers: []string{"Marco D'Angelo"}}},
		},
		{
			name: "French: presented by a museum is no talk",
			body: "Le tableau de Monet est présenté par le musée.",
		},
		{
			name: "German: a presentation of a product names no speaker",
			body: "Die Präsentation von Kubernetes war gut.",
		},
		{
			name: "Spanish: a name, then with her talk and its quoted title",
			body: "**Marta Ruiz** con su plática \"Colas sin lágrimas\" nos dio una introducción a las colas.",
			want: []talkView{{Title: "Colas sin lágrimas", Speakers: []string{"Marta Ruiz"}}},
		},
		{
			name: "Portuguese: a name, then in his talk and its quoted title",
			body: "Pedro Sousa, na sua palestra “Testes rápidos”, mostrou como paralelizar.",
			want: []talkView{{Title: "Testes rápidos", Speakers: []string{"Pedro Sousa"}}},
		},
		{
			name: "Spanish: the quoted title opens the sentence that names it a talk",
			body: "\"Pruebas rápidas\" se tituló la plática de **Pedro Sousa**, quien vino desde Braga.",
			want: []talkView{{Title: "Pruebas rápidas", Speakers: []string{"Pedro Sousa"}}},
		},
		{
			name: "English: the quoted title opens the sentence that names it a talk",
			body: "“Fast tests” was the title of the talk by Laura Gil.",
			want: []talkView{{Title: "Fast tests", Speakers: []string{"Laura Gil"}}},
		},
		{
			name: "French: a person who wrote an article gave no talk",
			body: "Ana Lima a écrit un article sur les files.",
		},
		{
			name: "German: presented by a company is no speaker",
			body: "Neue Räume, präsentiert von Initech.",
		},
		{
			name: "English: an object after presented is no speaker",
			body: "The mayor presented Ana Lima with an award.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
			for name, want := range tt.companies {
				if d := diff(want, companiesOf(r)[name]); d != "" {
					t.Errorf("Extract() companies of %s differ (-want +got)\n%s", name, d)
				}
			}
		})
	}
}

func TestTalkLanguagesAreComplete(t *testing.T) {
	for code, l := range talkLanguages {
		if len(set(l.speak)) == 0 || len(set(l.nouns)) == 0 || len(set(l.about)) == 0 || len(set(l.from)) == 0 || len(set(l.and)) == 0 {
			t.Errorf("talkLanguages[%q] lacks speak verbs, nouns, about, from or and words", code)
		}
		if len(set(l.by)) == 0 && l.nominative == nil {
			t.Errorf("talkLanguages[%q] has no word for 'by' and no nominative for a genitive speaker", code)
		}
	}
	for _, code := range []string{"fr", "de", "es", "pt", "it", "pl", "nl"} {
		if _, ok := talkLanguages[code]; !ok {
			t.Errorf("talkLanguages lacks %q", code)
		}
	}
}

func TestPolishNominative(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Piotra Zielińskiego", "Piotr Zieliński"},
		{"Anny Kowalskiej", "Anna Kowalska"},
		{"Tomasza Nowaka", "Tomasz Nowak"},
		{"Agnieszki Nowak", "Agnieszka Nowak"},
		{"Marii Wójcik", "Maria Wójcik"},
		{"Xqz Brzęczyszczykiewicza", "Xqz Brzęczyszczykiewicza"}, // no given name to tell the gender by
	}
	for _, tt := range tests {
		if got := polishNominative(tt.in); got != tt.want {
			t.Errorf("polishNominative(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGivenNamesThatAreForeignFunctionWordsStayNames(t *testing.T) {
	for _, name := range []string{"Una Healy", "Uma Reddy", "Ella Brandt", "Elle Moreau", "Lei Zhang", "Lo Wen"} {
		body := name + " gave a talk about queues."
		r := extractText(t, "post", recap(body))
		want := []talkView{{Description: "a talk about queues", Speakers: []string{name}}}
		if d := diff(want, talksOf(r)); d != "" {
			t.Errorf("Extract(%q) talks differ (-want +got)\n%s", body, d)
		}
	}
}

func TestFirstPersonTitledTalkWithoutAuthor(t *testing.T) {
	tests := []struct {
		name, body string
		want       []speakersView
	}{
		{
			name: "the writer's titled talk on a page that names no author is a talk with no speaker",
			body: "The next one was at the Harbour meetup, where I spoke about “Quiet Queues in Practice”.",
			want: []speakersView{{Title: "Quiet Queues in Practice", Speakers: []string{}}},
		},
		{
			name: "the writer's untitled talk on such a page is none",
			body: "Then I spoke about our small reactive engine at the Harbour meetup.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", "---\ntitle: Notes\n---\n\n"+tt.body+"\n")
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestQuotedTitleByAPairOfSpeakers(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []speakersView
	}{
		{
			name:  "a quoted title by two names joined by another language's and",
			title: "Notes",
			body:  "La deuxième présentation, « Files sans larmes », par Ana Lima et Bo Chen.",
			want:  []speakersView{{Title: "Files sans larmes", Speakers: []string{"Ana Lima", "Bo Chen"}}},
		},
		{
			name:  "a quoted title by a duo, a role in parentheses after the first name",
			title: "Notes du meetup",
			body:  "Le plat de résistance était « Files sans larmes » par le duo Ana Lima (Responsable Devops) et Bo Chen.",
			want:  []speakersView{{Title: "Files sans larmes", Speakers: []string{"Ana Lima", "Bo Chen"}}},
		},
		{
			name:  "a quoted title by someone in a post about no event states no talk",
			title: "Books I read",
			body:  "My favourite was “Quiet Queues” by Ana Lima.",
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", "---\ntitle: "+tt.title+"\n---\n\n"+tt.body+"\n")
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTitlesInRecapProse(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []talkView
	}{
		{
			name: "a quoted title someone walked the audience through",
			body: "Then Bo Chen (Initech) walked us through “Profiling in Production”.",
			want: []talkView{{Title: "Profiling in Production", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a quoted title set apart after a talk noun, then a passive verb",
			body: "The second talk, “Profiling in Production”, was presented by Bo Chen.",
			want: []talkView{{Title: "Profiling in Production", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a quoted title given by someone",
			body: "“Profiling in Production” was given by Bo Chen.",
			want: []talkView{{Title: "Profiling in Production", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a title without marks after titled runs to the clause's end",
			body: "The evening started with Ana Lima giving a talk titled Event Sourcing for Mortals, which drew many questions.",
			want: []talkView{{Title: "Event Sourcing for Mortals", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a title without marks after called ends before by",
			body: "A talk called Fuzzing the Parser by Bo Chen closed the night.",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a book's quoted title and its author are no talk",
			body: "Over dinner Bo Chen recommended the book “Quiet Systems” by Ana Lima.",
			want: nil,
		},
		{
			name: "a heading over the explanation one person gave titles it",
			body: "## Tracing Without Tears\n\nAna Lima gave a brief explanation of how tracing works. She showed many examples.",
			want: []talkView{{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a quoted title right before a talk noun, its speaker unnamed",
			body: "In the morning I liked the “Quiet Queues at Scale” talk.",
			want: []talkView{{Title: "Quiet Queues at Scale", Speakers: []string{}}},
		},
		{
			name: "a quoted title set apart after a talk noun, its speaker unnamed",
			body: "The day ended with my favourite of its talks, “Sequencing Logs with a Toaster”.",
			want: []talkView{{Title: "Sequencing Logs with a Toaster", Speakers: []string{}}},
		},
		{
			name: "a quoted title linked to the talk's page in a programme",
			body: "In the afternoon I attended “[Fuzzing the Parser](https://conf.example.org/schedule/123/view_talk)”.",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{}, URL: "https://conf.example.org/schedule/123/view_talk"}},
		},
		{
			name: "a quoted title of a book, a meetup or a remark is no talk",
			body: "I read the “Quiet Queues” book. The “Harbour Gophers Meetup” group was there. Someone said “Great Stuff” after the talk.",
			want: nil,
		},
		{
			name: "a quoted title a naming word introduces past an aside set off by commas",
			body: "Bo Chen gave the second talk, meant for newcomers, titled “Fuzzing the Parser”.",
			want: []talkView{{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "someone showing their work gives a talk",
			body: "Later Bo Chen was showing the new Quillq tooling.",
			want: []talkView{{Description: "new Quillq tooling", Speakers: []string{"Bo Chen"}}},
		},
		{
			name: "a linked title right before a talk noun is the talk's",
			body: "In Porto she repeated the [Quiet Queues at Scale](https://example.org/q) talk.",
			want: []talkView{{Title: "Quiet Queues at Scale", Speakers: []string{}, Cities: []string{"Porto"}, URL: "https://example.org/q"}},
		},
		{
			name: "a linked event's name before a talk noun names no talk",
			body: "I enjoyed every [Harbour Gophers Meetup](https://example.org/h) talk.",
			want: nil,
		},
		{
			name: "a heading of who spoke and on what, without a title, titles no talk",
			body: "## Ana Lima on the work she does at Initech\n\nAna Lima talked about the queues she runs at Initech.",
			want: []talkView{{Description: "queues she runs at Initech", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "talks listed by their speakers' possessives, the talk noun said once",
			body: "Ana Lima and Bo Chen came. My favourite talks were Ana Lima's talk on Quiet Queues, Bo Chen’s on Fuzzing the Parser, and Cy Dunn’s on Rust, the Hard Way.",
			want: []talkView{
				{Title: "Quiet Queues", Speakers: []string{"Ana Lima"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen"}},
				{Title: "Rust, the Hard Way", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "one possessive with on is no list",
			body: "We discussed Ana Lima's take on queues over dinner.",
			want: nil,
		},
		{
			name: "a heading over many talks titles none",
			body: "## Lightning Talks\n\nAna Lima gave a talk about queues.",
			want: []talkView{{Description: "a talk about queues", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "a pronoun after called is no title",
			body: "Ana Lima gave a talk about tracing. We called it a night after that.",
			want: []talkView{{Description: "a talk about tracing", Speakers: []string{"Ana Lima"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks differ (-want +got)\n%s", tt.body, d)
			}
		})
	}
}
