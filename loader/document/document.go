// Package document turns one blog post file into its metadata and a flat
// sequence of text blocks in reading order.
//
// Posts about meetups and conferences come as Markdown (Hugo, Jekyll,
// Pelican), HTML, Go "present" articles or plain text, with front matter in
// YAML, TOML or a Pelican-style header. Whatever the source, the extractor
// sees the same shape: blocks of plain text that keep the links and emphasis
// that help find talks and speakers, and no markup. Markdown is rendered to
// HTML first so that raw HTML inside Markdown (common in these posts) and
// HTML files go through one walker.
//
// The package is pure: Parse reads no files, and it never panics.
package document

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxSize is the largest post Parse accepts, in bytes. Real posts are a few
// kilobytes; anything this big is a data dump, not a post.
const MaxSize = 8 << 20

// Errors returned by Parse, wrapped with the file name and details; match
// them with errors.Is.
var (
	// ErrEmpty means the post has no content: the file is empty or all
	// whitespace, nothing follows the front matter, or no text was found.
	ErrEmpty = errors.New("empty post")
	// ErrBinary means the file holds NUL bytes or many control characters.
	ErrBinary = errors.New("binary data")
	// ErrNotUTF8 means the file is not valid UTF-8 (UTF-16 included).
	ErrNotUTF8 = errors.New("not valid UTF-8")
	// ErrFrontMatter means front matter opens but never closes or does not
	// parse.
	ErrFrontMatter = errors.New("bad front matter")
	// ErrTooLarge means the file is over MaxSize.
	ErrTooLarge = errors.New("post too large")
)

// Formats a Document can have; Document.Format holds one of them.
const (
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatArticle  = "article"
	FormatAsciiDoc = "asciidoc"
	FormatRST      = "rst"
	FormatText     = "text"
)

// Meta is what the front matter (or header) says about a post.
type Meta struct {
	Title string `json:"title,omitempty"`
	// Author is the first author when the post lists several.
	Author string `json:"author,omitempty"`
	// URL is the post's own address: url, permalink, canonical or link.
	URL  string `json:"url,omitempty"`
	Slug string `json:"slug,omitempty"`
	// Published is the publication date as YYYY-MM-DD, or "" when unknown.
	// It is the date as written, without converting time zones. See
	// ParseDate for the accepted forms.
	Published string   `json:"published,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	// Categories come from categories or category.
	Categories []string `json:"categories,omitempty"`
	// Summary is the summary, description or excerpt.
	Summary string `json:"summary,omitempty"`
	// Extra holds the other scalar keys, lower-cased with any leading ':'
	// (Ruby symbol keys) stripped. It is nil when there are none.
	Extra map[string]string `json:"extra,omitempty"`

	// The fields below are what conference and meetup sites put in the
	// front matter of a talk or event page (see readTalkMeta for the keys
	// read). They are empty for ordinary posts.

	// Kind is KindTalk when the front matter says the page is a talk (or
	// session, keynote, workshop...), KindEvent when it says the page is an
	// event (or meetup, conference...), and "" otherwise.
	Kind string `json:"kind,omitempty"`
	// Speakers are the people the front matter lists as giving the talk or
	// speaking at the event.
	Speakers []Speaker `json:"speakers,omitempty"`
	// Talks are the talks an event page's front matter lists (talks,
	// sessions, agenda, schedule...).
	Talks []TalkData `json:"talks,omitempty"`
	// TalkTitle is the title of the page's talk when a key of its own
	// names it apart from the page's title (talk_title, session_title,
	// primary_title, speaker_talk_title).
	TalkTitle string `json:"talk_title,omitempty"`
	// Event is the name of the event the page's talk was given at.
	Event string `json:"event,omitempty"`
	// StartDate is the date the talk or event takes place, as YYYY-MM-DD,
	// from keys such as start or dateTime (never from date, which is
	// Published).
	StartDate string `json:"start_date,omitempty"`
	// Venue is the name of the place, Location where it is (an address or
	// "Venue, City"), and City a city given on its own.
	Venue    string `json:"venue,omitempty"`
	Location string `json:"location,omitempty"`
	City     string `json:"city,omitempty"`
	// Host is the organization that hosts the event.
	Host string `json:"host,omitempty"`
	// Slides and Video are links to the talk's slides and recording.
	Slides string `json:"slides,omitempty"`
	Video  string `json:"video,omitempty"`
	// TitleFrom and PublishedFrom say where Title and Published came from
	// when it was not the front matter or the page's head: FromBody when
	// they were read from the text (see bodyMeta).
	TitleFrom     string `json:"title_from,omitempty"`
	PublishedFrom string `json:"published_from,omitempty"`
}

// Values of Meta.Kind.
const (
	KindTalk  = "talk"
	KindEvent = "event"
)

// FromBody is the value of Meta.TitleFrom and Meta.PublishedFrom when the
// value was read from the post's text.
const FromBody = "body"

// Speaker is a person the front matter lists as a speaker.
type Speaker struct {
	Name string `json:"name"`
	// Company is the speaker's company or affiliation, when given.
	Company string `json:"company,omitempty"`
	// URL is a link about the speaker (home page, profile), when given.
	URL string `json:"url,omitempty"`
	// Handle is a social-network handle without its "@", when given.
	Handle string `json:"handle,omitempty"`
	// Talk is the title of the speaker's talk, when a speaker table gives
	// it.
	Talk string `json:"talk,omitempty"`
}

// TalkData is a talk as the front matter of an event page lists it.
type TalkData struct {
	Title    string    `json:"title,omitempty"`
	Speakers []Speaker `json:"speakers,omitempty"`
	// URL is a link on the title or a url key; Slides and Video link the
	// slides and the recording.
	URL    string `json:"url,omitempty"`
	Slides string `json:"slides,omitempty"`
	Video  string `json:"video,omitempty"`
}

// Document is a parsed post.
type Document struct {
	// Name is the file name without directory and extension.
	Name string `json:"name"`
	// Format is how the body was read: FormatMarkdown, FormatHTML,
	// FormatArticle, FormatAsciiDoc, FormatRST or FormatText.
	Format string  `json:"format"`
	Meta   Meta    `json:"meta"`
	Blocks []Block `json:"blocks"`
	// Events are the schema.org Event items an HTML page (or raw HTML in
	// Markdown) carries as JSON-LD or microdata, in document order.
	Events []EventData `json:"events,omitempty"`
	// Scripts are the texts of the page's inline scripts (not JSON-LD), in
	// order and bounded in size: some pages hold their talks or meetups as
	// a JavaScript array that the page renders.
	Scripts []string `json:"scripts,omitempty"`
	// Warnings say what of the post could not be read and was left out: broken
	// front matter.
	Warnings []string `json:"warnings,omitempty"`
}

// Parse parses a post. name is the file name; its extension picks the
// format (.md and .markdown are Markdown, .html and .htm HTML, .article and
// .slide Go present articles, .adoc and .asciidoc AsciiDoc, .rst
// reStructuredText, anything else plain text), and the content can
// override it: a .txt file that holds HTML is read as HTML, and so is a
// Markdown file that is a whole HTML page.
//
// Parse returns an error wrapping ErrTooLarge, ErrEmpty, ErrBinary,
// ErrNotUTF8 or ErrFrontMatter when the post cannot be read.
func Parse(name string, data []byte) (*Document, error) {
	doc, err := parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("document: parse %q: %w", name, err)
	}
	return doc, nil
}

func parse(name string, data []byte) (*Document, error) {
	text, err := clean(data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Name: baseName(name), Format: formatOf(name)}

	var body string
	pageFacts := false // the front matter states a talk's or an event's facts
	if doc.Format == FormatArticle {
		var md string
		doc.Meta, md = parseArticle(text)
		body = md
		if strings.EqualFold(path.Ext(strings.ReplaceAll(name, `\`, "/")), ".slide") {
			slideDeck(&doc.Meta)
		}
	} else {
		fm, err := splitFrontMatter(text)
		if err != nil {
			return nil, err
		}
		body = fm.body
		doc.Meta = fm.meta
		if fm.warning != "" {
			doc.Warnings = append(doc.Warnings, fm.warning)
		}
		if !fm.found && doc.Format != FormatHTML && doc.Format != FormatAsciiDoc && doc.Format != FormatRST {
			if meta, rest, ok := parseHeader(text); ok {
				doc.Meta, body = meta, rest
			}
		}
		pageFacts = fm.found && factsInFrontMatter(doc.Meta)
		if strings.TrimSpace(body) == "" {
			if pageFacts {
				// a talk or event page generated from its front matter alone
				fromFileName(doc)
				return doc, nil
			}
			return nil, fmt.Errorf("%w: nothing after the front matter", ErrEmpty)
		}
		doc.Format = sniff(doc.Format, body)
		switch doc.Format {
		case FormatAsciiDoc:
			body = parseAsciiDoc(body, &doc.Meta)
		case FormatRST:
			body = parseRST(body, &doc.Meta)
		case FormatMarkdown:
			if strings.EqualFold(path.Ext(strings.ReplaceAll(name, `\`, "/")), ".mdx") || opensWithESM(body) {
				body = mdxBlockTags(withoutESM(body))
			}
			body = proseFences(wholeHTMLElements(body))
		}
	}

	switch doc.Format {
	case FormatText:
		doc.Blocks = textBlocks(body)
	case FormatHTML:
		doc.Blocks, err = htmlBlocks([]byte(body), &doc.Meta, &doc.Events)
	default: // Markdown, and the Markdown that present articles and AsciiDoc are rewritten as.
		doc.Blocks, err = markdownBlocks(body, &doc.Events)
	}
	if err != nil {
		return nil, err
	}
	if doc.Format != FormatText && strings.Contains(body, "<script") {
		doc.Scripts = inlineScripts(body)
	}
	if len(doc.Blocks) == 0 {
		if pageFacts {
			// a talk or event page whose body holds no text (a comment, a template's call):
			// its front matter says it all
			fromFileName(doc)
			return doc, nil
		}
		return nil, fmt.Errorf("%w: no text found", ErrEmpty)
	}
	setSections(doc.Blocks)
	fromFileName(doc)
	bodyMeta(doc)
	if cap(doc.Blocks) > len(doc.Blocks)+len(doc.Blocks)/8 {
		// The blocks were appended one by one, so up to half of the array is room to grow,
		// which would be held all the while the post is extracted. A Block takes 120 bytes,
		// more than the text of a short list item.
		doc.Blocks = slices.Clone(doc.Blocks)
	}
	return doc, nil
}

// factsInFrontMatter reports front matter that states talks or an event by itself: speakers,
// talks, a page kind, or a place.
func factsInFrontMatter(m Meta) bool {
	return len(m.Speakers) > 0 || len(m.Talks) > 0 || m.Kind != "" || m.Venue != "" || m.Location != "" || m.City != ""
}

// clean checks that data is a text post and returns it as a string with the
// byte order mark dropped, line endings normalised to "\n" and Unicode in
// NFC form, so that the same name written two ways reads the same.
func clean(data []byte) (string, error) {
	if len(data) > MaxSize {
		return "", fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxSize)
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", fmt.Errorf("%w: UTF-16 byte order mark", ErrNotUTF8)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%w: no text", ErrEmpty)
	}
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("%w: bad byte on line %d", ErrNotUTF8, firstInvalidLine(data))
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	if !norm.NFC.IsNormal(data) {
		data = norm.NFC.Bytes(data)
	}
	return string(data), nil
}

// binarySample is how much of a file checkBinary looks at; a text file
// shows itself in its first pages.
const binarySample = 64 << 10

// checkBinary rejects data with NUL bytes or where more than one byte in
// twenty of the first binarySample bytes (and more than four bytes) is a
// control character other than whitespace.
func checkBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	sample := data[:min(len(data), binarySample)]
	controls := 0
	for _, c := range sample {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			controls++
		}
	}
	if controls > 4 && controls*20 > len(sample) {
		return fmt.Errorf("%w: %d control characters in the first %d bytes", ErrBinary, controls, len(sample))
	}
	return nil
}

func firstInvalidLine(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += n
	}
	return line
}

// baseName returns the file name without directory and extension. Both
// slashes and backslashes separate directories, so Windows paths work too.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimSuffix(name, path.Ext(name))
}

func formatOf(name string) string {
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/"))) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdx":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".article", ".slide":
		return FormatArticle
	case ".adoc", ".asciidoc", ".asc":
		return FormatAsciiDoc
	case ".rst", ".rest":
		return FormatRST
	default:
		return FormatText
	}
}

// sniff overrides the format picked by extension when the body says
// otherwise: a whole HTML page is HTML whatever its name, and a text file
// that starts with a known HTML tag is HTML. Markdown that merely contains
// HTML stays Markdown, since Markdown passes raw HTML through.
func sniff(format, body string) string {
	if format == FormatHTML {
		return format
	}
	head := strings.ToLower(strings.TrimSpace(body[:min(len(body), 512)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return FormatHTML
	}
	if format == FormatText && startsWithHTMLTag(head) && strings.Contains(body, "</") {
		return FormatHTML
	}
	return format
}

// LooksLikePage reports whether the first bytes of a file of some other kind (a server-side
// template such as .php, .erb or .njk) show a page the parser can read: front matter, or text
// that starts with an HTML tag.
func LooksLikePage(head []byte) bool {
	h := strings.TrimLeft(string(head[:min(len(head), 512)]), " \t\r\n\ufeff")
	if strings.HasPrefix(h, "---\n") || strings.HasPrefix(h, "---\r\n") || strings.HasPrefix(h, "+++\n") || strings.HasPrefix(h, "+++\r\n") {
		return true
	}
	lower := strings.ToLower(h)
	return strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") || startsWithHTMLTag(lower)
}

var htmlStartTags = []string{
	"<!--", "<head", "<body", "<meta", "<title", "<p>", "<p ", "<div", "<article", "<section",
	"<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ul", "<ol", "<table", "<blockquote", "<img", "<a ",
}

func startsWithHTMLTag(lower string) bool {
	for _, t := range htmlStartTags {
		if strings.HasPrefix(lower, t) {
			return true
		}
	}
	return false
}

// setSections points every block at the nearest heading at or before it: a
// heading is the start of its own section.
func setSections(blocks []Block) {
	section := -1
	for i := range blocks {
		if blocks[i].Kind == Heading {
			section = i
		}
		blocks[i].Section = section
	}
}

// fromFileName fills the date and slug from a Jekyll-style file name
// ("2016-08-05-a-roundup.md") when the front matter has none, as Jekyll
// itself does.
func fromFileName(doc *Document) {
	n := doc.Name
	if len(n) < 11 || n[10] != '-' {
		return
	}
	date, ok := ParseDate(n[:10])
	if !ok || n[:10] != date {
		return
	}
	if doc.Meta.Published == "" {
		doc.Meta.Published = date
	}
	if doc.Meta.Slug == "" {
		doc.Meta.Slug = n[11:]
	}
}
