package extract

import (
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWarnings(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		reasons []string
	}{
		{
			name:    "an agenda slot without a readable speaker is a warning",
			body:    "## Agenda\n\n- 18:30 - Tracing Without Tears\n- 19:15 - Fuzzing the Parser by Bo Chen\n- 20:00 - Drinks\n",
			reasons: []string{"an agenda slot with no speaker that could be read"},
		},
		{
			name:    "a listing line whose parts cannot be told apart is a warning",
			body:    "Talks:\n\n- “Tracing Without Tears” and friends, a story in two parts\n- Fuzzing the Parser by Bo Chen\n",
			reasons: []string{"a listing line whose title and speakers could not be told apart"},
		},
		{
			name:    "a post that speaks of talks and yields none is a warning",
			body:    "The talks were great. Our speakers came prepared and the agenda ran on time.\n",
			reasons: []string{"the post speaks of talks, speakers or an agenda (3 mentions) but no talk could be read"},
		},
		{
			name:    "a post that speaks of talks in another language and yields none is a warning",
			body:    "As palestras foram ótimas e os palestrantes responderam a todas as perguntas.\n",
			reasons: []string{"the post speaks of talks, speakers or an agenda (2 mentions) but no talk could be read"},
		},
		{
			name:    "an agenda of timed slots that yields no talk is a warning",
			body:    "## 09:00 ~ 09:30\n\nAbertura e boas-vindas\n\n## 09:30 ~ 10:15\n\nArquitetura sem pressa\n\n## 10:15 ~ 11:00\n\nTestes sem dor\n",
			reasons: []string{"the post has an agenda of 3 timed slots but no talk could be read"},
		},
		{
			name:    "a schedule line whose talk the post states with its speaker is no warning",
			body:    "## Schedule\n\n- 18:30 Tracing Without Tears in Production\n- 19:15 Fuzzing the Parser by Bo Chen\n\n## The talks\n\n**Tracing Without Tears in Production** with Ana Lima (Northwind)\n",
			reasons: nil,
		},
		{
			name:    "a post that reads whole has no warning",
			body:    "## Agenda\n\n- 18:00 - Doors open\n- 18:30 - Tracing Without Tears by Ana Lima\n- 19:15 - Fuzzing the Parser by Bo Chen\n",
			reasons: nil,
		},
		{
			name:    "a post about something else has no warning",
			body:    "We moved to a new office last week and the coffee is better.\n",
			reasons: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			var got []string
			for _, w := range r.Warnings {
				got = append(got, w.Reason)
			}
			if d := diff(tt.reasons, got); d != "" {
				t.Errorf("Extract() warnings differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestTalksPageThatYieldsNoneWarns(t *testing.T) {
	r := extractText(t, "post", withFrontMatter("Talks", "", "", "Some things I said in public.\n\n- Notes on notes, somewhere, sometime\n"))
	if len(r.Talks) != 0 {
		t.Fatalf("Extract() talks = %+v, want none", talksOf(r))
	}
	found := false
	for _, w := range r.Warnings {
		found = found || w.Text == "" && w.Reason != ""
	}
	if !found {
		t.Errorf("Extract() warnings = %+v, want one for the page titled Talks that yields no talk", r.Warnings)
	}
}

// TestTalkMentionsAgrees checks that talkMentions counts what talkMention finds in the whole
// text, and that talkMention can match no space, which talkMentions counts on.
func TestTalkMentionsAgrees(t *testing.T) {
	shared := map[string]int{} // as warnings shares it among the blocks of a post
	for _, text := range []string{
		"", "talks", "Two talks and a keynote.\n\nThe line-up: speakers, sessions",
		"Talks\ttalks\nTALKS  talk-talk", "vorträge und Referentinnen", "講演 と 発表", "講演発表", "ſessions",
		"a stalk of talkers", " talk ", "talk\u00a0talk", "(talks)", "talks,speakers", "\u212aeynote",
		strings.Repeat("Two talks and a keynote by Ana Lima (Initech), ", 200),
	} {
		want := len(talkMention.FindAllStringIndex(text, -1))
		if got := talkMentions(text, map[string]int{}); got != want {
			t.Errorf("talkMentions(%q) = %d, want %d", text, got, want)
		}
		if got := talkMentions(text, shared); got != want {
			t.Errorf("talkMentions(%q) after other blocks = %d, want %d", text, got, want)
		}
	}
	re, err := syntax.Parse(talkMention.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			t.Errorf("talkMention matches any character (%v), a space too", re)
		case syntax.OpLiteral:
			if slices.ContainsFunc(re.Rune, unicode.IsSpace) {
				t.Errorf("talkMention matches a space (%v)", re)
			}
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for _, sp := range []rune{' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000} {
					if re.Rune[i] <= sp && sp <= re.Rune[i+1] {
						t.Errorf("talkMention matches a space (%v)", re)
					}
				}
			}
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	walk(re)
}
