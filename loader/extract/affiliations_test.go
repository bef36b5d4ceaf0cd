package extract

import (
	"github.com/google/go-cmp/cmp"
	"strings"
	"testing"
)

func TestAffiliations(t *testing.T) {
	tests := []struct {
		name   string
		author string // the post's front-matter author; NimbusOps when empty
		fm     string // more front matter
		body   string
		want   map[string][]string // speaker -> companies
		gap    string
	}{
		{
			name: "a speaker from a company works there",
			body: "Mara Ellison from Quillfeather Labs gave a talk about ledgers.",
			want: map[string][]string{"Mara Ellison": {"Quillfeather Labs"}},
		},
		{
			name: "two speakers from one company both work there",
			body: "Mara Ellison and Tomas Reyes from Quillfeather Labs began with a talk called ‘Scaling Ledgers’.",
			want: map[string][]string{"Mara Ellison": {"Quillfeather Labs"}, "Tomas Reyes": {"Quillfeather Labs"}},
		},
		{
			name: "a speaker from a linked company works there",
			body: "Ines Varga from [Tidepool](https://tidepool.dev) presented ‘Zero Downtime Schema Changes’.",
			want: map[string][]string{"Ines Varga": {"Tidepool"}},
		},
		{
			name: "a speaker from the city of a city works for the city",
			body: "Dario Fenn from the City of Oslo then gave a case study on how the town hall went to the cloud.",
			want: map[string][]string{"Dario Fenn": {"City of Oslo"}},
		},
		{
			name: "a speaker from an institute works for the whole institute",
			body: "Mara Ellison from the Open Data Institute gave a talk about ledgers.",
			want: map[string][]string{"Mara Ellison": {"Open Data Institute"}},
		},
		{
			name: "a company's speaker works there",
			body: "Quillfeather's Mara Ellison gave a talk about ledgers.",
			want: map[string][]string{"Mara Ellison": {"Quillfeather"}},
		},
		{
			name: "a company in parentheses after a speaker is their employer",
			body: "Mara Ellison (Quillfeather) gave a talk about ledgers.",
			want: map[string][]string{"Mara Ellison": {"Quillfeather"}},
		},
		{
			name: "a speaker of a backed company with a linked name works for the linked company",
			body: "The evening closed with a talk from Priya Nandakumar of Seed-backed [Larkspur Foods](https://larkspur.example). Priya showed how Larkspur uses its data.",
			want: map[string][]string{"Priya Nandakumar": {"Larkspur Foods"}},
		},
		{
			name: "a speaker of a backed company works for the company, not the backer",
			body: "Mara Ellison of Rocket-backed Quillfeather gave a talk about ledgers.",
			want: map[string][]string{"Mara Ellison": {"Quillfeather"}},
		},
		{
			name: "a role at a company before the speaker's name is their employer",
			body: "Head of Platform at Northwind, Jonas Whitfield said the migration took a year. Jonas Whitfield gave a talk about it.",
			want: map[string][]string{"Jonas Whitfield": {"Northwind"}},
		},
		{
			name: "a handle with a region names the company",
			body: "Jonas Whitfield from @AcmeCloud_UKI gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": {"Acme Cloud"}},
		},
		{
			name: "our very own speaker works for the blog's organization",
			body: "Our very own Jonas Whitfield gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": {"NimbusOps"}},
		},
		{
			name:   "our very own speaker on a personal blog has no stated company",
			author: "Mara Ellison",
			body:   "Our very own Jonas Whitfield gave a talk about the migration.",
			want:   map[string][]string{"Jonas Whitfield": nil},
		},
		{
			name: "the speaker's company named in the talk's paragraph is their employer",
			body: "Jonas Whitfield gave a talk about the migration. He showed how his company Tidepool runs everything on spot instances.",
			want: map[string][]string{"Jonas Whitfield": {"Tidepool"}},
		},
		{
			name: "a tool used at a company in the speaker's talk implies the company",
			body: "Jonas Whitfield gave a talk about how Metabase is used at Tidepool to track churn.",
			want: map[string][]string{"Jonas Whitfield": {"Tidepool"}},
		},
		{
			name: "a city the speaker comes from is not a company",
			body: "Ravi Menon from Barcelona gave a talk about compilers.",
			want: map[string][]string{"Ravi Menon": nil},
		},
		{
			name: "a country the speaker comes from is not a company",
			body: "Ravi Menon from Portugal gave a talk about compilers.",
			want: map[string][]string{"Ravi Menon": nil},
		},
		{
			name: "a sponsor thanked by the speaker is not their company",
			body: "Ravi Menon gave a talk about compilers. Thanks to Northwind for the pizza.",
			want: map[string][]string{"Ravi Menon": nil},
		},
		{
			name: "a founder of a lower-case project is not employed by it",
			body: "Jonas Whitfield, the founder of tidepool, gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": nil},
		},
		{
			name: "the founder of a company works there",
			body: "Jonas Whitfield, the founder of Tidepool, gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": {"Tidepool"}},
		},
		{
			name: "a principal engineer at a company between commas works there",
			body: "Then Jonas Whitfield, a principal engineer at Northwind, gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": {"Northwind"}},
		},
		{
			name: "a principal engineer at a company between dashes works there",
			body: "Then Jonas Whitfield - a principal engineer at Northwind - gave a talk about the migration.",
			want: map[string][]string{"Jonas Whitfield": {"Northwind"}},
		},
		{
			name: "a role and a company in parentheses after a listed speaker give the company",
			body: "## Day one\n\n- Ledgers at scale, by Mara Ellison (Staff Engineer, Quillfeather Labs)\n- Tidy schemas, by Tomas Reyes (Head of Research, Northwind)\n",
			want: map[string][]string{"Mara Ellison": {"Quillfeather Labs"}, "Tomas Reyes": {"Northwind"}},
		},
		{
			name: "a role alone in parentheses after a listed speaker gives no company",
			body: "## Day one\n\n- Ledgers at scale, by Mara Ellison (Director of Platform Engineering)\n- Tidy schemas, by Tomas Reyes (Leadership & Career Coach)\n",
			want: map[string][]string{"Mara Ellison": nil, "Tomas Reyes": nil},
		},
		{
			name: "a handle before the company in parentheses is not part of the company",
			body: "## Day one\n\n- Ledgers at scale by Mara Ellison (@mellison, Quillfeather Labs)\n",
			want: map[string][]string{"Mara Ellison": {"Quillfeather Labs"}},
		},
		{
			name: "a talk's title after a speaker in front matter is no company",
			body: "## Mara Ellison: Ledgers at Scale\n\nShe told us how the ledgers grew.",
			fm:   "speakers:\n- Mara Ellison - Ledgers at scale\n",
			want: map[string][]string{"Mara Ellison": nil},
		},
		{
			name: "a member of a team at a company's office works for the company",
			body: "Jonas Whitfield, a member of the compiler team at Initech NY, gave a talk about escape analysis.",
			want: map[string][]string{"Jonas Whitfield": {"Initech"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			author := tc.author
			if author == "" {
				author = "NimbusOps"
			}
			src := withFrontMatter("Notes from the community", author, "2021-05-10", tc.body)
			if tc.fm != "" {
				src = strings.Replace(src, "---\n", "---\n"+tc.fm, 1)
			}
			r := extractText(t, "affiliations", src)
			got := companiesOf(r)
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) companies mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestHandleName(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"AcmeCloud_UKI", "Acme Cloud"},
		{"NorthwindHQ", "Northwind"},
		{"TidepoolApp", "Tidepool"},
		{"quill_feather_dev", "quill feather"},
		{"ACME", "ACME"},
		{"BRWLabs", "BRW Labs"},
		{"Official", "Official"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := handleName(tc.in); got != tc.want {
				t.Errorf("handleName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestEmployerPart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"a company alone is kept", "Quillfeather Labs", "Quillfeather Labs"},
		{"a role before the company is dropped", "CTO, Quillfeather Labs", "Quillfeather Labs"},
		{"a role of several words before the company is dropped", "Senior Engineering Manager, Northwind", "Northwind"},
		{"a role and a department before the company are dropped", "Sr. Director, Platform Engineering, Tidepool", "Tidepool"},
		{"a department left of a role is dropped", "Research, Northwind", "Northwind"},
		{"joined roles before the company are dropped", "CEO & Co-Founder, Tidepool", "Tidepool"},
		{"a company whose name holds a role word is kept", "Author, The Curious Engineer", "The Curious Engineer"},
		{"a company with a legal suffix after a comma is kept whole", "Northwind, Inc.", "Northwind, Inc."},
		{"a role alone is no company", "Engineering Manager", ""},
		{"a department alone is no company", "Developer Relations", ""},
		{"joined roles alone are no company", "Leadership & Career Coach", ""},
		{"an empty value stays empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := employerPart(tc.in); got != tc.want {
				t.Errorf("employerPart(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestOrgAt(t *testing.T) {
	tests := []struct {
		name string
		body string
		at   string // the word the organization starts at
		want string
		ok   bool
	}{
		{name: "capitalized words are one organization", body: "She is from Quillfeather Labs now.", at: "Quillfeather", want: "Quillfeather Labs", ok: true},
		{name: "of and & join the words of a name", body: "He is from Procter & Gamble and City of Oslo.", at: "City", want: "City of Oslo", ok: true},
		{name: "a leading the is skipped", body: "She is from the Quillfeather Foundation.", at: "the", want: "Quillfeather Foundation", ok: true},
		{name: "a backed modifier is dropped", body: "She is from Rocket-backed Quillfeather.", at: "Rocket-backed", want: "Quillfeather", ok: true},
		{name: "a backed modifier before a linked name is dropped", body: "She is from Seed-backed [Larkspur Foods](https://larkspur.example).", at: "Seed-backed", want: "Larkspur Foods", ok: true},
		{name: "a based modifier before a linked name is dropped", body: "He is from Lisbon-based [Tidepool](https://tidepool.example).", at: "Lisbon-based", want: "Tidepool", ok: true},
		{name: "a handle is a name", body: "She is from @NorthwindHQ today.", at: "@NorthwindHQ", want: "Northwind", ok: true},
		{name: "a linked text is one name", body: "She is from [Quill feather](https://quillfeather.io).", at: "Quill", want: "Quill feather", ok: true},
		{name: "a city is not an organization", body: "She is from Barcelona originally.", at: "Barcelona", ok: false},
		{name: "a country is not an organization", body: "She is from Portugal originally.", at: "Portugal", ok: false},
		{name: "a lower-case word is not an organization", body: "She is from tidepool originally.", at: "tidepool", ok: false},
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
			o, ok := x.orgAt(s, i)
			if ok != tc.ok || ok && o.name != tc.want {
				t.Errorf("orgAt(%q, %q) = %q, %v, want %q, %v", s.text, tc.at, o.name, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestWritersColleagues: the speakers a company's blog lists as its own people work there.
func TestWritersColleagues(t *testing.T) {
	tests := []struct {
		name, author, body string
		want               map[string][]string
	}{
		{
			name:   "a company's blog lists its people's talks",
			author: "Initech Engineering",
			body: "We've had a busy year at Initech. Our engineers gave talks in Porto, Tartu and Oslo this spring.\n\n" +
				"* Ana Lima spoke at the Porto JUG about [Quiet Queues](https://speakerdeck.com/alima/quiet-queues).\n" +
				"* Bo Chen (Globex) spoke at Tartu Rust Days about [Sorting Without Tears](https://speakerdeck.com/bchen/sorting).\n" +
				"* Cy Dunn spoke at Oslo Go Nights about [Ports and Adapters](https://speakerdeck.com/cdunn/ports).\n",
			want: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Globex"}, "Cy Dunn": {"Initech"}},
		},
		{
			name:   "a user group's blog about its speakers names no employer",
			author: "Porto JUG",
			body: "We had a busy year at Porto JUG. Our speakers came from all over.\n\n" +
				"* Ana Lima spoke at the Porto JUG about [Quiet Queues](https://speakerdeck.com/alima/quiet-queues).\n",
			want: map[string][]string{"Ana Lima": {}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "blog", withFrontMatter("Our talks this year", tt.author, "2031-08-01", tt.body))
			got := map[string][]string{}
			for _, p := range r.People {
				got[p.Name] = append([]string{}, p.Companies...)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Extract() companies differ (-want +got):\n%s", d)
			}
		})
	}
}
