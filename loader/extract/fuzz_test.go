package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// fuzzExts are the file extensions FuzzExtract picks from, so that the Markdown, HTML and
// plain-text readers all feed the extractor.
var fuzzExts = []string{".md", ".html", ".txt"}

// FuzzExtract checks that Extract never panics on whatever document.Parse accepts, and that
// its result is consistent: every talk's events exist and every speaker is a person.
func FuzzExtract(f *testing.F) {
	posts, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil {
		f.Fatal(err)
	}
	for _, post := range posts {
		data, err := os.ReadFile(post)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(0), data)
	}
	seeds := []string{
		"---\ntitle: \"Oslo Meetup\"\n---\nMara Ellison presented ‘Scaling Ledgers’. She spoke about audits.\n",
		"In Porto, Ines Varga from [Tidepool](https://tidepool.dev) gave a talk called ‘Zero Downtime.\n",
		"Mara Ellison presented “Scaling Ledgers and Mara Elison delivered the same talk as in Oslo.\n",
		"- 5:15 - 5:45 - Title by Ana Lima, Petra Novak & \n- Omar Haddad - \n- - by\n",
		"### March 4 2020 - [](https://x)\n\n🗣 [](https://www.youtube.com/watch?v=) (no slides)\n",
		"<p>Thanks to Northwind for hosting us in Oslo and Bergen, Tidepool in , and in Trondheim.</p>",
		"Ünïcödé Ñame and Ōsaka Żółć presented ‘Ťitle’ in Zürich. ‮Reversed‬ text, ​zero width, 👩‍💻 emoji.\n",
		"'\"‘“«(([[ unbalanced quotes ’”» and brackets )) ]]\n",
		"A's 's ' s’ @ # @@ ## .. ,, ;; :: -- — – by by by from from\n",
		"## \n\n# A\n\n- February 2021\n    - Mara Ellison\n        -\n        - Lightning talk:\n",
	}
	for _, s := range seeds {
		for i := range fuzzExts {
			f.Add(uint8(i), []byte(s))
		}
	}
	var names strings.Builder
	for i := range 300 {
		names.WriteString("Mara Ellison" + strings.Repeat("n", i%7) + ", ")
	}
	f.Add(uint8(0), []byte("The slides presented by "+names.String()+"and Jonas Whitfield are below.\n"))

	f.Fuzz(func(t *testing.T, ext uint8, data []byte) {
		name := "post" + fuzzExts[int(ext)%len(fuzzExts)]
		doc, err := document.Parse(name, data)
		if err != nil {
			if doc != nil {
				t.Fatalf("document.Parse(%q) = %v, %v, want no document with an error", data, doc, err)
			}
			var known bool
			for _, e := range []error{document.ErrEmpty, document.ErrBinary, document.ErrNotUTF8, document.ErrFrontMatter, document.ErrTooLarge} {
				known = known || errors.Is(err, e)
			}
			if !known {
				t.Fatalf("document.Parse(%q) error = %v, want one of the package's errors", data, err)
			}
			return
		}
		r := Extract(doc)
		people := map[string]bool{}
		for _, p := range r.People {
			people[p.Name] = true
		}
		for _, talk := range r.Talks {
			for _, i := range talk.Events {
				if i < 0 || i >= len(r.Events) {
					t.Errorf("Extract(%q) talk %v has event %d, want one of %d events", data, talk.Title, i, len(r.Events))
				}
			}
			for _, s := range talk.Speakers {
				if !people[s] {
					t.Errorf("Extract(%q) talk %v has speaker %q, who is not among the people", data, talk.Title, s)
				}
			}
		}
	})
}
