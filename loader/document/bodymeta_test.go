package document

import (
	"testing"
)

func TestParseBodyMeta(t *testing.T) {
	type got struct {
		Title, TitleFrom, Published, PublishedFrom string
	}
	tests := []struct {
		name string
		file string
		src  string
		want got
	}{
		{
			name: "a bare Markdown page takes its first heading as the title",
			file: "page.md",
			src:  "# Spring gathering of the Rust folks\n\nWe met again, this time with pizza.\n",
			want: got{Title: "Spring gathering of the Rust folks", TitleFrom: FromBody},
		},
		{
			name: "a setext heading counts",
			file: "page.md",
			src:  "Upcoming talks\n==============\n\n* One talk\n",
			want: got{Title: "Upcoming talks", TitleFrom: FromBody},
		},
		{
			name: "a level-2 heading that opens the page counts",
			file: "README.md",
			src:  "## Past meetups\n\n### May 2020\n\nText.\n",
			want: got{Title: "Past meetups", TitleFrom: FromBody},
		},
		{
			name: "a level-2 heading after text does not",
			file: "page.md",
			src:  "Some words first.\n\n## Schedule\n\nMore words.\n",
			want: got{},
		},
		{
			name: "a level-1 heading after text does",
			file: "page.md",
			src:  "![banner](b.png)\n\nA line of intro.\n\n# The real title\n\nText.\n",
			want: got{Title: "The real title", TitleFrom: FromBody},
		},
		{
			name: "front matter's title wins over the heading",
			file: "post.md",
			src:  "---\ntitle: Given title\n---\n# A heading\n\nText.\n",
			want: got{Title: "Given title"},
		},
		{
			name: "a byline gives the date",
			file: "page.md",
			src:  "# Notes from the meetup\n\nPosted on March 3, 2019 by Ada\n\nText.\n",
			want: got{Title: "Notes from the meetup", TitleFrom: FromBody, Published: "2019-03-03", PublishedFrom: FromBody},
		},
		{
			name: "a byline with the author first",
			file: "page.md",
			src:  "# Notes\n\nBy Jo Park on 14th June 2021\n\nText.\n",
			want: got{Title: "Notes", TitleFrom: FromBody, Published: "2021-06-14", PublishedFrom: FromBody},
		},
		{
			name: "a Published line with an ISO date",
			file: "page.md",
			src:  "# Notes\n\nPublished: 2020-02-29\n\nText.\n",
			want: got{Title: "Notes", TitleFrom: FromBody, Published: "2020-02-29", PublishedFrom: FromBody},
		},
		{
			name: "a date line under the title",
			file: "page.md",
			src:  "# Meetup recap\n\nTuesday, 4 February 2020\n\nText.\n",
			want: got{Title: "Meetup recap", TitleFrom: FromBody, Published: "2020-02-04", PublishedFrom: FromBody},
		},
		{
			name: "a Date: line is the event's date, not the post's",
			file: "page.md",
			src:  "# Next meetup\n\n* Date: Wednesday, April 23, 2014\n* Where: Somewhere\n",
			want: got{Title: "Next meetup", TitleFrom: FromBody},
		},
		{
			name: "a date inside a sentence is not taken",
			file: "page.md",
			src:  "# Recap\n\nOn March 3, 2019 we met in a pub.\n",
			want: got{Title: "Recap", TitleFrom: FromBody},
		},
		{
			name: "a byline far down the page is not taken",
			file: "page.md",
			src:  "# T\n\na\n\nb\n\nc\n\nd\n\ne\n\nf\n\nPosted on March 3, 2019\n",
			want: got{Title: "T", TitleFrom: FromBody},
		},
		{
			name: "the file name's date wins over the body",
			file: "2018-01-02-notes.md",
			src:  "# Notes\n\nPosted on March 3, 2019\n",
			want: got{Title: "Notes", TitleFrom: FromBody, Published: "2018-01-02"},
		},
		{
			name: "plain HTML without meta takes its h1 and byline",
			file: "page.html",
			src:  "<html><body><h1>Autumn talks</h1><p>Published on 2 Oct 2017</p><p>Text.</p></body></html>",
			want: got{Title: "Autumn talks", TitleFrom: FromBody, Published: "2017-10-02", PublishedFrom: FromBody},
		},
		{
			name: "an HTML byline's time element marked as published gives the date",
			file: "page.html",
			src: "<html><body><article><h1>Autumn talks</h1><p>By Jo, <time class=\"dt-published\" datetime=\"2017-10-02T09:00:00+02:00\">Oct 2</time></p>" +
				"<p>The meetup is on <time datetime=\"2017-10-12\">12 October</time>.</p></article></body></html>",
			want: got{Title: "Autumn talks", TitleFrom: FromBody, Published: "2017-10-02", PublishedFrom: FromBody},
		},
		{
			name: "an unmarked time element is an event's date, not the post's",
			file: "page.html",
			src:  "<html><body><h1>Next meetup</h1><p>We meet on <time datetime=\"2017-10-12\">12 October</time>.</p></body></html>",
			want: got{Title: "Next meetup", TitleFrom: FromBody},
		},
		{
			name: "HTML's title element wins over the h1",
			file: "page.html",
			src:  "<html><head><title>Head title</title></head><body><h1>Body title</h1><p>Text.</p></body></html>",
			want: got{Title: "Head title"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			m := doc.Meta
			if d := diff(tt.want, got{m.Title, m.TitleFrom, m.Published, m.PublishedFrom}); d != "" {
				t.Errorf("Parse(%q) meta %s", tt.src, d)
			}
		})
	}
}

func TestParseAuthorByline(t *testing.T) {
	tests := []struct {
		name, src         string
		author, published string
	}{
		{"a byline with a name and a date", "# Harbour Gophers, night one\n\nBy Wren Talbot — 14 Feb 2031\n\nWe met.\n", "Wren Talbot", "2031-02-14"},
		{"a byline with a name alone", "# Notes\n\nby Wren van Talbot\n\nWe met.\n", "Wren van Talbot", ""},
		{"a given name that starts like a month", "# Notes\n\nBy Marta Ferreira, March 3, 2031\n\nWe met.\n", "Marta Ferreira", "2031-03-03"},
		{"a sentence that opens with 'By' names no one", "# Notes\n\nBy Friday We Met Again\n\nBy the way, we met.\n", "", ""},
		{"front matter's author wins", "---\nauthor: Ida Quell\n---\n\nBy Wren Talbot\n\nWe met.\n", "Ida Quell", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "post.md", tt.src)
			if doc.Meta.Author != tt.author || doc.Meta.Published != tt.published {
				t.Errorf("Parse(%q) author %q, published %q; want %q, %q", tt.src, doc.Meta.Author, doc.Meta.Published, tt.author, tt.published)
			}
		})
	}
}
