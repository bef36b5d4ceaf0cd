package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/loader"
)

func TestGenerateIsDeterministic(t *testing.T) {
	a := Generate(Sizes{Posts: 30, Talks: 100, People: 50, Cities: 20, Companies: 20}, 7)
	b := Generate(Sizes{Posts: 30, Talks: 100, People: 50, Cities: 20, Companies: 20}, 7)
	if len(a.Files) != 30 {
		t.Fatalf("Generate made %d posts, want 30", len(a.Files))
	}
	for name, content := range a.Files {
		if b.Files[name] != content {
			t.Fatalf("post %s differs between two runs with one seed", name)
		}
	}
}

// TestGeneratedPostsExtract checks that the extractor reads the generated posts as written:
// every talk has its speaker, and roadshow talks given again are in several cities.
func TestGeneratedPostsExtract(t *testing.T) {
	c := Generate(Sizes{Posts: 60, Talks: 300, People: 100, Cities: 40, Companies: 30}, 1)
	dir := t.TempDir()
	if err := c.Write(dir); err != nil {
		t.Fatal(err)
	}
	multi, talks := 0, 0
	for name := range c.Files {
		res, err := loader.ExtractFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("extract %s: %v", name, err)
		}
		for _, tk := range res.Talks {
			talks++
			if len(tk.Speakers) == 0 || tk.Title == nil {
				t.Errorf("%s: talk %+v has no speaker or title", name, tk)
			}
			cities := map[string]bool{}
			for _, e := range tk.Events {
				if res.Events[e].City == nil {
					t.Errorf("%s: talk %v at an event without a city", name, *tk.Title)
					continue
				}
				cities[*res.Events[e].City] = true
			}
			if len(cities) >= 2 {
				multi++
			}
		}
	}
	if talks < 250 || multi < 15 {
		t.Errorf("extracted %d talks, %d in several cities; want about 300 and 20", talks, multi)
	}
	if testing.Verbose() {
		os.Stdout.WriteString(c.Files["post-0000.md"])
	}
}
