package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// builder accumulates the text of one block with its links and spans.
// Whitespace is collapsed as text arrives: a run of spaces becomes a single
// space that is only written when visible text follows, so Text is trimmed
// and link offsets never point at stray spaces.
type builder struct {
	kind   Kind
	level  int
	quoted bool

	buf   []byte
	space bool // a space is due before the next visible character
	brk   bool // the due space stands for a line break
	// breaks are the offsets in buf of lines that start after a line break.
	breaks []int

	links []Link
	spans []Span
	roles []Role
	open  []openMark // links and spans not yet closed, outermost first
	// unstarted counts open marks that have not seen text yet, so write
	// does not have to look at them for every character.
	unstarted int

	// images are embeds seen while the builder had no text; they become
	// Embed blocks only if the run ends without text, because an image
	// inside a sentence is decoration, not a block.
	images []Block
}

type openMark struct {
	link    bool
	role    bool
	idx     int // into links or spans
	started bool
}

// mark is an inline element that becomes a Link or Span.
type mark struct {
	link   bool
	role   string // the role a class name gives the element (see classRole)
	strong bool
	href   string
	title  string
}

func (b *builder) openMark(m mark) {
	om := openMark{link: m.link, role: m.role != ""}
	start := len(b.buf)
	if om.role {
		om.idx = len(b.roles)
		b.roles = append(b.roles, Role{Start: start, End: start, Name: m.role})
	} else if m.link {
		om.idx = len(b.links)
		b.links = append(b.links, Link{Start: start, End: start, Href: m.href, Title: m.title})
	} else {
		om.idx = len(b.spans)
		b.spans = append(b.spans, Span{Start: start, End: start, Strong: m.strong})
	}
	b.open = append(b.open, om)
	b.unstarted++
}

func (b *builder) closeMark() {
	if len(b.open) == 0 {
		return
	}
	om := b.open[len(b.open)-1]
	b.open = b.open[:len(b.open)-1]
	end := len(b.buf)
	if !om.started {
		b.unstarted--
	}
	if om.role {
		r := &b.roles[om.idx]
		if !om.started {
			r.Start = end
		}
		r.End = end
	} else if om.link {
		l := &b.links[om.idx]
		if !om.started {
			l.Start = end
		}
		l.End = end
	} else {
		s := &b.spans[om.idx]
		if !om.started {
			s.Start = end
		}
		s.End = end
	}
}

// visible is called before each visible character: it writes a pending
// space and starts the marks waiting for their first character.
func (b *builder) visible() {
	if b.space {
		if len(b.buf) > 0 {
			b.buf = append(b.buf, ' ')
			if b.brk {
				b.breaks = append(b.breaks, len(b.buf))
			}
		}
		b.space, b.brk = false, false
	}
	if b.unstarted == 0 {
		return
	}
	for i := range b.open {
		om := &b.open[i]
		if om.started {
			continue
		}
		om.started = true
		if om.role {
			b.roles[om.idx].Start = len(b.buf)
		} else if om.link {
			b.links[om.idx].Start = len(b.buf)
		} else {
			b.spans[om.idx].Start = len(b.buf)
		}
	}
	b.unstarted = 0
}

// write appends text, collapsing whitespace and dropping control and
// invisible formatting characters.
func (b *builder) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				b.space, b.brk = true, true
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				b.space = true
			case c < 0x20 || c == 0x7F:
			default:
				b.visible()
				b.buf = append(b.buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			b.space = true
		case invisible(r), unicode.IsControl(r):
		default:
			b.visible()
			b.buf = append(b.buf, s[i:i+n]...)
		}
		i += n
	}
}

// invisible reports characters that only affect layout: soft hyphens, zero
// width spaces and joiners used as word breaks, and stray byte order marks.
func invisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// sep writes a table cell separator.
func (b *builder) sep() {
	b.space = false
	if len(b.buf) > 0 {
		b.buf = append(b.buf, ' ')
	}
	b.buf = append(b.buf, '|')
	b.space = true
}

// finish closes the open marks and returns the block, reporting false if it
// has no text.
func (b *builder) finish() (Block, bool) {
	for len(b.open) > 0 {
		b.closeMark()
	}
	if len(b.buf) == 0 || (b.kind == TableRow && strings.Trim(string(b.buf), "| ") == "") {
		return Block{}, false
	}
	blk := Block{Kind: b.kind, Level: b.level, Text: string(b.buf), Quoted: b.quoted, Breaks: b.breaks}
	if len(b.links) > 0 {
		blk.Links = b.links
	}
	for _, s := range b.spans {
		if s.Start < s.End {
			blk.Spans = append(blk.Spans, s)
		}
	}
	for _, r := range b.roles {
		if r.Start < r.End {
			blk.Roles = append(blk.Roles, r)
		}
	}
	return blk, true
}

// collapse returns s with whitespace collapsed and trimmed.
func collapse(s string) string {
	var b builder
	b.write(s)
	return string(b.buf)
}

// textBlocks reads a plain text body: paragraphs are separated by blank
// lines, and web addresses in them become links.
func textBlocks(body string) []Block {
	var blocks []Block
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		var b builder
		b.write(strings.Join(para, "\n"))
		text := string(b.buf)
		para = para[:0]
		if text == "" {
			return
		}
		blocks = append(blocks, Block{Kind: Paragraph, Text: text, Links: bareLinks(text), Breaks: b.breaks})
	}
	for line := range strings.SplitSeq(body, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return blocks
}

// bareLinks finds http and https addresses written out in text.
func bareLinks(text string) []Link {
	var links []Link
	for off := 0; off < len(text); {
		i := indexURL(text[off:])
		if i < 0 {
			break
		}
		start := off + i
		end := start
		for end < len(text) && text[end] != ' ' && text[end] != '<' && text[end] != '>' && text[end] != '"' {
			end++
		}
		// Sentence punctuation after an address is not part of it.
		for end > start && strings.ContainsRune(".,;:!?)]'", rune(text[end-1])) {
			if text[end-1] == ')' && strings.Contains(text[start:end-1], "(") {
				break
			}
			end--
		}
		if u := text[start:end]; u != "http://" && u != "https://" {
			links = append(links, Link{Start: start, End: end, Href: u})
		}
		off = max(end, start+1)
	}
	return links
}

func indexURL(s string) int {
	i := strings.Index(s, "http")
	for i >= 0 {
		rest := s[i:]
		if strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") {
			if i == 0 || !isWordByte(s[i-1]) {
				return i
			}
		}
		j := strings.Index(s[i+4:], "http")
		if j < 0 {
			return -1
		}
		i += 4 + j
	}
	return -1
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
