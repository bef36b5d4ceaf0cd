package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenGaps are the posts whose golden file holds what a careful reader annotates but Extract
// does not produce yet. -update leaves their golden files alone.
var goldenGaps = map[string]string{}

// TestGolden extracts each post in testdata and compares the result, without evidence, with
// the post's golden file. Run with -update to rewrite the golden files after checking that the
// new output is what a careful reader would annotate.
func TestGolden(t *testing.T) {
	posts, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) == 0 {
		t.Fatal("no posts in testdata")
	}
	for _, post := range posts {
		name := strings.TrimSuffix(filepath.Base(post), ".md")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(post)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := document.Parse(filepath.Base(post), data)
			if err != nil {
				t.Fatalf("document.Parse(%q) error: %v", post, err)
			}
			got := withoutEvidence(Extract(doc))
			goldenFile := filepath.Join("testdata", name+".golden.json")
			if *update && goldenGaps[name] == "" {
				if err := os.WriteFile(goldenFile, marshalGolden(t, got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			skipGap(t, goldenGaps[name])
			raw, err := os.ReadFile(goldenFile)
			if err != nil {
				t.Fatalf("read golden file (run go test -update): %v", err)
			}
			var want Result
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatalf("golden file %s: %v", goldenFile, err)
			}
			if d := diff(&want, got); d != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", post, d)
			}
		})
	}
}

// TestExtractIsDeterministic extracts each golden post twice and expects the same JSON.
func TestExtractIsDeterministic(t *testing.T) {
	posts, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, post := range posts {
		t.Run(filepath.Base(post), func(t *testing.T) {
			data, err := os.ReadFile(post)
			if err != nil {
				t.Fatal(err)
			}
			var outs [][]byte
			for range 3 {
				doc, err := document.Parse(filepath.Base(post), data)
				if err != nil {
					t.Fatalf("document.Parse(%q) error: %v", post, err)
				}
				out, err := json.Marshal(Extract(doc))
				if err != nil {
					t.Fatal(err)
				}
				outs = append(outs, out)
			}
			for i := 1; i < len(outs); i++ {
				if !bytes.Equal(outs[0], outs[i]) {
					t.Errorf("Extract(%s) run %d = %s, want the same as run 0 %s", post, i, outs[i], outs[0])
				}
			}
		})
	}
}

// withoutEvidence drops the evidence fields, which carry sentences and confidences that no
// annotator writes, so golden files hold what the v1 format states.
func withoutEvidence(r *Result) *Result {
	out := *r
	out.Events = append([]Event{}, r.Events...)
	for i := range out.Events {
		out.Events[i].HostEvidence = nil
		// The city's coordinates are the gazetteer's (its tests check them), and not in the
		// JSON the golden files hold.
		out.Events[i].CityLatitude, out.Events[i].CityLongitude = nil, nil
	}
	out.Talks = append([]Talk{}, r.Talks...)
	for i := range out.Talks {
		out.Talks[i].Evidence = nil
		out.Talks[i].EventEvidence = nil
	}
	out.People = append([]Person{}, r.People...)
	for i := range out.People {
		out.People[i].CompanyEvidence = nil
	}
	return &out
}

func marshalGolden(t *testing.T, r *Result) []byte {
	t.Helper()
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(data, '\n')
}
