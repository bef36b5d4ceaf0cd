package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/store"
)

// TalkShape is one talk of the graph as tests compare it: what it is called, who gave it,
// where, which posts state it, and why each post's talk was merged into it.
type TalkShape struct {
	ID           string
	DisplayTitle string
	Speakers     []string            // person keys, sorted
	Cities       []string            // city names, sorted
	Posts        []string            // post keys, sorted
	Merged       map[string][]string // post key -> why its talk was merged into this one
}

// String is the talk without its key: what stays the same whichever post created the node.
func (s TalkShape) String() string {
	return fmt.Sprintf("speakers %v, cities %v, posts %v", s.Speakers, s.Cities, s.Posts)
}

// Talks reads every talk of the graph through the store's API, ordered by key.
func Talks(t testing.TB, st *store.Store) []TalkShape {
	t.Helper()
	ctx := context.Background()
	var out []TalkShape
	for args := (store.ListArgs{First: store.MaxPage}); ; {
		page, err := st.Talks(ctx, args, store.TalkFilter{}, store.TalkWith{})
		if err != nil {
			t.Fatalf("Talks: %v", err)
		}
		var ids []string
		for i, tk := range page.Items {
			ids = append(ids, tk.ID)
			out = append(out, TalkShape{ID: tk.ID, DisplayTitle: tk.DisplayTitle, Merged: map[string][]string{}})
			args.After = &page.Cursors[i]
		}
		speakers, err := st.SpeakersOfTalks(ctx, ids)
		if err != nil {
			t.Fatalf("SpeakersOfTalks: %v", err)
		}
		cities, err := st.CitiesOfTalks(ctx, ids)
		if err != nil {
			t.Fatalf("CitiesOfTalks: %v", err)
		}
		sources, err := st.SourcesOfTalks(ctx, ids)
		if err != nil {
			t.Fatalf("SourcesOfTalks: %v", err)
		}
		for i := len(out) - len(ids); i < len(out); i++ {
			s := &out[i]
			for _, p := range speakers[s.ID] {
				s.Speakers = append(s.Speakers, p.ID)
			}
			for _, c := range cities[s.ID] {
				s.Cities = append(s.Cities, c.Name)
			}
			for _, src := range sources[s.ID] {
				s.Posts = append(s.Posts, src.PostID)
				if len(src.MergedBecause) > 0 {
					s.Merged[src.PostID] = src.MergedBecause
				}
			}
			sort.Strings(s.Speakers)
			sort.Strings(s.Cities)
			sort.Strings(s.Posts)
		}
		if !page.HasNext {
			break
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Shapes lists the talks' shapes without their keys, sorted: equal for two graphs that hold
// the same talks, whatever keys the nodes got.
func Shapes(ts []TalkShape) []string {
	out := make([]string, len(ts))
	for i, s := range ts {
		out[i] = s.String()
	}
	sort.Strings(out)
	return out
}

// Find returns the talks whose display title contains text (case-insensitive).
func Find(ts []TalkShape, text string) []TalkShape {
	var out []TalkShape
	for _, s := range ts {
		if strings.Contains(strings.ToLower(s.DisplayTitle), strings.ToLower(text)) {
			out = append(out, s)
		}
	}
	return out
}
