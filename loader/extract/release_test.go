package extract

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// tokenView is what TestReleaseMakesBlocksAlike compares of a token.
type tokenView struct {
	Text                  string
	Start, End, Link      int32
	Word, Cap, Strong, Em bool
}

// sentenceView is what TestReleaseMakesBlocksAlike compares of a sentence.
type sentenceView struct {
	Text    string
	Tokens  []tokenView
	Names   []nameRef
	Cities  []cityRef
	Quotes  [][2]int
	Index   int32
	Section int32
}

// blockView is what x derives of the sentences of block bi.
func blockView(x *extraction, bi int) []sentenceView {
	var out []sentenceView
	for _, s := range x.block(bi) {
		v := sentenceView{Text: s.text, Names: x.names(s), Cities: x.cities(s), Quotes: s.quotes(), Index: s.index, Section: s.section}
		for _, t := range s.tokens {
			v.Tokens = append(v.Tokens, tokenView{t.text(), t.start, t.end, t.link, t.word, t.cap, t.strong, t.em})
		}
		out = append(out, v)
	}
	return out
}

// TestReleaseMakesBlocksAlike releases the block of an agenda line once its people and cities
// are read, as readStructure does, and checks that the line is released or kept as the rules
// that read every block later need, and that the block made again is what it was: the same
// text and tokens, names and cities.
func TestReleaseMakesBlocksAlike(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		released bool // the block is dropped
		memo     bool // its memo is kept
	}{
		{"table row", "| 18:30 | Scaling Queues | Ana Lima | Initech |", true, false},
		{"title by speaker", "- Scaling Queues by Ana Lima (Initech)", true, false},
		{"nested item", "    - Lightning talk: Escape Analysis", true, false},
		{"a role after the name", "- Tracing - Ana Lima, Staff Engineer at Initech", false, false},
		{"a role after a handle", "- Tracing - Ana Lima (@alima), Staff Engineer @ Initech", false, false},
		{"a dash after the name", "- Ana Lima – Tracing Without Tears", false, false},
		{"a street address", "- Venue: Harbour Street 12 in Porto", false, false},
		{"an event named after at", "- Scaling Queues by Ana Lima (Initech) at the Porto Rust Dojo", false, false},
		{"a name after a title", "- Scaling Queues by Dr. Lima (Initech)", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := parseBlocks(t, "Ana Lima writes the agenda.\n\n"+tt.line)
			x.collectPeople()
			x.owner = x.pageOwner()
			x.settled = true
			bi := len(x.blockSents) - 1
			before := blockView(x, bi)
			x.agendaBlocks.add(bi)
			x.release(bi)
			if released := x.blockSents[bi] == nil; released != tt.released {
				t.Fatalf("release(%q): released %v, want %v", tt.line, released, tt.released)
			}
			if tt.released {
				if memo := x.releasedMemo[len(x.releasedMemo)-1] != nil; memo != tt.memo {
					t.Errorf("release(%q): memo kept %v, want %v", tt.line, memo, tt.memo)
				}
			}
			if diff := cmp.Diff(before, blockView(x, bi), cmp.AllowUnexported(nameRef{}, cityRef{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("block(%d) after release(%q) differs (-before +after):\n%s", bi, tt.line, diff)
			}
		})
	}
}

// TestReleaseReadsAlike extracts posts whose agenda lines are released while they are read,
// and again with nothing released, and checks that both read the same: a rule that reads a
// block after its agenda lines are read gets it made again, as it was.
func TestReleaseReadsAlike(t *testing.T) {
	posts := map[string]string{
		"agenda table": recap("Our meetup met in Porto at Initech.\n\n| Time | Talk | Speaker | Company |\n| --- | --- | --- | --- |\n" +
			"| 18:30 | Scaling Queues | Ana Lima | Initech |\n| 19:00 | Tracing Without Tears | Bo Chen | Northwind |\n| 19:30 | Scaling Queues, Part 2 | Dr. Lima | Initech |\n"),
		"roles in a list": recap("## Porto Gophers, May 2031\n\n- Scaling Queues - Ana Lima, Staff Engineer at Initech\n" +
			"- Tracing Without Tears - Bo Chen (@bchen), Lead Developer @ Northwind\n- Quiet Queues by Cy Park (Tidepool)\n"),
		"group city only":           recap("The Porto Gophers met again.\n\n- Scaling Queues by Ana Lima (Initech)\n- Tracing Without Tears by Bo Chen (Northwind)\n\nAna Lima then took questions."),
		"event named in the agenda": recap("- Scaling Queues by Ana Lima (Initech) at Gopher Days Tartu\n- Tracing Without Tears by Bo Chen (Northwind)\n\nThanks to everyone who came to Gopher Days Tartu!"),
		"address in an item":        recap("- Scaling Queues by Ana Lima (Initech)\n- Doors open at Cowork Hub, Harbour Street 12, 4000 Porto\n"),
		"heading over its talks":    recap("## Tracing Without Tears\n\n- Bo Chen (Northwind): Tracing Without Tears\n\nBo Chen walked us through spans and he shared the slides.\n"),
	}
	t.Cleanup(func() { releasing = true })
	for name, text := range posts {
		t.Run(name, func(t *testing.T) {
			releasing = true
			released, _ := json.Marshal(extractText(t, "post", text))
			releasing = false
			kept, _ := json.Marshal(extractText(t, "post", text))
			releasing = true
			if string(released) != string(kept) {
				t.Errorf("extraction with agenda lines released differs from extraction without:\nreleased: %s\nkept:     %s", released, kept)
			}
		})
	}
}

// TestNoneFoundTakesNoMemo asks for the names, cities and quotes of sentences and checks that
// a sentence in which none are found keeps no memo, and answers the same when asked again.
func TestNoneFoundTakesNoMemo(t *testing.T) {
	tests := []struct {
		line string
		memo bool
	}{
		{"- notes", false},
		{"- [slides](https://speakerdeck.com/x/1) and the video", false},
		{"- see you next month", false},
		{"- Ana Lima", true},
		{"- We met in Porto", true},
		{"- “Quiet Queues”", true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			x, s := firstSentence(t, tt.line)
			x.settled = true
			names, cities, quotes := x.names(s), x.cities(s), s.quotes()
			if memo := s.memo != nil; memo != tt.memo {
				t.Errorf("%q: memo made %v, want %v (names %v, cities %v, quotes %v)", tt.line, memo, tt.memo, names, cities, quotes)
			}
			opts := []cmp.Option{cmp.AllowUnexported(nameRef{}, cityRef{})}
			if !cmp.Equal(x.names(s), names, opts...) || !cmp.Equal(x.cities(s), cities, opts...) || !cmp.Equal(s.quotes(), quotes) {
				t.Errorf("%q: asked again, the sentence answers otherwise", tt.line)
			}
		})
	}
}
