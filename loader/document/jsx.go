package document

import (
	"html"
	"regexp"
	"sort"
	"strings"
)

// MDX posts (Docusaurus, Gatsby, Next.js sites) state talks with components rather than text:
// a person component such as <Speaker name='Ana Lima' position='Engineer at Initech'/>, often
// inside a component whose title attribute is the talk's title (<Admonition title={<a
// href="/t">Title</a>}> … </Admonition>). goldmark sees them as raw HTML with no text, so the
// facts would be lost. jsxTalks rewrites them as the text a reader would see: the title in
// bold, linked when it was a link, followed by "by" and the speakers' names; a person
// component outside any titled component becomes a "Speaker: Name" line.

// withoutESM drops the module lines of an MDX post (import and export statements at the start
// of a line, outside code fences), which are code, not text a reader sees. A statement that
// runs on over several lines ends at the first line that ends with ";" or closes its braces.
func withoutESM(src string) string {
	if !strings.Contains(src, "import ") && !strings.Contains(src, "export ") {
		return src
	}
	fenced := fencedRanges(src)
	var out strings.Builder
	out.Grow(len(src))
	inStatement, depth := false, 0
	off := 0
	for line := range strings.SplitSeq(src, "\n") {
		start := off
		off += len(line) + 1
		if !inStatement && (inRanges(fenced, start) || !esmLine.MatchString(line)) {
			out.WriteString(line)
			out.WriteByte('\n')
			continue
		}
		inStatement = true
		depth += strings.Count(line, "{") - strings.Count(line, "}")
		t := strings.TrimSpace(line)
		if depth <= 0 && (strings.HasSuffix(t, ";") || strings.Contains(t, " from ") || strings.HasSuffix(t, "}") || !strings.HasSuffix(t, "{") && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, "(")) {
			inStatement, depth = false, 0
		}
		out.WriteByte('\n') // keep the line count
	}
	return strings.TrimSuffix(out.String(), "\n")
}

// selfClosingComponent is a component written with no content: "<Video src=\"…\" />". A
// capitalized name is a component, never an HTML element, but an HTML parser takes it for one
// ("Video" for <video>) and, as no non-void element closes itself in HTML, reads the rest of
// the post as inside it.
var selfClosingComponent = regexp.MustCompile(`<[A-Z][\w.]*(?:\s[^<>]*)?/>`)

// withoutSelfClosingComponents drops the components that close themselves, outside code
// fences: what they render is not in the post's text.
func withoutSelfClosingComponents(src string) string {
	if !strings.Contains(src, "/>") {
		return src
	}
	fenced := fencedRanges(src)
	return replaceOutside(src, selfClosingComponent, fenced)
}

// replaceOutside deletes the matches of re in src that start outside the ranges rs.
func replaceOutside(src string, re *regexp.Regexp, rs [][2]int) string {
	locs := re.FindAllStringIndex(src, -1)
	if len(locs) == 0 {
		return src
	}
	var out strings.Builder
	out.Grow(len(src))
	last := 0
	for _, l := range locs {
		if inRanges(rs, l[0]) {
			continue
		}
		out.WriteString(src[last:l[0]])
		last = l[1]
	}
	out.WriteString(src[last:])
	return out.String()
}

// opensWithESM reports Markdown whose first line of text is an import statement of a
// component ("import Person from '@site/src/components/Person';"): MDX saved as .md, as
// Docusaurus reads it.
func opensWithESM(src string) bool {
	for line := range strings.SplitSeq(src, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		return importStatement.MatchString(strings.TrimSpace(line))
	}
	return false
}

// importStatement is a whole import statement on one line: "import Speaker from
// '@site/src/components/Person';", "import {Tabs, Tab} from \"@theme/Tabs\"".
var importStatement = regexp.MustCompile(`^import\s+(?:[\w$]+|\{[^}]*\}|\*\s+as\s+[\w$]+)(?:\s*,\s*\{[^}]*\})?\s+from\s+['"][^'"]+['"];?$`)

// mdxBlockTags is how lines inside an MDX post's HTML elements read as Markdown, as MDX reads
// them: a line made only of block tags ("<details>", "  <div>", "<hr/>") is a block break, a
// block tag that opens or closes a line of text ("<summary>**Title** with Ana Lima</summary>")
// is dropped and the text kept as a paragraph of its own, and the lines inside an element lose
// the element's indentation (MDX has no indented code blocks). CommonMark would keep all of it
// as raw HTML, with the Markdown inside unread.
func mdxBlockTags(src string) string {
	if !strings.Contains(src, "<") {
		return src
	}
	fenced := fencedRanges(src)
	var out strings.Builder
	out.Grow(len(src))
	depth, off := 0, 0
	for line := range strings.SplitSeq(src, "\n") {
		start := off
		off += len(line) + 1
		if inRanges(fenced, start) {
			out.WriteString(line + "\n")
			continue
		}
		t := strings.TrimSpace(line)
		lead := mdxLeadTags.FindString(t)
		rest := t[len(lead):]
		trail := mdxTrailTags.FindString(rest)
		text := strings.TrimSpace(rest[:len(rest)-len(trail)])
		depth += mdxDepth(lead) + mdxDepth(trail)
		switch {
		case lead == "" && trail == "" && depth <= 0:
			out.WriteString(line + "\n")
		case lead == "" && trail == "":
			out.WriteString(text + "\n")
		case text == "":
			out.WriteString("\n")
		default:
			out.WriteString("\n" + text + "\n\n")
		}
		if depth < 0 {
			depth = 0
		}
	}
	return strings.TrimSuffix(out.String(), "\n")
}

// mdxDepth is how many block elements tags open, less how many they close.
func mdxDepth(tags string) int {
	d := 0
	for _, m := range mdxTag.FindAllStringSubmatch(tags, -1) {
		switch {
		case m[1] == "/":
			d--
		case !strings.HasSuffix(m[0], "/>") && m[2] != "hr" && m[2] != "br":
			d++
		}
	}
	return d
}

const mdxBlockNames = `(div|details|summary|section|article|aside|header|footer|main|figure|figcaption|center|p|hr|br)`

var (
	mdxTag       = regexp.MustCompile(`<(/?)` + mdxBlockNames + `\b[^<>]*>`)
	mdxLeadTags  = regexp.MustCompile(`^(?:<(?:/?)` + mdxBlockNames + `\b[^<>]*>\s*)+`)
	mdxTrailTags = regexp.MustCompile(`(?:\s*<(?:/?)` + mdxBlockNames + `\b[^<>]*>)+$`)
)

// esmLine opens an MDX module statement: "import X from 'y'", "export const meta = {".
var esmLine = regexp.MustCompile(`^(?:import\s+[\w{*'"]|export\s+(?:const|let|var|default|function|async|class|\{))`)

// jsxStart finds where a component's tag may begin: "<" or "</" and a capital letter.
var jsxStart = regexp.MustCompile(`</?[A-Z]`)

// jsxPerson names the components that stand for a person who speaks.
var jsxPerson = regexp.MustCompile(`(?i)speaker|presenter|panell?ist`)

// jsxTag is one component tag as written.
type jsxTag struct {
	start, end  int // byte offsets of the tag in the source
	name        string
	attrs       map[string]string
	closing     bool // </Name>
	selfClosing bool // <Name ... />
}

// jsxElement is an open component while the source is scanned.
type jsxElement struct {
	tag      jsxTag
	title    string // the title attribute's text
	href     string // the link the title attribute holds, if any
	speakers []string
}

// jsxTalks rewrites the talk components of an MDX post as text (see above). Code fences are
// left alone, and so is a post whose components name no speaker.
func jsxTalks(src string) string {
	if !strings.Contains(src, "name=") || !jsxStart.MatchString(src) {
		return src
	}
	fenced := fencedRanges(src)
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	var stack []*jsxElement
	// titled returns the innermost open component with a title.
	titled := func() *jsxElement {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].title != "" {
				return stack[i]
			}
		}
		return nil
	}
	scanned := 0 // the end of the last tag read: a tag inside another's attribute is not read
	for _, loc := range jsxStart.FindAllStringIndex(src, -1) {
		if loc[0] < scanned || inRanges(fenced, loc[0]) {
			continue
		}
		tag, ok := parseJSXTag(src, loc[0])
		if !ok {
			continue
		}
		scanned = tag.end
		switch {
		case tag.closing:
			// Close the innermost open component of that name and what is open inside it.
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].tag.name != tag.name {
					continue
				}
				el := stack[i]
				stack = stack[:i]
				if el.title != "" && len(el.speakers) > 0 {
					edits = append(edits, edit{el.tag.start, el.tag.end, ""})
					edits = append(edits, edit{tag.start, tag.end, "\n\n" + jsxTalkLine(el) + "\n\n"})
				}
				break
			}
		case jsxPerson.MatchString(lastName(tag.name)) && strings.TrimSpace(tag.attrs["name"]) != "":
			name := strings.TrimSpace(tag.attrs["name"])
			if pos := strings.TrimSpace(tag.attrs["position"]); pos != "" && !strings.ContainsAny(pos, "()\n") {
				name += " (" + pos + ")" // "position='Staff Engineer at Initech'": read as a listing's company
			}
			if el := titled(); el != nil {
				el.speakers = append(el.speakers, name)
				edits = append(edits, edit{tag.start, tag.end, ""})
			} else {
				edits = append(edits, edit{tag.start, tag.end, "\n\nSpeaker: " + name + "\n\n"})
			}
		case !tag.selfClosing:
			el := &jsxElement{tag: tag}
			el.title, el.href = jsxText(tag.attrs["title"])
			stack = append(stack, el)
		}
	}
	// A titled component left open (no closing tag) still states its talk, after its last speaker.
	for _, el := range stack {
		if el.title != "" && len(el.speakers) > 0 {
			edits = append(edits, edit{el.tag.start, el.tag.end, "\n\n" + jsxTalkLine(el) + "\n\n"})
		}
	}
	if len(edits) == 0 {
		return src
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue
		}
		out.WriteString(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.WriteString(src[last:])
	return out.String()
}

// jsxTalkLine is the text a talk component shows: "**[Title](href)** by A and B".
func jsxTalkLine(el *jsxElement) string {
	title := "**" + el.title + "**"
	if el.href != "" {
		title = "**[" + el.title + "](" + el.href + ")**"
	}
	names := el.speakers
	by := names[0]
	if len(names) > 1 {
		by = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return title + " by " + by
}

// lastName is a component name without its namespace ("Talk.Speaker" is "Speaker").
func lastName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

var (
	jsxHref    = regexp.MustCompile(`href\s*=\s*["'{]([^"'}]+)["'}]`)
	jsxMarkup  = regexp.MustCompile(`<[^<>]*>`)
	jsxQuotes  = regexp.MustCompile(`^\{\s*["'\x60](.*)["'\x60]\s*\}$`)
	jsxSpaces  = regexp.MustCompile(`\s+`)
	jsxTagName = regexp.MustCompile(`^[A-Z][\w.]*`)
)

// jsxText reads an attribute value as the text it shows, and the link it holds: a string, a
// quoted expression ({"Title"}) or JSX markup ({<a href="/t">Title</a>}).
func jsxText(v string) (text, href string) {
	v = strings.TrimSpace(v)
	if m := jsxQuotes.FindStringSubmatch(v); m != nil {
		v = m[1]
	} else if strings.HasPrefix(v, "{") {
		if m := jsxHref.FindStringSubmatch(v); m != nil {
			href = m[1]
		}
		v = strings.TrimSuffix(strings.TrimPrefix(v, "{"), "}")
		if !strings.Contains(v, "<") {
			return "", "" // an expression, not text
		}
		v = jsxMarkup.ReplaceAllString(v, "")
	}
	v = strings.TrimSpace(jsxSpaces.ReplaceAllString(html.UnescapeString(v), " "))
	if strings.ContainsAny(v, "{}") {
		return "", ""
	}
	return v, href
}

// parseJSXTag reads the component tag that starts at i: its name, its attributes (strings in
// quotes, or expressions in braces, which may hold markup) and how it ends. It reports false
// when the text at i is not a complete tag.
func parseJSXTag(src string, i int) (jsxTag, bool) {
	t := jsxTag{start: i, attrs: map[string]string{}}
	j := i + 1
	if j < len(src) && src[j] == '/' {
		t.closing = true
		j++
	}
	name := jsxTagName.FindString(src[j:])
	if name == "" {
		return t, false
	}
	t.name = name
	j += len(name)
	const maxTag = 4096
	for j < len(src) && j-i < maxTag {
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n' || src[j] == '\r') {
			j++
		}
		if j >= len(src) {
			return t, false
		}
		switch {
		case src[j] == '>':
			t.end = j + 1
			return t, true
		case strings.HasPrefix(src[j:], "/>"):
			t.selfClosing = true
			t.end = j + 2
			return t, true
		case t.closing:
			return t, false
		}
		// An attribute: name, and "=" with a value, or a bare name.
		k := j
		for k < len(src) && (isAttrChar(src[k])) {
			k++
		}
		if k == j {
			return t, false
		}
		key := strings.ToLower(src[j:k])
		j = k
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j >= len(src) || src[j] != '=' {
			t.attrs[key] = ""
			continue
		}
		j++
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n') {
			j++
		}
		if j >= len(src) {
			return t, false
		}
		switch c := src[j]; c {
		case '"', '\'':
			end := strings.IndexByte(src[j+1:], c)
			if end < 0 {
				return t, false
			}
			t.attrs[key] = src[j+1 : j+1+end]
			j += end + 2
		case '{':
			depth, k := 0, j
			for ; k < len(src) && k-i < maxTag; k++ {
				if src[k] == '{' {
					depth++
				} else if src[k] == '}' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if k >= len(src) || depth != 0 {
				return t, false
			}
			t.attrs[key] = src[j : k+1]
			j = k + 1
		default:
			return t, false
		}
	}
	return t, false
}

func isAttrChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':'
}

// fencedRanges returns the byte ranges of the source's fenced code blocks.
func fencedRanges(src string) [][2]int {
	var out [][2]int
	fence, start, off := "", 0, 0
	for line := range strings.SplitSeq(src, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				out = append(out, [2]int{start, off + len(line)})
				fence = ""
			}
		default:
			if f := openFence(trimmed); f != "" && len(line)-len(trimmed) < 4 {
				fence, start = f, off
			}
		}
		off += len(line) + 1
	}
	if fence != "" {
		out = append(out, [2]int{start, len(src)})
	}
	return out
}

// inRanges reports whether offset i lies in one of the ranges rs, which are in order and apart
// (as fencedRanges gives them).
func inRanges(rs [][2]int, i int) bool {
	// the ranges are in order and apart: the one that can hold i is the last to start at or
	// before it (asked for every line of a long post, a scan of them all cost their product)
	n := sort.Search(len(rs), func(k int) bool { return rs[k][0] > i })
	return n > 0 && i < rs[n-1][1]
}
