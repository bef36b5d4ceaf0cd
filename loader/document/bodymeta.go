package document

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyMeta fills the title and publication date from the text when neither
// the front matter, the page's head nor the file name gives them, as on a
// bare Markdown page, a wiki page or plain HTML without meta. It is
// conservative, since a date in the text is as often an event's date as
// the post's:
//
//   - The title is the first heading, when it is a level-1 heading or the
//     first text of the page (only images may come before it).
//   - The date is read from a byline among the first blocks ("Posted on
//     March 3, 2019", "Published 2019-03-03", "By Jane Doe on 3 March
//     2019"), or from a block that is only a date right under the heading
//     taken as the title. A "Date:" line, or a date inside a sentence, is
//     not taken: announcements write the event's date that way.
//
// Meta.TitleFrom and Meta.PublishedFrom say that a value came from here.
func bodyMeta(doc *Document) {
	title := -1
	if doc.Meta.Title == "" {
		if i := titleHeading(doc.Blocks); i >= 0 {
			doc.Meta.Title, doc.Meta.TitleFrom = doc.Blocks[i].Text, FromBody
			title = i
		}
	}
	if doc.Meta.Author == "" {
		if name, d, ok := authorByline(doc.Blocks); ok {
			doc.Meta.Author = name
			if doc.Meta.Published == "" && d != "" {
				doc.Meta.Published, doc.Meta.PublishedFrom = d, FromBody
			}
		}
	}
	if doc.Meta.Published != "" {
		return
	}
	if d, ok := bylineDate(doc.Blocks); ok {
		doc.Meta.Published, doc.Meta.PublishedFrom = d, FromBody
		return
	}
	if title >= 0 && title+1 < len(doc.Blocks) {
		b := doc.Blocks[title+1]
		if b.Kind == Paragraph || b.Kind == Heading && b.Level > doc.Blocks[title].Level {
			if d, ok := ParseDate(strings.TrimSuffix(b.Text, ".")); ok && !allDigits(b.Text) {
				doc.Meta.Published, doc.Meta.PublishedFrom = d, FromBody
			}
		}
	}
}

// titleHeading returns the index of the heading that titles a page without
// a title, or -1: the first heading, if it is at level 1 or nothing but
// images comes before it.
func titleHeading(blocks []Block) int {
first:
	for i, b := range blocks {
		switch b.Kind {
		case Embed:
			continue
		case Heading:
			if strings.TrimSpace(b.Text) != "" {
				return i
			}
		}
		break first
	}
	for i, b := range blocks {
		if b.Kind == Heading && b.Level == 1 && strings.TrimSpace(b.Text) != "" {
			return i
		}
	}
	return -1
}

// bylineBlocks is how many blocks from the top a byline is looked for in.
const bylineBlocks = 6

// bylineDate returns the date of a byline among the first blocks: a
// block that starts with "Posted", "Published", "Written" or "By NAME on"
// followed by a date, which must come within the first words.
func bylineDate(blocks []Block) (string, bool) {
	for i := 0; i < len(blocks) && i < bylineBlocks; i++ {
		b := blocks[i]
		if b.Kind != Paragraph && b.Kind != Heading && b.Kind != Caption {
			continue
		}
		m := byline.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		if d, ok := ParseDate(m[1]); ok {
			return d, true
		}
	}
	return "", false
}

// authorLine is a byline that names the post's author, alone or before a date: "By Jane Doe",
// "By Jane Doe — 14 Feb 2015", "by Jane Doe, March 3, 2019".
var authorLine = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|van|de|der|von|da|di|le|la)){1,3})\s*(?:(?:[—–|·,-]|\s(?i:on))\s*((?i:` + dateWords + `)))?\s*$`)

// notNameStart is a first word that starts no name in a byline: a day or a month ("By Friday
// ...", "By March ...").
var notNameStart = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)\b`)

// authorByline returns the author a byline among the first blocks names, with the date it
// gives (or ""): a block that is only "By Name" or "By Name — date". The block must be the
// whole byline, so that "By the way, ..." or "By Friday we ..." names no one.
func authorByline(blocks []Block) (name, date string, ok bool) {
	for i := 0; i < len(blocks) && i < bylineBlocks; i++ {
		b := blocks[i]
		if b.Kind != Paragraph && b.Kind != Caption {
			continue
		}
		m := authorLine.FindStringSubmatch(strings.TrimSpace(b.Text))
		if m == nil || notNameStart.MatchString(m[1]) {
			continue
		}
		if m[2] != "" {
			date, _ = ParseDate(m[2])
		}
		return m[1], date, true
	}
	return "", "", false
}

// A date as bylines write it: "March 3, 2019", "3rd March 2019",
// "Mar. 3 2019", optionally after a weekday, or "2019-03-03".
const (
	monthWord = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	dayWord   = `\d{1,2}(?:st|nd|rd|th)?`
	dateWords = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?` +
		`(?:` + monthWord + `\s+` + dayWord + `,?\s+\d{4}` +
		`|` + dayWord + `\s+(?:of\s+)?` + monthWord + `,?\s+\d{4}` +
		`|\d{4}-\d{2}-\d{2})`
)

// byline matches the start of a byline and captures its date.
var byline = regexp.MustCompile(`(?i)^(?:(?:originally\s+)?(?:posted|published|written)(?:\s+on)?:?\s+` +
	`|(?:(?:posted|published|written)\s+)?by\s+[^.,;:]{1,60}?,?\s+on\s+)(` + dateWords + `)\b`)

// publishedTime returns the date of the first <time> element an HTML page
// marks as its publication date: with a pubdate attribute, itemprop
// datePublished, or a class such as "published", "dt-published",
// "post-date" or "entry-date", as blog themes write their bylines. Other
// <time> elements (an event's date) are not taken.
func publishedTime(n *html.Node, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Time && publicationMark(n) {
		v := attr(n, "datetime")
		if v == "" {
			v = collapse(deepText(n))
		}
		if d, ok := ParseDate(v); ok {
			return d, true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d, ok := publishedTime(c, depth+1); ok {
			return d, true
		}
	}
	return "", false
}

func publicationMark(n *html.Node) bool {
	if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch c {
		case "published", "dt-published", "post-date", "entry-date", "date-published", "post-meta-date", "publish-date":
			return true
		}
	}
	return false
}
