package extract

// resolve settles what can only be decided once the whole post is read: talks without an
// event in a post about one occasion belong to it.
func (x *extraction) resolve() {
	for _, t := range x.talks {
		if len(t.events) == 0 && len(x.postEvents) > 0 && len(x.seriesStops()) <= len(x.postEvents) {
			for _, e := range x.postEvents {
				t.addEvent(e, Evidence{Sentence: t.ev.Sentence, Confidence: 0.5})
			}
		}
	}
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
