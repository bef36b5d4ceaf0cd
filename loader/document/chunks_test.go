package document

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// chunkCases are Markdown posts written to test where a post may be cut: each either cuts
// into pieces that read as the whole, or is read whole.
var chunkCases = map[string]string{
	"tight nested list":  strings.Repeat("- Month\n    - Mara Ellison\n        - Lightning talk: Escape Analysis\n            - [slides](https://speakerdeck.com/x/1)\n", 12),
	"loose list":         "- Ana Lima: Talk One\n- Omar Haddad: Talk Two\n\n- Petra Novak: Talk Three\n- Kofi Mensah: Talk Four\n\nAfter the list.\n",
	"loose item":         "- Ana Lima\n- Omar Haddad\n\n  gave a talk\n- Petra Novak\n\nText.\n",
	"list after blank":   "Intro text\n\n- Ana Lima: One\n- Omar Haddad: Two\n\n- Petra Novak: Three\n\n## Next\n\n- Kofi Mensah: Four\n- Lena Reyes: Five\n",
	"lists of two kinds": "- Ana Lima\n- Omar Haddad\n* Petra Novak\n* Kofi Mensah\n+ Lena Reyes\n1. First\n2. Second\n- Tomas Raman\n",
	"ordered list":       "1. Ana Lima: One\n2. Omar Haddad: Two\n3. Petra Novak: Three\n\nText.\n\n4. Four\n5. Five\n",
	"archive":            strings.Repeat("## March 4 2024 - Oslo meetup at [Tidepool](https://tidepool.example)\n\nWe met in Oslo, hosted by Tidepool.\n\n- 18:30 – Scaling Ledgers – Mara Ellison (Tidepool)\n- “Query Planning” by Jonas Whitfield, Staff Engineer at Bluefin\n    - [slides](https://speakerdeck.com/x/1) and [video](https://youtu.be/v1)\n\n", 6),
	"table": "The meetup takes place in Oslo.\n\n| Time | Talk | Speaker | Company |\n| :--- | ---: | :-: | --- |\n" +
		strings.Repeat("| 09:00 | Scaling Ledgers | Mara Ellison | Tidepool |\n| 09:30 | Query *Planning* | Jonas Whitfield | [Bluefin](https://bluefin.example) |\n| 10:00 | Short row |\n| 10:30 | Long | row | with | extra | cells |\n", 4) +
		"After the table.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nText\n| C | D |\n|---|---|\n| 5 | 6 |\n| 7 | 8 |\n",
	"table without leading pipes": "Name | Talk\n--- | ---\nAna | One\nOmar | Two\nPetra | Three\n",
	"table with escapes":          "| Name \\| Alias | Talk |\n| --- | --- |\n| Ana | One |\n| Omar | Two |\n",
	"table then list":             "| A | B |\n| --- | --- |\n| 1 | 2 |\n- item one\n- item two\n| not | a row |\n",
	"not a table":                 "| A | B | C |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n",
	"fenced code":                 "Text\n\n```\n- not a list\n\n| not | table |\n|---|---|\n\nplain\n```\n\n- Ana Lima\n- Omar Haddad\n\n~~~go\ncode\n~~~\n\nEnd.\n",
	"indented code":               "Text\n\n    code line\n\n    more code\nplain\n\n- Ana\n- Omar\n",
	"thematic breaks":             "- Ana\n- - -\n- Omar\n* * *\nText\n\n---\n\nMore\n***\n",
	"setext headings":             "Title\n=====\n\n- Ana\n- Omar\nSub\n---\n\nText\n",
	"block quotes":                "> Quoted\n> - Ana\n> - Omar\n- Petra\n\n> Again\n\nText\n- Kofi\n- Lena\n",
	"lazy continuation":           "- Ana Lima gave\na talk\n- Omar Haddad\n\nText\ngoes on\n- Petra\n",
	"empty items":                 "- \n- Ana\n-\n- Omar\n",
	"references":                  "See [the talk][t].\n\n- Ana\n- Omar\n\n[t]: https://example.com/talk\n",
	"raw HTML":                    "Text\n\n<div class=\"talks\">\n\n- Ana\n- Omar\n\n</div>\n\nEnd <b>bold</b>.\n",
	"inline HTML late":            strings.Repeat("- Ana Lima\n- Omar Haddad\n", 10) + "\nThe end, <em>really</em>.\n",
	"emphasis across lines":       "- **Ana\n- Omar**\n- *Petra\n- Kofi*\n",
	"task list":                   "- [ ] Ana\n- [x] Omar\n- [ ] Petra\n",
	"leading blank lines":         "\n\n- Ana Lima\n- Omar Haddad\n\n- Petra Novak\n- Kofi Mensah\n",
	"autolinks":                   "- <https://example.com>\n- www.example.com\n- ana@example.com\n",
}

// TestChunkedMarkdownReadsAsWhole parses posts whole and cut into pieces wherever a piece may
// end (and at every few hundred bytes) and checks the documents are the same: the in-repo
// posts, the posts written for this test and, when it is there, the shared corpus.
func TestChunkedMarkdownReadsAsWhole(t *testing.T) {
	posts := map[string][]byte{}
	for name, src := range chunkCases {
		posts[name+".md"] = []byte(src)
	}
	var dirs []string
	for _, d := range []string{"testdata", "../extract/testdata", "../../examples/posts", filepath.Join(corpusDir, "seed"), filepath.Join(corpusDir, "dev")} {
		dirs = append(dirs, d)
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() || strings.HasSuffix(e.Name(), ".json") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			posts[filepath.Join(dir, e.Name())] = data
		}
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	cut := 0
	for name, data := range posts {
		chunkSize = math.MaxInt
		whole, wholeErr := Parse(name, data)
		for _, size := range []int{0, 300} {
			chunkSize = size
			got, err := Parse(name, data)
			if fmt.Sprint(err) != fmt.Sprint(wholeErr) {
				t.Errorf("%s cut at %d: error %v, whole %v", name, size, err, wholeErr)
				continue
			}
			if !reflect.DeepEqual(got, whole) {
				t.Errorf("%s cut at %d reads otherwise than whole:\n%s", name, size, diff(whole, got))
			}
		}
		if wholeErr == nil && whole.Format == FormatMarkdown {
			if _, ok := chunkedBlocks(preprocess(string(data)), 0, nil); ok {
				cut++
			}
		}
	}
	if cut < len(chunkCases)/2 {
		t.Errorf("only %d posts were read in pieces", cut)
	}
	t.Logf("%d posts, %d read in pieces", len(posts), cut)
}

// TestMarkdownChunks checks where markdownChunks cuts posts: the pieces put back together are
// the post (table headers aside), and the posts that can be cut are.
func TestMarkdownChunks(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want int // pieces, cutting wherever a piece may end
	}{
		{"paragraphs", "One.\n\nTwo.\n\nThree.\n", 3},
		{"tight list", "- a\n- b\n    - c\n- d\n", 3},
		{"loose list", "- a\n- b\n\n- c\n\nText.\n", 2},
		{"table", "Text.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n", 4},
		{"fenced", "```\n- a\n- b\n\nc\n```\n\nText.\n", 2},
		{"quote", "> a\n> b\n\n> c\n", 1},
		{"leading blank lines", "\n\n- a\n- b\n", 2},
		{"leading blank lines, loose list", "\n\n- a\n- b\n\n- c\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pieces []string
			var b strings.Builder
			for c := range markdownChunks(tt.md, 0) {
				pieces = append(pieces, c.text)
				text := c.text
				if c.tableGoesOn {
					_, text, _ = strings.Cut(text, "\n")
					_, text, _ = strings.Cut(text, "\n")
				}
				b.WriteString(text)
			}
			if b.String() != tt.md {
				t.Errorf("pieces %q put together are %q, want the post", pieces, b.String())
			}
			if len(pieces) != tt.want {
				t.Errorf("%d pieces %q, want %d", len(pieces), pieces, tt.want)
			}
		})
	}
}
