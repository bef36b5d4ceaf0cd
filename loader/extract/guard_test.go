package extract

import (
	"slices"
	"testing"
)

// TestGuardedAgrees checks that a guarded expression answers as the bare expression does, on
// text that holds its words in any case, text that does not, and text whose case folding is
// Unicode's.
func TestGuardedAgrees(t *testing.T) {
	exprs := map[string]guarded{"futureWords": futureWords, "materialTail": materialTail, "trailingNote": trailingNote, "statusNote": statusNote, "weGathered": weGathered, "selfIntro": selfIntro,
		"otherTime": otherTime, "myTalkWas": myTalkWas, "gaveTalks": gaveTalks, "presentingVerb": presentingVerb, "relativeDay": relativeDay,
		"speakerLabelTail": speakerLabelTail, "titleLength": titleLength, "cfpWords": cfpWords, "ourPeople": ourPeople, "ownGroupVerb": ownGroupVerb,
		"nameDate": nameDate, "headingTime": headingTime, "itemCall": itemCall, "slotLengthEnd": slotLengthEnd,
		"talkListWords": talkListWords, "lightningTalks": lightningTalks, "passiveEnd": passiveEnd, "moderatorLine": moderatorLine, "recapTail": recapTail}
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
		"Quiet Queues - Speaker", "Filas (30 min): Palestrante", "Title (20 + 5 min)", "Title (1H)", "Our CFP closes", "Call For Papers",
		"our amazing Care team", "We organised it", "I hosted the meetup", "JUG Porto 17 March", "FooConf May 3rd, 2024", "JUG Porto 17 ſept",
		"Keynote (6:40 - 7:05 PM)", "Welcome – 18:30", "Call for Papers is open", "Speakers wanted", "Want to speak?", "Packaging (~30 minutes)", "Title [5 min]",
		"Title ( 30 min )", "Title (\t5 h)", "Title (TBD)", "Title (Tentatively, in May)", "Title (Slides To Follow)", "Title (x) (video)", "Talk (6H30)", "18.30 – Doors",
		"My talks", "Conférences", "Föredrag 2031", "VORTRÄGE", "Slide Decks", "Lightning  Talks", "A short demo was given", "It Was Presented",
		"Moderator: Ana Lima", "Hosted by Bo", "Panel (moderator)", "Emcee: Bo", "FooConf 2031 - a recap", "Queues: Wrap-Up", "Trip Report",
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

// TestLiteralAgrees checks that a literal expression answers as the bare expression does.
func TestLiteralAgrees(t *testing.T) {
	exprs := map[string]literal{"weWords": weWords, "venueAfterName": venueAfterName, "slashWhen": slashWhen, "tookPlaceElsewhere": tookPlaceElsewhere,
		"slashDate": slashDate, "yearIn": yearIn}
	texts := []string{"", "we met in Oslo", "We met", "wir trafen uns", "Porto JUG (Initech), Porto", "Porto JUG Initech", "Ana Lima: Title / Wed Mar 20, 1:00 PM",
		"Title / ", "la réunion a eu lieu à Lyon", "nosotros fuimos", "10/19", "19/10/2031", "50/50", "FooConf 2019", "(2019)", "12019", "2031"}
	for name, l := range exprs {
		for _, text := range texts {
			if got, want := l.MatchString(text), l.Regexp.MatchString(text); got != want {
				t.Errorf("%s.MatchString(%q) = %v, want %v", name, text, got, want)
			}
			if got, want := l.FindStringSubmatch(text), l.Regexp.FindStringSubmatch(text); !slices.Equal(got, want) {
				t.Errorf("%s.FindStringSubmatch(%q) = %q, want %q", name, text, got, want)
			}
			if got, want := l.FindStringSubmatchIndex(text), l.Regexp.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
				t.Errorf("%s.FindStringSubmatchIndex(%q) = %v, want %v", name, text, got, want)
			}
		}
	}
}

// TestSplitPartsAgrees checks that splitParts splits as partSeps does.
func TestSplitPartsAgrees(t *testing.T) {
	for _, text := range []string{"", "FooConf", "FooConf, Tartu, Estonia, 19.05.2017", "FooConf (Tartu, May 2017)", "FooConf Tartu 2017", "A - B", "A-B", "A – B", "A ·B", "x;y"} {
		if got, want := splitParts(text), partSeps.Split(text, -1); !slices.Equal(got, want) {
			t.Errorf("splitParts(%q) = %q, want %q", text, got, want)
		}
	}
}
