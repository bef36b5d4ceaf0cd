package document

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticPost writes a Markdown post of about size bytes that uses every
// construct Parse handles: front matter, headings, links, emphasis,
// reference links, nested lists, tables, raw HTML, iframes and comments.
func syntheticPost(size int) []byte {
	var sb strings.Builder
	sb.WriteString("---\ntitle: \"A very long recap\"\ndate: 2020-02-02\nauthor: Bench Writer\ntags: [a, b]\n---\n\n")
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "## Meetup %d - [Host %d](https://host%d.example/)\n\n", i, i, i)
		fmt.Fprintf(&sb, "We met at **Venue %d** where *Speaker %d* from [Company %d][c%d] gave a talk called "+
			"‘Topic number %d’ about things &amp; stuff.<!--more--> The next one is in City %d.\n\n", i, i, i, i, i, i)
		fmt.Fprintf(&sb, "- 18:00 - Doors\n- 18:30 - [Talk %d](https://talks.example/%d) by Person %d\n    - Q&A\n\n", i, i, i)
		fmt.Fprintf(&sb, "| Time | Talk |\n|---|---|\n| 19:00 | Panel %d |\n\n", i)
		fmt.Fprintf(&sb, "<iframe src=\"//slides.example/embed/%d\"></iframe> <div><strong><a href=\"//slides.example/%d\">Deck %d</a></strong> from Person %d</div>\n\n", i, i, i, i)
		fmt.Fprintf(&sb, "<!-- hidden note %d -->\n\n> Quoted words from attendee %d.\n\n![photo %d](/img/%d.jpg)\n\n[c%d]: https://company%d.example/\n\n", i, i, i, i, i, i)
	}
	return []byte(sb.String())
}

// BenchmarkParse parses a synthetic Markdown post of about 1 MB.
func BenchmarkParse(b *testing.B) {
	post := syntheticPost(1 << 20)
	b.SetBytes(int64(len(post)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("long.md", post); err != nil {
			b.Fatalf("Parse() error: %v", err)
		}
	}
}

// BenchmarkParseHTML parses the same post rendered as HTML, to show the cost
// of the walker alone.
func BenchmarkParseHTML(b *testing.B) {
	var out strings.Builder
	if err := markdown().Convert(syntheticPost(1<<20), &out); err != nil {
		b.Fatalf("render: %v", err)
	}
	post := []byte(out.String())
	b.SetBytes(int64(len(post)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("long.html", post); err != nil {
			b.Fatalf("Parse() error: %v", err)
		}
	}
}
