package document

import (
	"errors"
	"github.com/google/go-cmp/cmp"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		src     string
		want    error
		message string // a part of the error message
	}{
		{"an empty file is empty", "a.md", "", ErrEmpty, `document: parse "a.md": empty post`},
		{"a file of whitespace is empty", "a.md", " \n\t\r\n", ErrEmpty, "no text"},
		{"a byte order mark alone is empty", "a.md", "\uFEFF\n", ErrEmpty, "no text"},
		{"front matter with no body is empty", "a.md", "---\ntitle: x\n---\n  \n", ErrEmpty, "nothing after the front matter"},
		{"a Pelican header with no body is empty", "a.md", "Title: x\nDate: 2020-01-01\n", ErrEmpty, "nothing after"},
		{"a post of comments only is empty", "a.md", "---\ntitle: x\n---\n<!-- draft -->\n", ErrEmpty, "no text found"},
		{"a present file with only a header is empty", "a.article", "Title\n9 Jan 2015\n\nAuthor Name\n", ErrEmpty, "no text found"},
		{"a NUL byte is binary", "a.md", "text\x00more", ErrBinary, "NUL byte at offset 4"},
		{"many control characters are binary", "a.txt", strings.Repeat("ab\x01\x02\x03", 20), ErrBinary, "control characters"},
		{"a few control characters are text", "a.txt", "ring the bell\x07 once", nil, ""},
		{"invalid UTF-8 is reported with its line", "a.md", "line one\ncaf\xe9\n", ErrNotUTF8, "line 2"},
		{"UTF-16 is not UTF-8", "a.md", "\xff\xfeh\x00i\x00", ErrNotUTF8, "UTF-16"},
		{"unclosed YAML is bad front matter", "a.md", "---\ntitle: x\nbody\n", ErrFrontMatter, "YAML front matter opened on line 1 is never closed"},
		{"unclosed TOML is bad front matter", "a.md", "+++\ntitle = 'x'\n", ErrFrontMatter, "TOML front matter opened on line 1 is never closed"},
		{"a post over the limit is too large", "a.md", strings.Repeat("a", MaxSize+1), ErrTooLarge, "limit 8388608"},
		{"a byte order mark is dropped", "a.md", "\uFEFFHello.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.src))
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.file, err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), tt.message) {
				t.Errorf("Parse(%q) error = %q, want it to contain %q", tt.file, err, tt.message)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		format string
		first  string // the first block, marked
	}{
		{"a .md file is Markdown", "post.md", "# Hi\n", FormatMarkdown, "heading/1: Hi"},
		{"a .markdown file is Markdown", "post.markdown", "*Hi*\n", FormatMarkdown, "paragraph: _Hi_"},
		{"an .html file is HTML", "post.html", "<p># not a heading</p>", FormatHTML, "paragraph: # not a heading"},
		{"an .htm file is HTML, whatever the case", "POST.HTM", "<p>Hi</p>", FormatHTML, "paragraph: Hi"},
		{"an .article file is a present article", "talk.article", "Title\n\n* Section\n\nText.\n", FormatArticle, "heading/2: Section"},
		{"a .slide file is a present article", "deck.slide", "Title\n\n* Section\n\nText.\n", FormatArticle, "heading/2: Section"},
		{"a .txt file is text", "notes.txt", "# not a heading\n", FormatText, "paragraph: # not a heading"},
		{"a file without extension is text", "README", "*plain*\n", FormatText, "paragraph: *plain*"},
		{"a .txt file that is HTML is HTML", "page.txt", "<p>Hi <b>there</b></p>\n", FormatHTML, "paragraph: Hi **there**"},
		{"a .md file that is a whole page is HTML", "page.md", "<!DOCTYPE html>\n<html><body>\n\n    <p>Indented</p></body></html>", FormatHTML, "paragraph: Indented"},
		{"Markdown that starts with HTML stays Markdown", "post.md", "<div>Intro</div>\n\n*Hi*\n", FormatMarkdown, "paragraph: Intro"},
		{"Windows line endings are read", "post.md", "Title\r\n=====\r\n\r\nText.\r\n", FormatMarkdown, "heading/1: Title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			if doc.Format != tt.format {
				t.Errorf("Parse(%q).Format = %q, want %q", tt.file, doc.Format, tt.format)
			}
			if got := marked(doc.Blocks[0]); got != tt.first {
				t.Errorf("Parse(%q).Blocks[0] = %q, want %q", tt.file, got, tt.first)
			}
		})
	}
}

func TestParseName(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"p01.md", "p01"},
		{"content/blog/recap/index.md", "index"},
		{`C:\posts\2019-12-19-winter.md`, "2019-12-19-winter"},
		{"gothamgo.article", "gothamgo"},
		{"archive.tar.md", "archive.tar"},
		{"README", "README"},
	}
	for _, tt := range tests {
		t.Run("the name of "+tt.file+" drops directory and extension", func(t *testing.T) {
			doc := mustParse(t, tt.file, "Title\n\n* Section\n\nText.\n")
			if doc.Name != tt.want {
				t.Errorf("Parse(%q).Name = %q, want %q", tt.file, doc.Name, tt.want)
			}
		})
	}
}

func TestParseUnicodeIsNormalized(t *testing.T) {
	// "José" with a combining acute accent reads like the precomposed one.
	doc := mustParse(t, "post.md", "Jose\u0301 spoke.\n")
	if got, want := doc.Blocks[0].Text, "Jos\u00e9 spoke."; got != want {
		t.Errorf("Parse().Blocks[0].Text = %q, want %q", got, want)
	}
}

func TestKindText(t *testing.T) {
	for k := Heading; k <= Code; k++ {
		text, err := k.MarshalText()
		if err != nil {
			t.Fatalf("Kind(%d).MarshalText() error: %v", k, err)
		}
		var back Kind
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, back, err, k)
		}
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Errorf("Kind(0).MarshalText() error = nil, want an error")
	}
}

func TestParseHostileInput(t *testing.T) {
	indented := func(lines int) string {
		var sb strings.Builder
		for i := range lines {
			sb.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return sb.String()
	}
	tests := []struct {
		name string
		file string
		src  string
		last string // the text of the last block
	}{
		{"thousands of nested quotes keep their text", "a.md", strings.Repeat("> ", 50000) + "deep", "deep"},
		{"thousands of list markers on a line keep their text", "a.md", strings.Repeat("- ", 50000) + "deep", "deep"},
		{"hundreds of indented list levels keep their text", "a.md", indented(600), "item"},
		{"HTML nested past the walker's limit is read as text", "a.html", strings.Repeat("<section>", 400) + "<p>deep</p>", "deep"},
		{"HTML nested past the parser's limit is read as text", "a.html", strings.Repeat("<div><span>", 600) + "deep", "deep"},
		{"Markdown with HTML nested past the limit is read as text", "a.md", strings.Repeat("<div>", 600) + "deep", "deep"},
		{"thousands of link definitions are resolved", "a.md", strings.Repeat("[a]: /x\n", 20000) + "\n[a]\n", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			checkDocument(t, doc)
			if got := doc.Blocks[len(doc.Blocks)-1].Text; got != tt.last {
				t.Errorf("Parse(%q) last block text = %q, want %q", tt.name, got, tt.last)
			}
		})
	}
}

func TestParseFrontMatterScheduleOnlyPage(t *testing.T) {
	src := "---\ntitle: Harbour Day\nevent_schedule:\n  rows:\n  - columns:\n    - talk:\n        speaker: Ana Lima\n        title: Tracing Without Tears\n---\n"
	doc, err := Parse("day.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse(an event page whose schedule sits in front matter and no body) error: %v", err)
	}
	if len(doc.Meta.Talks) != 1 {
		t.Errorf("Parse() = %d talks in front matter, want 1", len(doc.Meta.Talks))
	}
}

func TestParseFrontMatterOnlyPage(t *testing.T) {
	src := "---\ntitle: Tracing Without Tears\ntype: talk\nspeakers:\n  - Ana Lima\nvenue: Initech, Porto\n---\n"
	doc, err := Parse("talk.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse(a talk page with its facts in front matter and no body) error: %v", err)
	}
	if len(doc.Blocks) != 0 || doc.Meta.Title != "Tracing Without Tears" || len(doc.Meta.Speakers) != 1 {
		t.Errorf("Parse() = %d blocks, title %q, %d speakers; want no blocks, the title and one speaker", len(doc.Blocks), doc.Meta.Title, len(doc.Meta.Speakers))
	}
}

// TestParseBrokenFrontMatter: front matter that does not parse costs what could not be read,
// with a warning naming the line, and never the post's text.
func TestParseBrokenFrontMatter(t *testing.T) {
	tests := []struct {
		name, src   string
		title, date string
		warning     string
	}{
		{
			name:    "a broken YAML line is left out, the other keys kept",
			src:     "---\ntitle: Spring meetup\nschedule:\n  - talk:\n      title: Queues: done right\n      speaker: Ana Lima\ndate: 2031-03-10\n---\nBody.\n",
			title:   "Spring meetup",
			date:    "2031-03-10",
			warning: "YAML on line 5",
		},
		{
			name:    "an unclosed YAML list costs its line",
			src:     "---\ntitle: x\ntags: [a, b\n---\nBody.\n",
			title:   "x",
			warning: "YAML on line",
		},
		{
			name:    "YAML that is not a mapping costs the whole front matter",
			src:     "---\n- a\n- b\n---\nBody.\n",
			warning: "not a mapping of keys to values; the front matter was left out",
		},
		{
			name:    "a broken TOML line is left out",
			src:     "+++\ntitle = \"x\"\ndate = \n+++\nBody.\n",
			title:   "x",
			warning: "TOML on line 3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.md", []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse() error = %v, want the post read", err)
			}
			if doc.Meta.Title != tt.title || doc.Meta.Published != tt.date {
				t.Errorf("Parse() title, date = %q, %q, want %q, %q", doc.Meta.Title, doc.Meta.Published, tt.title, tt.date)
			}
			if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], tt.warning) {
				t.Errorf("Parse() warnings = %q, want one containing %q", doc.Warnings, tt.warning)
			}
			if len(doc.Blocks) != 1 || doc.Blocks[0].Text != "Body." {
				t.Errorf("Parse() blocks = %+v, want the body read", doc.Blocks)
			}
		})
	}
}

func TestParseFrontMatterPageWithoutText(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want talkFields
	}{
		{
			name: "a talk page whose body is a comment is read from its front matter",
			src:  "+++\ntitle = \"Sorting out sorting\"\ntype = \"talk\"\nspeakers = [\"Mara Quist\"]\nlocation = \"Tallinn, Estonia\"\n+++\n<!-- the abstract goes here -->\n",
			want: talkFields{Kind: KindTalk, Speakers: []Speaker{{Name: "Mara Quist"}}, Location: "Tallinn, Estonia"},
		},
		{
			name: "an event page whose body is an empty element is read from its front matter",
			src:  "---\ntitle: Gophers of Tallinn, October\nvenue: Harbour Hall\ncity: Tallinn\n---\n<div class=\"map\"></div>\n",
			want: talkFields{Venue: "Harbour Hall", City: "Tallinn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("talk.md", []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse() error: %v", err)
			}
			if d := cmp.Diff(tt.want, talkFieldsOf(doc.Meta)); d != "" {
				t.Errorf("Parse() front matter differs (-want +got)\n%s", d)
			}
		})
	}
}
