package document

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// marked writes a block as one line that shows its kind, level, quoting
// and links and spans in place, so tables of expected blocks stay short:
//
//	list-item/1: Talk by [Ada](https://example.org/ada) on _Go_ and **Rust**
//	quote+q: Quoted text
//
// Links are [text](href), italic spans _text_ and strong spans **text**.
func marked(b Block) string {
	// Events at one offset go: closing marks (inner first), empty marks,
	// opening marks (outer first). Of two marks over the same range, spans
	// are taken to be outside links, and earlier links outside later ones.
	type event struct {
		pos   int
		order int // 0 close, 1 empty, 2 open
		size  int // length of the marked text
		rank  int // spans before links, then list order
		text  string
	}
	var events []event
	for i, l := range b.Links {
		size := l.End - l.Start
		if size == 0 {
			events = append(events, event{pos: l.Start, order: 1, rank: 100 + i, text: "[](" + l.Href + ")"})
			continue
		}
		events = append(events,
			event{pos: l.Start, order: 2, size: size, rank: 100 + i, text: "["},
			event{pos: l.End, order: 0, size: size, rank: 100 + i, text: "](" + l.Href + ")"})
	}
	for i, s := range b.Spans {
		m := "_"
		if s.Strong {
			m = "**"
		}
		events = append(events,
			event{pos: s.Start, order: 2, size: s.End - s.Start, rank: i, text: m},
			event{pos: s.End, order: 0, size: s.End - s.Start, rank: i, text: m})
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		switch {
		case a.pos != b.pos:
			return a.pos < b.pos
		case a.order != b.order:
			return a.order < b.order
		case a.order == 0 && a.size != b.size:
			return a.size < b.size
		case a.order == 0:
			return a.rank > b.rank
		case a.size != b.size:
			return a.size > b.size
		}
		return a.rank < b.rank
	})
	var sb strings.Builder
	sb.WriteString(b.Kind.String())
	if b.Level != 0 {
		fmt.Fprintf(&sb, "/%d", b.Level)
	}
	if b.Quoted {
		sb.WriteString("+q")
	}
	sb.WriteString(": ")
	last := 0
	for _, e := range events {
		if e.pos < last || e.pos > len(b.Text) {
			return sb.String() + fmt.Sprintf("<bad offset %d in %q>", e.pos, b.Text)
		}
		sb.WriteString(b.Text[last:e.pos])
		sb.WriteString(e.text)
		last = e.pos
	}
	sb.WriteString(b.Text[last:])
	return sb.String()
}

func markedAll(blocks []Block) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = marked(b)
	}
	return out
}

// mustParse parses a post the test wrote and fails the test on error.
func mustParse(t *testing.T, name, src string) *Document {
	t.Helper()
	doc, err := Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", name, err)
	}
	return doc
}

// diff returns the difference between want and got as JSON lines marked
// "-" (want) and "+" (got), or "" if they are equal.
func diff(want, got any) string {
	w, err := json.MarshalIndent(want, "", "  ")
	if err != nil {
		return fmt.Sprintf("marshal want: %v", err)
	}
	g, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		return fmt.Sprintf("marshal got: %v", err)
	}
	return lineDiff(string(w), string(g))
}

// lineDiff is a small longest-common-subsequence diff of two texts' lines,
// enough for test failure messages.
func lineDiff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	if len(a)*len(b) > 4_000_000 {
		return fmt.Sprintf("(-want +got)\n-%s\n+%s", want, got)
	}
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var sb strings.Builder
	sb.WriteString("(-want +got)\n")
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			sb.WriteString("  " + a[i] + "\n")
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			sb.WriteString("+ " + b[j] + "\n")
			j++
		default:
			sb.WriteString("- " + a[i] + "\n")
			i++
		}
	}
	return sb.String()
}

// checkDocument reports broken invariants of a parsed document: what every
// Document that Parse returns must satisfy, whatever the input.
func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	// A page made of front matter alone (a talk or event page a site generates) has no
	// blocks: its facts are in Meta. Anything else has some.
	if len(doc.Blocks) == 0 && !factsInFrontMatter(doc.Meta) {
		t.Errorf("Parse() returned no blocks, no facts in front matter and no error")
	}
	section := -1
	for i, b := range doc.Blocks {
		if b.Kind < Heading || b.Kind > Code {
			t.Errorf("block %d: Kind = %d, want a known kind", i, b.Kind)
		}
		if b.Kind == Heading {
			section = i
			if b.Level < 1 || b.Level > 6 {
				t.Errorf("block %d: heading Level = %d, want 1-6", i, b.Level)
			}
		}
		if b.Section != section {
			t.Errorf("block %d: Section = %d, want %d", i, b.Section, section)
		}
		if b.Text == "" && b.Kind != Embed {
			t.Errorf("block %d: empty %v", i, b.Kind)
		}
		if !utf8.ValidString(b.Text) {
			t.Errorf("block %d: Text %q is not valid UTF-8", i, b.Text)
		}
		if strings.TrimSpace(b.Text) != b.Text || strings.Contains(b.Text, "  ") || strings.ContainsAny(b.Text, "\n\t\r") {
			t.Errorf("block %d: Text %q is not collapsed and trimmed", i, b.Text)
		}
		for _, l := range b.Links {
			if l.Start < 0 || l.Start > l.End || l.End > len(b.Text) || !boundary(b.Text, l.Start) || !boundary(b.Text, l.End) {
				t.Errorf("block %d: link [%d,%d) out of %q", i, l.Start, l.End, b.Text)
			}
		}
		for _, s := range b.Spans {
			if s.Start < 0 || s.Start >= s.End || s.End > len(b.Text) || !boundary(b.Text, s.Start) || !boundary(b.Text, s.End) {
				t.Errorf("block %d: span [%d,%d) out of %q", i, s.Start, s.End, b.Text)
			}
		}
	}
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
