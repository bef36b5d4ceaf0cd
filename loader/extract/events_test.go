package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

func TestEvents(t *testing.T) {
	tests := []struct {
		name      string
		title     string // the post's title; a neutral one when empty
		published string // 2021-05-10 when empty
		body      string
		events    []eventView
		talks     [][]string // the cities of each talk, in order
		gap       string
	}{
		{
			name:   "a roadshow lists the cities of its meetups",
			body:   "Our roadshow took us to Lisbon, Porto, and Braga.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
		},
		{
			name:   "a tour lists the cities of its meetups",
			body:   "This spring's tour visited Lisbon, Porto and Braga.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
		},
		{
			name:   "an invitation to join the group in a city places its event",
			title:  "June meetup",
			body:   "Join us in Lisbon on June 3! Quillfeather is hosting us this time.\n\n- Quiet Queues in Practice - Ana Lima",
			events: []eventView{{City: "Lisbon", Date: "2021-06-03", Host: "Quillfeather"}},
			talks:  [][]string{{"Lisbon"}},
		},
		{
			name:   "a city a speaker comes from is no invitation",
			body:   "Ana Lima joined us from Lisbon.",
			events: nil,
		},
		{
			name:   "a group's tagline places the meetups its archive dates",
			title:  "Archive",
			body:   "**Static Sites Meetup in Tartu**\n\n## Past meetups\n\n### #2 - Tuesday, November 22nd, 2016\n\n- **Quiet Builds** by Ana Lima\n\n### #1 - Tuesday, October 18th, 2016\n\n- **Hugo Themes** by Bo Chen",
			events: []eventView{{City: "Tartu"}, {City: "Tartu", Date: "2016-11-22"}, {City: "Tartu", Date: "2016-10-18"}},
			talks:  [][]string{{"Tartu"}, {"Tartu"}},
		},
		{
			name:   "a tagline that names the country first places its city",
			title:  "Archive",
			body:   "**Static Sites Meetup in Estonia, Tartu**\n\n## Past meetups\n\n### #2 - Tuesday, November 22nd, 2016\n\n- **Quiet Builds** by Ana Lima",
			events: []eventView{{City: "Tartu", Date: "2016-11-22"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "an opening that names two cities places no dated meetup",
			title:  "Archive",
			body:   "Our meetup in Tartu and the one in Riga share speakers.\n\n## Past meetups\n\n### #2 - Tuesday, November 22nd, 2016\n\n- **Quiet Builds** by Ana Lima",
			events: []eventView{{Date: "2016-11-22"}, {City: "Tartu"}},
			talks:  [][]string{{"-"}}, // at the dated meetup, of no city
		},
		{
			name:   "a district named before the city it is part of is no city of its own",
			body:   "The conference was held at Quill Hall in the Kreuzberg neighbourhood of Berlin.\n\n- Quiet Queues in Practice - Ana Lima",
			events: []eventView{{City: "Berlin", Host: "Quill Hall"}},
			talks:  [][]string{{"Berlin"}},
		},
		{
			name:   "a tour's meetings in a list of cities are its stops",
			title:  "Quillq Community Tour",
			body:   "I will talk about what comes next in Quillq 4. The tour also has meetings in Porto, Lyon and Ghent.",
			events: []eventView{{City: "Porto"}, {City: "Lyon"}, {City: "Ghent"}},
			talks:  [][]string{{"Porto", "Lyon", "Ghent"}},
		},
		{
			name:   "a trip to one city, then another, visits both; a city the writer moved to is no stop",
			title:  "Tartu and Riga Tour",
			body:   "Last week we came back from a trip to Tartu, then Riga. I spoke at two meetups.\n\nWhen we moved to Ghent, I did not expect to travel this much.",
			events: []eventView{{City: "Tartu"}, {City: "Riga"}},
			talks:  [][]string{{"Tartu", "Riga"}}, // the writer's, at both meetups
		},
		{
			name:   "a common word that is also a town's name in a heading is no city",
			body:   "Our tour took us to Lisbon and Porto.\n\n## The tour's project: Go Hue Go\n\nWe built an app that sets the hue of the lights.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}},
		},
		{
			name:   "a tour's list of days and towns places its stops",
			title:  "Quillq Tour 2031",
			body:   "- 10/19 Sat - Tartu, EE\n    - Local organizers: to be announced\n- 10/21 Mon - Riga, LV (to be confirmed)\n",
			events: []eventView{{City: "Tartu"}, {City: "Riga"}},
		},
		{
			name:   "a contraction is never a city",
			body:   "We'd love to see you at our next meetup in Lisbon. I've booked the room.",
			events: []eventView{{City: "Lisbon"}},
		},
		{
			name:   "a word that opens a sentence before a preposition is no city",
			body:   "Due to the snow, the meetup in Lisbon started late.",
			events: []eventView{{City: "Lisbon"}},
		},
		{
			name:   "a Portuguese title naming an encontro in a town places it",
			title:  "Encontro de Desenvolvedores em Recife",
			body:   "Mara Ellison vai falar sobre filas e mensagens.",
			events: []eventView{{City: "Recife"}},
			talks:  [][]string{{"Recife"}},
		},
		{
			name:   "the writers gathered in a town, in German",
			body:   "Unsere Konferenz fand am 17.03.2031 statt. Diesmal trafen wir uns bei Initech in Tartu.\n\nMara Ellison hielt einen Vortrag über Warteschlangen.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a word opening a sentence that is spelled near a small town's name places nothing",
			body:   "Tale scelta ci è piaciuta molto. Mara Ellison ha parlato di code.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a crowd that gathered in a town at a meetup places it",
			body:   "Some 200 developers gathered in Tartu for the spring meetup.\n\nMara Ellison gave a talk about queues.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a crowd in German",
			body:   "Mehr als 150 Entwicklerinnen kamen am Samstag in Tartu zum Treffen zusammen.\n\nMara Ellison hielt einen Vortrag über Warteschlangen.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a crowd that came from a town places nothing",
			body:   "Some 200 developers from Tartu gathered at the spring meetup.\n\nMara Ellison gave a talk about queues.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a crowd with no word of an event places nothing",
			body:   "Some 200 developers gathered in Tartu on Saturday.\n\nMara Ellison gave a talk about queues.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a town inside an emphasized title places nothing",
			body:   "Our last talk was *Introduction to Pandas* by Vera Holm.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a town inside a quoted title places nothing",
			body:   "Then Omar Sabet spoke about “Data Engineering in Bergen” for an hour.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a short emphasized phrase with a town still places",
			body:   "*Meetup in Bergen*: Omar Sabet gave a talk about queues.",
			events: []eventView{{City: "Bergen"}},
			talks:  [][]string{{"Bergen"}},
		},
		{
			name:   "an emphasized event name with its town places",
			body:   "**Rust Night in Bergen** opened with Omar Sabet's talk about queues.",
			events: []eventView{{City: "Bergen"}},
			talks:  [][]string{{"Bergen"}},
		},
		{
			name:   "a quoted title before the place leaves the place",
			body:   "Vera Holm gave her talk \"Queues at Scale\" in Bergen.",
			events: []eventView{{City: "Bergen"}},
			talks:  [][]string{{"Bergen"}},
		},
		{
			name:   "a list of cities the speakers came from is no series",
			body:   "Our speakers came from Lisbon, Porto and Braga.",
			events: nil,
		},
		{
			name: "a paragraph that starts in a city places its talks there",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"In Porto, Selma Haugen gave a talk about type safe configuration. Ravi Menon spoke about compilers.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Porto"}, {"Porto"}},
		},
		{
			name: "a city that enjoyed a talk places the talk there",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"Porto enjoyed a talk by Selma Haugen about type safe configuration.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Porto"}},
		},
		{
			name: "the last meetup of the roadshow places the paragraph's talks",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"The last meetup of the roadshow was in Braga. Ravi Menon gave a talk about compilers.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Braga"}},
		},
		{
			name: "starting off the meetup in a city places the paragraph's talks",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"We started off the meetup in Lisbon. Jonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Lisbon"}},
		},
		{
			name: "the city of one paragraph does not carry into the next",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"In Porto, Selma Haugen gave a talk about type safe configuration.\n\n" +
				"Ravi Menon gave a talk about compilers.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Porto"}, nil},
		},
		{
			name: "starting off in a city places the paragraph's talks",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"We started off in Lisbon. Jonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Lisbon"}},
		},
		{
			name: "the last stop in a city places the paragraph's talks",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"The last stop was in Braga. Ravi Menon gave a talk about compilers.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
			talks:  [][]string{{"Braga"}},
		},
		{
			name:   "a heading with a city is an event for its section",
			body:   "## Oslo Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Oslo"}},
			talks:  [][]string{{"Oslo"}},
		},
		{
			name: "each heading with a city is the event of its own section",
			body: "## Oslo Meetup: May 2021\n\nJonas Whitfield gave a talk about the migration.\n\n" +
				"## Bergen Meetup: June 2021\n\nSelma Haugen gave a talk about type safe configuration.",
			events: []eventView{{City: "Oslo"}, {City: "Bergen"}},
			talks:  [][]string{{"Oslo"}, {"Bergen"}},
		},
		{
			name:      "a title with a meetup, a city and a date is the post's event",
			title:     "Rust Meetup in Porto on July 3, 2031",
			published: "2031-07-05",
			body:      "Jonas Whitfield gave a talk about the migration.",
			events:    []eventView{{City: "Porto", Date: "2031-07-03"}},
			talks:     [][]string{{"Porto"}},
		},
		{
			name:   "a meetup that took place at a venue in a city is the post's event",
			title:  "June meetup recap",
			body:   "Our June meetup took place at the lovely Copperline Studio in downtown Denver.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Denver", Host: "Copperline Studio"}},
			talks:  [][]string{{"Denver"}},
		},
		{
			name:   "a city we met in is the post's event",
			title:  "Spring recap",
			body:   "Last week we met in Lisbon at Northwind's office.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Lisbon", Host: "Northwind"}},
			talks:  [][]string{{"Lisbon"}},
		},
		{
			name:   "a city we gathered in is the post's event",
			title:  "Spring recap",
			body:   "On May 4 we gathered in Porto for an evening of talks.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Porto", Date: "2021-05-04"}},
			talks:  [][]string{{"Porto"}},
		},
		{
			name:   "a city someone else met in is no event of the post",
			title:  "Spring recap",
			body:   "Lena Forsberg first met her co-founder in Lisbon.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a one-word conference name took place in a city",
			title:  "Spring recap",
			body:   "Harbourconf 2031 took place in Tartu last week.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "an edition named with its year was held in a city",
			title:  "Spring recap",
			body:   "Devmeet Baltics 2031 was held in Tartu in May.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a conference named in French placed after à",
			title:  "Retour sur Devmeet",
			body:   "La conférence Devmeet était de retour à Anvers cette année.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Anvers"}},
			talks:  [][]string{{"Anvers"}},
		},
		{
			name:   "a German gathering placed after in",
			title:  "Rückblick",
			body:   "Unser Stammtisch fand diesmal in Köln statt.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Köln"}},
			talks:  [][]string{{"Köln"}},
		},
		{
			name:   "rehearsals that took place in a city are no event",
			title:  "Spring recap",
			body:   "Rehearsals took place in Tartu last week.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a title naming a camel-cased festival and its city is the post's event",
			title:  "Report on the first Tartu LedgerFest, 2031",
			body:   "Lena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a title naming only the group after its city is the post's event",
			title:  "Denver Gophers recap",
			body:   "Lena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Denver"}},
			talks:  [][]string{{"Denver"}},
		},
		{
			name:   "a title naming the group after its city is the post's event",
			title:  "Denver Gophers: June meetup recap",
			body:   "Lena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Denver"}},
			talks:  [][]string{{"Denver"}},
		},
		{
			name:   "a title that ends with its city is the post's event",
			title:  "Rust Night - Denver",
			body:   "Jonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Denver"}},
			talks:  [][]string{{"Denver"}},
		},
		{
			name:   "the city the writer says the group is in is where it met",
			title:  "Second Elixir night",
			body:   "Lena Forsberg gave a talk called ‘Generics in the Wild’.\n\nTalks draw a bigger crowd than socials do, which says a lot about what people here in Recife want.",
			events: []eventView{{City: "Recife"}},
			talks:  [][]string{{"Recife"}},
		},
		{
			name:   "here in, in Portuguese, over another city's group named in passing",
			title:  "Segundo encontro",
			body:   "Lena Forsberg gave a talk called ‘Generics in the Wild’. Our handbook began as a copy of the Oslo Gophers one.\n\nO público aqui em Recife gosta de palestras.",
			events: []eventView{{City: "Recife"}},
			talks:  [][]string{{"Recife"}},
		},
		{
			name:   "the evening took place: a word of time as the occasion's subject",
			title:  "Notes from the community",
			body:   "The evening took place in Rotterdam at the Initech office.\n\n## Talks\n\n- Quiet Queues by Lena Forsberg",
			events: []eventView{{City: "Rotterdam", Host: "Initech"}},
			talks:  [][]string{{"Rotterdam"}},
		},
		{
			name:   "this year's edition was held",
			title:  "Notes from the community",
			body:   "This year's edition was held in Rotterdam at the Initech office.\n\n## Talks\n\n- Quiet Queues by Lena Forsberg",
			events: []eventView{{City: "Rotterdam", Host: "Initech"}},
			talks:  [][]string{{"Rotterdam"}},
		},
		{
			name:   "took place, in French, at a university named after its town",
			title:  "Retour sur Harbourconf 2031",
			body:   "Harbourconf 2031 a eu lieu dans les amphis de l'Université de Tours.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Tours"}},
			talks:  [][]string{{"Tours"}},
		},
		{
			name:   "took place, in German, around the place",
			title:  "Rückblick",
			body:   "Die Harbourconf 2031 fand dieses Jahr in Graz statt.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Graz"}},
			talks:  [][]string{{"Graz"}},
		},
		{
			name:   "was held, in Spanish",
			title:  "Crónica",
			body:   "La Harbourconf 2031 se celebró en Sevilla.\n\nLena Forsberg gave a talk called ‘Generics in the Wild’.",
			events: []eventView{{City: "Sevilla"}},
			talks:  [][]string{{"Sevilla"}},
		},
		{
			name:   "a speaker's university is no place of the event",
			title:  "Notes from the community",
			body:   "Lena Forsberg, who studied at the University of Tours, gave a talk called ‘Generics in the Wild’.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a title with a compound city keeps it whole",
			title:  "Kitchener-Waterloo Meetup recap",
			body:   "Jonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Kitchener-Waterloo"}},
			talks:  [][]string{{"Kitchener-Waterloo"}},
		},
		{
			name:   "groups brought together in several cities are sites of one event",
			title:  "Distributed Rust Night",
			body:   "This time we brought together the Oslo, Bergen and Trondheim groups using Northwind's offices. Jonas Whitfield gave a talk about the migration.",
			events: []eventView{{City: "Oslo", Host: "Northwind"}, {City: "Bergen", Host: "Northwind"}, {City: "Trondheim", Host: "Northwind"}},
			talks:  [][]string{{"Oslo", "Bergen", "Trondheim"}},
		},
		{
			name:      "a future event is an event of its own that takes no talks",
			published: "2021-11-02",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"In Lisbon, Jonas Whitfield gave a talk about the migration.\n\n" +
				"Rust Night 2022 will take place in Lisbon on June 9th.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}, {City: "Lisbon", Date: "2022-06-09"}},
			talks:  [][]string{{"Lisbon"}},
		},
		{
			name:      "the next edition of the series is a future event",
			published: "2021-11-02",
			body: "Our roadshow took us to Lisbon, Porto, and Braga.\n\n" +
				"The next edition will take place in Lisbon on June 9th.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}, {City: "Lisbon", Date: "2022-06-09"}},
		},
		{
			name:   "another event mentioned in passing is no event",
			body:   "Our roadshow took us to Lisbon, Porto, and Braga. FooCon took place in Munich last week.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
		},
		{
			name:   "another conference mentioned in passing is no event",
			body:   "Our roadshow took us to Lisbon, Porto, and Braga. The KubeFest conference took place in Munich last week.",
			events: []eventView{{City: "Lisbon"}, {City: "Porto"}, {City: "Braga"}},
		},
		{
			name:   "a city a speaker comes from is no event",
			body:   "Ravi Menon flew in from Barcelona to give a talk about compilers.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a first name that is a city is no event",
			body:   "At the meetup in Oslo, Everett Smith presented ‘Typed Pipelines’.",
			events: []eventView{{City: "Oslo"}},
			talks:  [][]string{{"Oslo"}},
		},
		{
			name:   "a continent is not a city",
			body:   "In Asia, Jonas Whitfield gave a talk about the migration.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a Where label alone places the event in the city of the block below",
			body:   "- Queues at scale by Ana Lima\n\n### Where\n\nThe Hall at Quillworks in Ghent.",
			events: []eventView{{City: "Ghent"}},
			talks:  [][]string{{"Ghent"}},
		},
		{
			name:   "an address under a label that ends in a colon gives its city on a line of its own",
			body:   "- Queues at scale by Ana Lima\n\n### Getting there\n\nThe address of the venue:\n\n> Quillworks Hall\n> 10 South Place\n> Ghent\n",
			events: []eventView{{City: "Ghent"}},
			talks:  [][]string{{"Ghent"}},
		},
		{
			name:   "a label alone places nothing when the block below names no city",
			body:   "### Where\n\nUpstairs, in the big room.\n\nMara Quist, in Ghent, watched the stream.",
			events: nil,
		},
		{
			name:   "an opening sentence at a linked conference in a city places the post's talks",
			body:   "Our team was out at [Quill Conf](https://quillconf.example.org) in our own backyard of Tartu.\n\n- Queues at scale by Ana Lima",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "an opening sentence about the conference in a city places the post's talks",
			body:   "Quillcon is the yearly conference in Turku, Finland.\n\n- Queues at scale by Ana Lima",
			events: []eventView{{City: "Turku"}},
			talks:  [][]string{{"Turku"}},
		},
		{
			name:   "a conference announced for next year is no occasion of the post's talks",
			body:   "Next year the conference will be in Turku.\n\n- Queues at scale by Ana Lima",
			events: []eventView{{City: "Turku"}},
			talks:  [][]string{nil},
		},
		{
			name:   "a city a speaker came from to the conference places nothing",
			body:   "Ana Lima flew in from Turku for the conference.\n\n- Queues at scale by Ana Lima",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a first name opening a sentence is no town of that name",
			body:   "Rosa has had to cancel her talk, sadly.",
			events: nil,
		},
		{
			name:   "compound cities and cities of two words are cities",
			body:   "Our roadshow took us to Kitchener-Waterloo, Montréal and Quebec City.",
			events: []eventView{{City: "Kitchener-Waterloo"}, {City: "Montréal"}, {City: "Quebec City"}},
		},
		{
			name:   "a title that ends in a city with its state and country places the post",
			title:  "I'm speaking at NordConf 2031 in Springfield, Illinois, USA",
			body:   "Mara Ellison and I will give a talk called ‘Scaling Ledgers’.",
			events: []eventView{{City: "Springfield"}},
			talks:  [][]string{{"Springfield"}},
		},
		{
			name:   "a title that ends in a city with a region the gazetteer does not know and a country places the post",
			title:  "Speaking at NordConf 2031 in Bergen, Hordaland, Norway",
			body:   "Mara Ellison will give a talk called ‘Scaling Ledgers’.",
			events: []eventView{{City: "Bergen"}},
			talks:  [][]string{{"Bergen"}},
		},
		{
			name:   "a title with words after the city's country does not end with the city",
			title:  "Speaking in Bergen, Norway and what I learned",
			body:   "Mara Ellison will give a talk called ‘Scaling Ledgers’.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "two spellings of a city are one event",
			body:   "In Montréal, Mara Ellison gave a talk called ‘Scaling Ledgers’. In Montreal, Jonas Whitfield gave a talk called ‘Query Planning’.",
			events: []eventView{{City: "Montréal"}},
			talks:  [][]string{{"Montréal"}, {"Montréal"}},
		},
		{
			name:  "a tour whose stops name their talks places no other talk at every stop",
			title: "Bo Chen on Tour",
			body: "Bo Chen brings his talks north this spring. The schedule for the tour:\n\n" +
				"- **Wednesday 18th March**\n  - [Fuzzing Basics – NorthGophers Tartu](http://example.org/a)\n" +
				"- **Monday 23rd March**\n  - [Tracing Basics – Porto .Net Crafters User Group](http://example.org/c)\n" +
				"- **Tuesday 24th March**\n  - [Parsers, Pipes & Ponies with Bo Chen - Ghent Web Craft](http://example.org/d)\n",
			events: []eventView{{City: "Tartu"}, {City: "Porto"}}, // the days over the stops are not read as their dates yet
			talks:  [][]string{{"Tartu"}, {"Porto"}, nil},
		},
		{
			name:   "what took place, in French with an adverb, under a title that names a meetup",
			title:  "Retour sur le meetup du 28 Mai 2031",
			body:   "Le retour du groupe à Tartu a enfin eu lieu ! Ana Lima a présenté « Files sans larmes ».",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a month of another language in a date is no town",
			title:  "Notre meetup du 28 Mai 2031",
			body:   "Ana Lima a présenté « Files sans larmes ».",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a heading that labels the location places the post; headings that label a time make no events",
			body:   "# Harbourconf\n## Location: Tartu, Estonia\n\n## Quiet Queues in Practice\n### Name: Ana Lima\n### Time: November 12, 2031 13:30\n\nAbout queues.\n",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a user group named by its city and its language's suffix is in the city",
			body:   "Tartu.rb had its monthly meeting last night. Ana Lima gave a talk on parsing logs.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a suffix after a word that is no city places nothing",
			body:   "Node.js was the theme last night. Ana Lima gave a talk on parsing logs.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "two user groups in two cities place nothing",
			body:   "Tartu.rb and Porto.js met together online. Ana Lima gave a talk on parsing logs.",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a capitalized group name that ends in its kind is in the city that opens it",
			body:   "The Tartu Cloud Native Meetup met last night. Ana Lima gave a talk on parsing logs.",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a group named by its city and state is in the city",
			body:   "The Dayton Ohio Rust User Group meets on the first Thursday.\n\n## March 4th, 2021\n\n* Scaling Ledgers - Mara Ellison\n",
			events: []eventView{{City: "Dayton", Date: "2021-03-04"}},
			talks:  [][]string{{"Dayton"}},
		},
		{
			name:   "the event a post's prose names with its city holds its talks",
			body:   "We are happy to announce the speakers at the 2031 edition of [Gopher Days Tartu](https://example.org/).\n\n- \"Scaling Ledgers\" by Ana Lima\n- \"Query Planning\" by Bo Chen\n",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}, {"Tartu"}},
		},
		{
			name:   "an event, a comma and its city",
			body:   "Come visit with us at FooConf, Tartu! Ana Lima will be presenting \"Scaling Ledgers\".",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "a group's dojo named with its city",
			body:   "I'll be speaking at the [Tartu Rust Dojo](https://example.org/dojo): my talk is called \"Scaling Ledgers\".",
			events: []eventView{{City: "Tartu"}},
			talks:  [][]string{{"Tartu"}},
		},
		{
			name:   "events named in two cities place no talk",
			body:   "Many of you came to Gopher Days Tartu and to FooConf, Porto. Ana Lima will be presenting \"Scaling Ledgers\".",
			events: nil,
			talks:  [][]string{nil},
		},
		{
			name:   "a tour's talk that no stop names is given at each stop",
			title:  "Bo Chen on Tour",
			body:   "Bo Chen brings his talk ‘Fuzzing Basics’ north this spring. The tour visits Tartu and Porto.",
			events: []eventView{{City: "Tartu"}, {City: "Porto"}},
			talks:  [][]string{{"Tartu", "Porto"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			title, published := tc.title, tc.published
			if title == "" {
				title = "Notes from the community"
			}
			if published == "" {
				published = "2021-05-10"
			}
			r := extractText(t, "events", withFrontMatter(title, "NimbusOps", published, tc.body))
			if d := diff(tc.events, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tc.body, d)
			}
			var talks [][]string
			for _, v := range talksOf(r) {
				talks = append(talks, v.Cities)
			}
			if d := diff(tc.talks, talks); d != "" {
				t.Errorf("Extract(%q) talk cities mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestEventCityIDs(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "accented and plain spellings share one ID",
			body: "Our roadshow took us to Montréal, Ottawa and Kitchener-Waterloo. In Montreal, Mara Ellison gave a talk about ledgers.",
			want: []string{"montreal-ca", "ottawa-ca", "kitchener-waterloo-ca"},
		},
		{
			name: "a city of two words has its own ID",
			body: "Our roadshow took us to Quebec City, San Jose and Salt Lake City.",
			want: []string{"quebec-ca", "san-jose-us", "salt-lake-city-us"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "ids", recap(tc.body))
			var got []string
			for _, e := range r.Events {
				got = append(got, e.CityID)
				// Each event carries its city's coordinates, from the gazetteer.
				c, ok := gazetteer.Lookup(deref(e.City))
				if !ok || c.ID != e.CityID {
					continue
				}
				if e.CityLatitude == nil || e.CityLongitude == nil || *e.CityLatitude != c.Latitude || *e.CityLongitude != c.Longitude {
					t.Errorf("event in %s has coordinates %v, %v, want the gazetteer's %v, %v", e.CityID, e.CityLatitude, e.CityLongitude, c.Latitude, c.Longitude)
				}
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) city IDs mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestCityAt(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		at      string // the first word of the city
		written string // "" when no city starts there
		id      string
	}{
		{name: "a city with a state abbreviation takes the state", body: "The meetup in San Jose, CA was packed.", at: "San", written: "San Jose", id: "san-jose-us"},
		{name: "a city with its country", body: "We met in Barcelona, Spain last week.", at: "Barcelona", written: "Barcelona", id: "barcelona-es"},
		{name: "a common word after a preposition of place is a city", body: "We moved the meetup to Reading last year.", at: "Reading", written: "Reading", id: "reading-gb"},
		{name: "a common word without a preposition is no city", body: "Reading the docs helped.", at: "Reading", written: ""},
		{name: "a city before a surname is a first name", body: "We met Sydney Marsh at the venue.", at: "Sydney", written: ""},
		{name: "a city in the name of a city organization is no city", body: "The City of Oslo sponsored us.", at: "Oslo", written: ""},
		{name: "a continent is no city", body: "We toured Asia last year.", at: "Asia", written: ""},
		{name: "an acronym is no city", body: "The JAM group met.", at: "JAM", written: ""},
		{name: "a city abbreviation in capitals is a city", body: "NYC was fun.", at: "NYC", written: "NYC", id: "new-york-city-us"},
		{name: "a city named after a saint with an abbreviation and a period", body: "We met in St. Petersburg in May.", at: "St", written: "St. Petersburg", id: "saint-petersburg-ru"},
		{name: "the rest of a saint's city after its abbreviation is no city of its own", body: "We met in St. Petersburg in May.", at: "Petersburg", written: ""},
		{name: "an accented spelling is the canonical city", body: "We met in Montréal.", at: "Montréal", written: "Montréal", id: "montreal-ca"},
		{name: "a town named like an organization's last word ends the organization's name", body: "We met at Quillfeather Media last week.", at: "Media", written: ""},
		{name: "a town named like an organization's last word alone is a town", body: "We met in Media last week.", at: "Media", written: "Media", id: "mehdya-ma"},
		{name: "a county after a village and a comma is no city", body: "We met in Wiltonbury, Kettering last week.", at: "Kettering", written: ""},
		{name: "a county after a village and a note is no city", body: "The meetup is in Wiltonbury (near Ashcombe) in Kettering.", at: "Kettering", written: ""},
		{name: "a city after a venue and a comma is the city", body: "We met in Harbour Hall, Kettering last week.", at: "Kettering", written: "Kettering", id: "kettering-gb"},
		{name: "a city after another city is a list", body: "We met in Groningen, Kettering and Tilburg.", at: "Kettering", written: "Kettering", id: "kettering-gb"},
		{name: "a month after a preposition is a date, not a town", body: "We met in March to plan the year.", at: "March", written: ""},
		{name: "a weekday opening a sentence is no town", body: "Friday was the best day of the week.", at: "Friday", written: ""},
		{name: "a part of a small town's name opening a sentence is a word", body: "Alphen helped nobody with the slides.", at: "Alphen", written: ""},
		{name: "a part of a small town's name after a preposition of place is the town", body: "We met in Alphen last week.", at: "Alphen", written: "Alphen", id: "alphen-aan-den-rijn-nl"},
		{name: "a part of a large city's name is the city", body: "Frankfurt welcomed forty people.", at: "Frankfurt", written: "Frankfurt", id: "frankfurt-am-main-de"},
		{name: "a large city naming a venue is the venue's city", body: "We met at Porto Youth Centre last week.", at: "Porto", written: "Porto", id: "porto-pt"},
		{name: "a small town naming a venue is a word of the venue's name", body: "We met at Kettering Music Hall last week.", at: "Kettering", written: ""},
		{name: "the end of a place's name after 'Lake' is no city of its own", body: "We met at a hotel near Lake Buena Vista.", at: "Buena", written: ""},
		{name: "a city whose name opens with 'Fort' is read whole", body: "We met in Fort Worth.", at: "Fort", written: "Fort Worth", id: "fort-worth-us"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, s := firstSentence(t, tc.body)
			i := -1
			for k, tok := range s.tokens {
				if tok.text() == tc.at {
					i = k
					break
				}
			}
			if i < 0 {
				t.Fatalf("no token %q in %q", tc.at, s.text)
			}
			c, ok := x.cityAt(s, i)
			if tc.written == "" {
				if ok {
					t.Errorf("cityAt(%q, %q) = %q (%s), want no city", s.text, tc.at, c.written, c.city.ID)
				}
				return
			}
			if !ok || c.written != tc.written || c.city.ID != tc.id {
				t.Errorf("cityAt(%q, %q) = %q (%s), %v, want %q (%s)", s.text, tc.at, c.written, c.city.ID, ok, tc.written, tc.id)
			}
		})
	}
}

func TestSeriesName(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  string
		gap   string
	}{
		{name: "the words before meetups in the title name the series", title: "Nordic Cloud Native Meetups – Autumn 2022", body: "We had fun.", want: "Nordic Cloud Native Meetup"},
		{name: "a plus sign joins the words of a series", title: "Kotlin + Android meetups this spring", body: "We had fun.", want: "Kotlin + Android Meetup"},
		{name: "the first paragraph names the series when the title does not", title: "Autumn recap", body: "The Nordic Rust meetups are back.", want: "Nordic Rust Meetup"},
		{name: "a determiner before meetup names no series", title: "Autumn recap", body: "Each meetup began with a recap.", want: ""},
		{name: "a lower-case word before meetup names no series", title: "Our spring meetup", body: "We had fun.", want: ""},
		{
			name: "an adjective of time before meetups names no series", title: "Past meetups", body: "We had fun.", want: "",
		},
		{
			// the first paragraph is read a chunk at a time: a name cut by a chunk's end reads whole
			name: "a series named across the end of a chunk of a long paragraph", title: "Autumn recap",
			body: strings.Repeat("we had fun. ", seriesChunk/12-1) + "The Nordic Rust and Cloud Native Oslo Gophers meetups are back.", want: "Nordic Rust and Cloud Native Oslo Gophers Meetup",
		},
		{
			name: "a series named deep in a long paragraph", title: "Autumn recap",
			body: strings.Repeat("Each meetup was fun. ", 3*seriesChunk/21) + "The Nordic Rust meetups are back.", want: "Nordic Rust Meetup",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			doc := parseDoc(t, withFrontMatter(tc.title, "", "", tc.body))
			if got := seriesName(doc); got != tc.want {
				t.Errorf("seriesName(%q, %q) = %q, want %q", tc.title, tc.body, got, tc.want)
			}
		})
	}
}

// TestHeadingEventName: a heading over a place line names the event the line places; a heading
// that opens with a quoted talk title names the event after "at".
func TestHeadingEventName(t *testing.T) {
	tests := []struct {
		heading string
		want    string
	}{
		{heading: "Harbour Conf 2021", want: "Harbour Conf 2021"},
		{heading: `"Tracing Without Tears" at Harbour Conf 2021`, want: "Harbour Conf 2021"},
		{heading: "*Tracing Without Tears* @ Harbour Conf 2021", want: "Harbour Conf 2021"},
		{heading: `"Tracing Without Tears" (Harbour Conf 2021)`, want: "Harbour Conf 2021"},
	}
	for _, tc := range tests {
		t.Run(tc.heading, func(t *testing.T) {
			body := "## " + tc.heading + "\n\n[Harbour Conf 2021](https://conf.example/), Porto (June 9, 2021)\n\n* Speaker : Mara Ellison (Northwind)\n"
			r := extractText(t, "heading", recap(body))
			if len(r.Events) != 1 {
				t.Fatalf("Extract(%q) events = %d, want 1", body, len(r.Events))
			}
			if got := r.Events[0].Name; got != tc.want {
				t.Errorf("Extract(%q) event name = %q, want %q", body, got, tc.want)
			}
		})
	}
}

// TestMeetingIsAnEvent: a meeting is an event when the word names a gathering, not when it is
// the verb.
func TestMeetingIsAnEvent(t *testing.T) {
	tests := []struct {
		body string
		want []eventView
	}{
		{body: "The next meeting will be on Tuesday, October 23 at 6:30 pm in Porto.", want: []eventView{{City: "Porto", Date: "2012-10-23"}}},
		{body: "Our monthly meeting was held in Porto this time.", want: []eventView{{City: "Porto"}}},
		{body: "Looking forward to meeting you all in Porto!", want: nil},
		{body: "We enjoyed meeting new people in Porto last week.", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			r := extractText(t, "meeting", withFrontMatter("Notes from the community", "NimbusOps", "2012-10-10", tc.body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events differ (-want +got)\n%s", tc.body, d)
			}
		})
	}
}

// TestBylineHeadingTitlesNoTalk: a heading that says who wrote the post is no talk's title.
func TestBylineHeadingTitlesNoTalk(t *testing.T) {
	for _, heading := range []string{"By mara", "Posted by Mara Ellison", "By [mara](https://blog.example/author/mara)"} {
		t.Run(heading, func(t *testing.T) {
			body := "## October Meeting\n\n###### " + heading + "\n\nBo Chen will be giving a talk on template engines.\n"
			r := extractText(t, "byline", recap(body))
			for _, v := range talksOf(r) {
				if v.Title != "" {
					t.Errorf("Extract(%q) talk titled %q, want none titled by the byline", body, v.Title)
				}
			}
		})
	}
}

func TestHeadingCities(t *testing.T) {
	tests := []struct {
		name    string
		heading string
		want    []eventView
	}{
		{name: "a city alone places its section", heading: "## Kettering", want: []eventView{{City: "Kettering"}}},
		{name: "a city with its country places its section", heading: "## Kettering, United Kingdom", want: []eventView{{City: "Kettering"}}},
		{name: "a city after a preposition places its section", heading: "## An evening in Kettering", want: []eventView{{City: "Kettering"}}},
		{name: "a city with an event word places its section", heading: "## Kettering Meetup", want: []eventView{{City: "Kettering"}}},
		{name: "a city opening a group's name places its section", heading: "## Kettering Data Science Season 2", want: []eventView{{City: "Kettering"}}},
		{name: "a large city ending a conference's name places its section", heading: "## QuuxConf Amsterdam", want: []eventView{{City: "Amsterdam"}}},
		{name: "a city with a year names an edition of an event", heading: "## QuuxFest Kettering 2016 Schedule", want: []eventView{{City: "Kettering"}}},
		{name: "a large city's abbreviation ends a conference's name", heading: "## QuuxFest NYC Schedule", want: []eventView{{City: "NYC"}}},
		{name: "an article before a town makes a pub's name", heading: "## The Kettering", want: nil},
		{name: "a word before a town makes a project's name", heading: "## Project Kettering", want: nil},
		{name: "a town at the end of a talk's title is no place", heading: "## Faster queues with Kettering", want: nil},
		{name: "a month is no town", heading: "### March", want: nil},
		{name: "an article of another language is no town", heading: "### Un meetup du groupe, ça ressemble à quoi ?", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.heading + "\n\nWe had a good time and plenty of coffee.\n"
			r := extractText(t, "headings", recap(body))
			if d := diff(tc.want, eventsOf(r)); d != "" {
				t.Errorf("Extract(%q) events mismatch (-want +got):\n%s", tc.heading, d)
			}
		})
	}
}

func TestGluedEventName(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"GopherCon", true},
		{"LedgerFest", true},
		{"QtMeetup", true},
		{"DevDays", true},
		{"BarCamp", true},
		{"Harbourconf", true},
		{"Techfest", true},
		{"Silicon", false},  // "con" without a capital is a common ending
		{"Holidays", false}, // so is "days"
		{"Manifest", false},
		{"Conf", false}, // the event word alone
		{"ICON", false},
		{"gophercon", false}, // not written as a name
	}
	for _, tt := range tests {
		if got := gluedEventName(tt.word); got != tt.want {
			t.Errorf("gluedEventName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestOccasionTitle(t *testing.T) {
	tests := []struct {
		title, want string
	}{
		{"Notes from Harbourconf 2031", "Harbourconf 2031"},
		{"Recap: Tartu Rust Night", "Tartu Rust Night"},
		{"Trip report: Ledger Days Tartu 2031", "Ledger Days Tartu 2031"},
		{"My highlights of the third Tartu LedgerFest", "Tartu LedgerFest"},
		{"Harbourconf 2031 - a recap", "Harbourconf 2031"},
		{"Tartu Rust Night trip report", "Tartu Rust Night"},
		{"Notes from the community", "Notes from the community"}, // names no event: kept whole
		{"Recap", "Recap"},
		{"Report on Go generics in practice", "Report on Go generics in practice"}, // no lead-in to strip: "on" is no event's
		{"Tartu Rust Night", "Tartu Rust Night"},
	}
	for _, tt := range tests {
		if got := occasionTitle(tt.title); got != tt.want {
			t.Errorf("occasionTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestCamelGroupCity(t *testing.T) {
	tests := []struct {
		word, next string
		want       string // the city read, "" for none
	}{
		{"PyTartu", "meetup", "Tartu"},
		{"TartuJS", "meetup", "Tartu"},
		{"RubyLima", "meetup", "Lima"}, // a technology's name beside a four-letter city
		{"PyLima", "meetup", ""},       // a short tag beside a four-letter city
		{"LedgerTartu", "meetup", ""},  // a long tag that is no technology
		{"PyTartu", "yesterday", ""},   // no event or group word after it
	}
	for _, tt := range tests {
		w, n := tokenize(tt.word, nil, nil), tokenize(tt.next, nil, nil)
		c, ok := camelGroupCity(w[0], n[0])
		got := ""
		if ok {
			got = c.written
		}
		if got != tt.want {
			t.Errorf("camelGroupCity(%q, %q) = %q, want %q", tt.word, tt.next, got, tt.want)
		}
	}
}

func TestEventNameIsNeverAClause(t *testing.T) {
	twoCities := "Our group met in Lisbon on May 3, 2031, and in Porto a week later.\n\n"
	portoTalks := "Two talks came from the Harbour Gophers meetup in Porto:\n\n- Quiet Queues in Practice - Ana Lima\n\n"
	tests := []struct {
		name, body string
		want       map[string]string // city: event name
	}{
		{
			name: "a clause between the event word and the city names nothing",
			body: twoCities + "Two talks came from the meetup that our friends at the university run every month in Porto:\n\n- Quiet Queues in Practice - Ana Lima\n\n" +
				"And one came from the meetup everyone had been asking us to hold for ages in Lisbon:\n\n- Effects at the Edge - Tomas Varga\n",
			want: map[string]string{"Porto": "Notes from the community Porto", "Lisbon": "Notes from the community Lisbon"},
		},
		{
			name: "a name followed by a clause keeps the name",
			body: twoCities + portoTalks + "And one from the Harbour Rust Meetup 2031 that we ran together in Lisbon:\n\n- Effects at the Edge - Tomas Varga\n",
			want: map[string]string{"Lisbon": "Harbour Rust Meetup 2031"},
		},
		{
			name: "an event to come that the sentence only refers to is named after the post",
			body: "The meetup will happen on June 3 in Porto.\n\n- Quiet Queues in Practice - Ana Lima\n",
			want: map[string]string{"Porto": "Notes from the community Porto 2021-06-03"},
		},
		{
			name: "an event to come that the sentence names keeps its name",
			body: "Harbour Gophers Night 2021 will happen on June 3 in Porto.\n\n- Quiet Queues in Practice - Ana Lima\n",
			want: map[string]string{"Porto": "Harbour Gophers Night 2021"},
		},
		{
			name: "a name in title case with the city after it stays whole",
			body: twoCities + portoTalks + "And one from the Harbour Rust Meetup 2031 in Lisbon:\n\n- Effects at the Edge - Tomas Varga\n",
			want: map[string]string{"Lisbon": "Harbour Rust Meetup 2031 in Lisbon"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			got := map[string]string{}
			for i, e := range r.Events {
				if c := cityName(r, i); tt.want[c] != "" {
					if got[c] == "" || e.Name == tt.want[c] {
						got[c] = e.Name
					}
				}
			}
			if d := diff(tt.want, got); d != "" {
				t.Errorf("Extract() event names differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestEventNameLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Harbour Gophers Meetup", true},
		{"Go meetup in New York City", true},
		{"Night of the Gophers 2031", true},
		{"ng-conf", true},
		{"dotGo 2031", true},
		{"Harbourconf", true},
		{"meetup everyone had been asking us to hold for ages in Lisbon", false},
		{"meetup that our friends at the university run every month in Porto", false},
		{"small meetup we put together at short notice", false},
		{"meetup", false},
		{"The meetup", false},
		{"Our next meetup", false},
		{"The Harbour Gophers Meetup", true},
		{"What a great evening it was!", false},
	}
	for _, tt := range tests {
		if got := eventNameLike(tt.text); got != tt.want {
			t.Errorf("eventNameLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Harbour Rust Meetup 2031 that we ran together in Lisbon", "Harbour Rust Meetup 2031"},
		{"meetup everyone had been asking us to hold in Lisbon", ""},
		{"Harbour Gophers, the group we run in Porto", "Harbour Gophers"},
	} {
		if got := eventNameOf(tt.in); got != tt.want {
			t.Errorf("eventNameOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEventNamedAfterAPostTitleThatIsAClause(t *testing.T) {
	tests := []struct{ title, want string }{
		{"What happened when twenty of us finally met", "Meetup Porto 2031-06-03"},
		{"Notes From the Spring Meetup", "Spring Meetup Porto 2031-06-03"},
		{"Harbour Gophers, June edition", "Harbour Gophers, June edition Porto 2031-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "", "", "We met in Porto on June 3, 2031.\n\n- Quiet Queues in Practice - Ana Lima"))
			var got []string
			for _, e := range r.Events {
				got = append(got, e.Name)
			}
			if d := diff([]string{tt.want}, got); d != "" {
				t.Errorf("Extract() event names differ (-want +got)\n%s", d)
			}
		})
	}
}

// TestOrganizedInNamesTheParagraphsEvent: "It is organized in X" places the event the
// paragraph opens with, by its linked name.
func TestOrganizedInNamesTheParagraphsEvent(t *testing.T) {
	tests := []struct {
		name, body, event, city string
	}{
		{
			name:  "a linked name and its year, then it is organized in a town",
			body:  "[Harbourconf](https://harbourconf.example/) 2031 is the first conference of the local Rust group. It is organized in Porto in May. Mara Ellison gave a keynote titled “Queues at Noon”.",
			event: "Harbourconf 2031",
			city:  "Porto",
		},
		{
			name:  "being held in a town",
			body:  "The Tartu Rust Meetup is being held in Tartu this time. Mara Ellison gave a talk about queues.",
			event: "",
			city:  "Tartu",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "organized", recap(tt.body))
			if len(r.Events) != 1 {
				t.Fatalf("Extract(%q) events = %+v, want one", tt.body, r.Events)
			}
			if r.Events[0].City == nil || *r.Events[0].City != tt.city {
				t.Errorf("Extract(%q) city = %v, want %q", tt.body, r.Events[0].City, tt.city)
			}
			if tt.event != "" && r.Events[0].Name != tt.event {
				t.Errorf("Extract(%q) event name = %q, want %q", tt.body, r.Events[0].Name, tt.event)
			}
		})
	}
}
