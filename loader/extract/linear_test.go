package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// growthShapes are posts that once cost the square of their length, built with n repeats.
var growthShapes = []struct {
	name  string
	build func(n int) string
}{
	{"a list of names from one company", func(n int) string {
		// the fuzzed post: a long list of names, each a letter off the one before
		var b strings.Builder
		b.WriteString("The slides presented by ")
		for i := range n {
			fmt.Fprintf(&b, "%s %s%s, ", largeFirst[i%len(largeFirst)], largeLast[i/len(largeFirst)%len(largeLast)], strings.Repeat("n", i%7))
		}
		b.WriteString("and Jonas Whitfield from Tidepool are below.\n")
		return b.String()
	}},
	{"a sentence of quotes that never close", func(n int) string {
		return "Mara Ellison said " + strings.Repeat("'so 'and 'then ", n) + "in Oslo.\n"
	}},
	{"a sentence naming many cities", func(n int) string {
		var b strings.Builder
		b.WriteString("Speakers were ")
		for i := range n {
			fmt.Fprintf(&b, "%s %s from %s in %s on ‘Scaling Ledgers %d’, and ", largeFirst[i%len(largeFirst)], largeLast[i/len(largeFirst)%len(largeLast)], largeCompanies[i%len(largeCompanies)], largeCities[i%len(largeCities)], i)
		}
		b.WriteString("more.\n")
		return b.String()
	}},
	{"one speaker's many talks", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "- Scaling Ledgers, Part %d by Mara Ellison (Tidepool)\n", i)
		}
		return b.String()
	}},
}

// TestExtractGrowsLinearly checks that the memory extraction allocates grows with a post's
// length and not with its square: four times the post, at most about four times the bytes
// (a square would be sixteen; fixed costs and buffers a collection drops between the runs
// take some of the margin). Bytes allocated are counted, not time, so the test is the same
// on a busy machine.
func TestExtractGrowsLinearly(t *testing.T) {
	const n, most = 100, 8.0
	for _, shape := range growthShapes {
		t.Run(shape.name, func(t *testing.T) {
			small := allocated(t, shape.build(n))
			large := allocated(t, shape.build(4*n))
			ratio := float64(large) / float64(small)
			t.Logf("%d repeats: %d bytes; %d: %d bytes (%.1fx)", n, small, 4*n, large, ratio)
			if ratio > most {
				t.Errorf("Extract of 4x the post allocates %.1fx the bytes (%d, %d), want at most %.0fx", ratio, small, large, most)
			}
		})
	}
}

// allocated returns the bytes Extract allocates reading text as a Markdown post.
func allocated(t *testing.T, text string) uint64 {
	t.Helper()
	doc, err := document.Parse("post.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	Extract(doc) // the gazetteer and given names load once, before counting
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Extract(doc)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
