package extract

import (
	"regexp"
	"strings"
)

// Some pages keep their talks or meetings as a JavaScript array of objects that the page
// renders ({title: '...', speaker: '...', location: '...'}), with nothing of it in the HTML a
// reader of the source sees. Each innermost object with a title and a speaker is a talk; a
// script that speaks of talks and yields none is a warning (see warnings.go).

// scriptField is one string property of an object literal: key: 'value', "key": "value",
// key: `value`.
var scriptField = regexp.MustCompile(`["']?([A-Za-z_][\w]*)["']?\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|` + "`([^`]*)`" + `)`)

// scriptList is a property whose value is an array of strings: speakers: ['A', 'B'].
var scriptList = regexp.MustCompile(`["']?([A-Za-z_][\w]*)["']?\s*:\s*\[([^\[\]{}]*)\]`)

// scriptString is one string of an array.
var scriptString = regexp.MustCompile(`"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'`)

// talkDataKeys are the keys that say a script holds talks.
var talkDataKeys = regexp.MustCompile(`(?i)["']?\b(speakers?|presenters?|talks?|sessions?)["']?\s*:`)

// innermostObjects returns the object literals of a script that hold no other object, by
// their text between the braces. Strings are skipped so that braces inside them do not count.
func innermostObjects(src string) []string {
	var out []string
	var stack []int
	var nested []bool
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"', '\'', '`':
			for j := i + 1; j < len(src); j++ {
				if src[j] == '\\' {
					j++
					continue
				}
				if src[j] == c {
					i = j
					break
				}
			}
		case '{':
			if len(nested) > 0 {
				nested[len(nested)-1] = true
			}
			stack = append(stack, i)
			nested = append(nested, false)
		case '}':
			if len(stack) == 0 {
				continue
			}
			start, inner := stack[len(stack)-1], nested[len(nested)-1]
			stack, nested = stack[:len(stack)-1], nested[:len(nested)-1]
			if !inner {
				out = append(out, src[start+1:i])
			}
		}
	}
	return out
}

// scriptFields reads an object literal's string and string-array properties, keys in lower
// case.
func scriptFields(obj string) map[string][]string {
	out := map[string][]string{}
	for _, m := range scriptField.FindAllStringSubmatch(obj, -1) {
		k := strings.ToLower(m[1])
		if _, ok := out[k]; !ok {
			out[k] = []string{strings.TrimSpace(m[2] + m[3] + m[4])}
		}
	}
	for _, m := range scriptList.FindAllStringSubmatch(obj, -1) {
		k := strings.ToLower(m[1])
		var vs []string
		for _, s := range scriptString.FindAllStringSubmatch(m[2], -1) {
			if v := strings.TrimSpace(s[1] + s[2]); v != "" {
				vs = append(vs, v)
			}
		}
		if len(vs) > 0 {
			out[k] = vs
		}
	}
	return out
}

// readScriptData reads the talks that the page's inline scripts hold as object literals.
func (x *extraction) readScriptData() {
	for _, src := range x.doc.Scripts {
		if !talkDataKeys.MatchString(src) {
			continue
		}
		for _, obj := range innermostObjects(src) {
			f := scriptFields(obj)
			first := func(keys ...string) string {
				for _, k := range keys {
					if v := f[k]; len(v) > 0 && v[0] != "" {
						return v[0]
					}
				}
				return ""
			}
			title := clean(first("title", "talk", "topic", "subject"))
			var names []string
			for _, k := range []string{"speakers", "speaker", "presenters", "presenter", "by", "author"} {
				for _, v := range f[k] {
					for _, p := range splitOutsideParens(v) {
						p = strings.TrimSpace(p)
						if h, ok := atHandle(p); ok {
							p = h
						}
						if x.looksLikeName(p) && !x.notAPerson(p) || looksLikeHandle(p) {
							names = append(names, p)
						}
					}
				}
				if len(names) > 0 {
					break
				}
			}
			if title == "" || len(names) == 0 || adminTitle(title) {
				continue
			}
			var ep eventPart
			if where := first("event", "conference", "meetup", "venue"); where != "" {
				if p, ok := x.readEventPart(where, true); ok {
					ep = p
				}
			}
			if ep.city == nil {
				if place := first("location", "city", "place", "address"); place != "" {
					for _, seg := range partSeps.Split(place, -1) {
						if c := x.cityPart(strings.TrimSpace(seg)); c != nil {
							ep.city = c
							break
						}
					}
				}
			}
			if ep.date == "" {
				ep.date = dateIn(first("date", "when", "day"), x.published)
			}
			var events []*event
			if ep.name != "" || ep.city != nil {
				events = []*event{x.eventOfKind(ep.city, ep.date, "", ep.name)}
			}
			ev := Evidence{Sentence: "{" + strings.Join(strings.Fields(obj), " ") + "}", Confidence: 0.8}
			x.addTalk(title, "", first("url", "link", "slides", "video"), names, events, ev, -1)
			x.scriptTalks++
		}
	}
}
