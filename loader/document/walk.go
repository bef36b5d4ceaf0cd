package document

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds the walker's recursion. Real posts nest a few dozen
// elements deep; below this depth the text is still read, but as one run.
const maxDepth = 256

// htmlBlocks parses HTML and walks it into blocks. If meta is not nil, the
// page's <head> fills the fields the front matter left empty. If events is
// not nil, the schema.org events the page carries are added to it.
func htmlBlocks(src []byte, meta *Meta, events *[]EventData) ([]Block, error) {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// The parser gives up on elements nested more than 512 deep. No
		// post is written that way, but its text can still be read.
		return tokenBlocks(src), nil
	}
	if meta != nil {
		headMeta(root, meta)
		if meta.Published == "" {
			if d, ok := publishedTime(root, 0); ok {
				meta.Published, meta.PublishedFrom = d, FromBody
			}
		}
	}
	if events != nil && (bytes.Contains(src, []byte("ld+json")) || bytes.Contains(src, []byte("itemscope"))) {
		*events = append(*events, schemaEvents(root, meta)...)
	}
	// Posts average a block per few hundred bytes of HTML; sizing the
	// slice up front saves regrowing it for long posts.
	w := newWalker(len(src))
	w.markdown = meta == nil
	w.walk(root, 0)
	w.flush()
	return w.blocks, nil
}

// frame is the block context the walker is in: the kind of block that text
// found here becomes.
type frame struct {
	kind   Kind
	level  int
	quoted bool
	// owner is true inside an element that is itself a block (p, li, h2,
	// tr…): paragraphs and divs nested in it add to its text instead of
	// starting blocks of their own, as in loose lists (<li><p>…</p></li>).
	owner bool
	lists int // enclosing lists
	cells int // cells seen so far in a table row
}

// walker turns an HTML tree into blocks. Text accumulates in cur until an
// element that starts a block arrives; inline elements only add marks.
type walker struct {
	blocks []Block
	frames []frame
	cur    *builder
	marks  []mark // open inline marks, outermost first
	// skipHead is set while the walker reads a piece of Markdown that goes on with a table
	// begun in the piece before (see chunkedBlocks): the header the piece repeats is skipped.
	skipHead bool
	// markdown is set while the walker reads what goldmark rendered from Markdown: text there
	// that still reads "[Ana Lima](/ana)" was written inside a raw HTML block, which goldmark
	// passes through, and is read as the link its author meant (see text).
	markdown bool
	// inRole is set while the walker reads an element whose class names a role: roles do
	// not nest.
	inRole bool
}

// newWalker returns a walker for a page of about size bytes of HTML.
func newWalker(size int) *walker {
	return &walker{frames: []frame{{kind: Paragraph}}, blocks: make([]Block, 0, size/256+8)}
}

func (w *walker) top() frame { return w.frames[len(w.frames)-1] }

func (w *walker) push(f frame) { w.frames = append(w.frames, f) }

func (w *walker) pop() { w.frames = w.frames[:len(w.frames)-1] }

// start begins a block of the current frame's kind, reopening the inline
// marks still open so a link cut by a block keeps going in the next one.
func (w *walker) start() {
	f := w.top()
	w.cur = &builder{kind: f.kind, level: f.level, quoted: f.quoted}
	for _, m := range w.marks {
		w.cur.openMark(m)
	}
}

// flush ends the current block, if any.
func (w *walker) flush() {
	b := w.cur
	if b == nil {
		return
	}
	w.cur = nil
	if blk, ok := b.finish(); ok {
		w.blocks = append(w.blocks, blk)
		return
	}
	w.blocks = append(w.blocks, b.images...)
}

// softBreak separates text from what follows without ending the block.
func (w *walker) softBreak() {
	if w.cur != nil {
		w.cur.space = true
	}
}

func (w *walker) walk(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
	case html.ElementNode:
		if depth > maxDepth {
			w.flat(n)
			return
		}
		w.element(n, depth)
	case html.DocumentNode:
		w.children(n, depth)
	}
	// Comments and doctypes carry no text for readers.
}

func (w *walker) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
}

func (w *walker) text(s string) {
	if w.cur == nil {
		if isBlank(s) {
			return
		}
		w.start()
	}
	if w.markdown && strings.Contains(s, "](") && w.top().kind != Code {
		w.writeLinks(s)
		return
	}
	w.cur.write(s)
}

// literalLink is a Markdown inline link written as text: "[Ana Lima](/ana)" or "[Ana
// Lima](https://example.org/ana "Ana")".
var literalLink = regexp.MustCompile(`\[([^\[\]\n]{1,200})\]\(\s*([^()\s]{1,1000})(?:\s+"[^"\n]*")?\s*\)`)

// writeLinks writes text that holds Markdown links goldmark left as text, because they sat
// in a raw HTML block ("<td>[Ana Lima](#ana): Title</td>"), as those links.
func (w *walker) writeLinks(s string) {
	for {
		m := literalLink.FindStringSubmatchIndex(s)
		if m == nil {
			w.cur.write(s)
			return
		}
		w.cur.write(s[:m[0]])
		w.cur.openMark(mark{link: true, href: s[m[4]:m[5]]})
		w.cur.write(s[m[2]:m[3]])
		w.cur.closeMark()
		s = s[m[1]:]
	}
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// flat reads the text of a subtree too deep to walk, without recursion.
func (w *walker) flat(n *html.Node) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case n.Type == html.TextNode:
			w.text(n.Data)
			continue
		case n.Type != html.ElementNode || skipped[n.DataAtom]:
			continue
		}
		w.softBreak()
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// skipped elements hold no text meant for readers: code, styles, page
// chrome, form controls, and struck-out text (a corrected speaker or date
// is better left out than read as current).
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true, atom.Base: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Nav: true,
	atom.Button: true, atom.Select: true, atom.Option: true, atom.Datalist: true,
	atom.Textarea: true, atom.Input: true, atom.Frameset: true, atom.Frame: true,
	atom.Noembed: true, atom.Noframes: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Area: true, atom.Map: true,
	atom.Del: true, atom.S: true, atom.Strike: true,
}

// containers group blocks without being blocks themselves.
var containers = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true,
	atom.Center: true, atom.Form: true, atom.Fieldset: true, atom.Details: true,
	atom.Hgroup: true, atom.Dialog: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Colgroup: true, atom.Col: true,
}

// textBlock returns the kind and level of an element that is a block of
// its own.
func textBlock(a atom.Atom) (Kind, int, bool) {
	switch a {
	case atom.P, atom.Dt, atom.Dd, atom.Address, atom.Summary, atom.Legend:
		return Paragraph, 0, true
	case atom.H1:
		return Heading, 1, true
	case atom.H2:
		return Heading, 2, true
	case atom.H3:
		return Heading, 3, true
	case atom.H4:
		return Heading, 4, true
	case atom.H5:
		return Heading, 5, true
	case atom.H6:
		return Heading, 6, true
	case atom.Li:
		return ListItem, 0, true
	case atom.Tr:
		return TableRow, 0, true
	case atom.Figcaption, atom.Caption:
		return Caption, 0, true
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		return Code, 0, true
	}
	return 0, 0, false
}

func (w *walker) element(n *html.Node, depth int) {
	a := n.DataAtom
	if skipped[a] {
		return
	}
	if role := classRole(attr(n, "class")); role != "" && !w.inRole {
		// the element keeps its own handling; its text is marked with its role
		w.inRole = true
		w.roleMark(mark{role: role}, n, depth)
		w.inRole = false
		return
	}
	switch a {
	case atom.Br:
		if w.cur != nil {
			w.cur.space, w.cur.brk = true, true
		}
		return
	case atom.Hr:
		w.flush()
		return
	case atom.Img:
		w.image(n)
		return
	case atom.Iframe, atom.Embed, atom.Video, atom.Audio, atom.Object:
		w.embed(n)
		return
	case atom.A:
		if href := strings.TrimSpace(attr(n, "href")); href != "" {
			w.mark(mark{link: true, href: href, title: collapse(attr(n, "title"))}, n, depth)
			return
		}
	case atom.Strong, atom.B:
		w.mark(mark{strong: true}, n, depth)
		return
	case atom.Em, atom.I:
		w.mark(mark{}, n, depth)
		return
	case atom.Q:
		// an inline quotation: its text between quotation marks, as a writer would type it
		// ("My session was about <q>Quiet Queues</q>")
		w.text("“")
		w.children(n, depth)
		w.text("”")
		return
	case atom.Code:
		if w.top().kind != Code && proseCode(textOf(n)) {
			// "`Building Tools in Go` by Ana Lima": a title set in code type reads as one
			// set in italics
			w.mark(mark{}, n, depth)
			return
		}
	case atom.Thead:
		if w.skipHead {
			w.skipHead = false
			return
		}
	case atom.Td, atom.Th:
		if f := w.top(); f.kind == TableRow && f.owner {
			if f.cells > 0 {
				if w.cur == nil {
					w.start()
				}
				w.cur.sep()
			}
			w.frames[len(w.frames)-1].cells++
			w.children(n, depth)
			return
		}
		w.container(n, depth)
		return
	case atom.Ul, atom.Ol, atom.Menu:
		f := w.top()
		w.section(n, depth, frame{kind: runKind(f.quoted), quoted: f.quoted, lists: f.lists + 1})
		return
	case atom.Dl, atom.Table:
		f := w.top()
		w.section(n, depth, frame{kind: runKind(f.quoted), quoted: f.quoted, lists: f.lists})
		return
	case atom.Blockquote:
		w.section(n, depth, frame{kind: Quote, quoted: true, lists: w.top().lists})
		return
	}
	if kind, level, ok := textBlock(a); ok {
		w.textBlock(n, depth, kind, level)
		return
	}
	if containers[a] {
		w.container(n, depth)
		return
	}
	w.children(n, depth) // Inline elements, known or not.
}

// runKind is the kind of loose text: a Quote inside a blockquote and a
// Paragraph elsewhere.
func runKind(quoted bool) Kind {
	if quoted {
		return Quote
	}
	return Paragraph
}

// section walks an element that always breaks the text around it (a list,
// a table, a blockquote) with its own frame.
func (w *walker) section(n *html.Node, depth int, f frame) {
	w.flush()
	w.push(f)
	w.children(n, depth)
	w.flush()
	w.pop()
}

// container walks a grouping element: inside a block it only separates
// words; elsewhere it ends the text before it and after it, so a div with
// text of its own becomes a paragraph.
func (w *walker) container(n *html.Node, depth int) {
	if w.top().owner {
		w.lineBreak()
		w.children(n, depth)
		w.lineBreak()
		return
	}
	w.flush()
	w.children(n, depth)
	w.flush()
}

// lineBreak ends a line inside a list item, where a div or a paragraph
// puts what follows on a line of its own ("<div>Title</div><span>Venue,
// City - date</span>" is two lines, as in Markdown); elsewhere, such as in
// a table cell, it only separates words.
func (w *walker) lineBreak() {
	if w.cur != nil && w.top().kind == ListItem {
		w.cur.space, w.cur.brk = true, true
		return
	}
	w.softBreak()
}

func (w *walker) textBlock(n *html.Node, depth int, kind Kind, level int) {
	top := w.top()
	if top.owner && (top.kind == TableRow || kind == Paragraph) {
		// A paragraph in a list item or a table cell, or a heading in a
		// cell: part of the enclosing block.
		w.lineBreak()
		w.children(n, depth)
		w.lineBreak()
		return
	}
	if top.owner && top.kind == ListItem && kind == Heading {
		// A heading in a list item titles the item ("<li>May 2012 - Ana
		// Lima <h4>Title</h4></li>"): a line of the item, emphasized as
		// headings are.
		w.lineBreak()
		w.mark(mark{strong: true}, n, depth)
		w.lineBreak()
		return
	}
	w.flush()
	switch kind {
	case Paragraph:
		kind = runKind(top.quoted)
	case ListItem:
		level = max(top.lists-1, 0)
	}
	w.push(frame{kind: kind, level: level, quoted: top.quoted, owner: true, lists: top.lists})
	w.children(n, depth)
	w.flush()
	w.pop()
}

// roleMark walks an element whose class names a role: as its element would be walked, with
// its text marked.
func (w *walker) roleMark(m mark, n *html.Node, depth int) {
	w.marks = append(w.marks, m)
	if w.cur != nil {
		w.cur.openMark(m)
	}
	w.element(n, depth)
	if w.cur != nil && len(w.cur.open) > 0 && w.cur.open[len(w.cur.open)-1].role {
		w.cur.closeMark()
	}
	w.marks = w.marks[:len(w.marks)-1]
}

// classRole returns the role in a programme that an element's class names give it: a talk's
// title ("title", "talk-title", "session__title"), its speaker ("speaker", "presenter",
// "speaker-name", "talk-speakers") or its time ("time", "slot-time"), else "". Class names of
// a page's own parts ("page-title", "speaker-photo", "speaker-bio") give none.
func classRole(class string) string {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if _, elem, ok := cutLast(c, "__"); ok {
			// BEM ("recap__title", "recap__by", "talk__time--short"): the element after "__"
			// names what the block's part holds, whatever the block is called
			elem, _, _ = strings.Cut(elem, "--")
			switch {
			case elem == "title":
				return RoleTitle
			case peopleParts[elem] || elem == "by":
				return RoleSpeaker
			case elem == "time" || elem == "times":
				return RoleTime
			}
		}
		parts := strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '_' })
		if len(parts) == 0 || len(parts) > 3 {
			continue
		}
		last := parts[len(parts)-1]
		switch {
		case last == "title" && (len(parts) == 1 || programmeParts[parts[0]]):
			return RoleTitle
		case peopleParts[last] || (last == "name" || last == "names") && len(parts) > 1 && peopleParts[parts[len(parts)-2]]:
			return RoleSpeaker
		case (last == "time" || last == "times") && (len(parts) == 1 || programmeParts[parts[0]]):
			return RoleTime
		}
	}
	return ""
}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// programmeParts open the class names of a programme's parts: "talk-title", "slot-time".
var programmeParts = map[string]bool{"talk": true, "session": true, "slot": true, "schedule": true, "agenda": true,
	"programme": true, "program": true, "presentation": true, "lecture": true, "item": true}

// peopleParts name who gives a talk in a class name: "speaker", "talk-presenter".
var peopleParts = map[string]bool{"speaker": true, "speakers": true, "presenter": true, "presenters": true}

func (w *walker) mark(m mark, n *html.Node, depth int) {
	w.marks = append(w.marks, m)
	if w.cur != nil {
		w.cur.openMark(m)
	}
	w.children(n, depth)
	if w.cur != nil {
		w.cur.closeMark()
	}
	w.marks = w.marks[:len(w.marks)-1]
}

// image handles <img>. In a run of text it adds nothing; otherwise it
// becomes an Embed, decided when the run ends (see builder.images).
func (w *walker) image(n *html.Node) {
	src := strings.TrimSpace(attr(n, "src"))
	if src == "" || strings.HasPrefix(src, "data:") {
		if lazy := strings.TrimSpace(attr(n, "data-src")); lazy != "" {
			src = lazy
		}
	}
	alt := attr(n, "alt")
	if strings.TrimSpace(alt) == "" {
		alt = attr(n, "title")
	}
	if src == "" && strings.TrimSpace(alt) == "" {
		return
	}
	if w.cur != nil && len(w.cur.buf) > 0 {
		return
	}
	if w.cur == nil {
		w.start()
	}
	w.cur.images = append(w.cur.images, w.embedBlock(alt, src))
}

// embed handles iframes, videos and other embedded objects: always a
// block of their own.
func (w *walker) embed(n *html.Node) {
	src := attr(n, "src")
	if n.DataAtom == atom.Object {
		src = attr(n, "data")
	}
	for c := n.FirstChild; c != nil && strings.TrimSpace(src) == ""; c = c.NextSibling {
		if c.DataAtom == atom.Source {
			src = attr(c, "src")
		}
	}
	src = strings.TrimSpace(src)
	title := attr(n, "title")
	if src == "" && strings.TrimSpace(title) == "" {
		return
	}
	w.flush()
	w.blocks = append(w.blocks, w.embedBlock(title, src))
}

// embedBlock makes an Embed whose first link is the source and whose other
// links are the links it sits in.
func (w *walker) embedBlock(text, src string) Block {
	text = collapse(text)
	b := Block{Kind: Embed, Text: text, Quoted: w.top().quoted}
	if src != "" {
		b.Links = append(b.Links, Link{Start: 0, End: len(text), Href: src})
	}
	for _, m := range w.marks {
		if m.link && m.href != src {
			b.Links = append(b.Links, Link{Start: 0, End: len(text), Href: m.href, Title: m.title})
		}
	}
	return b
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// headMeta fills the Meta fields the front matter left empty from an HTML
// page's <head>: its title, description, author, keywords, canonical
// address and publication date, preferring Open Graph and article
// properties where both are given.
func headMeta(root *html.Node, meta *Meta) {
	head := find(root, atom.Head, 3)
	if head == nil {
		return
	}
	values := map[string]string{}
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Title:
			values["<title>"] = collapse(textOf(c))
		case atom.Meta:
			key := strings.ToLower(attr(c, "property"))
			if key == "" {
				key = strings.ToLower(attr(c, "name"))
			}
			if _, ok := values[key]; !ok && key != "" {
				values[key] = collapse(attr(c, "content"))
			}
		case atom.Link:
			if strings.EqualFold(attr(c, "rel"), "canonical") {
				values["<canonical>"] = strings.TrimSpace(attr(c, "href"))
			}
		}
	}
	pick := func(keys ...string) string {
		for _, k := range keys {
			if v := values[k]; v != "" {
				return v
			}
		}
		return ""
	}
	setOnce(&meta.Title, pick("og:title", "<title>"))
	setOnce(&meta.Summary, pick("description", "og:description"))
	setOnce(&meta.Author, pick("author"))
	setOnce(&meta.URL, pick("<canonical>", "og:url"))
	if meta.Published == "" {
		if d, ok := ParseDate(pick("article:published_time", "date", "dc.date", "pubdate", "datepublished")); ok {
			meta.Published = d
		}
	}
	if meta.Tags == nil {
		meta.Tags = splitList(field{value: pick("keywords")})
	}
}

// find returns the first element a within depth levels of n.
func find(n *html.Node, a atom.Atom, depth int) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if depth == 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a, depth-1); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	return sb.String()
}

// proseCode reports inline code that holds words for readers, not code: three words or more,
// the first capitalized, and none of the marks that code is written with.
func proseCode(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, '\n') || !unicode.IsUpper([]rune(s)[0]) || strings.ContainsAny(s, "(){}[]<>=;_/\\|$#@*\"`~") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if strings.Contains(strings.Trim(w, ".,:!?"), ".") {
			return false // "Use fmt.Println here": a qualified name
		}
	}
	return true
}

// tokenSkipped are the skipped elements that have end tags.
var tokenSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Nav: true, atom.Title: true,
	atom.Button: true, atom.Select: true, atom.Datalist: true, atom.Textarea: true,
	atom.Noembed: true, atom.Noframes: true, atom.Del: true, atom.S: true, atom.Strike: true,
}

// tokenBlocks reads HTML that the parser rejects token by token: text
// between block elements becomes paragraphs, without links or emphasis.
func tokenBlocks(src []byte) []Block {
	z := html.NewTokenizer(bytes.NewReader(src))
	var blocks []Block
	b := &builder{kind: Paragraph}
	flush := func() {
		if blk, ok := b.finish(); ok {
			blocks = append(blocks, blk)
		}
		b = &builder{kind: Paragraph}
	}
	skip := 0 // depth inside elements whose text is not for readers
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return blocks
		case html.TextToken:
			if skip == 0 {
				b.write(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tokenSkipped[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if _, _, ok := textBlock(a); ok || containers[a] || a == atom.Ul || a == atom.Ol ||
				a == atom.Table || a == atom.Blockquote || a == atom.Hr || a == atom.Dl {
				flush()
			} else if a == atom.Br {
				b.space = true
			}
		}
	}
}
