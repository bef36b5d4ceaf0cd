package store

import (
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

func TestBuildRowsTalkTitles(t *testing.T) {
	tests := []struct {
		name                      string
		talk                      TalkInput
		wantTitle, wantDisplay    string
		wantTitleKey, wantSortKey any
	}{
		{"a titled talk shows and is keyed by its title", TalkInput{Title: "Tracing Without Tears!", Speakers: []string{"Nadia Okafor"}},
			"Tracing Without Tears!", "Tracing Without Tears!", TitleKey("Tracing Without Tears!"), sortKey("Tracing Without Tears!")},
		{"an untitled talk shows its description and has no title key", TalkInput{Description: "a case study of event streams"},
			"", "A case study of event streams", nil, sortKey("A case study of event streams")},
		{"an untitled talk without a description shows its speakers", TalkInput{Speakers: []string{"Ana Silva", "Pedro Alves"}},
			"", "Talk by Ana Silva and Pedro Alves", nil, sortKey("Talk by Ana Silva and Pedro Alves")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := buildRows(PostInput{Post: Post{ID: "post"}, Talks: []TalkInput{tt.talk}})
			if err != nil {
				t.Fatalf("buildRows: %v", err)
			}
			row := r.talks[0]
			if got := row.title(); got != tt.wantTitle {
				t.Errorf("title() = %q, want %q", got, tt.wantTitle)
			}
			if got := r.talkFacts[0].Title; got != tt.wantTitle {
				t.Errorf("the facts' title = %q, want %q", got, tt.wantTitle)
			}
			p := row.param()
			got := map[string]any{"title": p["title"], "displayTitle": p["displayTitle"], "titleKey": p["titleKey"], "sortKey": p["sortKey"]}
			want := map[string]any{"title": nullable(tt.wantTitle), "displayTitle": tt.wantDisplay, "titleKey": tt.wantTitleKey, "sortKey": tt.wantSortKey}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("param() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBuildRowsSharesEventLists checks that the talks of an agenda given at one event share
// their lists of events and cities, and that a talk elsewhere has its own.
func TestBuildRowsSharesEventLists(t *testing.T) {
	oslo := &CityInput{ID: "oslo-no", Name: "Oslo"}
	in := PostInput{
		Post:   Post{ID: "agenda"},
		Events: []EventInput{{Name: "Go Oslo", Date: "2025-05-06", City: oslo}, {Name: "Go Bergen"}},
		Talks: []TalkInput{
			{Title: "One", Appearances: []AppearanceInput{{Event: 0}}},
			{Title: "Two", Appearances: []AppearanceInput{{Event: 0}}},
			{Title: "Three", Appearances: []AppearanceInput{{Event: 1}}},
			{Title: "Four"},
		},
	}
	r, err := buildRows(in)
	if err != nil {
		t.Fatalf("buildRows: %v", err)
	}
	tests := []struct {
		name                   string
		talk                   int
		wantEvents, wantCities []string
		sharesWith             int // the talk whose lists it shares, or -1
	}{
		{"the first talk at an event has its lists", 0, []string{"oslo-no-2025-05-06"}, []string{"oslo-no"}, -1},
		{"the next talk at the same event shares them", 1, []string{"oslo-no-2025-05-06"}, []string{"oslo-no"}, 0},
		{"a talk at another event has its own", 2, []string{"agenda-go-bergen"}, nil, -1},
		{"a talk at no event has none", 3, nil, nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := r.talkFacts[tt.talk]
			if diff := cmp.Diff(tt.wantEvents, f.Events); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantCities, f.Cities); diff != "" {
				t.Errorf("cities (-want +got):\n%s", diff)
			}
			if tt.sharesWith >= 0 && &f.Events[0] != &r.talkFacts[tt.sharesWith].Events[0] {
				t.Errorf("talk %d's events are a list of their own, want talk %d's", tt.talk, tt.sharesWith)
			}
		})
	}
}

// TestTalkRowSize keeps a talk row within the size class it was brought down to: a post may
// state thousands of talks, and the save holds a row of each.
func TestTalkRowSize(t *testing.T) {
	if got, want := unsafe.Sizeof(talkRow{}), uintptr(192); got > want {
		t.Errorf("unsafe.Sizeof(talkRow{}) = %d, want at most %d", got, want)
	}
}
