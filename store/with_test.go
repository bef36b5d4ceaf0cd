package store_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestTalkEventsTrimmedToWhatIsAsked checks that a talk read with its events returns as much of
// each event's city and host as TalkWith asks for, and that what it returns is what the
// events read apart (EventsOfTalks, which always reads everything) say.
func TestTalkEventsTrimmedToWhatIsAsked(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	if _, err := st.SavePost(ctx, roadshow()); err != nil {
		t.Fatalf("SavePost: %v", err)
	}
	const talk = "engines-of-thought"
	full, err := st.EventsOfTalks(ctx, []string{talk})
	if err != nil {
		t.Fatalf("EventsOfTalks: %v", err)
	}
	if len(full[talk]) != 2 || full[talk][0].Host == nil || full[talk][0].City == nil {
		t.Fatalf("EventsOfTalks(%q) = %+v, want two events, the first with its city and host", talk, full[talk])
	}
	keyAndName := func(c *store.City, h *store.Company) (*store.City, *store.Company) {
		if c != nil {
			c = &store.City{ID: c.ID, Name: c.Name}
		}
		if h != nil {
			h = &store.Company{ID: h.ID, Name: h.Name}
		}
		return c, h
	}
	tests := []struct {
		name       string
		city, host store.Part
		want       func(e store.Event) store.Event
	}{
		{"all of the city and host by default", store.PartAll, store.PartAll, func(e store.Event) store.Event { return e }},
		{"the city's and host's key and name only", store.PartKeyAndName, store.PartKeyAndName, func(e store.Event) store.Event {
			e.City, e.Host = keyAndName(e.City, e.Host)
			return e
		}},
		{"the city's key and name and no host", store.PartKeyAndName, store.PartNone, func(e store.Event) store.Event {
			e.City, _ = keyAndName(e.City, nil)
			e.Host = nil
			return e
		}},
		{"neither city nor host", store.PartNone, store.PartNone, func(e store.Event) store.Event {
			e.City, e.Host = nil, nil
			return e
		}},
		{"no city and all of the host", store.PartNone, store.PartAll, func(e store.Event) store.Event {
			e.City = nil
			return e
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.Talk(ctx, talk, store.TalkWith{Events: true, EventCity: tt.city, EventHost: tt.host})
			if err != nil {
				t.Fatalf("Talk(%q): %v", talk, err)
			}
			if got.Rel == nil {
				t.Fatalf("Talk(%q) read no events", talk)
			}
			var want []store.Event
			for _, e := range full[talk] {
				want = append(want, tt.want(e))
			}
			if diff := cmp.Diff(want, got.Rel.Events); diff != "" {
				t.Errorf("Talk(%q).Rel.Events (-want +got):\n%s", talk, diff)
			}
		})
	}
}
