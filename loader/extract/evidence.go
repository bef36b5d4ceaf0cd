package extract

import (
	"strings"
	"unicode/utf8"
)

// maxEvidence bounds an evidence sentence, in bytes. A post may hold a "sentence" of a
// megabyte (a run-on list of names, a page without full stops); quoted whole as the evidence
// of each of the hundreds of relations it states, it would multiply the post's size in the
// extraction and in the transaction that writes it. A longer sentence is cut to a window
// around what the relation is about.
const maxEvidence = 600

// boundEvidence cuts every evidence sentence of r longer than maxEvidence to a window around
// the relation's subject: a talk's title or first speaker, a person's name, an event's host.
func boundEvidence(r *Result) {
	for i := range r.Talks {
		t := &r.Talks[i]
		var anchors []string
		if t.Title != nil {
			anchors = append(anchors, *t.Title)
		}
		anchors = append(anchors, t.Speakers...)
		if t.Evidence != nil {
			t.Evidence.Sentence = clipAround(t.Evidence.Sentence, anchors...)
		}
		for j := range t.EventEvidence {
			t.EventEvidence[j].Sentence = clipAround(t.EventEvidence[j].Sentence, anchors...)
		}
	}
	for i := range r.People {
		p := &r.People[i]
		for j := range p.CompanyEvidence {
			var anchors []string
			if j < len(p.Companies) {
				anchors = append(anchors, p.Companies[j])
			}
			p.CompanyEvidence[j].Sentence = clipAround(p.CompanyEvidence[j].Sentence, append([]string{p.Name}, anchors...)...)
		}
	}
	for i := range r.Events {
		e := &r.Events[i]
		if e.HostEvidence != nil && e.Host != nil {
			e.HostEvidence.Sentence = clipAround(e.HostEvidence.Sentence, *e.Host, e.Name)
		}
	}
}

// clipAround returns s when it is at most maxEvidence bytes long; otherwise a window of about
// maxEvidence bytes of it around the first of anchors it contains (its start when it contains
// none), cut at spaces where it can, with "…" where text was left out.
func clipAround(s string, anchors ...string) string {
	if len(s) <= maxEvidence {
		return s
	}
	at := 0
	for _, a := range anchors {
		if a == "" {
			continue
		}
		if i := strings.Index(s, a); i >= 0 {
			at = i
			break
		}
	}
	start := max(0, at-maxEvidence/3)
	end := min(len(s), start+maxEvidence)
	start = max(0, end-maxEvidence)
	// Cut at rune boundaries, then at a space near each end when there is one.
	for start > 0 && !utf8.RuneStart(s[start]) {
		start++
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	if start > 0 {
		if i := strings.IndexByte(s[start:min(start+40, end)], ' '); i >= 0 && start+i+1 <= at {
			start += i + 1
		}
	}
	if end < len(s) {
		if i := strings.LastIndexByte(s[max(start, end-40):end], ' '); i >= 0 {
			end = max(start, end-40) + i
		}
	}
	out := strings.TrimSpace(s[start:end])
	if start > 0 {
		out = "… " + out
	}
	if end < len(s) {
		out += " …"
	}
	return out
}
