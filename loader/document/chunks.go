package document

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// chunkSize is the size of the pieces a long Markdown post is rendered and walked in (see
// chunkedBlocks). goldmark's syntax tree and the HTML tree of the rendered page take 20 to 60
// times the size of the text they hold; rendered whole, a post of a megabyte needed tens of
// megabytes for them at once. Tests lower it to cut a post at every place it can be cut.
var chunkSize = 32 << 10

// chunkedBlocks renders Markdown (already preprocessed) in pieces of about size bytes cut
// where the cut cannot change what is read (see markdownChunks), walking each piece's HTML
// into blocks before rendering the next, so that only one piece's syntax tree and HTML tree
// are held at a time. It reports false, and the post is rendered whole instead, when a piece
// holds raw HTML (an element opened in one piece may close in another, and only the whole
// page's HTML tree nests it right) or its HTML does not parse.
func chunkedBlocks(md string, size int, events *[]EventData) ([]Block, bool) {
	if strings.Contains(md, "]:") {
		// a link reference definition anywhere serves links everywhere: a piece without it
		// would leave its links unresolved
		return nil, false
	}
	w := newWalker(len(md))
	var found []EventData
	var out bytes.Buffer
	for c := range markdownChunks(md, size) {
		src := []byte(c.text)
		root := markdown().Parser().Parse(text.NewReader(src))
		if hasRawHTML(root) {
			return nil, false
		}
		out.Reset()
		if err := markdown().Renderer().Render(&out, src, root); err != nil {
			return nil, false
		}
		page, err := html.Parse(&out)
		if err != nil {
			return nil, false
		}
		if events != nil && (bytes.Contains(out.Bytes(), []byte("ld+json")) || bytes.Contains(out.Bytes(), []byte("itemscope"))) {
			found = append(found, schemaEvents(page, nil)...)
		}
		w.skipHead = c.tableGoesOn
		w.walk(page, 0)
	}
	w.flush()
	if events != nil {
		*events = append(*events, found...)
	}
	return w.blocks, true
}

// hasRawHTML reports whether a Markdown syntax tree holds HTML written in the text.
func hasRawHTML(root ast.Node) bool {
	found := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if k := n.Kind(); entering && (k == ast.KindHTMLBlock || k == ast.KindRawHTML) {
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// A chunk is a piece of a Markdown post rendered on its own.
type chunk struct {
	// text is the piece's Markdown. A piece that goes on with a table the piece before began
	// starts with the table's header and delimiter rows, for goldmark to read its rows as a
	// table's; tableGoesOn is then true, and the walker skips that header.
	text        string
	tableGoesOn bool
}

// markdownChunks cuts Markdown into pieces of at least size bytes (the last one aside), each
// of which renders to the HTML of the same blocks as it does within the whole post. A piece
// ends only outside fenced code, before a line that
//   - follows a blank line and begins at the margin with no list or block quote marker (a
//     barrier): every block open before it (paragraph, list, quote, table, indented code)
//     has ended; or
//   - begins a top-level bullet item ("- Talk") right after a line of a list, in a stretch
//     between barriers where no blank line stands before a line of text (so every list in
//     it is tight, whole and in pieces, and ends there); the piece after begins a list of
//     its own, which the walker reads as it reads the rest of the list; or
//   - is a table row ("| ... |") right after another, in such a stretch too; the piece after
//     repeats the table's header and delimiter rows.
func markdownChunks(md string, size int) func(yield func(chunk) bool) {
	return func(yield func(chunk) bool) {
		lines := lineStarts(md)
		flags := lineFlags(md, lines)
		start := 0                   // where the current piece begins
		prefix := ""                 // the table header the current piece repeats
		header, delim := "", ""      // the table being read, if any
		prevList := false            // the previous line is part of a list: a marker or indented
		prevRow := false             // the previous line is a row of the table being read
		tight := stretchTight(flags) // no blank line stands before a line of text in this stretch
		for i := range lines {
			at := int(lines[i])
			line := md[at:lineEnd(md, lines, i)]
			f := flags[i]
			if f&lineBarrier != 0 {
				tight = stretchTight(flags[i:])
			}
			if f&lineFenced != 0 {
				header, delim = "", ""
				prevList, prevRow = false, false
				if f&lineBarrier != 0 && at > start && at-start >= size {
					if !yield(chunk{text: prefix + md[start:at], tableGoesOn: prefix != ""}) {
						return
					}
					start, prefix = at, ""
				}
				continue
			}
			blank := f&lineBlank != 0
			cut, carry := false, ""
			switch {
			case f&lineBarrier != 0:
				cut = true
			case blank:
			case tight && prevList && bulletItem(line):
				cut = true
			case tight && prevRow && header != "" && line[0] == '|':
				cut, carry = true, header+"\n"+delim+"\n"
			}
			if cut && at > start && at-start >= size {
				if !yield(chunk{text: prefix + md[start:at], tableGoesOn: prefix != ""}) {
					return
				}
				start, prefix = at, carry
			}
			switch {
			case blank:
				header, delim = "", ""
			case header == "" && i >= 1 && flags[i-1]&lineFenced == 0 && (i == 1 || flags[i-2]&lineBlank != 0) && tableHeader(md[lines[i-1]:at-1], line):
				header, delim = md[lines[i-1]:at-1], line
			case header != "" && line[0] != '|':
				header, delim = "", ""
			}
			prevRow = header != "" && line[0] == '|' && line != delim
			prevList = !blank && (line[0] == ' ' || line[0] == '\t' || bulletItem(line) || orderedItem(line))
		}
		if start < len(md) {
			yield(chunk{text: prefix + md[start:], tableGoesOn: prefix != ""})
		}
	}
}

// Flags of a line of Markdown (see lineFlags).
const (
	lineBlank   = 1 << iota // nothing but white space
	lineFenced              // in fenced code, or a fence
	lineBarrier             // see markdownChunks
)

// lineFlags returns the flags of each line of md.
func lineFlags(md string, lines []int32) []uint8 {
	flags := make([]uint8, len(lines))
	fence := ""
	prevBlank := true
	for i := range lines {
		line := md[lines[i]:lineEnd(md, lines, i)]
		trimmed := strings.TrimLeft(line, " ")
		var f uint8
		if strings.TrimSpace(line) == "" {
			f |= lineBlank
		}
		switch {
		case fence != "":
			f |= lineFenced
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
		default:
			if prevBlank && plainStart(line) {
				f |= lineBarrier
			}
			if o := openFence(trimmed); o != "" && len(line)-len(trimmed) < 4 {
				fence = o
				f |= lineFenced
			}
		}
		prevBlank = f&lineBlank != 0 && f&lineFenced == 0
		flags[i] = f
	}
	return flags
}

// stretchTight reports whether, in the stretch of lines from a barrier (or the start) to the
// next, no blank line stands between lines that are not blank.
func stretchTight(flags []uint8) bool {
	text, blank := false, false
	for i, f := range flags {
		switch {
		case i > 0 && f&lineBarrier != 0:
			return true
		case f&lineBlank != 0 && f&lineFenced == 0:
			blank = text
		case blank:
			return false
		default:
			text = true
		}
	}
	return true
}

// plainStart reports whether a line begins at the margin with something other than a list
// marker or a block quote marker.
func plainStart(line string) bool {
	if line == "" {
		return false
	}
	switch line[0] {
	case ' ', '\t', '>':
		return false
	}
	return !bulletItem(line) && !orderedItem(line) && !strings.HasPrefix(line, "-") && !strings.HasPrefix(line, "*") && !strings.HasPrefix(line, "+")
}

// bulletItem reports whether a line begins a top-level bullet item with text ("- Talk"), and
// is not a thematic break ("- - -").
func bulletItem(line string) bool {
	if len(line) < 3 || (line[0] != '-' && line[0] != '*' && line[0] != '+') || line[1] != ' ' || line[2] == ' ' || line[2] == '\t' {
		return false
	}
	return strings.Trim(line, string(line[0])+" \t") != ""
}

// orderedItem reports whether a line begins a top-level ordered item ("1. Talk", "2)").
func orderedItem(line string) bool {
	i := 0
	for i < len(line) && i < 10 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t')
}

// tableHeader reports whether two lines begin a table that goldmark reads: a header row and a
// delimiter row of as many cells, both written between pipes, and a header with no escapes or
// code spans, whose pipes could be text.
func tableHeader(header, delim string) bool {
	if !strings.HasPrefix(header, "|") || !strings.HasPrefix(delim, "|") || strings.ContainsAny(header, "\\`") {
		return false
	}
	for _, c := range delim {
		if !strings.ContainsRune("|-: \t", c) {
			return false
		}
	}
	cells := func(s string) int {
		s = strings.TrimSpace(s)
		return strings.Count(strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|"), "|") + 1
	}
	return strings.Contains(delim, "-") && cells(header) == cells(delim)
}

// lineStarts returns the offsets at which md's lines begin.
func lineStarts(md string) []int32 {
	out := make([]int32, 0, strings.Count(md, "\n")+1)
	for at := 0; at < len(md); {
		out = append(out, int32(at))
		i := strings.IndexByte(md[at:], '\n')
		if i < 0 {
			break
		}
		at += i + 1
	}
	return out
}

// lineEnd returns where line i of md ends, before its newline.
func lineEnd(md string, lines []int32, i int) int {
	if i+1 < len(lines) {
		return int(lines[i+1]) - 1
	}
	return len(strings.TrimSuffix(md, "\n"))
}
