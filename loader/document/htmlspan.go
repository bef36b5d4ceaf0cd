package document

import "strings"

// spanTags are the elements whose HTML, written at the margin of a Markdown post, goes on
// to the element's end tag, blank lines and indentation notwithstanding.
var spanTags = []string{"table", "div", "ul", "ol", "dl", "section", "article", "blockquote", "figure", "center"}

// blankInHTML is what stands for a blank line inside such an element: a comment, which keeps
// the HTML block going and adds no text.
const blankInHTML = "<!-- -->"

// wholeHTMLElements rewrites the blank lines inside an HTML element written at the margin of
// a Markdown post ("<table>" … "</table>") as comments, so the element stays one HTML block
// to its end tag, as the blog engines that write such posts (kramdown, WordPress) read it.
// CommonMark ends an HTML block at a blank line, and the indented lines after it become
// code: "    <td><strong>Ana Lima</strong> …</td>" would be read as code text with its tags.
// An element whose end tag never comes, or one inside fenced code, is left as it is.
func wholeHTMLElements(md string) string {
	if !strings.Contains(md, "\n<") && !strings.HasPrefix(md, "<") {
		return md
	}
	fenced := fencedRanges(md)
	var blanks []int              // offsets of the blank lines to rewrite
	unclosed := map[string]bool{} // elements found open to the end: later ones are left as they are
	for at := 0; at < len(md); {
		line, after := lineAt(md, at)
		tag := ""
		if strings.HasPrefix(line, "<") && !inRanges(fenced, at) {
			tag = openingSpanTag(line)
		}
		if unclosed[tag] {
			tag = "" // the search to the end is not made twice (it would cost the square)
		}
		if tag == "" {
			at = after
			continue
		}
		// find the line that closes the element, counting the same element nested in it
		depth, found := 0, false
		var inside []int
		for j := at; j < len(md); {
			l, n := lineAt(md, j)
			if j > at && inRanges(fenced, j) {
				break
			}
			if strings.TrimSpace(l) == "" {
				inside = append(inside, j)
			}
			depth += countTag(l, "<"+tag) - countTag(l, "</"+tag)
			j = n
			if depth <= 0 {
				found, after = true, n
				break
			}
		}
		if found {
			blanks = append(blanks, inside...)
		} else {
			unclosed[tag] = true
		}
		at = after
	}
	return replaceLines(md, blanks, blankInHTML)
}

// lineAt returns the line of md that starts at offset at, with its newline, and where the
// next line starts.
func lineAt(md string, at int) (string, int) {
	if k := strings.IndexByte(md[at:], '\n'); k >= 0 {
		return md[at : at+k+1], at + k + 1
	}
	return md[at:], len(md)
}

// replaceLines returns md with each line that starts at one of the offsets (in order) replaced
// by with, its newline kept.
func replaceLines(md string, starts []int, with string) string {
	if len(starts) == 0 {
		return md
	}
	var b strings.Builder
	b.Grow(len(md) + len(starts)*len(with))
	last := 0
	for _, at := range starts {
		b.WriteString(md[last:at])
		b.WriteString(with)
		b.WriteString("\n")
		_, last = lineAt(md, at)
	}
	b.WriteString(md[min(last, len(md)):])
	return b.String()
}

// openingSpanTag returns the element of spanTags a line opens with ("<table>", "<div
// class=…>"), or "".
func openingSpanTag(line string) string {
	for _, t := range spanTags {
		if len(line) > len(t)+1 && strings.EqualFold(line[1:1+len(t)], t) {
			switch line[1+len(t)] {
			case '>', ' ', '\t', '\n', '\r':
				return t
			}
		}
	}
	return ""
}

// countTag counts the places in line where tag ("<table", "</table") starts, in any case,
// followed by the end of the tag's name.
func countTag(line, tag string) int {
	n := 0
	for i := strings.IndexByte(line, '<'); i >= 0 && i+len(tag) <= len(line); {
		if strings.EqualFold(line[i:i+len(tag)], tag) && (i+len(tag) == len(line) || strings.IndexByte(" \t\r\n>/", line[i+len(tag)]) >= 0) {
			n++
		}
		k := strings.IndexByte(line[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return n
}

// proseFences takes the fences off fenced blocks that hold prose, not code: a block with no
// language named, most of whose lines are words (an event's description pasted between
// "```" lines). Code keeps its fences.
func proseFences(md string) string {
	if !strings.Contains(md, "```") {
		return md
	}
	var cut []int // offsets of the fence lines to drop
	for _, r := range fencedRanges(md) {
		open, body := lineAt(md, r[0])
		closeAt := strings.LastIndexByte(md[:r[1]], '\n') + 1 // the block's last line: its closing fence
		if strings.TrimSpace(open) != "```" || closeAt <= body || !strings.HasPrefix(strings.TrimLeft(md[closeAt:r[1]], " "), "```") {
			continue // a fence that names a language, or one never closed
		}
		if proseLines(md[body:closeAt]) {
			cut = append(cut, r[0], closeAt)
		}
	}
	return replaceLines(md, cut, "")
}

// proseLines reports text whose lines read as prose: five lines or more with words, at least
// four in five of them free of the marks code is written with, and a third of them sentences
// of eight words or more.
func proseLines(text string) bool {
	lines, plain, long := 0, 0, 0
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines++
		if !strings.ContainsAny(l, ";{}=<>$\\|") && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "//") {
			plain++
		}
		if len(strings.Fields(l)) >= 8 {
			long++
		}
	}
	return lines >= 5 && plain*5 >= lines*4 && long*3 >= lines
}
