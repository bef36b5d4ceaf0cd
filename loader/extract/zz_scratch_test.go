package extract

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestScratchProfile(t *testing.T) {
	want := os.Getenv("SHAPE")
	for _, s := range shapes {
		if s.name != want {
			continue
		}
		data := s.build(1 << 20)
		doc, _ := document.Parse(s.file, data)
		Extract(doc)
		runtime.MemProfileRate = 256
		stage := 0
		stageDone = func() {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			t.Logf("stage %d heap %.1f MB", stage, float64(ms.HeapAlloc)/1e6)
			f, _ := os.Create(fmt.Sprintf("/tmp/s18-mem/prof-%s-%d.pb.gz", s.name, stage))
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
			stage++
		}
		doc, _ = document.Parse(s.file, data)
		Extract(doc)
		stageDone = func() {}
	}
}
