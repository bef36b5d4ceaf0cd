package extract

import (
	"runtime"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// The memory bounds TestExtractMemoryPerByte holds extraction to, in bytes per byte of a post.
const (
	// maxLivePerByte bounds the heap extraction keeps at its fullest, the document aside: 7.3-12.2
	// on the shapes (the prose most, whose sentences are all read to the end; 8.3-22.1 before a
	// block of agenda lines was released once read, a sentence that found nothing took no memo and
	// the result was built without the title indexes, the agenda table most: a talk, its speaker
	// and their indexes for every 60 bytes; 8.5-23.7 before a talk took 176 bytes instead of 240
	// and a sentence 128 instead of 144, 9.5-26 before tokens took 24 bytes instead of 32, title
	// indexes filed their lists under hashes and memos no longer kept the text in lower case,
	// 10-27 before sentences' memos took 96 bytes instead of 144, 10-31 before title indexes
	// chained their lists in one slice and titles' words were no longer kept in a map, 41 before
	// the work that added this test, 11-32 before tokens took 32 bytes).
	maxLivePerByte = 14
	// maxAllocPerByte bounds the bytes extraction allocates in all: 61-118 on the shapes (a
	// run-on post, one sentence, took 3,765 while a rule lower-cased the sentence each time
	// it asked), 63-127 before word lists were looked up without lower-case copies and lines
	// tokenized into reused buffers, 102-287 before the work that added this test.
	maxAllocPerByte = 140
)

// TestExtractMemoryPerByte extracts a large post of each shape and fails when the heap
// extraction keeps at its fullest (measured after a collection between its stages, the parsed
// post aside) or the bytes it allocates in all pass their bound per byte of the post. The
// peak heap is what these two set: what is kept, plus the garbage allocated until the next
// collection (BenchmarkExtractShapes reports the peak as sampled). It counts bytes, not time.
func TestExtractMemoryPerByte(t *testing.T) {
	const size = 256 << 10
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			data := s.build(size)
			doc, err := document.Parse(s.file, data)
			if err != nil {
				t.Fatal(err)
			}
			Extract(doc) // the gazetteer and given names load once, before counting
			live, alloc := extractionMemory(t, doc)
			n := float64(len(data))
			t.Logf("%d bytes: at most %.1f bytes kept and %.0f allocated per byte", len(data), float64(live)/n, float64(alloc)/n)
			if float64(live)/n > maxLivePerByte {
				t.Errorf("Extract keeps %.1f bytes per byte of the post at its fullest, want at most %d", float64(live)/n, maxLivePerByte)
			}
			if float64(alloc)/n > maxAllocPerByte {
				t.Errorf("Extract allocates %.0f bytes per byte of the post, want at most %d", float64(alloc)/n, maxAllocPerByte)
			}
		})
	}
}

// extractionMemory extracts doc and returns the most heap it held between its stages above
// what was held before, and the bytes it allocated.
func extractionMemory(t *testing.T, doc *document.Document) (live, alloc uint64) {
	t.Helper()
	runtime.GC()
	var before, ms runtime.MemStats
	runtime.ReadMemStats(&before)
	var most uint64
	stageDone = func() {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > before.HeapAlloc {
			most = max(most, ms.HeapAlloc-before.HeapAlloc)
		}
	}
	t.Cleanup(func() { stageDone = func() {} })
	Extract(doc)
	stageDone = func() {}
	runtime.ReadMemStats(&ms)
	return most, ms.TotalAlloc - before.TotalAlloc
}
