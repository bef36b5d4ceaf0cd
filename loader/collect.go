package loader

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// largePost is the size from which a post is parsed and extracted with the garbage collector
// running more often (see collectOften).
const largePost = 128 << 10

// largePostGCPercent is the collector's GOGC while a large post is read: a collection when the
// heap has grown by a tenth over what the last one kept, instead of doubling. Parsing and
// extracting a post allocate 60 to 150 bytes per byte of it, most of it garbage soon; with
// the default the heap reaches twice what is kept before a collection, which made the peak of
// a 1 MB post 35 to 90 times its size. Measured on the benchmark's shapes, this keeps the peak
// at 17 to 46 times the size for 20 to 40% more CPU time on those posts. Posts under
// largePost (nearly all) are read with the process's own setting.
const largePostGCPercent = 10

// gcTuning counts the large posts being read, so that the collector's setting is lowered by
// the first and given back by the last when several are read at once.
var gcTuning struct {
	sync.Mutex
	reading int
	before  int // the setting to give back
}

// collectOften lowers the collector's GOGC to largePostGCPercent while a post of size bytes is
// read, when it is large, and returns the function that gives the setting back. A setting
// already lower (or off, by GOGC=off) is kept.
func collectOften(size int) (done func()) {
	if size < largePost {
		return func() {}
	}
	gcTuning.Lock()
	defer gcTuning.Unlock()
	if gcTuning.reading == 0 {
		gcTuning.before = debug.SetGCPercent(largePostGCPercent)
		if gcTuning.before < largePostGCPercent {
			debug.SetGCPercent(gcTuning.before)
		}
	}
	gcTuning.reading++
	return func() {
		gcTuning.Lock()
		defer gcTuning.Unlock()
		gcTuning.reading--
		if gcTuning.reading == 0 {
			debug.SetGCPercent(gcTuning.before)
			// The collector sets its next goal from the heap its last cycle found live, which
			// was the post's parse and extraction state: without a collection now, the heap
			// could grow to twice that (and more with GOGC above 100) before the next one,
			// while what is kept of the post is a fraction of it.
			runtime.GC()
		}
	}
}
