package extract

import "slices"

// resolve settles what can only be decided once the whole post is read: one talk stated twice
// (an agenda line and a section about it; a title and a sentence about its speaker) is one
// talk, and talks without an event in a post about one occasion belong to it.
func (x *extraction) resolve() {
	x.mergeTalks()
	for _, t := range x.talks {
		if len(t.events) == 0 && len(x.postEvents) > 0 && len(x.seriesStops()) <= len(x.postEvents) {
			for _, e := range x.postEvents {
				t.addEvent(e, Evidence{Sentence: t.ev.Sentence, Confidence: 0.5})
			}
		}
	}
}

// mergeTalks merges the talks a post states twice: two titled talks of a shared speaker whose
// titles have the same words or one holds the other's ("Tracing Without Tears" and "Tracing
// Without Tears - a field report"), and an untitled talk whose speakers have exactly one
// titled talk in the post, at the same events or none ("Ana Lima will show us ..." under the
// agenda line of her talk). The longer title is kept.
func (x *extraction) mergeTalks() {
	gone := map[*talk]bool{}
	for i, a := range x.talks {
		if gone[a] || a.title == "" {
			continue
		}
		for _, b := range x.talks[i+1:] {
			if gone[b] || b.title == "" || !shareSpeaker(a, b) || !similarWords(a.words, b.words) {
				continue
			}
			if len(b.title) > len(a.title) {
				a.title, a.words = b.title, b.words
			}
			x.absorb(a, b)
			gone[b] = true
		}
	}
	for _, u := range x.talks {
		if gone[u] || u.title != "" || len(u.speakers) == 0 {
			continue
		}
		var only *talk
		count := 0
		for _, t := range x.talks {
			if !gone[t] && t.title != "" && containsAll(t.speakers, u.speakers) {
				only = t
				count++
			}
		}
		if count != 1 || !compatibleEvents(only, u) || titledTalksOf(x, u.speakers[0], gone) != 1 {
			continue
		}
		x.absorb(only, u)
		gone[u] = true
	}
	if len(gone) == 0 {
		return
	}
	x.talks = slices.DeleteFunc(x.talks, func(t *talk) bool { return gone[t] })
	for p, ts := range x.bySpeaker {
		x.bySpeaker[p] = slices.DeleteFunc(ts, func(t *talk) bool { return gone[t] })
	}
	for k, t := range x.byTitle {
		if gone[t] {
			delete(x.byTitle, k)
		}
	}
}

// absorb moves what talk b says into talk a.
func (x *extraction) absorb(a, b *talk) {
	a.blocks = append(append(a.blocks, b.block), b.blocks...)
	for _, p := range b.speakers {
		x.addSpeaker(a, p)
	}
	for i, e := range b.events {
		a.addEvent(e, b.eventEv[i])
	}
	if a.url == "" {
		a.url = b.url
	}
	if a.description == "" || a.weakDesc && b.description != "" && !b.weakDesc {
		a.description, a.weakDesc = b.description, b.weakDesc
	}
}

func shareSpeaker(a, b *talk) bool {
	for _, p := range a.speakers {
		if b.hasSpeaker(p) {
			return true
		}
	}
	return false
}

// containsAll reports whether every person of sub is in ps.
func containsAll(ps, sub []*person) bool {
	for _, p := range sub {
		if !slices.Contains(ps, p) {
			return false
		}
	}
	return true
}

// compatibleEvents reports whether talk u's events are all talk t's, or either has none.
func compatibleEvents(t, u *talk) bool {
	if len(t.events) == 0 || len(u.events) == 0 {
		return true
	}
	for _, e := range u.events {
		if !t.hasEvent(e) {
			return false
		}
	}
	return true
}

// titledTalksOf counts the titled talks of person p still standing.
func titledTalksOf(x *extraction, p *person, gone map[*talk]bool) int {
	n := 0
	for _, t := range x.talks {
		if !gone[t] && t.title != "" && t.hasSpeaker(p) {
			n++
		}
	}
	return n
}

// seriesStops counts the events of the post that are stops of a series.
func (x *extraction) seriesStops() []*event {
	var out []*event
	for _, e := range x.events {
		if e.city != nil && !e.future {
			out = append(out, e)
		}
	}
	return out
}
