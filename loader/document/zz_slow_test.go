package document

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestZZSlow(t *testing.T) {
	dir := os.Getenv("SLOWDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.SplitN(string(b), "\n", 3)
		ext, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(lines[1], "byte("), ")"))
		if strings.HasPrefix(lines[1], "uint8(") {
			ext, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(lines[1], "uint8("), ")"))
		}
		s := strings.TrimSpace(lines[2])
		s = strings.TrimSuffix(strings.TrimPrefix(s, "[]byte("), ")")
		data, err := strconv.Unquote(s)
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		name := "post" + fuzzExts[ext%len(fuzzExts)]
		start := time.Now()
		Parse(name, []byte(data))
		if d := time.Since(start); d > 20*time.Millisecond {
			t.Logf("%s %s %d bytes %v", filepath.Base(f), name, len(data), d)
		}
	}
}
