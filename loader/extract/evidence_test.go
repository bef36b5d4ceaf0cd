package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestClipAround(t *testing.T) {
	long := strings.Repeat("word ", 300) // 1,500 bytes
	tests := []struct {
		name    string
		in      string
		anchors []string
		want    func(string) bool
	}{
		{"a sentence within the bound is kept whole", "Ana Lima spoke about fuzzing.", []string{"Ana Lima"},
			func(s string) bool { return s == "Ana Lima spoke about fuzzing." }},
		{"a long sentence keeps its start when no anchor is in it", long + "end", []string{"Ana Lima"},
			func(s string) bool { return strings.HasPrefix(s, "word word") && strings.HasSuffix(s, " …") }},
		{"a long sentence keeps a window around the anchor", long + "Ana Lima spoke. " + long, []string{"Bo Chen", "Ana Lima"},
			func(s string) bool {
				return strings.HasPrefix(s, "… ") && strings.HasSuffix(s, " …") && strings.Contains(s, "Ana Lima spoke.")
			}},
		{"an anchor near the end keeps the end", long + "thanks to Ana Lima", []string{"Ana Lima"},
			func(s string) bool { return strings.HasPrefix(s, "… ") && strings.HasSuffix(s, "thanks to Ana Lima") }},
		{"cuts fall on whole letters", strings.Repeat("ääkköset ", 200), []string{"x"},
			func(s string) bool { return strings.ToValidUTF8(s, "?") == s }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clipAround(tt.in, tt.anchors...)
			if len(got) > maxEvidence+len("… ")+len(" …") || !tt.want(got) {
				t.Errorf("clipAround(%d bytes, %q) = %q (%d bytes)", len(tt.in), tt.anchors, got, len(got))
			}
		})
	}
}

// TestEvidenceIsBounded: a run-on sentence that names hundreds of speakers gives each of them
// evidence of at most about maxEvidence bytes that still names them, not the whole sentence
// hundreds of times over.
func TestEvidenceIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Lightning night\n\nThe slides presented by ")
	for i := range 300 {
		fmt.Fprintf(&b, "Ana Lima%c%c, ", 'a'+i%26, 'a'+i/26)
	}
	b.WriteString("and Bo Chen from Initech are below.\n")
	doc, err := document.Parse("night.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	r := Extract(doc)
	total := 0
	each := func(e Evidence, about string) {
		total += len(e.Sentence)
		if len(e.Sentence) > maxEvidence+len("… ")+len(" …") {
			t.Errorf("evidence about %s is %d bytes long", about, len(e.Sentence))
		}
	}
	for _, tk := range r.Talks {
		if tk.Evidence != nil {
			each(*tk.Evidence, fmt.Sprint(tk.Speakers))
		}
		for _, e := range tk.EventEvidence {
			each(e, fmt.Sprint(tk.Speakers))
		}
	}
	for _, p := range r.People {
		for _, e := range p.CompanyEvidence {
			each(e, p.Name)
			if !strings.Contains(e.Sentence, p.Name) {
				t.Errorf("the evidence of %s's company does not name them: %q", p.Name, e.Sentence)
			}
		}
	}
	t.Logf("%d talks, %d people, %d bytes of evidence for a %d-byte post", len(r.Talks), len(r.People), total, len(b.String()))
}
