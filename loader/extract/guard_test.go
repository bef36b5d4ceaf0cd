package extract

import "testing"

// TestGuardedAgrees checks that a guarded expression answers as the bare expression does, on
// text that holds its words in any case, text that does not, and text whose case folding is
// Unicode's.
func TestGuardedAgrees(t *testing.T) {
	exprs := map[string]guarded{"futureWords": futureWords, "materialTail": materialTail, "trailingNote": trailingNote, "statusNote": statusNote, "weGathered": weGathered, "selfIntro": selfIntro,
		"otherTime": otherTime, "myTalkWas": myTalkWas, "gaveTalks": gaveTalks, "presentingVerb": presentingVerb, "relativeDay": relativeDay}
	texts := []string{
		"", "The meetup will take place in Oslo.", "The meetup WILL take place", "Next time in Bergen",
		"Save The Date: May 4", "Talk by Ana Lima (Tidepool)", "Ana Lima - Slides", "Oslo, May 4 [slides] [VIDEO].",
		"Oslo, May 4 (event)", "Oslo, May 4 (video, slides, website)", "Title (to follow)", "Title (TBD)",
		"we met in Oslo", "We met in Oslo", "diesmal trafen wir uns bei Initech in Tartu", "nous nous sommes retrouvés à Lyon", "kwamen we samen in Gent", "last week we all gathered in Lisbon", "Mara Ellison talked about hashing.",
		"Oslo, May 4 ſlides", "ſave the date", "Title (No Slides)", "coming\tup", "Title\t)",
		"Hi, my name is Ana Lima.", "MY NAME IS Ana", "my name iſ Ana", "I’m Ana Lima", "I'M Ana", "i am Ana",
		"‘Scaling Ledgers’ by Ana Lima – slides", "Ana Lima – \u212aeynote (Slides)", "we met in Oslo – again", "Next – in Bergen",
		"She gave it in Lisbon last year.", "Years ago – in Porto", "back in March", "My own talk was on ‘Quiet Queues’", "MY TALK IS CALLED Quiet",
		"I gave five talks this month", "I presented three Sessions", "Tartu JUG – speaking about “Quiet Builds”", ", giving my talk on Queues ",
		"We met yesterday", "Last Tuesday in Oslo", "This Evening – drinks", "last ſunday",
	}
	for name, g := range exprs {
		for _, text := range texts {
			if got, want := g.MatchString(text), g.Regexp.MatchString(text); got != want {
				t.Errorf("%s.MatchString(%q) = %v, want %v", name, text, got, want)
			}
			if got, want := g.FindStringIndex(text), g.Regexp.FindStringIndex(text); len(got) != len(want) || len(got) == 2 && got[0] != want[0] {
				t.Errorf("%s.FindStringIndex(%q) = %v, want %v", name, text, got, want)
			}
			if got, want := g.FindStringSubmatch(text), g.Regexp.FindStringSubmatch(text); len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
				t.Errorf("%s.FindStringSubmatch(%q) = %q, want %q", name, text, got, want)
			}
			if got, want := g.ReplaceAllString(text, ""), g.Regexp.ReplaceAllString(text, ""); got != want {
				t.Errorf("%s.ReplaceAllString(%q) = %q, want %q", name, text, got, want)
			}
		}
	}
}
