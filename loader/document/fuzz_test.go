package document

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// fuzzExts are the file extensions the fuzzer picks from, one per format
// and then some.
var fuzzExts = []string{".md", ".html", ".article", ".txt", ".markdown", ".slide", "", ".adoc", ".rst"}

// FuzzParse checks that Parse never panics, fails only with its own
// errors, and returns documents that keep the block invariants, the same
// way twice.
func FuzzParse(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		f.Fatalf("read testdata: %v", err)
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".golden.json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", e.Name()))
		if err != nil {
			f.Fatalf("read seed: %v", err)
		}
		for i, ext := range fuzzExts {
			if ext == filepath.Ext(e.Name()) {
				f.Add(uint8(i), data)
			}
		}
	}
	seeds := []string{
		"---\ntitle: x\n---\nBody with [a link](/x) and **bold**.\n",
		"+++\ntitle = 'x'\ndate = 2020-01-02\n+++\n- a\n    - b\n",
		"Title: x\nDate: 21:04 04-07-2018\n\nBody.\n",
		"---\n:title: x\n:created: 1443637107\n---\n<div><img src=a><figcaption>c</figcaption></div>\n",
		"> quote\n> > nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"<!-- c --><p>x<!--more-->y</p><script>z</script>",
		"# T\n9 Jan 2015\nSummary: s\n\nA\na@b.c\n\n## S\n\n.image x.jpg\nText _by_ [_A_](u)\n",
		"Setext\n===\n\n* [[http://x][y]]\n",
		"{% highlight go %}\nx\n{% endhighlight %}\n{{< youtube a >}}{: .c}\n",
		"<table><tr><td><p>a</p></td><td>b</td></tr></table><ul><li>a<ul><li>b</li></ul>c</li></ul>",
		"---\nunclosed: yes\n",
		"\uFEFF<a href=x><p>a</p><p>b</p></a>",
	}
	for _, s := range seeds {
		for i := range fuzzExts[:4] {
			f.Add(uint8(i), []byte(s))
		}
	}

	f.Fuzz(func(t *testing.T, ext uint8, data []byte) {
		name := "post" + fuzzExts[int(ext)%len(fuzzExts)]
		doc, err := Parse(name, data)
		if err != nil {
			for _, want := range []error{ErrEmpty, ErrBinary, ErrNotUTF8, ErrFrontMatter, ErrTooLarge} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("Parse(%q) error = %v, want one of the package's errors", name, err)
		}
		checkDocument(t, doc)
		again, err := Parse(name, data)
		if err != nil || !reflect.DeepEqual(doc, again) {
			t.Fatalf("Parse(%q) is not deterministic: %v", name, err)
		}
	})
}
