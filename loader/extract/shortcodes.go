package extract

import (
	"regexp"
	"strings"

	"github.com/talkgraph/talkgraph/loader/document"
)

// Site generators let pages state a talk as a template call whose attributes hold the facts:
// Hugo's shortcodes ({{< talk title="..." event="..." >}}, {{% session ... %}}) and Liquid
// includes ({% include talk.html title="..." %}). The document keeps them as text; this file
// reads the ones whose name says they are a talk.

// templateCall is one shortcode or include with its attributes.
var templateCall = regexp.MustCompile(`\{\{[<%]\s*([A-Za-z][\w.-]*)\s+((?:[^>%}]|[>%][^}])*?)\s*[>%]\}\}|\{%-?\s*include\s+([\w./-]+)\s+((?:[^%]|%[^}])*?)\s*-?%\}`)

// templateAttr is one attribute: key="value", key='value' or key=value.
var templateAttr = regexp.MustCompile(`([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))`)

// talkTemplate names the calls that state a talk: "talk", "session", "presentation",
// "speaking-entry", "keynote".
var talkTemplate = regexp.MustCompile(`(?i)talk|session|presentation|speak|keynote|lecture`)

// readTemplateCalls reads the talks that template calls state in any paragraph or list item.
// The speakers are the call's own, else the page's owner.
func (x *extraction) readTemplateCalls() {
	for bi, b := range x.doc.Blocks {
		if b.Kind != document.Paragraph && b.Kind != document.ListItem || !strings.Contains(b.Text, "{") {
			continue
		}
		for _, m := range templateCall.FindAllStringSubmatch(b.Text, -1) {
			name, attrs := m[1], m[2]
			if name == "" {
				name, attrs = m[3], m[4]
			}
			a := parseAttrs(attrs)
			if !talkTemplate.MatchString(name) && !talkAttrs(a) {
				continue
			}
			if x.readTemplateTalk(bi, m[0], a) {
				x.agendaBlocks.add(bi)
			}
		}
	}
}

// talkAttrs reports the attributes of a call that states a talk whatever the call is named
// ("{% include teaser.html headline=\"Title\" subline=\"Ana Lima (Initech)\" slides=...
// %}"): a title, and a speaker, the talk's slides, or a line under the title and a recording.
func talkAttrs(a map[string]string) bool {
	if firstAttr(a, "title", "talk", "headline") == "" {
		return false
	}
	// (a title and a recording alone may be any video: "{% include youtube.html title=\"Our
	// aftermovie\" video=... %}")
	return firstAttr(a, "speakers", "speaker", "presenters", "presenter") != "" || firstAttr(a, "slides", "slides-href") != "" ||
		firstAttr(a, "subline", "byline") != "" && firstAttr(a, "video", "video_url", "recording") != ""
}

// parseAttrs reads a call's attributes, keys in lower case.
func parseAttrs(s string) map[string]string {
	out := map[string]string{}
	for _, m := range templateAttr.FindAllStringSubmatch(s, -1) {
		out[strings.ToLower(m[1])] = strings.TrimSpace(m[2] + m[3] + m[4])
	}
	return out
}

// firstAttr returns the first of keys that the call sets.
func firstAttr(a map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := a[k]; v != "" {
			return v
		}
	}
	return ""
}

// readTemplateTalk records the talk one call states. It reports whether there was one.
func (x *extraction) readTemplateTalk(bi int, text string, a map[string]string) bool {
	title := clean(firstAttr(a, "title", "talk", "name", "heading", "headline"))
	if title == "" || adminTitle(title) {
		return false
	}
	var names, companies []string
	if sp := firstAttr(a, "speakers", "speaker", "presenters", "presenter", "by", "author", "authors"); sp != "" {
		for _, p := range splitOutsideParens(sp) {
			p = strings.TrimSpace(p)
			if h, ok := atHandle(p); ok {
				p = h
			}
			if p != "" && (x.looksLikeName(p) || looksLikeHandle(p)) && !x.notAPerson(p) {
				names = append(names, p)
			}
		}
	} else if sub := firstAttr(a, "subline", "byline"); sub != "" {
		// "subline=\"Ana Lima (Staff Engineer, Initech)\"": the line under the title names who
		// gave it, with their companies
		line := &sentence{text: sub, section: -1, block: bi}
		line.tokens = tokenize(sub, nil, nil)
		if sp, ok := x.readSpeakers(line, sub, 0); ok {
			for _, p := range sp {
				names = append(names, p.name)
				companies = append(companies, p.company)
			}
		} else {
			names = x.ownerNames() // "subline=\"Porto Go Days 2031\"": no names, the page's owner's talk
		}
	} else {
		names = x.ownerNames()
	}
	var ep eventPart
	if where := firstAttr(a, "event", "conference", "meetup", "venue", "where", "subtitle", "occasion"); where != "" {
		if p, ok := x.readEventPart(where, true); ok {
			ep = p
		}
	}
	if ep.city == nil {
		if place := firstAttr(a, "location", "city", "place"); place != "" {
			for _, seg := range partSeps.Split(place, -1) {
				if c := x.cityPart(strings.TrimSpace(seg)); c != nil {
					ep.city = c
					break
				}
			}
		}
	}
	if ep.date == "" {
		ep.date = dateIn(firstAttr(a, "date", "when"), x.published)
	}
	var events []*event
	if ep.name != "" || ep.city != nil {
		events = []*event{x.eventOfKind(ep.city, ep.date, "", ep.name)}
	}
	link := firstAttr(a, "url", "link", "slides", "slides-href", "video", "video_url", "recording", "src")
	ev := Evidence{Sentence: text, Confidence: 0.85}
	if x.addTalk(title, "", link, names, events, ev, bi) == nil {
		return false
	}
	for i, c := range companies {
		if c != "" {
			x.personFor(names[i]).addCompany(x.companyName(c), ev)
		}
	}
	return true
}
