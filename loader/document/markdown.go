package document

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// markdown is the one goldmark converter; goldmark converters hold no
// per-document state and are safe for concurrent use. GFM adds tables,
// strikethrough, task lists and links for bare addresses; raw HTML must pass
// through because many posts are HTML inside a .md file.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		// "### Title {#anchor}": a heading's id and classes, as kramdown, Pandoc and Hugo
		// write them, are attributes, not words of the heading
		goldmark.WithParserOptions(parser.WithHeadingAttribute()),
		goldmark.WithRendererOptions(
			gmhtml.WithUnsafe(),
			renderer.WithNodeRenderers(util.Prioritized(asWritten{}, 100)),
		),
	)
})

// asWritten renders links and images with their addresses as the author
// wrote them. goldmark percent-encodes addresses for browsers, which would
// turn "{{site.baseurl}}/a.png" into "%7B%7Bsite.baseurl%7D%7D/a.png" and
// "München" into "M%C3%BCnchen"; the extractor wants the text. A lower
// priority number than goldmark's own renderer (1000) makes these win.
type asWritten struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (asWritten) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(ast.KindLink, renderLink)
	r.Register(ast.KindImage, renderImage)
	r.Register(ast.KindAutoLink, renderAutoLink)
}

func writeAttr(w util.BufWriter, name string, value []byte) {
	_, _ = w.WriteString(" " + name + `="`)
	_, _ = w.Write(util.EscapeHTML(value))
	_ = w.WriteByte('"')
}

// destination resolves a link destination's backslash escapes and
// character references, as goldmark does, but without percent-encoding.
func destination(d []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(d)))
}

// writeTitle writes a link title attribute, resolving its escapes and
// references with goldmark's own writer.
func writeTitle(w util.BufWriter, title []byte) {
	_, _ = w.WriteString(` title="`)
	gmhtml.DefaultWriter.Write(w, title)
	_ = w.WriteByte('"')
}

func renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<a")
	writeAttr(w, "href", destination(n.Destination))
	if n.Title != nil {
		writeTitle(w, n.Title)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	var alt []byte
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			alt = append(alt, c.Value(source)...)
			if c.SoftLineBreak() || c.HardLineBreak() {
				alt = append(alt, ' ')
			}
		case *ast.String:
			alt = append(alt, c.Value...)
		}
		return ast.WalkContinue, nil
	})
	_, _ = w.WriteString("<img")
	writeAttr(w, "src", destination(n.Destination))
	_, _ = w.WriteString(` alt="`)
	gmhtml.DefaultWriter.Write(w, alt) // Resolves escapes and references.
	_ = w.WriteByte('"')
	if n.Title != nil {
		writeTitle(w, n.Title)
	}
	_ = w.WriteByte('>')
	return ast.WalkSkipChildren, nil
}

func renderAutoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	url := n.URL(source)
	_, _ = w.WriteString("<a")
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	writeAttr(w, "href", url)
	_ = w.WriteByte('>')
	_, _ = w.Write(util.EscapeHTML(n.Label(source)))
	_, _ = w.WriteString("</a>")
	return ast.WalkContinue, nil
}

// markdownBlocks renders Markdown to HTML and walks it into blocks.
// A post longer than chunkSize is rendered in pieces (see chunkedBlocks) when it can be.
func markdownBlocks(src string, events *[]EventData) ([]Block, error) {
	pre := preprocess(withoutSelfClosingComponents(jsxTalks(src)))
	if len(pre) > chunkSize {
		if blocks, ok := chunkedBlocks(pre, chunkSize, events); ok {
			return blocks, nil
		}
	}
	md := []byte(pre)
	pre = ""
	var out bytes.Buffer
	out.Grow(len(md) + len(md)/2)
	if err := markdown().Convert(md, &out); err != nil {
		return nil, fmt.Errorf("render markdown: %w", err)
	}
	return htmlBlocks(out.Bytes(), nil, events)
}

// maxNesting is how many block quote and list levels preprocess lets
// through, and 4*maxNesting how many columns of indentation. goldmark takes
// time that grows with the cube of the nesting depth, and real posts never
// nest more than a few levels.
const maxNesting = 32

// preprocess prepares Markdown for goldmark. It rewrites the
// site-generator syntax that goldmark does not know and would show as
// text: kramdown attribute lists ("{: .class}"), Liquid tags
// ("{% include … %}", "{% highlight go %}") and Hugo shortcodes
// ("{{< youtube id >}}"); fenced code is left alone. It also guards
// goldmark against inputs that would take it minutes: nesting deeper than
// maxNesting is flattened, and a blank line is put between consecutive
// link reference definitions, which goldmark otherwise reparses once per
// definition.
func preprocess(src string) string {
	generator := strings.Contains(src, "{:") || strings.Contains(src, "{%") ||
		strings.Contains(src, "{{<") || strings.Contains(src, "{{%") || strings.Contains(src, "]({{")
	labels := spacedRefLabels(src)
	var out strings.Builder
	out.Grow(len(src) + len(src)/16)
	fence := ""          // the open code fence, if any
	liquidFence := false // the fence was opened by {% highlight %}
	inComment := false   // inside {% comment %}
	prevDef := false     // the previous line was a link reference definition
	for line := range strings.SplitSeq(src, "\n") {
		line = flattenNesting(line)
		trimmed := strings.TrimLeft(line, " ")
		if fence != "" {
			if liquidFence {
				if i := strings.Index(line, "{%"); i >= 0 && strings.Contains(line[i:], "endhighlight") {
					out.WriteString(line[:i])
					out.WriteString("\n```\n")
					fence, liquidFence = "", false
					continue
				}
			} else if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
			out.WriteString(line)
			out.WriteByte('\n')
			continue
		}
		if f := openFence(trimmed); f != "" && len(line)-len(trimmed) < 4 {
			fence = f
			prevDef = false
			out.WriteString(line)
			out.WriteByte('\n')
			continue
		}
		if generator {
			var opened bool
			line, inComment, opened = rewriteGenerator(line, inComment)
			if opened {
				fence, liquidFence = "```", true
			}
		}
		def := isDefinition(line)
		if def && prevDef {
			out.WriteByte('\n')
		}
		if labels != nil && !def {
			line = joinSpacedRefs(line, labels)
		}
		prevDef = def
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.String()
}

// spacedRef is a reference link written with a space between its text and its label, as the
// first Markdown allowed: "[Ana Lima] [ana]".
var spacedRef = regexp.MustCompile(`\]\s\[([^\[\]\n]{1,100})\]`)

// spacedRefLabels returns the labels of the link reference definitions in src, lower-cased,
// when src also writes a reference link with a space before its label; else nil.
func spacedRefLabels(src string) map[string]bool {
	if !spacedRef.MatchString(src) {
		return nil
	}
	var labels map[string]bool
	for line := range strings.SplitSeq(src, "\n") {
		if !isDefinition(line) {
			continue
		}
		t := strings.TrimLeft(line, " ")
		if labels == nil {
			labels = map[string]bool{}
		}
		labels[strings.ToLower(strings.TrimSpace(t[1:strings.Index(t, "]:")]))] = true
	}
	return labels
}

// joinSpacedRefs closes the space in the reference links of line whose label is defined:
// "[Ana Lima] [ana]" becomes "[Ana Lima][ana]", which CommonMark reads as a link. Brackets
// followed by brackets whose label nothing defines are left as written.
func joinSpacedRefs(line string, labels map[string]bool) string {
	if !strings.Contains(line, "] [") {
		return line
	}
	return spacedRef.ReplaceAllStringFunc(line, func(m string) string {
		label := m[strings.Index(m, "[")+1 : len(m)-1]
		if !labels[strings.ToLower(strings.TrimSpace(label))] {
			return m
		}
		return "][" + label + "]"
	})
}

// isDefinition reports whether a line looks like a link reference
// definition: "[label]: destination".
func isDefinition(line string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 1 && !strings.ContainsAny(t[1:i], "[]")
}

// flattenNesting cuts a line's leading block quote markers, list markers
// and indentation down to maxNesting markers and 4*maxNesting columns.
func flattenNesting(line string) string {
	if len(line) < maxNesting {
		return line
	}
	i, markers, col := 0, 0, 0
	var out []byte // the rewritten prefix, once the line needs one
	outCol := 0
	for i < len(line) {
		c := line[i]
		n := 0     // length of the marker or space at i
		width := 0 // its width in columns
		marker := false
		switch {
		case c == ' ':
			n, width = 1, 1
		case c == '\t':
			n, width = 1, 4-col%4
		case c == '>':
			n, width, marker = 1, 1, true
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			n, width, marker = 1, 1, true
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				n, marker = j+1-i, true
				width = n
			}
		}
		if n == 0 {
			break
		}
		if marker {
			markers++
		}
		col += width
		if out == nil && (markers > maxNesting || col > 4*maxNesting) {
			out = append(make([]byte, 0, len(line)), line[:i]...)
			outCol = col - width
		}
		if out != nil {
			switch {
			case marker && markers <= maxNesting:
				out = append(out, line[i:i+n]...)
				outCol += width
			case !marker && markers <= maxNesting && outCol < 4*maxNesting:
				out = append(out, ' ')
				outCol++
			}
		}
		i += n
	}
	if out == nil {
		return line
	}
	if len(out) > 0 && out[len(out)-1] != ' ' {
		out = append(out, ' ')
	}
	return string(append(out, line[i:]...))
}

// openFence returns the fence a line opens ("```" or "~~~", at least three)
// or "".
func openFence(trimmed string) string {
	for _, c := range []string{"`", "~"} {
		n := len(trimmed) - len(strings.TrimLeft(trimmed, c))
		if n >= 3 {
			if c == "`" && strings.Contains(trimmed[n:], "`") {
				return "" // An inline code span, not a fence.
			}
			return strings.Repeat(c, n)
		}
	}
	return ""
}

var (
	kramdownIAL  = regexp.MustCompile(`\{:[^{}\n]*\}`)
	liquidTag    = regexp.MustCompile(`\{%-?\s*(\w*)([^%]*?)-?%\}`)
	liquidInLink = regexp.MustCompile(`\{\{-?\s*[\w.|"' -]*?\s*-?\}\}`)
	shortcode    = regexp.MustCompile(`\{\{[<%]\s*(/?)\s*([\w./-]*)((?:[^>%"}]|"[^"]*")*)[>%]\}\}`)
	scArg        = regexp.MustCompile(`(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|(\S+))`)
)

// rewriteGenerator rewrites one line's kramdown, Liquid and Hugo syntax.
// It reports whether the line opens a code block ({% highlight %}) that
// later lines close.
func rewriteGenerator(line string, inComment bool) (_ string, _ bool, opened bool) {
	if strings.Contains(line, "{:") {
		line = kramdownIAL.ReplaceAllString(line, "")
	}
	if strings.Contains(line, "{{<") || strings.Contains(line, "{{%") {
		line = shortcode.ReplaceAllStringFunc(line, expandShortcode)
	}
	if strings.Contains(line, "]({{") {
		// "[Title]({{ site.baseurl }}/talks/)": a Liquid value in a link's address, whose
		// spaces would end the address; the link keeps the value written without them
		line = liquidInLink.ReplaceAllStringFunc(line, func(m string) string { return strings.Join(strings.Fields(m), "") })
	}
	if strings.Contains(line, "{%") {
		var sb strings.Builder
		last := 0
		for _, m := range liquidTag.FindAllStringSubmatchIndex(line, -1) {
			if !inComment {
				sb.WriteString(line[last:m[0]])
			}
			last = m[1]
			if line[m[2]:m[3]] == "include" && !inComment && talkInclude(line[m[4]:m[5]]) {
				sb.WriteString(line[m[0]:m[1]]) // a talk stated in an include's attributes
				continue
			}
			switch line[m[2]:m[3]] {
			case "comment":
				inComment = true
			case "endcomment":
				inComment = false
			case "highlight":
				if !inComment {
					lang, _, _ := strings.Cut(strings.TrimSpace(line[m[4]:m[5]]), " ")
					sb.WriteString("\n```" + lang + "\n")
					opened = true
				}
			case "endhighlight":
				if !inComment {
					sb.WriteString("\n```\n")
					opened = false
				}
			}
		}
		if !inComment {
			sb.WriteString(line[last:])
		}
		line = sb.String()
	} else if inComment {
		return "", true, false
	}
	return line, inComment, opened
}

// expandShortcode turns the Hugo shortcodes that carry content into HTML
// (figure, youtube, vimeo) and drops the others, keeping what is between
// a paired shortcode's tags.
func expandShortcode(sc string) string {
	m := shortcode.FindStringSubmatch(sc)
	if m == nil || m[1] == "/" {
		return ""
	}
	named := map[string]string{}
	var positional []string
	for _, a := range scArg.FindAllStringSubmatch(m[3], -1) {
		v := a[2]
		if v == "" {
			v = a[3]
		}
		if a[1] != "" {
			named[a[1]] = v
		} else {
			positional = append(positional, v)
		}
	}
	arg := func(name string, pos int) string {
		if v, ok := named[name]; ok {
			return v
		}
		if pos < len(positional) {
			return positional[pos]
		}
		return ""
	}
	esc := html.EscapeString
	switch m[2] {
	case "figure":
		caption := arg("caption", 99)
		if caption == "" {
			caption = arg("title", 99)
		}
		s := fmt.Sprintf(`<figure><img src="%s" alt="%s">`, esc(arg("src", 0)), esc(arg("alt", 99)))
		if caption != "" {
			s += "<figcaption>" + esc(caption) + "</figcaption>"
		}
		return s + "</figure>"
	case "youtube":
		return fmt.Sprintf(`<iframe title="%s" src="https://www.youtube.com/embed/%s"></iframe>`, esc(arg("title", 99)), esc(arg("id", 0)))
	case "vimeo":
		return fmt.Sprintf(`<iframe src="https://player.vimeo.com/video/%s" title="%s"></iframe>`, esc(arg("id", 0)), esc(arg("title", 99)))
	}
	if talkCall.MatchString(m[2]) && named["title"] != "" {
		return sc // a talk stated in its attributes: kept as written, for the extractor to read
	}
	return ""
}

// talkInclude reports the text of an include that states a talk in its attributes: one named
// for talks with a title ({% include session.html title="..." %}), or any with a title or a
// headline and the talk's speaker, slides or recording ({% include teaser.html
// headline="..." subline="..." slides="..." %}).
func talkInclude(call string) bool {
	titled := strings.Contains(call, "title=") || strings.Contains(call, "headline=")
	if !titled {
		return false
	}
	if talkCall.MatchString(call) && strings.Contains(call, "title=") {
		return true
	}
	for _, attr := range []string{"speaker=", "speakers=", "presenter=", "slides=", "video=", "recording="} {
		if strings.Contains(call, attr) {
			return true
		}
	}
	return false
}

// talkCall names the shortcodes and includes that state a talk in their attributes ({{< talk
// title="..." event="..." >}}, {% include session.html title="..." %}): they are kept as text.
var talkCall = regexp.MustCompile(`(?i)talk|session|presentation|speak|keynote|lecture`)
