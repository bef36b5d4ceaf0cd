package document

import (
	"strings"
	"testing"
)

func TestParseMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "links keep their text offsets",
			src:  "Slides from [Priya Raman](https://example.org/priya \"Her site\") and [the venue](/venue).\n",
			want: []string{"paragraph: Slides from [Priya Raman](https://example.org/priya) and [the venue](/venue)."},
		},
		{
			name: "emphasis becomes spans",
			src:  "A talk by **Tomás Ortega** on _Profiling Go_ and *tracing*.\n",
			want: []string{"paragraph: A talk by **Tomás Ortega** on _Profiling Go_ and _tracing_."},
		},
		{
			name: "an HTML table with blank lines and indented cells stays a table",
			src:  "<table>\n  <tr>\n    <td>\n      <img src=\"a.png\" />\n    </td>\n\n    <td>\n      <strong>Ana Lima</strong>, on queues\n    </td>\n  </tr>\n</table>\n",
			want: []string{"table-row: | **Ana Lima**, on queues"},
		},
		{
			name: "inline code holding a title reads as emphasis",
			src:  "- `Queues Without Tears` by Lena Park\n- Run `go test ./...` before `git push`\n- `Errors Are Values Too.` from Omar Haddad\n",
			want: []string{"list-item: _Queues Without Tears_ by Lena Park", "list-item: Run go test ./... before git push", "list-item: _Errors Are Values Too._ from Omar Haddad"},
		},
		{
			name: "inline code that is code stays plain",
			src:  "Call `Config.Load(path)` or `New Client Options` and then `set -e` in `Bash Like This` or `two words`.\n",
			want: []string{"paragraph: Call Config.Load(path) or _New Client Options_ and then set -e in _Bash Like This_ or two words."},
		},
		{
			name: "emphasis inside a link nests",
			src:  "See [**Mei Chen**'s slides](https://example.org/slides).\n",
			want: []string{"paragraph: See [**Mei Chen**'s slides](https://example.org/slides)."},
		},
		{
			name: "reference links are resolved",
			src:  "Hosted by [Acme's][acme] team and [Globex].\n\n[acme]: https://acme.example/\n[globex]: https://globex.example/ \"Globex\"\n",
			want: []string{"paragraph: Hosted by [Acme's](https://acme.example/) team and [Globex](https://globex.example/)."},
		},
		{
			name: "undefined references stay as text",
			src:  "See [the recap][nowhere].\n",
			want: []string{"paragraph: See [the recap][nowhere]."},
		},
		{
			name: "a reference link with a space before its label is a link, as the first Markdown read it",
			src:  "* Sorting in Rust by [Ilse Varga] [ilse]\n* Brackets [as written] [here] stay\n\n[ilse]: https://ilse.example.org\n",
			want: []string{"list-item: Sorting in Rust by [Ilse Varga](https://ilse.example.org)", "list-item: Brackets [as written] [here] stay"},
		},
		{
			name: "Markdown links written inside a raw HTML table are read as links",
			src: "<table>\n<tr><td>19:00</td><td>[Noor Haddad](#noor): Tiny parsers</td></tr>\n</table>\n\n" +
				"Text with [a real link](https://example.org/a).\n",
			want: []string{"table-row: 19:00 | [Noor Haddad](#noor): Tiny parsers", "paragraph: Text with [a real link](https://example.org/a)."},
		},
		{
			name: "brackets in code inside raw HTML stay as written",
			src:  "<pre>[x](y) is how a link is written</pre>\n",
			want: []string{"code: [x](y) is how a link is written"},
		},
		{
			name: "HTML comments are ignored in blocks and inline",
			src: "<!--\nLicence header that is not part of the post.\n-->\n\nFirst line. <!--more--> Still the first paragraph.\n\n" +
				"- Date: today\n<!--* Parking: [garage](https://example.org/parking)-->\n\n<!---\nOld venue notes.\n-->\n\nLast line.\n",
			want: []string{
				"paragraph: First line. Still the first paragraph.",
				"list-item: Date: today",
				"paragraph: Last line.",
			},
		},
		{
			name: "ATX headings lose their closing hashes",
			src:  "# Meetup recap #\n\n### Talks ###\n\nText.\n",
			want: []string{"heading/1: Meetup recap", "heading/3: Talks", "paragraph: Text."},
		},
		{
			name: "setext headings are headings",
			src:  "Next meetup\n===========\n\nAgenda\n------\n\nText.\n",
			want: []string{"heading/1: Next meetup", "heading/2: Agenda", "paragraph: Text."},
		},
		{
			name: "headings keep their links",
			src:  "### March 4 - [Initech](https://initech.example/)\n",
			want: []string{"heading/3: March 4 - [Initech](https://initech.example/)"},
		},
		{
			name: "nested list items carry their depth",
			src: "- October\n    - [Jon Park](https://example.org/jon)\n      - Lightning talk: Fuzzing\n" +
				"    - Ana Lima\n- November\n  1. Keynote\n",
			want: []string{
				"list-item: October",
				"list-item/1: [Jon Park](https://example.org/jon)",
				"list-item/2: Lightning talk: Fuzzing",
				"list-item/1: Ana Lima",
				"list-item: November",
				"list-item/1: Keynote",
			},
		},
		{
			name: "loose list items keep their paragraphs together",
			src:  "- First item.\n\n  More about it.\n\n- Second item.\n",
			want: []string{"list-item: First item. More about it.", "list-item: Second item."},
		},
		{
			name: "block quotes are quoted",
			src:  "> Who runs the group and who pays for pizza.\n>\n> - one point\n\nAfter.\n",
			want: []string{"quote+q: Who runs the group and who pays for pizza.", "list-item+q: one point", "paragraph: After."},
		},
		{
			name: "table rows join their cells",
			src:  "| Time | Talk | Speaker |\n|---|---|---|\n| 18:00 | Welcome | |\n| 18:15 | **Go at scale** | [Sam Reyes](https://example.org/sam) |\n",
			want: []string{
				"table-row: Time | Talk | Speaker",
				"table-row: 18:00 | Welcome |",
				"table-row: 18:15 | **Go at scale** | [Sam Reyes](https://example.org/sam)",
			},
		},
		{
			name: "an image alone is an embed with its alt text",
			src:  "![Crowd at the venue](/img/crowd.jpg)\n",
			want: []string{"embed: [Crowd at the venue](/img/crowd.jpg)"},
		},
		{
			name: "an image inside a sentence adds nothing",
			src:  "Our host ![logo](/logo.png) welcomed everyone.\n",
			want: []string{"paragraph: Our host welcomed everyone."},
		},
		{
			name: "an image before the text of its paragraph adds nothing",
			src:  "![photo](/a.jpg)\nThe room was full.\n",
			want: []string{"paragraph: The room was full."},
		},
		{
			name: "iframes are embeds",
			src:  "Watch it:\n\n<iframe src=\"https://video.example/embed/42\" title=\"Recording\" allowfullscreen></iframe>\n\nThanks!\n",
			want: []string{"paragraph: Watch it:", "embed: [Recording](https://video.example/embed/42)", "paragraph: Thanks!"},
		},
		{
			name: "a slide embed with credits gives an embed and a paragraph",
			src: "<iframe src=\"//slides.example/embed/1\"> </iframe> <div style=\"margin:5px\"> <strong> <a href=\"//slides.example/deck\">Deck title</a> </strong>" +
				" from <strong><a href=\"//slides.example/user\">Some User</a></strong> </div>\n",
			want: []string{"embed: [](//slides.example/embed/1)", "paragraph: **[Deck title](//slides.example/deck)** from **[Some User](//slides.example/user)**"},
		},
		{
			name: "code blocks are code",
			src:  "Run this:\n\n```go\nfmt.Println(\"hi\")\n```\n",
			want: []string{"paragraph: Run this:", "code: fmt.Println(\"hi\")"},
		},
		{
			name: "inline code stays in the text",
			src:  "Use `go test -fuzz` often.\n",
			want: []string{"paragraph: Use go test -fuzz often."},
		},
		{
			name: "struck-out text is dropped",
			src:  "Speaker: ~~Kim Lee~~ Ravi Das\n",
			want: []string{"paragraph: Speaker: Ravi Das"},
		},
		{
			name: "entities are decoded and whitespace collapsed",
			src:  "Tea&nbsp;&amp;&nbsp;cake   at\n6&#8239;pm.&nbsp;\n",
			want: []string{"paragraph: Tea & cake at 6 pm."},
		},
		{
			name: "line breaks are spaces",
			src:  "Line one  \nline two<br>line three\n",
			want: []string{"paragraph: Line one line two line three"},
		},
		{
			name: "bare addresses become links",
			src:  "Details: https://example.org/meetup.\n",
			want: []string{"paragraph: Details: [https://example.org/meetup](https://example.org/meetup)."},
		},
		{
			name: "addresses are kept as written",
			src:  "![]({{site.baseurl}}/img/a.png)\n\n[Café](https://example.org/café) [q](/s?a=1&amp;b=2\\_c)\n",
			want: []string{"embed: []({{site.baseurl}}/img/a.png)", "paragraph: [Café](https://example.org/café) [q](/s?a=1&b=2_c)"},
		},
		{
			name: "a Liquid value with spaces in a link's address keeps the link",
			src:  "- [Harbourconf 2031]({{ site.baseurl }}{% post_url 2031-04-16-harbourconf %})\n- [Quiet Queues]({{ site.url | relative_url }}/q/)\n",
			want: []string{"list-item: [Harbourconf 2031]({{site.baseurl}})", "list-item: [Quiet Queues]({{site.url|relative_url}}/q/)"},
		},
		{
			name: "kramdown attribute lists are dropped",
			src:  "![Stage](/img/stage.jpg){: style=\"width: 100%\"}\n\nText.\n{: .lead}\n",
			want: []string{"embed: [Stage](/img/stage.jpg)", "paragraph: Text."},
		},
		{
			name: "a heading's id and classes in braces are no part of its text",
			src:  "### Ana Lima - Quiet Queues {#analima-quietqueues}\n\n## Tracing {.talk #t2}\n\n## Sets of {1, 2}\n",
			want: []string{"heading/3: Ana Lima - Quiet Queues", "heading/2: Tracing", "heading/2: Sets of {1, 2}"},
		},
		{
			name: "Liquid tags are dropped and highlight blocks become code",
			src:  "{% include banner.html %}\nIntro.\n\n{% highlight go %}\nx := 1\n{% endhighlight %}\n\n{% comment %}\nHidden.\n{% endcomment %}\nEnd.\n",
			want: []string{"paragraph: Intro.", "code: x := 1", "paragraph: End."},
		},
		{
			name: "Hugo shortcodes become embeds or disappear",
			src:  "{{< youtube abc123 >}}\n\n{{< figure src=\"/img/panel.jpg\" caption=\"The panel\" >}}\n\n{{% notice %}}Kept text.{{% /notice %}}\n",
			want: []string{"embed: [](https://www.youtube.com/embed/abc123)", "embed: [](/img/panel.jpg)", "caption: The panel", "paragraph: Kept text."},
		},
		{
			name: "scripts and styles are dropped",
			src:  "<blockquote class=\"tweet\"><p>Great night!</p>&mdash; A Person (@someone)</blockquote>\n<script async src=\"https://example.org/widgets.js\"></script>\n<style>p { color: red }</style>\n\nAfter.\n",
			want: []string{"quote+q: Great night!", "quote+q: — A Person (@someone)", "paragraph: After."},
		},
		{
			name: "a div with text is a paragraph and its figure a caption",
			src:  "<div class=\"wrap\"><img src=\"/a.jpg\"><figcaption>Meetup in Porto</figcaption></div>\n<div>Thanks to <a href=\"https://host.example\">Host Co</a> for the room.</div>\n",
			want: []string{"embed: [](/a.jpg)", "caption: Meetup in Porto", "paragraph: Thanks to [Host Co](https://host.example) for the room."},
		},
		{
			name: "text after an HTML block line is read",
			src:  "<br>\nAfter that Lena spoke about queues.\n\n<br>\n",
			want: []string{"paragraph: After that Lena spoke about queues."},
		},
		{
			name: "task list boxes are dropped",
			src:  "- [x] Book the room\n- [ ] Order pizza\n",
			want: []string{"list-item: Book the room", "list-item: Order pizza"},
		},
		{
			name: "empty headings are dropped",
			src:  "##\n\nBody.\n",
			want: []string{"paragraph: Body."},
		},
		{
			name: "deep nesting is flattened, not lost",
			src:  strings.Repeat("> ", 200) + "deep text\n",
			want: []string{"quote+q: deep text"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "post.md", tt.src)
			if d := lineDiff(strings.Join(tt.want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
				t.Errorf("Parse(%q) blocks differ %s", tt.src, d)
			}
		})
	}
}

func TestParseHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "a page's body is walked and its head skipped",
			src: "<!DOCTYPE html><html><head><title>Recap</title><style>h1{}</style></head><body>" +
				"<nav><a href=\"/\">Home</a></nav><h1>Recap</h1><p>Two talks.</p></body></html>",
			want: []string{"heading/1: Recap", "paragraph: Two talks."},
		},
		{
			name: "definition lists give paragraphs",
			src:  "<dl><dt>18:00</dt><dd>Doors open</dd></dl>",
			want: []string{"paragraph: 18:00", "paragraph: Doors open"},
		},
		{
			name: "a list item's text stops at its nested list and resumes after",
			src:  "<ul><li>Evening<ul><li>Talk one</li></ul>and drinks</li></ul>",
			want: []string{"list-item: Evening", "list-item/1: Talk one", "list-item: and drinks"},
		},
		{
			name: "paragraphs in table cells stay in the row",
			src:  "<table><caption>Agenda</caption><tr><th>When</th><th>What</th></tr><tr><td><p>19:00</p></td><td><p>Talk</p><p>by Bo</p></td></tr></table>",
			want: []string{"caption: Agenda", "table-row: When | What", "table-row: 19:00 | Talk by Bo"},
		},
		{
			name: "a link around a block continues in the next block",
			src:  "<a href=\"https://example.org\"><p>First</p><p>Second</p></a>",
			want: []string{"paragraph: [First](https://example.org)", "paragraph: [Second](https://example.org)"},
		},
		{
			name: "an image inside a link lists both addresses",
			src:  "<p><a href=\"https://sponsor.example\"><img src=\"/logo.png\" alt=\"Sponsor\"></a></p>",
			want: []string{"embed: [[Sponsor](https://sponsor.example)](/logo.png)"},
		},
		{
			name: "videos use their source",
			src:  "<video controls><source src=\"/talk.mp4\">Your browser cannot play this.</video>",
			want: []string{"embed: [](/talk.mp4)"},
		},
		{
			name: "links without text keep an empty range",
			src:  "<p>Slides<a href=\"/slides.pdf\"></a> are online.</p>",
			want: []string{"paragraph: Slides[](/slides.pdf) are online."},
		},
		{
			name: "divs inside a list item add to its text",
			src:  "<ul><li><div>Ada Byron</div><div>A talk on engines</div></li></ul>",
			want: []string{"list-item: Ada Byron A talk on engines"},
		},
		{
			name: "headings in a blockquote stay headings",
			src:  "<blockquote><h2>Quoted title</h2>Loose quoted text</blockquote>",
			want: []string{"heading/2+q: Quoted title", "quote+q: Loose quoted text"},
		},
		{
			name: "control and invisible characters are dropped",
			src:  "<p>Ze\u00adro\u200b width\u0007 text</p>",
			want: []string{"paragraph: Zero width text"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "page.html", tt.src)
			if d := lineDiff(strings.Join(tt.want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
				t.Errorf("Parse(%q) blocks differ %s", tt.src, d)
			}
		})
	}
}

func TestParseLinkOffsets(t *testing.T) {
	doc := mustParse(t, "post.md", "Thanks  to\n[Nadia  Haddad](https://example.org/nadia \"Nadia\") of *Initech*!\n")
	want := []Block{{
		Kind:    Paragraph,
		Text:    "Thanks to Nadia Haddad of Initech!",
		Links:   []Link{{Start: 10, End: 22, Href: "https://example.org/nadia", Title: "Nadia"}},
		Spans:   []Span{{Start: 26, End: 33}},
		Breaks:  []int{10},
		Section: -1,
	}}
	if d := diff(want, doc.Blocks); d != "" {
		t.Errorf("Parse() blocks differ %s", d)
	}
}

func TestParseLineBreaks(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            []string
	}{
		{"Markdown lines of one paragraph stay lines", "post.md",
			"18:00 Doors\n18:30 Talk one - Ana Lima\n19:15 Talk two - Bo Chen\n",
			[]string{"18:00 Doors", "18:30 Talk one - Ana Lima", "19:15 Talk two - Bo Chen"}},
		{"a br starts a line in HTML", "post.html",
			"<p>First talk by Ana Lima<br>Second talk by <b>Bo Chen</b><br/>Third</p>",
			[]string{"First talk by Ana Lima", "Second talk by Bo Chen", "Third"}},
		{"a div in a list item is a line of its own, even in HTML on one line", "post.html",
			"<ul><li><div class=\"t\"><a href=\"/e/1\">Queues at scale</a></div><span>Hall 3, Ghent - Tue 4 March 2025</span></li></ul>",
			[]string{"Queues at scale", "Hall 3, Ghent - Tue 4 March 2025"}},
		{"a div in a table cell only separates words", "post.html",
			"<table><tr><td><div>Queues</div><div>at scale</div></td><td>Ana Lima</td></tr></table>",
			[]string{"Queues at scale | Ana Lima"}},
		{"plain text keeps its lines", "notes.txt", "one line\nanother line\n",
			[]string{"one line", "another line"}},
		{"a paragraph without breaks is one line", "post.md", "Just one line.\n", []string{"Just one line."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			b := doc.Blocks[0]
			var got []string
			for _, l := range b.Lines() {
				got = append(got, b.Text[l[0]:l[1]])
			}
			if d := diff(tt.want, got); d != "" {
				t.Errorf("Lines() of %q differ %s", tt.src, d)
			}
		})
	}
}

func TestParseSections(t *testing.T) {
	src := "Intro.\n\n# Day one\n\nTalk A.\n\n## Evening\n\n- Drinks\n\n# Day two\n\nTalk B.\n"
	doc := mustParse(t, "post.md", src)
	var got []int
	for _, b := range doc.Blocks {
		got = append(got, b.Section)
	}
	want := []int{-1, 1, 1, 3, 3, 5, 5}
	if d := diff(want, got); d != "" {
		t.Errorf("Parse(%q) sections differ %s", src, d)
	}
}

func TestParseText(t *testing.T) {
	src := "Meetup notes\n\nWe met at the\nlibrary (see https://example.org/lib).\n\n\n  Next time: pizza.  \n"
	doc := mustParse(t, "notes.txt", src)
	want := []string{
		"paragraph: Meetup notes",
		"paragraph: We met at the library (see [https://example.org/lib](https://example.org/lib)).",
		"paragraph: Next time: pizza.",
	}
	if d := lineDiff(strings.Join(want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
		t.Errorf("Parse(%q) blocks differ %s", src, d)
	}
}
