package loader_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestLoadSeedWithExamplesGivesOneNodePerTalk loads the seed post and the bundled example
// posts, one of which retells the seed's meetups in words of its own: each talk both posts
// tell is one node with the cities of both, whichever post is loaded first.
func TestLoadSeedWithExamplesGivesOneNodePerTalk(t *testing.T) {
	seed := "../../shared/corpus/seed"
	if _, err := os.Stat(seed); err != nil {
		t.Skip("no shared corpus next to the project")
	}
	tests := []struct {
		text   string // in the talk's display title
		person string // or the talk of this speaker
		cities []string
	}{
		{text: "KubeCon San Diego", cities: []string{"Kitchener-Waterloo", "Montreal", "Ottawa", "Quebec City", "Toronto"}},
		{person: "chris-carty", cities: []string{"Ottawa", "Toronto"}},
		{text: "Argo Events", cities: []string{"Kitchener-Waterloo", "Toronto"}},
		{text: "Knative", cities: []string{"Montreal", "Quebec City"}},
	}
	var shapes [][]string
	for _, order := range [][]string{{seed, examples}, {examples, seed}} {
		t.Run("loading "+strings.Join(order, " then "), func(t *testing.T) {
			st := storetest.Open(t)
			for _, path := range order {
				if _, err := loader.Load(context.Background(), st, []string{path}, loader.Options{}); err != nil {
					t.Fatalf("Load(%s): %v", path, err)
				}
			}
			talks := storetest.Talks(t, st)
			for _, tt := range tests {
				var got []storetest.TalkShape
				if tt.text != "" {
					got = storetest.Find(talks, tt.text)
				} else {
					for _, tk := range talks {
						if strings.Contains(strings.Join(tk.Speakers, ","), tt.person) {
							got = append(got, tk)
						}
					}
				}
				name := tt.text + tt.person
				if len(got) != 1 {
					t.Errorf("talks of %q: %d, want 1: %v", name, len(got), storetest.Shapes(got))
					continue
				}
				if diff := cmp.Diff(tt.cities, got[0].Cities); diff != "" {
					t.Errorf("cities of %q (-want +got):\n%s", name, diff)
				}
				t.Logf("%s: %s, merged %v", got[0].ID, got[0], got[0].Merged)
				if len(got[0].Posts) != 2 || len(got[0].Merged) != 2 {
					t.Errorf("%q: posts %v, merged %v; want both posts, each saying why", name, got[0].Posts, got[0].Merged)
				}
			}
			shapes = append(shapes, storetest.Shapes(talks))
		})
	}
	if len(shapes) == 2 {
		if diff := cmp.Diff(shapes[0], shapes[1]); diff != "" {
			t.Errorf("talks depend on the order of loading (-seed first +examples first):\n%s", diff)
		}
	}
}
