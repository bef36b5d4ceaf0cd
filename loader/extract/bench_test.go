package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/internal/heappeak"
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
	"<p>%[1]s %[2]s then gave a case study on how the team shifted %[4]d services to Kubernetes. %[1]s also shared <a href=\"https://speakerdeck.com/quill/part-%[4]d\">the slides</a>.</p>",
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

// A shape is one way a large post is laid out. Each builds a post of at least size bytes from
// the names, cities and titles the large post uses, so that the extractor finds people, talks
// and places throughout and the cost of every rule grows with the post.
type shape struct {
	name  string
	file  string // the file name, whose extension picks the reader
	size  int    // the size the benchmark reads, in bytes
	build func(size int) []byte
}

// shapes are the large-post layouts the extraction benchmarks and the linearity test read.
var shapes = []shape{
	{"archive", "archive.md", 1 << 20, archivePost},
	{"prose", "prose.md", 1 << 20, prosePost},
	{"line", "line.md", 5 << 20, linePost},
	{"runon", "runon.txt", 1 << 20, runOnPost},
	{"table", "table.md", 1 << 20, tablePost},
	{"nested-list", "nested.md", 1 << 20, nestedListPost},
	{"nested-html", "nested.html", 1 << 20, nestedHTMLPost},
	{"html-list", "list.html", 1 << 20, htmlListPost},
	{"name-list", "names.md", 1 << 20, nameListPost},
}

// BenchmarkExtractShapes extracts a large post of each shape (1 MB; the single line 5 MB) and
// reports MB/s, MB per second of the process's CPU time (MB/cpu-s: a machine busy with other
// work slows the clock, not this), the bytes allocated per byte of the post (B/byte) and the
// heap at its peak per byte (peak-B/byte, parsing included). Parsing happens once, before the
// timer.
func BenchmarkExtractShapes(b *testing.B) {
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			data := s.build(s.size)
			doc, err := document.Parse(s.file, data)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu := cpuTime()
			for b.Loop() {
				Extract(doc)
			}
			cpu = cpuTime() - cpu
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(len(data))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(data)), "B/byte")
			b.StopTimer()
			peak := heappeak.Of(func() {
				doc, err := document.Parse(s.file, data)
				if err != nil {
					b.Fatal(err)
				}
				Extract(doc)
			})
			b.ReportMetric(float64(peak)/float64(len(data)), "peak-B/byte")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// largeName returns the i-th speaker's first and last name and city.
func largeName(i int) (first, last, city string) {
	return largeFirst[i%len(largeFirst)], largeLast[(i/len(largeFirst))%len(largeLast)], largeCities[i%len(largeCities)]
}

// largeCompanies are the companies speakers of the shapes work for.
var largeCompanies = []string{"Tidepool", "Northwind", "Quillfeather Labs", "Acme Cloud", "Bluefin"}

// archivePost is a meetup archive: one heading per meetup with its date, place and host, a
// short paragraph and a list of talks in the forms talk listings take.
func archivePost(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Talk archive\"\nauthor: \"Oslo Gophers\"\n---\n\nEverything we have had so far, newest first.\n\n")
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := 0; b.Len() < size; i++ {
		first, last, city := largeName(i)
		f2, l2, _ := largeName(i + 5)
		co := largeCompanies[i%len(largeCompanies)]
		fmt.Fprintf(&b, "## %s %d %d - %s meetup at [%s](https://%s.example)\n\n", months[i%12], 1+i%28, 2000+i%25, city, co, strings.ToLower(strings.ReplaceAll(co, " ", "")))
		fmt.Fprintf(&b, "We met in %s, hosted by %s. Thanks to everyone who came!\n\n", city, co)
		fmt.Fprintf(&b, "- 18:30 – Scaling Ledgers %d – %s %s (%s)\n", i, first, last, co)
		fmt.Fprintf(&b, "- “Query Planning %d” by %s %s, Staff Engineer at %s\n", i, f2, l2, largeCompanies[(i+1)%len(largeCompanies)])
		fmt.Fprintf(&b, "- %s %s (%s): Async Executors %d\n", f2, last, co, i)
		fmt.Fprintf(&b, "    - [slides](https://speakerdeck.com/x/%d) and [video](https://youtu.be/v%d)\n\n", i, i)
	}
	return []byte(b.String())
}

// prosePara writes the i-th sentence group of a recap in prose.
func prosePara(b *strings.Builder, i int) {
	first, last, city := largeName(i)
	switch i % 4 {
	case 0:
		fmt.Fprintf(b, "In %s, %s %s from Quillfeather Labs began with a talk called ‘Scaling Ledgers, Part %d’ that examined audit trails. She spoke about hashing and retention.", city, first, last, i)
	case 1:
		fmt.Fprintf(b, "%s %s then gave a case study on how the team shifted %d services to Kubernetes. %s also shared the slides.", first, last, i, first)
	case 2:
		fmt.Fprintf(b, "The meetup in %s was hosted at Northwind office. Ravi Menon (Tidepool) presented ‘Query Planning %d’ and walked us through cost models.", city, i)
	default:
		fmt.Fprintf(b, "%s %s from Tidepool talked about async executors, and %s %s gave the same talk in %s back in March.", first, last, largeFirst[(i+3)%len(largeFirst)], last, largeCities[(i+3)%len(largeCities)])
	}
}

// prosePost is one huge paragraph of recap prose, wrapped at about 80 columns as Markdown
// writers do, with no blank line anywhere.
func prosePost(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"A year of meetups\"\nauthor: \"NimbusOps\"\ndate: 2024-12-30\n---\n\n")
	col := 0
	for i := 0; b.Len() < size; i++ {
		var s strings.Builder
		prosePara(&s, i)
		for _, w := range strings.Fields(s.String()) {
			if col > 0 && col+len(w) > 80 {
				b.WriteByte('\n')
				col = 0
			} else if col > 0 {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(w)
			col += len(w)
		}
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

// linePost is the same prose on a single line with no line break at all.
func linePost(size int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		prosePara(&b, i)
		b.WriteByte(' ')
	}
	return []byte(b.String())
}

// runOnPost is one sentence that never ends: names, companies, cities and titles joined by
// commas and "and", with no full stop, the worst case for rules that read a sentence whole.
func runOnPost(size int) []byte {
	var b strings.Builder
	b.WriteString("Speakers this year were ")
	for i := 0; b.Len() < size; i++ {
		first, last, city := largeName(i)
		fmt.Fprintf(&b, "%s %s from %s in %s on ‘Scaling Ledgers %d’, and ", first, last, largeCompanies[i%len(largeCompanies)], city, i)
	}
	b.WriteString("many more\n")
	return []byte(b.String())
}

// tablePost is one agenda table with a time, title, speaker and company column.
func tablePost(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Oslo Gophers: the full agenda\"\ndate: 2024-03-04\n---\n\nThe meetup takes place in Oslo at Northwind.\n\n")
	b.WriteString("| Time | Talk | Speaker | Company |\n| --- | --- | --- | --- |\n")
	for i := 0; b.Len() < size; i++ {
		first, last, _ := largeName(i)
		fmt.Fprintf(&b, "| %02d:%02d | Scaling Ledgers %d | %s %s | %s |\n", 9+i/60%12, i%60, i, first, last, largeCompanies[i%len(largeCompanies)])
	}
	return []byte(b.String())
}

// nestedListPost is Markdown lists nested as deep as writers nest them (month, speaker, talk,
// material), repeated.
func nestedListPost(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Talk archive\"\n---\n\n")
	for i := 0; b.Len() < size; i++ {
		first, last, _ := largeName(i)
		fmt.Fprintf(&b, "- Month %d\n    - %s %s\n        - Lightning talk: Escape Analysis %d\n            - [slides](https://speakerdeck.com/x/%d)\n                - notes\n                    - more notes\n", i, first, last, i, i)
	}
	return []byte(b.String())
}

// nestedHTMLPost is an HTML page whose elements nest thousands deep (a div soup), with a talk
// listing at each level.
func nestedHTMLPost(size int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Nested</title></head><body>")
	n := 0
	const closing = len("</li></ul></div>")
	for i := 0; b.Len()+n*closing < size; i++ {
		first, last, city := largeName(i)
		fmt.Fprintf(&b, "<div><ul><li><strong>Scaling Ledgers %d</strong> by %s %s (%s) in %s", i, first, last, largeCompanies[i%len(largeCompanies)], city)
		n++
	}
	for range n {
		b.WriteString("</li></ul></div>")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// htmlListPost is an HTML page with one long list of talks.
func htmlListPost(size int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Talks</title></head><body><h1>All our talks</h1><ul>\n")
	for i := 0; b.Len() < size; i++ {
		first, last, _ := largeName(i)
		fmt.Fprintf(&b, "<li><strong>Scaling Ledgers %d</strong> by %s %s (%s)</li>\n", i, first, last, largeCompanies[i%len(largeCompanies)])
	}
	b.WriteString("</ul></body></html>\n")
	return []byte(b.String())
}

// nameListPost is one sentence listing names, each a letter off the one before, as a fuzzed
// post did ("The slides presented by Mara Ellison, Mara Ellisonn, ...").
func nameListPost(size int) []byte {
	var b strings.Builder
	b.WriteString("The slides presented by ")
	for i := 0; b.Len() < size; i++ {
		first, last, _ := largeName(i)
		fmt.Fprintf(&b, "%s %s%s, ", first, last, strings.Repeat("n", i%7))
	}
	b.WriteString("and Jonas Whitfield from Tidepool are below.\n")
	return []byte(b.String())
}
