package document

import (
	"html"
	"regexp"
	"strings"
)

// parseArticle reads a Go present file (.article or .slide): a title line,
// an optional subtitle, a date and "Key: value" lines, a blank line, then
// author blocks separated by blank lines up to the first section. It
// returns the header as Meta and the body as Markdown.
//
// Files whose title starts with "# " use present's Markdown mode, with "##"
// sections; older files use present's own markup, with "*" sections and
// [[url][text]] links, which is rewritten to Markdown. Directives such as
// ".image" and ".iframe" are dropped, except ".caption", whose text is kept
// as a Caption; speaker notes (": …") and comment lines are dropped too.
func parseArticle(text string) (Meta, string) {
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	var meta Meta
	if i == len(lines) {
		return meta, ""
	}

	title := strings.TrimSpace(lines[i])
	markdownMode := strings.HasPrefix(title, "# ")
	meta.Title = strings.TrimSpace(strings.TrimPrefix(title, "# "))
	i++

	// Header: subtitle, date and keys, up to a blank line.
	var fields []field
	for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
		line := strings.TrimSpace(lines[i])
		if isSection(line, markdownMode) {
			break
		}
		if d, ok := ParseDate(line); ok {
			if meta.Published == "" {
				meta.Published = d
			}
			continue
		}
		if key, value, ok := strings.Cut(line, ":"); ok && articleKeys[strings.ToLower(key)] {
			fields = append(fields, field{key: strings.ToLower(key), value: strings.TrimSpace(value), scalar: true})
			continue
		}
		fields = append(fields, field{key: "subtitle", value: line, scalar: true})
	}
	h := metaOf(fields)
	meta.Summary, meta.Tags, meta.Slug, meta.URL, meta.Extra = h.Summary, h.Tags, h.Slug, h.URL, h.Extra
	if meta.Published == "" {
		meta.Published = h.Published
	}

	// Authors: blocks of lines up to the first section. A file without
	// sections has only its first block taken as the author.
	hasSection := false
	for _, l := range lines[i:] {
		if isSection(strings.TrimSpace(l), markdownMode) {
			hasSection = true
			break
		}
	}
	var authors []string
	extra := map[string]string{}
	inBlock := false
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if isSection(line, markdownMode) {
			break
		}
		if line == "" {
			if inBlock && !hasSection {
				break
			}
			inBlock = false
			continue
		}
		if strings.HasPrefix(line, ": ") || strings.HasPrefix(line, "//") {
			continue // A speaker note or a comment.
		}
		switch {
		case strings.HasPrefix(line, "@"):
			setDefault(extra, "author_twitter", line)
		case strings.Contains(line, ":"):
			setDefault(extra, "author_url", line)
		case strings.Contains(line, "@"):
			setDefault(extra, "author_email", line)
		case !inBlock:
			authors = append(authors, line)
		}
		inBlock = true
	}
	if len(authors) > 0 {
		meta.Author = authors[0]
		if len(authors) > 1 {
			extra["authors"] = strings.Join(authors, ", ")
		}
	}
	for k, v := range extra {
		if meta.Extra == nil {
			meta.Extra = map[string]string{}
		}
		setDefault(meta.Extra, k, v)
	}

	var body strings.Builder
	for _, line := range lines[i:] {
		body.WriteString(articleLine(line, markdownMode))
		body.WriteByte('\n')
	}
	return meta, body.String()
}

// articleKeys are the header keys present knows; any other header line is
// the subtitle, even with a colon in it.
var articleKeys = map[string]bool{"summary": true, "tags": true, "oldurl": true}

func setDefault(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// isSection reports whether a trimmed line starts a present section.
func isSection(line string, markdownMode bool) bool {
	if markdownMode {
		return line == "##" || strings.HasPrefix(line, "## ")
	}
	return line == "*" || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "** ") || strings.HasPrefix(line, "*** ")
}

var (
	presentLink      = regexp.MustCompile(`\[\[([^\]\s]+)\]\[([^\]]*)\]\]`)
	presentLinkBare  = regexp.MustCompile(`\[\[([^\]\s]+)\]\]`)
	presentDirective = regexp.MustCompile(`^\.[a-z]+(\s|$)`)
)

// articleLine rewrites one body line of a present file as Markdown.
func articleLine(line string, markdownMode bool) string {
	if presentDirective.MatchString(line) {
		if rest, ok := strings.CutPrefix(line, ".caption"); ok && strings.TrimSpace(rest) != "" {
			return "\n<figcaption>" + html.EscapeString(strings.TrimSpace(rest)) + "</figcaption>\n"
		}
		return ""
	}
	if strings.HasPrefix(line, ": ") || line == ":" || strings.HasPrefix(line, "//") {
		return ""
	}
	if markdownMode {
		return line
	}
	if strings.HasPrefix(line, "#") {
		return "" // A comment in present's own markup.
	}
	for _, p := range []string{"*** ", "** ", "* "} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			return strings.Repeat("#", len(p)) + " " + rest
		}
	}
	if line == "*" {
		return ""
	}
	line = presentLink.ReplaceAllString(line, "[$2]($1)")
	return presentLinkBare.ReplaceAllString(line, "<$1>")
}

// slideDeck reads the header of a present slide deck (.slide) as a talk page: a deck is one
// talk, titled by its title and given by its authors. A subtitle that goes on from the title
// ("Tracing Without..." over "...Tears") completes it; a subtitle that names
// an event ("Porto Gophers Meetup #12", "Nimbus Summit 2023") is where the talk was given. An
// .article file is a blog post and is read as one.
func slideDeck(m *Meta) {
	if strings.TrimSpace(m.Title) == "" {
		return
	}
	m.Kind = KindTalk
	if sub := strings.TrimSpace(m.Extra["subtitle"]); sub != "" {
		switch {
		case strings.HasPrefix(sub, "...") || strings.HasPrefix(sub, "…") ||
			strings.HasSuffix(m.Title, "...") || strings.HasSuffix(m.Title, "…"):
			m.Title = strings.TrimSpace(m.Title) + " " + strings.TrimLeft(sub, ".… ")
		case m.Event == "" && deckEvent.MatchString(sub):
			m.Event = sub
		}
	}
	names := []string{m.Author}
	if all := m.Extra["authors"]; all != "" {
		names = strings.Split(all, ", ")
	}
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && len(m.Speakers) < 8 {
			m.Speakers = append(m.Speakers, Speaker{Name: n})
		}
	}
}

// deckEvent matches a subtitle that names an event: a year, or a word such as meetup,
// conference, summit or user group.
var deckEvent = regexp.MustCompile(`(?i:\b(19|20)\d\d\b|meet-?ups?\b|\bconf(erence)?\b|summit|\bdays?\b|camp\b|user ?group|gophers|academy|workshop|symposium|forum|festival|fest\b|hackathon|\bevent\b|#\d+)|Con\b|\b[A-Z]+UG\b`)
