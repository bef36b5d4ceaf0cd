package document

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files")

// TestParseGolden parses each post in testdata, all written for these
// tests, and compares the whole Document with NAME.golden.json. Run
// `go test ./loader/document/ -run Golden -update` after a deliberate
// change, and review the diff.
func TestParseGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatalf("read testdata: %v", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".golden.json") {
			continue
		}
		t.Run(name+" matches its golden file", func(t *testing.T) {
			path := filepath.Join("testdata", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read post: %v", err)
			}
			doc, err := Parse(path, data)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", path, err)
			}
			checkDocument(t, doc)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatalf("marshal: %v", err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatalf("write golden: %v", err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if d := lineDiff(string(want), string(got)); d != "" {
				t.Errorf("Parse(%q) differs from %s %s", path, golden, d)
			}
		})
	}
}
