package document

import (
	"strings"
	"testing"
)

func TestParseRST(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		meta   Meta
		blocks []string // see marked
	}{
		{
			name: "a Pelican post: title, docinfo fields, sections, links and lists",
			src: "Recap: Rust in the harbour\n##########################\n\n:date: 2019-05-06 10:20\n:tags: rust, meetup\n" +
				":category: events\n:authors: Ana Silva, Bo Chan\n:summary: Two talks\n   and a pub.\n\n" +
				"We met at `Dockside Works <https://dockside.example.org>`_ in Gdansk.\n\nTalks\n=====\n\n" +
				"- **Typing at scale** by Marta Zielinska\n  of Ferrycode\n- Async all the way by `Karol Wrona`_\n\n" +
				".. _Karol Wrona: https://karol.example.org\n",
			meta: Meta{Title: "Recap: Rust in the harbour", Author: "Ana Silva", Published: "2019-05-06",
				Tags: []string{"rust", "meetup"}, Categories: []string{"events"}, Summary: "Two talks and a pub."},
			blocks: []string{
				"paragraph: We met at [Dockside Works](https://dockside.example.org) in Gdansk.",
				"heading/2: Talks",
				"list-item: **Typing at scale** by Marta Zielinska of Ferrycode",
				"list-item: Async all the way by [Karol Wrona](https://karol.example.org)",
			},
		},
		{
			name: "simple and grid tables become table rows",
			src: "Schedule\n--------\n\n=====  =================  ===============\nTime   Talk               Speaker\n" +
				"=====  =================  ===============\n18:30  Typing at scale    Marta Zielinska\n19:15  Async all the way  Karol Wrona\n" +
				"=====  =================  ===============\n\n+-------+-----------------+\n| Time  | Talk            |\n" +
				"+=======+=================+\n| 20:00 | Lightning talks |\n+-------+-----------------+\n",
			meta: Meta{Title: "Schedule"},
			blocks: []string{
				"table-row: Time | Talk | Speaker",
				"table-row: 18:30 | Typing at scale | Marta Zielinska",
				"table-row: 19:15 | Async all the way | Karol Wrona",
				"table-row: Time | Talk",
				"table-row: 20:00 | Lightning talks",
			},
		},
		{
			name: "a list table without a header: its rows are list items, each cell's first paragraph",
			src: "Evening\n=======\n\n.. list-table::\n    :widths: 10 90\n\n    * - 18:30\n      - Typing at scale (`Marta Zielinska <https://example.org/mz>`_)\n\n" +
				"        An abstract that goes on\n        over two lines.\n    * - 19:15\n      - Break\n",
			meta: Meta{Title: "Evening"},
			blocks: []string{
				"list-item: 18:30 - Typing at scale ([Marta Zielinska](https://example.org/mz))",
				"list-item: 19:15 - Break",
			},
		},
		{
			name: "a list table with a header row is a table",
			src:  "Evening\n=======\n\n.. list-table::\n   :header-rows: 1\n\n   * - Time\n     - Talk\n   * - 18:30\n     - Typing at scale\n",
			meta: Meta{Title: "Evening"},
			blocks: []string{
				"table-row: Time | Talk",
				"table-row: 18:30 | Typing at scale",
			},
		},
		{
			name: "a list table whose rows are dashes and cells asterisks, with options and links",
			src: "Evening\n=======\n\n.. list-table::\n   :header-rows: 1\n   :widths: 20, 40\n\n   - * event\n     * title\n" +
				"   - * `FooConf <https://foo.example.org/>`_\n     * Typing at scale\n",
			meta: Meta{Title: "Evening"},
			blocks: []string{
				"table-row: event | title",
				"table-row: [FooConf](https://foo.example.org/) | Typing at scale",
			},
		},
		{
			name: "directives: figure captions, code, notes and raw HTML kept; images, comments and options dropped",
			src: "Post\n====\n\n.. figure:: photo.jpg\n   :alt: photo\n\n   Marta on stage.\n\n.. image:: x.png\n\nSome code::\n\n    print(\"hi\")\n\n" +
				".. note:: Slides are online.\n\n.. a comment\n   on two lines\n\n.. raw:: html\n\n   <p>Raw <strong>HTML</strong></p>\n\n" +
				".. code-block:: go\n\n   func main() {}\n",
			meta: Meta{Title: "Post"},
			blocks: []string{
				"caption: Marta on stage.",
				"paragraph: Some code:",
				"code: print(\"hi\")",
				"paragraph: Slides are online.",
				"paragraph: Raw **HTML**",
				"code: func main() {}",
			},
		},
		{
			name:   "an overlined title, inline literals and roles",
			src:    "=========\n The Talk\n=========\n\nUse ``go vet`` and :code:`gofmt` daily.\n\n    A quoted line.\n",
			meta:   Meta{Title: "The Talk"},
			blocks: []string{"paragraph: Use go vet and gofmt daily.", "quote+q: A quoted line."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "post.rst", tt.src)
			checkDocument(t, doc)
			if doc.Format != FormatRST {
				t.Errorf("Parse() Format = %q, want %q", doc.Format, FormatRST)
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

func TestRSTRolesDefinitionsAndAnonymousLinks(t *testing.T) {
	src := "Spring programme\n################\n\n.. role:: title\n\n" +
		"18:30\n    ana: `Fast Builds`:title: Video__\n\n    .. __: https://video.example/1\n\n" +
		"19:00\n    bo: :title:`Queues in\n    Practice` Slides__\n\n    .. __: https://slides.example/2\n\n" +
		"Venue\n    The Foundry, Leeds\n\nSee `the notes`__ and notes_.\n\n__ https://notes.example/3\n\n.. _notes: https://notes.example/4\n"
	doc := mustParse(t, "programme.rst", src)
	want := []string{
		"list-item: 18:30 ana: _Fast Builds_ [Video](https://video.example/1)",
		"list-item: 19:00 bo: _Queues in Practice_ [Slides](https://slides.example/2)",
		"list-item: Venue: The Foundry, Leeds",
		"paragraph: See [the notes](https://notes.example/3) and [notes](https://notes.example/4).",
	}
	if d := lineDiff(strings.Join(want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
		t.Errorf("blocks differ %s", d)
	}
}
