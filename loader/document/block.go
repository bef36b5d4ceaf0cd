package document

import (
	"fmt"
)

// Kind is the kind of a block.
type Kind int

// Kinds of blocks. The zero Kind is not used, so a Block left unset shows.
const (
	// Heading is a heading at Level 1 to 6.
	Heading Kind = iota + 1
	// Paragraph is running text: a paragraph, a div with text, a
	// definition term or description, or text between other blocks.
	Paragraph
	// ListItem is one list item, without the items nested in it; Level is
	// its nesting depth.
	ListItem
	// Quote is running text inside a blockquote, such as the text of an
	// embedded tweet. Headings and list items inside a blockquote keep
	// their own kind; every block inside one has Block.Quoted set.
	Quote
	// TableRow is one table row with its cells joined by " | ".
	TableRow
	// Caption is a figure or table caption.
	Caption
	// Embed is an image, iframe, video or other embedded object: its first
	// Link is the source, and Text is the alt text or title, if any.
	Embed
	// Code is preformatted text, such as a code sample; the extractor will
	// usually skip it.
	Code
)

var kindNames = [...]string{
	Heading:   "heading",
	Paragraph: "paragraph",
	ListItem:  "list-item",
	Quote:     "quote",
	TableRow:  "table-row",
	Caption:   "caption",
	Embed:     "embed",
	Code:      "code",
}

// String returns the kind's name, such as "heading" or "list-item".
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// MarshalText writes the kind's name, so JSON output stays readable.
func (k Kind) MarshalText() ([]byte, error) {
	if k <= 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("document: marshal kind %d: unknown kind", int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a kind's name as written by MarshalText.
func (k *Kind) UnmarshalText(text []byte) error {
	for i, name := range kindNames {
		if name != "" && name == string(text) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("document: unmarshal kind %q: unknown kind", text)
}

// Link is a hyperlink inside a block's Text.
type Link struct {
	// Start and End are byte offsets into Block.Text of the link text;
	// Start == End for a link without text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Href  string `json:"href"`
	Title string `json:"title,omitempty"`
}

// Span marks emphasis inside a block's Text.
type Span struct {
	// Start and End are byte offsets into Block.Text; Start < End.
	Start int `json:"start"`
	End   int `json:"end"`
	// Strong is true for bold or strong text and false for italics or
	// emphasis.
	Strong bool `json:"strong,omitempty"`
}

// Role is a part of a block's text that an HTML element's class names as a talk's title
// ("title", "talk-title"), its speaker ("speaker", "presenter") or its time ("time"): grids
// of talks often say what each cell holds only there.
type Role struct {
	// Start and End are byte offsets into Block.Text; Start < End.
	Start int `json:"start"`
	End   int `json:"end"`
	// Name is RoleTitle, RoleSpeaker or RoleTime.
	Name string `json:"name"`
}

// Names of roles.
const (
	RoleTitle   = "title"
	RoleSpeaker = "speaker"
	RoleTime    = "time"
)

// Block is one unit of text in reading order.
type Block struct {
	Kind Kind `json:"kind"`
	// Level is the heading level (1-6) for a Heading, the list nesting
	// depth (0 = top level) for a ListItem, and 0 otherwise.
	Level int `json:"level,omitempty"`
	// Text is plain text: entities decoded, whitespace collapsed to single
	// spaces, trimmed, with no markup. It is never empty except for some
	// Embeds.
	Text  string `json:"text"`
	Links []Link `json:"links,omitempty"`
	Spans []Span `json:"spans,omitempty"`
	// Roles are the parts of Text that an HTML page's class names give a role in a
	// programme: a talk's title, its speaker or its time (see Role).
	Roles []Role `json:"roles,omitempty"`
	// Breaks are the offsets in Text of the lines that start after a line
	// break in the source (a newline or <br>), in order: agendas and
	// archives often write one talk a line inside one paragraph.
	Breaks []int `json:"breaks,omitempty"`
	// Quoted is true inside a blockquote, such as an embedded tweet.
	Quoted bool `json:"quoted,omitempty"`
	// Section is the index in Document.Blocks of the nearest Heading at or
	// before this block (a Heading's own index), or -1 before any heading.
	Section int `json:"section"`
}

// LinkText returns the text of link l in b.
func (b Block) LinkText(l Link) string {
	if l.Start < 0 || l.End > len(b.Text) || l.Start > l.End {
		return ""
	}
	return b.Text[l.Start:l.End]
}

// Lines returns the byte ranges of the block's lines in Text, split at its
// Breaks; a block without breaks is one line.
func (b Block) Lines() [][2]int {
	out := make([][2]int, 0, len(b.Breaks)+1)
	start := 0
	for _, br := range b.Breaks {
		if br <= start || br > len(b.Text) {
			continue
		}
		out = append(out, [2]int{start, br - 1})
		start = br
	}
	return append(out, [2]int{start, len(b.Text)})
}

// SpanText returns the text of span s in b.
func (b Block) SpanText(s Span) string {
	if s.Start < 0 || s.End > len(b.Text) || s.Start > s.End {
		return ""
	}
	return b.Text[s.Start:s.End]
}
