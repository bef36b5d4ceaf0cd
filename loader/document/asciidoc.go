package document

import (
	"html"
	"regexp"
	"strings"
)

// parseAsciiDoc reads an AsciiDoc post (.adoc, .asciidoc): its document
// header ("= Title", an author line, a revision line "v1.0, 2025-02-13" and
// ":key: value" attributes) fills the Meta fields the front matter left
// empty, and its body is rewritten as Markdown, so that it goes through the
// same walker as every other post. The rewrite covers what posts use:
// section titles ("== Section"), lists ("*", "-", "."), links
// ("https://…[text]", "link:…[text]"), bold ("*text*"), block titles
// (".Title", kept as captions), quote, code and table blocks. Comments,
// attribute lines, block attributes ("[source,java]") and images are
// dropped.
func parseAsciiDoc(text string, meta *Meta) string {
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && (strings.TrimSpace(lines[i]) == "" || isADocComment(lines[i])) {
		i++
	}
	var fields []field
	if i < len(lines) && strings.HasPrefix(lines[i], "= ") {
		fields = append(fields, field{key: "title", value: strings.TrimSpace(lines[i][2:]), scalar: true})
		i++
		for n := 0; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i, n = i+1, n+1 {
			line := strings.TrimSpace(lines[i])
			switch {
			case isADocComment(line):
			case adocAttr.MatchString(line):
				m := adocAttr.FindStringSubmatch(line)
				fields = append(fields, adocField(m[1], m[2]))
			case n == 0:
				// The author line: "Name <email>; Other Name".
				name, _, _ := strings.Cut(line, ";")
				name, _, _ = strings.Cut(name, "<")
				fields = append(fields, field{key: "author", value: strings.TrimSpace(name), scalar: true})
			default:
				// The revision line: "v1.0, 2025-02-13: remark" or a date.
				rev := strings.TrimPrefix(line, "v")
				if _, after, ok := strings.Cut(rev, ","); ok {
					rev = after
				}
				rev, _, _ = strings.Cut(rev, ":")
				fields = append(fields, field{key: "date", value: strings.TrimSpace(rev), scalar: true})
			}
		}
	} else {
		// Attributes may open a document without a title.
		for i < len(lines) && adocAttr.MatchString(strings.TrimSpace(lines[i])) {
			m := adocAttr.FindStringSubmatch(strings.TrimSpace(lines[i]))
			fields = append(fields, adocField(m[1], m[2]))
			i++
		}
	}
	if len(fields) > 0 {
		h := metaOf(fields)
		setOnce(&meta.Title, h.Title)
		setOnce(&meta.Author, h.Author)
		setOnce(&meta.Published, h.Published)
		setOnce(&meta.Summary, h.Summary)
		if meta.Tags == nil {
			meta.Tags = h.Tags
		}
	}
	return asciiDocBody(lines[i:])
}

// adocAttr matches a document attribute line ":name: value".
var adocAttr = regexp.MustCompile(`^:([A-Za-z0-9_][A-Za-z0-9_-]*!?):(?:\s+(.*))?$`)

// adocField maps a header attribute to a front matter field: :revdate: is
// the date, :keywords: the tags, :description: the summary.
func adocField(key, value string) field {
	key = strings.ToLower(strings.TrimSuffix(key, "!"))
	switch key {
	case "revdate":
		key = "date"
	case "keywords":
		key = "tags"
	}
	return field{key: key, value: strings.TrimSpace(value), scalar: true}
}

func isADocComment(line string) bool {
	return strings.HasPrefix(line, "//") && !strings.HasPrefix(line, "////")
}

var (
	adocHeading    = regexp.MustCompile(`^(={1,6}|#{1,6})\s+(\S.*)$`)
	adocList       = regexp.MustCompile(`^\s*(\*{1,5}|-|\.{1,5})\s+(\S.*)$`)
	adocBlockTitle = regexp.MustCompile(`^\.([^.\s].*)$`)
	adocBlockAttr  = regexp.MustCompile(`^\[[^\]]*\]$`)
	adocImage      = regexp.MustCompile(`^(image|video|audio|include|toc)::`)
	adocURLLink    = regexp.MustCompile(`(?:link:)?((?:https?|ftp|mailto):[^\s\[\]]+)\[([^\]]*)\]`)
	adocRelLink    = regexp.MustCompile(`link:([^\s\[\]]+)\[([^\]]*)\]`)
	adocXref       = regexp.MustCompile(`<<[^,>]+,\s*([^>]+)>>|<<([^>]+)>>|xref:[^\[\s]+\[([^\]]*)\]`)
	adocInlineImg  = regexp.MustCompile(`image:[^\s\[]+\[[^\]]*\]`)
	adocBold       = regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*]*[^*\s])?)\*([^\w*]|$)`)
	adocAnchor     = regexp.MustCompile(`^\[\[[^\]]*\]\]$`)
)

// asciiDocBody rewrites AsciiDoc body lines as Markdown.
func asciiDocBody(lines []string) string {
	var out strings.Builder
	delim := "" // the open delimited block, if any
	var table [][]string
	cols := 0
	var row []string
	for _, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		trimmed := strings.TrimSpace(line)
		if delim != "" {
			if trimmed == delim {
				switch delim {
				case "----", "....", "```":
					out.WriteString("```\n\n")
				case "|===":
					writeADocTable(&out, table)
					table, cols, row = nil, 0, nil
				}
				delim = ""
				continue
			}
			switch delim {
			case "----", "....", "```":
				out.WriteString(line + "\n")
			case "____":
				out.WriteString("> " + adocInline(line) + "\n")
			case "|===":
				if trimmed == "" {
					if len(row) > 0 && cols == 0 {
						cols = len(row)
						table = append(table, row)
						row = nil
					}
					continue
				}
				for _, c := range strings.Split(strings.TrimPrefix(trimmed, "|"), "|") {
					row = append(row, adocInline(strings.TrimSpace(c)))
				}
				if cols > 0 && len(row) >= cols || cols == 0 && strings.Count(trimmed, "|") > 1 {
					if cols == 0 {
						cols = len(row)
					}
					table = append(table, row)
					row = nil
				}
			case "////":
			}
			continue
		}
		switch {
		case trimmed == "----" || trimmed == "...." || trimmed == "```" || strings.HasPrefix(trimmed, "```"):
			delim = trimmed
			if strings.HasPrefix(trimmed, "```") {
				delim = "```"
			}
			out.WriteString("\n```\n")
		case trimmed == "____" || trimmed == "////":
			delim = trimmed
			out.WriteString("\n")
		case trimmed == "|===":
			delim = trimmed
		case trimmed == "====" || trimmed == "****" || trimmed == "--" || trimmed == "+" || trimmed == "'''":
			out.WriteString("\n")
		case isADocComment(trimmed), adocAttr.MatchString(trimmed), adocBlockAttr.MatchString(trimmed),
			adocAnchor.MatchString(trimmed), adocImage.MatchString(trimmed):
			// Nothing a reader sees as text.
			if adocImage.MatchString(trimmed) {
				out.WriteString("\n")
			}
		case adocHeading.MatchString(trimmed):
			m := adocHeading.FindStringSubmatch(trimmed)
			out.WriteString("\n" + strings.Repeat("#", len(m[1])) + " " + adocInline(m[2]) + "\n\n")
		case adocBlockTitle.MatchString(trimmed):
			m := adocBlockTitle.FindStringSubmatch(trimmed)
			out.WriteString("\n<figcaption>" + html.EscapeString(adocText(m[1])) + "</figcaption>\n\n")
		case adocList.MatchString(line):
			m := adocList.FindStringSubmatch(line)
			depth := len(m[1]) - 1
			marker := "-"
			if strings.HasPrefix(m[1], ".") {
				marker = "1."
			}
			if m[1] == "-" {
				depth = 0
			}
			out.WriteString(strings.Repeat("    ", depth) + marker + " " + adocInline(m[2]) + "\n")
		default:
			if strings.HasSuffix(line, " +") {
				line = strings.TrimSuffix(line, " +") + "  " // a hard line break
			}
			out.WriteString(adocInline(line) + "\n")
		}
	}
	if delim == "|===" {
		writeADocTable(&out, table)
	} else if delim == "----" || delim == "...." || delim == "```" {
		out.WriteString("```\n")
	}
	return out.String()
}

// writeADocTable writes table rows as a Markdown table, the first row as
// its header.
func writeADocTable(out *strings.Builder, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	out.WriteString("\n")
	for i, r := range rows {
		cells := make([]string, n)
		for j := range cells {
			if j < len(r) {
				cells[j] = strings.ReplaceAll(r[j], "|", `\|`)
			}
		}
		out.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == 0 {
			out.WriteString("|" + strings.Repeat(" --- |", n) + "\n")
		}
	}
	out.WriteString("\n")
}

// adocInline rewrites inline AsciiDoc as Markdown: links, cross
// references, bold, and inline images (dropped).
func adocInline(s string) string {
	s = adocInlineImg.ReplaceAllString(s, "")
	s = adocURLLink.ReplaceAllStringFunc(s, func(m string) string {
		p := adocURLLink.FindStringSubmatch(m)
		text, _, _ := strings.Cut(p[2], ",")
		text = strings.Trim(strings.TrimSpace(text), `"`)
		if text == "" {
			return "<" + p[1] + ">"
		}
		return "[" + text + "](" + p[1] + ")"
	})
	s = adocRelLink.ReplaceAllString(s, "[$2]($1)")
	s = adocXref.ReplaceAllStringFunc(s, func(m string) string {
		p := adocXref.FindStringSubmatch(m)
		for _, t := range p[1:] {
			if t != "" {
				return t
			}
		}
		return ""
	})
	// *bold* is strong in AsciiDoc; in Markdown it would be emphasis.
	for range 2 { // twice, since adjacent matches share a boundary
		s = adocBold.ReplaceAllString(s, "$1**$2**$3")
	}
	return s
}

// adocText is adocInline without marks: a caption's plain text.
func adocText(s string) string {
	s = adocInline(s)
	text, _ := linkText(s)
	return strings.ReplaceAll(text, "**", "")
}
