package document

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// EventData is a schema.org Event (or one of its subtypes, such as
// EducationEvent or SocialEvent) that a page carries as JSON-LD or
// microdata: what the site itself states about an event or a talk.
type EventData struct {
	// Type is the schema.org type without its prefix: "Event",
	// "EducationEvent", "Hackathon"...
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
	// StartDate is the start date as YYYY-MM-DD, or "" when not given or
	// not a date.
	StartDate   string `json:"start_date,omitempty"`
	URL         string `json:"url,omitempty"`
	Description string `json:"description,omitempty"`
	Location    Place  `json:"location"`
	// Performers are the event's performers (for a talk, its speakers);
	// Organizers its organizers.
	Performers []Agent `json:"performers,omitempty"`
	Organizers []Agent `json:"organizers,omitempty"`
	// SuperEvent is the name of the event this one is part of (a talk of
	// a conference, given as a subEvent or with superEvent), or "".
	SuperEvent string `json:"super_event,omitempty"`
	// Source is "json-ld" or "microdata".
	Source string `json:"source"`
}

// Place is where an event takes place: a schema.org Place with its
// PostalAddress, or a location given as plain text (in Name).
type Place struct {
	Name     string `json:"name,omitempty"`
	Street   string `json:"street,omitempty"`
	Locality string `json:"locality,omitempty"`
	Region   string `json:"region,omitempty"`
	Country  string `json:"country,omitempty"`
}

// Agent is a schema.org Person or Organization.
type Agent struct {
	// Type is "Person", "Organization" (or a subtype), or "" when not
	// given.
	Type string `json:"type,omitempty"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
	// Affiliation is a person's affiliation or employer (affiliation,
	// worksFor or memberOf), when given.
	Affiliation string `json:"affiliation,omitempty"`
}

// IsPerson reports whether the agent is a person, or of no stated type.
func (a Agent) IsPerson() bool { return a.Type == "" || a.Type == "Person" }

// eventTypes are the schema.org types that are events: Event and its
// subtypes.
var eventTypes = set("Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance",
	"DanceEvent", "DeliveryEvent", "EducationEvent", "EventSeries", "ExhibitionEvent", "Festival",
	"FoodEvent", "Hackathon", "LiteraryEvent", "MusicEvent", "PublicationEvent", "SaleEvent",
	"ScreeningEvent", "SocialEvent", "SportsEvent", "TheaterEvent", "VisualArtsEvent")

// postTypes are the schema.org types of a blog post, whose headline, date
// and author fill the Meta fields a page's head left empty.
var postTypes = set("Article", "BlogPosting", "NewsArticle", "TechArticle", "Report", "SocialMediaPosting")

// maxSchemaDepth bounds how deep structured data is followed.
const maxSchemaDepth = 16

// schemaEvents returns the schema.org events in a page's JSON-LD scripts
// and microdata, in document order. When meta is not nil, a BlogPosting or
// Article fills the title, date and author it lacks.
func schemaEvents(root *html.Node, meta *Meta) []EventData {
	r := &schemaReader{meta: meta}
	r.node(root, 0)
	return r.events
}

type schemaReader struct {
	meta   *Meta
	events []EventData
}

// node looks for JSON-LD scripts and top-level microdata items under n.
func (r *schemaReader) node(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		if n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			r.jsonLD(textOf(n))
			return
		}
		if hasAttr(n, "itemscope") {
			r.value(microdataItem(n, 0), "microdata", "", 0)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1)
	}
}

// jsonLD reads one JSON-LD script. A script that is not JSON is skipped:
// it says nothing we can read, and the rest of the page still counts.
func (r *schemaReader) jsonLD(src string) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<!--"), "-->")
	src = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(src), "//<![CDATA["), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	r.value(v, "json-ld", "", 0)
}

// value walks structured data (decoded JSON-LD, or microdata read into the
// same shape) and records every event in it. An event's own values are
// not searched for more events, except its subEvents.
func (r *schemaReader) value(v any, source, parent string, depth int) {
	if depth > maxSchemaDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			r.value(item, source, parent, depth+1)
		}
	case map[string]any:
		types := typesOf(v["@type"])
		if t := firstOf(types, eventTypes); t != "" {
			ev := eventOf(v, t, source)
			if ev.SuperEvent == "" {
				ev.SuperEvent = parent
			}
			r.events = append(r.events, ev)
			for _, key := range []string{"subEvent", "subEvents"} {
				r.value(v[key], source, ev.Name, depth+1)
			}
			return
		}
		if firstOf(types, postTypes) != "" && r.meta != nil {
			setOnce(&r.meta.Title, textValue(v["headline"]))
			setOnce(&r.meta.Title, textValue(v["name"]))
			if d, ok := ParseDate(textValue(v["datePublished"])); ok && r.meta.Published == "" {
				r.meta.Published = d
			}
			if a := agentsOf(v["author"]); len(a) > 0 {
				setOnce(&r.meta.Author, a[0].Name)
			}
		}
		for _, k := range sortedKeys(v) {
			if !strings.HasPrefix(k, "@") || k == "@graph" {
				r.value(v[k], source, parent, depth+1)
			}
		}
	}
}

// eventOf reads one event.
func eventOf(m map[string]any, typ, source string) EventData {
	ev := EventData{
		Type:        typ,
		Name:        textValue(m["name"]),
		URL:         urlValue(m["url"]),
		Description: textValue(m["description"]),
		Location:    placeOf(m["location"]),
		Source:      source,
	}
	if d, ok := ParseDate(textValue(m["startDate"])); ok {
		ev.StartDate = d
	}
	ev.Performers = append(agentsOf(m["performer"]), agentsOf(m["performers"])...)
	ev.Organizers = agentsOf(m["organizer"])
	if sup, ok := m["superEvent"].(map[string]any); ok {
		ev.SuperEvent = textValue(sup["name"])
	} else {
		ev.SuperEvent = textValue(m["superEvent"])
	}
	return ev
}

// placeOf reads a location: a Place with a name and an address (a
// PostalAddress or text), a PostalAddress, plain text, or a list whose
// first physical place counts (a VirtualLocation has no address).
func placeOf(v any) Place {
	switch v := v.(type) {
	case string:
		return Place{Name: collapse(v)}
	case []any:
		for _, item := range v {
			if p := placeOf(item); p != (Place{}) {
				return p
			}
		}
	case map[string]any:
		types := typesOf(v["@type"])
		if firstOf(types, set("VirtualLocation")) != "" {
			return Place{}
		}
		if firstOf(types, set("PostalAddress")) != "" {
			return addressOf(v, Place{})
		}
		p := Place{Name: textValue(v["name"])}
		switch a := v["address"].(type) {
		case map[string]any:
			p = addressOf(a, p)
		case []any:
			for _, item := range a {
				if m, ok := item.(map[string]any); ok {
					p = addressOf(m, p)
					break
				}
			}
		default:
			p.Street = textValue(a)
		}
		return p
	}
	return Place{}
}

// addressOf fills a place from a PostalAddress.
func addressOf(a map[string]any, p Place) Place {
	p.Street = textValue(a["streetAddress"])
	p.Locality = textValue(a["addressLocality"])
	p.Region = textValue(a["addressRegion"])
	switch c := a["addressCountry"].(type) {
	case map[string]any:
		p.Country = textValue(c["name"])
	default:
		p.Country = textValue(c)
	}
	return p
}

// agentsOf reads performers or organizers: one or a list, each a Person or
// Organization, or a bare name.
func agentsOf(v any) []Agent {
	var out []Agent
	switch v := v.(type) {
	case string:
		if n := collapse(v); n != "" {
			out = append(out, Agent{Name: n})
		}
	case []any:
		for _, item := range v {
			out = append(out, agentsOf(item)...)
		}
	case map[string]any:
		a := Agent{Type: firstType(typesOf(v["@type"])), Name: textValue(v["name"]), URL: urlValue(v["url"])}
		if a.Name == "" {
			a.Name = collapse(strings.TrimSpace(textValue(v["givenName"]) + " " + textValue(v["familyName"])))
		}
		for _, key := range []string{"affiliation", "worksFor", "memberOf"} {
			if names := agentsOf(v[key]); len(names) > 0 && a.Affiliation == "" {
				a.Affiliation = names[0].Name
			}
		}
		if a.Name != "" {
			out = append(out, a)
		}
	}
	return out
}

// typesOf returns the types of an @type value (a string or a list), each
// without a "schema:" prefix or a schema.org address.
func typesOf(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		t := strings.TrimSpace(v)
		if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
			t = t[i+1:]
		}
		if t != "" {
			out = append(out, t)
		}
	case []any:
		for _, item := range v {
			out = append(out, typesOf(item)...)
		}
	}
	return out
}

func firstOf(types []string, in map[string]bool) string {
	for _, t := range types {
		if in[t] {
			return t
		}
	}
	return ""
}

func firstType(types []string) string {
	if len(types) == 0 {
		return ""
	}
	return types[0]
}

// textValue returns a text value: a string, the first of a list, or a
// JSON-LD value object ({"@value": …}), with whitespace collapsed.
func textValue(v any) string {
	switch v := v.(type) {
	case string:
		return collapse(html.UnescapeString(v))
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []any:
		for _, item := range v {
			if s := textValue(item); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := textValue(v["@value"]); s != "" {
			return s
		}
		return textValue(v["@id"])
	}
	return ""
}

// urlValue returns a link value: a string, or the @id of a node.
func urlValue(v any) string {
	if m, ok := v.(map[string]any); ok {
		return strings.TrimSpace(textValue(m["@id"]))
	}
	return strings.TrimSpace(textValue(v))
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Document order is lost in a decoded map; sorted keys keep the output
	// deterministic.
	slices.Sort(keys)
	return keys
}

// Microdata: an element with itemscope is an item of the type its itemtype
// names; the elements under it with itemprop are its properties, and a
// property that is itself an item holds that item. Items are read into the
// shape decoded JSON-LD has, so one reader serves both.

// microdataItem reads the item whose root is n.
func microdataItem(n *html.Node, depth int) map[string]any {
	item := map[string]any{}
	var types []any
	for _, t := range strings.Fields(attr(n, "itemtype")) {
		types = append(types, t)
	}
	if len(types) > 0 {
		item["@type"] = types
	}
	microdataProps(n, item, depth)
	return item
}

// microdataProps adds the properties under n to item, without entering
// nested items (whose properties are theirs).
func microdataProps(n *html.Node, item map[string]any, depth int) {
	if depth > maxSchemaDepth*4 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		props := strings.Fields(attr(c, "itemprop"))
		nested := hasAttr(c, "itemscope")
		if len(props) > 0 {
			var v any
			if nested {
				v = microdataItem(c, depth+1)
			} else {
				v = microdataValue(c)
			}
			for _, p := range props {
				addProp(item, p, v)
			}
		}
		if !nested {
			microdataProps(c, item, depth+1)
		}
	}
}

func addProp(item map[string]any, key string, v any) {
	switch old := item[key].(type) {
	case nil:
		item[key] = v
	case []any:
		item[key] = append(old, v)
	default:
		item[key] = []any{old, v}
	}
}

// microdataValue returns the value of a property element, as the
// microdata specification reads it: content of meta, the address of a
// link or image, the datetime of time, and the text of anything else.
func microdataValue(n *html.Node) string {
	if hasAttr(n, "content") {
		return strings.TrimSpace(attr(n, "content"))
	}
	switch n.DataAtom {
	case atom.A, atom.Area, atom.Link:
		return strings.TrimSpace(attr(n, "href"))
	case atom.Img, atom.Audio, atom.Embed, atom.Iframe, atom.Source, atom.Track, atom.Video:
		return strings.TrimSpace(attr(n, "src"))
	case atom.Object:
		return strings.TrimSpace(attr(n, "data"))
	case atom.Data, atom.Meter:
		return strings.TrimSpace(attr(n, "value"))
	case atom.Time:
		if hasAttr(n, "datetime") {
			return strings.TrimSpace(attr(n, "datetime"))
		}
	}
	return collapse(deepText(n))
}

// deepText returns the text under n, without scripts and styles.
func deepText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < maxDepth; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return sb.String()
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}
