package extract

import (
	"testing"
)

func TestBioAffiliations(t *testing.T) {
	tests := []struct {
		name string
		body string
		want map[string][]string // speaker -> companies
	}{
		{
			name: "a short phrase and a comma before the name",
			body: "Ana Lima gave a talk about tracing. A chemist turned Gopher, Ana Lima is a Platform Lead at Initech who rides to work.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "an adverb before the pronoun",
			body: "Ana Lima gave a talk about tracing. Ana spent her first decade in chemistry. Lately she heads QA at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a first name as the subject inside a sentence",
			body: "Bo Chen gave a talk about streams. Two moves later Bo is a Platform Lead at Umbrella and runs its on-call rota.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "a number ends a company's name",
			body: "Bo Chen gave a talk about streams. Bo is the founder of Sector 42, a small studio.",
			want: map[string][]string{"Bo Chen": {"Sector 42"}},
		},
		{
			name: "a past employer is none",
			body: "Bo Chen gave a talk about streams. Bo currently works at Umbrella as an advocate. Formerly he was a tester for Initech.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "a speaker who is a role at a company works there",
			body: "Ana Lima gave a talk about tracing. Ana Lima is a Senior Software Engineer at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a pronoun after a sentence about the speaker is the speaker",
			body: "Ana Lima gave a talk about tracing. She's the Director of Engineering at Initech, a data company.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a department inside a role is not the employer",
			body: "Ana Lima gave a talk about tracing. Ana is the Head of Product at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "works as a role at a company",
			body: "Ana Lima gave a talk about tracing. She runs a book club and works as the community lead at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "works for a company",
			body: "Bo Chen gave a talk about streams. Bo currently works for Umbrella as a consultant.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "her team at a company",
			body: "Bo Chen walked us through the approach her team at Umbrella took to streams.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "a role right after the name",
			body: "We welcomed our speaker of the day, Bo Chen co-founder of Wheelworks, who gave a talk about streams.",
			want: map[string][]string{"Bo Chen": {"Wheelworks"}},
		},
		{
			name: "a company's two speakers both work there",
			body: "Then Umbrella's Bo Chen and Ana Lima gave a talk about streams.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}, "Ana Lima": {"Umbrella"}},
		},
		{
			name: "an appositive who works for a company",
			body: "Bo Chen gave a talk about streams. We thanked Bo Chen, who works for Umbrella, for coming.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "someone who leads a team at a company works there",
			body: "Ana Lima gave a talk about tracing. Ana leads the platform team at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a role and a company in parentheses",
			body: "Ana Lima (Staff Engineer, Initech) gave a talk about tracing.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a role at a company in parentheses",
			body: "Ana Lima (Staff Engineer at Initech) gave a talk about tracing.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "engineers from a company named before them all work there",
			body: "Two engineers from Initech, Ana Lima and Bo Chen, presented their tracing setup.",
			want: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Initech"}},
		},
		{
			name: "a team at a company named before a list gives it to the whole list",
			body: "The platform team at Initech, Ana Lima and Bo Chen, talked about tracing.",
			want: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": {"Initech"}},
		},
		{
			name: "a role with @ after a handle in a listing line",
			body: "- Ana Lima (@alima), Staff Engineer @ Initech: Tracing without tears",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a handle in parentheses is not a company",
			body: "- Ana Lima (@alima): Tracing without tears",
			want: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a parenthetical without a role is not read as a role",
			body: "Ana Lima (remote, from home) gave a talk about tracing.",
			want: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a use at a company that one of two speakers tells of is not the other's employer",
			body: "Ana Lima and Bo Chen gave a talk about tracing. Later Ana Lima talked about how tracing is used at Initech.",
			want: map[string][]string{"Ana Lima": {"Initech"}, "Bo Chen": nil},
		},
		{
			name: "a place someone is based in is not an employer",
			body: "Bo Chen gave a talk about streams. Bo Chen works as a backend developer and is based in Ghent.",
			want: map[string][]string{"Bo Chen": nil},
		},
		{
			name: "a school someone attended is not an employer",
			body: "Bo Chen gave a talk about streams. She studied at Lakeside College and is a developer who loves data.",
			want: map[string][]string{"Bo Chen": nil},
		},
		{
			name: "a technology someone works with is not an employer",
			body: "Bo Chen gave a talk about streams. Bo is an engineer at heart and works with Kubernetes daily.",
			want: map[string][]string{"Bo Chen": nil},
		},
		{
			name: "a pronoun refers to the one person the sentence before names",
			body: "The evening was opened by Bo Chen. She works for Umbrella. Bo Chen gave a talk about streams.",
			want: map[string][]string{"Bo Chen": {"Umbrella"}},
		},
		{
			name: "a pronoun after a sentence naming two people refers to neither",
			body: "The evening was opened by Bo Chen and Ravi Menon. She works for Umbrella. Bo Chen gave a talk about streams.",
			want: map[string][]string{"Bo Chen": nil, "Ravi Menon": nil},
		},
		{
			name: "a pronoun after another person is named is not the speaker",
			body: "Bo Chen gave a talk about streams. Then Ravi Menon thanked the audience. He is the organizer at Umbrella.",
			want: map[string][]string{"Bo Chen": nil},
		},
		{
			name: "another person's role in the same sentence is not the speaker's",
			body: "Bo Chen gave a talk about streams. Bo thanked Ravi Menon, who is a lead engineer at Umbrella.",
			want: map[string][]string{"Bo Chen": nil},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "bios", recap(tc.body))
			got := companiesOf(r)
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) companies mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestCardAffiliations(t *testing.T) {
	tests := []struct {
		name string
		body string
		want map[string][]string
	}{
		{
			name: "a card line with a dash names the employer",
			body: "### Tracing without tears\n\n**Ana Lima** - Initech\n\nAna Lima gave a talk about tracing.",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a card line with a role between commas names the employer",
			body: "Ana Lima gave a talk about tracing.\n\nAna Lima, Staff Engineer, Initech",
			want: map[string][]string{"Ana Lima": {"Initech"}},
		},
		{
			name: "a labelled speaker line names the employer",
			body: "Ana Lima gave a talk about tracing.\n\n**Speaker:** Ana Lima, Quillfeather Labs",
			want: map[string][]string{"Ana Lima": {"Quillfeather Labs"}},
		},
		{
			name: "a talk's title after the name is not an employer",
			body: "Ana Lima gave a talk called “Tracing Basics”.\n\nAna Lima - Tracing Basics",
			want: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a long capitalized phrase after the name is not an employer",
			body: "Ana Lima gave a talk about tracing.\n\nAna Lima - Estimating Risks Of Common Outages",
			want: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a city after the name is not an employer",
			body: "Ana Lima gave a talk about tracing.\n\nAna Lima, Lisbon",
			want: map[string][]string{"Ana Lima": nil},
		},
		{
			name: "a technology after the name is not an employer",
			body: "Ana Lima gave a talk about tracing.\n\nAna Lima - Kubernetes",
			want: map[string][]string{"Ana Lima": nil},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "cards", recap(tc.body))
			got := companiesOf(r)
			if d := diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) companies mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}
