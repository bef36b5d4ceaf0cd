package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// corpusDirs are the folders of real posts the corpus benchmark reads, relative to this package.
var corpusDirs = []string{
	filepath.Join("..", "..", "..", "shared", "corpus", "seed"),
	filepath.Join("..", "..", "..", "shared", "corpus", "dev"),
}

// BenchmarkExtractCorpus extracts every post of the shared corpus (seed and dev) per iteration
// and reports posts per second. Parsing happens once, before the timer.
func BenchmarkExtractCorpus(b *testing.B) {
	var docs []*document.Document
	size := 0
	for _, dir := range corpusDirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			doc, err := document.Parse(e.Name(), data)
			if err != nil {
				b.Logf("skip %s: %v", e.Name(), err)
				continue
			}
			docs = append(docs, doc)
			size += len(data)
		}
	}
	if len(docs) == 0 {
		b.Skip("no corpus posts in ../../../shared/corpus")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, doc := range docs {
			Extract(doc)
		}
		n++
	}
	b.ReportMetric(float64(n*len(docs))/b.Elapsed().Seconds(), "posts/s")
}

// largePostParagraphs are the paragraphs a synthetic large post repeats, with %[1]s and %[2]s
// standing for a speaker's first and last name, %[3]s for a city and %[4]d for a number that
// keeps titles apart.
var largePostParagraphs = []string{
	"<p>In %[3]s, %[1]s %[2]s from <a href=\"https://quillfeather.io/\">Quillfeather Labs</a> began with a talk called ‘Scaling Ledgers, Part %[4]d’ that examined audit trails. She spoke about hashing and retention.</p>",
	"<p>%[1]s %[2]s then gave a case study detailing how the team moved %[4]d services to Kubernetes. %[1]s also shared <a href=\"https://speakerdeck.com/quill/part-%[4]d\">the slides</a>.</p>",
	"<p>The meetup in %[3]s was hosted at Northwind office. Ravi Menon (Tidepool) presented ‘Query Planning %[4]d’ and walked us through cost models.</p>",
	"- 18:30 - 19:00 - Async Executors %[4]d by %[1]s %[2]s - Tidepool\n- %[1]s %[2]s - A Gentle Tour of Linker %[4]d",
}

var (
	largeFirst  = []string{"Mara", "Jonas", "Selma", "Ines", "Kofi", "Ana", "Omar", "Petra", "Dario", "Lena", "Tomas", "Priya"}
	largeLast   = []string{"Ellison", "Whitfield", "Haugen", "Varga", "Mensah", "Lima", "Haddad", "Novak", "Fennick", "Forsberg", "Reyes", "Raman"}
	largeCities = []string{"Oslo", "Bergen", "Lisbon", "Porto", "Denver", "Montreal", "Trondheim", "Braga"}
)

// largePost builds a Markdown post of at least size bytes from largePostParagraphs.
func largePost(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Cloud Native Meetups – the long year\"\nauthor: \"NimbusOps\"\ndate: 2024-12-30\n---\n\n")
	b.WriteString("Our roadshow took us to Oslo, Bergen, Lisbon, Porto, Denver, Montreal, Trondheim and Braga.\n\n")
	for i := 0; b.Len() < size; i++ {
		p := largePostParagraphs[i%len(largePostParagraphs)]
		fmt.Fprintf(&b, p, largeFirst[i%len(largeFirst)], largeLast[(i/len(largeFirst))%len(largeLast)], largeCities[i%len(largeCities)], i)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

// BenchmarkExtractLargePost extracts a synthetic post of about 1 MB and reports MB/s.
func BenchmarkExtractLargePost(b *testing.B) {
	data := largePost(1 << 20)
	doc, err := document.Parse("large.md", data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc)
	}
}
