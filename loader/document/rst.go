package document

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// parseRST reads a reStructuredText post (.rst), as Pelican and Sphinx
// blogs write them: the title (the first section title) and the field list
// after it (":date:", ":tags:", ":authors:", ":summary:"...) fill the Meta
// fields the front matter left empty, and the body is rewritten as
// Markdown, so that it goes through the same walker as every other post.
// The rewrite covers what posts use: section titles (underlined, with or
// without an overline; levels by order of appearance), bullet and
// enumerated lists, links (`text <url>`_ and named targets), inline
// literals and roles, literal and code blocks, block quotes, raw HTML,
// figures (their caption kept), and grid and simple tables. Comments and
// other directives' options are dropped.
func parseRST(text string, meta *Meta) string {
	lines := strings.Split(strings.ReplaceAll(text, "\t", "        "), "\n")
	r := &rstReader{lines: lines, styles: map[string]int{}, targets: rstTargets(lines), anonymous: rstAnonymous(lines)}
	var fields []field
	i := r.skipBlank(0)
	// The title: the first section title, if the document opens with one.
	if _, title, next, ok := r.heading(i); ok {
		fields = append(fields, field{key: "title", value: title, scalar: true})
		i = r.skipBlank(next)
		// A subtitle, also a section title, is part of the header.
		if _, _, next2, ok := r.heading(i); ok {
			i = r.skipBlank(next2)
		}
	}
	// The docinfo field list.
	for i < len(lines) {
		m := rstField.FindStringSubmatch(lines[i])
		if m == nil {
			break
		}
		value := m[2]
		i++
		for i < len(lines) && indentOf(lines[i]) > 0 && strings.TrimSpace(lines[i]) != "" {
			value += " " + strings.TrimSpace(lines[i])
			i++
		}
		fields = append(fields, rstDocField(m[1], value))
	}
	if len(fields) > 0 {
		h := metaOf(fields)
		setOnce(&meta.Title, h.Title)
		setOnce(&meta.Author, h.Author)
		setOnce(&meta.Published, h.Published)
		setOnce(&meta.Summary, h.Summary)
		setOnce(&meta.Slug, h.Slug)
		if meta.Tags == nil {
			meta.Tags = h.Tags
		}
		if meta.Categories == nil {
			meta.Categories = h.Categories
		}
	}
	r.body(i, len(lines), 0)
	return r.out.String()
}

// rstField matches a field list item ":name: value".
var rstField = regexp.MustCompile(`^:([A-Za-z][A-Za-z0-9 _-]*):(?:\s+(.*))?$`)

// rstDocField maps a docinfo field to a front matter field.
func rstDocField(key, value string) field {
	key = strings.ToLower(strings.TrimSpace(key))
	return field{key: key, value: strings.TrimSpace(value), scalar: true}
}

type rstReader struct {
	lines   []string
	out     strings.Builder
	styles  map[string]int // heading adornment styles, in order of appearance
	targets map[string]string
	// anonymous are the anonymous hyperlink targets, in order; anonNext is the next to use.
	anonymous []string
	anonNext  int
}

func (r *rstReader) skipBlank(i int) int {
	for i < len(r.lines) && strings.TrimSpace(r.lines[i]) == "" {
		i++
	}
	return i
}

// adornment reports whether a line is a section adornment: one
// punctuation character repeated, at least three times.
func adornment(line string) (byte, bool) {
	line = strings.TrimRight(line, " ")
	if len(line) < 3 || !strings.ContainsRune("=-~^\"'`#*+:._", rune(line[0])) {
		return 0, false
	}
	for i := 1; i < len(line); i++ {
		if line[i] != line[0] {
			return 0, false
		}
	}
	return line[0], true
}

// heading reads a section title at line i: text over an adornment at
// least as long, optionally with an overline. It returns the level, the
// title and the line after it.
func (r *rstReader) heading(i int) (level int, title string, next int, ok bool) {
	if i+1 >= len(r.lines) {
		return 0, "", 0, false
	}
	style := ""
	textLine := i
	if c, ok := adornment(r.lines[i]); ok && i+2 < len(r.lines) {
		if c2, ok := adornment(r.lines[i+2]); ok && c2 == c && strings.TrimSpace(r.lines[i+1]) != "" {
			style = "over" + string(c)
			textLine = i + 1
			next = i + 3
		}
	}
	if style == "" {
		text := r.lines[i]
		c, ok := adornment(r.lines[i+1])
		if !ok || strings.TrimSpace(text) == "" || indentOf(text) > 0 ||
			utf8.RuneCountInString(strings.TrimRight(r.lines[i+1], " ")) < min(utf8.RuneCountInString(strings.TrimSpace(text)), 4) {
			return 0, "", 0, false
		}
		if _, isAdorn := adornment(text); isAdorn {
			return 0, "", 0, false
		}
		style = string(c)
		next = i + 2
	}
	lvl, seen := r.styles[style]
	if !seen {
		lvl = min(len(r.styles)+1, 6)
		r.styles[style] = lvl
	}
	return lvl, strings.TrimSpace(r.lines[textLine]), next, true
}

func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " "))
}

// indented returns the end of the block of lines after i that are blank or
// indented more than base, and the block dedented.
func (r *rstReader) indented(i, base int) (int, []string) {
	end := i
	for end < len(r.lines) && (strings.TrimSpace(r.lines[end]) == "" || indentOf(r.lines[end]) > base) {
		end++
	}
	for end > i && strings.TrimSpace(r.lines[end-1]) == "" {
		end--
	}
	block := r.lines[i:end]
	least := -1
	for _, l := range block {
		if strings.TrimSpace(l) != "" && (least < 0 || indentOf(l) < least) {
			least = indentOf(l)
		}
	}
	out := make([]string, len(block))
	for k, l := range block {
		if least > 0 && len(l) >= least {
			out[k] = l[least:]
		} else {
			out[k] = strings.TrimLeft(l, " ")
		}
	}
	return end, out
}

var (
	rstDirective = regexp.MustCompile(`^\.\.\s+([A-Za-z0-9_-]+)::\s*(.*)$`)
	rstBullet    = regexp.MustCompile(`^(\s*)([-*+•]|#\.|\d+\.|\(?\d+\)|[a-zA-Z]\.)\s+(\S.*)$`)
	rstLinkInl   = regexp.MustCompile("`([^`<]*?)\\s*<([^`>]+)>`__?")
	rstLinkRef   = regexp.MustCompile("`([^`<]+)`__?")
	rstRole      = regexp.MustCompile(":([A-Za-z0-9_-]+):`([^`]*)`")
	rstRoleAfter = regexp.MustCompile("`([^`]+)`:([A-Za-z0-9_-]+):")
	rstLiteral   = regexp.MustCompile("``([^`]+)``")
	// rstBareRef is a one-word reference: "Video__", "slides_".
	rstBareRef = regexp.MustCompile(`(^|\s)(([A-Za-z][A-Za-z0-9-]*)__?)([\s.,;:)]|$)`)
	rstTarget  = regexp.MustCompile("^\\.\\.\\s+_(`[^`]+`|[^:]+):\\s*(\\S*)\\s*$")
	rstSubst   = regexp.MustCompile(`\|[A-Za-z0-9 _-]+\|_?`)
)

// rstAnonymous collects the anonymous hyperlink targets in order (".. __: url" or "__ url"),
// which the anonymous references (`text`__, word__) take one after the other.
func rstAnonymous(lines []string) []string {
	var out []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		for _, p := range []string{".. __:", "__ "} {
			if rest, ok := strings.CutPrefix(t, p); ok && strings.TrimSpace(rest) != "" {
				out = append(out, strings.TrimSpace(rest))
				break
			}
		}
	}
	return out
}

// nextAnonymous returns the next anonymous target, or "" when there are no more.
func (r *rstReader) nextAnonymous() string {
	if r.anonNext >= len(r.anonymous) {
		return ""
	}
	r.anonNext++
	return r.anonymous[r.anonNext-1]
}

// rstTargets collects named hyperlink targets: ".. _name: url".
func rstTargets(lines []string) map[string]string {
	out := map[string]string{}
	for _, l := range lines {
		if m := rstTarget.FindStringSubmatch(strings.TrimSpace(l)); m != nil && m[2] != "" {
			out[strings.ToLower(strings.Trim(m[1], "`"))] = m[2]
		}
	}
	return out
}

// inline rewrites inline reStructuredText as Markdown.
func (r *rstReader) inline(s string) string {
	s = rstLinkInl.ReplaceAllStringFunc(s, func(m string) string {
		p := rstLinkInl.FindStringSubmatch(m)
		text := strings.TrimSpace(p[1])
		if text == "" {
			return "<" + p[2] + ">"
		}
		return "[" + text + "](" + p[2] + ")"
	})
	// Roles, before or after their text (:title:`Fast Builds`, `Fast Builds`:title:): titles and
	// emphasis show in italics, the others as plain text.
	role := func(name, text string) string {
		switch strings.ToLower(name) {
		case "title", "title-reference", "t", "emphasis", "cite":
			return "*" + text + "*"
		case "strong":
			return "**" + text + "**"
		}
		return text
	}
	s = rstRole.ReplaceAllStringFunc(s, func(m string) string {
		p := rstRole.FindStringSubmatch(m)
		return role(p[1], p[2])
	})
	s = rstRoleAfter.ReplaceAllStringFunc(s, func(m string) string {
		p := rstRoleAfter.FindStringSubmatch(m)
		return role(p[2], p[1])
	})
	s = rstLinkRef.ReplaceAllStringFunc(s, func(m string) string {
		p := rstLinkRef.FindStringSubmatch(m)
		if strings.HasSuffix(m, "__") {
			if url := r.nextAnonymous(); url != "" {
				return "[" + p[1] + "](" + url + ")"
			}
			return p[1]
		}
		if url, ok := r.targets[strings.ToLower(p[1])]; ok {
			return "[" + p[1] + "](" + url + ")"
		}
		if strings.HasSuffix(m, "_") {
			return p[1]
		}
		return "*" + p[1] + "*" // `interpreted text` shows as emphasis
	})
	s = rstBareRef.ReplaceAllStringFunc(s, func(m string) string {
		p := rstBareRef.FindStringSubmatch(m)
		if strings.HasSuffix(p[2], "__") {
			if url := r.nextAnonymous(); url != "" {
				return p[1] + "[" + p[3] + "](" + url + ")" + p[4]
			}
		} else if url, ok := r.targets[strings.ToLower(p[3])]; ok {
			return p[1] + "[" + p[3] + "](" + url + ")" + p[4]
		}
		return p[1] + p[3] + p[4]
	})
	s = rstLiteral.ReplaceAllString(s, "`$1`")
	s = rstSubst.ReplaceAllString(s, "")
	return s
}

// body rewrites lines [i, end) whose base indentation is base.
func (r *rstReader) body(i, end, depth int) {
	if depth > maxNesting {
		return
	}
	for i < end {
		line := r.lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			r.out.WriteString("\n")
			i++
		case strings.HasPrefix(trimmed, ".. "):
			i = r.directive(i, depth)
		case strings.HasPrefix(trimmed, "__ ") && indentOf(line) == 0:
			i++ // an anonymous hyperlink target: "__ https://..."
		case strings.HasPrefix(trimmed, "+-") && strings.HasSuffix(trimmed, "+"):
			i = r.gridTable(i)
		default:
			if simpleBorder(line) {
				i = r.simpleTable(i)
				continue
			}
			if lvl, title, next, ok := r.heading(i); ok {
				r.out.WriteString("\n" + strings.Repeat("#", lvl) + " " + r.inline(title) + "\n\n")
				i = next
				continue
			}
			if _, ok := adornment(trimmed); ok {
				i++ // a transition
				r.out.WriteString("\n")
				continue
			}
			if m := rstBullet.FindStringSubmatch(line); m != nil {
				i = r.listItem(i, m)
				continue
			}
			if indentOf(line) > 0 {
				next, block := r.indented(i, 0)
				r.quote(block)
				i = max(next, i+1)
				continue
			}
			if j := i + 1; j < end && indentOf(line) == 0 && strings.TrimSpace(r.lines[j]) != "" && indentOf(r.lines[j]) > 0 &&
				len(trimmed) <= 60 && !strings.HasSuffix(trimmed, "::") {
				// a definition list item: a term, its definition indented on the next lines
				next, block := r.indented(j, 0)
				r.definition(trimmed, block)
				i = max(next, j+1)
				continue
			}
			i = r.paragraph(i, end)
		}
	}
}

// paragraph writes a paragraph: lines up to a blank line. One that ends
// in "::" introduces a literal block.
func (r *rstReader) paragraph(i, end int) int {
	var para []string
	for i < end && strings.TrimSpace(r.lines[i]) != "" && (len(para) == 0 || indentOf(r.lines[i]) == 0) {
		para = append(para, strings.TrimSpace(r.lines[i]))
		i++
	}
	text := strings.Join(para, "\n")
	literal := strings.HasSuffix(text, "::")
	if literal {
		text = strings.TrimSuffix(text, ":")
		if strings.HasSuffix(text, " :") || text == ":" {
			text = strings.TrimSuffix(text, ":")
		}
	}
	if t := strings.TrimSpace(text); t != "" {
		r.out.WriteString(r.inline(t) + "\n\n")
	}
	if literal {
		j := r.skipBlank(i)
		if j < len(r.lines) && indentOf(r.lines[j]) > 0 {
			next, block := r.indented(j, 0)
			r.code(block)
			return next
		}
	}
	return i
}

// quote writes an indented block as a block quote, a paragraph (lines joined) at a time, so
// that inline markup across lines reads; hyperlink targets and comments (".. ") are left out.
func (r *rstReader) quote(block []string) {
	for _, para := range rstParagraphs(block, " ") {
		r.out.WriteString("> " + r.inline(para) + "\n>\n")
	}
	r.out.WriteString("\n")
}

// definition writes a definition list item as a list item: "term: definition", or "term
// definition" when the term is a time ("18:30" over "Ana Lima: *Title*"), as agendas write it.
func (r *rstReader) definition(term string, block []string) {
	// The definition keeps its line breaks, so that a label's value ("Where" over a venue's
	// address, then directions on the lines below) reads as lines of its own.
	paras := rstParagraphs(block, "\n")
	if len(paras) == 0 {
		r.out.WriteString(r.inline(term) + "\n\n")
		return
	}
	sep := ": "
	if rstTime.MatchString(term) {
		sep = " "
	}
	indented := func(p string) string { return strings.ReplaceAll(r.inline(p), "\n", "\n  ") }
	r.out.WriteString("- " + r.inline(term) + sep + indented(paras[0]) + "\n")
	for _, p := range paras[1:] {
		r.out.WriteString("\n  " + indented(p) + "\n")
	}
	r.out.WriteString("\n")
}

// rstTime is a term that is a time or a time range: "18:30", "9:00-9:45", "10h".
var rstTime = regexp.MustCompile(`^\d{1,2}([:.h]\d{2})?\s*([ap]\.?m\.?)?(\s*[-–]\s*\d{1,2}([:.h]\d{2})?\s*([ap]\.?m\.?)?)?$`)

// rstParagraphs joins a block's lines into paragraphs with sep, dropping hyperlink targets
// and comments.
func rstParagraphs(block []string, sep string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, sep))
			cur = nil
		}
	}
	for _, l := range block {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, ".. "):
			flush()
		default:
			cur = append(cur, t)
		}
	}
	flush()
	return out
}

func (r *rstReader) code(block []string) {
	r.out.WriteString("\n```\n")
	for _, l := range block {
		r.out.WriteString(l + "\n")
	}
	r.out.WriteString("```\n\n")
}

// listItem writes one list item and what is indented under it.
func (r *rstReader) listItem(i int, m []string) int {
	base := len(m[1])
	depth := base / 2
	marker := "-"
	if !strings.ContainsAny(m[2][:1], "-*+•") {
		marker = "1."
	}
	text := []string{m[3]}
	j := i + 1
	contentIndent := base + len(m[2]) + 1
	for j < len(r.lines) && strings.TrimSpace(r.lines[j]) != "" && indentOf(r.lines[j]) >= contentIndent && rstBullet.FindStringSubmatch(r.lines[j]) == nil {
		text = append(text, strings.TrimSpace(r.lines[j]))
		j++
	}
	r.out.WriteString(strings.Repeat("    ", min(depth, maxNesting)) + marker + " " + r.inline(strings.Join(text, " ")) + "\n")
	return j
}

// directive handles ".. name:: argument" and its indented content, and
// comments and targets (".. anything else").
func (r *rstReader) directive(i, depth int) int {
	trimmed := strings.TrimSpace(r.lines[i])
	base := indentOf(r.lines[i])
	next, block := r.indented(i+1, base)
	m := rstDirective.FindStringSubmatch(trimmed)
	if m == nil {
		return next // a comment or a hyperlink target
	}
	// Options (":alt: …") open the content; a blank line ends them.
	k := 0
	for k < len(block) && rstField.MatchString(strings.TrimSpace(block[k])) {
		k++
	}
	content := block[k:]
	switch strings.ToLower(m[1]) {
	case "image":
		r.out.WriteString("\n")
	case "figure":
		if caption := strings.TrimSpace(strings.Join(content, " ")); caption != "" {
			r.out.WriteString("\n<figcaption>" + htmlEscape(r.inline(caption)) + "</figcaption>\n\n")
		}
	case "code", "code-block", "sourcecode", "highlight":
		r.code(trimBlank(content))
	case "list-table":
		r.listTable(content, listTableHeader(block[:k]))
	case "raw":
		if strings.Contains(strings.ToLower(m[2]), "html") {
			r.out.WriteString("\n" + strings.Join(content, "\n") + "\n\n")
		}
	case "note", "tip", "important", "warning", "attention", "hint", "admonition", "topic", "sidebar", "epigraph", "highlights", "pull-quote", "container", "rubric":
		sub := &rstReader{lines: content, styles: r.styles, targets: r.targets}
		if m[2] != "" {
			sub.out.WriteString(r.inline(m[2]) + "\n\n")
		}
		sub.body(0, len(content), depth+1)
		r.out.WriteString("\n" + sub.out.String() + "\n")
	}
	return next
}

// listTableRow and listTableCell open a row and a further cell of a list table:
// "* - 18:30" and "  - Title (Name)", or with the bullets the other way round, "- * 18:30"
// and "  * Title (Name)".
var (
	listTableRow  = regexp.MustCompile(`^[*+-]\s+[*+-](?:\s+(.*))?$`)
	listTableCell = regexp.MustCompile(`^[*+-](?:\s+(.*))?$`)
)

// listTableHeader reports a list table whose options give it a header row
// (":header-rows: 1").
func listTableHeader(options []string) bool {
	for _, o := range options {
		if k, v, ok := strings.Cut(strings.TrimSpace(o), ":header-rows:"); ok && k == "" && strings.TrimSpace(v) != "0" {
			return true
		}
	}
	return false
}

// listTable rewrites a list table (".. list-table::", a bullet list of rows
// whose items are lists of cells) as a Markdown table when it has a header
// row, else as a list whose items are its rows, the cells joined by dashes
// ("18:30 - Title (Name)"), as agendas are written. A cell keeps its first
// paragraph: what follows it (an abstract, links) is not the cell's value.
func (r *rstReader) listTable(content []string, header bool) {
	var rows [][]string
	var row []string
	first := false // still in the first paragraph of the current cell
	for _, l := range content {
		t := strings.TrimSpace(l)
		switch m, c := listTableRow.FindStringSubmatch(t), listTableCell.FindStringSubmatch(t); {
		case t == "":
			first = false
		case m != nil:
			if row != nil {
				rows = append(rows, row)
			}
			row, first = []string{m[1]}, true
		case c != nil && row != nil:
			row, first = append(row, c[1]), true
		case first && row != nil:
			row[len(row)-1] += " " + t
		}
	}
	if row != nil {
		rows = append(rows, row)
	}
	if header {
		r.table(rows)
		return
	}
	r.out.WriteString("\n")
	for _, row := range rows {
		var cells []string
		for _, c := range row {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, r.inline(c))
			}
		}
		if len(cells) > 0 {
			r.out.WriteString("- " + strings.Join(cells, " - ") + "\n")
		}
	}
	r.out.WriteString("\n")
}

func trimBlank(block []string) []string {
	for len(block) > 0 && strings.TrimSpace(block[0]) == "" {
		block = block[1:]
	}
	return block
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// gridTable rewrites a grid table ("+---+---+" borders, "|" cells) as a
// Markdown table; a cell's lines are joined.
func (r *rstReader) gridTable(i int) int {
	var rows [][]string
	var cur []string
	for i < len(r.lines) {
		t := strings.TrimSpace(r.lines[i])
		if strings.HasPrefix(t, "+") {
			if cur != nil {
				rows = append(rows, cur)
				cur = nil
			}
			i++
			continue
		}
		if !strings.HasPrefix(t, "|") {
			break
		}
		cells := strings.Split(strings.Trim(t, "|"), "|")
		if cur == nil {
			cur = make([]string, len(cells))
		}
		for k, c := range cells {
			if k < len(cur) {
				cur[k] = strings.TrimSpace(cur[k] + " " + strings.TrimSpace(c))
			}
		}
		i++
	}
	if cur != nil {
		rows = append(rows, cur)
	}
	r.table(rows)
	return i
}

// simpleBorder reports whether a line is the border of a simple table:
// two or more runs of '=' separated by spaces.
func simpleBorder(line string) bool {
	fields := strings.Fields(line)
	if len(fields) < 2 || indentOf(line) > 0 {
		return false
	}
	for _, f := range fields {
		if strings.Trim(f, "=") != "" {
			return false
		}
	}
	return true
}

// simpleTable rewrites a simple table (columns under "=====  =====") as a
// Markdown table.
func (r *rstReader) simpleTable(i int) int {
	border := r.lines[i]
	var cols [][2]int
	for k := 0; k < len(border); {
		if border[k] != '=' {
			k++
			continue
		}
		start := k
		for k < len(border) && border[k] == '=' {
			k++
		}
		cols = append(cols, [2]int{start, k})
	}
	i++
	borders := 1
	var rows [][]string
	for i < len(r.lines) && borders < 3 {
		line := r.lines[i]
		if simpleBorder(line) {
			borders++
			i++
			continue
		}
		if strings.Trim(strings.TrimSpace(line), "- ") == "" && strings.TrimSpace(line) != "" {
			i++ // a rule between header rows
			continue
		}
		if strings.TrimSpace(line) == "" {
			if borders >= 2 && i+1 < len(r.lines) && strings.TrimSpace(r.lines[i+1]) == "" {
				break
			}
			i++
			continue
		}
		row := make([]string, len(cols))
		for k, c := range cols {
			start := c[0]
			stop := len(line)
			if k+1 < len(cols) {
				stop = min(len(line), cols[k+1][0])
			}
			if start < len(line) && start < stop {
				row[k] = strings.TrimSpace(line[start:stop])
			}
		}
		if row[0] == "" && len(rows) > 0 {
			// a continuation line of the row above
			for k := range row {
				rows[len(rows)-1][k] = strings.TrimSpace(rows[len(rows)-1][k] + " " + row[k])
			}
		} else {
			rows = append(rows, row)
		}
		i++
	}
	r.table(rows)
	return i
}

func (r *rstReader) table(rows [][]string) {
	if len(rows) == 0 {
		return
	}
	n := 0
	for _, row := range rows {
		n = max(n, len(row))
	}
	r.out.WriteString("\n")
	for k, row := range rows {
		cells := make([]string, n)
		for j := range cells {
			if j < len(row) {
				cells[j] = strings.ReplaceAll(r.inline(row[j]), "|", `\|`)
			}
		}
		r.out.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if k == 0 {
			r.out.WriteString("|" + strings.Repeat(" --- |", n) + "\n")
		}
	}
	r.out.WriteString("\n")
}
