package extract

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
		gap  string
	}{
		{
			name: "particles join the words of a full name",
			body: "Tamara de Heij and Duco van Amstel chatted with Thomas in't Veld.",
			want: []string{"Tamara de Heij", "Duco van Amstel", "Thomas in't Veld"},
		},
		{
			name: "prefixed and hyphenated names are names",
			body: "Aoife O'Brien, Callum McPherson and Jean-Pierre Dubois arrived early.",
			want: []string{"Aoife O'Brien", "Callum McPherson", "Jean-Pierre Dubois"},
		},
		{
			name: "a month's name that is a given name starts a name",
			body: "Jan Kowalski and April Tanaka arrived early.",
			want: []string{"Jan Kowalski", "April Tanaka"},
		},
		{
			name: "a month's name after a word of time is a date",
			body: "In May Lindqvist arrived early, on June Okafor's birthday.",
			want: nil, // neither "May Lindqvist" nor "June Okafor"
		},
		{
			name: "a job title is no person",
			body: "Ana Lima, founder of the group and Agile Coach, met our Engineering Manager.",
			want: []string{"Ana Lima"},
		},
		{
			name: "an emphasized title before by is no person",
			body: "Last came *Queues Done Right* by Ana Lima, then **Sorting Without Tears** von Jonas Weber.",
			want: []string{"Ana Lima", "Jonas Weber"},
		},
		{
			name: "an emphasized name stays a name",
			body: "**Ana Lima** by the window and *Bo Chen* by Mei Tan waved.",
			want: []string{"Ana Lima", "Bo Chen", "Mei Tan"},
		},
		{
			name: "a handle linked right after a full name is the name's",
			body: "Lena Forsberg [lforsberg](https://twitter.com/lforsberg) presented, with Ravi Menon ([@rmenon](https://twitter.com/rmenon)).",
			want: []string{"Lena Forsberg", "Ravi Menon"},
		},
		{
			name: "a name linked to a profile is one mention",
			body: "[Lena Forsberg](https://twitter.com/lenaforsberg) arrived early.",
			want: []string{"Lena Forsberg"},
		},
		{
			name: "a handle linked to a profile names a person",
			body: "Thanks to [@lforsberg](https://github.com/lforsberg) for the photos.",
			want: []string{"lforsberg"},
		},
		{
			name: "the first person in a contraction is a pronoun, not a name",
			body: "I’m going to talk about the evening, and I'll thank Mara Ellison.",
			want: []string{"Mara Ellison"},
		},
		{
			name: "a first name alone is a mention",
			body: "Later Mara answered questions.",
			want: []string{"Mara"},
		},
		{
			name: "a capitalized adverb opening the sentence is not part of a name",
			body: "Afterwards Mara Ellison answered questions.",
			want: []string{"Mara Ellison"},
		},
		{
			name: "cities of several words are not people",
			body: "Mara Ellison flew from Buenos Aires to Salt Lake City.",
			want: []string{"Mara Ellison"},
		},
		{
			name: "countries are not people",
			body: "We welcomed guests from Costa Rica and Sri Lanka.",
			want: nil,
		},
		{
			name: "well-known companies are not people",
			body: "Thanks to Red Hat and Goldman Sachs for the coffee.",
			want: nil,
		},
		{
			name: "technologies are not people",
			body: "We compared Kubernetes, Prometheus and Istio.",
			want: nil,
		},
		{
			name: "an organization the post links to is not a person",
			body: "Thanks to [Tidepool](https://tidepool.dev) for the venue.",
			want: nil,
		},
		{
			name: "an organization of two name-like words linked to its own site is not a person",
			body: "Thanks to [Copper Finch](https://copperfinch.io) for the venue.",
			want: nil,
			gap:  "collectOrgs skips link texts that look like a person's name, so a company linked to its own site (Copper Finch, copperfinch.io) is a name",
		},
		{
			name: "camel-cased product names are not names",
			body: "We demoed GraphQL with FastAPI and BioBox.",
			want: nil,
		},
		{
			name: "calendar words and job titles are not names",
			body: "On Monday the Senior Engineer met the Head of Platform.",
			want: nil,
		},
		{
			name: "a run of five capitalized words is not a name",
			body: "We tried Quill Feather Ledger Sync Pro yesterday.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			x, s := firstSentence(t, tc.body)
			var got []string
			for _, r := range x.names(s) {
				if r.pron == notPronoun {
					got = append(got, r.text)
				}
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("names(%q) mismatch (-want +got):\n%s", s.text, d)
			}
		})
	}
}

func TestNamesFindPronouns(t *testing.T) {
	x, s := firstSentence(t, "She said I should ask him, and he agreed.")
	var got []string
	for _, r := range x.names(s) {
		got = append(got, r.pronoun())
	}
	want := []string{"she", "i", "he"}
	if d := diff(want, got); d != "" {
		t.Errorf("pronouns of names(%q) mismatch (-want +got):\n%s", s.text, d)
	}
}

func TestLooksLikeName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Mara Ellison", true},
		{"Tamara de Heij", true},
		{"Thomas in't Veld", true},
		{"Mara", false},
		{"de Heij", false},
		{"Mara Ellison 2", false},
		{"Kubernetes Operators", false},
		{"Head of Platform", false},
		{"Anna Maria Lopez Garcia", true},
		{"J. Marta Ferreira", true},
		{"J. Ferreira", false},
		{"Anna Maria Lopez Garcia Ruiz", false},
		{"Jan Kowalski", true},  // a month's name that is also a given name
		{"May Lindqvist", true}, // likewise
		{"Jan", false},
		{"Jan 2031", false},
		{"Kowalski Jan", false}, // a month's name only as the given name, first
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := looksLikeName(tc.in); got != tc.want {
				t.Errorf("looksLikeName(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestVariantOf(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{name: "one letter dropped from a surname is a variant", a: "Mara Ellison", b: "Mara Elison", want: true},
		{name: "one letter changed in a surname is a variant", a: "Chiara Bello", b: "Chiara Bella", want: true},
		{name: "two letters changed in a long surname is a variant", a: "Alexandra Konstantinidou", b: "Alexandra Konstantinidis", want: true},
		{name: "two letters changed in a short surname is not a variant", a: "Mara Ellis", b: "Mara Alles", want: false},
		{name: "a different surname is not a variant", a: "Mara Ellison", b: "Mara Quint", want: false},
		{name: "a different first name is not a variant", a: "Mara Ellison", b: "Maya Ellison", want: false},
		{name: "a short surname allows no edit", a: "Li Wu", b: "Li Xu", want: false},
		{name: "a first name alone is not a variant", a: "Mara Ellison", b: "Mara", want: false},
		{name: "surnames compare without case", a: "Duco van Amstel", b: "Duco Van Amstel", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := variantOf(tc.a, tc.b); got != tc.want {
				t.Errorf("variantOf(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []personView
		gap  string
	}{
		{
			name: "a first name after the full name is an alias",
			body: "Mara Ellison gave a talk called ‘Scaling Ledgers’. Mara then gave a demo of the audit tool.",
			want: []personView{{Name: "Mara Ellison", Aliases: []string{"Mara"}}},
		},
		{
			name: "a misspelled surname is an alias",
			body: "Mara Ellison gave a talk called ‘Scaling Ledgers’. Later, Mara Elison answered questions from the audience.",
			want: []personView{{Name: "Mara Ellison", Aliases: []string{"Mara Elison"}}},
		},
		{
			name: "an adverb opening the sentence is not part of the speaker's name",
			body: "Afterwards Mara Ellison presented ‘Query Planning’.",
			want: []personView{{Name: "Mara Ellison"}},
		},
		{
			name: "a full name after a first name becomes the canonical name",
			body: "Mara gave a talk called ‘Scaling Ledgers’. Mara Ellison has worked on ledgers for a decade.",
			want: []personView{{Name: "Mara Ellison", Aliases: []string{"Mara"}}},
		},
		{
			name: "names with particles are one person",
			body: "Tamara de Heij gave a talk called ‘Privacy by Design’. Duco van Amstel gave a talk called ‘Bazel at Scale’. Thomas in't Veld gave a talk called ‘Monorepo Myths’.",
			want: []personView{{Name: "Tamara de Heij"}, {Name: "Duco van Amstel"}, {Name: "Thomas in't Veld"}},
		},
		{
			name: "a linked profile name is the speaker",
			body: "[Lena Forsberg](https://twitter.com/lenaforsberg) gave a talk about build caches.",
			want: []personView{{Name: "Lena Forsberg"}},
		},
		{
			name: "a first name shared by two people is nobody's alias",
			body: "Mara Ellison presented ‘Scaling Ledgers’. Mara Quint presented ‘Chaos Drills’. Mara had brought stickers for everyone.",
			want: []personView{{Name: "Mara Ellison"}, {Name: "Mara Quint"}},
		},
		{
			name: "two people who share a first name and close surnames stay two people",
			body: "Anna Berg presented ‘Feature Flags at Scale’. Anna Borg presented ‘Columnar Storage Basics’.",
			want: []personView{{Name: "Anna Berg"}, {Name: "Anna Borg"}},
		},
		{
			name: "a first name that is also a city is a person",
			body: "Everett Smith presented ‘Typed Pipelines’. Sydney Marsh presented ‘Chaos Drills’.",
			want: []personView{{Name: "Everett Smith"}, {Name: "Sydney Marsh"}},
		},
		{
			name: "a city is not a person",
			body: "In Denver, Mara Ellison gave a talk about ledgers.",
			want: []personView{{Name: "Mara Ellison"}},
		},
		{
			name: "a technology that ends a sentence's subject is not a person",
			body: "Docker Compose was also discussed.",
			want: nil,
		},
		{
			name: "a technology discussed at length is not a person",
			body: "Kafka Streams was discussed at length.",
			want: nil,
		},
		{
			name: "companies that present are not people",
			body: "Engineers from Quillfeather Labs and Northwind Systems presented their migration stories.",
			want: nil,
		},
		{
			name: "a technology whose first word is a common word is not a person",
			body: "Open Policy Agent was discussed next.",
			want: nil,
		},
		{
			name: "a company linked to its own site is not a person",
			body: "[Copper Finch](https://copperfinch.io) presented their migration story.",
			want: nil,
			gap:  "a company linked to its own site whose name looks like a person's name (Copper Finch) is taken for a speaker",
		},
		{
			name: "a well-known company that presents is not a person",
			body: "Red Hat presented its roadmap for the year.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "people", recap(tc.body))
			got := peopleOf(r)
			// this table is about names, not affiliations
			for i := range got {
				got[i].Companies = nil
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q).People mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestWithoutNicknames(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{name: "a nickname in straight quotes", text: `Ana "Ace" Lima spoke first.`, want: "Ana Lima spoke first."},
		{name: "a nickname of two words in curly quotes", text: "Then Bo “The Hammer” Chen took the stage.", want: "Then Bo Chen took the stage."},
		{name: "a nickname in single quotes", text: "Hosted by Carla 'CJ' Jensen.", want: "Hosted by Carla Jensen."},
		{name: "two names with nicknames", text: `Ana "Ace" Lima and Bo "Bobo" Chen`, want: "Ana Lima and Bo Chen"},
		{name: "a quoted title after a verb stays", text: `Ana presented "Queues" at Initech.`, want: `Ana presented "Queues" at Initech.`},
		{name: "a quoted word after a word that is no given name stays", text: `Initech "Cloud" Summit`, want: `Initech "Cloud" Summit`},
		{name: "a quoted title before a lower-case word stays", text: `Bo "Queues" was fun`, want: `Bo "Queues" was fun`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &document.Document{Blocks: []document.Block{{Kind: document.Paragraph, Text: tt.text}}}
			if got := withoutNicknames(doc).Blocks[0].Text; got != tt.want {
				t.Errorf("withoutNicknames(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNicknameIndexAgrees checks that nicknameIndex finds what the nickname expression finds
// on the whole text, where the text puts other quotes, names and line breaks around a nickname.
func TestNicknameIndexAgrees(t *testing.T) {
	parts := []string{`Ana "Ace" Lima`, "Bo “The Hammer” Chen", "Carla 'CJ' Jensen", "D'Arcy 'Dee' Novak", `called "Queues" and`,
		"‘Scaling Ledgers’", "Ana\n'Ace' Lima", "x", "Ana  'Ace' Lima", "O'Neil", "Ana 'ace' Lima", "Ana “Ace Two Three” Lima", "  ", "\n", "Ínes ‘Íí’ Ñúñez", "(Ana 'Ace' Lima)"}
	var texts []string
	for _, a := range parts {
		for _, b := range parts {
			texts = append(texts, a+" "+b, a+b, b+", "+a+" said "+b)
		}
	}
	for _, text := range texts {
		if got, want := nicknameIndex(text), nickname.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Errorf("nicknameIndex(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestNicknamesInsideNames(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{name: "a listing, the speaker with a nickname", body: "## Agenda\n\n- Sharding the Ledger - Ana \"Ace\" Lima\n", want: []string{"Sharding the Ledger | Ana Lima"}},
		{name: "a quoted title by a speaker with a nickname", body: "## Agenda\n\n- \"Queues at Rest\" by Bo \"Bobo\" Chen (Initech)\n", want: []string{"Queues at Rest | Bo Chen (Initech)"}},
		{name: "prose", body: "Then Carla \"CJ\" Jensen talked about \"Fuzzing the Parser\" and it was great.\n", want: []string{"Fuzzing the Parser | Carla Jensen"}},
		{name: "a link inside the block keeps its text", body: "## Agenda\n\n- [Sharding the Ledger](https://example.org/s) - Ana \"Ace\" Lima\n", want: []string{"Sharding the Ledger | Ana Lima"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talkViews(extractText(t, "post", recap(tt.body)))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

func TestNotAPersonStreets(t *testing.T) {
	x := parseBlocks(t, "A post.")
	tests := []struct {
		text string
		want bool
	}{
		{"Hawkin St", true},
		{"Quay Road", true},
		{"Harbour St.", true},
		{"Ana Lima", false},
		{"Stella Roadman", false},
	}
	for _, tt := range tests {
		if got := x.notAPerson(tt.text); got != tt.want {
			t.Errorf("notAPerson(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNameRefSize keeps a mention within the size it was brought down to: the memo of nearly
// every sentence of a post keeps the sentence's mentions.
func TestNameRefSize(t *testing.T) {
	if got, want := unsafe.Sizeof(nameRef{}), uintptr(56); got > want {
		t.Errorf("unsafe.Sizeof(nameRef{}) = %d, want at most %d", got, want)
	}
}

func TestSlugName(t *testing.T) {
	tests := []struct {
		href, given, want string
	}{
		{"https://example.org/team/ana-lima/", "Ana", "Ana Lima"},
		{"https://example.org/people/ana_de_lima", "Ana", "Ana De Lima"},
		{"https://example.org/team/bo-chen/", "Ana", ""},
		{"https://example.org/blog/queues-done-right/", "Ana", ""},
		{"https://example.org/team/ana/", "Ana", ""},
		{"https://example.org/team/ana-maria-lima-costa/", "Ana", ""},
	}
	for _, tt := range tests {
		if got := slugName(tt.href, tt.given); got != tt.want {
			t.Errorf("slugName(%q, %q) = %q, want %q", tt.href, tt.given, got, tt.want)
		}
	}
}
