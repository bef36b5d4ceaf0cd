package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a title before a name does not end the sentence",
			text: "Dr. Mara Ellison opened the evening. Then we had pizza.",
			want: []string{"Dr. Mara Ellison opened the evening.", "Then we had pizza."},
		},
		{
			name: "a company suffix does not end the sentence",
			text: "Quillfeather Inc. CEO Mara Ellison opened the evening. Then we had pizza.",
			want: []string{"Quillfeather Inc. CEO Mara Ellison opened the evening.", "Then we had pizza."},
		},
		{
			name: "initials do not end the sentence",
			text: "The keynote by J. R. Okafor was sold out. Everyone stayed.",
			want: []string{"The keynote by J. R. Okafor was sold out.", "Everyone stayed."},
		},
		{
			name: "a dotted name stays one word",
			text: "We used Boost.Compute for the demo. It was fast.",
			want: []string{"We used Boost.Compute for the demo.", "It was fast."},
		},
		{
			name: "a closing quote belongs to the sentence it ends",
			text: "She called it “Go is fun.” Then she left.",
			want: []string{"She called it “Go is fun.”", "Then she left."},
		},
		{
			name: "a closing bracket belongs to the sentence it ends",
			text: "See the slides (they are online.) Then go home.",
			want: []string{"See the slides (they are online.)", "Then go home."},
		},
		{
			name: "questions and exclamations end sentences",
			text: "Was it good? Yes! It was great.",
			want: []string{"Was it good?", "Yes!", "It was great."},
		},
		{
			name: "a period before a lower-case word does not end the sentence",
			text: "The talk ended at 9 p.m. and we left.",
			want: []string{"The talk ended at 9 p.m. and we left."},
		},
		{
			name: "version numbers do not end sentences",
			text: "Version 1.2 shipped. Version 2.0 is next.",
			want: []string{"Version 1.2 shipped.", "Version 2.0 is next."},
		},
		{
			name: "a sentence may start with a digit or a quote",
			text: "We met at six. 40 people came. ‘Great talk’ was heard often.",
			want: []string{"We met at six.", "40 people came.", "‘Great talk’ was heard often."},
		},
		{
			name: "a text without a final period is one sentence",
			text: "Slides and videos below",
			want: []string{"Slides and videos below"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range sentencesOf(document.Block{Kind: document.Paragraph, Text: tc.text}, 0) {
				got = append(got, s.text)
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("sentencesOf(%q) mismatch (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

// TestSplitSentencesAtDatedLines: a line break after a short dated line ends a sentence when
// a sentence follows, so that the place on the dated line does not run into a name.
func TestSplitSentencesAtDatedLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		at   int // the break, as an offset in text
		want []string
	}{
		{
			name: "a month and year, then a place, over a sentence",
			text: "May 2031, Tartu Gophers Ana Lima spoke about queues. Bo Chen joined her.",
			at:   len("May 2031, Tartu Gophers "),
			want: []string{"May 2031, Tartu Gophers", "Ana Lima spoke about queues.", "Bo Chen joined her."},
		},
		{
			name: "a date in numbers over a sentence",
			text: "2031-05-14 Initech Ana Lima spoke about queues.",
			at:   len("2031-05-14 Initech "),
			want: []string{"2031-05-14 Initech", "Ana Lima spoke about queues."},
		},
		{
			name: "a dated line over a title set apart is one item",
			text: "May 2031 - Everyone Open Space Evening",
			at:   len("May 2031 - Everyone "),
			want: []string{"May 2031 - Everyone Open Space Evening"},
		},
		{
			name: "a line of prose that wraps is one sentence",
			text: "We met on a rainy evening and Ana Lima spoke about queues.",
			at:   len("We met on a rainy evening and "),
			want: []string{"We met on a rainy evening and Ana Lima spoke about queues."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range sentencesOf(document.Block{Kind: document.ListItem, Text: tc.text, Breaks: []int{tc.at}}, 0) {
				got = append(got, s.text)
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("sentencesOf(%q) mismatch (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

func TestSplitSentencesKeepsLinkTextWhole(t *testing.T) {
	text := "Read Part 1. The Basics on our blog. Then read part two."
	start := strings.Index(text, "Part 1.")
	end := start + len("Part 1. The Basics")
	b := document.Block{Kind: document.Paragraph, Text: text, Links: []document.Link{{Start: start, End: end, Href: "https://example.org/part-1"}}}
	var got []string
	for _, s := range sentencesOf(b, 0) {
		got = append(got, s.text)
	}
	want := []string{"Read Part 1. The Basics on our blog.", "Then read part two."}
	if d := diff(want, got); d != "" {
		t.Errorf("sentencesOf(%q) mismatch (-want +got):\n%s", text, d)
	}
	if s := sentencesOf(b, 0)[0]; len(s.links) != 1 || s.text[s.links[0].Start:s.links[0].End] != "Part 1. The Basics" {
		t.Errorf("sentencesOf(%q)[0].links = %+v, want one link over %q", text, s.links, "Part 1. The Basics")
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a possessive 's is its own token",
			text: "Quillfeather's API",
			want: []string{"Quillfeather", "'s", "API"},
		},
		{
			name: "a curly possessive is written as a straight 's",
			text: "Selma’s demo",
			want: []string{"Selma", "'s", "demo"},
		},
		{
			name: "an apostrophe after a final s is punctuation",
			text: "Jonas’ talk",
			want: []string{"Jonas", "’", "talk"},
		},
		{
			name: "a particle with an apostrophe stays one word",
			text: "Thomas in't Veld",
			want: []string{"Thomas", "in't", "Veld"},
		},
		{
			name: "an apostrophe inside a surname stays in the word",
			text: "Aoife O'Brien",
			want: []string{"Aoife", "O'Brien"},
		},
		{
			name: "inner joiners keep a word whole",
			text: "CI/CD and Node.js in Kitchener-Waterloo with Boost.Compute",
			want: []string{"CI/CD", "and", "Node.js", "in", "Kitchener-Waterloo", "with", "Boost.Compute"},
		},
		{
			name: "handles and hashtags are words",
			text: "thanks @AcmeCloud_UKI and #gophers!",
			want: []string{"thanks", "@AcmeCloud_UKI", "and", "#gophers", "!"},
		},
		{
			name: "a lone at sign is punctuation",
			text: "drinks @ the bar",
			want: []string{"drinks", "@", "the", "bar"},
		},
		{
			name: "quotes and trailing periods are their own tokens",
			text: "presented ‘Scaling Ledgers.’",
			want: []string{"presented", "‘", "Scaling", "Ledgers", ".", "’"},
		},
		{
			name: "a trailing joiner is punctuation",
			text: "front- and back-end",
			want: []string{"front", "-", "and", "back-end"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tc.text, nil, nil) {
				got = append(got, tok.text())
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("tokenize(%q) mismatch (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

func TestTokenizeMarksCapitalsLinksAndEmphasis(t *testing.T) {
	_, s := firstSentence(t, "Selma made a talk on **Type Safe Flags** with [@flagkit](https://github.com/flagkit) and _some_ luck.")
	type flags struct {
		Text       string
		Word, Cap  bool
		Link       bool
		Strong, Em bool
	}
	var got []flags
	for _, tok := range s.tokens {
		got = append(got, flags{Text: tok.text(), Word: tok.word, Cap: tok.cap, Link: tok.link >= 0, Strong: tok.strong, Em: tok.em})
	}
	want := []flags{
		{Text: "Selma", Word: true, Cap: true},
		{Text: "made", Word: true},
		{Text: "a", Word: true},
		{Text: "talk", Word: true},
		{Text: "on", Word: true},
		{Text: "Type", Word: true, Cap: true, Strong: true},
		{Text: "Safe", Word: true, Cap: true, Strong: true},
		{Text: "Flags", Word: true, Cap: true, Strong: true},
		{Text: "with", Word: true},
		{Text: "@flagkit", Word: true, Link: true},
		{Text: "and", Word: true},
		{Text: "some", Word: true, Em: true},
		{Text: "luck", Word: true},
		{Text: "."},
	}
	if d := diff(want, got); d != "" {
		t.Errorf("tokens of %q mismatch (-want +got):\n%s", s.text, d)
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "curly single quotes enclose a title",
			text: "Mara presented ‘Scaling Ledgers’ last night.",
			want: []string{"Scaling Ledgers"},
		},
		{
			name: "straight double quotes enclose a title",
			text: `Mara presented "Scaling Ledgers" last night.`,
			want: []string{"Scaling Ledgers"},
		},
		{
			name: "an apostrophe inside a word is not a quote",
			text: "Canada’s communities and ‘Scaling Ledgers’ both came up.",
			want: []string{"Scaling Ledgers"},
		},
		{
			name: "an unbalanced quote encloses nothing",
			text: "Mara presented “Scaling Ledgers and left early.",
			want: nil,
		},
		{
			name: "two quoted titles are two ranges",
			text: "They presented «Fuzzing Parsers» and “Chaos Drills”.",
			want: []string{"Fuzzing Parsers", "Chaos Drills"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range quotes(tc.text) {
				got = append(got, tc.text[q[0]:q[1]])
			}
			if d := diff(tc.want, got); d != "" {
				t.Errorf("quotes(%q) mismatch (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "a period caught inside the quotes goes", in: "Build Your Own Ledger.", want: "Build Your Own Ledger"},
		{name: "emoji that open and end a title go", in: "☕️ Full stack queues, from dev to prod 🏗️", want: "Full stack queues, from dev to prod"},
		{name: "an emoji inside a title stays", in: "All my 🖤 to Ada", want: "All my 🖤 to Ada"},
		{name: "surrounding quotes go", in: "“Chaos Drills”", want: "Chaos Drills"},
		{name: "a comma and spaces go", in: "  Fuzzing Parsers, ", want: "Fuzzing Parsers"},
		{name: "inner punctuation stays", in: "Autoscaling in Reality: Lessons Learned", want: "Autoscaling in Reality: Lessons Learned"},
		{name: "bold marks Markdown left unclosed go", in: "**Sharding the Ledger **", want: "Sharding the Ledger"},
		{name: "a kind of talk in brackets goes", in: "[PANEL] What Comes After REST", want: "What Comes After REST"},
		{name: "a fireside chat's bracket goes", in: "[Fireside chat] Ten Years of Queues", want: "Ten Years of Queues"},
		{name: "a leading ISO date goes", in: "2031-04-15 Ten Years of Queues", want: "Ten Years of Queues"},
		{name: "a leading dotted date and its dash go", in: "15.04.2031 - Ten Years of Queues", want: "Ten Years of Queues"},
		{name: "a leading year alone stays", in: "2031 in Review", want: "2031 in Review"},
		{name: "a date alone stays for the readers that drop it", in: "2031-04-15", want: "2031-04-15"},
		{name: "a bracket that is the title's own stays", in: "[WIP] Notes on Ranking", want: "[WIP] Notes on Ranking"},
		{name: "bold marks inside the title stay", in: "Why **not** YAML", want: "Why **not** YAML"},
		{name: "notes in brackets after a quoted title go", in: "“Queues Done Right” (slides, video)", want: "Queues Done Right"},
		{name: "a recording's bracket after straight quotes goes", in: "\"Errors Are Values\" [recording]", want: "Errors Are Values"},
		{name: "a dash and a description after a quoted title go", in: "„Sortieren ohne Tränen“ – eine Tour durch sort", want: "Sortieren ohne Tränen"},
		{name: "a capitalized part after the quotes is the title's", in: "\"Done\" Is a Lie", want: "\"Done\" Is a Lie"},
		{name: "a dash and a subtitle after the quotes stay", in: "“Queues” – Ten Years On", want: "“Queues” – Ten Years On"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanTitle(tc.in); got != tc.want {
				t.Errorf("cleanTitle(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLookupLower(t *testing.T) {
	m := map[string]bool{"tidepool": true, "öresund": true, "quillfeather labs": true}
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"a capitalized word is found in lower case", "Tidepool", true},
		{"an upper-case word is found", "TIDEPOOL", true},
		{"a word that is not in the map is not found", "Northwind", false},
		{"a word with letters beyond ASCII is folded as strings.ToLower folds it", "Öresund", true},
		{"words with a space are one key", "Quillfeather LABS", true},
		{"a key longer than the buffer is still folded", strings.Repeat("A", 100), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lookupLower(m, tt.in); got != tt.want {
				t.Errorf("lookupLower(m, %q) = %v, want %v", tt.in, got, tt.want)
			}
			if got, want := lookupLower(m, tt.in), m[strings.ToLower(tt.in)]; got != want {
				t.Errorf("lookupLower(m, %q) = %v, but m[strings.ToLower(%q)] = %v", tt.in, got, tt.in, want)
			}
		})
	}
	if n := testing.AllocsPerRun(100, func() { lookupLower(m, "Tidepool") }); n != 0 {
		t.Errorf("lookupLower of a short ASCII word allocates %v times, want 0", n)
	}
}

// TestLeadingDateIsNoPartOfTheTitle reads a meetup's calendar whose items open with the day
// of the talk: the date is not kept in the title.
func TestLeadingDateIsNoPartOfTheTitle(t *testing.T) {
	body := "We meet every Tuesday.\n\n## Calendar of meeting topics\n\n" +
		"- 2031-04-15 Ten Years of Queues - Ana Lima\n- 2031-04-08 [Parsers for everyone](https://example.org/p) - Bo Chen\n"
	r := extractText(t, "calendar", withFrontMatter("Weekly topics", "", "2031-04-20", body))
	want := []talkView{
		{Title: "Ten Years of Queues", Speakers: []string{"Ana Lima"}},
		{Title: "Parsers for everyone", Speakers: []string{"Bo Chen"}, URL: "https://example.org/p"},
	}
	if d := diff(want, talksOf(r)); d != "" {
		t.Errorf("talks mismatch (-want +got):\n%s", d)
	}
}

// TestNextWordAgrees checks that reading words one at a time gives the words strings.Fields
// and strings.FieldsFunc split out.
func TestNextWordAgrees(t *testing.T) {
	all := func(s string, next func(string) (string, string)) []string {
		var out []string
		for w, rest := next(s); w != ""; w, rest = next(rest) {
			out = append(out, w)
		}
		return out
	}
	notAlnum := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, s := range []string{"", " ", "Ana", "  Ana  Lima ", "Ana\u00a0Lima\u2003x\ty\nz\v\f\r", "Zürich–Genève, 4 März 2031", "a_b-c.d@e[f]", "\u0085x\u3000y", "４２ 東京"} {
		if got, want := all(s, nextWord), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("nextWord words of %q = %q, want %q", s, got, want)
		}
		if got, want := all(s, nextAlnum), strings.FieldsFunc(s, notAlnum); !slices.Equal(got, want) {
			t.Errorf("nextAlnum words of %q = %q, want %q", s, got, want)
		}
		if got, want := all(s, func(s string) (string, string) { return nextField(s, notAlnum) }), strings.FieldsFunc(s, notAlnum); !slices.Equal(got, want) {
			t.Errorf("nextField words of %q = %q, want %q", s, got, want)
		}
	}
}

// TestIsWordRuneASCII checks that isWordRune's test of an ASCII rune is Unicode's.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestToLowerAgrees checks that toLower lowers as strings.ToLower does.
func TestToLowerAgrees(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "Ana Lima", "‘Scaling Ledgers’ by ANA", "ÄÖÜ ẞ İ \u212a Σ ǅ", "x\xffY", "ſ", "München – MÜNCHEN"} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}
