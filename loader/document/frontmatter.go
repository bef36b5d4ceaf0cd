package document

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// field is one top-level front matter entry, reduced to what Meta needs:
// a scalar, a list of scalars, or a table whose "name" is kept (Hugo's
// author: {name: …}).
type field struct {
	key    string
	value  string // scalar value, or the name of a table
	list   []string
	scalar bool
	isList bool
	// raw is the whole value as decoded (string, number, bool, time,
	// []any or map[string]any), for the talk and event keys that hold
	// lists of tables (see readTalkMeta).
	raw any
}

type frontMatter struct {
	found bool
	meta  Meta
	body  string
	// warning says what of the front matter could not be read and was left out, or "".
	warning string
}

// splitFrontMatter splits YAML ("---") or TOML ("+++") front matter off
// text. A YAML block may also close with "...". Front matter that opens but
// never closes is an error; front matter that does not parse, or is not a
// table of keys, costs what could not be read (see salvageFields), with a
// warning.
func splitFrontMatter(text string) (frontMatter, error) {
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimRight(first, " \t")
	var lang string
	switch first {
	case "---":
		lang = "YAML"
	case "+++":
		lang = "TOML"
	default:
		if fm, ok := splitJBakeHeader(text); ok {
			return fm, nil
		}
		return frontMatter{body: text}, nil
	}

	var fm strings.Builder
	closed := false
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimRight(l, " \t")
		if t == first || (lang == "YAML" && t == "...") {
			closed = true
			break
		}
		fm.WriteString(l)
		fm.WriteByte('\n')
	}
	if !closed {
		return frontMatter{}, fmt.Errorf("%w: %s front matter opened on line 1 is never closed", ErrFrontMatter, lang)
	}

	parse := tomlFields
	if lang == "YAML" {
		parse = yamlFields
	}
	fields, warning := salvageFields(fm.String(), parse)
	return frontMatter{found: true, meta: metaOf(fields), body: rest, warning: warning}, nil
}

// maxSalvageSize bounds the front matter salvageFields parses again (each try parses it whole).
const maxSalvageSize = 64 << 10

// maxSalvage bounds how many broken lines salvageFields leaves out before it gives up.
const maxSalvage = 20

// errorLine reads the file line a front matter error names ("YAML on line 7: ...").
var errorLine = regexp.MustCompile(`on line (\d+)`)

// salvageFields parses front matter src, leaving out the lines the parser rejects one by one
// (a key written "title:Caer: ..." in a long programme costs that key, not the page's
// metadata). It returns the fields read and a warning naming the first error, or "" when
// src parsed whole. Front matter that still does not parse gives no fields.
func salvageFields(src string, parse func(string) ([]field, error)) ([]field, string) {
	fields, err := parse(src)
	if err == nil {
		return fields, ""
	}
	first := strings.TrimPrefix(err.Error(), ErrFrontMatter.Error()+": ")
	if len(src) > maxSalvageSize {
		return nil, "front matter: " + first + "; the front matter was left out"
	}
	for range maxSalvage {
		n := errorLineOf(err)
		if n < 1 || strings.Contains(err.Error(), "not a mapping") {
			break // a list or a scalar for a whole front matter has no line to leave out
		}
		// the parser names the line it stopped on, or the one before it (a list left open)
		lines := strings.Split(src, "\n")
		moved := false
		for _, k := range []int{n, n + 1} {
			if k > len(lines) || strings.TrimSpace(lines[k-1]) == "" {
				continue
			}
			kept := lines[k-1]
			lines[k-1] = ""
			try := strings.Join(lines, "\n")
			if fields, err2 := parse(try); err2 == nil {
				return fields, "front matter: " + first + "; that line was left out"
			} else if errorLineOf(err2) != n {
				src, err, moved = try, err2, true
				break
			}
			lines[k-1] = kept
		}
		if !moved {
			break
		}
	}
	return nil, "front matter: " + first + "; the front matter was left out"
}

// errorLineOf is the line of the front matter (1 for the line after the opening fence) that
// a parse error names, or 0.
func errorLineOf(err error) int {
	m := errorLine.FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n - 1 // line 1 of the front matter is line 2 of the file
}

// jbakeField is a line of a JBake header: "title=Spring meetup", "date=2031-3-10".
var jbakeField = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$`)

// jbakeEnd closes a JBake header.
var jbakeEnd = regexp.MustCompile(`^~{6,}\s*$`)

// splitJBakeHeader splits JBake's header off text: "key=value" lines from the first line on,
// closed by a line of tildes ("~~~~~~"). Without the closing line nothing is split, so a post
// that merely starts with "a=b" keeps its text. Tags are a comma-separated list.
func splitJBakeHeader(text string) (frontMatter, bool) {
	var fields []field
	rest := text
	for n := 0; rest != "" && n < 40; n++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimRight(l, " \t\r")
		if jbakeEnd.MatchString(l) {
			if len(fields) == 0 {
				return frontMatter{}, false
			}
			return frontMatter{found: true, meta: metaOf(fields), body: rest}, true
		}
		if l == "" {
			continue
		}
		m := jbakeField.FindStringSubmatch(l)
		if m == nil {
			return frontMatter{}, false
		}
		f := field{key: m[1], value: m[2], scalar: true, raw: m[2]}
		if strings.EqualFold(m[1], "tags") {
			f = field{key: m[1], isList: true}
			for _, t := range strings.Split(m[2], ",") {
				if t = strings.TrimSpace(t); t != "" {
					f.list = append(f.list, t)
				}
			}
		}
		fields = append(fields, f)
	}
	return frontMatter{}, false
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func yamlFields(src string) ([]field, error) {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			// Line 1 of the YAML is line 2 of the file.
			return nil, fmt.Errorf("%w: YAML on line %d: %s", ErrFrontMatter, n+1, msg[len(m[0]):])
		}
		return nil, fmt.Errorf("%w: YAML: %s", ErrFrontMatter, strings.TrimPrefix(msg, "yaml: "))
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, nil // Empty front matter.
	}
	doc := resolve(root.Content[0])
	if doc.Kind == yaml.ScalarNode && (doc.Tag == "!!null" || doc.Value == "") {
		return nil, nil
	}
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: YAML on line %d is not a mapping of keys to values", ErrFrontMatter, doc.Line+1)
	}
	var fields []field
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := resolve(doc.Content[i]), resolve(doc.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			continue
		}
		f := field{key: k.Value}
		if talkKey(k.Value) {
			f.raw = yamlValue(v, 0)
		} else if v.Kind == yaml.SequenceNode {
			if raw := yamlValue(v, 0); timedRecords(raw) {
				f.raw = raw
			}
		}
		switch v.Kind {
		case yaml.ScalarNode:
			if v.Tag != "!!null" {
				f.value, f.scalar = v.Value, true
			}
		case yaml.SequenceNode:
			f.isList = true
			for _, item := range v.Content {
				item = resolve(item)
				switch item.Kind {
				case yaml.ScalarNode:
					if item.Tag != "!!null" {
						f.list = append(f.list, item.Value)
					}
				case yaml.MappingNode:
					if name := yamlName(item); name != "" {
						f.list = append(f.list, name)
					}
				}
			}
		case yaml.MappingNode:
			f.value = yamlName(v)
		}
		fields = append(fields, f)
	}
	return fields, nil
}

// yamlValue decodes a node as yaml.Node.Decode into an any would, but a table that repeats a
// key keeps the key's first value rather than failing as a whole: a schedule whose one slot
// says "type: talk" twice still lists its talks. A scalar that does not decode is nil.
func yamlValue(n *yaml.Node, depth int) any {
	n = resolve(n)
	if depth > maxTalkNesting+4 {
		return nil
	}
	switch n.Kind {
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, item := range n.Content {
			out = append(out, yamlValue(item, depth+1))
		}
		return out
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := resolve(n.Content[i])
			if k.Kind != yaml.ScalarNode {
				continue
			}
			if _, seen := out[k.Value]; !seen {
				out[k.Value] = yamlValue(n.Content[i+1], depth+1)
			}
		}
		return out
	case yaml.ScalarNode:
		var v any
		if n.Decode(&v) != nil {
			return nil
		}
		return v
	}
	return nil
}

// timeKeys are the keys of a programme slot's time.
var timeKeys = set("time", "start", "starttime", "starts", "startsat", "from", "hour", "slot", "at")

// resolve follows a YAML alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; i < 8 && n.Kind == yaml.AliasNode && n.Alias != nil; i++ {
		n = n.Alias
	}
	return n
}

// yamlName returns the scalar name of a mapping (personKeys, matched as pick does), as in
// Hugo's author: {name: X} or a WordPress export's author: {display_name: X, login: x}.
func yamlName(n *yaml.Node) string {
	for _, want := range personKeys {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
			if canonKey(k.Value) == want && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" {
				return v.Value
			}
		}
	}
	return ""
}

// tomlName returns the scalar name of a table (see yamlName).
func tomlName(t map[string]any) (string, bool) {
	s, ok := tomlScalar(pick(t, personKeys...))
	return s, ok && strings.TrimSpace(s) != ""
}

func tomlFields(src string) ([]field, error) {
	var m map[string]any
	md, err := toml.Decode(src, &m)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("%w: TOML on line %d: %s", ErrFrontMatter, perr.Position.Line+1, perr.Message)
		}
		return nil, fmt.Errorf("%w: TOML: %v", ErrFrontMatter, err)
	}
	var fields []field
	for _, k := range md.Keys() {
		if len(k) != 1 {
			continue
		}
		v, ok := m[k[0]]
		if !ok {
			continue
		}
		f := field{key: k[0], raw: v}
		switch v := v.(type) {
		case []any:
			f.isList = true
			for _, item := range v {
				if s, ok := tomlScalar(item); ok {
					f.list = append(f.list, s)
				} else if t, ok := item.(map[string]any); ok {
					if s, ok := tomlName(t); ok {
						f.list = append(f.list, s)
					}
				}
			}
		case []map[string]any:
			f.isList = true
			for _, t := range v {
				if s, ok := tomlName(t); ok {
					f.list = append(f.list, s)
				}
			}
		case map[string]any:
			f.value, _ = tomlName(v)
		default:
			f.value, f.scalar = tomlScalar(v)
		}
		fields = append(fields, f)
	}
	return fields, nil
}

func tomlScalar(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case int64:
		return strconv.FormatInt(v, 10), true
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	case time.Time:
		// A local date has no clock and a local time no date: write only
		// what was given. The date is kept as written, in its own zone.
		switch v.Location().String() {
		case "date", "time":
			if v.Year() == 0 {
				return v.Format("15:04:05"), true
			}
			return v.Format("2006-01-02"), true
		}
		return v.Format(time.RFC3339), true
	}
	return "", false
}

// headerKey matches a "Key: value" line of a Pelican or MultiMarkdown
// header.
var headerKey = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_ -]{0,40}):(?:\s+(.*))?$`)

// headerStarts are the keys a Pelican-style header can begin with. The
// first line must use one of them, so that a post beginning with
// "Note: …" is not taken for a header.
var headerStarts = []string{"title", "date", "author", "authors", "slug", "tags", "category", "summary"}

// parseHeader reads a Pelican-style header: "Key: value" lines without
// delimiters, ending at the first blank line, where a line indented by four
// spaces or a tab continues the previous value. It reports false, leaving
// text alone, when text does not start with such a header.
func parseHeader(text string) (Meta, string, bool) {
	var fields []field
	rest := text
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			rest = after
			break
		}
		if len(fields) > 0 && (strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")) {
			last := &fields[len(fields)-1]
			last.value = strings.TrimSpace(last.value + " " + strings.TrimSpace(line))
			rest = after
			continue
		}
		m := headerKey.FindStringSubmatch(line)
		if m == nil {
			return Meta{}, text, false
		}
		key := strings.ToLower(strings.TrimSpace(m[1]))
		if len(fields) == 0 && !slices.Contains(headerStarts, key) {
			return Meta{}, text, false
		}
		fields = append(fields, field{key: strings.ReplaceAll(key, " ", "_"), value: strings.TrimSpace(m[2]), scalar: true})
		rest = after
	}
	if len(fields) == 0 {
		return Meta{}, text, false
	}
	return metaOf(fields), rest, true
}

// metaFields maps a canonical key (lower case, without '_' and '-') to the
// Meta field it fills.
var metaFields = map[string]string{
	"title":         "title",
	"author":        "author",
	"authors":       "author",
	"url":           "url",
	"permalink":     "url",
	"canonical":     "url",
	"canonicalurl":  "url",
	"link":          "url",
	"slug":          "slug",
	"tags":          "tags",
	"tag":           "tags",
	"categories":    "categories",
	"category":      "categories",
	"summary":       "summary",
	"description":   "summary",
	"excerpt":       "summary",
	"date":          "date",
	"publishdate":   "date",
	"published":     "date",
	"pubdate":       "date",
	"publishedat":   "date",
	"created":       "date",
	"createdat":     "date",
	"lastmod":       "date",
	"modified":      "date",
	"lastmodified":  "date",
	"updated":       "date",
	"updatedat":     "date",
	"datepublished": "date",
}

// datePriority orders the date keys: the publication date wins over the
// creation date, which wins over the last change.
var datePriority = map[string]int{
	"date": 1, "publishdate": 1, "published": 1, "pubdate": 1, "publishedat": 1, "datepublished": 1,
	"created": 2, "createdat": 2,
	"lastmod": 3, "modified": 3, "lastmodified": 3, "updated": 3, "updatedat": 3,
}

var summaryPriority = map[string]int{"summary": 1, "description": 2, "excerpt": 3}

// metaOf fills a Meta from front matter fields. Keys are matched without
// regard to case, a leading ':' (Ruby symbols, as Jekyll sites migrated
// from Drupal write them), '_' or '-'. When a key appears twice, the first
// wins. A scalar not used for a Meta field goes to Extra, as does a date
// that cannot be read, so nothing said is lost.
func metaOf(fields []field) Meta {
	var m Meta
	// The date and summary come from the best of several keys; a key that
	// loses to a better one later goes to Extra like any unused key.
	var date, summary struct {
		prio       int
		key, value string
	}
	extra := map[string]string{}
	addExtra := func(key, value string) {
		if _, ok := extra[key]; !ok && value != "" {
			extra[key] = value
		}
	}
	for _, f := range fields {
		key := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(f.key), ":")))
		key = strings.TrimSuffix(key, ":")
		canon := strings.NewReplacer("_", "", "-", "").Replace(key)
		first := firstValue(f)
		used := false
		switch metaFields[canon] {
		case "title":
			used = setOnce(&m.Title, first)
		case "author":
			if canon == "authors" && f.scalar {
				first, _, _ = strings.Cut(first, ",")
				first = strings.TrimSpace(first)
			}
			// "[Name](https://…)", as Hugo sites write authors with a link.
			first, _ = linkText(first)
			// "jane_doe", "jane-doe": a site's key for its author, made of the name's words
			used = setOnce(&m.Author, nameOfSlug(first))
		case "url":
			used = setOnce(&m.URL, first)
		case "slug":
			used = setOnce(&m.Slug, first)
		case "tags":
			if m.Tags == nil {
				m.Tags = splitList(f)
				used = m.Tags != nil
			}
		case "categories":
			if m.Categories == nil {
				m.Categories = splitList(f)
				used = m.Categories != nil
			}
		case "summary":
			p := summaryPriority[canon]
			if first != "" && (summary.prio == 0 || p < summary.prio) {
				if summary.prio != 0 {
					addExtra(summary.key, summary.value)
				}
				m.Summary, used = first, true
				summary.prio, summary.key, summary.value = p, key, first
			}
		case "date":
			p := datePriority[canon]
			if d, ok := ParseDate(first); ok && (date.prio == 0 || p < date.prio) {
				if date.prio != 0 {
					addExtra(date.key, date.value)
				}
				m.Published, used = d, true
				date.prio, date.key, date.value = p, key, first
			}
		}
		if !used && f.scalar {
			addExtra(key, strings.TrimSpace(f.value))
		}
		readTalkMeta(&m, canon, f)
	}
	if len(extra) > 0 {
		m.Extra = extra
	}
	return m
}

// firstValue returns a scalar, or the first item of a list, trimmed.
func firstValue(f field) string {
	if f.isList {
		for _, v := range f.list {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
		return ""
	}
	return strings.TrimSpace(f.value)
}

func setOnce(dst *string, v string) bool {
	if *dst != "" || v == "" {
		return false
	}
	*dst = v
	return true
}

// splitList returns a list's items, or splits a scalar on commas if it has
// any and on spaces if not: Pelican separates tags with commas, Jekyll with
// spaces.
func splitList(f field) []string {
	items := f.list
	if !f.isList {
		if strings.Contains(f.value, ",") {
			items = strings.Split(f.value, ",")
		} else {
			items = strings.Fields(f.value)
		}
	}
	var out []string
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}
