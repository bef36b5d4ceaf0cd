package document

import (
	"testing"
)

func TestParseAsciiDoc(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		meta   Meta
		blocks []string // marked blocks: kind, then text with marks (see marked)
	}{
		{
			name: "the document header gives title, author and date; sections and paragraphs follow",
			src: "= Recap of the Autumn Meetup\nJo Park <jo@example.org>\nv1.0, 2024-10-03\n:lang: en\n\n" +
				"== First talk\nThe first session, \"Fast builds\" by Leo Brandt, was about caches.\n\n" +
				".Leo on stage\nimage::leo.png[Leo on stage, 600]\n\n// a comment\n== Drinks\nSee you next time!\n",
			meta: Meta{Title: "Recap of the Autumn Meetup", Author: "Jo Park", Published: "2024-10-03"},
			blocks: []string{
				"heading/2: First talk",
				"paragraph: The first session, \"Fast builds\" by Leo Brandt, was about caches.",
				"caption: Leo on stage",
				"heading/2: Drinks",
				"paragraph: See you next time!",
			},
		},
		{
			name: "links, bold and lists become marks and list items",
			src: "= Schedule\n\n* *Parsing with combinators* by https://example.org/hana[Hana Kim]\n" +
				"** nested note\n. first\n. second with link:/slides/x.pdf[slides]\n",
			meta: Meta{Title: "Schedule"},
			blocks: []string{
				"list-item: **Parsing with combinators** by [Hana Kim](https://example.org/hana)",
				"list-item/1: nested note",
				"list-item: first",
				"list-item: second with [slides](/slides/x.pdf)",
			},
		},
		{
			name: "front matter wins; attributes fill what it lacks",
			src:  "---\ntitle: From front matter\n---\n= From the header\n:revdate: 2023-01-05\n:description: A summary.\n\nText.\n",
			meta: Meta{Title: "From front matter", Published: "2023-01-05", Summary: "A summary."},
			blocks: []string{
				"paragraph: Text.",
			},
		},
		{
			name: "code and quote blocks, block attributes and tables",
			src: "= T\n\n[source,go]\n----\nfunc main() {}\n----\n\n____\nA quoted line.\n____\n\n" +
				"|===\n|Time |Talk |Speaker\n\n|18:30 |Opening |Ann Lee\n|19:00 |Streams |Bo Chan\n|===\n",
			meta: Meta{Title: "T"},
			blocks: []string{
				"code: func main() {}",
				"quote+q: A quoted line.",
				"table-row: Time | Talk | Speaker",
				"table-row: 18:30 | Opening | Ann Lee",
				"table-row: 19:00 | Streams | Bo Chan",
			},
		},
		{
			name:   "a post without a header takes its first section title",
			src:    "== Notes from the meetup\n\nText.\n",
			meta:   Meta{Title: "Notes from the meetup", TitleFrom: FromBody},
			blocks: []string{"heading/2: Notes from the meetup", "paragraph: Text."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "post.adoc", tt.src)
			checkDocument(t, doc)
			if doc.Format != FormatAsciiDoc {
				t.Errorf("Parse() Format = %q, want %q", doc.Format, FormatAsciiDoc)
			}
			if d := diff(tt.meta, doc.Meta); d != "" {
				t.Errorf("Parse(%q) Meta %s", tt.src, d)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, marked(b))
			}
			if d := diff(tt.blocks, got); d != "" {
				t.Errorf("Parse(%q) blocks %s", tt.src, d)
			}
		})
	}
}
